//! Where `tail` reads records from (implemented by
//! `kafka::consumer::TailConsumer`).

use std::time::Duration;

use crate::domain::tail::RecordView;

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

/// Where records come from: the Kafka consumer, or a fake in tests.
pub trait RecordSource {
    type Rec<'a>: RecordView
    where
        Self: 'a;
    fn poll(&self, timeout: Duration) -> Event<Self::Rec<'_>>;
    /// Stop fetching a finished partition.
    fn pause(&self, partition: i32);
}
