//! `kctl groups delete` and `kctl groups delete-offsets`: a plan of steps
//! (each destructive, or refused with the reason Kafka would give), then
//! execution in one batched request and a per-step report, shown and
//! confirmed by the same rule as `apply`.

use anyhow::{bail, Result};
use serde::Serialize;

use super::ports::GroupsApi;
use crate::domain::groups::{TopicPartition, TopicSelection};
use crate::domain::suggest;

#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct GroupStep {
    /// `delete group` or `delete offsets`.
    pub action: &'static str,
    pub group: String,
    /// What goes: the group (with its state) or one partition's offset.
    pub target: String,
    #[serde(skip)]
    pub partition: Option<TopicPartition>,
    /// Why kctl will not do it (Kafka would refuse), if so.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub refused: Option<String>,
}

#[derive(Debug, Clone, Default, Serialize)]
pub struct GroupPlan {
    pub steps: Vec<GroupStep>,
}

impl GroupPlan {
    pub fn refused(&self) -> usize {
        self.steps.iter().filter(|s| s.refused.is_some()).count()
    }
}

#[derive(Debug, Clone, Serialize)]
pub struct GroupStepResult {
    pub group: String,
    pub target: String,
    pub status: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub error: Option<String>,
}

#[derive(Debug, Clone, Default, Serialize)]
pub struct GroupReport {
    pub results: Vec<GroupStepResult>,
    pub done: usize,
    pub failed: usize,
}

/// Every named group must exist (ListGroups), with did-you-mean otherwise.
async fn require_groups<A: GroupsApi>(api: &A, groups: &[String]) -> Result<()> {
    let listing = api.list_groups().await?;
    let names: Vec<&str> = listing.groups.iter().map(|g| g.group.as_str()).collect();
    for g in groups {
        if !names.contains(&g.as_str()) {
            bail!(
                "consumer group {g:?} does not exist{}",
                suggest::did_you_mean(g, names.iter().copied())
            );
        }
    }
    Ok(())
}

/// One step per group; a group with connected members is refused (Kafka
/// answers NON_EMPTY_GROUP), as is one kctl could not describe.
pub async fn plan_delete_groups<A: GroupsApi>(api: &A, groups: &[String]) -> Result<GroupPlan> {
    require_groups(api, groups).await?;
    let described = api.describe_groups(groups).await?;
    let committed = api.committed_offsets(groups).await?;
    let mut plan = GroupPlan::default();
    for ((g, d), c) in groups.iter().zip(described).zip(committed) {
        let offsets = c
            .as_ref()
            .map_or("committed offsets unknown".to_string(), |c| {
                format!("{} committed partition(s)", c.len())
            });
        let (target, refused) = match d {
            Ok(d) if !d.members.is_empty() => (
                format!("state {}, {offsets}", d.state),
                Some(format!(
                    "{} member(s) connected: stop its consumers first (Kafka refuses to delete a group in use)",
                    d.members.len()
                )),
            ),
            Ok(d) => (format!("state {}, {offsets}", d.state), None),
            Err(e) => (offsets, Some(format!("could not be described: {e}"))),
        };
        plan.steps.push(GroupStep {
            action: "delete group",
            group: g.clone(),
            target,
            partition: None,
            refused,
        });
    }
    Ok(plan)
}

/// One step per committed partition of the selected topics; a partition of a
/// topic the group's members consume is refused (GROUP_SUBSCRIBED_TO_TOPIC).
pub async fn plan_delete_offsets<A: GroupsApi>(
    api: &A,
    group: &str,
    topics: &[TopicSelection],
) -> Result<GroupPlan> {
    let g = [group.to_string()];
    require_groups(api, &g).await?;
    let committed = api
        .committed_offsets(&g)
        .await?
        .pop()
        .unwrap_or_else(|| Ok(Vec::new()))
        .map_err(|e| anyhow::anyhow!("committed offsets of {group:?}: {e}"))?;
    let consumed: Vec<String> = match api.describe_groups(&g).await?.pop() {
        Some(Ok(d)) => d
            .members
            .iter()
            .flat_map(|m| m.assignment.iter().map(|tp| tp.topic.clone()))
            .collect(),
        _ => Vec::new(),
    };
    let mut plan = GroupPlan::default();
    for sel in topics {
        let mut mine: Vec<_> = committed
            .iter()
            .filter(|c| c.tp.topic == sel.topic)
            .filter(|c| {
                sel.partitions
                    .as_ref()
                    .is_none_or(|p| p.contains(&c.tp.partition))
            })
            .collect();
        if mine.is_empty() {
            bail!(
                "group {group:?} has no committed offset on {}; nothing to delete",
                sel.topic
            );
        }
        mine.sort_by_key(|c| c.tp.partition);
        for c in mine {
            let refused = consumed.contains(&sel.topic).then(|| {
                format!(
                    "the group's members consume {}: Kafka refuses (GROUP_SUBSCRIBED_TO_TOPIC); stop them first",
                    sel.topic
                )
            });
            plan.steps.push(GroupStep {
                action: "delete offsets",
                group: group.to_string(),
                target: format!("{} (committed {})", c.tp, c.offset),
                partition: Some(c.tp.clone()),
                refused,
            });
        }
    }
    Ok(plan)
}

/// Executes every step of a plan without refusals, in one request.
pub async fn execute<A: GroupsApi>(api: &A, plan: &GroupPlan) -> Result<GroupReport> {
    let mut report = GroupReport::default();
    let groups: Vec<String> = plan
        .steps
        .iter()
        .filter(|s| s.partition.is_none())
        .map(|s| s.group.clone())
        .collect();
    let mut outcomes: Vec<(String, String, Result<(), String>)> = Vec::new();
    if !groups.is_empty() {
        let results = api.delete_groups(&groups).await?;
        for (s, r) in plan
            .steps
            .iter()
            .filter(|s| s.partition.is_none())
            .zip(results)
        {
            outcomes.push((s.group.clone(), s.target.clone(), r));
        }
    }
    let parts: Vec<TopicPartition> = plan
        .steps
        .iter()
        .filter_map(|s| s.partition.clone())
        .collect();
    if let (false, Some(first)) = (parts.is_empty(), plan.steps.first()) {
        let results = api.delete_offsets(&first.group, &parts).await?;
        for (s, (_, r)) in plan
            .steps
            .iter()
            .filter(|s| s.partition.is_some())
            .zip(results)
        {
            outcomes.push((s.group.clone(), s.target.clone(), r));
        }
    }
    for (group, target, r) in outcomes {
        let (status, error) = match r {
            Ok(()) => {
                report.done += 1;
                ("done", None)
            }
            Err(e) => {
                report.failed += 1;
                ("failed", Some(e))
            }
        };
        report.results.push(GroupStepResult {
            group,
            target,
            status,
            error,
        });
    }
    Ok(report)
}

#[cfg(test)]
mod tests {
    use super::super::groups::fake::*;
    use super::*;
    use crate::domain::groups::GroupState;

    #[tokio::test]
    async fn a_group_with_members_is_refused_and_an_unknown_one_named() {
        let c = FakeCluster::default()
            .with_topic("t", 2, &[5, 5])
            .with_group("idle", &[("t", 0, 1)])
            .with_group("busy", &[("t", 1, 2)])
            .describe("busy", GroupState::Stable, vec![member("m1", &[("t", 1)])])
            .describe("idle", GroupState::Empty, vec![]);
        let plan = plan_delete_groups(&c, &["idle".into(), "busy".into()])
            .await
            .unwrap();
        assert_eq!(plan.steps[0].refused, None);
        assert!(plan.steps[1]
            .refused
            .as_deref()
            .unwrap()
            .contains("1 member(s) connected"));
        let e = plan_delete_groups(&c, &["idel".into()]).await.unwrap_err();
        assert!(e.to_string().contains("did you mean \"idle\""), "{e}");
    }

    #[tokio::test]
    async fn offsets_are_planned_per_committed_partition_and_deleted_in_one_request() {
        let c = FakeCluster::default()
            .with_topic("t", 3, &[5, 5, 5])
            .with_topic("u", 1, &[5])
            .with_group("g", &[("t", 0, 1), ("t", 2, 3), ("u", 0, 4)])
            .describe("g", GroupState::Empty, vec![]);
        let sel = crate::domain::groups::parse_topic_selection("t").unwrap();
        let plan = plan_delete_offsets(&c, "g", &[sel]).await.unwrap();
        let targets: Vec<&str> = plan.steps.iter().map(|s| s.target.as_str()).collect();
        assert_eq!(targets, ["t/0 (committed 1)", "t/2 (committed 3)"]);
        let report = execute(&c, &plan).await.unwrap();
        assert_eq!((report.done, report.failed), (2, 0));
        assert!(c
            .calls()
            .contains(&"DeleteConsumerGroupOffsets g x2".to_string()));
        let none = crate::domain::groups::parse_topic_selection("u:7").unwrap();
        assert!(plan_delete_offsets(&c, "g", &[none]).await.is_err());
    }
}
