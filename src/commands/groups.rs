//! `kctl groups list`, `kctl groups describe` and `kctl groups reset-offsets`.

use anyhow::{anyhow, Result};
use serde::Serialize;

use super::Ctx;
use crate::cli::{
    GroupsCommand, GroupsDescribeArgs, GroupsListArgs, OutputFormat, ResetOffsetsArgs,
};
use crate::domain::groups::{parse_topic_selection, GroupDescription, Membership, ResetRow};
use crate::exit::{CodedError, Outcome};
use crate::kafka::groups::GroupsClient;
use crate::ops::groups::{self, ResetPlan, ResetRequest};
use crate::output;

pub async fn run(ctx: &Ctx, cmd: GroupsCommand) -> Result<Outcome> {
    match cmd {
        GroupsCommand::List(args) => list(ctx, args).await,
        GroupsCommand::Describe(args) => describe(ctx, args).await,
        GroupsCommand::ResetOffsets(args) => reset(ctx, args).await,
    }
}

fn unknown(v: Option<String>) -> String {
    v.unwrap_or_else(|| "unknown".into())
}

async fn list(ctx: &Ctx, args: GroupsListArgs) -> Result<Outcome> {
    let client = GroupsClient::new(ctx.admin()?);
    let (rows, warnings) = groups::list_groups(&client, args.skip_members).await?;
    for w in &warnings {
        output::warn(w);
    }
    output::render(args.output.format, &rows, || {
        if rows.is_empty() {
            return "No consumer groups found.\n".into();
        }
        output::table(
            ["GROUP", "STATE", "MEMBERS", "PROTOCOL"],
            rows.iter().map(|r| {
                let protocol = match (&r.protocol, r.simple) {
                    (Some(p), _) if !p.is_empty() => p.clone(),
                    (_, true) => "(simple)".into(),
                    (p, false) => unknown(p.clone().filter(|p| !p.is_empty())),
                };
                vec![
                    r.group.clone(),
                    r.state.to_string(),
                    unknown(r.members.map(|m| m.to_string())),
                    protocol,
                ]
            }),
        )
    })?;
    Ok(Outcome::Ok)
}

async fn describe(ctx: &Ctx, args: GroupsDescribeArgs) -> Result<Outcome> {
    let client = GroupsClient::new(ctx.admin()?);
    let d = groups::describe_group(&client, &args.group).await?;
    output::render(args.output.format, &d, || describe_text(&d))?;
    Ok(Outcome::Ok)
}

fn describe_text(d: &GroupDescription) -> String {
    let mut s = format!(
        "Group:        {}\nState:        {}\nProtocol:     {}\nCoordinator:  {}\nMembers:      {}\n\n",
        d.group,
        d.state,
        if d.protocol.is_empty() { "-" } else { &d.protocol },
        d.coordinator.as_deref().unwrap_or("-"),
        d.members.len()
    );
    if d.members.is_empty() {
        s.push_str("No members.");
        if d.state.has_members() {
            s.push_str(&format!(
                " (The broker reports state {} yet lists no members: it is not telling the whole story.)",
                d.state
            ));
        }
        s.push('\n');
        return s;
    }
    s.push_str(&output::table(
        ["MEMBER", "CLIENT-ID", "HOST", "PARTITIONS"],
        d.members.iter().map(|m| {
            let mut by_topic: std::collections::BTreeMap<&str, Vec<i32>> = Default::default();
            for tp in &m.assignment {
                by_topic
                    .entry(tp.topic.as_str())
                    .or_default()
                    .push(tp.partition);
            }
            let parts = by_topic
                .into_iter()
                .map(|(t, mut ps)| {
                    ps.sort_unstable();
                    let ps: Vec<String> = ps.iter().map(i32::to_string).collect();
                    format!("{t}:{}", ps.join(","))
                })
                .collect::<Vec<_>>()
                .join(" ");
            vec![
                m.member_id.clone(),
                m.client_id.clone(),
                m.host.clone(),
                if parts.is_empty() { "-".into() } else { parts },
            ]
        }),
    ));
    s
}

/// One row of an executed reset: the plan row and what the broker said.
#[derive(Serialize)]
struct ExecutedRow {
    #[serde(flatten)]
    row: ResetRow,
    status: &'static str,
}

#[derive(Serialize)]
struct ResetOutput<'a, R: Serialize> {
    group: &'a str,
    to: String,
    membership: String,
    executed: bool,
    rows: Vec<R>,
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
        render_plan(format, &plan, plan.rows.clone(), false, |_| None)?;
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
    let rows: Vec<ExecutedRow> = plan
        .rows
        .iter()
        .map(|row| {
            let result = results
                .iter()
                .find(|(tp, _)| *tp == row.tp())
                .map(|(_, r)| r);
            let mut row = row.clone();
            let status = match result {
                Some(Ok(())) => "committed",
                Some(Err(e)) => {
                    row.error = Some(e.clone());
                    "failed"
                }
                None => {
                    row.error = Some("not sent".into());
                    "failed"
                }
            };
            ExecutedRow { row, status }
        })
        .collect();
    render_plan(format, &plan, rows, true, |r: &ExecutedRow| {
        Some(match &r.row.error {
            None => r.status.to_string(),
            Some(e) => format!("{}: {e}", r.status),
        })
    })?;
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

fn render_plan<R: Serialize + AsRef<ResetRow>>(
    format: OutputFormat,
    plan: &ResetPlan,
    rows: Vec<R>,
    executed: bool,
    status: impl Fn(&R) -> Option<String>,
) -> Result<()> {
    let text = || {
        let mut headers = vec!["GROUP", "TOPIC", "PARTITION", "OLD", "NEW", "CHANGE"];
        if executed {
            headers.push("STATUS");
        }
        headers.push("NOTE");
        output::table(
            headers,
            rows.iter().map(|item| {
                let r = item.as_ref();
                let change = match (r.current, r.new) {
                    (Some(c), Some(n)) => format!("{:+}", n - c),
                    _ => "-".into(),
                };
                let mut v = vec![
                    plan.group.clone(),
                    r.topic.clone(),
                    r.partition.to_string(),
                    r.current.map_or_else(|| "-".into(), |c| c.to_string()),
                    r.new.map_or_else(|| "-".into(), |n| n.to_string()),
                    change,
                ];
                if executed {
                    v.push(status(item).unwrap_or_default());
                }
                let note = if executed {
                    r.note.clone()
                } else {
                    r.note.clone().or_else(|| r.error.clone())
                };
                v.push(note.unwrap_or_default());
                v
            }),
        )
    };
    let out = ResetOutput {
        group: &plan.group,
        to: plan.to.to_string(),
        membership: plan.membership.to_string(),
        executed,
        rows: rows.iter().collect::<Vec<_>>(),
    };
    output::render(format, &out, text)?;
    Ok(())
}

impl AsRef<ResetRow> for ExecutedRow {
    fn as_ref(&self) -> &ResetRow {
        &self.row
    }
}

impl AsRef<ResetRow> for ResetRow {
    fn as_ref(&self) -> &ResetRow {
        self
    }
}
