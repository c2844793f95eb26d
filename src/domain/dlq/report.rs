//! What a replay did, entry by entry.

use super::*;
use crate::domain::model::BrokerErrorKind;

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
    /// What kind of broker failure it was, for the command's advice.
    #[serde(skip)]
    pub kind: BrokerErrorKind,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct ReplayReport {
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

impl ReplayReport {
    /// Entries the run did not settle: not replayed, skipped, parked or failed
    /// (an interrupted run leaves some).
    pub fn not_done(&self) -> u64 {
        self.selected.saturating_sub(
            self.replayed + self.skipped_already_replayed + self.parked + self.failed,
        )
    }
}
