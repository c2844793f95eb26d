//! `kctl lag`: one snapshot (table, JSON, YAML or Prometheus text), or a watch
//! that refreshes in place on a terminal; `--fail-above` (with `--for` under
//! `--watch`) turns it into an alert check that exits 3.

use anyhow::{anyhow, Result};

use super::Ctx;
use crate::cli::{LagArgs, LagFormat};
use crate::domain::lag::{self, LagReport};
use crate::exit::{CodedError, Outcome};
use crate::kafka::groups::GroupsClient;
use crate::ops::lag::{watch, Collector, LagRequest, LagSource, SystemClock, WatchOptions};
use crate::output;
use crate::output::lag::{self as view, WatchScreen};

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
                LagFormat::Prometheus => output::stdout_text(&view::prometheus(&report))?,
                LagFormat::Json => output::stdout_json(&report)?,
                LagFormat::Yaml => output::stdout_yaml(&report)?,
                LagFormat::Table => output::stdout_text(&view::table(&report))?,
            }
            snapshot_outcome(&report, args.fail_above)
        }
        Some(interval) => {
            let mut sink = WatchScreen::new(args.format, output::stdout_is_terminal(), interval);
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
        assert_eq!(crate::output::lag::table(&report()), expected);
    }
}
