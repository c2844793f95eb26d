//! `kctl groups delete` and `kctl groups delete-offsets`: the groups are read
//! in batched calls and planned as apply's steps, then shown, confirmed,
//! executed and reported by the same code as `kctl topics delete`
//! ([`super::topics_edit::run_plan`]).

use anyhow::Result;

use super::Ctx;
use crate::cli::{GroupsDeleteArgs, GroupsDeleteOffsetsArgs};
use crate::domain::groups::parse_topic_selection;
use crate::exit::{CodedError, Outcome};
use crate::kafka::groups::GroupsClient;
use crate::ops::groups_edit;

pub async fn delete(ctx: &Ctx, args: GroupsDeleteArgs) -> Result<Outcome> {
    let client = GroupsClient::new(ctx.admin()?);
    let plan = groups_edit::plan_delete_groups(&client, &args.groups).await?;
    super::topics_edit::run_plan(client.admin(), plan, "kctl groups delete", &args.edit).await
}

pub async fn delete_offsets(ctx: &Ctx, args: GroupsDeleteOffsetsArgs) -> Result<Outcome> {
    let topics = args
        .topics
        .iter()
        .map(|t| parse_topic_selection(t))
        .collect::<Result<Vec<_>, _>>()
        .map_err(CodedError::usage)?;
    let client = GroupsClient::new(ctx.admin()?);
    let plan = groups_edit::plan_delete_offsets(&client, &args.group, &topics).await?;
    let label = "kctl groups delete-offsets";
    super::topics_edit::run_plan(client.admin(), plan, label, &args.edit).await
}
