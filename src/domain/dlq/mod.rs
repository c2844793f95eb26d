//! Dead-letter queues, pure part: which framework wrote a DLQ record and where
//! it came from (the header conventions below), the headers a
//! replayed record carries, entry selection, the replay plan and its report.
//!
//! # Header conventions
//!
//! Detection is a pure function over a record's header list, a sequence of
//! `(key, Option<bytes>)` in record order ([`detect`]). Families, in the order
//! they take precedence when a record carries several:
//!
//! | convention | origin headers | error headers |
//! |---|---|---|
//! | `spring-retry` | `kafka_original-topic/-partition/-offset` | `kafka_exception-*`, `retry_topic-*` |
//! | `spring-dlt` | `kafka_dlt-original-topic/-partition/-offset/-timestamp` | `kafka_dlt-exception-*` |
//! | `connect` | `__connect.errors.topic/.partition/.offset` | `__connect.errors.exception.*`, `.stage`, ... |
//! | `spring-cloud-stream` | `x-original-topic/-partition/-offset` | `x-exception-*` |
//! | `kafka-streams` | `__streams.errors.topic/.partition/.offset` | `__streams.errors.exception/.message/.stacktrace` |
//! | `share-group` | `__dlq.errors.topic/.partition/.offset` | `__dlq.errors.group/.delivery.count/.message` |
//! | `karafka` | `source_topic/_partition/_offset` | `source_consumer_group`, `source_attempts` |
//! | `smallrye` | `dead-letter-topic/-partition/-offset` | `dead-letter-reason/-cause/-exception-class-name` |
//! | `kctl` | `kctl-replay-topic` (kctl's own replay headers) | |
//!
//! `spring-retry` wins over `spring-dlt` because after a `@RetryableTopic`
//! chain `kafka_original-topic` names the main topic while the DLT headers name
//! the last retry topic; replaying to the main topic runs the chain again.
//!
//! Numbers are read robustly: a value of ASCII digits only is decimal text,
//! otherwise 4 or 8 bytes are a big-endian integer; anything else is unknown.
//! A key may repeat: Kafka Connect appends a full set per failure, so the last
//! set is used (from the last `__connect.errors.topic` on); SmallRye puts the
//! newest set first, so the first occurrence is used; every other family is
//! read like Java's `Headers.lastHeader`. Null header values are "not set".
//!
//! A framework's headers are removed before replay when that framework is
//! present on the record. Families with a reserved namespace (`__connect.errors.`,
//! `kafka_dlt-`, `kafka_original-`, `kafka_exception-`, `retry_topic-`,
//! `__streams.errors.`, `__dlq.errors.`) are present as soon as one of their
//! headers is; the families with generic-looking names (Spring Cloud Stream's
//! `x-`, Karafka's `source_`, SmallRye's `dead-letter-`) only when their topic
//! header is there, so an application header that merely looks alike survives.
//! `retry_topic-*` is always removed: left on the record, the next failure
//! would skip the retry chain.
//!
//! # kctl's replay headers
//!
//! A replayed record carries, after the user headers in their original order:
//! `kctl-replay-id` (`<dlq>/<partition>/<offset>` of the DLQ entry),
//! `kctl-replay-count` (decimal; one more than the DLQ record carried),
//! `kctl-replay-run` (the run id), `kctl-replay-topic` (where it was sent) and
//! `kctl-original-timestamp` (decimal ms: an earlier kctl header, else the
//! framework's original timestamp, else the DLQ record's timestamp). Well
//! behaved frameworks copy headers into the DLQ, so a record that fails again
//! comes back with its replay count, which the loop guard reads.

use std::collections::{BTreeMap, HashMap};
use std::fmt;

use regex::Regex;
use serde::Serialize;

/// A record header as it travels: key and optional (null) value.
pub type RecordHeader = (String, Option<Vec<u8>>);

pub const H_REPLAY_ID: &str = "kctl-replay-id";
pub const H_REPLAY_COUNT: &str = "kctl-replay-count";
pub const H_REPLAY_RUN: &str = "kctl-replay-run";
pub const H_REPLAY_TOPIC: &str = "kctl-replay-topic";
pub const H_ORIGINAL_TIMESTAMP: &str = "kctl-original-timestamp";
pub const H_PARKED_REASON: &str = "kctl-parked-reason";

const KCTL_HEADERS: [&str; 6] = [
    H_REPLAY_ID,
    H_REPLAY_COUNT,
    H_REPLAY_RUN,
    H_REPLAY_TOPIC,
    H_ORIGINAL_TIMESTAMP,
    H_PARKED_REASON,
];

/// One DLQ record as read from the broker.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DlqRecord {
    pub partition: i32,
    pub offset: i64,
    /// Milliseconds since the epoch, when the broker gave one.
    pub timestamp: Option<i64>,
    pub key: Option<Vec<u8>>,
    pub value: Option<Vec<u8>>,
    pub headers: Vec<RecordHeader>,
}

/// The framework whose headers say where a record came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Convention {
    SpringRetry,
    SpringDlt,
    Connect,
    SpringCloudStream,
    KafkaStreams,
    ShareGroup,
    Karafka,
    Smallrye,
    Kctl,
}

impl Convention {
    pub fn name(self) -> &'static str {
        match self {
            Convention::SpringRetry => "spring-retry",
            Convention::SpringDlt => "spring-dlt",
            Convention::Connect => "connect",
            Convention::SpringCloudStream => "spring-cloud-stream",
            Convention::KafkaStreams => "kafka-streams",
            Convention::ShareGroup => "share-group",
            Convention::Karafka => "karafka",
            Convention::Smallrye => "smallrye",
            Convention::Kctl => "kctl",
        }
    }
}

impl fmt::Display for Convention {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// Where the failed record was originally read from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Origin {
    pub topic: String,
    pub partition: Option<i32>,
    pub offset: Option<i64>,
    /// The original record's timestamp, when the framework keeps it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub timestamp: Option<i64>,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct ErrorInfo {
    pub class: Option<String>,
    pub message: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub stacktrace: Option<String>,
    /// Other framework details (stage, connector, consumer group, attempts...).
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    pub details: BTreeMap<String, String>,
}

/// What the headers of one DLQ record say.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Detection {
    /// The family the origin was taken from.
    pub convention: Option<Convention>,
    pub origin: Option<Origin>,
    pub error: ErrorInfo,
    /// kctl's `kctl-replay-count` (0 when absent or unreadable).
    pub replay_count: u32,
    /// `kctl-replay-id` of the earlier replay this record failed after.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub previous_replay_id: Option<String>,
    /// `kctl-original-timestamp` from an earlier replay.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub original_timestamp: Option<i64>,
    /// Every family whose headers are present (they are removed on replay).
    pub families: Vec<Convention>,
}

impl Detection {
    pub fn origin_topic(&self) -> Option<&str> {
        self.origin.as_ref().map(|o| o.topic.as_str())
    }

    /// The error class, or `-` for grouping when the framework gives none.
    pub fn error_class_or_dash(&self) -> &str {
        self.error.class.as_deref().unwrap_or("-")
    }
}

mod detect;
mod partition;
mod plan;
mod records;
mod report;
mod select;
mod summary;
mod time;

pub use detect::*;
pub use partition::*;
pub use plan::*;
pub use records::*;
pub use report::*;
pub use select::*;
pub use summary::*;
pub use time::*;

#[cfg(test)]
mod tests;
