//! Rendering for `kctl plan` and `kctl apply`: the plan as people read it
//! (topics, then schemas), each step's result line, the closing summary,
//! and the JSON/YAML views of plan and report.

use std::path::Path;

use serde::Serialize;

use crate::domain::access::plan::AclPlan;
use crate::domain::duration;
use crate::domain::plan::{Step, TopicPlan};
use crate::domain::schema_plan::{SchemaAction, SchemaApplyReport, SchemaPlan, SchemaStepStatus};
use crate::domain::spec;
use crate::ops::acls::AclApplyReport;
use crate::ops::apply::{ApplyReport, StepResult, TopicStepStatus};

#[derive(Serialize)]
pub struct PlanOutput<'a> {
    pub file: &'a Path,
    #[serde(flatten)]
    pub plan: &'a TopicPlan,
    /// Absent when no topic binds a schema.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub schemas: Option<&'a SchemaPlan>,
    /// Absent when the file has no `access:` block.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub acls: Option<&'a AclPlan>,
}

#[derive(Serialize)]
pub struct ApplyOutput<'a> {
    pub file: &'a Path,
    pub plan: &'a TopicPlan,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub schemas: Option<&'a SchemaPlan>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub acls: Option<&'a AclPlan>,
    /// `null` when nothing ran (no changes, refused, or not confirmed).
    pub report: Option<&'a ApplyReport>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub schema_report: Option<&'a SchemaApplyReport>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub acl_report: Option<&'a AclApplyReport>,
}

/// Column headers for [`schema_plan_rows`].
pub const SCHEMA_PLAN_HEADERS: [&str; 3] = ["SUBJECT", "ACTION", "DETAIL"];

/// Column headers for [`schema_report_rows`].
pub const SCHEMA_REPORT_HEADERS: [&str; 4] = ["SUBJECT", "ACTION", "STATUS", "DETAIL"];

/// One line: "schemas: 2 new subjects, 1 new version, ...".
pub fn schema_plan_summary(plan: &SchemaPlan) -> String {
    let c = plan.counts();
    format!(
        "schemas: {} new subject(s), {} new version(s), {} unchanged, \
         {} incompatible, {} compatibility change(s)",
        c.register, c.new_versions, c.unchanged, c.incompatible, c.level_changes
    )
}

/// Rows under [`SCHEMA_PLAN_HEADERS`]: one per schema action and one per level
/// change, in apply order (a level is set before its subject's schema).
/// Unchanged subjects only when `include_unchanged`.
pub fn schema_plan_rows(plan: &SchemaPlan, include_unchanged: bool) -> Vec<[String; 3]> {
    let mut rows = Vec::new();
    for s in &plan.subjects {
        if let Some(c) = &s.compatibility {
            let from = if c.from_global {
                format!("{} (global)", c.from)
            } else {
                c.from.clone()
            };
            rows.push([
                s.subject.clone(),
                "set compatibility".to_string(),
                format!("{from} -> {}", c.to),
            ]);
        }
        let source = || {
            let files: Vec<String> = s.files.iter().map(|f| f.display().to_string()).collect();
            match &s.record {
                Some(r) => format!("{r} from {}", files.join(", ")),
                None => files.join(", "),
            }
        };
        let (action, detail) = match &s.action {
            SchemaAction::Register => ("register", format!("version 1 from {}", source())),
            SchemaAction::NewVersion { latest_version } => (
                "new version",
                format!("after version {latest_version}, from {}", source()),
            ),
            SchemaAction::Unchanged { version, id } => {
                if !include_unchanged {
                    continue;
                }
                ("unchanged", format!("version {version} (id {id})"))
            }
            SchemaAction::Incompatible {
                latest_version,
                messages,
            } => (
                "INCOMPATIBLE",
                format!(
                    "with version {latest_version}: {}",
                    if messages.is_empty() {
                        "the registry gave no reason".to_string()
                    } else {
                        messages.join("; ")
                    }
                ),
            ),
        };
        rows.push([s.subject.clone(), action.to_string(), detail]);
    }
    rows
}

/// Rows under [`SCHEMA_REPORT_HEADERS`]: one per step.
pub fn schema_report_rows(report: &SchemaApplyReport) -> Vec<[String; 4]> {
    report
        .steps
        .iter()
        .map(|s| {
            [
                s.subject.clone(),
                s.action.clone(),
                match s.status {
                    SchemaStepStatus::Done => "done",
                    SchemaStepStatus::Failed => "FAILED",
                    SchemaStepStatus::Skipped => "skipped",
                }
                .to_string(),
                s.detail.clone(),
            ]
        })
        .collect()
}

/// A config value for people: milliseconds also as `30d`, `-1` as unlimited.
pub fn display_value(key: &str, value: &str) -> String {
    if (spec::is_millis_config(key) || key.ends_with(".bytes")) && value == "-1" {
        return format!("{value} (unlimited)");
    }
    if spec::is_millis_config(key) {
        if let Ok(ms) = value.parse::<u64>() {
            let human = duration::format_millis(ms);
            if human != format!("{ms}ms") {
                return format!("{value} ({human})");
            }
        }
    }
    value.to_string()
}

/// The whole plan as people read it: topics, then schemas.
pub fn full_text(file: &Path, p: &TopicPlan, schemas: Option<&SchemaPlan>) -> String {
    let Some(sp) = schemas else {
        return plan_text(file, p);
    };
    let mut s = if p.in_sync() && sp.has_changes() {
        // The topics match; "No changes" alone would hide the schema steps.
        format!(
            "Topics: no changes, the cluster matches {} ({} topic(s)).\n",
            file.display(),
            p.summary.unchanged
        )
    } else {
        plan_text(file, p)
    };
    if sp.has_changes() {
        s.push_str("\nSchemas:\n\n");
        s.push_str(&super::table(
            SCHEMA_PLAN_HEADERS,
            schema_plan_rows(sp, false).into_iter().map(Vec::from),
        ));
    }
    s.push_str(&format!("\n{}.\n", schema_plan_summary(sp)));
    s
}

pub fn schema_report_text(r: &SchemaApplyReport) -> String {
    if r.steps.is_empty() {
        return String::new();
    }
    let mut s = String::from("\nSchemas:\n");
    s.push_str(&super::table(
        SCHEMA_REPORT_HEADERS,
        schema_report_rows(r).into_iter().map(Vec::from),
    ));
    s
}

pub fn action(step: &Step) -> &'static str {
    match step {
        Step::CreateTopic { .. } => "create",
        Step::SetConfig { .. } => "set config",
        Step::DeleteConfig { .. } => "reset config",
        Step::AddPartitions { .. } => "add partitions",
        Step::DeleteTopic { .. } => "delete topic",
        Step::DeleteGroup { .. } => "delete group",
        Step::DeleteGroupOffset { .. } => "delete offset",
        Step::RefusePartitionDecrease { .. }
        | Step::RefuseReplicationChange { .. }
        | Step::RefuseCreate { .. }
        | Step::RefuseConfig { .. } => "REFUSED",
    }
}

pub fn change(step: &Step) -> String {
    let old = |key: &str, v: &Option<String>| match v {
        Some(v) => display_value(key, v),
        None => "(not set)".into(),
    };
    match step {
        Step::CreateTopic {
            partitions,
            replication_factor,
            configs,
            ..
        } => {
            let parts = match *partitions {
                n if n > 0 => format!("{n} partitions"),
                _ => "the broker's default partitions".to_string(),
            };
            let rf = match *replication_factor {
                n if n > 0 => format!("replication {n}"),
                _ => "the broker's default replication".to_string(),
            };
            let mut s = format!("{parts}, {rf}");
            for (k, v) in configs {
                s.push_str(&format!(", {k}={}", display_value(k, v)));
            }
            s
        }
        Step::SetConfig {
            key, old: o, new, ..
        } => {
            format!("{key}: {} → {}", old(key, o), display_value(key, new))
        }
        Step::DeleteConfig { key, old: o, .. } => {
            format!("{key}: {} → broker default", old(key, o))
        }
        Step::AddPartitions { from, to, .. } => format!("partitions {from} → {to}"),
        Step::DeleteTopic { partitions, .. } => format!("{partitions} partitions, all records"),
        Step::DeleteGroup {
            state,
            members,
            committed_partitions,
            ..
        } => {
            let mut s = format!("state {state}");
            match members {
                Some(0) => {}
                Some(n) => s.push_str(&format!(
                    ", {n} member(s) connected (Kafka refuses to delete a group in use)"
                )),
                None => s.push_str(", members unknown"),
            }
            match committed_partitions {
                Some(n) => s.push_str(&format!(", {n} committed partition(s)")),
                None => s.push_str(", committed offsets unknown"),
            }
            s
        }
        Step::DeleteGroupOffset {
            topic,
            partition,
            offset,
            ..
        } => format!("{topic}/{partition} (committed {offset})"),
        Step::RefusePartitionDecrease { from, to, .. } => format!("partitions {from} → {to}"),
        Step::RefuseReplicationChange { from, to, .. } => format!("replication {from} → {to}"),
        Step::RefuseCreate { .. } => "create".into(),
        Step::RefuseConfig { key, value, .. } => format!("{key}: {}", display_value(key, value)),
    }
}

pub fn refusal_reason(step: &Step) -> Option<&str> {
    match step {
        Step::RefusePartitionDecrease { reason, .. }
        | Step::RefuseReplicationChange { reason, .. }
        | Step::RefuseCreate { reason, .. }
        | Step::RefuseConfig { reason, .. } => Some(reason),
        _ => None,
    }
}

/// The plan of an imperative command (`topics create`, `groups delete`,
/// ...), `label` naming it: apply's plan, or a line saying there is nothing
/// to do.
pub fn edit_plan_text(label: &str, p: &TopicPlan) -> String {
    if p.in_sync() {
        return format!("No changes: {label} has nothing to do.\n");
    }
    plan_text(Path::new(label), p)
}

/// The plan as people read it: a table of steps and the notes that matter.
pub fn plan_text(file: &Path, p: &TopicPlan) -> String {
    let mut s = String::new();
    let overrides = p
        .overrides
        .as_ref()
        .map(|o| format!(" with override block {o:?}"))
        .unwrap_or_default();
    if p.in_sync() {
        s.push_str(&format!(
            "No changes: the cluster matches {}{overrides} ({} topic(s)).\n",
            file.display(),
            p.summary.unchanged
        ));
    } else {
        // Group plans are made without cluster metadata: no broker count.
        let brokers = match p.broker_count {
            0 => String::new(),
            n => format!(" ({n} broker(s))"),
        };
        s.push_str(&format!(
            "Plan for {}{overrides}{brokers}:\n\n",
            file.display()
        ));
        let subject = if p.is_group_plan() { "GROUP" } else { "TOPIC" };
        s.push_str(&super::table(
            ["ACTION", subject, "CHANGE", "NOTE"],
            p.steps.iter().map(|ps| {
                let note = if ps.refused {
                    "refused"
                } else if ps.destructive {
                    "destructive"
                } else {
                    ""
                };
                vec![
                    action(&ps.step).to_string(),
                    ps.step.subject().to_string(),
                    change(&ps.step),
                    note.to_string(),
                ]
            }),
        ));
        let reasons: Vec<String> = p
            .steps
            .iter()
            .filter_map(|ps| {
                refusal_reason(&ps.step).map(|r| format!("  {}: {r}\n", ps.step.subject()))
            })
            .collect();
        if !reasons.is_empty() {
            s.push_str("\nRefused:\n");
            s.push_str(&reasons.concat());
        }
        let n = &p.summary;
        if p.is_group_plan() {
            s.push_str(&format!(
                "\nPlan: {} group(s) to delete, {} committed offset(s) to delete ({} destructive).\n",
                n.delete_groups, n.delete_offsets, n.destructive
            ));
        } else {
            s.push_str(&format!(
            "\nPlan: {} to create, {} config change(s), {} partition increase(s), {} to delete \
             ({} destructive); {} refused; {} unchanged.\n",
            n.create,
            n.config_changes,
            n.add_partitions,
            n.delete,
            n.destructive,
            n.refused,
            n.unchanged
        ));
        }
    }
    if !p.unmanaged_topics.is_empty() {
        s.push_str(&format!(
            "Kept: {} topic(s) in the cluster are not in {} (--prune with a scope deletes them).\n",
            p.unmanaged_topics.len(),
            file.display()
        ));
    }
    if !p.unmanaged_configs.is_empty() {
        let list: Vec<String> = p
            .unmanaged_configs
            .iter()
            .map(|c| {
                format!(
                    "{} {}={}",
                    c.topic,
                    c.key,
                    c.value.as_deref().unwrap_or("?")
                )
            })
            .collect();
        s.push_str(&format!(
            "Kept: {} topic config(s) not in the file (--prune-configs resets them): {}\n",
            list.len(),
            list.join(", ")
        ));
    }
    if !p.protected_topics.is_empty() {
        s.push_str(&format!(
            "Protected: {} (internal topics are never pruned).\n",
            p.protected_topics.join(", ")
        ));
    }
    s
}

pub fn result_line(r: &StepResult) -> String {
    let status = match r.status {
        TopicStepStatus::Done => "done",
        TopicStepStatus::Failed => "FAILED",
        TopicStepStatus::NotRun => "not run",
        TopicStepStatus::Unknown => "UNKNOWN",
    };
    let mut line = format!(
        "{status:<8}{} {}: {}",
        action(&r.step),
        r.step.subject(),
        change(&r.step)
    );
    if let Some(e) = &r.error {
        line.push_str(&format!(" — {e}"));
    }
    line.push('\n');
    line
}

pub fn report_summary(r: &ApplyReport) -> String {
    let total = r.results.len();
    let mut s = format!("\nApplied {} of {total} step(s)", r.done);
    if r.failed > 0 {
        s.push_str(&format!(
            "; {} FAILED (see above). The rest was applied; fix the cause and run the command \
             again: it plans from the cluster's current state",
            r.failed
        ));
    }
    if r.unknown > 0 {
        s.push_str(&format!(
            "; {} UNKNOWN: their answers were lost and the cluster could not be asked \
             afterwards, so they may or may not have been applied (`kctl plan` shows what remains)",
            r.unknown
        ));
    }
    if r.interrupted {
        s.push_str(&format!("; interrupted, {} step(s) not run", r.not_run));
    }
    s.push_str(".\n");
    s
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::model::ConfigEntry;
    use crate::domain::plan::{self, ClusterState, PlanOptions, PruneScope, TopicState};

    fn sample_plan() -> TopicPlan {
        let text = "\
defaults:
  replication_factor: 1
app.new:
  partitions: 3
  retention: 30d
  cleanup_policy: delete
app.orders:
  partitions: 6
  retention: 1d
app.small:
  partitions: 1
";
        let s = spec::parse(text, Path::new("topics.yaml"))
            .unwrap()
            .resolve(None)
            .unwrap();
        let entry = |n: &str, v: &str| ConfigEntry {
            name: n.into(),
            value: Some(v.into()),
            source: "DynamicTopic".into(),
            is_default: false,
            is_sensitive: false,
        };
        let state = ClusterState {
            broker_count: 1,
            topics: [
                (
                    "app.orders".to_string(),
                    TopicState {
                        partitions: 3,
                        replication_factor: 1,
                        configs: vec![
                            entry("retention.ms", "604800000"),
                            entry("segment.ms", "3600000"),
                        ],
                    },
                ),
                (
                    "app.small".to_string(),
                    TopicState {
                        partitions: 2,
                        replication_factor: 1,
                        configs: vec![],
                    },
                ),
                (
                    "app.gone".to_string(),
                    TopicState {
                        partitions: 2,
                        replication_factor: 1,
                        configs: vec![],
                    },
                ),
            ]
            .into(),
        };
        plan::compute(
            &s,
            &state,
            &PlanOptions {
                prune: Some(PruneScope::Prefix("app.".into())),
                prune_configs: false,
                prune_config_keys: None,
            },
        )
    }

    #[test]
    fn plan_table_matches_the_checked_in_text() {
        let expected = "\
Plan for topics.yaml (1 broker(s)):

ACTION          TOPIC       CHANGE                                                                             NOTE
create          app.new     3 partitions, replication 1, cleanup.policy=delete, retention.ms=2592000000 (30d)
set config      app.orders  retention.ms: 604800000 (1w) → 86400000 (1d)                                       destructive
add partitions  app.orders  partitions 3 → 6
REFUSED         app.small   partitions 2 → 1                                                                   refused
delete topic    app.gone    2 partitions, all records                                                          destructive

Refused:
  app.small: Kafka cannot remove partitions from a topic; to shrink it, create a new topic and migrate, or set the file to the current count

Plan: 1 to create, 1 config change(s), 1 partition increase(s), 1 to delete (2 destructive); 1 refused; 0 unchanged.
Kept: 1 topic config(s) not in the file (--prune-configs resets them): app.orders segment.ms=3600000
";
        assert_eq!(
            plan_text(Path::new("topics.yaml"), &sample_plan()),
            expected
        );
    }

    #[test]
    fn result_lines_name_status_step_and_reason() {
        let r = StepResult {
            step: Step::AddPartitions {
                topic: "t".into(),
                from: 1,
                to: 4,
            },
            status: TopicStepStatus::Failed,
            error: Some("Broker: Invalid request".into()),
        };
        assert_eq!(
            result_line(&r),
            "FAILED  add partitions t: partitions 1 → 4 — Broker: Invalid request\n"
        );
    }

    #[test]
    fn group_plans_render_with_a_group_column_and_their_own_counts() {
        let plan = TopicPlan::from_steps(
            vec![
                Step::DeleteGroup {
                    group: "billing".into(),
                    state: "Empty".into(),
                    members: Some(0),
                    committed_partitions: Some(3),
                },
                Step::DeleteGroup {
                    group: "audit".into(),
                    state: "Stable".into(),
                    members: Some(2),
                    committed_partitions: None,
                },
            ],
            0,
        );
        let expected = "\
Plan for kctl groups delete:

ACTION        GROUP    CHANGE                                                                                                   NOTE
delete group  billing  state Empty, 3 committed partition(s)                                                                    destructive
delete group  audit    state Stable, 2 member(s) connected (Kafka refuses to delete a group in use), committed offsets unknown  destructive

Plan: 2 group(s) to delete, 0 committed offset(s) to delete (2 destructive).
";
        assert_eq!(edit_plan_text("kctl groups delete", &plan), expected);
        let offset = StepResult {
            step: Step::DeleteGroupOffset {
                group: "billing".into(),
                topic: "orders".into(),
                partition: 2,
                offset: 17,
            },
            status: TopicStepStatus::Failed,
            error: Some("Broker: GROUP_SUBSCRIBED_TO_TOPIC".into()),
        };
        assert_eq!(
            result_line(&offset),
            "FAILED  delete offset billing: orders/2 (committed 17) — Broker: GROUP_SUBSCRIBED_TO_TOPIC\n"
        );
        assert_eq!(
            edit_plan_text(
                "kctl groups delete-offsets",
                &TopicPlan::from_steps(vec![], 0)
            ),
            "No changes: kctl groups delete-offsets has nothing to do.\n"
        );
    }

    #[test]
    fn display_values_add_human_durations() {
        assert_eq!(
            display_value("retention.ms", "2592000000"),
            "2592000000 (30d)"
        );
        assert_eq!(display_value("retention.ms", "-1"), "-1 (unlimited)");
        assert_eq!(display_value("retention.ms", "1500"), "1500");
        assert_eq!(display_value("cleanup.policy", "delete"), "delete");
    }
}
