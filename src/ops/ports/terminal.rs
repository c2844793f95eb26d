//! What `ops` hands to the terminal while it runs (implemented in `output/`).

use anyhow::Result;

use crate::domain::lag::LagReport;
use crate::ops::lag::WatchStatus;

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
