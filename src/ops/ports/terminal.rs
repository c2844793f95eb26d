//! What `ops` hands to the terminal while it runs (implemented in `output/`).

use std::collections::BTreeMap;
use std::time::Duration;

use anyhow::Result;

use crate::domain::lag::{Breach, LagReport};

/// Where each watch sample goes (the terminal, or a test's record).
pub trait WatchSink {
    fn sample(&mut self, report: &LagReport, status: &WatchStatus) -> Result<()>;
    /// A sample failed; the loop goes on.
    fn failed(&mut self, error: &anyhow::Error) -> Result<()>;
}

/// Shows how far `produce` has got: records sent and delivered so far
/// (implemented by `output::produce::ProduceProgress`).
pub trait ProgressDisplay: Send {
    fn update(&self, sent: u64, delivered: u64);
    fn finish(&self);
}

/// Where a `lag --watch` stands after a sample.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct WatchStatus {
    /// `--fail-above N`.
    pub threshold: Option<u64>,
    /// `--for D` (zero without it).
    pub hold: Duration,
    /// How long each group above the threshold has been so.
    pub above: BTreeMap<String, Duration>,
    /// Groups above the threshold for at least `hold`: the watch ends with exit 3.
    pub breaches: Vec<Breach>,
}
