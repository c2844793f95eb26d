//! Executes a [`TopicPlan`] against a [`TopicAdmin`] and reports every step.
//!
//! Steps run in phases, each one batched request per phase (chunked at
//! [`BATCH`] topics): create topics, alter configs (IncrementalAlterConfigs:
//! all keys of one topic form one resource, which the broker accepts or
//! rejects as a whole), add partitions, delete topics; then, for `groups
//! delete-offsets` and `groups delete`, committed offsets (one request per
//! group) and groups. A rejected step does
//! not stop the others; the report says exactly which succeeded, and since the
//! plan is recomputed from the cluster on the next run, a rerun converges.
//! Ctrl-C stops between batches, and the report marks what did not run.

use std::collections::BTreeMap;

use anyhow::Result;
use serde::Serialize;

use crate::domain::groups::TopicPartition;
use crate::domain::plan::{ClusterState, Step, TopicPlan};
use crate::domain::schema_plan::{SchemaApplyReport, SchemaStepStatus};
use crate::exit::Outcome;
use crate::ops::interrupt;
use crate::ops::ports::{AlterRequest, NewTopicRequest, TopicAdmin, TopicOutcome, BATCH};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum TopicStepStatus {
    Done,
    Failed,
    /// Not attempted: interrupted before its batch ran.
    NotRun,
    /// Sent, but the answer was lost (the connection dropped) and the
    /// cluster could not be asked afterwards: it may or may not have happened.
    Unknown,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct StepResult {
    #[serde(flatten)]
    pub step: Step,
    pub status: TopicStepStatus,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub error: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct ApplyReport {
    pub results: Vec<StepResult>,
    pub done: usize,
    pub failed: usize,
    pub not_run: usize,
    pub unknown: usize,
    pub interrupted: bool,
}

/// Runs every executable step of `plan` (refused steps are never run).
/// `on_result` sees each result as its batch completes, for live reporting.
pub async fn execute<A: TopicAdmin>(
    admin: &A,
    plan: &TopicPlan,
    on_result: impl FnMut(&StepResult),
) -> ApplyReport {
    let steps: Vec<&Step> = plan.executable().collect();
    let mut run = Run {
        report: ApplyReport::default(),
        on_result,
    };

    // Phase 1: create topics.
    let creates: Vec<(Vec<&Step>, NewTopicRequest)> = steps
        .iter()
        .filter_map(|s| match s {
            Step::CreateTopic {
                topic,
                partitions,
                replication_factor,
                configs,
            } => Some((
                vec![*s],
                NewTopicRequest {
                    name: topic.clone(),
                    partitions: *partitions,
                    replication_factor: *replication_factor,
                    configs: configs.clone(),
                },
            )),
            _ => None,
        })
        .collect();
    run.phase(
        admin,
        &creates,
        |r| &r.name,
        async |reqs: &[NewTopicRequest]| admin.create_topics(reqs).await,
        Some(&|state: &ClusterState, r: &NewTopicRequest| state.topics.contains_key(&r.name)),
    )
    .await;

    // Phase 2: config changes, one resource per topic.
    let mut alters: BTreeMap<&str, (Vec<&Step>, AlterRequest)> = BTreeMap::new();
    for s in &steps {
        let (topic, key, value) = match s {
            Step::SetConfig {
                topic, key, new, ..
            } => (topic, key, Some(new.clone())),
            Step::DeleteConfig { topic, key, .. } => (topic, key, None),
            _ => continue,
        };
        let entry = alters.entry(topic.as_str()).or_insert_with(|| {
            (
                Vec::new(),
                AlterRequest {
                    topic: topic.clone(),
                    ops: Vec::new(),
                },
            )
        });
        entry.0.push(s);
        entry.1.ops.push((key.clone(), value));
    }
    let alters: Vec<(Vec<&Step>, AlterRequest)> = alters.into_values().collect();
    // The broker accepts or rejects a topic's changes as a whole, and says
    // which: nothing to settle by asking again.
    run.phase(
        admin,
        &alters,
        |r| &r.topic,
        async |reqs: &[AlterRequest]| admin.alter_configs(reqs).await,
        None,
    )
    .await;

    // Phase 3: partitions, `(topic, new total count)`.
    let increases: Vec<(Vec<&Step>, (String, i32))> = steps
        .iter()
        .filter_map(|s| match s {
            Step::AddPartitions { topic, to, .. } => Some((vec![*s], (topic.clone(), *to))),
            _ => None,
        })
        .collect();
    run.phase(
        admin,
        &increases,
        |r| &r.0,
        async |reqs: &[(String, i32)]| admin.create_partitions(reqs).await,
        Some(&|state: &ClusterState, (t, n): &(String, i32)| {
            state.topics.get(t).is_some_and(|ts| ts.partitions >= *n)
        }),
    )
    .await;

    // Phase 4: deletions, last, so nothing else depends on a deleted topic.
    let deletes: Vec<(Vec<&Step>, String)> = steps
        .iter()
        .filter_map(|s| match s {
            Step::DeleteTopic { topic, .. } => Some((vec![*s], topic.clone())),
            _ => None,
        })
        .collect();
    run.phase(
        admin,
        &deletes,
        |t| t,
        async |names: &[String]| admin.delete_topics(names).await,
        Some(&|state: &ClusterState, t: &String| !state.topics.contains_key(t)),
    )
    .await;

    // Phase 5: committed offsets, one request per group, each partition's
    // outcome its own. A lost answer cannot be settled from cluster metadata:
    // such steps are reported unknown.
    let mut offsets: BTreeMap<&str, Vec<Item<(String, TopicPartition)>>> = BTreeMap::new();
    for s in &steps {
        if let Step::DeleteGroupOffset {
            group,
            topic,
            partition,
            ..
        } = s
        {
            let tp = TopicPartition::new(topic.clone(), *partition);
            offsets
                .entry(group.as_str())
                .or_default()
                .push((vec![*s], (tp.to_string(), tp)));
        }
    }
    for (group, items) in &offsets {
        run.phase(
            admin,
            items,
            |r| &r.0,
            async |reqs: &[(String, TopicPartition)]| {
                let tps: Vec<TopicPartition> = reqs.iter().map(|(_, tp)| tp.clone()).collect();
                let outcomes = admin.delete_group_offsets(group, &tps).await?;
                Ok(outcomes
                    .into_iter()
                    .map(|(tp, r)| (tp.to_string(), r))
                    .collect())
            },
            None,
        )
        .await;
    }

    // Phase 6: groups.
    let groups: Vec<(Vec<&Step>, String)> = steps
        .iter()
        .filter_map(|s| match s {
            Step::DeleteGroup { group, .. } => Some((vec![*s], group.clone())),
            _ => None,
        })
        .collect();
    run.phase(
        admin,
        &groups,
        |g| g,
        async |names: &[String]| admin.delete_groups(names).await,
        None,
    )
    .await;
    run.report
}

/// A request with the plan steps it applies.
type Item<'a, R> = (Vec<&'a Step>, R);

/// Whether the cluster's state shows a request applied.
type TookEffect<R> = dyn Fn(&ClusterState, &R) -> bool;

/// An execution in progress: the report so far, and who hears each result.
struct Run<F> {
    report: ApplyReport,
    on_result: F,
}

impl<F: FnMut(&StepResult)> Run<F> {
    fn record(&mut self, step: &Step, status: TopicStepStatus, error: Option<String>) {
        let r = StepResult {
            step: step.clone(),
            status,
            error,
        };
        (self.on_result)(&r);
        let report = &mut self.report;
        match status {
            TopicStepStatus::Done => report.done += 1,
            TopicStepStatus::Failed => report.failed += 1,
            TopicStepStatus::NotRun => report.not_run += 1,
            TopicStepStatus::Unknown => report.unknown += 1,
        }
        report.results.push(r);
    }

    /// True once Ctrl-C was pressed: later batches are not run.
    fn stop(&mut self) -> bool {
        if interrupt::requested() {
            self.report.interrupted = true;
        }
        self.report.interrupted
    }

    /// One phase: requests of one kind, each for one topic (or group, or
    /// partition) and carrying the plan steps it applies, sent in batches
    /// of [`BATCH`]. When a request's
    /// answer is lost, `took_effect` (if given) tells from the cluster's
    /// state whether it was applied anyway.
    async fn phase<A: TopicAdmin, R: Clone>(
        &mut self,
        admin: &A,
        items: &[(Vec<&Step>, R)],
        topic: impl Fn(&R) -> &str,
        send: impl AsyncFn(&[R]) -> Result<Vec<TopicOutcome>>,
        took_effect: Option<&TookEffect<R>>,
    ) {
        for chunk in items.chunks(BATCH) {
            if self.stop() {
                for s in chunk.iter().flat_map(|(ss, _)| ss) {
                    self.record(s, TopicStepStatus::NotRun, None);
                }
                continue;
            }
            let reqs: Vec<R> = chunk.iter().map(|(_, r)| r.clone()).collect();
            let outcomes = send(&reqs).await;
            let mut by_topic = outcome_map(outcomes, reqs.iter().map(&topic));
            if let Some(f) = took_effect {
                reobserve(admin, &mut by_topic, |state, t| {
                    reqs.iter().any(|r| topic(r) == t && f(state, r))
                })
                .await;
            }
            for (ss, r) in chunk {
                let (status, error) = status_of(&by_topic, topic(r));
                for s in ss {
                    self.record(s, status, error.clone());
                }
            }
        }
    }
}

/// What one request did to one topic.
#[derive(Debug, Clone, PartialEq, Eq)]
enum RequestOutcome {
    Done,
    Failed(String),
    /// The request as a whole failed (connection lost, timeout): the broker
    /// may have acted on it before its answer was lost.
    Lost(String),
}

/// Per-topic results of one request; a failed request leaves every topic in
/// it [`RequestOutcome::Lost`], to be settled by [`reobserve`].
fn outcome_map<'a>(
    outcomes: Result<Vec<TopicOutcome>>,
    topics: impl Iterator<Item = &'a str>,
) -> BTreeMap<String, RequestOutcome> {
    match outcomes {
        Ok(list) => list
            .into_iter()
            .map(|(t, r)| {
                (
                    t,
                    r.map_or_else(RequestOutcome::Failed, |()| RequestOutcome::Done),
                )
            })
            .collect(),
        Err(e) => topics
            .map(|t| (t.to_string(), RequestOutcome::Lost(format!("{e:#}"))))
            .collect(),
    }
}

/// Settles lost outcomes by asking the cluster what it now holds: a step
/// whose effect is visible (`took_effect`) is done, one whose effect is not is
/// failed. When the cluster cannot be asked either, they stay lost and are
/// reported as unknown, never as failed: "failed" promises nothing changed.
async fn reobserve<A: TopicAdmin>(
    admin: &A,
    by_topic: &mut BTreeMap<String, RequestOutcome>,
    took_effect: impl Fn(&ClusterState, &str) -> bool,
) {
    if !by_topic
        .values()
        .any(|o| matches!(o, RequestOutcome::Lost(_)))
    {
        return;
    }
    let Ok(state) = admin.cluster_state(&[]).await else {
        return;
    };
    for (topic, outcome) in by_topic.iter_mut() {
        if let RequestOutcome::Lost(reason) = outcome {
            *outcome = if took_effect(&state, topic) {
                RequestOutcome::Done
            } else {
                RequestOutcome::Failed(reason.clone())
            };
        }
    }
}

fn status_of(
    by_topic: &BTreeMap<String, RequestOutcome>,
    topic: &str,
) -> (TopicStepStatus, Option<String>) {
    match by_topic.get(topic) {
        Some(RequestOutcome::Done) => (TopicStepStatus::Done, None),
        Some(RequestOutcome::Failed(e)) => (TopicStepStatus::Failed, Some(e.clone())),
        Some(RequestOutcome::Lost(e)) => (
            TopicStepStatus::Unknown,
            Some(format!(
                "{e}; the answer was lost, so this step may or may not have been applied: \
                 `kctl plan` shows what remains"
            )),
        ),
        None => (
            TopicStepStatus::Failed,
            Some("the broker's answer did not mention this topic".into()),
        ),
    }
}

/// Why `apply` would refuse a plan with `refused` refused topic steps and
/// `incompatible` incompatible schemas; `None` when it would not.
pub fn refusal(refused: usize, incompatible: usize) -> Option<String> {
    match (refused, incompatible) {
        (0, 0) => None,
        (0, n) => Some(format!(
            "{n} schema(s) are incompatible with the registry (see above): apply would refuse the plan"
        )),
        (r, 0) => Some(format!(
            "the plan has {r} refused step(s): topics.yaml asks for what Kafka or kctl cannot do (see above)"
        )),
        (r, n) => Some(format!(
            "the plan has {r} refused step(s) and {n} incompatible schema(s) (see above): apply would refuse it"
        )),
    }
}

/// The exit of an apply: 0 when every step (topics and schemas) was done, an
/// error when none was and nothing changed, partial (4) otherwise. Steps
/// whose answer was lost make it partial: "nothing was changed" is only said
/// when it is known.
pub fn outcome(
    report: &ApplyReport,
    schema_report: Option<&SchemaApplyReport>,
    incompatible: usize,
) -> Result<Outcome> {
    let schema_failed = schema_report.map_or(0, |r| {
        r.count(SchemaStepStatus::Failed) + r.count(SchemaStepStatus::Skipped)
    });
    let schema_done = schema_report.map_or(0, |r| r.count(SchemaStepStatus::Done));
    let failed = report.failed + schema_failed + incompatible;
    let done = report.done + schema_done;
    match (done, failed, report.unknown) {
        (_, 0, 0) => Ok(Outcome::Ok),
        (0, n, 0) => Err(anyhow::anyhow!(
            "all {n} step(s) failed or were skipped; nothing was changed"
        )),
        _ => Ok(Outcome::Partial),
    }
}

/// A fake cluster behind [`TopicAdmin`], for tests of logic the test broker
/// cannot exercise (it lacks CreatePartitions) and for injected failures.
#[cfg(test)]
pub mod fake {
    use std::collections::{BTreeMap, BTreeSet};
    use std::sync::Mutex;

    use anyhow::{bail, Result};

    use super::*;
    use crate::domain::model::ConfigEntry;
    use crate::domain::plan::{ClusterState, TopicState};

    #[derive(Default)]
    pub struct FakeAdmin {
        pub brokers: usize,
        pub topics: Mutex<BTreeMap<String, TopicState>>,
        /// Topics whose next operation the "broker" rejects (once each).
        pub reject_once: Mutex<BTreeSet<String>>,
        /// Every request made, e.g. `create_topics[a,b]`, to prove batching.
        pub requests: Mutex<Vec<String>>,
        /// When set, every request fails as a whole (broker unreachable).
        pub down: bool,
        /// When set, create_topics creates the topics and then fails as a
        /// whole, as when the connection drops before the answer arrives.
        pub lose_create_answers: bool,
        /// Consumer groups with their committed partitions.
        pub groups: Mutex<BTreeMap<String, Vec<TopicPartition>>>,
        /// Groups with members: DeleteGroups answers NON_EMPTY_GROUP, and
        /// DeleteConsumerGroupOffsets GROUP_SUBSCRIBED_TO_TOPIC.
        pub busy_groups: BTreeSet<String>,
    }

    impl FakeAdmin {
        pub fn new(brokers: usize) -> Self {
            FakeAdmin {
                brokers,
                ..Default::default()
            }
        }

        fn log(&self, what: &str, topics: impl Iterator<Item = String>) -> Result<()> {
            let names: Vec<String> = topics.collect();
            self.requests
                .lock()
                .unwrap()
                .push(format!("{what}[{}]", names.join(",")));
            if self.down {
                bail!("cannot reach Kafka at fake:9092 within 1s: Connection refused");
            }
            Ok(())
        }

        fn rejected(&self, topic: &str) -> bool {
            self.reject_once.lock().unwrap().remove(topic)
        }
    }

    impl TopicAdmin for FakeAdmin {
        async fn cluster_state(&self, configs_for: &[&str]) -> Result<ClusterState> {
            self.log("describe", configs_for.iter().map(|s| s.to_string()))?;
            Ok(ClusterState {
                broker_count: self.brokers,
                topics: self.topics.lock().unwrap().clone(),
            })
        }

        async fn create_topics(&self, topics: &[NewTopicRequest]) -> Result<Vec<TopicOutcome>> {
            self.log("create_topics", topics.iter().map(|t| t.name.clone()))?;
            let mut state = self.topics.lock().unwrap();
            let outcome = topics
                .iter()
                .map(|t| {
                    let r = if self.rejected(&t.name) {
                        Err("Broker: Policy violation".to_string())
                    } else if state.contains_key(&t.name) {
                        Err("Broker: Topic already exists".to_string())
                    } else {
                        state.insert(
                            t.name.clone(),
                            TopicState {
                                partitions: t.partitions,
                                replication_factor: t.replication_factor.into(),
                                configs: t.configs.iter().map(|(k, v)| topic_entry(k, v)).collect(),
                            },
                        );
                        Ok(())
                    };
                    (t.name.clone(), r)
                })
                .collect::<Vec<_>>();
            if self.lose_create_answers {
                bail!("Kafka at fake:9092: Local: Broker transport failure");
            }
            Ok(outcome)
        }

        async fn alter_configs(&self, changes: &[AlterRequest]) -> Result<Vec<TopicOutcome>> {
            self.log("alter_configs", changes.iter().map(|c| c.topic.clone()))?;
            let mut state = self.topics.lock().unwrap();
            Ok(changes
                .iter()
                .map(|c| {
                    let r = match state.get_mut(&c.topic) {
                        _ if self.rejected(&c.topic) => Err("Broker: Invalid config".to_string()),
                        None => Err("Broker: Unknown topic or partition".to_string()),
                        Some(t) => {
                            for (k, v) in &c.ops {
                                t.configs.retain(|e| &e.name != k);
                                if let Some(v) = v {
                                    t.configs.push(topic_entry(k, v));
                                }
                            }
                            Ok(())
                        }
                    };
                    (c.topic.clone(), r)
                })
                .collect())
        }

        async fn create_partitions(
            &self,
            increases: &[(String, i32)],
        ) -> Result<Vec<TopicOutcome>> {
            self.log(
                "create_partitions",
                increases.iter().map(|(t, _)| t.clone()),
            )?;
            let mut state = self.topics.lock().unwrap();
            Ok(increases
                .iter()
                .map(|(topic, to)| {
                    let r = match state.get_mut(topic) {
                        _ if self.rejected(topic) => Err("Broker: Invalid partitions".to_string()),
                        None => Err("Broker: Unknown topic or partition".to_string()),
                        Some(t) if *to <= t.partitions => {
                            Err("Broker: Invalid partitions".to_string())
                        }
                        Some(t) => {
                            t.partitions = *to;
                            Ok(())
                        }
                    };
                    (topic.clone(), r)
                })
                .collect())
        }

        async fn delete_topics(&self, topics: &[String]) -> Result<Vec<TopicOutcome>> {
            self.log("delete_topics", topics.iter().cloned())?;
            let mut state = self.topics.lock().unwrap();
            Ok(topics
                .iter()
                .map(|t| {
                    let r = if self.rejected(t) {
                        Err("Broker: Topic authorization failed".to_string())
                    } else if state.remove(t).is_some() {
                        Ok(())
                    } else {
                        Err("Broker: Unknown topic or partition".to_string())
                    };
                    (t.clone(), r)
                })
                .collect())
        }

        async fn delete_groups(&self, groups: &[String]) -> Result<Vec<TopicOutcome>> {
            self.log("delete_groups", groups.iter().cloned())?;
            let mut state = self.groups.lock().unwrap();
            Ok(groups
                .iter()
                .map(|g| {
                    let r = if self.busy_groups.contains(g) {
                        Err("Broker: The group is not empty (NON_EMPTY_GROUP)".to_string())
                    } else if state.remove(g).is_some() {
                        Ok(())
                    } else {
                        Err("Broker: The group id does not exist (GROUP_ID_NOT_FOUND)".to_string())
                    };
                    (g.clone(), r)
                })
                .collect())
        }

        async fn delete_group_offsets(
            &self,
            group: &str,
            partitions: &[TopicPartition],
        ) -> Result<Vec<(TopicPartition, Result<(), String>)>> {
            self.log(
                &format!("delete_group_offsets {group}"),
                partitions.iter().map(|tp| tp.to_string()),
            )?;
            let mut state = self.groups.lock().unwrap();
            let committed = state.entry(group.to_string()).or_default();
            Ok(partitions
                .iter()
                .map(|tp| {
                    let r = if self.busy_groups.contains(group) {
                        Err(
                            "Broker: The consumer group is actively subscribed to the topic \
                             (GROUP_SUBSCRIBED_TO_TOPIC)"
                                .to_string(),
                        )
                    } else {
                        committed.retain(|c| c != tp);
                        Ok(())
                    };
                    (tp.clone(), r)
                })
                .collect())
        }
    }

    pub fn topic_entry(k: &str, v: &str) -> ConfigEntry {
        ConfigEntry {
            name: k.into(),
            value: Some(v.into()),
            source: "DynamicTopic".into(),
            is_default: false,
            is_sensitive: false,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::fake::FakeAdmin;
    use super::*;
    use crate::domain::plan::{self, PlanOptions, PruneScope, TopicState};
    use crate::domain::spec;
    use std::path::Path;

    const FILE: &str = "\
defaults:
  replication_factor: 1
app.orders:
  partitions: 6
  retention: 7d
app.payments:
  partitions: 3
  cleanup_policy: compact
app.audit:
  partitions: 2
  retention: 1y
";

    fn spec_of(text: &str) -> spec::Spec {
        spec::parse(text, Path::new("topics.yaml"))
            .unwrap()
            .resolve(None)
            .unwrap()
    }

    async fn plan_against(admin: &FakeAdmin, s: &spec::Spec, options: &PlanOptions) -> TopicPlan {
        let names: Vec<&str> = s.topics.iter().map(|t| t.name.as_str()).collect();
        let state = admin.cluster_state(&names).await.unwrap();
        plan::compute(s, &state, options)
    }

    fn run<F: std::future::Future>(f: F) -> F::Output {
        tokio::runtime::Builder::new_current_thread()
            .build()
            .unwrap()
            .block_on(f)
    }

    /// The fake counts requests: one per phase. Creation, partition
    /// increases and config changes run against Kafka in
    /// tests/integration/apply.rs.
    #[test]
    fn apply_then_rerun_converges_with_one_request_per_phase() {
        run(async {
            let admin = FakeAdmin::new(1);
            admin.topics.lock().unwrap().insert(
                "app.orders".into(),
                TopicState {
                    partitions: 3,
                    replication_factor: 1,
                    configs: vec![fake::topic_entry("retention.ms", "86400000")],
                },
            );
            let s = spec_of(FILE);
            let plan = plan_against(&admin, &s, &PlanOptions::default()).await;
            assert_eq!(plan.summary.create, 2);
            assert_eq!(plan.summary.config_changes, 1);
            assert_eq!(plan.summary.add_partitions, 1);
            let mut seen = 0;
            let report = execute(&admin, &plan, |_| seen += 1).await;
            assert_eq!((report.done, report.failed, report.not_run), (4, 0, 0));
            assert_eq!(seen, 4);
            let requests = admin.requests.lock().unwrap().clone();
            assert_eq!(
                requests,
                [
                    "describe[app.orders,app.payments,app.audit]",
                    "create_topics[app.payments,app.audit]",
                    "alter_configs[app.orders]",
                    "create_partitions[app.orders]",
                ]
            );
            let again = plan_against(&admin, &s, &PlanOptions::default()).await;
            assert!(again.in_sync(), "{:?}", again.steps);
        });
    }

    /// Partial failure: the fake broker rejects one topic's step; the others
    /// still run, the report names the failure, and a rerun converges.
    #[test]
    fn a_rejected_step_does_not_stop_the_others_and_a_rerun_converges() {
        run(async {
            let admin = FakeAdmin::new(1);
            admin.topics.lock().unwrap().insert(
                "app.orders".into(),
                TopicState {
                    partitions: 3,
                    replication_factor: 1,
                    configs: vec![],
                },
            );
            admin
                .reject_once
                .lock()
                .unwrap()
                .extend(["app.payments".to_string(), "app.orders".to_string()]);
            let s = spec_of(FILE);
            let plan = plan_against(&admin, &s, &PlanOptions::default()).await;
            let report = execute(&admin, &plan, |_| {}).await;
            let failed: Vec<(&str, &str)> = report
                .results
                .iter()
                .filter(|r| r.status == TopicStepStatus::Failed)
                .map(|r| (r.step.subject(), r.error.as_deref().unwrap()))
                .collect();
            assert_eq!(
                failed,
                [
                    ("app.payments", "Broker: Policy violation"),
                    ("app.orders", "Broker: Invalid config"),
                ]
            );
            // app.audit was created, app.orders grew although its config change failed.
            assert_eq!(report.done, 2);
            assert_eq!(report.failed, 2);
            assert!(admin.topics.lock().unwrap().contains_key("app.audit"));
            assert_eq!(admin.topics.lock().unwrap()["app.orders"].partitions, 6);

            let rerun = plan_against(&admin, &s, &PlanOptions::default()).await;
            assert_eq!(rerun.executable().count(), 2, "{:?}", rerun.steps);
            let report = execute(&admin, &rerun, |_| {}).await;
            assert_eq!((report.done, report.failed), (2, 0));
            assert!(plan_against(&admin, &s, &PlanOptions::default())
                .await
                .in_sync());
        });
    }

    /// A request that fails as a whole may still have reached the broker;
    /// with the cluster unreachable afterwards, every step in it is unknown.
    #[test]
    fn a_failed_request_leaves_every_step_in_it_unknown() {
        run(async {
            let admin = FakeAdmin {
                down: true,
                ..FakeAdmin::new(1)
            };
            let s = spec_of(FILE);
            let plan = plan::compute(
                &s,
                &ClusterState {
                    broker_count: 1,
                    ..Default::default()
                },
                &PlanOptions::default(),
            );
            let report = execute(&admin, &plan, |_| {}).await;
            assert_eq!((report.failed, report.unknown), (0, 3));
            assert!(report.results.iter().all(|r| r
                .error
                .as_deref()
                .unwrap()
                .contains("cannot reach Kafka")));
        });
    }

    #[test]
    fn prune_deletes_in_scope_topics_last_and_refused_steps_never_run() {
        run(async {
            let admin = FakeAdmin::new(1);
            {
                let mut t = admin.topics.lock().unwrap();
                for (name, p) in [("app.old", 1), ("other.keep", 1), ("app.orders", 12)] {
                    t.insert(
                        name.into(),
                        TopicState {
                            partitions: p,
                            replication_factor: 1,
                            configs: vec![],
                        },
                    );
                }
            }
            let s = spec_of(FILE);
            let options = PlanOptions {
                prune: Some(PruneScope::Prefix("app.".into())),
                prune_configs: false,
                prune_config_keys: None,
            };
            let plan = plan_against(&admin, &s, &options).await;
            assert!(plan.has_refusals()); // app.orders: 12 → 6 partitions
            let report = execute(&admin, &plan, |_| {}).await;
            assert!(report
                .results
                .iter()
                .all(|r| !matches!(r.step, Step::RefusePartitionDecrease { .. })));
            let requests = admin.requests.lock().unwrap().clone();
            assert_eq!(requests.last().unwrap(), "delete_topics[app.old]");
            let topics = admin.topics.lock().unwrap();
            assert!(!topics.contains_key("app.old"));
            assert!(topics.contains_key("other.keep"));
            assert_eq!(topics["app.orders"].partitions, 12);
        });
    }

    #[test]
    fn many_topics_are_sent_in_batches() {
        run(async {
            let admin = FakeAdmin::new(1);
            let mut text = String::from("defaults:\n  partitions: 1\n  replication_factor: 1\n");
            for i in 0..1200 {
                text.push_str(&format!("bench.t{i}: {{}}\n"));
            }
            let s = spec_of(&text);
            let plan = plan_against(&admin, &s, &PlanOptions::default()).await;
            let report = execute(&admin, &plan, |_| {}).await;
            assert_eq!(report.done, 1200);
            let creates = admin
                .requests
                .lock()
                .unwrap()
                .iter()
                .filter(|r| r.starts_with("create_topics"))
                .count();
            assert_eq!(creates, 1200usize.div_ceil(BATCH));
        });
    }

    /// The broker created the topics, then the connection dropped before its
    /// answer arrived: asking the cluster afterwards shows they are done.
    #[test]
    fn a_lost_create_answer_is_settled_by_asking_the_cluster() {
        run(async {
            let admin = FakeAdmin {
                lose_create_answers: true,
                ..FakeAdmin::new(1)
            };
            let s = spec_of("defaults:\n  replication_factor: 1\nlost.a:\n  partitions: 1\nlost.b:\n  partitions: 2\n");
            let plan = plan_against(&admin, &s, &PlanOptions::default()).await;
            let report = execute(&admin, &plan, |_| {}).await;
            assert_eq!((report.done, report.failed, report.unknown), (2, 0, 0));
        });
    }
}
