//! Where `produce` sends records (implemented by `kafka::producer::KafkaSink`;
//! `ops::produce::DrySink` counts them for `--dry-run`).

use std::time::Duration;

use crate::domain::produce::{OutRecord, Tracker};

/// What became of one enqueue attempt.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SendResult {
    /// In the producer's queue; its delivery report will follow.
    Queued,
    /// The bounded queue is full: serve delivery reports and try again.
    Full,
    /// Refused at once (e.g. larger than the broker accepts); the sink has
    /// counted the line as failed.
    Rejected(String),
}

pub trait ProduceSink {
    fn send(&mut self, record: &OutRecord, line: u64) -> SendResult;
    /// Serves delivery reports, waiting up to `wait` for them.
    fn poll(&mut self, wait: Duration);
    /// Waits until every queued record is delivered or failed, or `timeout`
    /// passes. Returns how many are still in flight.
    fn flush(&mut self, timeout: Duration) -> u64;
    /// Deliveries so far (for progress).
    fn delivered(&self) -> u64;
    fn tracker(&self) -> Tracker;
}
