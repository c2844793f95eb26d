//! The admin calls `kctl plan` and `kctl apply` make, and the imperative
//! commands that share their executor (implemented by `kafka::Admin`).

use std::collections::BTreeMap;

use anyhow::Result;

use crate::domain::groups::TopicPartition;
use crate::domain::plan::ClusterState;

/// Topics per admin request. Kafka handles far more per request; chunking
/// bounds the size of one request and of one failure.
pub const BATCH: usize = 500;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewTopicRequest {
    pub name: String,
    pub partitions: i32,
    pub replication_factor: i16,
    pub configs: BTreeMap<String, String>,
}

/// Incremental config changes for one topic: `Some(value)` sets a key,
/// `None` resets it to the broker default.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AlterRequest {
    pub topic: String,
    pub ops: Vec<(String, Option<String>)>,
}

/// The broker's answer for one topic (or group, or partition): `Err`
/// carries its reason.
pub type TopicOutcome = (String, Result<(), String>);

/// The admin calls `kctl plan` and `kctl apply` need. Each call takes many
/// topics and makes one request for them; an `Err` means the request as a
/// whole failed (no broker answer), per-topic rejections are in the outcomes.
#[allow(async_fn_in_trait)] // used with concrete types only, never `dyn`
pub trait TopicAdmin {
    /// Metadata for every topic plus the broker count, and DescribeConfigs for
    /// the existing topics among `configs_for`.
    async fn cluster_state(&self, configs_for: &[&str]) -> Result<ClusterState>;
    async fn create_topics(&self, topics: &[NewTopicRequest]) -> Result<Vec<TopicOutcome>>;
    async fn alter_configs(&self, changes: &[AlterRequest]) -> Result<Vec<TopicOutcome>>;
    /// `(topic, new total partition count)`.
    async fn create_partitions(&self, increases: &[(String, i32)]) -> Result<Vec<TopicOutcome>>;
    async fn delete_topics(&self, topics: &[String]) -> Result<Vec<TopicOutcome>>;
    /// DeleteGroups; one outcome per group, keyed by the group's name.
    async fn delete_groups(&self, groups: &[String]) -> Result<Vec<TopicOutcome>>;
    /// DeleteConsumerGroupOffsets of one group (librdkafka takes one group
    /// per request); one outcome per partition.
    async fn delete_group_offsets(
        &self,
        group: &str,
        partitions: &[TopicPartition],
    ) -> Result<Vec<(TopicPartition, Result<(), String>)>>;
}
