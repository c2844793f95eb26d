//! The records a replay sends: the original bytes with the user's headers and
//! kctl's replay headers, or a parked copy with every header kept.

use super::detect::*;
use super::*;

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
pub struct ReplayRecord {
    pub replay_id: String,
    pub topic: String,
    /// `None`: let the (Java-compatible murmur2) partitioner choose.
    pub partition: Option<i32>,
    pub key: Option<Vec<u8>>,
    pub value: Option<Vec<u8>>,
    pub headers: Vec<RecordHeader>,
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
) -> ReplayRecord {
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
    ReplayRecord {
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
pub fn park_record(rec: &DlqRecord, topic: &str, reason: &str, stamp: &Stamp) -> ReplayRecord {
    let id = replay_id(stamp.dlq, rec.partition, rec.offset);
    let mut headers: Vec<RecordHeader> = rec
        .headers
        .iter()
        .filter(|(k, _)| k != H_REPLAY_ID && k != H_REPLAY_RUN && k != H_PARKED_REASON)
        .cloned()
        .collect();
    headers.push((H_REPLAY_ID.into(), Some(id.clone().into_bytes())));
    headers.push((H_REPLAY_RUN.into(), Some(stamp.run_id.as_bytes().to_vec())));
    headers.push((H_PARKED_REASON.into(), Some(reason.as_bytes().to_vec())));
    ReplayRecord {
        replay_id: id,
        topic: topic.to_string(),
        partition: None,
        key: rec.key.clone(),
        value: rec.value.clone(),
        headers,
    }
}
