//! `kctl plan` and `kctl apply`: topics as code.
//!
//! Both read topics.yaml, pick the override block (`--overrides NAME`, else the
//! block named like the active kctl context, else none), observe the cluster
//! in batched requests and compute the plan. `plan` prints it and exits 3 when
//! changes are pending (1 when the file asks for something refused). `apply`
//! prints it, asks on a terminal (`--yes` skips the question; without a
//! terminal, destructive steps need `--yes`), executes it and reports each step.

use std::path::Path;

use anyhow::{anyhow, bail, Context as _, Result};
use serde::Serialize;

use super::Ctx;
use crate::cli::{ApplyArgs, OutputFormat, PlanArgs};
use crate::domain::plan::{self, PlanOptions, PruneScope, Step, TopicPlan};
use crate::domain::schema_plan::{self, SchemaApplyReport, SchemaBinding, SchemaPlan};
use crate::domain::spec;
use crate::exit::{CodedError, Outcome};
use crate::kafka::Admin;
use crate::ops;
use crate::ops::apply::{self as executor, ApplyReport, StepResult, TopicStepStatus};
use crate::ops::interrupt;
use crate::ops::ports::TopicAdmin;
use crate::output;
use crate::registry::Registry;

pub async fn plan(ctx: &Ctx, args: PlanArgs) -> Result<Outcome> {
    let prepared = prepare(ctx, &args).await?;
    let (p, schemas) = (&prepared.plan, prepared.schemas.as_ref());
    let file = args.file.as_path();
    output::render(
        args.output.format,
        &PlanOutput {
            file,
            plan: p,
            schemas,
        },
        || full_text(file, p, schemas),
    )?;
    if p.has_refusals() {
        bail!(
            "the plan has {} refused step(s): topics.yaml asks for what Kafka or kctl cannot do (see above)",
            p.summary.refused
        );
    }
    Ok(if in_sync(p, schemas) {
        Outcome::Ok
    } else {
        Outcome::Pending
    })
}

/// Topics and schemas both match the file.
fn in_sync(p: &TopicPlan, schemas: Option<&SchemaPlan>) -> bool {
    p.in_sync() && !schemas.is_some_and(SchemaPlan::has_changes)
}

pub async fn apply(ctx: &Ctx, args: ApplyArgs) -> Result<Outcome> {
    let format = args.plan.output.format;
    let file = args.plan.file.as_path();
    let prepared = prepare(ctx, &args.plan).await?;
    let (p, schemas) = (&prepared.plan, prepared.schemas.as_ref());
    let table = format == OutputFormat::Table;
    if table {
        output::stdout_text(&full_text(file, p, schemas))?;
    }
    let emit =
        |report: Option<&ApplyReport>, schema_report: Option<&SchemaApplyReport>| -> Result<()> {
            if !table {
                output::render(
                    format,
                    &ApplyOutput {
                        file,
                        plan: p,
                        schemas,
                        report,
                        schema_report,
                    },
                    String::new,
                )?;
            }
            Ok(())
        };
    if in_sync(p, schemas) {
        emit(None, None)?;
        return Ok(Outcome::Ok);
    }
    if p.has_refusals() {
        emit(None, None)?;
        bail!(
            "the plan has {} refused step(s) (see above); nothing was changed",
            p.summary.refused
        );
    }
    // Compatibility is checked before anything changes: an incompatible
    // schema stops the whole apply, topics included, unless told otherwise.
    let incompatible = schemas.map_or(0, |sp| sp.counts().incompatible);
    if incompatible > 0 && !args.continue_on_error {
        emit(None, None)?;
        bail!(
            "{incompatible} schema(s) are incompatible with the registry (see above); nothing was \
             changed (--continue-on-error applies everything else)"
        );
    }
    let schema_steps = schemas.map_or(0, |sp| {
        let c = sp.counts();
        c.register + c.new_versions + c.level_changes
    });
    let steps = p.executable().count() + schema_steps;
    let destructive = p.summary.destructive;
    if !args.yes {
        if output::interactive() {
            let question = if destructive > 0 {
                format!("Apply {steps} step(s), {destructive} of them destructive?")
            } else {
                format!("Apply {steps} step(s)?")
            };
            if !output::confirm(&question)? {
                emit(None, None)?;
                bail!("cancelled; nothing was changed");
            }
        } else if destructive > 0 {
            emit(None, None)?;
            return Err(CodedError::usage(format!(
                "refusing {destructive} destructive step(s) without --yes (no terminal to confirm on); \
                 nothing was changed"
            )));
        }
    }

    interrupt::handle_myself();
    let report = executor::execute(&prepared.admin, p, |r| {
        if table {
            // A closed stdout must not stop the steps; the exit code still tells.
            let _ = output::stdout_text(&result_line(r));
        }
    })
    .await;
    // Schemas go after topics, so a producer never finds a subject for a
    // topic that failed to exist; nothing more starts after Ctrl-C.
    let schema_report = match (schemas, &prepared.registry) {
        (Some(sp), Some(registry)) if sp.has_changes() && !report.interrupted => {
            Some(ops::schemas::apply_schemas(sp, registry).await)
        }
        _ => None,
    };
    emit(Some(&report), schema_report.as_ref())?;
    if table {
        if let Some(sr) = &schema_report {
            output::stdout_text(&schema_report_text(sr))?;
        }
        output::stdout_text(&report_summary(&report))?;
    }
    if report.interrupted || interrupt::requested() {
        return Ok(Outcome::Interrupted);
    }
    let schema_failed = schema_report.as_ref().map_or(0, |r| {
        r.count(schema_plan::SchemaStepStatus::Failed)
            + r.count(schema_plan::SchemaStepStatus::Skipped)
    });
    let schema_done = schema_report
        .as_ref()
        .map_or(0, |r| r.count(schema_plan::SchemaStepStatus::Done));
    let failed = report.failed + schema_failed + incompatible;
    let done = report.done + schema_done;
    // "Nothing was changed" only when that is known: a step whose answer was
    // lost may have been applied.
    match (done, failed, report.unknown) {
        (_, 0, 0) => Ok(Outcome::Ok),
        (0, n, 0) => Err(anyhow!(
            "all {n} step(s) failed or were skipped; nothing was changed"
        )),
        _ => Ok(Outcome::Partial),
    }
}

/// Reads and resolves the file, observes the cluster, computes the plan.
struct Prepared {
    admin: Admin,
    plan: TopicPlan,
    /// `None` when no topic binds a schema (the registry is not contacted).
    schemas: Option<SchemaPlan>,
    registry: Option<Registry>,
}

async fn prepare(ctx: &Ctx, args: &PlanArgs) -> Result<Prepared> {
    let options = PlanOptions {
        prune: prune_scope(args)?,
        prune_configs: args.prune_configs,
    };
    let text = std::fs::read_to_string(&args.file)
        .with_context(|| format!("cannot read {}", args.file.display()))?;
    let file = spec::parse(&text, &args.file)?;
    let settings = ctx.settings()?;
    let overrides = if args.no_overrides {
        None
    } else if let Some(name) = &args.overrides {
        if !file.has_override(name) {
            let known = file.override_names();
            return Err(CodedError::usage(format!(
                "--overrides {name}: {} has no such override block (it has: {})",
                args.file.display(),
                if known.is_empty() {
                    "none".to_string()
                } else {
                    known.join(", ")
                }
            )));
        }
        Some(name.clone())
    } else {
        match &settings.context {
            Some(c) if file.has_override(c) => {
                output::status(&format!(
                    "using override block {c:?} (named like the active context)"
                ));
                Some(c.clone())
            }
            _ => None,
        }
    };
    let spec = file.resolve(overrides.as_deref())?;
    let bindings = schema_bindings(&spec);
    // Schema files are read and the registry asked before the cluster is
    // touched, so a broken schema file fails fast.
    let (schemas, registry) = if bindings.is_empty() {
        (None, None)
    } else {
        let registry = Registry::new(&settings.registry, settings.timeout)?;
        let sp = ops::schemas::plan_schemas(&bindings, Path::new(""), &registry).await?;
        (Some(sp), Some(registry))
    };
    let admin = Admin::connect(&settings)?;
    let names: Vec<&str> = spec.topics.iter().map(|t| t.name.as_str()).collect();
    let state = admin.cluster_state(&names).await?;
    let plan = plan::compute(&spec, &state, &options);
    Ok(Prepared {
        admin,
        plan,
        schemas,
        registry,
    })
}

/// The key and value schema bindings of every topic, in file order.
fn schema_bindings(spec: &spec::Spec) -> Vec<SchemaBinding> {
    let mut out = Vec::new();
    for t in &spec.topics {
        for (is_key, files) in [(true, &t.key_schema), (false, &t.value_schema)] {
            if !files.is_empty() {
                out.push(SchemaBinding {
                    topic: t.name.clone(),
                    is_key,
                    files: files.clone(),
                    strategy: t.subject_strategy,
                    compatibility: t.compatibility.clone(),
                });
            }
        }
    }
    out
}

fn prune_scope(args: &PlanArgs) -> Result<Option<PruneScope>> {
    if !args.prune {
        return Ok(None);
    }
    match (&args.prune_prefix, &args.prune_regex) {
        (Some(p), _) if p.is_empty() => Err(CodedError::usage(
            "--prune-prefix must not be empty: use --prune-regex '.*' to mean every topic",
        )),
        (Some(p), _) => Ok(Some(PruneScope::Prefix(p.clone()))),
        (None, Some(r)) => PruneScope::regex(r)
            .map(Some)
            .map_err(|e| CodedError::usage(format!("--prune-regex {r:?}: invalid regex: {e}"))),
        // clap requires a scope with --prune; kept as a guard.
        (None, None) => Err(CodedError::usage(
            "--prune needs a scope: --prune-prefix PREFIX or --prune-regex REGEX",
        )),
    }
}

#[derive(Serialize)]
struct PlanOutput<'a> {
    file: &'a Path,
    #[serde(flatten)]
    plan: &'a TopicPlan,
    /// Absent when no topic binds a schema.
    #[serde(skip_serializing_if = "Option::is_none")]
    schemas: Option<&'a SchemaPlan>,
}

#[derive(Serialize)]
struct ApplyOutput<'a> {
    file: &'a Path,
    plan: &'a TopicPlan,
    #[serde(skip_serializing_if = "Option::is_none")]
    schemas: Option<&'a SchemaPlan>,
    /// `null` when nothing ran (no changes, refused, or not confirmed).
    report: Option<&'a ApplyReport>,
    #[serde(skip_serializing_if = "Option::is_none")]
    schema_report: Option<&'a SchemaApplyReport>,
}

/// The whole plan as people read it: topics, then schemas.
fn full_text(file: &Path, p: &TopicPlan, schemas: Option<&SchemaPlan>) -> String {
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
        s.push_str(&output::table(
            schema_plan::PLAN_HEADERS,
            sp.table_rows(false).into_iter().map(Vec::from),
        ));
    }
    s.push_str(&format!("\n{}.\n", sp.summary()));
    s
}

fn schema_report_text(r: &SchemaApplyReport) -> String {
    if r.steps.is_empty() {
        return String::new();
    }
    let mut s = String::from("\nSchemas:\n");
    s.push_str(&output::table(
        schema_plan::REPORT_HEADERS,
        r.table_rows().into_iter().map(Vec::from),
    ));
    s
}

fn action(step: &Step) -> &'static str {
    match step {
        Step::CreateTopic { .. } => "create",
        Step::SetConfig { .. } => "set config",
        Step::DeleteConfig { .. } => "reset config",
        Step::AddPartitions { .. } => "add partitions",
        Step::DeleteTopic { .. } => "delete topic",
        Step::RefusePartitionDecrease { .. }
        | Step::RefuseReplicationChange { .. }
        | Step::RefuseCreate { .. } => "REFUSED",
    }
}

fn change(step: &Step) -> String {
    let old = |key: &str, v: &Option<String>| match v {
        Some(v) => plan::display_value(key, v),
        None => "(not set)".into(),
    };
    match step {
        Step::CreateTopic {
            partitions,
            replication_factor,
            configs,
            ..
        } => {
            let mut s = format!("{partitions} partitions, replication {replication_factor}");
            for (k, v) in configs {
                s.push_str(&format!(", {k}={}", plan::display_value(k, v)));
            }
            s
        }
        Step::SetConfig {
            key, old: o, new, ..
        } => {
            format!("{key}: {} → {}", old(key, o), plan::display_value(key, new))
        }
        Step::DeleteConfig { key, old: o, .. } => {
            format!("{key}: {} → broker default", old(key, o))
        }
        Step::AddPartitions { from, to, .. } => format!("partitions {from} → {to}"),
        Step::DeleteTopic { partitions, .. } => format!("{partitions} partitions, all records"),
        Step::RefusePartitionDecrease { from, to, .. } => format!("partitions {from} → {to}"),
        Step::RefuseReplicationChange { from, to, .. } => format!("replication {from} → {to}"),
        Step::RefuseCreate { .. } => "create".into(),
    }
}

fn refusal_reason(step: &Step) -> Option<&str> {
    match step {
        Step::RefusePartitionDecrease { reason, .. }
        | Step::RefuseReplicationChange { reason, .. }
        | Step::RefuseCreate { reason, .. } => Some(reason),
        _ => None,
    }
}

/// The plan as people read it: a table of steps and the notes that matter.
fn plan_text(file: &Path, p: &TopicPlan) -> String {
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
        s.push_str(&format!(
            "Plan for {}{overrides} ({} broker(s)):\n\n",
            file.display(),
            p.broker_count
        ));
        s.push_str(&output::table(
            ["ACTION", "TOPIC", "CHANGE", "NOTE"],
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
                    ps.step.topic().to_string(),
                    change(&ps.step),
                    note.to_string(),
                ]
            }),
        ));
        let reasons: Vec<String> = p
            .steps
            .iter()
            .filter_map(|ps| {
                refusal_reason(&ps.step).map(|r| format!("  {}: {r}\n", ps.step.topic()))
            })
            .collect();
        if !reasons.is_empty() {
            s.push_str("\nRefused:\n");
            s.push_str(&reasons.concat());
        }
        let n = &p.summary;
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

fn result_line(r: &StepResult) -> String {
    let status = match r.status {
        TopicStepStatus::Done => "done",
        TopicStepStatus::Failed => "FAILED",
        TopicStepStatus::NotRun => "not run",
        TopicStepStatus::Unknown => "UNKNOWN",
    };
    let mut line = format!(
        "{status:<8}{} {}: {}",
        action(&r.step),
        r.step.topic(),
        change(&r.step)
    );
    if let Some(e) = &r.error {
        line.push_str(&format!(" — {e}"));
    }
    line.push('\n');
    line
}

fn report_summary(r: &ApplyReport) -> String {
    let total = r.results.len();
    let mut s = format!("\nApplied {} of {total} step(s)", r.done);
    if r.failed > 0 {
        s.push_str(&format!(
            "; {} FAILED (see above). The rest was applied; fix the cause and run apply again: \
             it plans from the cluster's current state",
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
    use crate::domain::plan::{ClusterState, TopicState};

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
}
