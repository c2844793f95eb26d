//! `kctl dlq inspect`, `kctl dlq show` and `kctl dlq replay`.
//!
//! Replay is compute, then render, then act: read the selected entries,
//! decide each one's fate ([`dlq::build_plan`]), scan the destinations for
//! earlier replays, print the plan; with `--execute`, confirm on a terminal
//! (unless `--yes`), settle, and send ([`replay::execute`]). The replay-id
//! scan and its bound are described in `ops::replay` and the README.

use std::collections::{HashMap, HashSet};
use std::sync::Arc;

use anyhow::{anyhow, bail, Result};
use regex::Regex;
use serde::Serialize;
use serde_json::Value;

use super::Ctx;
use crate::cli::{
    DlqCommand, DlqInspectArgs, DlqReplayArgs, DlqSelectArgs, DlqShowArgs, OutputFormat,
};
use crate::domain::dlq::{
    self, Action, Detection, DlqRecord, Entry, Filter, HeaderMatch, OffsetRange, PlanError,
    PlanOptions, ReplayPlan, ReplayReport, ScanFrom, ScanInfo,
};
use crate::domain::envelope;
use crate::domain::flags::Rate;
use crate::domain::model::BrokerErrorKind;
use crate::exit::{CodedError, Outcome};
use crate::kafka::dlq_io::{DlqReader, ReplayProducer, ReplayScanner};
use crate::ops::interrupt;
use crate::ops::ports::ReplayIndex;
use crate::ops::ports::SchemaError;
use crate::ops::replay::{self, ExecOptions};
use crate::output::{self, dlq::ReplayProgress};
use crate::registry::schemas::SchemaCache;
use crate::settings::Settings;
use kctl_avro::decode::{Compiled, JsonStyle};
use kctl_avro::wire;

/// Allowance for clock differences between the DLQ's producer and the host
/// of an earlier replay, below the oldest selected entry's DLQ timestamp.
const SCAN_SKEW_MS: i64 = 10 * 60 * 1000;

/// Plan and report tables list at most this many entries (JSON lists all).
const TABLE_ROWS: usize = 100;

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

#[derive(Serialize)]
struct PartitionExtent {
    partition: i32,
    low: i64,
    high: i64,
}

/// Reads the DLQ entries matching `filter` (at most `limit`, the first by
/// partition then offset), mapping each matching record with `keep`.
async fn read_matching<T>(
    settings: &Settings,
    dlq: &str,
    filter: &Filter,
    limit: Option<usize>,
    mut keep: impl FnMut(DlqRecord, Detection) -> T,
    pos: impl Fn(&T) -> (i32, i64),
) -> Result<(Vec<PartitionExtent>, Vec<T>)> {
    let mut reader = DlqReader::connect(settings, dlq)?;
    let extent = reader.extent()?;
    let ranges: Vec<(i32, i64, i64)> = extent
        .iter()
        .filter_map(|&(p, low, high)| filter.read_range(p, low, high).map(|(f, t)| (p, f, t)))
        .collect();
    reader.assign(&ranges)?;
    let mut per_partition: HashMap<i32, usize> = HashMap::new();
    let mut out = Vec::new();
    while let Some(rec) = reader.next_record().await? {
        let d = dlq::detect(&rec.headers);
        if !filter.matches(
            rec.partition,
            rec.offset,
            rec.timestamp,
            rec.key.as_deref(),
            &rec.headers,
            &d,
        ) {
            continue;
        }
        if let Some(n) = limit {
            // The first N overall are among the first N of each partition.
            let c = per_partition.entry(rec.partition).or_insert(0);
            if *c >= n {
                continue;
            }
            *c += 1;
        }
        out.push(keep(rec, d));
    }
    out.sort_by_key(|t| pos(t));
    if let Some(n) = limit {
        out.truncate(n);
    }
    let extent = extent
        .into_iter()
        .map(|(partition, low, high)| PartitionExtent {
            partition,
            low,
            high,
        })
        .collect();
    Ok((extent, out))
}

async fn read_entries(
    settings: &Settings,
    dlq: &str,
    filter: &Filter,
    limit: Option<usize>,
) -> Result<(Vec<PartitionExtent>, Vec<Entry>)> {
    read_matching(
        settings,
        dlq,
        filter,
        limit,
        |rec, detection| Entry {
            partition: rec.partition,
            offset: rec.offset,
            timestamp: rec.timestamp,
            key: rec.key,
            value_len: rec.value.as_ref().map(Vec::len),
            detection,
        },
        |e| (e.partition, e.offset),
    )
    .await
}

// ---------------------------------------------------------------------------
// inspect

#[derive(Serialize)]
struct Inspection {
    dlq: String,
    selection: Vec<String>,
    partitions: Vec<PartitionExtent>,
    #[serde(flatten)]
    summary: dlq::InspectSummary,
}

async fn inspect(ctx: &Ctx, a: DlqInspectArgs) -> Result<Outcome> {
    let now = now_ms();
    let filter = build_filter(&a.select, now)?;
    let settings = ctx.settings()?;
    let (partitions, entries) = read_entries(&settings, &a.dlq, &filter, a.select.limit).await?;
    let view = Inspection {
        dlq: a.dlq.clone(),
        selection: filter.describe(),
        partitions,
        summary: dlq::summarize(&entries),
    };
    output::render(a.output.format, &view, || inspect_table(&view, now))?;
    Ok(Outcome::Ok)
}

fn inspect_table(v: &Inspection, now: i64) -> String {
    let s = &v.summary;
    let total: i64 = v.partitions.iter().map(|p| p.high - p.low).sum();
    let mut out = format!(
        "DLQ {}: {} entr{} selected ({}) of {total} in {} partition(s)",
        v.dlq,
        s.entries,
        if s.entries == 1 { "y" } else { "ies" },
        v.selection.join("; "),
        v.partitions.len()
    );
    if s.entries > 0 {
        out.push_str(&format!(
            ", oldest {} ago, newest {} ago",
            dlq::format_age(now, s.oldest),
            dlq::format_age(now, s.newest)
        ));
    }
    out.push_str("\n\n");
    if s.groups.is_empty() {
        out.push_str("No entries.\n");
        return out;
    }
    out.push_str(&output::table(
        [
            "ORIGIN",
            "ERROR CLASS",
            "CONVENTION",
            "ENTRIES",
            "REPLAYED BEFORE",
            "OLDEST",
            "NEWEST",
        ],
        s.groups.iter().map(|g| {
            vec![
                g.origin.clone().unwrap_or_else(|| "-".into()),
                g.error_class.clone().unwrap_or_else(|| "-".into()),
                g.convention.map_or("-".to_string(), |c| c.to_string()),
                g.entries.to_string(),
                g.replayed_before.to_string(),
                dlq::format_age(now, g.oldest),
                dlq::format_age(now, g.newest),
            ]
        }),
    ));
    if s.without_origin > 0 {
        out.push_str(&format!(
            "\n{} entr{} no detectable origin: replay with --to TOPIC.\n",
            s.without_origin,
            if s.without_origin == 1 {
                "y has"
            } else {
                "ies have"
            }
        ));
    }
    out
}

// ---------------------------------------------------------------------------
// show

/// Decodes Confluent-framed Avro through the registry, caching per schema
/// id (failures too, so an unreachable registry costs one timeout).
struct Decoder {
    schemas: Option<SchemaCache>,
}

impl Decoder {
    async fn compiled(&mut self, id: u32) -> std::result::Result<Arc<Compiled>, String> {
        match &self.schemas {
            None => Err("no schema registry".to_string()),
            Some(cache) => cache.decoder_for(id).await.map_err(|e| match e {
                SchemaError::Fetch(m) | SchemaError::Compile(m) => m,
            }),
        }
    }

    /// (value, format, schema id, decode error)
    async fn decode(&mut self, bytes: &[u8]) -> (Value, &'static str, Option<u32>, Option<String>) {
        if self.schemas.is_some() && wire::looks_framed(bytes) {
            if let Ok((id, payload)) = wire::split(bytes) {
                match self.compiled(id).await {
                    Ok(c) => match c.to_value(payload, JsonStyle::Plain) {
                        Ok(v) => return (v, "avro", Some(id), None),
                        Err(e) => {
                            let (v, f) = plain(bytes);
                            return (v, f, Some(id), Some(e.to_string()));
                        }
                    },
                    Err(e) => {
                        let (v, f) = plain(bytes);
                        return (v, f, Some(id), Some(format!("schema {id}: {e}")));
                    }
                }
            }
        }
        let (v, f) = plain(bytes);
        (v, f, None, None)
    }
}

fn plain(bytes: &[u8]) -> (Value, &'static str) {
    let (v, f) = envelope::payload_to_json(bytes);
    let name = match f {
        envelope::Format::Json => "json",
        envelope::Format::String => "string",
        envelope::Format::Base64 => "base64",
        envelope::Format::Avro => "avro",
    };
    (v, name)
}

#[derive(Serialize)]
struct Payload {
    value: Value,
    format: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    schema_id: Option<u32>,
    #[serde(skip_serializing_if = "Option::is_none")]
    decode_error: Option<String>,
}

#[derive(Serialize)]
struct ShownEntry {
    replay_id: String,
    partition: i32,
    offset: i64,
    timestamp: Option<i64>,
    time: Option<String>,
    convention: Option<dlq::Convention>,
    origin: Option<dlq::Origin>,
    error: dlq::ErrorInfo,
    replay_count: u32,
    #[serde(skip_serializing_if = "Option::is_none")]
    previous_replay_id: Option<String>,
    /// `null` for a null key or value (not the same as empty).
    key: Option<Payload>,
    value: Option<Payload>,
    headers: Vec<envelope::Header>,
    #[serde(skip)]
    raw_headers: Vec<dlq::Header>,
}

async fn show(ctx: &Ctx, a: DlqShowArgs) -> Result<Outcome> {
    let now = now_ms();
    let filter = build_filter(&a.select, now)?;
    let settings = ctx.settings()?;
    let (_, records) = read_matching(
        &settings,
        &a.dlq,
        &filter,
        a.select.limit,
        |rec, d| (rec, d),
        |(r, _)| (r.partition, r.offset),
    )
    .await?;
    let mut decoder = Decoder {
        schemas: if a.no_decode {
            None
        } else {
            ctx.registry().ok().map(SchemaCache::with_registry)
        },
    };
    let mut shown = Vec::with_capacity(records.len());
    for (rec, d) in records {
        let key = decode_payload(&mut decoder, rec.key.as_deref()).await;
        let value = decode_payload(&mut decoder, rec.value.as_deref()).await;
        shown.push(ShownEntry {
            replay_id: dlq::replay_id(&a.dlq, rec.partition, rec.offset),
            partition: rec.partition,
            offset: rec.offset,
            timestamp: rec.timestamp,
            time: rec.timestamp.map(dlq::format_time),
            convention: d.convention,
            origin: d.origin.clone(),
            error: d.error.clone(),
            replay_count: d.replay_count,
            previous_replay_id: d.previous_replay_id.clone(),
            key,
            value,
            headers: rec
                .headers
                .iter()
                .map(|(k, v)| envelope::Header::from_bytes(k, v.as_deref()))
                .collect(),
            raw_headers: rec.headers,
        });
    }
    output::render(a.output.format, &shown, || show_text(&shown))?;
    Ok(Outcome::Ok)
}

async fn decode_payload(decoder: &mut Decoder, bytes: Option<&[u8]>) -> Option<Payload> {
    let (value, format, schema_id, decode_error) = decoder.decode(bytes?).await;
    Some(Payload {
        value,
        format,
        schema_id,
        decode_error,
    })
}

fn payload_text(p: &Option<Payload>) -> String {
    match p {
        None => "null".into(),
        Some(p) => {
            let mut s = match (&p.value, p.format) {
                (Value::String(t), "string") => format!("{t:?}"),
                (Value::String(t), "base64") => format!("base64:{t}"),
                (v, _) => v.to_string(),
            };
            if let Some(id) = p.schema_id {
                s.push_str(&format!("  (avro, schema {id})"));
            }
            if let Some(e) = &p.decode_error {
                s.push_str(&format!("  [not decoded: {e}]"));
            }
            s
        }
    }
}

/// A header value for people: text when printable, a big-endian number
/// when it is 4 or 8 binary bytes (Spring's partitions, offsets, times),
/// otherwise base64.
fn header_text(v: Option<&[u8]>) -> String {
    let Some(b) = v else {
        return "null".into();
    };
    if let Ok(t) = std::str::from_utf8(b) {
        if !t.chars().any(char::is_control) {
            return dlq::truncate(t, 60);
        }
    }
    match b.len() {
        4 => format!("{} (i32)", i32::from_be_bytes([b[0], b[1], b[2], b[3]])),
        8 => format!(
            "{} (i64)",
            i64::from_be_bytes([b[0], b[1], b[2], b[3], b[4], b[5], b[6], b[7]])
        ),
        _ => format!(
            "base64:{}",
            base64::Engine::encode(&base64::engine::general_purpose::STANDARD, b)
        ),
    }
}

fn show_text(entries: &[ShownEntry]) -> String {
    let mut out = String::new();
    if entries.is_empty() {
        out.push_str("No entries.\n");
    }
    for e in entries {
        out.push_str(&format!(
            "{}  {}\n",
            e.replay_id,
            e.time.clone().unwrap_or_else(|| "-".into())
        ));
        let origin = match &e.origin {
            Some(o) => {
                let mut s = o.topic.clone();
                if let Some(p) = o.partition {
                    s.push_str(&format!(" partition {p}"));
                }
                if let Some(off) = o.offset {
                    s.push_str(&format!(" offset {off}"));
                }
                s
            }
            None => "- (none detected: replay with --to)".into(),
        };
        let conv = e.convention.map_or(String::new(), |c| format!(" ({c})"));
        out.push_str(&format!("  origin:   {origin}{conv}\n"));
        let mut err = e.error.class.clone().unwrap_or_else(|| "-".into());
        if let Some(m) = &e.error.message {
            err.push_str(": ");
            err.push_str(m);
        }
        out.push_str(&format!("  error:    {err}\n"));
        if let Some(first) = e.error.stacktrace.as_deref().and_then(|s| s.lines().next()) {
            out.push_str(&format!(
                "  trace:    {}  (-o json for all)\n",
                first.trim()
            ));
        }
        if !e.error.details.is_empty() {
            let d: Vec<String> = e
                .error
                .details
                .iter()
                .map(|(k, v)| format!("{k}={v}"))
                .collect();
            out.push_str(&format!("  details:  {}\n", d.join(" ")));
        }
        if e.replay_count > 0 {
            let after = e
                .previous_replay_id
                .as_deref()
                .map_or(String::new(), |p| format!(", last as {p}"));
            out.push_str(&format!("  replays:  {}{after}\n", e.replay_count));
        }
        out.push_str(&format!("  key:      {}\n", payload_text(&e.key)));
        out.push_str(&format!("  value:    {}\n", payload_text(&e.value)));
        if !e.raw_headers.is_empty() {
            let hs: Vec<String> = e
                .raw_headers
                .iter()
                .map(|(k, v)| format!("{k}={}", header_text(v.as_deref())))
                .collect();
            out.push_str(&format!("  headers:  {}\n", hs.join(", ")));
        }
        out.push('\n');
    }
    out
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

    let (_, mut entries) = read_entries(&settings, &a.dlq, &filter, a.select.limit).await?;
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
        output::render(a.output.format, &plan, || plan_text(&plan, false))?;
        if table && (plan.to_replay + plan.to_park) > 0 {
            output::status("Dry run: nothing was sent. Add --execute to send.");
        }
        return Ok(Outcome::Ok);
    }

    output::status(plan_text(&plan, true).trim_end());
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
    output::render(a.output.format, &report, || report_text(&report))?;
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

fn plan_text(p: &ReplayPlan, executing: bool) -> String {
    let mut s = format!(
        "Replay plan for {}{}\n",
        p.dlq,
        if executing { "" } else { " (dry run)" }
    );
    s.push_str(&format!("Selected by: {}\n", p.selection.join("; ")));
    s.push_str(&format!(
        "Entries: {} selected: {} to replay, {} already replayed (skipped), {} to park (replayed {}+ time(s))\n",
        p.selected, p.to_replay, p.already_replayed, p.to_park, p.max_replays
    ));
    if let Some(scan) = &p.scan {
        let from = scan
            .since
            .map_or("the beginning".to_string(), dlq::format_time);
        s.push_str(&format!(
            "Checked {} record(s) of the destination(s) since {from} for earlier replays\n",
            scan.records_scanned
        ));
    }
    if p.destinations.is_empty() {
        return s;
    }
    s.push('\n');
    s.push_str(&output::table(
        ["DESTINATION", "ACTION", "ENTRIES", "ALREADY REPLAYED"],
        p.destinations.iter().map(|d| {
            vec![
                d.topic.clone(),
                d.kind.to_string(),
                d.entries.to_string(),
                d.already_replayed.to_string(),
            ]
        }),
    ));
    if executing {
        return s;
    }
    s.push('\n');
    s.push_str(&output::table(
        [
            "REPLAY ID",
            "ORIGIN",
            "ERROR CLASS",
            "REPLAYS",
            "ACTION",
            "TO",
            "PARTITION",
        ],
        p.entries.iter().take(TABLE_ROWS).map(|e| {
            let (action, to, partition) = match &e.action {
                _ if e.already_replayed => (
                    "skip (already replayed)".to_string(),
                    e.action.destination().unwrap_or("-").to_string(),
                    "-".to_string(),
                ),
                Action::Replay {
                    topic,
                    rule,
                    expected_partition,
                    ..
                } => (
                    "replay".to_string(),
                    topic.clone(),
                    match (rule, expected_partition) {
                        (dlq::PartitionRule::Original, Some(p)) => format!("{p} (original)"),
                        (dlq::PartitionRule::Key, Some(p)) => format!("{p} (key)"),
                        _ => "any (null key)".to_string(),
                    },
                ),
                Action::Park { topic, .. } => (
                    "park".to_string(),
                    topic.clone().unwrap_or_else(|| "- (report only)".into()),
                    "-".to_string(),
                ),
            };
            vec![
                e.replay_id.clone(),
                e.origin.clone().unwrap_or_else(|| "-".into()),
                e.error_class.clone().unwrap_or_else(|| "-".into()),
                e.replay_count.to_string(),
                action,
                to,
                partition,
            ]
        }),
    ));
    if p.entries.len() > TABLE_ROWS {
        s.push_str(&format!(
            "... and {} more (-o json lists all)\n",
            p.entries.len() - TABLE_ROWS
        ));
    }
    s
}

fn report_text(r: &ReplayReport) -> String {
    let by_topic: Vec<String> = r
        .by_topic
        .iter()
        .map(|(t, n)| format!("{t}: {n}"))
        .collect();
    let mut s = format!(
        "Replay of {} (run {}){}\n",
        r.dlq,
        r.run_id,
        if r.interrupted { ": INTERRUPTED" } else { "" }
    );
    s.push_str(&format!("  selected:                    {}\n", r.selected));
    s.push_str(&format!(
        "  replayed:                    {}{}\n",
        r.replayed,
        if by_topic.is_empty() {
            String::new()
        } else {
            format!("  ({})", by_topic.join(", "))
        }
    ));
    s.push_str(&format!(
        "  skipped as already replayed: {}\n",
        r.skipped_already_replayed
    ));
    s.push_str(&format!("  parked:                      {}\n", r.parked));
    s.push_str(&format!("  failed:                      {}\n", r.failed));
    if r.not_done() > 0 {
        s.push_str(&format!(
            "  not done (interrupted):      {}  (run the same command again to finish)\n",
            r.not_done()
        ));
    }
    if !r.parked_entries.is_empty() {
        s.push_str("\nParked (replay limit reached):\n");
        s.push_str(&output::table(
            ["REPLAY ID", "REPLAYS", "PARKED IN", "ERROR CLASS"],
            r.parked_entries.iter().take(TABLE_ROWS).map(|p| {
                vec![
                    p.replay_id.clone(),
                    p.replay_count.to_string(),
                    p.topic.clone().unwrap_or_else(|| "- (report only)".into()),
                    p.error_class.clone().unwrap_or_else(|| "-".into()),
                ]
            }),
        ));
    }
    if !r.failures.is_empty() {
        s.push_str("\nFailed:\n");
        s.push_str(&output::table(
            ["REPLAY ID", "TO", "ERROR"],
            r.failures.iter().take(TABLE_ROWS).map(|f| {
                vec![
                    f.replay_id.clone(),
                    f.topic.clone().unwrap_or_else(|| "-".into()),
                    f.error.clone(),
                ]
            }),
        ));
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

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
    fn header_values_show_as_text_numbers_or_base64() {
        assert_eq!(header_text(Some(b"orders")), "orders");
        assert_eq!(header_text(Some(&3i32.to_be_bytes())), "3 (i32)");
        assert_eq!(header_text(Some(&(-5i64).to_be_bytes())), "-5 (i64)");
        assert_eq!(header_text(Some(&[0, 1, 2])), "base64:AAEC");
        assert_eq!(header_text(None), "null");
        assert_eq!(header_text(Some(b"")), "");
    }

    #[test]
    fn run_ids_are_distinct_and_timestamped() {
        let a = run_id();
        assert!(a.len() > 16 && a.contains('T') && a.contains('-'), "{a}");
    }

    #[test]
    fn payload_text_marks_binary_and_null() {
        let p = Some(Payload {
            value: json!("AAE="),
            format: "base64",
            schema_id: None,
            decode_error: None,
        });
        assert_eq!(payload_text(&p), "base64:AAE=");
        assert_eq!(payload_text(&None), "null");
    }
}
