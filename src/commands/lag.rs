//! `kctl lag`: one snapshot (table, JSON, YAML or Prometheus text), or a watch
//! that refreshes in place on a terminal; `--fail-above` (with `--for` under
//! `--watch`) turns it into an alert check that exits 3.

use anyhow::{anyhow, Result};

use super::Ctx;
use crate::cli::{LagArgs, LagFormat};
use crate::domain::duration;
use crate::domain::lag::{self, format_eta, GroupLag, LagReport, Owner};
use crate::exit::{CodedError, Outcome};
use crate::kafka::groups::GroupsClient;
use crate::ops::lag::{
    watch, Collector, LagRequest, LagSource, SystemClock, WatchOptions, WatchStatus,
};
use crate::ops::ports::WatchSink;
use crate::output;

pub async fn run(ctx: &Ctx, args: LagArgs) -> Result<Outcome> {
    let interval = args.watch;
    let hold = args.hold.unwrap_or_default();
    if interval.is_some() && args.format == LagFormat::Prometheus {
        return Err(CodedError::usage(
            "-o prometheus prints one snapshot: run it from cron (or a textfile collector job) rather than with --watch",
        ));
    }
    let client = GroupsClient::new(ctx.admin()?);
    let request = LagRequest {
        groups: args.groups.clone(),
        topics: args.topics.clone(),
        skip_members: args.skip_members,
    };
    let source = Collector {
        api: &client,
        request: &request,
    };
    match interval {
        None => {
            let report = source.snapshot().await?;
            for w in &report.warnings {
                output::warn(w);
            }
            match args.format {
                LagFormat::Prometheus => output::stdout_text(&lag::prometheus(&report))?,
                LagFormat::Json => output::stdout_json(&report)?,
                LagFormat::Yaml => output::stdout_yaml(&report)?,
                LagFormat::Table => output::stdout_text(&table(&report))?,
            }
            snapshot_outcome(&report, args.fail_above)
        }
        Some(interval) => {
            let mut sink = Screen {
                format: args.format,
                terminal: output::stdout_is_terminal(),
                interval,
                last_warnings: Vec::new(),
                samples: 0,
            };
            let opts = WatchOptions {
                interval,
                fail_above: args.fail_above,
                hold,
                max_samples: None,
            };
            watch(&source, &SystemClock::new(), &mut sink, &opts).await
        }
    }
}

/// Exit 3 above the threshold; otherwise 1 when no group could be read and 4
/// when some could not.
fn snapshot_outcome(report: &LagReport, fail_above: Option<u64>) -> Result<Outcome> {
    for g in &report.groups {
        if let Some(e) = &g.error {
            output::warn(&format!("group {:?}: {e}", g.group));
        }
    }
    if let Some(n) = fail_above {
        let above = lag::exceeding(report, n);
        if !above.is_empty() {
            for (g, l) in &above {
                output::status(&format!("group {g:?}: lag {l} is above {n}"));
            }
            return Ok(Outcome::Pending);
        }
    }
    let errors = report.errors();
    if errors > 0 && errors == report.groups.len() {
        return Err(anyhow!(
            "could not read the lag of {}",
            if errors == 1 {
                format!("group {:?}", report.groups[0].group)
            } else {
                format!("any of the {errors} groups")
            }
        ));
    }
    Ok(if errors > 0 {
        Outcome::Partial
    } else {
        Outcome::Ok
    })
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
        s.push_str(&output::table(
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
        let lag_text = |l: i64| {
            if g.error.is_some() {
                "-".to_string()
            } else {
                l.to_string()
            }
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
                        t.lag.to_string(),
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
    s.push_str(&output::table(headers, totals));
    s
}

/// Where watch samples go: redrawn in place on a terminal, else one snapshot
/// per interval (JSON Lines with `-o json`, YAML documents with `-o yaml`).
struct Screen {
    format: LagFormat,
    terminal: bool,
    interval: std::time::Duration,
    last_warnings: Vec<String>,
    samples: usize,
}

impl Screen {
    fn header(&self, report: &LagReport, status: &WatchStatus) -> String {
        let mut h = format!(
            "Every {}: kctl lag    {}\n",
            duration::format_millis(self.interval.as_millis() as u64),
            report.time.as_deref().unwrap_or("")
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

impl WatchSink for Screen {
    fn sample(&mut self, report: &LagReport, status: &WatchStatus) -> Result<()> {
        self.samples += 1;
        match self.format {
            LagFormat::Json => {
                let mut line = serde_json::to_string(report)?;
                line.push('\n');
                output::stdout_text(&line)?;
            }
            LagFormat::Yaml => {
                output::stdout_text("---\n")?;
                output::stdout_yaml(report)?;
            }
            LagFormat::Table | LagFormat::Prometheus => {
                let mut text = self.header(report, status);
                text.push_str(&table(report));
                if self.terminal {
                    for w in &report.warnings {
                        text.push_str(&format!("\nwarning: {w}"));
                    }
                    output::screen::redraw(&text)?;
                } else {
                    if self.samples > 1 {
                        text.insert(0, '\n');
                    }
                    output::stdout_text(&text)?;
                }
            }
        }
        // On a redrawn screen warnings are part of the frame; otherwise they
        // go to stderr once, and again only when they change.
        if !(self.terminal && self.format == LagFormat::Table)
            && report.warnings != self.last_warnings
        {
            for w in &report.warnings {
                output::warn(w);
            }
        }
        self.last_warnings = report.warnings.clone();
        for b in &status.breaches {
            output::status(&format!(
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
        output::warn(&format!(
            "lag sample failed (retrying in {}): {error:#}",
            duration::format_millis(self.interval.as_millis() as u64)
        ));
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::groups::{GroupState, TopicPartition};
    use crate::domain::lag::{lag_report, Committed, GroupInput, LogEnds, Members};

    fn report() -> LagReport {
        let committed = |list: &[(&str, i32, i64)]| {
            Ok(list
                .iter()
                .map(|(t, p, o)| Committed {
                    tp: TopicPartition::new(*t, *p),
                    offset: *o,
                })
                .collect())
        };
        let groups = [
            GroupInput {
                group: "billing".into(),
                state: GroupState::Empty,
                listed: true,
                explicit: false,
                members: Members::Unknown("skipped".into()),
                committed: committed(&[("orders", 0, 4), ("orders", 1, 20), ("refunds", 0, 2)]),
            },
            GroupInput {
                group: "audit".into(),
                state: GroupState::Unknown,
                listed: true,
                explicit: false,
                members: Members::Unknown("skipped".into()),
                committed: Err("Broker: Coordinator not available".into()),
            },
        ];
        let metadata = [
            ("orders".to_string(), vec![0, 1, 2]),
            ("refunds".to_string(), vec![0]),
        ]
        .into_iter()
        .collect();
        let ends: LogEnds = [
            ("orders", 0, 10),
            ("orders", 1, 20),
            ("orders", 2, 5),
            ("refunds", 0, 7),
        ]
        .iter()
        .map(|(t, p, e)| (TopicPartition::new(*t, *p), Ok(*e)))
        .collect();
        lag_report(&groups, &[], &metadata, &ends)
    }

    /// The table layout operators read, checked as text.
    #[test]
    fn table_lists_partitions_then_totals() {
        let expected = "\
GROUP    TOPIC    PARTITION  COMMITTED  LOG-END  LAG  OWNER    NOTE
billing  orders   0          4          10       6    unknown
billing  orders   1          20         20       0    unknown
billing  orders   2          -          5        -    unknown  no commit; above the group's committed partitions (added after its last commit?)
billing  refunds  0          2          7        5    unknown

GROUP    STATE    MEMBERS  TOPIC    PARTITIONS  LAG  UNKNOWN-LAG  NOTE
billing  Empty    unknown  orders   3           6    1
billing  Empty    unknown  refunds  1           5    0
billing  Empty    unknown  (all)    4           11   1            no active members
audit    Unknown  unknown  -        0           -    0            cannot fetch committed offsets: Broker: Coordinator not available
";
        assert_eq!(table(&report()), expected);
    }

    #[test]
    fn outcome_is_3_above_the_threshold_then_1_or_4_for_unreadable_groups() {
        let r = report();
        assert_eq!(snapshot_outcome(&r, Some(10)).unwrap(), Outcome::Pending);
        assert_eq!(snapshot_outcome(&r, Some(11)).unwrap(), Outcome::Partial);
        let mut only_failed = r.clone();
        only_failed.groups.retain(|g| g.error.is_some());
        assert!(snapshot_outcome(&only_failed, None).is_err());
        let mut fine = r;
        fine.groups.retain(|g| g.error.is_none());
        assert_eq!(snapshot_outcome(&fine, None).unwrap(), Outcome::Ok);
    }
}
