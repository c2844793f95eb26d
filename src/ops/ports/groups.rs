//! The consumer-group calls of `lag` and `groups` (implemented by
//! `kafka::groups::GroupsClient`).

use std::future::Future;

use anyhow::Result;

use crate::domain::groups::{GroupDescription, GroupListing, TopicPartition};
use crate::domain::lag::{Committed, LogEnds, TopicPartitions};
use crate::domain::model::BrokerError;

/// What ListOffsets is asked for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OffsetSpec {
    Earliest,
    /// The high watermark (read_uncommitted), as Kafka's tools use for lag.
    Latest,
    /// The first offset whose timestamp is at or after this (ms since the epoch).
    Timestamp(i64),
}

/// ListGroups' answer: the groups, and the brokers that failed to answer.
#[derive(Debug, Clone, Default)]
pub struct Listing {
    pub groups: Vec<GroupListing>,
    /// One line per broker that did not answer: the listing is incomplete.
    pub warnings: Vec<String>,
}

/// The cluster calls consumer-group commands need. Batched by contract:
/// `committed_offsets` issues one request per group, all in flight at once;
/// `list_offsets` is one call for every partition.
pub trait GroupsApi: Sync {
    fn list_groups(&self) -> impl Future<Output = Result<Listing>> + Send;

    /// DescribeGroups; one result per input group, in input order.
    fn describe_groups(
        &self,
        groups: &[String],
    ) -> impl Future<Output = Result<Vec<Result<GroupDescription, BrokerError>>>> + Send;

    /// OffsetFetch for every partition of each group; one result per input
    /// group, in input order.
    fn committed_offsets(
        &self,
        groups: &[String],
    ) -> impl Future<Output = Result<Vec<Result<Vec<Committed>, String>>>> + Send;

    /// Partition ids of every topic, from cluster metadata.
    fn topic_partitions(&self) -> impl Future<Output = Result<TopicPartitions>> + Send;

    fn list_offsets(
        &self,
        partitions: &[TopicPartition],
        spec: OffsetSpec,
    ) -> impl Future<Output = Result<LogEnds>> + Send;

    /// AlterConsumerGroupOffsets (an OffsetCommit on the group's behalf).
    fn alter_offsets(
        &self,
        group: &str,
        offsets: &[(TopicPartition, i64)],
    ) -> impl Future<Output = Result<Vec<(TopicPartition, Result<(), String>)>>> + Send;
}
