//! Consumer-group steps written against [`GroupsApi`], the cluster calls they
//! need, so the logic can also be tested against a fake where a real broker
//! cannot stage the fault on demand: DescribeGroups failing while OffsetFetch
//! works, and a consumer joining between kctl's membership check and its
//! commit. Everything else runs against Apache Kafka in the integration tests.
//!
//! `groups list` and `groups describe` look up members and degrade honestly
//! when the broker cannot describe groups. `groups reset-offsets` computes a
//! plan (a value), and executes it only when the group is known to be empty,
//! or when the operator explicitly accepts an unknown membership.

use std::collections::{BTreeMap, BTreeSet};

use anyhow::{anyhow, bail, Result};
use serde::Serialize;

use crate::domain::groups::{
    self, GroupDescription, GroupState, Membership, PartitionBounds, ResetRow, ResetTo,
    TopicPartition, TopicSelection,
};
use crate::domain::model::{BrokerError, BrokerErrorKind};
use crate::ops::ports::{GroupsApi, OffsetSpec};

/// One row of `groups list`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct GroupRow {
    pub group: String,
    pub state: GroupState,
    pub simple: bool,
    /// `null` when members could not be looked up.
    pub members: Option<usize>,
    /// The assignment protocol (`range`, ...); `null` when unknown.
    pub protocol: Option<String>,
}

/// Reduces per-group DescribeGroups failures (`described[i]` for
/// `names[i]`) to one warning: they usually share one cause (a broker that
/// cannot describe groups).
pub fn describe_warning<T>(
    names: &[String],
    described: &[Option<Result<T, BrokerError>>],
) -> Option<String> {
    let failures: Vec<(&String, &BrokerError)> = names
        .iter()
        .zip(described)
        .filter_map(|(n, d)| match d {
            Some(Err(e)) => Some((n, e)),
            _ => None,
        })
        .collect();
    let total = names.len();
    let (group, first) = failures.first()?;
    let same = failures.iter().all(|(_, e)| e == first);
    Some(if same {
        format!(
            "could not look up members of {} of {total} group(s) (DescribeGroups: {first}); owners and member counts are shown as unknown",
            failures.len()
        )
    } else {
        format!(
            "could not look up members of {} of {total} group(s) (first, {group:?}: {first}); owners and member counts are shown as unknown",
            failures.len()
        )
    })
}

/// `groups list`: ListGroups, then DescribeGroups for member counts and
/// protocols unless `skip_members`. Returns the rows (sorted by name), the
/// warnings, and whether every broker answered ListGroups.
pub async fn list_groups<A: GroupsApi>(
    api: &A,
    skip_members: bool,
) -> Result<(Vec<GroupRow>, Vec<String>, bool)> {
    let listing = api.list_groups().await?;
    let complete = listing.warnings.is_empty();
    let mut warnings = listing.warnings;
    let mut listed = listing.groups;
    listed.sort_by(|a, b| a.group.cmp(&b.group));
    let names: Vec<String> = listed.iter().map(|g| g.group.clone()).collect();
    let described: Vec<Option<Result<GroupDescription, BrokerError>>> =
        if skip_members || names.is_empty() {
            vec![None; names.len()]
        } else {
            match api.describe_groups(&names).await {
                Ok(v) => v.into_iter().map(Some).collect(),
                Err(e) => vec![Some(Err(BrokerError::other(format!("{e:#}")))); names.len()],
            }
        };
    warnings.extend(describe_warning(&names, &described));
    let rows = listed
        .into_iter()
        .zip(described)
        .map(|(l, d)| match d {
            Some(Ok(d)) => GroupRow {
                state: if d.state == GroupState::Unknown {
                    l.state
                } else {
                    d.state
                },
                simple: l.simple,
                members: Some(d.members.len()),
                protocol: Some(d.protocol),
                group: l.group,
            },
            _ => GroupRow {
                group: l.group,
                state: l.state,
                simple: l.simple,
                members: None,
                protocol: None,
            },
        })
        .collect();
    Ok((rows, warnings, complete))
}

/// `groups describe`: the group's members and their assignments. There is no
/// degraded answer here: without DescribeGroups there is nothing to show.
pub async fn describe_group<A: GroupsApi>(api: &A, group: &str) -> Result<GroupDescription> {
    let answer = api
        .describe_groups(&[group.to_string()])
        .await
        .map_err(|e| anyhow!("cannot describe group {group:?}: {e:#}"))?
        .into_iter()
        .next()
        .unwrap_or_else(|| Err(BrokerError::other("the broker gave no answer for it")));
    match answer {
        Ok(d) if d.state == GroupState::Dead => bail!("consumer group {group:?} does not exist"),
        Ok(d) => Ok(d),
        Err(e) => Err(anyhow!(
            "cannot describe group {group:?}: {e}{}",
            transport_hint(&e)
        )),
    }
}

/// Some Kafka-compatible brokers close the connection on DescribeGroups.
fn transport_hint(error: &BrokerError) -> &'static str {
    if error.kind == BrokerErrorKind::ConnectionClosed {
        " (the broker closed the connection: it may not implement DescribeGroups)"
    } else {
        ""
    }
}

/// `groups reset-offsets` inputs.
#[derive(Debug, Clone)]
pub struct ResetRequest {
    pub group: String,
    pub topics: Vec<TopicSelection>,
    pub to: ResetTo,
    /// Wall-clock now in ms since the epoch, for `--to -1h`.
    pub now_ms: i64,
    pub skip_members: bool,
}

/// The reset plan: what would be committed, and what kctl knows about the
/// group's members.
#[derive(Debug, Clone, Serialize)]
pub struct ResetPlan {
    pub group: String,
    #[serde(serialize_with = "display")]
    pub to: ResetTo,
    #[serde(serialize_with = "display")]
    pub membership: Membership,
    pub rows: Vec<ResetRow>,
}

fn display<T: std::fmt::Display, S: serde::Serializer>(v: &T, s: S) -> Result<S::Ok, S::Error> {
    s.collect_str(v)
}

/// Computes the reset plan without writing anything: validates the topics and
/// partitions, looks up membership, the committed offsets and the log bounds
/// (one ListOffsets per spec, for all partitions).
pub async fn plan_reset<A: GroupsApi>(api: &A, req: &ResetRequest) -> Result<ResetPlan> {
    let metadata = api.topic_partitions().await?;
    let mut selected = BTreeSet::new();
    for sel in &req.topics {
        let Some(parts) = metadata.get(&sel.topic) else {
            bail!("topic {:?} does not exist; nothing was written", sel.topic);
        };
        match &sel.partitions {
            None => selected.extend(parts.iter().map(|p| TopicPartition::new(&sel.topic, *p))),
            Some(wanted) => {
                for p in wanted {
                    if !parts.contains(p) {
                        bail!(
                            "topic {:?} has no partition {p} (it has {}); nothing was written",
                            sel.topic,
                            parts.len()
                        );
                    }
                    selected.insert(TopicPartition::new(&sel.topic, *p));
                }
            }
        }
    }
    let tps: Vec<TopicPartition> = selected.into_iter().collect();
    let group = [req.group.clone()];

    let listed = match api.list_groups().await {
        Ok(l) => Ok(l
            .groups
            .iter()
            .find(|g| g.group == req.group)
            .map(|g| g.state)),
        Err(e) => Err(format!("{e:#}")),
    };
    let described = if req.skip_members {
        None
    } else {
        Some(match api.describe_groups(&group).await {
            Ok(v) => v
                .into_iter()
                .next()
                .unwrap_or_else(|| Err(BrokerError::other("the broker gave no answer for it"))),
            Err(e) => Err(BrokerError::other(format!("{e:#}"))),
        })
    };
    let membership = groups::membership(&listed, described.as_ref());

    let committed: BTreeMap<TopicPartition, i64> =
        match api.committed_offsets(&group).await?.into_iter().next() {
            Some(Ok(c)) => c.into_iter().map(|c| (c.tp, c.offset)).collect(),
            Some(Err(e)) => bail!(
                "cannot fetch the committed offsets of group {:?}: {e}",
                req.group
            ),
            None => bail!("no committed-offsets answer for group {:?}", req.group),
        };
    let timestamp = req.to.timestamp_ms(req.now_ms);
    let (earliest, latest, by_time) = tokio::join!(
        api.list_offsets(&tps, OffsetSpec::Earliest),
        api.list_offsets(&tps, OffsetSpec::Latest),
        async {
            match timestamp {
                Some(ts) => Some(api.list_offsets(&tps, OffsetSpec::Timestamp(ts)).await),
                None => None,
            }
        }
    );
    let (earliest, latest) = (earliest?, latest?);
    let by_time = by_time.transpose()?;
    let missing = || Err("not in the broker's answer".to_string());
    let bounds: Vec<PartitionBounds> = tps
        .iter()
        .map(|tp| PartitionBounds {
            current: committed.get(tp).copied(),
            earliest: earliest.get(tp).cloned().unwrap_or_else(missing),
            latest: latest.get(tp).cloned().unwrap_or_else(missing),
            by_time: by_time
                .as_ref()
                .map(|m| m.get(tp).cloned().unwrap_or_else(missing)),
            tp: tp.clone(),
        })
        .collect();
    Ok(ResetPlan {
        group: req.group.clone(),
        rows: groups::plan_reset(&req.to, &bounds),
        to: req.to.clone(),
        membership,
    })
}

/// Commits the plan, unless [`groups::execute_refusal`] says it must not be.
/// Returns each partition's outcome; the broker's refusals are explained.
pub async fn execute_reset<A: GroupsApi>(
    api: &A,
    plan: &ResetPlan,
    force_unknown_members: bool,
) -> Result<Vec<(TopicPartition, Result<(), String>)>> {
    if let Some(why) = groups::execute_refusal(
        &plan.group,
        &plan.membership,
        &plan.rows,
        force_unknown_members,
    ) {
        bail!(why);
    }
    let offsets: Vec<(TopicPartition, i64)> = plan
        .rows
        .iter()
        .filter_map(|r| r.new.map(|n| (r.tp(), n)))
        .collect();
    api.alter_offsets(&plan.group, &offsets).await
}

#[cfg(test)]
pub(crate) mod fake {
    //! An in-memory cluster for the logic tests. It can play a broker that
    //! fails DescribeGroups and one that refuses offset changes for a group
    //! with members, as Apache Kafka does.

    use std::collections::HashMap;
    use std::sync::Mutex;

    use super::*;
    use crate::domain::groups::{GroupListing, Member};
    use crate::domain::lag::{Committed, LogEnds, TopicPartitions};
    use crate::ops::ports::Listing;

    #[derive(Default)]
    pub struct FakeCluster {
        pub topics: TopicPartitions,
        pub groups: Vec<GroupListing>,
        /// `None`: DescribeGroups fails for every group with this message.
        pub descriptions: Option<HashMap<String, GroupDescription>>,
        pub describe_error: BrokerError,
        pub commits: Mutex<HashMap<String, Vec<Committed>>>,
        pub earliest: HashMap<TopicPartition, i64>,
        pub latest: Mutex<HashMap<TopicPartition, i64>>,
        pub by_time: HashMap<TopicPartition, i64>,
        /// Kafka's rule: refuse offset changes for a group with members.
        pub refuse_active: bool,
        pub calls: Mutex<Vec<String>>,
    }

    impl FakeCluster {
        pub fn with_topic(mut self, topic: &str, partitions: i32, latest: &[i64]) -> Self {
            self.topics
                .insert(topic.to_string(), (0..partitions).collect());
            for p in 0..partitions {
                let tp = TopicPartition::new(topic, p);
                self.earliest.insert(tp.clone(), 0);
                self.latest
                    .lock()
                    .unwrap()
                    .insert(tp, latest.get(p as usize).copied().unwrap_or(0));
            }
            self
        }

        pub fn with_group(self, group: &str, commits: &[(&str, i32, i64)]) -> Self {
            self.commits.lock().unwrap().insert(
                group.to_string(),
                commits
                    .iter()
                    .map(|(t, p, o)| Committed {
                        tp: TopicPartition::new(*t, *p),
                        offset: *o,
                    })
                    .collect(),
            );
            let mut s = self;
            s.groups.push(GroupListing {
                group: group.to_string(),
                state: GroupState::Unknown,
                simple: false,
            });
            s
        }

        pub fn describe(mut self, group: &str, state: GroupState, members: Vec<Member>) -> Self {
            self.descriptions.get_or_insert_with(HashMap::new).insert(
                group.to_string(),
                GroupDescription {
                    group: group.to_string(),
                    state,
                    protocol: "range".into(),
                    simple: false,
                    coordinator: Some("1 (127.0.0.1:9092)".into()),
                    members,
                },
            );
            self
        }

        pub fn calls(&self) -> Vec<String> {
            self.calls.lock().unwrap().clone()
        }

        fn call(&self, what: String) {
            self.calls.lock().unwrap().push(what);
        }
    }

    pub fn member(id: &str, assignment: &[(&str, i32)]) -> Member {
        Member {
            member_id: id.into(),
            client_id: format!("client-{id}"),
            host: "/10.0.0.7".into(),
            group_instance_id: None,
            assignment: assignment
                .iter()
                .map(|(t, p)| TopicPartition::new(*t, *p))
                .collect(),
        }
    }

    impl GroupsApi for FakeCluster {
        async fn list_groups(&self) -> Result<Listing> {
            self.call("ListGroups".into());
            Ok(Listing {
                groups: self.groups.clone(),
                warnings: vec![],
            })
        }

        async fn describe_groups(
            &self,
            groups: &[String],
        ) -> Result<Vec<Result<GroupDescription, BrokerError>>> {
            self.call(format!("DescribeGroups x{}", groups.len()));
            Ok(groups
                .iter()
                .map(|g| match &self.descriptions {
                    None => Err(self.describe_error.clone()),
                    Some(d) => Ok(d.get(g).cloned().unwrap_or(GroupDescription {
                        group: g.clone(),
                        state: GroupState::Dead,
                        protocol: String::new(),
                        simple: false,
                        coordinator: None,
                        members: vec![],
                    })),
                })
                .collect())
        }

        async fn committed_offsets(
            &self,
            groups: &[String],
        ) -> Result<Vec<Result<Vec<Committed>, String>>> {
            self.call(format!("OffsetFetch x{}", groups.len()));
            let commits = self.commits.lock().unwrap();
            Ok(groups
                .iter()
                .map(|g| Ok(commits.get(g).cloned().unwrap_or_default()))
                .collect())
        }

        async fn topic_partitions(&self) -> Result<TopicPartitions> {
            self.call("Metadata".into());
            Ok(self.topics.clone())
        }

        async fn list_offsets(
            &self,
            partitions: &[TopicPartition],
            spec: OffsetSpec,
        ) -> Result<LogEnds> {
            self.call(format!("ListOffsets {spec:?} x{}", partitions.len()));
            let latest = self.latest.lock().unwrap();
            Ok(partitions
                .iter()
                .map(|tp| {
                    let v = match spec {
                        OffsetSpec::Earliest => self.earliest.get(tp).copied(),
                        OffsetSpec::Latest => latest.get(tp).copied(),
                        OffsetSpec::Timestamp(_) => self.by_time.get(tp).copied().or(Some(-1)),
                    };
                    (
                        tp.clone(),
                        v.ok_or_else(|| "Broker: Unknown topic or partition".to_string()),
                    )
                })
                .collect())
        }

        async fn alter_offsets(
            &self,
            group: &str,
            offsets: &[(TopicPartition, i64)],
        ) -> Result<Vec<(TopicPartition, Result<(), String>)>> {
            self.call(format!(
                "AlterConsumerGroupOffsets {group} x{}",
                offsets.len()
            ));
            let active = self
                .descriptions
                .as_ref()
                .and_then(|d| d.get(group))
                .is_some_and(|d| !d.members.is_empty());
            if self.refuse_active && active {
                return Ok(offsets
                    .iter()
                    .map(|(tp, _)| {
                        (
                            tp.clone(),
                            Err(format!(
                                "Broker: Unknown member (UNKNOWN_MEMBER_ID): {}",
                                groups::explain_offset_error("UNKNOWN_MEMBER_ID").unwrap()
                            )),
                        )
                    })
                    .collect());
            }
            let mut commits = self.commits.lock().unwrap();
            let list = commits.entry(group.to_string()).or_default();
            for (tp, o) in offsets {
                list.retain(|c| &c.tp != tp);
                list.push(Committed {
                    tp: tp.clone(),
                    offset: *o,
                });
            }
            Ok(offsets.iter().map(|(tp, _)| (tp.clone(), Ok(()))).collect())
        }
    }
}

#[cfg(test)]
mod tests {
    use super::fake::*;
    use super::*;
    use crate::domain::groups::parse_topic_selection;
    use crate::domain::time::TimePoint;

    fn request(group: &str, to: ResetTo) -> ResetRequest {
        ResetRequest {
            group: group.into(),
            topics: vec![parse_topic_selection("t").unwrap()],
            to,
            now_ms: 1_000_000,
            skip_members: false,
        }
    }

    fn committed(c: &FakeCluster, group: &str) -> Vec<(i32, i64)> {
        let mut v: Vec<(i32, i64)> = c.commits.lock().unwrap()[group]
            .iter()
            .map(|c| (c.tp.partition, c.offset))
            .collect();
        v.sort();
        v
    }

    /// The active-member refusal sends nothing: the fake records every call.
    /// (The same refusal runs against Kafka in tests/integration/lag.rs.)
    #[tokio::test]
    async fn reset_is_refused_while_the_group_has_active_members() {
        let c = FakeCluster::default()
            .with_topic("t", 2, &[10, 10])
            .with_group("g", &[("t", 0, 5)])
            .describe(
                "g",
                GroupState::Stable,
                vec![member("m1", &[("t", 0), ("t", 1)])],
            );
        let plan = plan_reset(&c, &request("g", ResetTo::Earliest))
            .await
            .unwrap();
        assert!(matches!(
            plan.membership,
            Membership::Active { members: 1, .. }
        ));
        let err = execute_reset(&c, &plan, true)
            .await
            .unwrap_err()
            .to_string();
        assert!(
            err.contains("has active members") && err.ends_with("Nothing was written"),
            "{err}"
        );
        assert!(!c
            .calls()
            .iter()
            .any(|x| x.starts_with("AlterConsumerGroupOffsets")));
        assert_eq!(committed(&c, "g"), [(0, 5)]);
    }

    /// A race no broker stages on demand: a consumer joins between kctl's
    /// membership check and the commit, and Kafka answers UNKNOWN_MEMBER_ID.
    /// The fake plays Kafka to show kctl surfaces the refusal per partition.
    #[tokio::test]
    async fn a_refusal_by_the_broker_is_reported_per_partition() {
        let mut c = FakeCluster::default()
            .with_topic("t", 1, &[10])
            .with_group("g", &[])
            .describe("g", GroupState::Empty, vec![member("m1", &[("t", 0)])]);
        c.refuse_active = true;
        // A consumer that joins between kctl's membership check and the
        // commit: kctl saw an empty group, the broker refuses.
        let mut plan = plan_reset(&c, &request("g", ResetTo::Latest))
            .await
            .unwrap();
        plan.membership = Membership::Empty;
        let results = execute_reset(&c, &plan, false).await.unwrap();
        let e = results[0].1.as_ref().unwrap_err();
        assert!(
            e.contains("UNKNOWN_MEMBER_ID") && e.contains("stop them first"),
            "{e}"
        );
    }

    #[tokio::test]
    async fn unknown_membership_needs_the_explicit_override() {
        let mut c = FakeCluster::default()
            .with_topic("t", 2, &[10, 20])
            .with_group("g", &[("t", 0, 5)]);
        c.describe_error = BrokerError::other("Local: Broker transport failure");
        let plan = plan_reset(&c, &request("g", ResetTo::Latest))
            .await
            .unwrap();
        let Membership::Unknown(reason) = &plan.membership else {
            panic!("{:?}", plan.membership)
        };
        assert!(reason.contains("DescribeGroups failed: Local: Broker transport failure"));
        let err = execute_reset(&c, &plan, false)
            .await
            .unwrap_err()
            .to_string();
        assert!(err.contains("--force-unknown-members"), "{err}");
        assert_eq!(committed(&c, "g"), [(0, 5)], "nothing written");
        let results = execute_reset(&c, &plan, true).await.unwrap();
        assert!(results.iter().all(|(_, r)| r.is_ok()));
        assert_eq!(committed(&c, "g"), [(0, 10), (1, 20)]);
    }

    #[tokio::test]
    async fn an_empty_group_is_reset_and_the_plan_shows_old_and_new() {
        let mut c = FakeCluster::default()
            .with_topic("t", 3, &[10, 20, 30])
            .with_group("g", &[("t", 0, 5), ("t", 2, 30)])
            .describe("g", GroupState::Empty, vec![]);
        c.by_time.insert(TopicPartition::new("t", 0), 3);
        let mut req = request("g", ResetTo::Time(TimePoint::Ago(60_000)));
        req.topics = vec![parse_topic_selection("t:0,1").unwrap()];
        let plan = plan_reset(&c, &req).await.unwrap();
        assert_eq!(plan.membership, Membership::Empty);
        let rows: Vec<(i32, Option<i64>, Option<i64>)> = plan
            .rows
            .iter()
            .map(|r| (r.partition, r.current, r.new))
            .collect();
        assert_eq!(rows, [(0, Some(5), Some(3)), (1, None, Some(20))]);
        assert!(c
            .calls()
            .contains(&"ListOffsets Timestamp(940000) x2".to_string()));
        execute_reset(&c, &plan, false).await.unwrap();
        assert_eq!(committed(&c, "g"), [(0, 3), (1, 20), (2, 30)]);
    }

    #[tokio::test]
    async fn unknown_topics_and_partitions_are_errors_before_anything_is_read() {
        let c = FakeCluster::default().with_topic("t", 2, &[1, 1]);
        let mut req = request("g", ResetTo::Earliest);
        req.topics = vec![parse_topic_selection("nope").unwrap()];
        let e = plan_reset(&c, &req).await.unwrap_err().to_string();
        assert_eq!(e, "topic \"nope\" does not exist; nothing was written");
        req.topics = vec![parse_topic_selection("t:5").unwrap()];
        let e = plan_reset(&c, &req).await.unwrap_err().to_string();
        assert!(e.contains("has no partition 5 (it has 2)"), "{e}");
        assert_eq!(c.calls(), ["Metadata", "Metadata"]);
    }

    #[tokio::test]
    async fn groups_list_degrades_when_describe_fails() {
        let mut c = FakeCluster::default()
            .with_group("b", &[])
            .with_group("a", &[]);
        c.describe_error = BrokerError::other("Local: Broker transport failure");
        let (rows, warnings, complete) = list_groups(&c, false).await.unwrap();
        assert!(complete, "every broker listed its groups");
        assert_eq!(
            rows.iter().map(|r| r.group.as_str()).collect::<Vec<_>>(),
            ["a", "b"]
        );
        assert!(rows
            .iter()
            .all(|r| r.members.is_none() && r.protocol.is_none()));
        assert_eq!(warnings.len(), 1);
        assert!(warnings[0]
            .contains("2 of 2 group(s) (DescribeGroups: Local: Broker transport failure)"));
        let c = c.describe("a", GroupState::Stable, vec![member("m", &[])]);
        let (rows, _, _) = list_groups(&c, false).await.unwrap();
        assert_eq!(
            (rows[0].members, rows[0].protocol.as_deref()),
            (Some(1), Some("range"))
        );
        assert_eq!(rows[0].state, GroupState::Stable);
        let (_, warnings, _) = list_groups(&c, true).await.unwrap();
        assert!(warnings.is_empty());
    }

    #[tokio::test]
    async fn describe_explains_a_dropped_connection() {
        let mut c = FakeCluster::default().with_group("g", &[]);
        c.describe_error = BrokerError {
            kind: BrokerErrorKind::ConnectionClosed,
            message: "Local: Broker transport failure".into(),
        };
        let e = describe_group(&c, "g").await.unwrap_err().to_string();
        assert!(e.contains("it may not implement DescribeGroups"), "{e}");
        let c = FakeCluster::default().describe("x", GroupState::Empty, vec![]);
        let e = describe_group(&c, "nope").await.unwrap_err().to_string();
        assert_eq!(e, "consumer group \"nope\" does not exist");
    }
}
