//! The Kafka side of `dlq replay`: reading the DLQ, publishing, and finding
//! earlier replays (implemented in `kafka::dlq_io`).

use std::collections::HashSet;
use std::future::Future;

use anyhow::Result;

use crate::domain::dlq::{DlqRecord, ReplayRecord};
use crate::domain::model::BrokerError;

/// A dead-letter topic read by assignment (implemented by
/// `kafka::dlq_io::DlqReader`). A replay run reads the records its plan needs,
/// in any order; records not in the plan may be yielded too (they are
/// skipped).
pub trait DlqSource {
    /// Per partition: `(partition, low watermark, high watermark)`.
    fn extent(&self) -> Result<Vec<(i32, i64, i64)>>;

    /// Reads `[from, to)` of each partition from now on.
    fn assign(&mut self, ranges: &[(i32, i64, i64)]) -> Result<()>;

    /// The next record, or `None` when everything asked for was read.
    fn next(&mut self) -> impl Future<Output = Result<Option<DlqRecord>>>;
}

/// Where a record landed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Delivered {
    pub partition: i32,
    pub offset: i64,
}

/// Publishes records. `send` only enqueues; its future resolves with the
/// delivery report.
pub trait ReplaySink {
    type Delivery: Future<Output = std::result::Result<Delivered, BrokerError>>;

    fn send(&mut self, record: &ReplayRecord) -> std::result::Result<Self::Delivery, BrokerError>;

    /// True when deliveries only count once [`ReplaySink::commit`] succeeds.
    fn transactional(&self) -> bool;

    /// Connects to the leaders of `topics` ahead of the first record, so that
    /// the first sends are not held back (and then sent in one burst).
    fn warm_up(&mut self, _topics: &[String]) {}

    /// A durability point: commits the open transaction (transactional
    /// sinks); a no-op otherwise. Called with no delivery outstanding.
    fn commit(&mut self) -> impl Future<Output = std::result::Result<(), BrokerError>>;
}

/// Finds records already written by earlier runs.
pub trait ReplayIndex {
    /// Adds the `(topic, replay id)` pairs of the records written since the
    /// previous call (the first call starts at the scan's lower bound) and
    /// returns how many records it read.
    fn scan(&mut self, found: &mut HashSet<(String, String)>) -> impl Future<Output = Result<u64>>;
}

/// What `dlq replay` needs from the cluster: the destinations' partition
/// counts, and the clients it reads, scans and writes with (implemented by
/// `kafka::dlq_io::KafkaReplay`).
pub trait ReplayCluster {
    type Source: DlqSource;
    type Index: ReplayIndex;
    type Sink: ReplaySink;

    /// The partition count of a destination topic; an error naming the
    /// topic when it does not exist.
    fn partitions(&self, topic: &str) -> impl Future<Output = Result<i32>>;

    /// Reads the dead-letter topic.
    fn source(&self) -> Result<Self::Source>;

    /// Finds the records carrying a replay id starting with `prefix` in
    /// `topics`, from `since` (ms since the epoch; `None`: the beginning).
    fn index(&self, topics: &[String], prefix: &str, since: Option<i64>) -> Result<Self::Index>;

    /// The producer; with a transactional id it fences an earlier producer
    /// with the same id and aborts that one's open transaction.
    fn sink(&self, transactional_id: Option<&str>) -> Result<Self::Sink>;
}
