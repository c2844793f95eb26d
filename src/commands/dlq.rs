//! `kctl dlq inspect`, `kctl dlq show` and `kctl dlq replay`.
//!
//! Replay is compute, then render, then act: read the selected entries,
//! decide each one's fate ([`dlq::build_plan`]), scan the destinations for
//! earlier replays, print the plan; with `--execute`, confirm on a terminal
//! (unless `--yes`), settle, and send ([`replay::execute`]). The replay-id
//! scan and its bound are described in `ops::replay` and the README.

use std::collections::{HashMap, HashSet};

use anyhow::{anyhow, bail, Result};
use regex::Regex;

use super::Ctx;
use crate::cli::{
    DlqCommand, DlqInspectArgs, DlqReplayArgs, DlqSelectArgs, DlqShowArgs, OutputFormat,
};
use crate::domain::dlq::{
    self, Entry, Filter, HeaderMatch, OffsetRange, PlanError, PlanOptions, ScanFrom, ScanInfo,
};
use crate::domain::flags::Rate;
use crate::domain::model::BrokerErrorKind;
use crate::exit::{CodedError, Outcome};
use crate::kafka::dlq_io::{DlqReader, ReplayProducer, ReplayScanner};
use crate::ops;
use crate::ops::interrupt;
use crate::ops::ports::ReplayIndex;
use crate::ops::ports::{DlqSource, WriterSchemas};
use crate::ops::replay::{self, ExecOptions};
use crate::output;
use crate::output::dlq::{self as view, ReplayProgress};
use crate::registry::schemas::SchemaCache;

/// Allowance for clock differences between the DLQ's producer and the host
/// of an earlier replay, below the oldest selected entry's DLQ timestamp.
const SCAN_SKEW_MS: i64 = 10 * 60 * 1000;

pub async fn run(ctx: &Ctx, cmd: DlqCommand) -> Result<Outcome> {
    match cmd {
        DlqCommand::Inspect(a) => inspect(ctx, a).await,
        DlqCommand::Show(a) => show(ctx, a).await,
        DlqCommand::Replay(a) => replay_cmd(ctx, a).await,
    }
}

fn now_ms() -> i64 {
    chrono::Utc::now().timestamp_millis()
}

fn usage(flag: &str, msg: impl std::fmt::Display) -> anyhow::Error {
    CodedError::usage(format!("{flag}: {msg}"))
}

fn build_filter(a: &DlqSelectArgs, now: i64) -> Result<Filter> {
    let offsets = a
        .offsets
        .iter()
        .map(|o| OffsetRange::parse(o).map_err(|e| usage("--offset", e)))
        .collect::<Result<Vec<_>>>()?;
    let since = a.since.map(|t| t.resolve(now));
    let until = a.until.map(|t| t.resolve(now));
    if let (Some(s), Some(u)) = (since, until) {
        if s > u {
            return Err(CodedError::usage(
                "--since is after --until: nothing can match",
            ));
        }
    }
    let regex = |flag: &str, v: &Option<String>| -> Result<Option<Regex>> {
        v.as_deref()
            .map(|r| Regex::new(r).map_err(|e| usage(flag, format!("invalid regex: {e}"))))
            .transpose()
    };
    Ok(Filter {
        partitions: a.partitions.clone(),
        offsets,
        since,
        until,
        origin_topics: a.origins.clone(),
        error_class: regex("--error-class", &a.error_class)?,
        error_message: regex("--error-message", &a.error_message)?,
        key: a.key.as_ref().map(|k| k.as_bytes().to_vec()),
        headers: a
            .headers
            .iter()
            .map(|h| HeaderMatch::parse(h).map_err(|e| usage("--header", e)))
            .collect::<Result<Vec<_>>>()?,
    })
}

// ---------------------------------------------------------------------------
// inspect

async fn inspect(ctx: &Ctx, a: DlqInspectArgs) -> Result<Outcome> {
    let now = now_ms();
    let filter = build_filter(&a.select, now)?;
    let mut reader = DlqReader::connect(&ctx.settings()?, &a.dlq)?;
    let view = ops::dlq::inspect(&mut reader, &a.dlq, &filter, a.select.limit).await?;
    output::render(a.output.format, &view, || view::inspect_text(&view, now))?;
    Ok(Outcome::Ok)
}

async fn show(ctx: &Ctx, a: DlqShowArgs) -> Result<Outcome> {
    let filter = build_filter(&a.select, now_ms())?;
    let mut reader = DlqReader::connect(&ctx.settings()?, &a.dlq)?;
    // A registry that cannot even be set up leaves values undecoded.
    let schemas = (!a.no_decode)
        .then(|| ctx.registry().ok().map(SchemaCache::with_registry))
        .flatten();
    let schemas = schemas.as_ref().map(|s| s as &dyn WriterSchemas);
    let shown = ops::dlq::show(&mut reader, &a.dlq, &filter, a.select.limit, schemas).await?;
    output::render(a.output.format, &shown, || view::show_text(&shown))?;
    Ok(Outcome::Ok)
}

// ---------------------------------------------------------------------------
// replay

fn run_id() -> String {
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.subsec_nanos())
        .unwrap_or(0);
    format!(
        "{}-{:05x}",
        chrono::Utc::now().format("%Y%m%dT%H%M%SZ"),
        (nanos ^ std::process::id().rotate_left(11)) & 0xfffff
    )
}

fn plan_error(e: PlanError) -> anyhow::Error {
    CodedError::usage(e.to_string())
}

async fn replay_cmd(ctx: &Ctx, a: DlqReplayArgs) -> Result<Outcome> {
    let now = now_ms();
    let filter = build_filter(&a.select, now)?;
    let settle = a.settle;
    let scan_from = match a.scan_from {
        None => None,
        Some(ScanFrom::Earliest) => Some(None),
        Some(ScanFrom::Time(t)) => Some(Some(t.resolve(now))),
    };
    if a.interactive && !output::interactive() {
        return Err(CodedError::usage(
            "--interactive needs a terminal (stdin and stderr)",
        ));
    }
    let settings = ctx.settings()?;
    let table = a.output.format == OutputFormat::Table;

    let mut reader = DlqReader::connect(&settings, &a.dlq)?;
    let (_, mut entries) = ops::dlq::read_entries(&mut reader, &filter, a.select.limit).await?;
    drop(reader);
    let mut selection = filter.describe();
    if a.interactive && !entries.is_empty() {
        let items: Vec<String> = entries.iter().map(Entry::one_line).collect();
        let prompt = format!(
            "{} entr{} of {} (space: toggle, a: all, enter: done, q: cancel)",
            entries.len(),
            if entries.len() == 1 { "y" } else { "ies" },
            a.dlq
        );
        let Some(chosen) = output::dlq::pick(&prompt, &items)? else {
            bail!("cancelled; nothing was sent");
        };
        let chosen: HashSet<usize> = chosen.into_iter().collect();
        let mut i = 0;
        entries.retain(|_| {
            i += 1;
            chosen.contains(&(i - 1))
        });
        selection.push(format!("{} chosen interactively", entries.len()));
    }

    let opts = PlanOptions {
        dlq: a.dlq.clone(),
        to: a.to.clone(),
        max_replays: a.max_replays,
        park_topic: a.park_topic.clone(),
    };
    let dests = dlq::destinations(&entries, &opts).map_err(plan_error)?;
    let admin = ctx.admin()?;
    let mut partitions = HashMap::new();
    for t in &dests {
        let meta = admin
            .metadata(Some(t))
            .await
            .map_err(|e| anyhow!("destination {e}"))?;
        let n = meta
            .iter()
            .find(|m| &m.name == t)
            .map_or(0, |m| m.partitions.len() as i32);
        if n == 0 {
            bail!("destination topic {t:?} does not exist");
        }
        partitions.insert(t.clone(), n);
    }
    let mut plan = dlq::build_plan(&entries, &opts, selection, &partitions).map_err(plan_error)?;
    drop(entries);

    // With transactions the producer comes first: init_transactions fences a
    // killed earlier run and aborts its open transaction before the scan.
    let txn_id = format!("kctl-dlq-replay.{}", a.dlq);
    let mut producer = if a.execute && a.transactions {
        Some(ReplayProducer::connect(&settings, Some(&txn_id))?)
    } else {
        None
    };

    let scan_topics = plan.scan_topics();
    let since = match scan_from {
        Some(explicit) => explicit,
        None => plan.scan_since(SCAN_SKEW_MS),
    };
    let mut found = HashSet::new();
    let mut scanner = ReplayScanner::new(
        &settings,
        &scan_topics,
        &dlq::replay_id_prefix(&a.dlq),
        since,
    )?;
    let mut scanned = 0;
    if !scan_topics.is_empty() {
        scanned = scanner.scan(&mut found).await?;
    }
    let scan_done = tokio::time::Instant::now();
    plan.mark_already(&found);
    plan.scan = (!scan_topics.is_empty()).then_some(ScanInfo {
        records_scanned: scanned,
        since,
    });

    if !a.execute {
        output::render(a.output.format, &plan, || view::plan_text(&plan, false))?;
        if table && (plan.to_replay + plan.to_park) > 0 {
            output::status("Dry run: nothing was sent. Add --execute to send.");
        }
        return Ok(Outcome::Ok);
    }

    output::status(view::plan_text(&plan, true).trim_end());
    let work = plan.to_replay + plan.to_park;
    if work > 0 && !a.yes && output::interactive() {
        let q = format!(
            "Send {} record(s) ({} replay, {} park)?",
            work, plan.to_replay, plan.to_park
        );
        if !output::confirm(&q)? {
            bail!("cancelled; nothing was sent");
        }
    }

    let mut producer = match producer.take() {
        Some(p) => p,
        None => ReplayProducer::connect(&settings, None)?,
    };
    producer.warm_up(&scan_topics);

    if work > 0 && !a.transactions && !scan_topics.is_empty() {
        let extra = replay::settle(&mut scanner, &mut found, scan_done + settle).await?;
        if let Some(s) = plan.scan.as_mut() {
            s.records_scanned += extra;
        }
        let before = plan.already_replayed;
        plan.mark_already(&found);
        if plan.already_replayed > before {
            output::status(&format!(
                "{} more entr(ies) found already replayed after settling (records of an earlier run landed late)",
                plan.already_replayed - before
            ));
        }
    }
    drop(scanner);

    let run = run_id();
    let mut source = DlqReader::connect(&settings, &a.dlq)?;
    let ranges: Vec<(i32, i64, i64)> = replay::read_ranges(&plan)
        .into_iter()
        .map(|(p, (lo, hi))| (p, lo, hi + 1))
        .collect();
    source.assign(&ranges)?;
    interrupt::handle_myself();
    let progress = ReplayProgress::new(plan.selected);
    let exec = ExecOptions {
        rate: a.rate.map(Rate::per_second),
        ..Default::default()
    };
    let report = replay::execute(&plan, &run, &mut source, &mut producer, &exec, &mut |r| {
        let done = r.replayed + r.skipped_already_replayed + r.parked + r.failed;
        let note = if r.failed > 0 {
            format!("{} failed", r.failed)
        } else {
            String::new()
        };
        progress.update(done, &note);
    })
    .await?;
    progress.finish();
    drop(producer);
    output::render(a.output.format, &report, || view::report_text(&report))?;
    if report.interrupted {
        return Ok(Outcome::Interrupted);
    }
    if report.failed > 0 {
        let ok = report.replayed + report.parked + report.skipped_already_replayed;
        if ok == 0 {
            let first = report.failures.first();
            let unsupported = first.is_some_and(|f| f.kind == BrokerErrorKind::Unsupported);
            let first = first.map_or("", |f| f.error.as_str());
            if a.transactions && unsupported {
                bail!(
                    "all {} entr(ies) failed: the broker does not support transactions ({first}); \
                     run again without --transactions",
                    report.failed
                );
            }
            bail!(
                "all {} entr(ies) failed (first: {first}); run the same command again to retry (entries that did land are skipped)",
                report.failed
            );
        }
        return Ok(Outcome::Partial);
    }
    Ok(Outcome::Ok)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bad_selection_flags_are_usage_errors_naming_the_flag() {
        use clap::Parser;
        let now = 1_700_000_000_000;
        let cases: [(&[&str], &str); 6] = [
            (&["--offset", "5..2"], "--offset"),
            (&["--since", "soon"], "--since"),
            (&["--error-class", "("], "--error-class"),
            (&["--header", "=v"], "--header"),
            (&["--partition=-1"], "--partition"),
            (
                &["--since", "1h", "--until", "2h"],
                "--since is after --until",
            ),
        ];
        for (flags, flag) in cases {
            let mut line = vec!["kctl", "dlq", "inspect", "d"];
            line.extend_from_slice(flags);
            // A value of the wrong form is refused while clap parses (exit 2);
            // the rest when the selection is built.
            let (code, err) = match crate::cli::Cli::try_parse_from(line) {
                Err(e) => (e.exit_code(), e.to_string()),
                Ok(cli) => {
                    let crate::cli::Command::Dlq(DlqCommand::Inspect(a)) = cli.command else {
                        unreachable!("parsed as dlq inspect")
                    };
                    let err = build_filter(&a.select, now).unwrap_err();
                    (crate::exit::code_for_error(&err).into(), err.to_string())
                }
            };
            assert_eq!(code, i32::from(crate::exit::USAGE), "{flags:?}: {err}");
            assert!(err.contains(flag), "{err}");
        }
    }

    #[test]
    fn run_ids_are_distinct_and_timestamped() {
        let a = run_id();
        assert!(a.len() > 16 && a.contains('T') && a.contains('-'), "{a}");
    }
}
