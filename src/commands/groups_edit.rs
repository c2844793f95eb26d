//! `kctl groups delete` and `kctl groups delete-offsets`: plan, confirm by
//! apply's rule, execute in one request, report each step.

use anyhow::{bail, Result};
use serde::Serialize;

use super::Ctx;
use crate::cli::{EditArgs, GroupsDeleteArgs, GroupsDeleteOffsetsArgs, OutputFormat};
use crate::domain::groups::parse_topic_selection;
use crate::exit::{CodedError, Outcome};
use crate::kafka::groups::GroupsClient;
use crate::ops::groups_edit::{self as edit, GroupPlan, GroupReport};
use crate::output::{self, groups as view};

pub async fn delete(ctx: &Ctx, args: GroupsDeleteArgs) -> Result<Outcome> {
    let client = GroupsClient::new(ctx.admin()?);
    let plan = edit::plan_delete_groups(&client, &args.groups).await?;
    run(&client, plan, "kctl groups delete", &args.edit).await
}

pub async fn delete_offsets(ctx: &Ctx, args: GroupsDeleteOffsetsArgs) -> Result<Outcome> {
    let topics = args
        .topics
        .iter()
        .map(|t| parse_topic_selection(t))
        .collect::<Result<Vec<_>, _>>()
        .map_err(CodedError::usage)?;
    let client = GroupsClient::new(ctx.admin()?);
    let plan = edit::plan_delete_offsets(&client, &args.group, &topics).await?;
    run(&client, plan, "kctl groups delete-offsets", &args.edit).await
}

#[derive(Serialize)]
struct Output<'a> {
    plan: &'a GroupPlan,
    /// `null` when nothing ran.
    report: Option<&'a GroupReport>,
}

async fn run(client: &GroupsClient, plan: GroupPlan, label: &str, e: &EditArgs) -> Result<Outcome> {
    let table = e.output.format == OutputFormat::Table;
    let emit = |report| -> Result<()> {
        if !table {
            let doc = Output {
                plan: &plan,
                report,
            };
            output::render(e.output.format, &doc, String::new)?;
        }
        Ok(())
    };
    if table {
        output::stdout_text(&view::edit_plan_text(label, &plan))?;
    }
    if plan.refused() > 0 {
        emit(None)?;
        bail!(
            "the plan has {} refused step(s) (see above); nothing was changed",
            plan.refused()
        );
    }
    if e.dry_run {
        emit(None)?;
        return Ok(Outcome::Pending);
    }
    let steps = plan.steps.len();
    if let Err(err) = super::confirm(steps, steps, e.yes) {
        emit(None)?;
        return Err(err);
    }
    let report = edit::execute(client, &plan).await?;
    emit(Some(&report))?;
    if table {
        output::stdout_text(&view::edit_report_text(&report))?;
    }
    Ok(match (report.done, report.failed) {
        (_, 0) => Outcome::Ok,
        (0, _) => bail!("every step failed (see above); nothing was changed"),
        _ => Outcome::Partial,
    })
}
