//! Which framework wrote a DLQ record, and where it came from: the header
//! families of the module documentation, read from a record's header list.

use super::*;

#[derive(Clone, Copy)]
pub(super) enum Pick {
    /// Java `lastHeader`.
    Last,
    /// Kafka Connect: the set starting at the last topic header.
    LastSet,
    /// SmallRye: newest set first.
    First,
}

#[derive(Clone, Copy)]
pub(super) enum Meta {
    Prefix(&'static str),
    Exact(&'static str),
}

#[derive(Clone, Copy)]
pub(super) enum Kind {
    Text,
    Number,
}

pub(super) struct Family {
    pub(super) convention: Convention,
    pub(super) topic: &'static str,
    pub(super) partition: Option<&'static str>,
    pub(super) offset: Option<&'static str>,
    pub(super) timestamp: Option<&'static str>,
    pub(super) class: Option<&'static str>,
    pub(super) message: Option<&'static str>,
    pub(super) stacktrace: Option<&'static str>,
    pub(super) details: &'static [(&'static str, &'static str, Kind)],
    pub(super) meta: &'static [Meta],
    /// Reserved header namespace: present as soon as any header matches.
    pub(super) namespaced: bool,
    pub(super) pick: Pick,
}

impl Family {
    pub(super) fn is_meta(&self, key: &str) -> bool {
        self.meta.iter().any(|m| match m {
            Meta::Prefix(p) => key.starts_with(p),
            Meta::Exact(e) => key == *e,
        })
    }

    pub(super) fn present(&self, headers: &[RecordHeader]) -> bool {
        if self.namespaced {
            headers.iter().any(|(k, _)| self.is_meta(k))
        } else {
            headers.iter().any(|(k, _)| k == self.topic)
        }
    }
}

pub(super) const FAMILIES: &[Family] = &[
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

pub(super) fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

/// The value of `key` as the family reads it; `None` when absent or null.
pub(super) fn pick<'a>(
    headers: &'a [RecordHeader],
    key: &str,
    how: Pick,
    set_start: usize,
) -> Option<&'a [u8]> {
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

pub(super) fn last_value<'a>(headers: &'a [RecordHeader], key: &str) -> Option<&'a [u8]> {
    pick(headers, key, Pick::Last, 0)
}

/// What a DLQ record's headers say about its origin, its error and earlier
/// replays. Pure: looks at the header list only.
pub fn detect(headers: &[RecordHeader]) -> Detection {
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
pub(super) fn is_framework_header(key: &str, present: &[Convention]) -> bool {
    key.starts_with("retry_topic-")
        || KCTL_HEADERS.contains(&key)
        || FAMILIES
            .iter()
            .any(|f| present.contains(&f.convention) && f.is_meta(key))
}

/// The user's headers, in order: every header except the metadata of the
/// frameworks present on the record and kctl's own replay headers.
pub fn user_headers(headers: &[RecordHeader], detection: &Detection) -> Vec<RecordHeader> {
    headers
        .iter()
        .filter(|(k, _)| !is_framework_header(k, &detection.families))
        .cloned()
        .collect()
}
