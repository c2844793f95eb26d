//! Dead-letter queues, pure part: which framework wrote a DLQ record and where
//! it came from (header conventions of /work/shared/DLQ.md), the headers a
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
pub type Header = (String, Option<Vec<u8>>);

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
    pub headers: Vec<Header>,
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

// ---------------------------------------------------------------------------
// Header families

#[derive(Clone, Copy)]
enum Pick {
    /// Java `lastHeader`.
    Last,
    /// Kafka Connect: the set starting at the last topic header.
    LastSet,
    /// SmallRye: newest set first.
    First,
}

#[derive(Clone, Copy)]
enum Meta {
    Prefix(&'static str),
    Exact(&'static str),
}

#[derive(Clone, Copy)]
enum Kind {
    Text,
    Number,
}

struct Family {
    convention: Convention,
    topic: &'static str,
    partition: Option<&'static str>,
    offset: Option<&'static str>,
    timestamp: Option<&'static str>,
    class: Option<&'static str>,
    message: Option<&'static str>,
    stacktrace: Option<&'static str>,
    details: &'static [(&'static str, &'static str, Kind)],
    meta: &'static [Meta],
    /// Reserved header namespace: present as soon as any header matches.
    namespaced: bool,
    pick: Pick,
}

impl Family {
    fn is_meta(&self, key: &str) -> bool {
        self.meta.iter().any(|m| match m {
            Meta::Prefix(p) => key.starts_with(p),
            Meta::Exact(e) => key == *e,
        })
    }

    fn present(&self, headers: &[Header]) -> bool {
        if self.namespaced {
            headers.iter().any(|(k, _)| self.is_meta(k))
        } else {
            headers.iter().any(|(k, _)| k == self.topic)
        }
    }
}

const FAMILIES: &[Family] = &[
    Family {
        convention: Convention::SpringRetry,
        topic: "kafka_original-topic",
        partition: Some("kafka_original-partition"),
        offset: Some("kafka_original-offset"),
        timestamp: Some("kafka_original-timestamp"),
        class: Some("kafka_exception-fqcn"),
        message: Some("kafka_exception-message"),
        stacktrace: Some("kafka_exception-stacktrace"),
        details: &[
            ("cause", "kafka_exception-cause-fqcn", Kind::Text),
            (
                "consumer_group",
                "kafka_original-consumer-group",
                Kind::Text,
            ),
            ("attempts", "retry_topic-attempts", Kind::Number),
            (
                "backoff_timestamp",
                "retry_topic-backoff-timestamp",
                Kind::Number,
            ),
        ],
        meta: &[
            Meta::Prefix("kafka_original-"),
            Meta::Prefix("kafka_exception-"),
            Meta::Prefix("retry_topic-"),
        ],
        namespaced: true,
        pick: Pick::Last,
    },
    Family {
        convention: Convention::SpringDlt,
        topic: "kafka_dlt-original-topic",
        partition: Some("kafka_dlt-original-partition"),
        offset: Some("kafka_dlt-original-offset"),
        timestamp: Some("kafka_dlt-original-timestamp"),
        class: Some("kafka_dlt-exception-fqcn"),
        message: Some("kafka_dlt-exception-message"),
        stacktrace: Some("kafka_dlt-exception-stacktrace"),
        details: &[
            ("cause", "kafka_dlt-exception-cause-fqcn", Kind::Text),
            (
                "consumer_group",
                "kafka_dlt-original-consumer-group",
                Kind::Text,
            ),
            (
                "timestamp_type",
                "kafka_dlt-original-timestamp-type",
                Kind::Text,
            ),
        ],
        meta: &[Meta::Prefix("kafka_dlt-")],
        namespaced: true,
        pick: Pick::Last,
    },
    Family {
        convention: Convention::Connect,
        topic: "__connect.errors.topic",
        partition: Some("__connect.errors.partition"),
        offset: Some("__connect.errors.offset"),
        timestamp: None,
        class: Some("__connect.errors.exception.class.name"),
        message: Some("__connect.errors.exception.message"),
        stacktrace: Some("__connect.errors.exception.stacktrace"),
        details: &[
            ("stage", "__connect.errors.stage", Kind::Text),
            ("executing_class", "__connect.errors.class.name", Kind::Text),
            ("connector", "__connect.errors.connector.name", Kind::Text),
            ("task", "__connect.errors.task.id", Kind::Text),
        ],
        meta: &[Meta::Prefix("__connect.errors.")],
        namespaced: true,
        pick: Pick::LastSet,
    },
    Family {
        convention: Convention::SpringCloudStream,
        topic: "x-original-topic",
        partition: Some("x-original-partition"),
        offset: Some("x-original-offset"),
        timestamp: Some("x-original-timestamp"),
        class: Some("x-exception-fqcn"),
        message: Some("x-exception-message"),
        stacktrace: Some("x-exception-stacktrace"),
        details: &[],
        meta: &[Meta::Prefix("x-original-"), Meta::Prefix("x-exception-")],
        namespaced: false,
        pick: Pick::Last,
    },
    Family {
        convention: Convention::KafkaStreams,
        topic: "__streams.errors.topic",
        partition: Some("__streams.errors.partition"),
        offset: Some("__streams.errors.offset"),
        timestamp: None,
        class: Some("__streams.errors.exception"),
        message: Some("__streams.errors.message"),
        stacktrace: Some("__streams.errors.stacktrace"),
        details: &[],
        meta: &[Meta::Prefix("__streams.errors.")],
        namespaced: true,
        pick: Pick::Last,
    },
    Family {
        convention: Convention::ShareGroup,
        topic: "__dlq.errors.topic",
        partition: Some("__dlq.errors.partition"),
        offset: Some("__dlq.errors.offset"),
        timestamp: None,
        class: None,
        message: Some("__dlq.errors.message"),
        stacktrace: None,
        details: &[
            ("group", "__dlq.errors.group", Kind::Text),
            (
                "delivery_count",
                "__dlq.errors.delivery.count",
                Kind::Number,
            ),
        ],
        meta: &[Meta::Prefix("__dlq.errors.")],
        namespaced: true,
        pick: Pick::Last,
    },
    Family {
        convention: Convention::Karafka,
        topic: "source_topic",
        partition: Some("source_partition"),
        offset: Some("source_offset"),
        timestamp: None,
        class: None,
        message: None,
        stacktrace: None,
        details: &[
            ("consumer_group", "source_consumer_group", Kind::Text),
            ("attempts", "source_attempts", Kind::Number),
        ],
        meta: &[
            Meta::Exact("source_topic"),
            Meta::Exact("source_partition"),
            Meta::Exact("source_offset"),
            Meta::Exact("source_consumer_group"),
            Meta::Exact("source_attempts"),
        ],
        namespaced: false,
        pick: Pick::Last,
    },
    Family {
        convention: Convention::Smallrye,
        topic: "dead-letter-topic",
        partition: Some("dead-letter-partition"),
        offset: Some("dead-letter-offset"),
        timestamp: None,
        class: Some("dead-letter-exception-class-name"),
        message: Some("dead-letter-reason"),
        stacktrace: None,
        details: &[
            ("cause", "dead-letter-cause", Kind::Text),
            ("cause_class", "dead-letter-cause-class-name", Kind::Text),
        ],
        meta: &[Meta::Prefix("dead-letter-")],
        namespaced: false,
        pick: Pick::First,
    },
    Family {
        convention: Convention::Kctl,
        topic: H_REPLAY_TOPIC,
        partition: None,
        offset: None,
        timestamp: None,
        class: None,
        message: None,
        stacktrace: None,
        details: &[],
        meta: &[
            Meta::Exact(H_REPLAY_ID),
            Meta::Exact(H_REPLAY_COUNT),
            Meta::Exact(H_REPLAY_RUN),
            Meta::Exact(H_REPLAY_TOPIC),
            Meta::Exact(H_ORIGINAL_TIMESTAMP),
            Meta::Exact(H_PARKED_REASON),
        ],
        namespaced: true,
        pick: Pick::Last,
    },
];

/// Reads a number the robust way: ASCII digits only is decimal text,
/// otherwise exactly 4 or 8 bytes are a big-endian two's-complement integer.
pub fn parse_number(bytes: &[u8]) -> Option<i64> {
    if !bytes.is_empty() && bytes.iter().all(u8::is_ascii_digit) {
        // At most 19 digits fit; longer text is not a number we can use.
        return std::str::from_utf8(bytes).ok()?.parse().ok();
    }
    match bytes.len() {
        4 => Some(i32::from_be_bytes(bytes.try_into().ok()?) as i64),
        8 => Some(i64::from_be_bytes(bytes.try_into().ok()?)),
        _ => None,
    }
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

/// The value of `key` as the family reads it; `None` when absent or null.
fn pick<'a>(headers: &'a [Header], key: &str, how: Pick, set_start: usize) -> Option<&'a [u8]> {
    let found = match how {
        Pick::First => headers.iter().find(|(k, _)| k == key),
        Pick::Last => headers.iter().rev().find(|(k, _)| k == key),
        Pick::LastSet => headers[set_start..]
            .iter()
            .find(|(k, _)| k == key)
            .or_else(|| headers[..set_start].iter().rev().find(|(k, _)| k == key)),
    };
    found.and_then(|(_, v)| v.as_deref())
}

fn last_value<'a>(headers: &'a [Header], key: &str) -> Option<&'a [u8]> {
    pick(headers, key, Pick::Last, 0)
}

/// What a DLQ record's headers say about its origin, its error and earlier
/// replays. Pure: looks at the header list only.
pub fn detect(headers: &[Header]) -> Detection {
    let mut d = Detection::default();
    let mut error_from: Option<&Family> = None;
    for fam in FAMILIES {
        if !fam.present(headers) {
            continue;
        }
        d.families.push(fam.convention);
        let set_start = headers
            .iter()
            .rposition(|(k, _)| k == fam.topic)
            .unwrap_or(0);
        let get = |key: &str| pick(headers, key, fam.pick, set_start);
        let num = |key: Option<&str>| key.and_then(get).and_then(parse_number);
        if d.origin.is_none() {
            if let Some(topic) = get(fam.topic).map(text).filter(|t| !t.is_empty()) {
                d.convention = Some(fam.convention);
                d.origin = Some(Origin {
                    topic,
                    partition: num(fam.partition).and_then(|p| i32::try_from(p).ok()),
                    offset: num(fam.offset),
                    timestamp: num(fam.timestamp),
                });
                if fam.class.is_some() || fam.message.is_some() || !fam.details.is_empty() {
                    error_from = Some(fam);
                }
            }
        }
        let has_error_fields = [fam.class, fam.message]
            .iter()
            .flatten()
            .any(|k| get(k).is_some());
        if error_from.is_none() && has_error_fields {
            error_from = Some(fam);
        }
    }
    if let Some(fam) = error_from {
        let set_start = headers
            .iter()
            .rposition(|(k, _)| k == fam.topic)
            .unwrap_or(0);
        let get = |key: &str| pick(headers, key, fam.pick, set_start);
        d.error.class = fam.class.and_then(get).map(text);
        d.error.message = fam.message.and_then(get).map(text);
        d.error.stacktrace = fam.stacktrace.and_then(get).map(text);
        for (label, key, kind) in fam.details {
            if let Some(v) = get(key) {
                let shown = match kind {
                    Kind::Text => text(v),
                    Kind::Number => parse_number(v).map_or_else(|| text(v), |n| n.to_string()),
                };
                d.error.details.insert((*label).to_string(), shown);
            }
        }
    }
    d.replay_count = last_value(headers, H_REPLAY_COUNT)
        .and_then(parse_number)
        .and_then(|n| u32::try_from(n).ok())
        .unwrap_or(0);
    d.previous_replay_id = last_value(headers, H_REPLAY_ID).map(text);
    d.original_timestamp = last_value(headers, H_ORIGINAL_TIMESTAMP).and_then(parse_number);
    d
}

/// True when `key` is metadata of a family present on this record (or any of
/// kctl's own headers, or `retry_topic-*`), so it is removed before replay.
fn is_framework_header(key: &str, present: &[Convention]) -> bool {
    key.starts_with("retry_topic-")
        || KCTL_HEADERS.contains(&key)
        || FAMILIES
            .iter()
            .any(|f| present.contains(&f.convention) && f.is_meta(key))
}

/// The user's headers, in order: every header except the metadata of the
/// frameworks present on the record and kctl's own replay headers.
pub fn user_headers(headers: &[Header], detection: &Detection) -> Vec<Header> {
    headers
        .iter()
        .filter(|(k, _)| !is_framework_header(k, &detection.families))
        .cloned()
        .collect()
}

/// The DLQ entry's replay id: `<dlq>/<partition>/<offset>`.
pub fn replay_id(dlq: &str, partition: i32, offset: i64) -> String {
    format!("{dlq}/{partition}/{offset}")
}

/// The prefix every replay id of `dlq` starts with.
pub fn replay_id_prefix(dlq: &str) -> String {
    format!("{dlq}/")
}

/// What kctl stamps on every record of one run.
#[derive(Debug, Clone)]
pub struct Stamp<'a> {
    pub dlq: &'a str,
    pub run_id: &'a str,
}

/// A record ready to send.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OutRecord {
    pub replay_id: String,
    pub topic: String,
    /// `None`: let the (Java-compatible murmur2) partitioner choose.
    pub partition: Option<i32>,
    pub key: Option<Vec<u8>>,
    pub value: Option<Vec<u8>>,
    pub headers: Vec<Header>,
}

/// The original time kept in `kctl-original-timestamp`: an earlier kctl
/// header, else the framework's original timestamp, else the DLQ record's.
pub fn original_timestamp(rec: &DlqRecord, d: &Detection) -> Option<i64> {
    d.original_timestamp
        .or_else(|| d.origin.as_ref().and_then(|o| o.timestamp))
        .or(rec.timestamp)
}

/// The record to publish for replaying `rec` to `topic`: key and value
/// unchanged, user headers in order, then kctl's replay headers.
pub fn replay_record(
    rec: &DlqRecord,
    d: &Detection,
    topic: &str,
    partition: Option<i32>,
    stamp: &Stamp,
) -> OutRecord {
    let id = replay_id(stamp.dlq, rec.partition, rec.offset);
    let mut headers = user_headers(&rec.headers, d);
    let text = |s: String| Some(s.into_bytes());
    headers.push((H_REPLAY_ID.into(), text(id.clone())));
    headers.push((
        H_REPLAY_COUNT.into(),
        text((d.replay_count.saturating_add(1)).to_string()),
    ));
    headers.push((H_REPLAY_RUN.into(), text(stamp.run_id.to_string())));
    headers.push((H_REPLAY_TOPIC.into(), text(topic.to_string())));
    if let Some(ts) = original_timestamp(rec, d) {
        headers.push((H_ORIGINAL_TIMESTAMP.into(), text(ts.to_string())));
    }
    OutRecord {
        replay_id: id,
        topic: topic.to_string(),
        partition,
        key: rec.key.clone(),
        value: rec.value.clone(),
        headers,
    }
}

/// The record to publish for parking `rec` in `topic`: the DLQ record as it
/// is (all headers, for diagnosis) plus the replay id, run and reason. The
/// replay count is not incremented: the entry was not replayed.
pub fn park_record(rec: &DlqRecord, topic: &str, reason: &str, stamp: &Stamp) -> OutRecord {
    let id = replay_id(stamp.dlq, rec.partition, rec.offset);
    let mut headers: Vec<Header> = rec
        .headers
        .iter()
        .filter(|(k, _)| k != H_REPLAY_ID && k != H_REPLAY_RUN && k != H_PARKED_REASON)
        .cloned()
        .collect();
    headers.push((H_REPLAY_ID.into(), Some(id.clone().into_bytes())));
    headers.push((H_REPLAY_RUN.into(), Some(stamp.run_id.as_bytes().to_vec())));
    headers.push((H_PARKED_REASON.into(), Some(reason.as_bytes().to_vec())));
    OutRecord {
        replay_id: id,
        topic: topic.to_string(),
        partition: None,
        key: rec.key.clone(),
        value: rec.value.clone(),
        headers,
    }
}

// ---------------------------------------------------------------------------
// Partitioning

/// Kafka's Java `Utils.murmur2` (the default partitioner's hash), which
/// librdkafka's `murmur2_random` partitioner reproduces.
pub fn murmur2(data: &[u8]) -> i32 {
    const SEED: u32 = 0x9747_b28c;
    const M: u32 = 0x5bd1_e995;
    const R: u32 = 24;
    let mut h: u32 = SEED ^ data.len() as u32;
    let mut chunks = data.chunks_exact(4);
    for c in &mut chunks {
        let mut k = u32::from_le_bytes([c[0], c[1], c[2], c[3]]);
        k = k.wrapping_mul(M);
        k ^= k >> R;
        k = k.wrapping_mul(M);
        h = h.wrapping_mul(M);
        h ^= k;
    }
    let tail = chunks.remainder();
    if tail.len() >= 3 {
        h ^= (tail[2] as u32) << 16;
    }
    if tail.len() >= 2 {
        h ^= (tail[1] as u32) << 8;
    }
    if !tail.is_empty() {
        h ^= tail[0] as u32;
        h = h.wrapping_mul(M);
    }
    h ^= h >> 13;
    h = h.wrapping_mul(M);
    h ^= h >> 15;
    h as i32
}

/// The partition Java's default partitioner gives a keyed record.
pub fn java_partition(key: &[u8], partitions: i32) -> i32 {
    if partitions <= 0 {
        return 0;
    }
    (murmur2(key) & 0x7fff_ffff) % partitions
}

/// How a replayed record's partition is chosen.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum PartitionRule {
    /// The original partition, which exists in the destination.
    Original,
    /// murmur2 of the key, as Java producers do.
    Key,
    /// A null key without an original partition: any partition.
    Any,
}

/// The original partition when the destination is the origin topic and the
/// partition still exists; otherwise the partitioner decides (`None`).
pub fn choose_partition(origin: Option<&Origin>, dest: &str, dest_partitions: i32) -> Option<i32> {
    origin
        .filter(|o| o.topic == dest)
        .and_then(|o| o.partition)
        .filter(|p| (0..dest_partitions).contains(p))
}

// ---------------------------------------------------------------------------
// Selection

/// `[P:]N`, `[P:]N..M`, `[P:]N..`, `[P:]..M`; both ends inclusive.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OffsetRange {
    pub partition: Option<i32>,
    pub from: i64,
    pub to: Option<i64>,
}

impl OffsetRange {
    pub fn parse(text: &str) -> Result<OffsetRange, String> {
        let bad = |why: &str| {
            format!(
                "invalid offset {text:?}: {why} (expected N, N..M, N.., ..M, optionally P: first)"
            )
        };
        let (partition, rest) = match text.split_once(':') {
            Some((p, rest)) => (
                Some(
                    p.trim()
                        .parse::<i32>()
                        .ok()
                        .filter(|p| *p >= 0)
                        .ok_or_else(|| bad("bad partition"))?,
                ),
                rest.trim(),
            ),
            None => (None, text.trim()),
        };
        let num = |s: &str| -> Result<i64, String> {
            s.parse::<i64>()
                .ok()
                .filter(|n| *n >= 0)
                .ok_or_else(|| bad(&format!("{s:?} is not an offset")))
        };
        let (from, to) = match rest.split_once("..") {
            Some((a, b)) => (
                if a.is_empty() { 0 } else { num(a)? },
                if b.is_empty() { None } else { Some(num(b)?) },
            ),
            None => {
                let n = num(rest)?;
                (n, Some(n))
            }
        };
        if to.is_some_and(|t| t < from) {
            return Err(bad("the range ends before it starts"));
        }
        Ok(OffsetRange {
            partition,
            from,
            to,
        })
    }

    fn contains(&self, partition: i32, offset: i64) -> bool {
        self.partition.is_none_or(|p| p == partition)
            && offset >= self.from
            && self.to.is_none_or(|t| offset <= t)
    }
}

impl fmt::Display for OffsetRange {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if let Some(p) = self.partition {
            write!(f, "{p}:")?;
        }
        match self.to {
            Some(t) if t == self.from => write!(f, "{t}"),
            Some(t) => write!(f, "{}..{t}", self.from),
            None => write!(f, "{}..", self.from),
        }
    }
}

/// `NAME` (present) or `NAME=VALUE` (an occurrence with exactly this value).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HeaderMatch {
    pub key: String,
    pub value: Option<Vec<u8>>,
}

impl HeaderMatch {
    pub fn parse(text: &str) -> Result<HeaderMatch, String> {
        let (k, v) = match text.split_once('=') {
            Some((k, v)) => (k, Some(v.as_bytes().to_vec())),
            None => (text, None),
        };
        if k.is_empty() {
            return Err(format!(
                "invalid header filter {text:?}: expected NAME or NAME=VALUE"
            ));
        }
        Ok(HeaderMatch {
            key: k.to_string(),
            value: v,
        })
    }

    fn matches(&self, headers: &[Header]) -> bool {
        headers.iter().any(|(k, v)| {
            k == &self.key
                && match &self.value {
                    None => true,
                    Some(want) => v.as_deref() == Some(want.as_slice()),
                }
        })
    }
}

/// A point in time for `--since` / `--until`: RFC 3339, a date (UTC
/// midnight), epoch milliseconds, or a duration ago (`2h` or `-2h`).
pub fn parse_time(text: &str, now_ms: i64) -> Result<i64, String> {
    let t = text.trim();
    if !t.is_empty() && t.bytes().all(|b| b.is_ascii_digit()) {
        return t
            .parse()
            .map_err(|_| format!("invalid time {text:?}: number too large"));
    }
    if let Ok(dt) = chrono::DateTime::parse_from_rfc3339(t) {
        return Ok(dt.timestamp_millis());
    }
    if let Ok(d) = chrono::NaiveDate::parse_from_str(t, "%Y-%m-%d") {
        if let Some(dt) = d.and_hms_opt(0, 0, 0) {
            return Ok(dt.and_utc().timestamp_millis());
        }
    }
    let ago = t.strip_prefix('-').unwrap_or(t);
    match crate::domain::duration::parse_millis(ago) {
        Ok(ms) => Ok(now_ms.saturating_sub(i64::try_from(ms).unwrap_or(i64::MAX))),
        Err(_) => Err(format!(
            "invalid time {text:?}: expected RFC 3339 (2024-05-01T10:00:00Z), a date (2024-05-01), epoch milliseconds, or a duration ago (2h)"
        )),
    }
}

/// Which DLQ entries a command works on. Every given criterion must hold.
#[derive(Debug, Clone, Default)]
pub struct Filter {
    pub partitions: Vec<i32>,
    pub offsets: Vec<OffsetRange>,
    /// DLQ record timestamp bounds, inclusive, in ms.
    pub since: Option<i64>,
    pub until: Option<i64>,
    pub origin_topics: Vec<String>,
    pub error_class: Option<Regex>,
    pub error_message: Option<Regex>,
    pub key: Option<Vec<u8>>,
    pub headers: Vec<HeaderMatch>,
}

impl Filter {
    /// Whether the partition/offset criteria can match an entry at (p, o);
    /// readers use it to skip whole partitions.
    pub fn wants_partition(&self, partition: i32) -> bool {
        (self.partitions.is_empty() || self.partitions.contains(&partition))
            && (self.offsets.is_empty()
                || self
                    .offsets
                    .iter()
                    .any(|r| r.partition.is_none_or(|p| p == partition)))
    }

    /// The offsets `[from, to)` of `partition` worth reading, within the
    /// partition's `[low, high)`; `None` when nothing there can match.
    pub fn read_range(&self, partition: i32, low: i64, high: i64) -> Option<(i64, i64)> {
        if !self.wants_partition(partition) || low >= high {
            return None;
        }
        if self.offsets.is_empty() {
            return Some((low, high));
        }
        let mut from = i64::MAX;
        let mut to = i64::MIN;
        for r in self
            .offsets
            .iter()
            .filter(|r| r.partition.is_none_or(|p| p == partition))
        {
            from = from.min(r.from);
            to = to.max(r.to.map_or(high, |t| t.saturating_add(1)));
        }
        let (from, to) = (from.max(low), to.min(high));
        (from < to).then_some((from, to))
    }

    pub fn matches(
        &self,
        rec_partition: i32,
        offset: i64,
        ts: Option<i64>,
        key: Option<&[u8]>,
        headers: &[Header],
        d: &Detection,
    ) -> bool {
        if !self.partitions.is_empty() && !self.partitions.contains(&rec_partition) {
            return false;
        }
        if !self.offsets.is_empty()
            && !self
                .offsets
                .iter()
                .any(|r| r.contains(rec_partition, offset))
        {
            return false;
        }
        if let Some(s) = self.since {
            if ts.is_none_or(|t| t < s) {
                return false;
            }
        }
        if let Some(u) = self.until {
            if ts.is_none_or(|t| t > u) {
                return false;
            }
        }
        if !self.origin_topics.is_empty()
            && !d
                .origin_topic()
                .is_some_and(|t| self.origin_topics.iter().any(|o| o == t))
        {
            return false;
        }
        if let Some(re) = &self.error_class {
            if !d.error.class.as_deref().is_some_and(|c| re.is_match(c)) {
                return false;
            }
        }
        if let Some(re) = &self.error_message {
            if !d.error.message.as_deref().is_some_and(|m| re.is_match(m)) {
                return false;
            }
        }
        if let Some(k) = &self.key {
            if key != Some(k.as_slice()) {
                return false;
            }
        }
        self.headers.iter().all(|h| h.matches(headers))
    }

    /// The criteria in words, for the plan ("selected by what").
    pub fn describe(&self) -> Vec<String> {
        let mut out = Vec::new();
        let list = |v: Vec<String>| v.join(", ");
        if !self.partitions.is_empty() {
            out.push(format!(
                "partition {}",
                list(self.partitions.iter().map(i32::to_string).collect())
            ));
        }
        if !self.offsets.is_empty() {
            out.push(format!(
                "offset {}",
                list(self.offsets.iter().map(ToString::to_string).collect())
            ));
        }
        if let Some(s) = self.since {
            out.push(format!("since {}", format_time(s)));
        }
        if let Some(u) = self.until {
            out.push(format!("until {}", format_time(u)));
        }
        if !self.origin_topics.is_empty() {
            out.push(format!("origin {}", list(self.origin_topics.clone())));
        }
        if let Some(re) = &self.error_class {
            out.push(format!("error class ~ /{re}/"));
        }
        if let Some(re) = &self.error_message {
            out.push(format!("error message ~ /{re}/"));
        }
        if let Some(k) = &self.key {
            out.push(format!("key = {:?}", String::from_utf8_lossy(k)));
        }
        for h in &self.headers {
            match &h.value {
                Some(v) => out.push(format!(
                    "header {} = {:?}",
                    h.key,
                    String::from_utf8_lossy(v)
                )),
                None => out.push(format!("header {} present", h.key)),
            }
        }
        if out.is_empty() {
            out.push("all entries".into());
        }
        out
    }
}

/// What replay and inspect keep of a DLQ record: everything but the value.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    pub partition: i32,
    pub offset: i64,
    pub timestamp: Option<i64>,
    pub key: Option<Vec<u8>>,
    pub value_len: Option<usize>,
    pub detection: Detection,
}

impl Entry {
    pub fn from_record(rec: &DlqRecord) -> Entry {
        Entry {
            partition: rec.partition,
            offset: rec.offset,
            timestamp: rec.timestamp,
            key: rec.key.clone(),
            value_len: rec.value.as_ref().map(Vec::len),
            detection: detect(&rec.headers),
        }
    }

    /// One line for lists (interactive selection): coordinates, origin, error.
    pub fn one_line(&self) -> String {
        let d = &self.detection;
        let origin = d.origin_topic().unwrap_or("?");
        let mut s = format!(
            "{}/{}  {}  {}",
            self.partition,
            self.offset,
            origin,
            d.error_class_or_dash()
        );
        if let Some(m) = &d.error.message {
            s.push_str(": ");
            s.push_str(&truncate(&m.replace(['\n', '\r'], " "), 80));
        }
        if d.replay_count > 0 {
            s.push_str(&format!("  (replayed {}x)", d.replay_count));
        }
        s
    }
}

pub fn truncate(s: &str, max: usize) -> String {
    if s.chars().count() <= max {
        return s.to_string();
    }
    let mut t: String = s.chars().take(max.saturating_sub(1)).collect();
    t.push('…');
    t
}

// ---------------------------------------------------------------------------
// Inspect summary

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Group {
    pub origin: Option<String>,
    pub error_class: Option<String>,
    pub convention: Option<Convention>,
    pub entries: u64,
    /// Entries that carry a kctl replay count (failed again after a replay).
    pub replayed_before: u64,
    pub oldest: Option<i64>,
    pub newest: Option<i64>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Summary {
    pub entries: u64,
    pub without_origin: u64,
    pub oldest: Option<i64>,
    pub newest: Option<i64>,
    pub by_convention: BTreeMap<String, u64>,
    pub groups: Vec<Group>,
}

type GroupKey = (Option<String>, Option<String>, Option<Convention>);

/// Entries grouped by (origin topic, error class, convention), largest first.
pub fn summarize(entries: &[Entry]) -> Summary {
    let mut groups: HashMap<GroupKey, Group> = HashMap::new();
    let mut by_convention = BTreeMap::new();
    let mut s = Summary {
        entries: entries.len() as u64,
        without_origin: 0,
        oldest: None,
        newest: None,
        by_convention: BTreeMap::new(),
        groups: Vec::new(),
    };
    let min = |a: Option<i64>, b: Option<i64>| match (a, b) {
        (Some(a), Some(b)) => Some(a.min(b)),
        (a, b) => a.or(b),
    };
    let max = |a: Option<i64>, b: Option<i64>| match (a, b) {
        (Some(a), Some(b)) => Some(a.max(b)),
        (a, b) => a.or(b),
    };
    for e in entries {
        let d = &e.detection;
        let conv = d.convention;
        *by_convention
            .entry(conv.map_or("none", Convention::name).to_string())
            .or_insert(0) += 1;
        if d.origin.is_none() {
            s.without_origin += 1;
        }
        s.oldest = min(s.oldest, e.timestamp);
        s.newest = max(s.newest, e.timestamp);
        let key = (
            d.origin_topic().map(str::to_string),
            d.error.class.clone(),
            conv,
        );
        let g = groups.entry(key.clone()).or_insert_with(|| Group {
            origin: key.0.clone(),
            error_class: key.1.clone(),
            convention: conv,
            entries: 0,
            replayed_before: 0,
            oldest: None,
            newest: None,
        });
        g.entries += 1;
        if d.replay_count > 0 {
            g.replayed_before += 1;
        }
        g.oldest = min(g.oldest, e.timestamp);
        g.newest = max(g.newest, e.timestamp);
    }
    let mut groups: Vec<Group> = groups.into_values().collect();
    groups.sort_by(|a, b| {
        b.entries
            .cmp(&a.entries)
            .then_with(|| a.origin.cmp(&b.origin))
            .then_with(|| a.error_class.cmp(&b.error_class))
    });
    s.groups = groups;
    s.by_convention = by_convention;
    s
}

// ---------------------------------------------------------------------------
// Plan

#[derive(Debug, Clone)]
pub struct PlanOptions {
    pub dlq: String,
    /// `--to`: overrides the detected origin.
    pub to: Option<String>,
    pub max_replays: u32,
    pub park_topic: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "action", rename_all = "kebab-case")]
pub enum Action {
    Replay {
        topic: String,
        /// Set when the original partition is used; otherwise the partitioner.
        partition: Option<i32>,
        rule: PartitionRule,
        /// Where Java's partitioner puts the key (informational).
        #[serde(skip_serializing_if = "Option::is_none")]
        expected_partition: Option<i32>,
    },
    Park {
        /// `None`: only listed in the report.
        topic: Option<String>,
        reason: String,
    },
}

impl Action {
    /// The topic a record is written to, if any.
    pub fn destination(&self) -> Option<&str> {
        match self {
            Action::Replay { topic, .. } => Some(topic),
            Action::Park { topic, .. } => topic.as_deref(),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct PlanEntry {
    pub replay_id: String,
    pub partition: i32,
    pub offset: i64,
    pub timestamp: Option<i64>,
    pub origin: Option<String>,
    pub error_class: Option<String>,
    pub replay_count: u32,
    #[serde(flatten)]
    pub action: Action,
    /// Already present in its destination (found by the replay-id scan).
    pub already_replayed: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Destination {
    pub topic: String,
    pub kind: &'static str,
    pub entries: u64,
    pub already_replayed: u64,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ScanInfo {
    /// Records of the destination topics read by the replay-id scan.
    pub records_scanned: u64,
    /// The scan started at the first record at or after this time (ms), or
    /// at the beginning of the topics when `None`.
    pub since: Option<i64>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Plan {
    pub dlq: String,
    pub selection: Vec<String>,
    pub selected: u64,
    pub to_replay: u64,
    pub already_replayed: u64,
    pub to_park: u64,
    pub max_replays: u32,
    pub destinations: Vec<Destination>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub scan: Option<ScanInfo>,
    pub entries: Vec<PlanEntry>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PlanError {
    /// Entries without a detectable origin and no `--to`.
    NoOrigin { count: usize, first: String },
    /// The DLQ itself as destination would loop forever.
    IntoItself(String),
}

impl fmt::Display for PlanError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            PlanError::NoOrigin { count, first } => write!(
                f,
                "{count} selected entr{} no detectable origin topic (first: {first}): pass --to TOPIC, or narrow the selection (e.g. --origin)",
                if *count == 1 { "y has" } else { "ies have" }
            ),
            PlanError::IntoItself(t) => {
                write!(f, "refusing to replay dead-letter topic {t:?} into itself")
            }
        }
    }
}

impl std::error::Error for PlanError {}

/// The topics a plan writes to: the replay destinations then the park topic.
/// Errors when an entry has no destination.
pub fn destinations(entries: &[Entry], opts: &PlanOptions) -> Result<Vec<String>, PlanError> {
    let mut out: Vec<String> = Vec::new();
    let mut missing = Vec::new();
    for e in entries {
        if e.detection.replay_count >= opts.max_replays {
            continue;
        }
        match opts.to.as_deref().or(e.detection.origin_topic()) {
            Some(t) => {
                if !out.iter().any(|o| o == t) {
                    out.push(t.to_string());
                }
            }
            None => missing.push(e),
        }
    }
    if let Some(first) = missing.first() {
        return Err(PlanError::NoOrigin {
            count: missing.len(),
            first: replay_id(&opts.dlq, first.partition, first.offset),
        });
    }
    out.sort();
    if let Some(p) = &opts.park_topic {
        if !out.contains(p) {
            out.push(p.clone());
        }
    }
    if let Some(t) = out.iter().find(|t| **t == opts.dlq) {
        return Err(PlanError::IntoItself(t.clone()));
    }
    Ok(out)
}

/// Decides each entry's fate: park when its replay count reached
/// `max_replays`, else replay to `--to` or the detected origin, in the
/// original partition when it still exists. `partitions` holds the partition
/// count of every destination (from metadata).
pub fn build_plan(
    entries: &[Entry],
    opts: &PlanOptions,
    selection: Vec<String>,
    partitions: &HashMap<String, i32>,
) -> Result<Plan, PlanError> {
    destinations(entries, opts)?;
    let mut plan_entries = Vec::with_capacity(entries.len());
    for e in entries {
        let d = &e.detection;
        let action = if d.replay_count >= opts.max_replays {
            Action::Park {
                topic: opts.park_topic.clone(),
                reason: format!(
                    "replayed {} time(s), limit --max-replays {}",
                    d.replay_count, opts.max_replays
                ),
            }
        } else {
            // destinations() proved every entry has one.
            let topic = opts
                .to
                .clone()
                .or_else(|| d.origin_topic().map(str::to_string))
                .unwrap_or_default();
            let n = partitions.get(&topic).copied().unwrap_or(0);
            let partition = choose_partition(d.origin.as_ref(), &topic, n);
            let (rule, expected) = match (partition, &e.key) {
                (Some(p), _) => (PartitionRule::Original, Some(p)),
                (None, Some(k)) => (PartitionRule::Key, Some(java_partition(k, n))),
                (None, None) => (PartitionRule::Any, None),
            };
            Action::Replay {
                topic,
                partition,
                rule,
                expected_partition: expected,
            }
        };
        plan_entries.push(PlanEntry {
            replay_id: replay_id(&opts.dlq, e.partition, e.offset),
            partition: e.partition,
            offset: e.offset,
            timestamp: e.timestamp,
            origin: d.origin_topic().map(str::to_string),
            error_class: d.error.class.clone(),
            replay_count: d.replay_count,
            action,
            already_replayed: false,
        });
    }
    let mut plan = Plan {
        dlq: opts.dlq.clone(),
        selection,
        selected: entries.len() as u64,
        to_replay: 0,
        already_replayed: 0,
        to_park: 0,
        max_replays: opts.max_replays,
        destinations: Vec::new(),
        scan: None,
        entries: plan_entries,
    };
    plan.recount();
    Ok(plan)
}

impl Plan {
    /// Marks entries whose replay id is already in their destination topic.
    /// `present` holds `(topic, replay id)` pairs found by the scan.
    pub fn mark_already(&mut self, present: &std::collections::HashSet<(String, String)>) {
        for e in &mut self.entries {
            if let Some(t) = e.action.destination() {
                e.already_replayed = present.contains(&(t.to_string(), e.replay_id.clone()));
            }
        }
        self.recount();
    }

    fn recount(&mut self) {
        self.to_replay = 0;
        self.to_park = 0;
        self.already_replayed = 0;
        let mut dests: BTreeMap<(String, &'static str), Destination> = BTreeMap::new();
        for e in &self.entries {
            if e.already_replayed {
                self.already_replayed += 1;
            } else {
                match e.action {
                    Action::Replay { .. } => self.to_replay += 1,
                    Action::Park { .. } => self.to_park += 1,
                }
            }
            let (topic, kind) = match &e.action {
                Action::Replay { topic, .. } => (topic.clone(), "replay"),
                Action::Park { topic: Some(t), .. } => (t.clone(), "park"),
                Action::Park { topic: None, .. } => ("-".to_string(), "park (report only)"),
            };
            let d = dests
                .entry((topic.clone(), kind))
                .or_insert_with(|| Destination {
                    topic,
                    kind,
                    entries: 0,
                    already_replayed: 0,
                });
            d.entries += 1;
            if e.already_replayed {
                d.already_replayed += 1;
            }
        }
        self.destinations = dests.into_values().collect();
    }

    /// The destination topics that need a replay-id scan.
    pub fn scan_topics(&self) -> Vec<String> {
        let mut t: Vec<String> = self
            .destinations
            .iter()
            .filter(|d| d.topic != "-")
            .map(|d| d.topic.clone())
            .collect();
        t.sort();
        t.dedup();
        t
    }

    /// The oldest time an earlier replay of any planned entry can carry: no
    /// entry was replayed before it reached the DLQ, and a DLQ record's
    /// timestamp is at most its append time, less `skew_ms` for clocks.
    pub fn scan_since(&self, skew_ms: i64) -> Option<i64> {
        self.entries
            .iter()
            .filter(|e| e.action.destination().is_some())
            .map(|e| e.timestamp.unwrap_or(0))
            .min()
            .map(|t| t.saturating_sub(skew_ms).max(0))
    }
}

// ---------------------------------------------------------------------------
// Report

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Parked {
    pub replay_id: String,
    pub replay_count: u32,
    /// Where it was parked; `None` when only reported.
    pub topic: Option<String>,
    pub error_class: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Failure {
    pub replay_id: String,
    pub topic: Option<String>,
    pub error: String,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Report {
    pub dlq: String,
    pub run_id: String,
    pub selected: u64,
    pub replayed: u64,
    pub skipped_already_replayed: u64,
    pub parked: u64,
    pub failed: u64,
    pub interrupted: bool,
    /// Replayed records per destination topic.
    pub by_topic: BTreeMap<String, u64>,
    pub parked_entries: Vec<Parked>,
    pub failures: Vec<Failure>,
}

impl Report {
    /// Entries the run did not settle: not replayed, skipped, parked or failed
    /// (an interrupted run leaves some).
    pub fn not_done(&self) -> u64 {
        self.selected.saturating_sub(
            self.replayed + self.skipped_already_replayed + self.parked + self.failed,
        )
    }
}

// ---------------------------------------------------------------------------
// Time rendering

pub fn format_time(ms: i64) -> String {
    chrono::DateTime::from_timestamp_millis(ms)
        .map(|t| t.to_rfc3339_opts(chrono::SecondsFormat::Millis, true))
        .unwrap_or_else(|| ms.to_string())
}

/// A short age such as `3d`, `5h`, `12m`, `40s` (the largest whole unit).
pub fn format_age(now_ms: i64, ts: Option<i64>) -> String {
    let Some(ts) = ts else {
        return "-".into();
    };
    let s = (now_ms - ts).max(0) / 1000;
    match s {
        s if s >= 86_400 => format!("{}d", s / 86_400),
        s if s >= 3_600 => format!("{}h", s / 3_600),
        s if s >= 60 => format!("{}m", s / 60),
        s => format!("{s}s"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn h(k: &str, v: &[u8]) -> Header {
        (k.to_string(), Some(v.to_vec()))
    }
    fn null(k: &str) -> Header {
        (k.to_string(), None)
    }
    fn i32b(n: i32) -> Vec<u8> {
        n.to_be_bytes().to_vec()
    }
    fn i64b(n: i64) -> Vec<u8> {
        n.to_be_bytes().to_vec()
    }

    #[test]
    fn numbers_are_decimal_text_or_big_endian_binary() {
        assert_eq!(parse_number(b"42"), Some(42));
        assert_eq!(parse_number(b"0"), Some(0));
        assert_eq!(parse_number(&i32b(7)), Some(7));
        assert_eq!(parse_number(&i32b(-1)), Some(-1));
        assert_eq!(
            parse_number(&i64b(1_714_000_000_000)),
            Some(1_714_000_000_000)
        );
        // Four ASCII digits are text, not the integer 0x31323334.
        assert_eq!(parse_number(b"1234"), Some(1234));
        assert_eq!(parse_number(b""), None);
        assert_eq!(parse_number(b"12a"), None);
        assert_eq!(parse_number(&[1, 2, 3]), None);
        assert_eq!(parse_number(b"99999999999999999999"), None);
    }

    #[test]
    fn connect_headers_use_the_last_set_with_decimal_numbers() {
        let headers = vec![
            h("trace", b"t1"),
            h("__connect.errors.topic", b"orders"),
            h("__connect.errors.partition", b"1"),
            h("__connect.errors.offset", b"10"),
            h("__connect.errors.stage", b"VALUE_CONVERTER"),
            h(
                "__connect.errors.exception.class.name",
                b"org.apache.kafka.connect.errors.DataException",
            ),
            h("__connect.errors.exception.message", b"first failure"),
            h("__connect.errors.topic", b"orders"),
            h("__connect.errors.partition", b"2"),
            h("__connect.errors.offset", b"20"),
            h("__connect.errors.connector.name", b"sink-1"),
            h("__connect.errors.task.id", b"0"),
            h("__connect.errors.stage", b"TASK_PUT"),
            h(
                "__connect.errors.exception.class.name",
                b"java.sql.SQLException",
            ),
            null("__connect.errors.exception.message"),
            h("__connect.errors.exception.stacktrace", b"at x"),
        ];
        let d = detect(&headers);
        assert_eq!(d.convention, Some(Convention::Connect));
        assert_eq!(
            d.origin,
            Some(Origin {
                topic: "orders".into(),
                partition: Some(2),
                offset: Some(20),
                timestamp: None
            })
        );
        assert_eq!(d.error.class.as_deref(), Some("java.sql.SQLException"));
        // The last set's message is null: "not set", not the first set's.
        assert_eq!(d.error.message, None);
        assert_eq!(d.error.details["stage"], "TASK_PUT");
        assert_eq!(d.error.details["connector"], "sink-1");
        assert_eq!(user_headers(&headers, &d), vec![h("trace", b"t1")]);
    }

    #[test]
    fn spring_dlt_headers_use_binary_numbers() {
        let headers = vec![
            h("kafka_dlt-original-topic", b"payments"),
            h("kafka_dlt-original-partition", &i32b(3)),
            h("kafka_dlt-original-offset", &i64b(123_456)),
            h("kafka_dlt-original-timestamp", &i64b(1_700_000_000_000)),
            h("kafka_dlt-original-timestamp-type", b"CreateTime"),
            h("kafka_dlt-original-consumer-group", b"payments-svc"),
            h(
                "kafka_dlt-exception-fqcn",
                b"org.springframework.kafka.listener.ListenerExecutionFailedException",
            ),
            h(
                "kafka_dlt-exception-cause-fqcn",
                b"java.lang.IllegalStateException",
            ),
            h("kafka_dlt-exception-message", b"bad amount"),
            h("kafka_dlt-exception-stacktrace", b"..."),
            h("b3", b"abc"),
        ];
        let d = detect(&headers);
        assert_eq!(d.convention, Some(Convention::SpringDlt));
        let o = d.origin.clone().unwrap();
        assert_eq!(
            (o.topic.as_str(), o.partition, o.offset),
            ("payments", Some(3), Some(123_456))
        );
        assert_eq!(o.timestamp, Some(1_700_000_000_000));
        assert_eq!(d.error.message.as_deref(), Some("bad amount"));
        assert_eq!(d.error.details["cause"], "java.lang.IllegalStateException");
        assert_eq!(d.error.details["consumer_group"], "payments-svc");
        assert_eq!(user_headers(&headers, &d), vec![h("b3", b"abc")]);
    }

    #[test]
    fn spring_dlt_accepts_text_numbers_and_repeated_keys_take_the_last() {
        let headers = vec![
            h("kafka_dlt-original-topic", b"old"),
            h("kafka_dlt-original-partition", b"1"),
            h("kafka_dlt-original-topic", b"payments"),
            h("kafka_dlt-original-partition", b"4"),
            h("kafka_dlt-original-offset", b"99"),
        ];
        let o = detect(&headers).origin.unwrap();
        assert_eq!(
            (o.topic.as_str(), o.partition, o.offset),
            ("payments", Some(4), Some(99))
        );
    }

    #[test]
    fn spring_retry_wins_over_dlt_and_retry_headers_are_stripped() {
        let headers = vec![
            h("app", b"1"),
            h("kafka_original-topic", b"orders"),
            h("kafka_original-partition", &i32b(0)),
            h("kafka_original-offset", &i64b(5)),
            h("kafka_exception-fqcn", b"java.lang.RuntimeException"),
            h("kafka_exception-message", b"boom"),
            h("retry_topic-attempts", &i32b(3)),
            h("retry_topic-backoff-timestamp", &i64b(1)),
            h("retry_topic-original-timestamp", &i64b(2)),
            h("kafka_dlt-original-topic", b"orders-retry-1"),
            h("kafka_dlt-original-partition", &i32b(0)),
            h("kafka_dlt-exception-fqcn", b"x"),
            h("app", b"2"),
        ];
        let d = detect(&headers);
        assert_eq!(d.convention, Some(Convention::SpringRetry));
        assert_eq!(d.origin_topic(), Some("orders"));
        assert_eq!(d.error.class.as_deref(), Some("java.lang.RuntimeException"));
        assert_eq!(d.error.details["attempts"], "3");
        assert_eq!(
            d.families,
            vec![Convention::SpringRetry, Convention::SpringDlt]
        );
        assert_eq!(
            user_headers(&headers, &d),
            vec![h("app", b"1"), h("app", b"2")]
        );
    }

    #[test]
    fn spring_cloud_stream_headers() {
        let headers = vec![
            h("x-original-topic", b"input"),
            h("x-original-partition", &i32b(2)),
            h("x-original-offset", &i64b(77)),
            h("x-exception-fqcn", b"java.lang.NullPointerException"),
            h("x-exception-message", b"npe"),
            h("x-exception-stacktrace", b"..."),
            h("contentType", b"application/json"),
        ];
        let d = detect(&headers);
        assert_eq!(d.convention, Some(Convention::SpringCloudStream));
        let o = d.origin.clone().unwrap();
        assert_eq!(
            (o.topic.as_str(), o.partition, o.offset),
            ("input", Some(2), Some(77))
        );
        assert_eq!(d.error.message.as_deref(), Some("npe"));
        assert_eq!(
            user_headers(&headers, &d),
            vec![h("contentType", b"application/json")]
        );
    }

    #[test]
    fn x_headers_without_the_origin_topic_are_user_headers() {
        let headers = vec![h("x-exception-message", b"mine")];
        let d = detect(&headers);
        assert!(d.families.is_empty());
        assert_eq!(user_headers(&headers, &d), headers);
    }

    #[test]
    fn kafka_streams_headers() {
        let headers = vec![
            h("__streams.errors.topic", b"clicks"),
            h("__streams.errors.partition", b"0"),
            h("__streams.errors.offset", b"12"),
            h(
                "__streams.errors.exception",
                b"org.apache.kafka.common.errors.SerializationException",
            ),
            h("__streams.errors.message", b"bad bytes"),
            h("__streams.errors.stacktrace", b"..."),
        ];
        let d = detect(&headers);
        assert_eq!(d.convention, Some(Convention::KafkaStreams));
        assert_eq!(d.origin.as_ref().unwrap().offset, Some(12));
        assert_eq!(
            d.error.class.as_deref(),
            Some("org.apache.kafka.common.errors.SerializationException")
        );
        assert!(user_headers(&headers, &d).is_empty());
    }

    #[test]
    fn share_group_headers() {
        let headers = vec![
            h("__dlq.errors.topic", b"jobs"),
            h("__dlq.errors.partition", b"1"),
            h("__dlq.errors.offset", b"8"),
            h("__dlq.errors.group", b"workers"),
            h("__dlq.errors.delivery.count", b"5"),
            h("__dlq.errors.message", b"delivery count exceeded"),
        ];
        let d = detect(&headers);
        assert_eq!(d.convention, Some(Convention::ShareGroup));
        assert_eq!(d.origin.as_ref().unwrap().partition, Some(1));
        assert_eq!(d.error.class, None);
        assert_eq!(d.error.message.as_deref(), Some("delivery count exceeded"));
        assert_eq!(d.error.details["delivery_count"], "5");
        assert_eq!(d.error.details["group"], "workers");
    }

    #[test]
    fn karafka_headers() {
        let headers = vec![
            h("source_topic", b"events"),
            h("source_partition", b"3"),
            h("source_offset", b"1000"),
            h("source_consumer_group", b"app"),
            h("source_attempts", b"4"),
            h("source_system", b"mine"),
        ];
        let d = detect(&headers);
        assert_eq!(d.convention, Some(Convention::Karafka));
        let o = d.origin.clone().unwrap();
        assert_eq!(
            (o.topic.as_str(), o.partition, o.offset),
            ("events", Some(3), Some(1000))
        );
        assert_eq!(d.error.details["attempts"], "4");
        // Only Karafka's exact names go; a look-alike stays.
        assert_eq!(
            user_headers(&headers, &d),
            vec![h("source_system", b"mine")]
        );
    }

    #[test]
    fn smallrye_takes_the_newest_set_which_comes_first() {
        let headers = vec![
            h("dead-letter-reason", b"second failure"),
            h(
                "dead-letter-exception-class-name",
                b"java.lang.IllegalArgumentException",
            ),
            h("dead-letter-topic", b"prices"),
            h("dead-letter-partition", &i32b(1)),
            h("dead-letter-offset", &i64b(44)),
            h("dead-letter-reason", b"first failure"),
            h("dead-letter-topic", b"prices-old"),
            h("dead-letter-partition", &i32b(0)),
            null("dead-letter-cause"),
        ];
        let d = detect(&headers);
        assert_eq!(d.convention, Some(Convention::Smallrye));
        let o = d.origin.clone().unwrap();
        assert_eq!(
            (o.topic.as_str(), o.partition, o.offset),
            ("prices", Some(1), Some(44))
        );
        assert_eq!(d.error.message.as_deref(), Some("second failure"));
        assert!(!d.error.details.contains_key("cause"));
        assert!(user_headers(&headers, &d).is_empty());
    }

    #[test]
    fn null_origin_topic_means_no_origin_but_headers_still_go() {
        let headers = vec![
            null("kafka_dlt-original-topic"),
            h("kafka_dlt-exception-message", b"m"),
            null("user"),
        ];
        let d = detect(&headers);
        assert_eq!(d.origin, None);
        assert_eq!(d.error.message.as_deref(), Some("m"));
        assert_eq!(user_headers(&headers, &d), vec![null("user")]);
    }

    #[test]
    fn kctl_headers_give_replay_count_and_a_fallback_origin() {
        let headers = vec![
            h("u", b"1"),
            h(H_REPLAY_ID, b"orders.DLT/0/7"),
            h(H_REPLAY_COUNT, b"2"),
            h(H_REPLAY_RUN, b"r1"),
            h(H_REPLAY_TOPIC, b"orders"),
            h(H_ORIGINAL_TIMESTAMP, b"1600000000000"),
        ];
        let d = detect(&headers);
        assert_eq!(d.convention, Some(Convention::Kctl));
        assert_eq!(d.origin_topic(), Some("orders"));
        assert_eq!(d.replay_count, 2);
        assert_eq!(d.previous_replay_id.as_deref(), Some("orders.DLT/0/7"));
        assert_eq!(d.original_timestamp, Some(1_600_000_000_000));
        // A framework's headers describe the newest failure and win.
        let mut with_spring = headers.clone();
        with_spring.push(h("kafka_dlt-original-topic", b"orders-v2"));
        let d2 = detect(&with_spring);
        assert_eq!(d2.origin_topic(), Some("orders-v2"));
        assert_eq!(d2.replay_count, 2);
        // Binary replay counts are read too.
        assert_eq!(detect(&[h(H_REPLAY_COUNT, &i32b(3))]).replay_count, 3);
    }

    #[test]
    fn replay_record_keeps_bytes_and_user_headers_and_adds_kctl_headers() {
        let rec = DlqRecord {
            partition: 1,
            offset: 9,
            timestamp: Some(1_000),
            key: None,
            value: Some(vec![0, 255, 1]),
            headers: vec![
                h("a", b"1"),
                h("kafka_dlt-original-topic", b"orders"),
                h("kafka_dlt-original-timestamp", &i64b(500)),
                null("n"),
                h(H_REPLAY_COUNT, b"1"),
                h("a", b"2"),
            ],
        };
        let d = detect(&rec.headers);
        let out = replay_record(
            &rec,
            &d,
            "orders",
            Some(2),
            &Stamp {
                dlq: "orders.DLT",
                run_id: "run-x",
            },
        );
        assert_eq!(out.key, None);
        assert_eq!(out.value, Some(vec![0, 255, 1]));
        assert_eq!(out.partition, Some(2));
        assert_eq!(out.replay_id, "orders.DLT/1/9");
        assert_eq!(
            out.headers,
            vec![
                h("a", b"1"),
                null("n"),
                h("a", b"2"),
                h(H_REPLAY_ID, b"orders.DLT/1/9"),
                h(H_REPLAY_COUNT, b"2"),
                h(H_REPLAY_RUN, b"run-x"),
                h(H_REPLAY_TOPIC, b"orders"),
                h(H_ORIGINAL_TIMESTAMP, b"500"),
            ]
        );
    }

    #[test]
    fn park_record_keeps_all_headers_and_does_not_count_a_replay() {
        let rec = DlqRecord {
            partition: 0,
            offset: 3,
            timestamp: None,
            key: Some(b"k".to_vec()),
            value: None,
            headers: vec![
                h("kafka_dlt-original-topic", b"o"),
                h(H_REPLAY_COUNT, b"1"),
                h(H_REPLAY_ID, b"d/0/1"),
            ],
        };
        let out = park_record(
            &rec,
            "parked",
            "limit",
            &Stamp {
                dlq: "d",
                run_id: "r",
            },
        );
        assert_eq!(out.value, None);
        assert_eq!(
            out.headers,
            vec![
                h("kafka_dlt-original-topic", b"o"),
                h(H_REPLAY_COUNT, b"1"),
                h(H_REPLAY_ID, b"d/0/3"),
                h(H_REPLAY_RUN, b"r"),
                h(H_PARKED_REASON, b"limit"),
            ]
        );
    }

    #[test]
    fn murmur2_matches_java_and_librdkafka() {
        // Values from Kafka's Utils.murmur2 tests and librdkafka's rdmurmur2.c.
        assert_eq!(murmur2(b"21"), -973_932_308);
        assert_eq!(murmur2(b"foobar"), -790_332_482);
        assert_eq!(murmur2(b"abc"), 479_470_107);
        assert_eq!(murmur2(b"kafka") as u32, 0xd067_cf64);
        assert_eq!(murmur2(b"giberish123456789") as u32, 0x8f55_2b0c);
        assert_eq!(murmur2(b"1234") as u32, 0x9fc9_7b14);
        assert_eq!(murmur2(b"234") as u32, 0xe7c0_09ca);
        assert_eq!(murmur2(b"34") as u32, 0x8739_30da);
        assert_eq!(murmur2(b"4") as u32, 0x5a4b_5ca1);
        assert_eq!(murmur2(b"") as u32, 0x106e_08d9);
        assert_eq!(
            java_partition(b"21", 3),
            (-973_932_308i32 & 0x7fff_ffff) % 3
        );
    }

    #[test]
    fn original_partition_only_when_it_exists_in_the_origin_topic() {
        let o = Origin {
            topic: "t".into(),
            partition: Some(4),
            offset: None,
            timestamp: None,
        };
        assert_eq!(choose_partition(Some(&o), "t", 6), Some(4));
        assert_eq!(choose_partition(Some(&o), "t", 4), None);
        assert_eq!(choose_partition(Some(&o), "other", 6), None);
        assert_eq!(choose_partition(None, "t", 6), None);
    }

    #[test]
    fn offset_ranges_parse_and_match() {
        let r = OffsetRange::parse("2:10..20").unwrap();
        assert!(r.contains(2, 10) && r.contains(2, 20) && !r.contains(2, 21) && !r.contains(1, 15));
        assert_eq!(OffsetRange::parse("5").unwrap().to_string(), "5");
        assert_eq!(
            OffsetRange::parse("..5").unwrap(),
            OffsetRange {
                partition: None,
                from: 0,
                to: Some(5)
            }
        );
        assert_eq!(OffsetRange::parse("7..").unwrap().to, None);
        for bad in ["", "a", "5..2", "-1", "x:1", "1..b"] {
            assert!(OffsetRange::parse(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn read_range_narrows_to_the_offsets_asked_for() {
        let f = Filter {
            offsets: vec![
                OffsetRange::parse("1:5..8").unwrap(),
                OffsetRange::parse("1:20").unwrap(),
            ],
            ..Default::default()
        };
        assert_eq!(f.read_range(1, 0, 100), Some((5, 21)));
        assert_eq!(f.read_range(0, 0, 100), None);
        assert_eq!(f.read_range(1, 30, 100), None);
        assert_eq!(Filter::default().read_range(3, 2, 9), Some((2, 9)));
        assert_eq!(Filter::default().read_range(3, 9, 9), None);
    }

    #[test]
    fn filters_combine_all_criteria() {
        let headers = vec![
            h("kafka_dlt-original-topic", b"orders"),
            h(
                "kafka_dlt-exception-fqcn",
                b"java.lang.IllegalStateException",
            ),
            h("kafka_dlt-exception-message", b"amount is negative"),
            h("tenant", b"acme"),
        ];
        let d = detect(&headers);
        let m = |f: &Filter| f.matches(0, 10, Some(1_000), Some(b"k1"), &headers, &d);
        assert!(m(&Filter::default()));
        let f = Filter {
            origin_topics: vec!["orders".into()],
            error_class: Some(Regex::new("IllegalState").unwrap()),
            error_message: Some(Regex::new("^amount").unwrap()),
            key: Some(b"k1".to_vec()),
            headers: vec![
                HeaderMatch::parse("tenant=acme").unwrap(),
                HeaderMatch::parse("tenant").unwrap(),
            ],
            since: Some(1_000),
            until: Some(1_000),
            offsets: vec![OffsetRange::parse("0:10").unwrap()],
            partitions: vec![0],
        };
        assert!(m(&f));
        for broken in [
            Filter {
                origin_topics: vec!["x".into()],
                ..Default::default()
            },
            Filter {
                error_class: Some(Regex::new("Null").unwrap()),
                ..Default::default()
            },
            Filter {
                error_message: Some(Regex::new("positive").unwrap()),
                ..Default::default()
            },
            Filter {
                key: Some(b"k2".to_vec()),
                ..Default::default()
            },
            Filter {
                headers: vec![HeaderMatch::parse("tenant=other").unwrap()],
                ..Default::default()
            },
            Filter {
                headers: vec![HeaderMatch::parse("missing").unwrap()],
                ..Default::default()
            },
            Filter {
                since: Some(1_001),
                ..Default::default()
            },
            Filter {
                until: Some(999),
                ..Default::default()
            },
            Filter {
                offsets: vec![OffsetRange::parse("11..").unwrap()],
                ..Default::default()
            },
            Filter {
                partitions: vec![1],
                ..Default::default()
            },
        ] {
            assert!(!m(&broken), "{:?}", broken.describe());
        }
        assert!(f.describe().iter().any(|s| s.contains("error class")));
    }

    #[test]
    fn times_parse_in_every_accepted_form() {
        let now = 1_700_000_000_000;
        assert_eq!(parse_time("2h", now), Ok(now - 7_200_000));
        assert_eq!(parse_time("-2h", now), Ok(now - 7_200_000));
        assert_eq!(parse_time("1600000000000", now), Ok(1_600_000_000_000));
        assert_eq!(
            parse_time("2024-05-01T00:00:00Z", now),
            Ok(1_714_521_600_000)
        );
        assert_eq!(parse_time("2024-05-01", now), Ok(1_714_521_600_000));
        assert!(parse_time("yesterday", now)
            .unwrap_err()
            .contains("RFC 3339"));
    }

    fn entry(
        p: i32,
        o: i64,
        ts: i64,
        origin: Option<(&str, i32)>,
        count: u32,
        key: Option<&[u8]>,
    ) -> Entry {
        let mut headers = Vec::new();
        if let Some((t, part)) = origin {
            headers.push(h("kafka_dlt-original-topic", t.as_bytes()));
            headers.push(h("kafka_dlt-original-partition", &i32b(part)));
        }
        if count > 0 {
            headers.push(h(H_REPLAY_COUNT, count.to_string().as_bytes()));
        }
        Entry {
            partition: p,
            offset: o,
            timestamp: Some(ts),
            key: key.map(<[u8]>::to_vec),
            value_len: Some(1),
            detection: detect(&headers),
        }
    }

    fn opts() -> PlanOptions {
        PlanOptions {
            dlq: "orders.DLT".into(),
            to: None,
            max_replays: 1,
            park_topic: None,
        }
    }

    #[test]
    fn plan_routes_by_origin_partition_and_key_and_parks_at_the_limit() {
        let entries = vec![
            entry(0, 0, 100, Some(("orders", 1)), 0, Some(b"k")),
            entry(0, 1, 50, Some(("orders", 9)), 0, Some(b"21")),
            entry(0, 2, 70, Some(("orders", 9)), 0, None),
            entry(0, 3, 10, Some(("orders", 0)), 1, None),
        ];
        let parts = HashMap::from([("orders".to_string(), 3)]);
        let mut plan = build_plan(&entries, &opts(), vec!["all entries".into()], &parts).unwrap();
        assert_eq!((plan.selected, plan.to_replay, plan.to_park), (4, 3, 1));
        let actions: Vec<_> = plan.entries.iter().map(|e| e.action.clone()).collect();
        assert_eq!(
            actions[0],
            Action::Replay {
                topic: "orders".into(),
                partition: Some(1),
                rule: PartitionRule::Original,
                expected_partition: Some(1)
            }
        );
        assert_eq!(
            actions[1],
            Action::Replay {
                topic: "orders".into(),
                partition: None,
                rule: PartitionRule::Key,
                expected_partition: Some(java_partition(b"21", 3))
            }
        );
        assert!(matches!(
            actions[2],
            Action::Replay {
                rule: PartitionRule::Any,
                ..
            }
        ));
        assert!(matches!(&actions[3], Action::Park { topic: None, .. }));
        // The parked entry writes nothing, so the scan starts at the oldest
        // replayed entry's time.
        assert_eq!(plan.scan_since(5), Some(45));
        assert_eq!(plan.scan_topics(), vec!["orders".to_string()]);
        let present =
            std::collections::HashSet::from([("orders".to_string(), "orders.DLT/0/1".to_string())]);
        plan.mark_already(&present);
        assert_eq!((plan.to_replay, plan.already_replayed), (2, 1));
    }

    #[test]
    fn plan_needs_to_when_no_origin_and_refuses_the_dlq_itself() {
        let entries = vec![entry(0, 0, 1, None, 0, None), entry(1, 4, 1, None, 0, None)];
        let err = build_plan(&entries, &opts(), vec![], &HashMap::new()).unwrap_err();
        assert_eq!(
            err,
            PlanError::NoOrigin {
                count: 2,
                first: "orders.DLT/0/0".into()
            }
        );
        assert!(err.to_string().contains("--to TOPIC"));
        let to = PlanOptions {
            to: Some("orders.DLT".into()),
            ..opts()
        };
        assert!(matches!(
            build_plan(&entries, &to, vec![], &HashMap::new()),
            Err(PlanError::IntoItself(_))
        ));
        let to = PlanOptions {
            to: Some("fixed".into()),
            park_topic: Some("parked".into()),
            ..opts()
        };
        assert_eq!(
            destinations(&entries, &to).unwrap(),
            vec!["fixed".to_string(), "parked".to_string()]
        );
        // Parked entries need no origin.
        let parked_only = vec![entry(0, 0, 1, None, 1, None)];
        assert!(build_plan(&parked_only, &opts(), vec![], &HashMap::new()).is_ok());
    }

    #[test]
    fn summary_groups_by_origin_and_error_class() {
        let mut a = entry(0, 0, 100, Some(("orders", 0)), 0, None);
        a.detection.error.class = Some("E1".into());
        let mut b = a.clone();
        b.timestamp = Some(300);
        b.detection.replay_count = 1;
        let c = entry(0, 2, 200, None, 0, None);
        let s = summarize(&[a, b, c]);
        assert_eq!(
            (s.entries, s.without_origin, s.oldest, s.newest),
            (3, 1, Some(100), Some(300))
        );
        assert_eq!(s.groups[0].entries, 2);
        assert_eq!(s.groups[0].replayed_before, 1);
        assert_eq!(
            (s.groups[0].oldest, s.groups[0].newest),
            (Some(100), Some(300))
        );
        assert_eq!(s.by_convention["spring-dlt"], 2);
        assert_eq!(s.by_convention["none"], 1);
    }

    #[test]
    fn ages_use_the_largest_whole_unit() {
        assert_eq!(format_age(100_000, Some(100_000 - 40_000)), "40s");
        assert_eq!(format_age(10_000_000, Some(0)), "2h");
        assert_eq!(format_age(0, None), "-");
    }
}
