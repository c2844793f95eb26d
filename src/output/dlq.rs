//! Rendering for `kctl dlq`: the inspection summary, shown entries, the
//! replay plan and report; and the terminal interaction of `dlq replay`: the
//! progress bar (stderr, only on a terminal) and the interactive entry picker.

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use serde_json::Value;

use std::collections::HashSet;

use crate::domain::dlq::{self, Action, Entry, ReplayPlan, ReplayReport};
use crate::ops::dlq::{Inspection, Payload, ShownEntry};

/// A progress bar on stderr, drawn only when stderr is a terminal.
pub struct ReplayProgress {
    bar: Option<ProgressBar>,
}

impl ReplayProgress {
    pub fn new(total: u64) -> Self {
        if !super::stderr_is_terminal() || total == 0 {
            return ReplayProgress { bar: None };
        }
        let bar = ProgressBar::with_draw_target(Some(total), ProgressDrawTarget::stderr());
        let style = ProgressStyle::with_template(
            "{spinner} [{elapsed_precise}] {wide_bar} {pos}/{len} {per_sec} {msg}",
        )
        .unwrap_or_else(|_| ProgressStyle::default_bar());
        bar.set_style(style);
        ReplayProgress { bar: Some(bar) }
    }

    /// Entries settled so far, and how many failed.
    pub fn update(&self, r: &ReplayReport) {
        if let Some(b) = &self.bar {
            b.set_position(r.replayed + r.skipped_already_replayed + r.parked + r.failed);
            b.set_message(if r.failed > 0 {
                format!("{} failed", r.failed)
            } else {
                String::new()
            });
        }
    }

    pub fn finish(&self) {
        if let Some(b) = &self.bar {
            b.finish_and_clear();
        }
    }
}

/// Lets the person at the terminal choose among `entries` of `dlq`, each
/// shown on one line with its error. Returns the chosen indexes, or `None`
/// when cancelled.
pub fn pick_entries(dlq: &str, entries: &[Entry]) -> anyhow::Result<Option<HashSet<usize>>> {
    let items: Vec<String> = entries.iter().map(Entry::one_line).collect();
    let prompt = format!(
        "{} entr{} of {dlq} (space: toggle, a: all, enter: done, q: cancel)",
        entries.len(),
        if entries.len() == 1 { "y" } else { "ies" },
    );
    Ok(pick(&prompt, &items)?.map(|chosen| chosen.into_iter().collect()))
}

/// Entries found already replayed by the second scan.
pub fn late_replays_text(n: u64) -> String {
    format!(
        "{n} more entr(ies) found already replayed after settling (records of an earlier run landed late)"
    )
}

/// Lets the person at the terminal tick entries (space toggles, `a` all,
/// enter confirms, `q`/Esc cancels). Returns the chosen indexes, or `None`
/// when cancelled. Callers check [`super::interactive`] first.
pub fn pick(prompt: &str, items: &[String]) -> anyhow::Result<Option<Vec<usize>>> {
    if !super::interactive() {
        anyhow::bail!("--interactive needs a terminal (stdin and stderr)");
    }
    let chosen = dialoguer::MultiSelect::new()
        .with_prompt(prompt)
        .items(items)
        .max_length(20)
        .interact_opt()?;
    Ok(chosen)
}

/// A short age such as `3d`, `5h`, `12m`, `40s` (the largest whole unit).
pub fn format_age(now_ms: i64, ts: Option<i64>) -> String {
    let Some(ts) = ts else {
        return "-".into();
    };
    let s = (now_ms - ts).max(0) / 1000;
    match s {
        s if s >= 86_400 => format!("{}d", s / 86_400),
        s if s >= 3_600 => format!("{}h", s / 3_600),
        s if s >= 60 => format!("{}m", s / 60),
        s => format!("{s}s"),
    }
}

pub fn inspect_text(v: &Inspection, now: i64) -> String {
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
            format_age(now, s.oldest),
            format_age(now, s.newest)
        ));
    }
    out.push_str("\n\n");
    if s.groups.is_empty() {
        out.push_str("No entries.\n");
        return out;
    }
    out.push_str(&super::table(
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
                format_age(now, g.oldest),
                format_age(now, g.newest),
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

pub fn payload_text(p: &Option<Payload>) -> String {
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
pub fn header_text(v: Option<&[u8]>) -> String {
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

pub fn show_text(entries: &[ShownEntry]) -> String {
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

/// The warning for entries `--to` sends elsewhere that the scan found
/// already replayed to their origin topic.
pub fn replayed_elsewhere_warning(p: &ReplayPlan) -> Option<String> {
    if p.replayed_elsewhere == 0 {
        return None;
    }
    let first = p
        .entries
        .iter()
        .find(|e| !e.already_replayed && !e.replayed_elsewhere.is_empty())?;
    Some(format!(
        "{} of the entries to replay {} already replayed to another topic (first: {} in {}); replaying {} to {} as well duplicates {}",
        p.replayed_elsewhere,
        if p.replayed_elsewhere == 1 { "was" } else { "were" },
        first.replay_id,
        first.replayed_elsewhere.join(", "),
        if p.replayed_elsewhere == 1 { "it" } else { "them" },
        first.action.destination().unwrap_or("-"),
        if p.replayed_elsewhere == 1 { "it" } else { "them" },
    ))
}

pub fn plan_text(p: &ReplayPlan, executing: bool) -> String {
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
    if p.needs_to > 0 {
        s.push_str(&format!(
            "{} entr{} no detectable origin topic: needs --to TOPIC (--execute refuses the run without it)\n",
            p.needs_to,
            if p.needs_to == 1 { "y has" } else { "ies have" }
        ));
    }
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
    s.push_str(&super::table(
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
    s.push_str(&super::table(
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
                    if e.replayed_elsewhere.is_empty() {
                        "replay".to_string()
                    } else {
                        format!("replay (already in {})", e.replayed_elsewhere.join(", "))
                    },
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
                Action::NeedsTo => ("needs --to".to_string(), "-".to_string(), "-".to_string()),
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

pub fn report_text(r: &ReplayReport) -> String {
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
    // Parked entries are copied to --park-topic, or only listed here.
    let listed_only = r
        .parked_entries
        .iter()
        .filter(|p| p.topic.is_none())
        .count() as u64;
    let copied = r.parked.saturating_sub(listed_only);
    s.push_str(&format!(
        "  parked:                      {}{}\n",
        r.parked,
        match (copied, listed_only) {
            (0, 0) => String::new(),
            (c, 0) => format!("  (copied to the park topic: {c})"),
            (0, l) => format!("  (listed only, nothing written: {l})"),
            (c, l) => format!("  (copied to the park topic: {c}, listed only: {l})"),
        }
    ));
    s.push_str(&format!("  failed:                      {}\n", r.failed));
    if r.not_done() > 0 {
        s.push_str(&format!(
            "  not done (interrupted):      {}  (run the same command again to finish)\n",
            r.not_done()
        ));
    }
    if !r.parked_entries.is_empty() {
        s.push_str("\nParked (replay limit reached):\n");
        s.push_str(&super::table(
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
        s.push_str(&super::table(
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

/// Plan and report tables list at most this many entries (JSON lists all).
const TABLE_ROWS: usize = 100;

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn ages_use_the_largest_whole_unit() {
        assert_eq!(format_age(100_000, Some(100_000 - 40_000)), "40s");
        assert_eq!(format_age(10_000_000, Some(0)), "2h");
        assert_eq!(format_age(0, None), "-");
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
