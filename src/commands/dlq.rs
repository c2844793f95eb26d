//! `kctl dlq inspect`, `kctl dlq show` and `kctl dlq replay`.
//!
//! Replay is compute, then render, then act: read the selected entries,
//! decide each one's fate ([`dlq::build_plan`]), scan the destinations for
//! earlier replays, print the plan; with `--execute`, confirm on a terminal
//! (unless `--yes`), settle, and send ([`replay::execute`]). The replay-id
//! scan and its bound are described in `ops::replay` and the README.

use anyhow::{bail, Result};
use regex::Regex;

use super::Ctx;
use crate::cli::{
    DlqCommand, DlqInspectArgs, DlqReplayArgs, DlqSelectArgs, DlqShowArgs, OutputFormat,
};
use crate::domain::dlq::{EntryFilter, OffsetRange, ReplayOptions, ScanFrom};
use crate::domain::flags::Rate;
use crate::exit::{CodedError, Outcome};
use crate::kafka::dlq_io::{DlqReader, KafkaReplay};
use crate::ops;
use crate::ops::ports::ReplayCluster;
use crate::ops::ports::WriterSchemas;
use crate::ops::replay::{self, ExecOptions, ReplayRequest};
use crate::output;
use crate::output::dlq::{self as view, ReplayProgress};
use crate::registry::schemas::SchemaCache;

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

fn build_filter(a: &DlqSelectArgs, now: i64) -> Result<EntryFilter> {
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
    Ok(EntryFilter {
        partitions: a.partitions.clone(),
        offsets,
        since,
        until,
        origin_topics: a.origins.clone(),
        error_class: regex("--error-class", &a.error_class)?,
        error_message: regex("--error-message", &a.error_message)?,
        key: a.key.as_ref().map(|k| k.as_bytes().to_vec()),
        headers: a.headers.clone(),
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
    let settings = ctx.settings()?;
    let mut reader = DlqReader::connect(&settings, &a.dlq)?;
    // The registry client is set up on first use: a DLQ of text never needs
    // it, and one that cannot be set up is an error once a framed value
    // needs it (never values silently left undecoded).
    let schemas = (!a.no_decode).then(|| SchemaCache::new(&settings.registry, settings.timeout));
    let schemas = schemas.as_ref().map(|s| s as &dyn WriterSchemas);
    let shown = ops::dlq::show(&mut reader, &a.dlq, &filter, a.select.limit, schemas).await?;
    output::render(a.output.format, &shown, || view::show_text(&shown))?;
    ops::dlq::show_outcome(&shown)?;
    Ok(Outcome::Ok)
}

// ---------------------------------------------------------------------------
// replay

async fn replay_cmd(ctx: &Ctx, a: DlqReplayArgs) -> Result<Outcome> {
    let now = now_ms();
    let filter = build_filter(&a.select, now)?;
    if a.interactive && !output::interactive() {
        return Err(CodedError::usage(
            "--interactive needs a terminal (stdin and stderr)",
        ));
    }
    let req = ReplayRequest {
        plan: ReplayOptions {
            dlq: a.dlq.clone(),
            to: a.to.clone(),
            max_replays: a.max_replays,
            park_topic: a.park_topic.clone(),
        },
        scan_from: a.scan_from.map(|s| match s {
            ScanFrom::Earliest => None,
            ScanFrom::Time(t) => Some(t.resolve(now)),
        }),
        execute: a.execute,
        transactions: a.transactions,
        settle: a.settle,
    };
    let settings = ctx.settings()?;
    let cluster = KafkaReplay::new(&settings, &a.dlq)?;
    let (_, mut entries) =
        ops::dlq::read_entries(&mut cluster.source()?, &filter, a.select.limit).await?;
    let mut selection = filter.describe();
    if a.interactive && !entries.is_empty() {
        let Some(chosen) = view::pick_entries(&a.dlq, &entries)? else {
            bail!("cancelled; nothing was sent");
        };
        let mut i = 0;
        entries.retain(|_| {
            i += 1;
            chosen.contains(&(i - 1))
        });
        selection.push(format!("{} chosen interactively", entries.len()));
    }
    let prepared = replay::prepare(&cluster, &entries, selection, &req).await?;
    drop(entries);
    let plan = &prepared.plan;
    if !a.execute {
        output::render(a.output.format, plan, || view::plan_text(plan, false))?;
        if let Some(w) = view::replayed_elsewhere_warning(plan) {
            output::warn(&w);
        }
        // A plan --execute would refuse fails like `kctl plan` with a
        // refused step: shown whole, then exit 1.
        if let Some(refusal) = plan.refusal() {
            bail!(refusal);
        }
        if a.output.format == OutputFormat::Table && (plan.to_replay + plan.to_park) > 0 {
            output::status("Dry run: nothing was sent. Add --execute to send.");
        }
        return Ok(Outcome::Ok);
    }
    output::status(view::plan_text(plan, true).trim_end());
    if let Some(w) = view::replayed_elsewhere_warning(plan) {
        output::warn(&w);
    }
    // Refused whole, before the question and before anything is sent.
    if let Some(refusal) = plan.refusal() {
        bail!(refusal);
    }
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
    let progress = ReplayProgress::new(plan.selected);
    let exec = ExecOptions {
        rate: a.rate.map(Rate::per_second),
        ..Default::default()
    };
    let report = replay::run(
        &cluster,
        prepared,
        &req,
        &exec,
        &mut |n| output::status(&view::late_replays_text(n)),
        &mut |r| progress.update(r),
    )
    .await?;
    progress.finish();
    output::render(a.output.format, &report, || view::report_text(&report))?;
    replay::outcome(&report, a.transactions)
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
}
