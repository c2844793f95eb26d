//! Rendering for `kctl lag`: the partition and totals tables, Prometheus'
//! text exposition format, and the `--watch` screen (redrawn in place on a
//! terminal, one snapshot per interval otherwise).

use std::collections::BTreeMap;
use std::fmt::Write as _;

use anyhow::Result;

use crate::cli::LagFormat;
use crate::domain::duration;
use crate::domain::lag::{GroupLag, LagReport, Owner, PartitionLag, TopicLag};
use crate::ops::ports::{WatchSink, WatchStatus};

/// `1h02m`, `3m20s`, `45s`: how long until caught up, for the table.
pub fn format_eta(secs: u64) -> String {
    let (h, m, s) = (secs / 3600, (secs % 3600) / 60, secs % 60);
    if h >= 24 {
        format!("{}d{:02}h", h / 24, h % 24)
    } else if h > 0 {
        format!("{h}h{m:02}m")
    } else if m > 0 {
        format!("{m}m{s:02}s")
    } else {
        format!("{s}s")
    }
}

/// Escapes a Prometheus label value (backslash, double quote, newline).
pub(crate) fn label(value: &str) -> String {
    value
        .replace('\\', "\\\\")
        .replace('"', "\\\"")
        .replace('\n', "\\n")
}

/// The report in Prometheus' text exposition format (version 0.0.4), e.g. for
/// node-exporter's textfile collector. Partitions with unknown lag have no
/// `kafka_consumergroup_lag` sample (absent, not zero); they are counted in
/// `kafka_consumergroup_partitions_without_lag`. A group whose offsets could
/// not be fetched has `kafka_consumergroup_lag_error 1` and no sums.
pub fn prometheus(report: &LagReport) -> String {
    let mut out = String::new();
    let family = |out: &mut String, name: &str, help: &str, samples: &[(String, i64)]| {
        let _ = writeln!(out, "# HELP {name} {help}");
        let _ = writeln!(out, "# TYPE {name} gauge");
        for (labels, value) in samples {
            let _ = writeln!(out, "{name}{{{labels}}} {value}");
        }
    };
    let gl = |g: &GroupLag| format!("group=\"{}\"", label(&g.group));
    let gtl = |g: &GroupLag, t: &TopicLag| format!("{},topic=\"{}\"", gl(g), label(&t.topic));
    let gtpl = |g: &GroupLag, t: &TopicLag, p: &PartitionLag| {
        format!("{},partition=\"{}\"", gtl(g, t), p.partition)
    };
    let per_partition = |f: &dyn Fn(&PartitionLag) -> Option<i64>| -> Vec<(String, i64)> {
        report
            .groups
            .iter()
            .flat_map(|g| {
                g.topics.iter().flat_map(move |t| {
                    t.partitions
                        .iter()
                        .filter_map(move |p| f(p).map(|v| (gtpl(g, t, p), v)))
                })
            })
            .collect()
    };
    let ok_groups = || report.groups.iter().filter(|g| g.error.is_none());

    family(
        &mut out,
        "kafka_consumergroup_lag",
        "Records not yet consumed: log end offset (high watermark) minus committed offset.",
        &per_partition(&|p| p.lag),
    );
    family(
        &mut out,
        "kafka_consumergroup_current_offset",
        "Committed offset of the group on the partition.",
        &per_partition(&|p| p.committed),
    );
    let mut log_ends = BTreeMap::new();
    for g in &report.groups {
        for t in &g.topics {
            for p in &t.partitions {
                if let Some(e) = p.log_end {
                    log_ends.insert((t.topic.clone(), p.partition), e);
                }
            }
        }
    }
    let log_ends: Vec<(String, i64)> = log_ends
        .into_iter()
        .map(|((t, p), e)| (format!("topic=\"{}\",partition=\"{p}\"", label(&t)), e))
        .collect();
    family(
        &mut out,
        "kafka_topic_partition_log_end_offset",
        "Log end offset (high watermark) of the partition.",
        &log_ends,
    );
    let topic_sums: Vec<(String, i64)> = ok_groups()
        .flat_map(|g| {
            g.topics
                .iter()
                .filter_map(move |t| Some((gtl(g, t), t.lag?)))
        })
        .collect();
    family(
        &mut out,
        "kafka_consumergroup_topic_lag_sum",
        "Sum of the known partition lags of the group on the topic.",
        &topic_sums,
    );
    let sums: Vec<(String, i64)> = ok_groups().filter_map(|g| Some((gl(g), g.lag?))).collect();
    family(
        &mut out,
        "kafka_consumergroup_lag_sum",
        "Sum of the known partition lags of the group.",
        &sums,
    );
    let unknown: Vec<(String, i64)> = ok_groups()
        .map(|g| (gl(g), g.partitions_without_lag as i64))
        .collect();
    family(
        &mut out,
        "kafka_consumergroup_partitions_without_lag",
        "Partitions whose lag is unknown (no commit, committed past the log end, or log end unavailable).",
        &unknown,
    );
    let members: Vec<(String, i64)> = report
        .groups
        .iter()
        .filter_map(|g| g.members.map(|m| (gl(g), m as i64)))
        .collect();
    family(
        &mut out,
        "kafka_consumergroup_members",
        "Members of the group (absent when they could not be looked up).",
        &members,
    );
    let errors: Vec<(String, i64)> = report
        .groups
        .iter()
        .map(|g| (gl(g), i64::from(g.error.is_some())))
        .collect();
    family(
        &mut out,
        "kafka_consumergroup_lag_error",
        "1 when the group's committed offsets could not be fetched.",
        &errors,
    );
    out
}

fn opt(v: Option<i64>) -> String {
    v.map_or_else(|| "-".to_string(), |v| v.to_string())
}

fn owner(o: &Owner) -> String {
    match o {
        Owner::Assigned {
            client_id, host, ..
        } => format!("{client_id}@{host}"),
        Owner::Unassigned => "-".into(),
        Owner::Unknown => "unknown".into(),
    }
}

fn members(g: &GroupLag) -> String {
    g.members
        .map_or_else(|| "unknown".into(), |m| m.to_string())
}

/// The partition table, then the totals per group and topic (with rate and
/// time to catch up once a watch has two samples).
pub fn table(report: &LagReport) -> String {
    if report.groups.is_empty() {
        return "No consumer groups found.\n".into();
    }
    let mut rows = Vec::new();
    for g in &report.groups {
        for t in &g.topics {
            for p in &t.partitions {
                rows.push(vec![
                    g.group.clone(),
                    t.topic.clone(),
                    p.partition.to_string(),
                    opt(p.committed),
                    opt(p.log_end),
                    opt(p.lag),
                    owner(&p.owner),
                    p.note.clone().unwrap_or_default(),
                ]);
            }
        }
    }
    let mut s = String::new();
    if !rows.is_empty() {
        s.push_str(&super::table(
            [
                "GROUP",
                "TOPIC",
                "PARTITION",
                "COMMITTED",
                "LOG-END",
                "LAG",
                "OWNER",
                "NOTE",
            ],
            rows,
        ));
        s.push('\n');
    }
    let rated = report.groups.iter().any(|g| g.rate.is_some());
    let mut totals = Vec::new();
    for g in &report.groups {
        let note = g
            .error
            .iter()
            .chain(g.notes.iter())
            .cloned()
            .collect::<Vec<_>>()
            .join("; ");
        let mut row =
            |topic: String, partitions: usize, lag: String, unknown: usize, note: String| {
                let mut r = vec![
                    g.group.clone(),
                    g.state.to_string(),
                    members(g),
                    topic,
                    partitions.to_string(),
                    lag,
                    unknown.to_string(),
                ];
                if rated {
                    let (rate, eta) = match &g.rate {
                        None => ("-".to_string(), "-".to_string()),
                        Some(r) => (
                            format!("{:.1}/s", r.consumed_per_sec),
                            match r.eta_secs {
                                Some(0) => "caught up".into(),
                                Some(s) => format_eta(s),
                                None => "not catching up".into(),
                            },
                        ),
                    };
                    r.push(rate);
                    r.push(eta);
                }
                r.push(note);
                totals.push(r);
            };
        let lag_text = |l: Option<i64>| match l {
            Some(l) if g.error.is_none() => l.to_string(),
            _ => "-".to_string(),
        };
        match g.topics.as_slice() {
            [] => row("-".into(), 0, lag_text(g.lag), 0, note),
            [t] => row(
                t.topic.clone(),
                t.partitions.len(),
                lag_text(t.lag),
                t.partitions_without_lag,
                note,
            ),
            many => {
                for t in many {
                    row(
                        t.topic.clone(),
                        t.partitions.len(),
                        lag_text(t.lag),
                        t.partitions_without_lag,
                        String::new(),
                    );
                }
                row(
                    "(all)".into(),
                    g.partitions,
                    lag_text(g.lag),
                    g.partitions_without_lag,
                    note,
                );
            }
        }
    }
    let mut headers = vec![
        "GROUP",
        "STATE",
        "MEMBERS",
        "TOPIC",
        "PARTITIONS",
        "LAG",
        "UNKNOWN-LAG",
    ];
    if rated {
        headers.extend(["RATE", "ETA"]);
    }
    headers.push("NOTE");
    s.push_str(&super::table(headers, totals));
    s
}

/// Where watch samples go: redrawn in place on a terminal, else one snapshot
/// per interval (JSON Lines with `-o json`, YAML documents with `-o yaml`).
pub struct WatchScreen {
    format: LagFormat,
    terminal: bool,
    interval: std::time::Duration,
    last_warnings: Vec<String>,
    samples: usize,
}

impl WatchScreen {
    pub fn new(format: LagFormat, terminal: bool, interval: std::time::Duration) -> Self {
        WatchScreen {
            format,
            terminal,
            interval,
            last_warnings: Vec::new(),
            samples: 0,
        }
    }

    fn header(&self, report: &LagReport, status: &WatchStatus) -> String {
        let mut h = format!(
            "Every {}: kctl lag    {}\n",
            duration::format_millis(self.interval.as_millis() as u64),
            report
                .timestamp
                .and_then(chrono::DateTime::from_timestamp_millis)
                .map(|t| t.to_rfc3339_opts(chrono::SecondsFormat::Secs, true))
                .unwrap_or_default()
        );
        if let Some(n) = status.threshold {
            h.push_str(&format!("Alert: total lag above {n}"));
            if !status.hold.is_zero() {
                h.push_str(&format!(
                    " for {}",
                    duration::format_millis(status.hold.as_millis() as u64)
                ));
            }
            if status.above.is_empty() {
                h.push_str(": no group above\n");
            } else {
                let list: Vec<String> = status
                    .above
                    .iter()
                    .map(|(g, d)| format!("{g} ({})", format_eta(d.as_secs())))
                    .collect();
                h.push_str(&format!(": above for {}\n", list.join(", ")));
            }
        }
        h.push('\n');
        h
    }
}

impl WatchSink for WatchScreen {
    fn sample(&mut self, report: &LagReport, status: &WatchStatus) -> Result<()> {
        self.samples += 1;
        match self.format {
            LagFormat::Json => {
                let mut line = serde_json::to_string(report)?;
                line.push('\n');
                super::stdout_text(&line)?;
            }
            LagFormat::Yaml => {
                super::stdout_text("---\n")?;
                super::stdout_yaml(report)?;
            }
            LagFormat::Table | LagFormat::Prometheus => {
                let mut text = self.header(report, status);
                text.push_str(&table(report));
                if self.terminal {
                    for w in &report.warnings {
                        text.push_str(&format!("\nwarning: {w}"));
                    }
                    super::screen::redraw(&text)?;
                } else {
                    if self.samples > 1 {
                        text.insert(0, '\n');
                    }
                    super::stdout_text(&text)?;
                }
            }
        }
        // On a redrawn screen warnings are part of the frame; otherwise they
        // go to stderr once, and again only when they change.
        if !(self.terminal && self.format == LagFormat::Table)
            && report.warnings != self.last_warnings
        {
            for w in &report.warnings {
                super::warn(w);
            }
        }
        self.last_warnings = report.warnings.clone();
        for b in &status.breaches {
            super::status(&format!(
                "group {:?}: lag {} has been above {} for {}",
                b.group,
                b.lag,
                status.threshold.unwrap_or_default(),
                format_eta(b.above_for.as_secs())
            ));
        }
        Ok(())
    }

    fn failed(&mut self, error: &anyhow::Error) -> Result<()> {
        super::warn(&format!(
            "lag sample failed (retrying in {}): {error:#}",
            duration::format_millis(self.interval.as_millis() as u64)
        ));
        Ok(())
    }
}
