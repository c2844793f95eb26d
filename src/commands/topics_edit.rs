//! `kctl topics create | delete | alter-config`: imperative changes that go
//! through `apply`'s own planning and execution. Each builds the desired
//! state as a topics-file [`Spec`] (or a prune scope naming exactly the
//! topics to delete), lets `domain::plan::compute` diff it against the
//! cluster, then shows, confirms, executes and reports exactly as `apply`
//! does.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use anyhow::{anyhow, bail, Result};

use super::Ctx;
use crate::cli::{
    EditArgs, OutputFormat, TopicsAlterConfigArgs, TopicsCreateArgs, TopicsDeleteArgs,
};
use crate::domain::model::is_internal_topic;
use crate::domain::plan::{self, ClusterState, PlanOptions, PruneScope, TopicPlan};
use crate::domain::spec::{self, Spec, SubjectStrategy, TopicSpec};
use crate::domain::suggest;
use crate::exit::{CodedError, Outcome};
use crate::kafka::Admin;
use crate::ops::apply::{self as executor};
use crate::ops::interrupt;
use crate::ops::ports::TopicAdmin;
use crate::output::{self, apply as view};

fn usage(e: String) -> anyhow::Error {
    CodedError::usage(e)
}

fn topic(name: &str, partitions: i32, replication_factor: i16) -> TopicSpec {
    TopicSpec {
        name: name.to_string(),
        partitions,
        replication_factor,
        configs: BTreeMap::new(),
        value_schema: Vec::new(),
        key_schema: Vec::new(),
        subject_strategy: SubjectStrategy::default(),
        compatibility: None,
    }
}

fn spec_of(label: &str, topics: Vec<TopicSpec>) -> Spec {
    Spec {
        file: PathBuf::from(label),
        overrides: None,
        topics,
    }
}

/// Every named topic exists (one error naming the missing ones otherwise).
fn require_existing(state: &ClusterState, names: &[String]) -> Result<()> {
    let live = || state.topics.keys().map(String::as_str);
    for n in names {
        if !state.topics.contains_key(n) {
            bail!(
                "topic {n:?} does not exist{}",
                suggest::did_you_mean(n, live())
            );
        }
    }
    Ok(())
}

fn refuse_internal(names: &[String]) -> Result<()> {
    match names.iter().find(|n| is_internal_topic(n)) {
        Some(n) => Err(usage(format!(
            "{n:?} is an internal topic (Kafka's or the registry's): kctl never changes it"
        ))),
        None => Ok(()),
    }
}

pub async fn create(ctx: &Ctx, args: TopicsCreateArgs) -> Result<Outcome> {
    refuse_internal(&args.topics)?;
    let mut configs = BTreeMap::new();
    for c in &args.configs {
        let (k, v) = spec::config_from_flag(c).map_err(|e| usage(format!("--set {e}")))?;
        configs.insert(k, v);
    }
    let mut topics = Vec::new();
    for name in &args.topics {
        spec::validate_topic_name(name).map_err(usage)?;
        let mut t = topic(
            name,
            args.partitions.unwrap_or(-1),
            args.replication_factor.unwrap_or(-1),
        );
        t.configs = configs.clone();
        topics.push(t);
    }
    let admin = ctx.admin()?;
    let state = admin.cluster_state(&[]).await?;
    if let Some(n) = args.topics.iter().find(|n| state.topics.contains_key(*n)) {
        bail!("topic {n:?} already exists; nothing was changed");
    }
    let plan = plan::compute(
        &spec_of("kctl topics create", topics),
        &state,
        &PlanOptions::default(),
    );
    run_plan(&admin, plan, "kctl topics create", &args.edit).await
}

pub async fn delete(ctx: &Ctx, args: TopicsDeleteArgs) -> Result<Outcome> {
    refuse_internal(&args.topics)?;
    let admin = ctx.admin()?;
    let state = admin.cluster_state(&[]).await?;
    require_existing(&state, &args.topics)?;
    // A prune scope matching exactly these names, over an empty file: the
    // plan deletes them and nothing else.
    let names: Vec<String> = args.topics.iter().map(|n| regex::escape(n)).collect();
    let scope = PruneScope::regex(&names.join("|")).map_err(|e| anyhow!(e))?;
    let options = PlanOptions {
        prune: Some(scope),
        ..PlanOptions::default()
    };
    let plan = plan::compute(&spec_of("kctl topics delete", Vec::new()), &state, &options);
    run_plan(&admin, plan, "kctl topics delete", &args.edit).await
}

pub async fn alter_config(ctx: &Ctx, args: TopicsAlterConfigArgs) -> Result<Outcome> {
    if args.set.is_empty() && args.delete.is_empty() {
        return Err(usage(
            "nothing to change: give --set KEY=VALUE or --delete KEY".into(),
        ));
    }
    refuse_internal(&args.topics)?;
    let mut set = BTreeMap::new();
    for c in &args.set {
        let (k, v) = spec::config_from_flag(c).map_err(|e| usage(format!("--set {e}")))?;
        set.insert(k, v);
    }
    let mut reset = BTreeSet::new();
    for k in &args.delete {
        spec::check_config_key(k).map_err(|e| usage(format!("--delete {e}")))?;
        if set.contains_key(k) {
            return Err(usage(format!("{k} is both set and deleted")));
        }
        reset.insert(k.clone());
    }
    let admin = ctx.admin()?;
    let names: Vec<&str> = args.topics.iter().map(String::as_str).collect();
    let state = admin.cluster_state(&names).await?;
    require_existing(&state, &args.topics)?;
    // Each topic as it is, plus the changes: only what was named differs.
    let topics = args
        .topics
        .iter()
        .map(|name| {
            let have = &state.topics[name];
            let mut t = topic(name, have.partitions, have.replication_factor as i16);
            for e in have.configs.iter().filter(|e| plan::is_topic_override(e)) {
                if let Some(v) = &e.value {
                    t.configs
                        .insert(e.name.clone(), spec::canonical_value(&e.name, v));
                }
            }
            for k in &reset {
                t.configs.remove(k);
            }
            t.configs.extend(set.clone());
            t
        })
        .collect();
    let options = PlanOptions {
        prune_configs: true,
        prune_config_keys: Some(reset),
        ..PlanOptions::default()
    };
    let label = "kctl topics alter-config";
    let plan = plan::compute(&spec_of(label, topics), &state, &options);
    run_plan(&admin, plan, label, &args.edit).await
}

/// Shows the plan, then (unless `--dry-run`) confirms, executes and reports
/// it with apply's executor and rendering. Exit codes as `plan`/`apply`.
/// Every imperative command ends here, `groups delete` and
/// `groups delete-offsets` included.
pub(crate) async fn run_plan(
    admin: &Admin,
    plan: TopicPlan,
    label: &str,
    edit: &EditArgs,
) -> Result<Outcome> {
    let file = Path::new(label);
    let table = edit.output.format == OutputFormat::Table;
    let emit = |report| -> Result<()> {
        if !table {
            output::render(
                edit.output.format,
                &view::ApplyOutput {
                    file,
                    plan: &plan,
                    schemas: None,
                    acls: None,
                    report,
                    schema_report: None,
                    acl_report: None,
                },
                String::new,
            )?;
        }
        Ok(())
    };
    if table {
        output::stdout_text(&view::edit_plan_text(label, &plan))?;
    }
    if let Some(why) = executor::refusal(plan.summary.refused, 0) {
        emit(None)?;
        bail!(why);
    }
    if plan.in_sync() {
        emit(None)?;
        return Ok(Outcome::Ok);
    }
    if edit.dry_run {
        emit(None)?;
        return Ok(Outcome::Pending);
    }
    let steps = plan.executable().count();
    if let Err(e) = confirm_one_off(steps, plan.summary.destructive, edit.yes) {
        emit(None)?;
        return Err(e);
    }
    interrupt::handle_myself();
    let report = executor::execute(admin, &plan, |r| {
        if table {
            let _ = output::stdout_text(&view::result_line(r));
        }
    })
    .await;
    emit(Some(&report))?;
    if table {
        output::stdout_text(&view::report_summary(&report))?;
    }
    if report.interrupted || interrupt::requested() {
        return Ok(Outcome::Interrupted);
    }
    executor::outcome(&report, None, 0)
}

/// Apply's confirmation rule, stricter without a terminal: a one-off change
/// run from a script must say `--yes`, destructive or not (exit 2, nothing
/// changed, as apply refuses an unconfirmed destructive step).
fn confirm_one_off(steps: usize, destructive: usize, yes: bool) -> Result<()> {
    if !yes && !output::interactive() {
        let of_them = match destructive {
            0 => String::new(),
            d => format!(", {d} of them destructive"),
        };
        return Err(usage(format!(
            "refusing {steps} step(s){of_them} without --yes (no terminal to confirm on); \
             nothing was changed"
        )));
    }
    super::confirm(steps, destructive, yes)
}
