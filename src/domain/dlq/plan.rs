//! The replay plan: each selected entry's fate (replay where, or park), and
//! the destinations to scan for earlier replays.

use super::partition::*;
use super::records::*;
use super::select::*;
use super::*;

#[derive(Debug, Clone)]
pub struct ReplayOptions {
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
    /// No detectable origin and no `--to`: shown in the plan, and an
    /// `--execute` refuses the whole run until `--to` is given.
    NeedsTo,
}

impl Action {
    /// The topic a record is written to, if any.
    pub fn destination(&self) -> Option<&str> {
        match self {
            Action::Replay { topic, .. } => Some(topic),
            Action::Park { topic, .. } => topic.as_deref(),
            Action::NeedsTo => None,
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
    /// With `--to`: the other topics (its detected origin) where the scan
    /// found this entry already replayed. Replaying it again duplicates it
    /// there and here.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub replayed_elsewhere: Vec<String>,
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
pub struct ReplayPlan {
    pub dlq: String,
    pub selection: Vec<String>,
    pub selected: u64,
    pub to_replay: u64,
    pub already_replayed: u64,
    pub to_park: u64,
    /// Entries without a detectable origin while no `--to` is given: the
    /// plan cannot be executed until it is.
    pub needs_to: u64,
    /// Entries to replay that the scan found already replayed to another
    /// topic (their origin, with `--to` elsewhere).
    pub replayed_elsewhere: u64,
    pub max_replays: u32,
    pub destinations: Vec<Destination>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub scan: Option<ScanInfo>,
    pub entries: Vec<PlanEntry>,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PlanError {
    /// Entries without a detectable origin and no `--to`.
    #[error(
        "{count} selected entr{} no detectable origin topic (first: {first}): pass --to TOPIC, or narrow the selection (e.g. --origin); nothing was sent",
        if *count == 1 { "y has" } else { "ies have" }
    )]
    NoOrigin { count: usize, first: String },
    /// The DLQ itself as destination would loop forever.
    #[error("refusing to replay dead-letter topic {0:?} into itself")]
    IntoItself(String),
}

/// The topics a plan writes to: the replay destinations then the park topic.
/// Entries without a destination (no origin, no `--to`) are left out: the
/// plan shows them as needing `--to` ([`ReplayPlan::refusal`]).
pub fn destinations(entries: &[Entry], opts: &ReplayOptions) -> Result<Vec<String>, PlanError> {
    let mut out: Vec<String> = Vec::new();
    for e in entries {
        if e.detection.replay_count >= opts.max_replays {
            continue;
        }
        if let Some(t) = opts.to.as_deref().or(e.detection.origin_topic()) {
            if !out.iter().any(|o| o == t) {
                out.push(t.to_string());
            }
        }
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
    opts: &ReplayOptions,
    selection: Vec<String>,
    partitions: &HashMap<String, i32>,
) -> Result<ReplayPlan, PlanError> {
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
        } else if let Some(topic) = opts
            .to
            .clone()
            .or_else(|| d.origin_topic().map(str::to_string))
        {
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
        } else {
            Action::NeedsTo
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
            replayed_elsewhere: Vec::new(),
        });
    }
    let mut plan = ReplayPlan {
        dlq: opts.dlq.clone(),
        selection,
        selected: entries.len() as u64,
        to_replay: 0,
        already_replayed: 0,
        to_park: 0,
        needs_to: 0,
        replayed_elsewhere: 0,
        max_replays: opts.max_replays,
        destinations: Vec::new(),
        scan: None,
        entries: plan_entries,
    };
    plan.recount();
    Ok(plan)
}

impl ReplayPlan {
    /// Marks entries whose replay id is already in their destination topic.
    /// `present` holds `(topic, replay id)` pairs found by the scan.
    /// Also notes entries to be replayed to `--to` that are already in their
    /// origin topic (when it was scanned: [`ReplayPlan::origin_topics`]).
    pub fn mark_already(&mut self, present: &std::collections::HashSet<(String, String)>) {
        for e in &mut self.entries {
            if let Some(t) = e.action.destination() {
                e.already_replayed = present.contains(&(t.to_string(), e.replay_id.clone()));
            }
            e.replayed_elsewhere.clear();
            if let (Action::Replay { topic, .. }, Some(origin)) = (&e.action, &e.origin) {
                if origin != topic && present.contains(&(origin.clone(), e.replay_id.clone())) {
                    e.replayed_elsewhere.push(origin.clone());
                }
            }
        }
        self.recount();
    }

    /// The detected origins of entries that `--to` sends elsewhere: an earlier
    /// replay of those entries went there, so they are scanned too.
    pub fn origin_topics(&self) -> Vec<String> {
        let mut t: Vec<String> = self
            .entries
            .iter()
            .filter_map(|e| match (&e.action, &e.origin) {
                (Action::Replay { topic, .. }, Some(o)) if o != topic && *o != self.dlq => {
                    Some(o.clone())
                }
                _ => None,
            })
            .collect();
        t.sort();
        t.dedup();
        t
    }

    /// Why `--execute` must not run this plan: entries without an origin and
    /// no `--to`. The whole run is refused, nothing is written.
    pub fn refusal(&self) -> Option<PlanError> {
        let missing: Vec<&PlanEntry> = self
            .entries
            .iter()
            .filter(|e| e.action == Action::NeedsTo)
            .collect();
        missing.first().map(|first| PlanError::NoOrigin {
            count: missing.len(),
            first: first.replay_id.clone(),
        })
    }

    pub(super) fn recount(&mut self) {
        self.to_replay = 0;
        self.to_park = 0;
        self.needs_to = 0;
        self.replayed_elsewhere = 0;
        self.already_replayed = 0;
        let mut dests: BTreeMap<(String, &'static str), Destination> = BTreeMap::new();
        for e in &self.entries {
            if e.already_replayed {
                self.already_replayed += 1;
            } else {
                match e.action {
                    Action::Replay { .. } => {
                        self.to_replay += 1;
                        if !e.replayed_elsewhere.is_empty() {
                            self.replayed_elsewhere += 1;
                        }
                    }
                    Action::Park { .. } => self.to_park += 1,
                    Action::NeedsTo => self.needs_to += 1,
                }
            }
            let (topic, kind) = match &e.action {
                Action::Replay { topic, .. } => (topic.clone(), "replay"),
                Action::Park { topic: Some(t), .. } => (t.clone(), "park"),
                Action::Park { topic: None, .. } => ("-".to_string(), "park (report only)"),
                Action::NeedsTo => ("-".to_string(), "needs --to"),
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
