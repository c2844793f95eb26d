//! Where `tail` reads records from (implemented by
//! `kafka::consumer::TailConsumer`) and where it hands the ones it keeps
//! (implemented by `output::records::Printer`).

use std::io;
use std::time::Duration;

use serde_json::Value;

use anyhow::Result;

use crate::domain::tail::{Decoded, RecordView, Watermarks};

/// One event from a source of records.
#[derive(Clone)]
pub enum Event<R> {
    Record(R),
    /// The partition has nothing more right now.
    PartitionEnd(i32),
    Idle,
    /// A problem the client recovers from (reported once, then ignored).
    Transient(String),
    /// A problem that ends the read.
    Fatal(String),
}

/// Where records come from: one topic read by assignment (the Kafka
/// consumer, or a fake in tests).
pub trait RecordSource {
    type Rec<'a>: RecordView
    where
        Self: 'a;
    /// The topic's partition ids, sorted. An unknown topic is an error.
    fn partitions(&self) -> Result<Vec<i32>>;
    /// Low and high watermarks of a partition.
    fn watermarks(&self, partition: i32) -> Result<Watermarks>;
    /// The first offset at or after `ms` in each partition; `None` where no
    /// record is that late.
    fn offsets_for_time(&self, ms: i64, partitions: &[i32]) -> Result<Vec<Option<i64>>>;
    /// Starts fetching each `(partition, offset)`.
    fn assign(&self, starts: &[(i32, i64)]) -> Result<()>;
    fn poll(&self, timeout: Duration) -> Event<Self::Rec<'_>>;
    /// Stop fetching a finished partition.
    fn pause(&self, partition: i32);
}

/// One record ready to print: its raw parts plus how key and value decoded.
/// `plain_key`/`plain_value` are the decoded values when a filter or a
/// field path already needed them (so they are not decoded twice).
pub struct TailRecord<'a, R: RecordView> {
    pub record: &'a R,
    pub key: &'a Decoded,
    pub value: &'a Decoded,
    pub plain_key: Option<&'a Value>,
    pub plain_value: Option<&'a Value>,
}

/// Where `tail` hands each record it keeps: the loop knows only this, the
/// printer implements it.
pub trait RecordSink {
    /// Renders one record. Returns the decode errors met (key and value),
    /// each already shown inline. An `Err` is a failed write (a closed pipe).
    fn record<R: RecordView>(&mut self, record: &TailRecord<'_, R>) -> io::Result<Vec<String>>;

    /// Hands everything rendered so far to its destination.
    fn flush(&mut self) -> io::Result<()>;

    /// The reader of the destination is gone (`tail -F | head -1` after
    /// head exited): checked while idle, since only a write would tell.
    fn reader_gone(&self) -> bool {
        false
    }
}
