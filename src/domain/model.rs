//! Plain values describing what a cluster holds, shared by commands, planning
//! and rendering. Filled in by `kafka`, never by rdkafka types directly.

use serde::Serialize;

#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct Broker {
    pub id: i32,
    pub host: String,
    pub port: i32,
}

/// A broker as DescribeCluster reports it.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct NodeInfo {
    pub id: i32,
    pub host: String,
    pub port: i32,
    pub rack: Option<String>,
}

/// One log directory of one broker (DescribeLogDirs).
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct ReplicaSize {
    pub log_dir: String,
    pub error: Option<String>,
    /// Filesystem size and free space, when the broker reports them.
    pub total_bytes: Option<i64>,
    pub usable_bytes: Option<i64>,
    /// (topic, partition, bytes) of each replica in the directory.
    pub partitions: Vec<(String, i32, i64)>,
}

#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct ClusterInfo {
    pub cluster_id: Option<String>,
    pub controller_id: Option<i32>,
    pub brokers: Vec<Broker>,
    pub topic_count: usize,
}

#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct PartitionMeta {
    pub partition: i32,
    pub leader: i32,
    pub replicas: Vec<i32>,
    pub isr: Vec<i32>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub error: Option<String>,
}

#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct TopicMeta {
    pub name: String,
    pub partitions: Vec<PartitionMeta>,
}

impl TopicMeta {
    /// Replication factor as Kafka tools report it: the replica count of
    /// partition 0 (all partitions share it unless reassigned by hand).
    pub fn replication_factor(&self) -> usize {
        self.partitions.first().map_or(0, |p| p.replicas.len())
    }

    pub fn is_internal(&self) -> bool {
        is_internal_topic(&self.name)
    }
}

/// Internal topics are never listed by default and never pruned.
pub fn is_internal_topic(name: &str) -> bool {
    name.starts_with("__") || name == "_schemas"
}

/// Where a topic config value comes from, as DescribeConfigs reports it.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct ConfigEntry {
    pub name: String,
    /// `None` for sensitive values the broker does not return.
    pub value: Option<String>,
    pub source: String,
    pub is_default: bool,
    pub is_sensitive: bool,
}

/// What kind of failure a broker call met, as far as callers need to tell:
/// `kafka::errors` classifies librdkafka's errors, everything else branches
/// on this kind, never on the text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum BrokerErrorKind {
    /// The broker (or librdkafka) does not support what was asked, e.g.
    /// transactions.
    Unsupported,
    /// The broker closed the connection (or it failed) mid-request.
    ConnectionClosed,
    #[default]
    Other,
}

/// A failed broker call: librdkafka's message, and its kind.
#[derive(Debug, Clone, Default, PartialEq, Eq, thiserror::Error)]
#[error("{message}")]
pub struct BrokerError {
    pub kind: BrokerErrorKind,
    pub message: String,
}

impl BrokerError {
    /// A failure kctl itself describes (no broker text to classify).
    pub fn other(message: impl Into<String>) -> Self {
        BrokerError {
            kind: BrokerErrorKind::Other,
            message: message.into(),
        }
    }
}
