//! `kctl groups list`, `kctl groups describe` and `kctl groups reset-offsets`.

use anyhow::{anyhow, Result};

use super::Ctx;
use crate::cli::{GroupsCommand, GroupsDescribeArgs, GroupsListArgs, ResetOffsetsArgs};
use crate::domain::groups::{parse_topic_selection, Membership};
use crate::exit::{CodedError, Outcome};
use crate::kafka::groups::GroupsClient;
use crate::ops::groups::{self, ResetRequest};
use crate::output::{self, groups as view};

pub async fn run(ctx: &Ctx, cmd: GroupsCommand) -> Result<Outcome> {
    match cmd {
        GroupsCommand::List(args) => list(ctx, args).await,
        GroupsCommand::Describe(args) => describe(ctx, args).await,
        GroupsCommand::ResetOffsets(args) => reset(ctx, args).await,
        GroupsCommand::Delete(args) => super::groups_edit::delete(ctx, args).await,
        GroupsCommand::DeleteOffsets(args) => super::groups_edit::delete_offsets(ctx, args).await,
    }
}

async fn list(ctx: &Ctx, args: GroupsListArgs) -> Result<Outcome> {
    let client = GroupsClient::new(ctx.admin()?);
    let (rows, warnings, complete) = groups::list_groups(&client, args.skip_members).await?;
    for w in &warnings {
        output::warn(w);
    }
    output::render(args.output.format, &rows, || view::list_text(&rows))?;
    // Groups on a broker that did not answer are missing from the list.
    Ok(if complete {
        Outcome::Ok
    } else {
        Outcome::Partial
    })
}

async fn describe(ctx: &Ctx, args: GroupsDescribeArgs) -> Result<Outcome> {
    let client = GroupsClient::new(ctx.admin()?);
    let d = groups::describe_group(&client, &args.group).await?;
    output::render(args.output.format, &d, || view::describe_text(&d))?;
    Ok(Outcome::Ok)
}

async fn reset(ctx: &Ctx, args: ResetOffsetsArgs) -> Result<Outcome> {
    let to = args.to.clone();
    let topics = args
        .topics
        .iter()
        .map(|t| parse_topic_selection(t))
        .collect::<Result<Vec<_>, _>>()
        .map_err(CodedError::usage)?;
    let client = GroupsClient::new(ctx.admin()?);
    let request = ResetRequest {
        group: args.group.clone(),
        topics,
        to,
        now_ms: chrono::Utc::now().timestamp_millis(),
        skip_members: args.skip_members,
    };
    let plan = groups::plan_reset(&client, &request).await?;
    let format = args.output.format;

    if !args.execute {
        view::render_reset(format, &plan, plan.rows.clone(), false)?;
        output::status(&format!(
            "Dry run: nothing was written. Group {:?}: {}.",
            plan.group, plan.membership
        ));
        match &plan.membership {
            Membership::Active { .. } => output::warn("--execute will be refused while the group has active members"),
            Membership::Unknown(_) if !args.force_unknown_members => output::warn(
                "--execute will need --force-unknown-members, since kctl cannot tell whether the group has active members",
            ),
            _ => output::status("Re-run with --execute to commit these offsets."),
        }
        return Ok(Outcome::Ok);
    }

    if let Membership::Unknown(reason) = &plan.membership {
        if args.force_unknown_members {
            output::warn(&format!(
                "proceeding without knowing whether group {:?} has active members ({reason}), as --force-unknown-members asks",
                plan.group
            ));
        }
    }
    if plan.membership == Membership::Missing {
        output::status(&format!(
            "Group {:?} does not exist yet: committing these offsets creates it.",
            plan.group
        ));
    }
    let results = groups::execute_reset(&client, &plan, args.force_unknown_members).await?;
    let ok = results.iter().filter(|(_, r)| r.is_ok()).count();
    view::render_reset(format, &plan, view::executed_rows(&plan, &results), true)?;
    let total = plan.rows.len();
    if ok == total {
        output::status(&format!(
            "Committed {ok} offset(s) for group {:?}.",
            plan.group
        ));
        Ok(Outcome::Ok)
    } else if ok == 0 {
        Err(anyhow!(
            "no offsets were committed for group {:?} (see the table for each partition's error)",
            plan.group
        ))
    } else {
        output::warn(&format!(
            "committed {ok} of {total} offsets for group {:?}; {} failed (see the table)",
            plan.group,
            total - ok
        ));
        Ok(Outcome::Partial)
    }
}
