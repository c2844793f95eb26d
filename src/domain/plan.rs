//! The diff between topics.yaml and the cluster: a [`TopicPlan`] value, computed
//! without I/O, then rendered, confirmed and executed elsewhere.
//!
//! Values are compared in canonical form ([`spec::canonical_value`]), so
//! `retention: 30d` equals a broker's `2592000000`. A config the broker reports
//! as a default (or does not report at all, as brokers that list only explicit
//! keys do) is not drift unless the file asks for a different value. Kafka's
//! rules are planned even where a test broker is laxer: partitions can only
//! grow, the replication factor cannot exceed the broker count, and kctl does
//! not reassign replicas, so a replication change is refused with a reason.

use std::collections::{BTreeMap, BTreeSet, HashSet};

use serde::Serialize;

use crate::domain::model::{is_internal_topic, ConfigEntry};
use crate::domain::spec::{self, Spec};

/// What the cluster holds, as far as planning needs.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ClusterState {
    pub broker_count: usize,
    pub topics: BTreeMap<String, TopicState>,
}

#[derive(Debug, Clone, Default, PartialEq)]
pub struct TopicState {
    pub partitions: i32,
    pub replication_factor: i32,
    /// DescribeConfigs entries (fetched only for topics the file declares).
    pub configs: Vec<ConfigEntry>,
}

/// Which topics outside the file `--prune` may delete.
#[derive(Debug, Clone)]
pub enum PruneScope {
    Prefix(String),
    /// Must match the whole topic name.
    Regex(regex::Regex),
}

impl PruneScope {
    /// Compiles `pattern` anchored at both ends, so `orders\..*` cannot match
    /// `old.orders.x` by accident. The error is one line about the pattern as
    /// given.
    pub fn regex(pattern: &str) -> Result<Self, String> {
        let one_line = |e: regex::Error| {
            let text = e.to_string();
            text.lines()
                .find_map(|l| l.strip_prefix("error: "))
                .unwrap_or(text.lines().next().unwrap_or_default())
                .to_string()
        };
        regex::Regex::new(pattern).map_err(one_line)?;
        regex::Regex::new(&format!("^(?:{pattern})$"))
            .map(PruneScope::Regex)
            .map_err(one_line)
    }

    /// The scope `--prune` was given (`--prune-prefix` or `--prune-regex`);
    /// `None` without `--prune`. The error is the usage message.
    pub fn from_flags(
        prune: bool,
        prefix: Option<&str>,
        regex: Option<&str>,
    ) -> Result<Option<Self>, String> {
        if !prune {
            return Ok(None);
        }
        match (prefix, regex) {
            (Some(""), _) => Err(
                "--prune-prefix must not be empty: use --prune-regex '.*' to mean every topic"
                    .into(),
            ),
            (Some(p), _) => Ok(Some(PruneScope::Prefix(p.to_string()))),
            (None, Some(r)) => PruneScope::regex(r)
                .map(Some)
                .map_err(|e| format!("--prune-regex {r:?}: invalid regex: {e}")),
            // clap requires a scope with --prune; kept as a guard.
            (None, None) => {
                Err("--prune needs a scope: --prune-prefix PREFIX or --prune-regex REGEX".into())
            }
        }
    }

    pub fn matches(&self, topic: &str) -> bool {
        match self {
            PruneScope::Prefix(p) => topic.starts_with(p.as_str()),
            PruneScope::Regex(r) => r.is_match(topic),
        }
    }

    pub fn describe(&self) -> String {
        match self {
            PruneScope::Prefix(p) => format!("prefix {p:?}"),
            PruneScope::Regex(r) => format!("regex {:?}", r.as_str()),
        }
    }
}

#[derive(Debug, Clone, Default)]
pub struct PlanOptions {
    /// Delete topics outside the file that match this scope.
    pub prune: Option<PruneScope>,
    /// Reset topic-level configs the file does not mention to the broker default.
    pub prune_configs: bool,
    /// With `prune_configs`: reset only these keys (`topics alter-config
    /// --delete`); `None`: every key the file does not mention.
    pub prune_config_keys: Option<BTreeSet<String>>,
}

/// One change, or one change kctl refuses to make.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "action", rename_all = "snake_case")]
pub enum Step {
    CreateTopic {
        topic: String,
        partitions: i32,
        replication_factor: i16,
        configs: BTreeMap<String, String>,
    },
    /// Set one key (IncrementalAlterConfigs SET). `old` is `None` when the
    /// broker did not report the key.
    SetConfig {
        topic: String,
        key: String,
        old: Option<String>,
        new: String,
    },
    /// Reset one key to the broker default (IncrementalAlterConfigs DELETE).
    DeleteConfig {
        topic: String,
        key: String,
        old: Option<String>,
    },
    AddPartitions {
        topic: String,
        from: i32,
        to: i32,
    },
    DeleteTopic {
        topic: String,
        partitions: i32,
    },
    RefusePartitionDecrease {
        topic: String,
        from: i32,
        to: i32,
        reason: String,
    },
    RefuseReplicationChange {
        topic: String,
        from: i32,
        to: i32,
        reason: String,
    },
    RefuseCreate {
        topic: String,
        reason: String,
    },
    /// A config value Kafka would accept but that breaks the topic, such as
    /// `min.insync.replicas` above the replication factor (no `acks=all`
    /// write could ever succeed).
    RefuseConfig {
        topic: String,
        key: String,
        value: String,
        reason: String,
    },
    /// Delete a consumer group with its committed offsets (DeleteGroups).
    /// The rest is what kctl saw when planning (`None`: unknown). Kafka
    /// refuses a group with members (NON_EMPTY_GROUP); the broker decides,
    /// and the report gives its answer.
    DeleteGroup {
        group: String,
        state: String,
        members: Option<usize>,
        committed_partitions: Option<usize>,
    },
    /// Delete a group's committed offset of one partition
    /// (DeleteConsumerGroupOffsets). Kafka refuses it while the group's
    /// members are subscribed to the topic (GROUP_SUBSCRIBED_TO_TOPIC).
    DeleteGroupOffset {
        group: String,
        topic: String,
        partition: i32,
        offset: i64,
    },
}

impl Step {
    /// What the step acts on: its topic, or for a group step the group.
    pub fn subject(&self) -> &str {
        match self {
            Step::CreateTopic { topic, .. }
            | Step::SetConfig { topic, .. }
            | Step::DeleteConfig { topic, .. }
            | Step::AddPartitions { topic, .. }
            | Step::DeleteTopic { topic, .. }
            | Step::RefusePartitionDecrease { topic, .. }
            | Step::RefuseReplicationChange { topic, .. }
            | Step::RefuseCreate { topic, .. }
            | Step::RefuseConfig { topic, .. } => topic,
            Step::DeleteGroup { group, .. } | Step::DeleteGroupOffset { group, .. } => group,
        }
    }

    /// A step on a consumer group rather than a topic.
    pub fn is_group_step(&self) -> bool {
        matches!(
            self,
            Step::DeleteGroup { .. } | Step::DeleteGroupOffset { .. }
        )
    }

    /// A step kctl will not execute: the file asks for something Kafka (or
    /// kctl) cannot do.
    pub fn is_refused(&self) -> bool {
        matches!(
            self,
            Step::RefusePartitionDecrease { .. }
                | Step::RefuseReplicationChange { .. }
                | Step::RefuseCreate { .. }
                | Step::RefuseConfig { .. }
        )
    }

    /// Steps that can lose data or settings: deleting a topic, resetting a
    /// key, shortening retention, changing the cleanup policy, deleting a
    /// group or its committed offsets. An unknown old value counts as a
    /// loss, since it may have been longer.
    pub fn is_destructive(&self) -> bool {
        match self {
            Step::DeleteTopic { .. }
            | Step::DeleteConfig { .. }
            | Step::DeleteGroup { .. }
            | Step::DeleteGroupOffset { .. } => true,
            Step::SetConfig { key, old, new, .. } => match key.as_str() {
                "retention.ms"
                | "retention.bytes"
                | "local.retention.ms"
                | "local.retention.bytes" => shortens(old.as_deref(), new),
                "cleanup.policy" => match old {
                    Some(o) => o != new,
                    // Kafka's default policy is delete.
                    None => new != "delete",
                },
                _ => false,
            },
            _ => false,
        }
    }
}

/// True when a limit goes from `old` to a smaller one (`-1` is unlimited,
/// `-2` "follow retention.*", treated as unknown).
fn shortens(old: Option<&str>, new: &str) -> bool {
    let Ok(new) = new.parse::<i64>() else {
        return true;
    };
    if new == -1 {
        return false;
    }
    match old.and_then(|o| o.parse::<i64>().ok()) {
        Some(-1) => true,
        Some(o) if o >= 0 => new < o,
        _ => true,
    }
}

/// A step with its classification, as rendered and serialised.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct PlannedStep {
    #[serde(flatten)]
    pub step: Step,
    pub destructive: bool,
    pub refused: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct UnmanagedConfig {
    pub topic: String,
    pub key: String,
    pub value: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct StepCounts {
    pub create: usize,
    pub config_changes: usize,
    pub add_partitions: usize,
    pub delete: usize,
    pub refused: usize,
    pub destructive: usize,
    /// Declared topics that already match the file.
    pub unchanged: usize,
    /// Consumer groups to delete (`groups delete`).
    pub delete_groups: usize,
    /// Committed partition offsets to delete (`groups delete-offsets`).
    pub delete_offsets: usize,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct TopicPlan {
    /// The override block applied to the file, if any.
    pub overrides: Option<String>,
    pub broker_count: usize,
    /// Declared topics first, in file order; then deletions by name.
    pub steps: Vec<PlannedStep>,
    /// Topics in the cluster the file does not declare, kept (outside the prune
    /// scope, or no `--prune`). Internal topics are not listed.
    pub unmanaged_topics: Vec<String>,
    /// Internal topics inside the prune scope: never deleted.
    pub protected_topics: Vec<String>,
    /// Topic-level configs the file does not mention, kept without
    /// `--prune-configs`.
    pub unmanaged_configs: Vec<UnmanagedConfig>,
    pub summary: StepCounts,
}

impl TopicPlan {
    /// Nothing to do and nothing refused: the cluster matches the file.
    pub fn in_sync(&self) -> bool {
        self.steps.is_empty()
    }

    pub fn has_refusals(&self) -> bool {
        self.steps.iter().any(|s| s.refused)
    }

    /// The steps kctl would execute.
    pub fn executable(&self) -> impl Iterator<Item = &Step> {
        self.steps.iter().filter(|s| !s.refused).map(|s| &s.step)
    }

    /// A plan of exactly `steps`, as the imperative commands (`topics
    /// delete`, `groups delete`, ...) build it: classified and counted as
    /// [`compute`] does, with nothing kept or protected besides.
    pub fn from_steps(steps: Vec<Step>, broker_count: usize) -> TopicPlan {
        let (steps, summary) = classify(steps, 0);
        TopicPlan {
            overrides: None,
            broker_count,
            steps,
            unmanaged_topics: Vec::new(),
            protected_topics: Vec::new(),
            unmanaged_configs: Vec::new(),
            summary,
        }
    }

    /// Every step acts on a consumer group.
    pub fn is_group_plan(&self) -> bool {
        !self.steps.is_empty() && self.steps.iter().all(|s| s.step.is_group_step())
    }
}

/// Each step with its classification, and the counts of the plan.
fn classify(steps: Vec<Step>, unchanged: usize) -> (Vec<PlannedStep>, StepCounts) {
    let steps: Vec<PlannedStep> = steps
        .into_iter()
        .map(|step| PlannedStep {
            destructive: step.is_destructive(),
            refused: step.is_refused(),
            step,
        })
        .collect();
    let mut summary = StepCounts {
        unchanged,
        ..StepCounts::default()
    };
    for s in &steps {
        match &s.step {
            _ if s.refused => summary.refused += 1,
            Step::CreateTopic { .. } => summary.create += 1,
            Step::SetConfig { .. } | Step::DeleteConfig { .. } => summary.config_changes += 1,
            Step::AddPartitions { .. } => summary.add_partitions += 1,
            Step::DeleteTopic { .. } => summary.delete += 1,
            Step::DeleteGroup { .. } => summary.delete_groups += 1,
            Step::DeleteGroupOffset { .. } => summary.delete_offsets += 1,
            _ => {}
        }
        if s.destructive {
            summary.destructive += 1;
        }
    }
    (steps, summary)
}

/// A config the broker holds for this topic specifically (not a broker-wide
/// or built-in default). Brokers older than 1.1 and some Kafka-compatible
/// brokers report the source as unknown; a non-default value then counts.
pub fn is_topic_override(e: &ConfigEntry) -> bool {
    !e.is_default && (e.source == "DynamicTopic" || e.source == "Unknown")
}

const MIN_INSYNC: &str = "min.insync.replicas";

/// Why `min.insync.replicas` in `configs` cannot work with `replication_factor`
/// replicas: Kafka accepts the setting but then refuses every `acks=all`
/// write with NOT_ENOUGH_REPLICAS, so kctl refuses it up front.
fn min_insync_problem(
    configs: &BTreeMap<String, String>,
    replication_factor: i32,
) -> Option<String> {
    let min: i64 = configs.get(MIN_INSYNC)?.parse().ok()?;
    // A replication factor of -1 is the broker's default, unknown here.
    (replication_factor > 0 && min > i64::from(replication_factor)).then(|| {
        format!(
            "min.insync.replicas {min} is larger than the replication factor {replication_factor}: \
             every acks=all write would fail with NOT_ENOUGH_REPLICAS; lower it to at most \
             {replication_factor}"
        )
    })
}

/// Diffs `spec` against `state`.
pub fn compute(spec: &Spec, state: &ClusterState, options: &PlanOptions) -> TopicPlan {
    let mut steps = Vec::new();
    let mut unmanaged_configs = Vec::new();
    let mut unchanged = 0;
    let brokers = state.broker_count;
    for t in &spec.topics {
        let Some(observed) = state.topics.get(&t.name) else {
            let rf = i32::from(t.replication_factor);
            if brokers > 0 && rf > 0 && rf as usize > brokers {
                steps.push(Step::RefuseCreate {
                    topic: t.name.clone(),
                    reason: format!(
                        "replication factor {rf} is larger than the {brokers} broker(s) in the \
                         cluster; Kafka would reject it (use an override block for small clusters)"
                    ),
                });
            } else if let Some(reason) = min_insync_problem(&t.configs, rf) {
                steps.push(Step::RefuseCreate {
                    topic: t.name.clone(),
                    reason,
                });
            } else {
                steps.push(Step::CreateTopic {
                    topic: t.name.clone(),
                    partitions: t.partitions,
                    replication_factor: t.replication_factor,
                    configs: t.configs.clone(),
                });
            }
            continue;
        };
        let before = steps.len();
        let by_key: BTreeMap<&str, &ConfigEntry> = observed
            .configs
            .iter()
            .map(|e| (e.name.as_str(), e))
            .collect();
        for (key, want) in &t.configs {
            let have = by_key
                .get(key.as_str())
                .and_then(|e| e.value.as_deref())
                .map(|v| spec::canonical_value(key, v));
            if have.as_deref() == Some(want.as_str()) {
                continue;
            }
            let problem = (key == MIN_INSYNC)
                .then(|| min_insync_problem(&t.configs, observed.replication_factor))
                .flatten();
            if let Some(reason) = problem {
                steps.push(Step::RefuseConfig {
                    topic: t.name.clone(),
                    key: key.clone(),
                    value: want.clone(),
                    reason,
                });
            } else {
                steps.push(Step::SetConfig {
                    topic: t.name.clone(),
                    key: key.clone(),
                    old: have,
                    new: want.clone(),
                });
            }
        }
        for e in observed.configs.iter().filter(|e| is_topic_override(e)) {
            if t.configs.contains_key(&e.name) {
                continue;
            }
            let value = e
                .value
                .as_deref()
                .map(|v| spec::canonical_value(&e.name, v));
            let resettable = options
                .prune_config_keys
                .as_ref()
                .is_none_or(|keys| keys.contains(&e.name));
            if options.prune_configs && resettable {
                steps.push(Step::DeleteConfig {
                    topic: t.name.clone(),
                    key: e.name.clone(),
                    old: value,
                });
            } else {
                unmanaged_configs.push(UnmanagedConfig {
                    topic: t.name.clone(),
                    key: e.name.clone(),
                    value,
                });
            }
        }
        if t.partitions > observed.partitions {
            steps.push(Step::AddPartitions {
                topic: t.name.clone(),
                from: observed.partitions,
                to: t.partitions,
            });
        } else if t.partitions < observed.partitions {
            steps.push(Step::RefusePartitionDecrease {
                topic: t.name.clone(),
                from: observed.partitions,
                to: t.partitions,
                reason: "Kafka cannot remove partitions from a topic; to shrink it, create a new \
                         topic and migrate, or set the file to the current count"
                    .into(),
            });
        }
        let rf = i32::from(t.replication_factor);
        if rf != observed.replication_factor {
            let mut reason = "kctl does not reassign replicas; change the replication factor with \
                              a partition reassignment (kafka-reassign-partitions.sh), then re-run"
                .to_string();
            if brokers > 0 && rf as usize > brokers {
                reason = format!(
                    "replication factor {rf} is larger than the {brokers} broker(s) in the cluster; {reason}"
                );
            }
            steps.push(Step::RefuseReplicationChange {
                topic: t.name.clone(),
                from: observed.replication_factor,
                to: rf,
                reason,
            });
        }
        if steps.len() == before {
            unchanged += 1;
        }
    }

    let declared: HashSet<&str> = spec.topics.iter().map(|t| t.name.as_str()).collect();
    let mut unmanaged_topics = Vec::new();
    let mut protected_topics = Vec::new();
    for (name, observed) in &state.topics {
        if declared.contains(name.as_str()) {
            continue;
        }
        let in_scope = options.prune.as_ref().is_some_and(|s| s.matches(name));
        if is_internal_topic(name) {
            if in_scope {
                protected_topics.push(name.clone());
            }
        } else if in_scope {
            steps.push(Step::DeleteTopic {
                topic: name.clone(),
                partitions: observed.partitions,
            });
        } else {
            unmanaged_topics.push(name.clone());
        }
    }

    let (steps, summary) = classify(steps, unchanged);
    TopicPlan {
        overrides: spec.overrides.clone(),
        broker_count: brokers,
        steps,
        unmanaged_topics,
        protected_topics,
        unmanaged_configs,
        summary,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::spec::{SubjectStrategy, TopicSpec};
    use std::path::PathBuf;

    fn topic(name: &str, partitions: i32, rf: i16, configs: &[(&str, &str)]) -> TopicSpec {
        TopicSpec {
            name: name.into(),
            partitions,
            replication_factor: rf,
            configs: configs
                .iter()
                .map(|(k, v)| (k.to_string(), v.to_string()))
                .collect(),
            value_schema: vec![],
            key_schema: vec![],
            subject_strategy: SubjectStrategy::Topic,
            compatibility: None,
        }
    }

    fn spec(topics: Vec<TopicSpec>) -> Spec {
        Spec {
            file: PathBuf::from("topics.yaml"),
            overrides: None,
            topics,
        }
    }

    fn entry(name: &str, value: &str, source: &str, is_default: bool) -> ConfigEntry {
        ConfigEntry {
            name: name.into(),
            value: Some(value.into()),
            source: source.into(),
            is_default,
            is_sensitive: false,
        }
    }

    fn state(brokers: usize, topics: Vec<(&str, i32, i32, Vec<ConfigEntry>)>) -> ClusterState {
        ClusterState {
            broker_count: brokers,
            topics: topics
                .into_iter()
                .map(|(n, p, rf, configs)| {
                    (
                        n.to_string(),
                        TopicState {
                            partitions: p,
                            replication_factor: rf,
                            configs,
                        },
                    )
                })
                .collect(),
        }
    }

    fn steps(plan: &TopicPlan) -> Vec<Step> {
        plan.steps.iter().map(|s| s.step.clone()).collect()
    }

    #[test]
    fn missing_topics_are_created_with_their_configs() {
        let s = spec(vec![topic("a", 12, 1, &[("retention.ms", "2592000000")])]);
        let plan = compute(&s, &state(1, vec![]), &PlanOptions::default());
        assert_eq!(
            steps(&plan),
            [Step::CreateTopic {
                topic: "a".into(),
                partitions: 12,
                replication_factor: 1,
                configs: [("retention.ms".to_string(), "2592000000".to_string())].into(),
            }]
        );
        assert_eq!(plan.summary.create, 1);
        assert!(!plan.in_sync());
    }

    #[test]
    fn equal_canonical_values_and_broker_defaults_are_not_drift() {
        let s = spec(vec![topic(
            "a",
            3,
            1,
            &[
                ("retention.ms", "2592000000"),
                ("cleanup.policy", "compact,delete"),
                ("min.insync.replicas", "1"),
            ],
        )]);
        let observed = state(
            1,
            vec![(
                "a",
                3,
                1,
                vec![
                    entry("retention.ms", "2592000000", "DynamicTopic", false),
                    entry("cleanup.policy", "delete,compact", "DynamicTopic", false),
                    // A broker default equal to the file's value is not drift.
                    entry("min.insync.replicas", "1", "Default", true),
                    // Defaults the file does not mention are never drift.
                    entry("segment.ms", "604800000", "Default", true),
                    entry("max.message.bytes", "1048588", "StaticBroker", false),
                ],
            )],
        );
        let plan = compute(&s, &observed, &PlanOptions::default());
        assert!(plan.in_sync(), "{:?}", plan.steps);
        assert_eq!(plan.summary.unchanged, 1);
        assert!(plan.unmanaged_configs.is_empty());
    }

    #[test]
    fn changed_and_unreported_keys_are_set_with_old_and_new() {
        let s = spec(vec![topic(
            "a",
            3,
            1,
            &[("retention.ms", "2592000000"), ("segment.ms", "3600000")],
        )]);
        let observed = state(
            1,
            vec![(
                "a",
                3,
                1,
                vec![entry("retention.ms", "604800000", "DynamicTopic", false)],
            )],
        );
        let plan = compute(&s, &observed, &PlanOptions::default());
        assert_eq!(
            steps(&plan),
            [
                Step::SetConfig {
                    topic: "a".into(),
                    key: "retention.ms".into(),
                    old: Some("604800000".into()),
                    new: "2592000000".into()
                },
                Step::SetConfig {
                    topic: "a".into(),
                    key: "segment.ms".into(),
                    old: None,
                    new: "3600000".into()
                },
            ]
        );
        // Longer retention is not destructive; segment.ms never is.
        assert!(plan.steps.iter().all(|s| !s.destructive));
    }

    #[test]
    fn keys_outside_the_file_are_reset_only_with_prune_configs() {
        let s = spec(vec![topic("a", 3, 1, &[])]);
        let observed = state(
            1,
            vec![(
                "a",
                3,
                1,
                vec![
                    entry("segment.ms", "3600000", "DynamicTopic", false),
                    entry("retention.ms", "604800000", "Default", true),
                ],
            )],
        );
        let kept = compute(&s, &observed, &PlanOptions::default());
        assert!(kept.in_sync());
        assert_eq!(
            kept.unmanaged_configs,
            [UnmanagedConfig {
                topic: "a".into(),
                key: "segment.ms".into(),
                value: Some("3600000".into())
            }]
        );
        let pruned = compute(
            &s,
            &observed,
            &PlanOptions {
                prune_configs: true,
                ..Default::default()
            },
        );
        assert_eq!(
            steps(&pruned),
            [Step::DeleteConfig {
                topic: "a".into(),
                key: "segment.ms".into(),
                old: Some("3600000".into())
            }]
        );
        assert!(pruned.steps[0].destructive);
    }

    #[test]
    fn partitions_grow_but_never_shrink_and_replication_changes_are_refused() {
        let s = spec(vec![
            topic("grow", 8, 1, &[]),
            topic("shrink", 2, 1, &[]),
            topic("rf", 1, 3, &[]),
        ]);
        let observed = state(
            1,
            vec![
                ("grow", 4, 1, vec![]),
                ("shrink", 4, 1, vec![]),
                ("rf", 1, 1, vec![]),
            ],
        );
        let plan = compute(&s, &observed, &PlanOptions::default());
        assert_eq!(
            plan.steps[0].step,
            Step::AddPartitions {
                topic: "grow".into(),
                from: 4,
                to: 8
            }
        );
        assert!(!plan.steps[0].refused);
        assert!(matches!(
            &plan.steps[1].step,
            Step::RefusePartitionDecrease { from: 4, to: 2, reason, .. } if reason.contains("cannot remove partitions")
        ));
        assert!(matches!(
            &plan.steps[2].step,
            Step::RefuseReplicationChange { from: 1, to: 3, reason, .. }
                if reason.contains("larger than the 1 broker") && reason.contains("reassign")
        ));
        assert!(plan.has_refusals());
        assert_eq!(plan.summary.refused, 2);
        assert_eq!(plan.executable().count(), 1);
    }

    #[test]
    fn a_replication_factor_above_the_broker_count_is_refused_at_create() {
        let s = spec(vec![topic("a", 1, 3, &[])]);
        let plan = compute(&s, &state(1, vec![]), &PlanOptions::default());
        assert!(
            matches!(&plan.steps[0].step, Step::RefuseCreate { reason, .. } if reason.contains("replication factor 3"))
        );
        let plan = compute(&s, &state(3, vec![]), &PlanOptions::default());
        assert!(matches!(&plan.steps[0].step, Step::CreateTopic { .. }));
    }

    #[test]
    fn topics_outside_the_file_are_deleted_only_in_the_prune_scope_and_never_internal() {
        let s = spec(vec![topic("app.a", 1, 1, &[])]);
        let observed = state(
            1,
            vec![
                ("app.a", 1, 1, vec![]),
                ("app.old", 2, 1, vec![]),
                ("other.x", 1, 1, vec![]),
                ("__consumer_offsets", 50, 1, vec![]),
                ("_schemas", 1, 1, vec![]),
            ],
        );
        let none = compute(&s, &observed, &PlanOptions::default());
        assert!(none.in_sync());
        assert_eq!(none.unmanaged_topics, ["app.old", "other.x"]);

        let prefix = compute(
            &s,
            &observed,
            &PlanOptions {
                prune: Some(PruneScope::Prefix("app.".into())),
                ..Default::default()
            },
        );
        assert_eq!(
            steps(&prefix),
            [Step::DeleteTopic {
                topic: "app.old".into(),
                partitions: 2
            }]
        );
        assert!(prefix.steps[0].destructive);
        assert_eq!(prefix.unmanaged_topics, ["other.x"]);

        let everything = compute(
            &s,
            &observed,
            &PlanOptions {
                prune: Some(PruneScope::regex(".*").unwrap()),
                ..Default::default()
            },
        );
        let deleted: Vec<&str> = everything.steps.iter().map(|s| s.step.subject()).collect();
        assert_eq!(deleted, ["app.old", "other.x"]);
        assert_eq!(
            everything.protected_topics,
            ["__consumer_offsets", "_schemas"]
        );
    }

    #[test]
    fn prune_regex_matches_whole_names() {
        let r = PruneScope::regex(r"app\.[a-z]+").unwrap();
        assert!(r.matches("app.old"));
        assert!(!r.matches("x.app.old"));
        assert!(!r.matches("app.old.v2"));
        assert_eq!(PruneScope::regex("(").unwrap_err(), "unclosed group");
    }

    #[test]
    fn destructive_classification() {
        let set = |key: &str, old: Option<&str>, new: &str| Step::SetConfig {
            topic: "t".into(),
            key: key.into(),
            old: old.map(str::to_string),
            new: new.into(),
        };
        assert!(set("retention.ms", Some("2592000000"), "604800000").is_destructive());
        assert!(!set("retention.ms", Some("604800000"), "2592000000").is_destructive());
        assert!(set("retention.ms", Some("-1"), "604800000").is_destructive());
        assert!(!set("retention.ms", Some("604800000"), "-1").is_destructive());
        assert!(set("retention.ms", None, "604800000").is_destructive());
        assert!(set("cleanup.policy", Some("delete"), "compact").is_destructive());
        assert!(!set("cleanup.policy", None, "delete").is_destructive());
        assert!(!set("segment.ms", Some("1"), "2").is_destructive());
    }

    /// `topics create` without --partitions/--replication-factor plans -1,
    /// Kafka's "broker default", and nothing is refused on a count kctl
    /// cannot know; min.insync.replicas is still checked against a given one.
    #[test]
    fn imperative_creates_with_broker_defaults_follow_applys_rules() {
        let defaults = spec(vec![topic("a", -1, -1, &[("min.insync.replicas", "2")])]);
        let plan = compute(&defaults, &state(1, vec![]), &PlanOptions::default());
        assert!(
            matches!(
                &plan.steps[0].step,
                Step::CreateTopic {
                    partitions: -1,
                    replication_factor: -1,
                    ..
                }
            ),
            "{:?}",
            plan.steps
        );
        let given = spec(vec![topic("a", 3, 1, &[("min.insync.replicas", "2")])]);
        let plan = compute(&given, &state(1, vec![]), &PlanOptions::default());
        assert!(
            matches!(&plan.steps[0].step, Step::RefuseCreate { reason, .. } if reason.contains("min.insync.replicas 2")),
            "{:?}",
            plan.steps
        );
    }

    /// `topics alter-config --delete K` resets K and only K, whatever else
    /// is set on the topic.
    #[test]
    fn prune_config_keys_limits_the_reset_to_the_named_keys() {
        let s = spec(vec![topic("a", 1, 1, &[])]);
        let observed = state(
            1,
            vec![(
                "a",
                1,
                1,
                vec![
                    entry("retention.ms", "3600000", "DynamicTopic", false),
                    entry("segment.ms", "600000", "DynamicTopic", false),
                ],
            )],
        );
        let plan = compute(
            &s,
            &observed,
            &PlanOptions {
                prune_configs: true,
                prune_config_keys: Some(["retention.ms".to_string()].into()),
                ..Default::default()
            },
        );
        assert_eq!(
            steps(&plan),
            [Step::DeleteConfig {
                topic: "a".into(),
                key: "retention.ms".into(),
                old: Some("3600000".into())
            }]
        );
    }

    /// Group steps are classified and counted like topic steps: deleting a
    /// group or its offsets is destructive, so it needs confirmation.
    #[test]
    fn group_steps_are_destructive_and_counted() {
        let plan = TopicPlan::from_steps(
            vec![
                Step::DeleteGroup {
                    group: "g".into(),
                    state: "Empty".into(),
                    members: Some(0),
                    committed_partitions: Some(2),
                },
                Step::DeleteGroupOffset {
                    group: "h".into(),
                    topic: "t".into(),
                    partition: 0,
                    offset: 5,
                },
            ],
            0,
        );
        assert!(plan.is_group_plan());
        assert!(plan.steps.iter().all(|s| s.destructive && !s.refused));
        assert_eq!(
            (
                plan.summary.delete_groups,
                plan.summary.delete_offsets,
                plan.summary.destructive
            ),
            (1, 1, 2)
        );
        let subjects: Vec<&str> = plan.steps.iter().map(|s| s.step.subject()).collect();
        assert_eq!(subjects, ["g", "h"]);
        let v = serde_json::to_value(&plan).unwrap();
        assert_eq!(v["steps"][0]["action"], "delete_group");
        assert_eq!(v["steps"][1]["action"], "delete_group_offset");
        assert_eq!(v["steps"][1]["topic"], "t");
        assert!(!TopicPlan::from_steps(vec![], 0).is_group_plan());
    }

    #[test]
    fn plan_json_names_each_action() {
        let s = spec(vec![topic("a", 2, 1, &[])]);
        let plan = compute(
            &s,
            &state(1, vec![("a", 1, 1, vec![])]),
            &PlanOptions::default(),
        );
        let v = serde_json::to_value(&plan).unwrap();
        assert_eq!(v["steps"][0]["action"], "add_partitions");
        assert_eq!(v["steps"][0]["from"], 1);
        assert_eq!(v["steps"][0]["to"], 2);
        assert_eq!(v["steps"][0]["destructive"], false);
        assert_eq!(v["summary"]["add_partitions"], 1);
    }
}
