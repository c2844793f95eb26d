//! `kctl groups delete` and `kctl groups delete-offsets`: what the cluster
//! holds, read in batched calls, becomes apply's [`Step`]s
//! (`DeleteGroup`, `DeleteGroupOffset`) in a [`TopicPlan`], which apply's
//! rendering shows, apply's confirmation rule guards and apply's executor
//! (`ops::apply::execute`) runs and reports step by step.
//!
//! Kafka itself refuses to delete a group with members (NON_EMPTY_GROUP) or
//! the offsets of a topic its members are subscribed to
//! (GROUP_SUBSCRIBED_TO_TOPIC). The broker decides, at the moment it is
//! asked; the plan shows the members kctl saw, and the report gives the
//! broker's answer per step.

use std::collections::BTreeSet;

use anyhow::{anyhow, bail, Result};

use super::ports::GroupsApi;
use crate::domain::groups::TopicSelection;
use crate::domain::plan::{Step, TopicPlan};
use crate::domain::suggest;

/// Each name once, in the order given.
fn unique(names: &[String]) -> Vec<String> {
    let mut seen = BTreeSet::new();
    names
        .iter()
        .filter(|n| seen.insert(n.as_str()))
        .cloned()
        .collect()
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

/// One `DeleteGroup` step per group, with the state, members and committed
/// partitions kctl saw (unknown where DescribeGroups or OffsetFetch failed
/// for the group).
pub async fn plan_delete_groups<A: GroupsApi>(api: &A, groups: &[String]) -> Result<TopicPlan> {
    let groups = unique(groups);
    require_groups(api, &groups).await?;
    let described = api.describe_groups(&groups).await?;
    let committed = api.committed_offsets(&groups).await?;
    let steps = groups
        .iter()
        .zip(described)
        .zip(committed)
        .map(|((g, d), c)| {
            let (state, members) = match d {
                Ok(d) => (d.state.to_string(), Some(d.members.len())),
                Err(_) => ("unknown".to_string(), None),
            };
            Step::DeleteGroup {
                group: g.clone(),
                state,
                members,
                committed_partitions: c.ok().map(|c| c.len()),
            }
        })
        .collect();
    Ok(TopicPlan::from_steps(steps, 0))
}

/// One `DeleteGroupOffset` step per committed partition of the selected
/// topics. A topic that neither exists nor has an offset of the group is an
/// error naming it, as is a partition the topic does not have; a selection
/// the group has no offsets on is nothing to do.
pub async fn plan_delete_offsets<A: GroupsApi>(
    api: &A,
    group: &str,
    topics: &[TopicSelection],
) -> Result<TopicPlan> {
    let g = [group.to_string()];
    require_groups(api, &g).await?;
    let committed = api
        .committed_offsets(&g)
        .await?
        .pop()
        .unwrap_or_else(|| Ok(Vec::new()))
        .map_err(|e| anyhow!("committed offsets of group {group:?}: {e}"))?;
    let live = api.topic_partitions().await?;
    for sel in topics {
        let has_commits = committed.iter().any(|c| c.tp.topic == sel.topic);
        match live.get(&sel.topic) {
            // Offsets of a deleted topic stay until they expire: deletable.
            None if has_commits => {}
            None => bail!(
                "topic {:?} does not exist{}",
                sel.topic,
                suggest::did_you_mean(&sel.topic, live.keys().map(String::as_str))
            ),
            Some(parts) => {
                for p in sel.partitions.iter().flatten() {
                    if !parts.contains(p) {
                        bail!(
                            "topic {:?} has no partition {p} (it has {})",
                            sel.topic,
                            parts.len()
                        );
                    }
                }
            }
        }
    }
    let mut steps: Vec<Step> = Vec::new();
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
        mine.sort_by_key(|c| c.tp.partition);
        for c in mine {
            let step = Step::DeleteGroupOffset {
                group: group.to_string(),
                topic: c.tp.topic.clone(),
                partition: c.tp.partition,
                offset: c.offset,
            };
            if !steps.contains(&step) {
                steps.push(step);
            }
        }
    }
    Ok(TopicPlan::from_steps(steps, 0))
}

#[cfg(test)]
mod tests {
    use super::super::apply::{execute, fake::FakeAdmin, TopicStepStatus};
    use super::super::groups::fake::*;
    use super::*;
    use crate::domain::groups::{parse_topic_selection, GroupState, TopicPartition};

    fn cluster() -> FakeCluster {
        FakeCluster::default()
            .with_topic("t", 3, &[5, 5, 5])
            .with_topic("u", 1, &[5])
            .with_group("idle", &[("t", 0, 1), ("t", 2, 3), ("u", 0, 4)])
            .with_group("busy", &[("t", 1, 2)])
            .describe("busy", GroupState::Stable, vec![member("m1", &[("t", 1)])])
            .describe("idle", GroupState::Empty, vec![])
    }

    #[tokio::test]
    async fn group_deletion_is_planned_as_apply_steps_with_what_kctl_saw() {
        let c = cluster();
        let plan = plan_delete_groups(&c, &["idle".into(), "busy".into(), "idle".into()])
            .await
            .unwrap();
        let steps: Vec<&Step> = plan.executable().collect();
        assert_eq!(
            steps,
            [
                &Step::DeleteGroup {
                    group: "idle".into(),
                    state: "Empty".into(),
                    members: Some(0),
                    committed_partitions: Some(3),
                },
                &Step::DeleteGroup {
                    group: "busy".into(),
                    state: "Stable".into(),
                    members: Some(1),
                    committed_partitions: Some(1),
                },
            ]
        );
        assert!(plan.is_group_plan());
        assert_eq!(plan.summary.delete_groups, 2);
        assert_eq!(plan.summary.destructive, 2);
        let e = plan_delete_groups(&c, &["idel".into()]).await.unwrap_err();
        assert_eq!(
            e.to_string(),
            "consumer group \"idel\" does not exist (did you mean \"idle\"?)"
        );
    }

    #[tokio::test]
    async fn offsets_are_planned_per_committed_partition_of_the_selection() {
        let c = cluster();
        let sel = |s: &str| parse_topic_selection(s).unwrap();
        let plan = plan_delete_offsets(&c, "idle", &[sel("t"), sel("t:0")])
            .await
            .unwrap();
        let parts: Vec<(String, i32, i64)> = plan
            .executable()
            .map(|s| match s {
                Step::DeleteGroupOffset {
                    topic,
                    partition,
                    offset,
                    ..
                } => (topic.clone(), *partition, *offset),
                other => panic!("{other:?}"),
            })
            .collect();
        assert_eq!(parts, [("t".into(), 0, 1), ("t".into(), 2, 3)]);
        assert_eq!(plan.summary.delete_offsets, 2);

        // A partition without a commit: nothing to do.
        let none = plan_delete_offsets(&c, "idle", &[sel("t:1")])
            .await
            .unwrap();
        assert!(none.in_sync());
        let e = plan_delete_offsets(&c, "idle", &[sel("v")])
            .await
            .unwrap_err();
        assert!(e.to_string().contains("topic \"v\" does not exist"), "{e}");
        let e = plan_delete_offsets(&c, "idle", &[sel("u:3")])
            .await
            .unwrap_err();
        assert!(e.to_string().contains("no partition 3"), "{e}");
    }

    /// The executor runs group steps as it runs topic steps: one request per
    /// phase, and the broker's refusal as the failed step's reason.
    #[tokio::test]
    async fn apply_executor_runs_group_steps_and_reports_the_brokers_refusal() {
        let c = cluster();
        let admin = FakeAdmin {
            busy_groups: ["busy".to_string()].into(),
            ..FakeAdmin::new(1)
        };
        admin.groups.lock().unwrap().extend([
            ("idle".to_string(), vec![TopicPartition::new("t", 0)]),
            ("busy".to_string(), vec![TopicPartition::new("t", 1)]),
        ]);
        let plan = plan_delete_groups(&c, &["idle".into(), "busy".into()])
            .await
            .unwrap();
        let report = execute(&admin, &plan, |_| {}).await;
        assert_eq!((report.done, report.failed), (1, 1));
        let failed = &report.results[1];
        assert_eq!(failed.status, TopicStepStatus::Failed);
        assert!(failed.error.as_deref().unwrap().contains("NON_EMPTY_GROUP"));
        assert_eq!(
            admin.requests.lock().unwrap().clone(),
            ["delete_groups[idle,busy]"]
        );

        let sel = parse_topic_selection("t").unwrap();
        let plan = plan_delete_offsets(&c, "idle", &[sel]).await.unwrap();
        let report = execute(&admin, &plan, |_| {}).await;
        assert_eq!((report.done, report.failed), (2, 0));
        assert_eq!(
            admin.requests.lock().unwrap().last().unwrap(),
            "delete_group_offsets idle[t/0,t/2]"
        );
    }
}
