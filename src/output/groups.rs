//! Rendering for `kctl groups`: the group list, one group's members, and the
//! offset-reset plan and its result.

use std::io;

use serde::Serialize;

use crate::cli::OutputFormat;
use crate::domain::groups::{GroupDescription, ResetRow, TopicPartition};
use crate::ops::groups::{GroupRow, ResetPlan};

/// `groups list` as a table.
pub fn list_text(rows: &[GroupRow]) -> String {
    if rows.is_empty() {
        return "No consumer groups found.\n".into();
    }
    super::table(
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
}

fn unknown(v: Option<String>) -> String {
    v.unwrap_or_else(|| "unknown".into())
}

pub fn describe_text(d: &GroupDescription) -> String {
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
    s.push_str(&super::table(
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
pub struct ExecutedRow {
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

/// The reset plan, or with `executed` the rows as committed (a STATUS column).
pub fn render_reset<R: Serialize + AsRef<ResetRow> + ResetStatus>(
    format: OutputFormat,
    plan: &ResetPlan,
    rows: Vec<R>,
    executed: bool,
) -> io::Result<()> {
    let text = || {
        let mut headers = vec!["GROUP", "TOPIC", "PARTITION", "OLD", "NEW", "CHANGE"];
        if executed {
            headers.push("STATUS");
        }
        headers.push("NOTE");
        super::table(
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
                    v.push(item.status().unwrap_or_default());
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
    super::render(format, &out, text)
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

/// The STATUS column of a reset row: none before execution.
pub trait ResetStatus {
    fn status(&self) -> Option<String>;
}

impl ResetStatus for ResetRow {
    fn status(&self) -> Option<String> {
        None
    }
}

impl ResetStatus for ExecutedRow {
    fn status(&self) -> Option<String> {
        Some(match &self.row.error {
            None => self.status.to_string(),
            Some(e) => format!("{}: {e}", self.status),
        })
    }
}

/// The plan's rows with what the broker said about each.
pub fn executed_rows(
    plan: &ResetPlan,
    results: &[(TopicPartition, Result<(), String>)],
) -> Vec<ExecutedRow> {
    plan.rows
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
        .collect()
}
