//! Consumer lag as pure arithmetic: which partitions a group is judged on,
//! lag per partition against the high watermark (as Kafka's own tooling does),
//! totals per topic and group, sorting, the Prometheus text exposition,
//! thresholds (`--fail-above`, sustained for `--for`), and consumption rate
//! and time to catch up from samples taken over time.
//!
//! Honesty rules: a partition without a commit has an *unknown* lag, never
//! zero; so has a partition whose committed offset lies past the log end (the
//! consumer will restart wherever `auto.offset.reset` sends it). Totals add
//! known lags only and count the unknown ones next to them.

use std::collections::{BTreeMap, BTreeSet, HashMap, VecDeque};
use std::time::Duration;

use serde::Serialize;

use super::groups::{GroupState, Member, TopicPartition};

/// One committed offset of a group.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Committed {
    pub tp: TopicPartition,
    pub offset: i64,
}

/// What kctl knows about a group's members.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Members {
    Known(Vec<Member>),
    /// Not looked up, or the lookup failed (the reason says which).
    Unknown(String),
}

/// Everything fetched about one group, before any arithmetic.
#[derive(Debug, Clone)]
pub struct GroupInput {
    pub group: String,
    pub state: GroupState,
    /// Whether ListGroups returned the group.
    pub listed: bool,
    /// Named on the command line: then `--topic` topics are shown even where
    /// the group has no commit, and a group that does not exist is an error.
    pub explicit: bool,
    pub members: Members,
    pub committed: Result<Vec<Committed>, String>,
}

/// Topic name to partition ids, from cluster metadata.
pub type TopicPartitions = BTreeMap<String, Vec<i32>>;

/// Log end offsets (high watermarks) as ListOffsets answered them.
pub type LogEnds = HashMap<TopicPartition, Result<i64, String>>;

/// Why a partition's lag is what it is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum PartitionStatus {
    /// Committed offset and log end known: lag is exact.
    Ok,
    /// The group never committed here: lag unknown.
    NoCommit,
    /// No commit, and the partition id is above every partition the group
    /// committed on this topic: most likely added after the group's last commit.
    NoCommitNewPartition,
    /// The committed offset is past the log end (topic recreated or truncated).
    AheadOfLogEnd,
    /// ListOffsets failed for this partition.
    LogEndUnknown,
    /// The group has a commit for a partition the cluster no longer has.
    PartitionMissing,
}

/// Who consumes a partition.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "status", rename_all = "snake_case")]
pub enum Owner {
    Assigned {
        member_id: String,
        client_id: String,
        host: String,
    },
    /// Members are known and none has this partition.
    Unassigned,
    /// Members could not be looked up.
    Unknown,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct PartitionLag {
    pub partition: i32,
    pub committed: Option<i64>,
    pub log_end: Option<i64>,
    pub lag: Option<i64>,
    pub status: PartitionStatus,
    pub owner: Owner,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct TopicLag {
    pub topic: String,
    /// Sum of the known partition lags; `null` when no partition's lag is
    /// known (never a 0 that would read as "caught up").
    pub lag: Option<i64>,
    pub partitions_without_lag: usize,
    pub partitions: Vec<PartitionLag>,
}

/// Consumption measured between two samples (watch mode).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct GroupRate {
    /// Records per second the group committed past.
    pub consumed_per_sec: f64,
    /// Records per second appended to the partitions the group consumes.
    pub produced_per_sec: f64,
    /// Seconds between the two samples compared.
    pub over_secs: f64,
    /// Whether the lag is shrinking (or already zero).
    pub catching_up: bool,
    /// Estimated seconds until the lag reaches zero; `null` when not catching up.
    pub eta_secs: Option<u64>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct GroupLag {
    pub group: String,
    pub state: GroupState,
    /// Member count; `null` when members could not be looked up.
    pub members: Option<usize>,
    /// Sum of the known partition lags; `null` when none is known (a group
    /// that has committed nothing yet has no lag to report, not a lag of 0).
    pub lag: Option<i64>,
    pub partitions: usize,
    pub partitions_without_lag: usize,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub rate: Option<GroupRate>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub notes: Vec<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub error: Option<String>,
    /// Named on the command line, and the cluster knows nothing of it.
    #[serde(skip)]
    pub not_found: bool,
    pub topics: Vec<TopicLag>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Default)]
pub struct LagReport {
    /// When the sample was taken, in milliseconds since the epoch (set by
    /// the caller), as every kctl timestamp.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub timestamp: Option<i64>,
    pub groups: Vec<GroupLag>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub warnings: Vec<String>,
}

impl LagReport {
    pub fn errors(&self) -> usize {
        self.groups.iter().filter(|g| g.error.is_some()).count()
    }
}

/// The topics a group is judged on: those it committed on or is assigned,
/// narrowed to `filter` when given. A group named on the command line is also
/// shown on every filtered topic (where it has no commit, honestly so).
fn selected_topics(g: &GroupInput, filter: &[String]) -> BTreeSet<String> {
    let mut topics = BTreeSet::new();
    if let Ok(c) = &g.committed {
        topics.extend(c.iter().map(|c| c.tp.topic.clone()));
    }
    if let Members::Known(members) = &g.members {
        for m in members {
            topics.extend(m.assignment.iter().map(|tp| tp.topic.clone()));
        }
    }
    if !filter.is_empty() {
        topics.retain(|t| filter.contains(t));
        if g.explicit {
            topics.extend(filter.iter().cloned());
        }
    }
    topics
}

/// The partitions whose log end offsets are needed, each once: the input of
/// the single ListOffsets request.
pub fn needed_partitions(
    groups: &[GroupInput],
    filter: &[String],
    metadata: &TopicPartitions,
) -> Vec<TopicPartition> {
    let mut out = BTreeSet::new();
    for g in groups {
        for topic in selected_topics(g, filter) {
            if let Some(parts) = metadata.get(&topic) {
                out.extend(parts.iter().map(|p| TopicPartition::new(&topic, *p)));
            }
        }
    }
    out.into_iter().collect()
}

/// Computes the lag report. Groups are sorted by total lag (largest first),
/// and so are topics within a group and partitions within a topic (unknown
/// lags after the known ones).
pub fn lag_report(
    groups: &[GroupInput],
    filter: &[String],
    metadata: &TopicPartitions,
    log_ends: &LogEnds,
) -> LagReport {
    let mut out: Vec<GroupLag> = groups
        .iter()
        .map(|g| group_lag(g, filter, metadata, log_ends))
        .collect();
    out.sort_by(|a, b| lag_order(a.lag, b.lag).then_with(|| a.group.cmp(&b.group)));
    LagReport {
        timestamp: None,
        groups: out,
        warnings: Vec::new(),
    }
}

fn group_lag(
    g: &GroupInput,
    filter: &[String],
    metadata: &TopicPartitions,
    log_ends: &LogEnds,
) -> GroupLag {
    let mut notes = Vec::new();
    let mut error = None;
    let committed: HashMap<&TopicPartition, i64> = match &g.committed {
        Ok(c) => c.iter().map(|c| (&c.tp, c.offset)).collect(),
        Err(e) => {
            error = Some(format!("cannot fetch committed offsets: {e}"));
            HashMap::new()
        }
    };
    let owners: Option<HashMap<&TopicPartition, &Member>> = match &g.members {
        Members::Known(members) => Some(
            members
                .iter()
                .flat_map(|m| m.assignment.iter().map(move |tp| (tp, m)))
                .collect(),
        ),
        Members::Unknown(_) => None,
    };
    let members = match &g.members {
        Members::Known(m) => Some(m.len()),
        Members::Unknown(_) => None,
    };

    let mut topics = Vec::new();
    for topic in selected_topics(g, filter) {
        let in_metadata = metadata.get(&topic);
        let mut ids: BTreeSet<i32> = in_metadata.into_iter().flatten().copied().collect();
        ids.extend(
            committed
                .keys()
                .filter(|tp| tp.topic == topic)
                .map(|tp| tp.partition),
        );
        let highest_committed = committed
            .keys()
            .filter(|tp| tp.topic == topic)
            .map(|tp| tp.partition)
            .max();
        let mut partitions: Vec<PartitionLag> = ids
            .into_iter()
            .map(|p| {
                let tp = TopicPartition::new(&topic, p);
                let exists = in_metadata.is_some_and(|ps| ps.contains(&p));
                let owner = match &owners {
                    None => Owner::Unknown,
                    Some(map) => match map.get(&tp) {
                        Some(m) => Owner::Assigned {
                            member_id: m.member_id.clone(),
                            client_id: m.client_id.clone(),
                            host: m.host.clone(),
                        },
                        None => Owner::Unassigned,
                    },
                };
                partition_lag(
                    p,
                    committed.get(&tp).copied(),
                    exists,
                    in_metadata.is_some(),
                    log_ends.get(&tp),
                    highest_committed,
                    owner,
                )
            })
            .collect();
        partitions
            .sort_by(|a, b| lag_order(a.lag, b.lag).then_with(|| a.partition.cmp(&b.partition)));
        topics.push(TopicLag {
            lag: known_sum(partitions.iter().map(|p| p.lag)),
            partitions_without_lag: partitions.iter().filter(|p| p.lag.is_none()).count(),
            topic,
            partitions,
        });
    }
    topics.sort_by(|a, b| lag_order(a.lag, b.lag).then_with(|| a.topic.cmp(&b.topic)));

    let has_commits = !committed.is_empty();
    let not_found =
        error.is_none() && g.explicit && !g.listed && !has_commits && members.unwrap_or(0) == 0;
    if not_found {
        error = Some(
            "consumer group not found: the cluster does not list it and it has no committed offsets"
                .to_string(),
        );
    } else if error.is_none() && !has_commits {
        notes.push("no committed offsets".to_string());
    }
    if g.state == GroupState::Empty || (members == Some(0) && !g.state.has_members()) {
        notes.push("no active members".to_string());
    }

    GroupLag {
        group: g.group.clone(),
        state: g.state,
        members,
        lag: known_sum(topics.iter().map(|t| t.lag)),
        partitions: topics.iter().map(|t| t.partitions.len()).sum(),
        partitions_without_lag: topics.iter().map(|t| t.partitions_without_lag).sum(),
        rate: None,
        notes,
        error,
        not_found,
        topics,
    }
}

/// The sum of the known values; `None` when none is known.
fn known_sum(lags: impl Iterator<Item = Option<i64>>) -> Option<i64> {
    lags.flatten()
        .fold(None, |sum, l| Some(sum.unwrap_or(0) + l))
}

/// Larger lags first; unknown lags after every known one.
fn lag_order(a: Option<i64>, b: Option<i64>) -> std::cmp::Ordering {
    match (a, b) {
        (Some(x), Some(y)) => y.cmp(&x),
        (Some(_), None) => std::cmp::Ordering::Less,
        (None, Some(_)) => std::cmp::Ordering::Greater,
        (None, None) => std::cmp::Ordering::Equal,
    }
}

fn partition_lag(
    partition: i32,
    committed: Option<i64>,
    exists: bool,
    topic_exists: bool,
    log_end: Option<&Result<i64, String>>,
    highest_committed: Option<i32>,
    owner: Owner,
) -> PartitionLag {
    let log_end_value = log_end.and_then(|r| r.as_ref().ok().copied());
    let (lag, status, note) = if !exists {
        let what = if topic_exists { "partition" } else { "topic" };
        (
            None,
            PartitionStatus::PartitionMissing,
            Some(format!("the {what} no longer exists")),
        )
    } else {
        match (committed, log_end) {
            (_, None) => (
                None,
                PartitionStatus::LogEndUnknown,
                Some("log end offset was not returned".to_string()),
            ),
            (_, Some(Err(e))) => (
                None,
                PartitionStatus::LogEndUnknown,
                Some(format!("log end offset unavailable: {e}")),
            ),
            (None, Some(Ok(end))) => {
                let newer = highest_committed.is_some_and(|h| partition > h);
                if matches!(owner, Owner::Assigned { .. }) {
                    (
                        None,
                        PartitionStatus::NoCommit,
                        Some("no commit yet (assigned to a member)".to_string()),
                    )
                } else if *end == 0 {
                    (
                        None,
                        PartitionStatus::NoCommit,
                        Some("no commit (nothing was ever written here)".to_string()),
                    )
                } else if newer {
                    (
                        None,
                        PartitionStatus::NoCommitNewPartition,
                        Some(
                            "no commit; above the group's committed partitions (added after its last commit?)"
                                .to_string(),
                        ),
                    )
                } else {
                    (
                        None,
                        PartitionStatus::NoCommit,
                        Some("no commit".to_string()),
                    )
                }
            }
            (Some(c), Some(Ok(end))) if c > *end => (
                None,
                PartitionStatus::AheadOfLogEnd,
                Some(
                    "committed offset is past the log end (topic recreated or truncated?)"
                        .to_string(),
                ),
            ),
            (Some(c), Some(Ok(end))) => (Some(end - c), PartitionStatus::Ok, None),
        }
    };
    PartitionLag {
        partition,
        committed,
        log_end: log_end_value,
        lag,
        status,
        owner,
        note,
    }
}

/// Groups whose total lag is above `threshold`, with that lag.
pub fn exceeding(report: &LagReport, threshold: u64) -> Vec<(String, i64)> {
    report
        .groups
        .iter()
        .filter(|g| g.error.is_none())
        .filter_map(|g| above(g.lag, threshold).map(|l| (g.group.clone(), l)))
        .collect()
}

/// The lag when it is known and above `threshold`.
fn above(lag: Option<i64>, threshold: u64) -> Option<i64> {
    lag.filter(|&l| l > 0 && l as u64 > threshold)
}

/// A group whose lag stayed above the threshold long enough.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Breach {
    pub group: String,
    pub lag: i64,
    /// How long the lag has been above the threshold (since the first sample above it).
    pub above_for: Duration,
}

/// `--fail-above N --for D`: like an alert rule's `for:`, a group breaches
/// once every sample over at least `D` showed its lag above `N`. A sample at
/// or below `N` resets the clock; a sample where the group's offsets could
/// not be fetched neither resets nor advances it (unknown is not recovery).
#[derive(Debug, Clone)]
pub struct Sustained {
    threshold: u64,
    hold: Duration,
    since: HashMap<String, Duration>,
}

impl Sustained {
    pub fn new(threshold: u64, hold: Duration) -> Self {
        Sustained {
            threshold,
            hold,
            since: HashMap::new(),
        }
    }

    /// Records a sample taken at `now` (any monotonic clock) and returns the
    /// groups now in breach.
    pub fn observe(&mut self, now: Duration, report: &LagReport) -> Vec<Breach> {
        let present: BTreeSet<&str> = report.groups.iter().map(|g| g.group.as_str()).collect();
        self.since.retain(|g, _| present.contains(g.as_str()));
        let mut out = Vec::new();
        for g in &report.groups {
            if g.error.is_some() {
                continue;
            }
            let Some(lag) = above(g.lag, self.threshold) else {
                self.since.remove(&g.group);
                continue;
            };
            let start = *self.since.entry(g.group.clone()).or_insert(now);
            let above_for = now.saturating_sub(start);
            if above_for >= self.hold {
                out.push(Breach {
                    group: g.group.clone(),
                    lag,
                    above_for,
                });
            }
        }
        out
    }

    /// Seconds each group has been above the threshold so far.
    pub fn above_for(&self, now: Duration) -> BTreeMap<String, Duration> {
        self.since
            .iter()
            .map(|(g, t)| (g.clone(), now.saturating_sub(*t)))
            .collect()
    }
}

/// Offsets of each group's partitions at one moment: committed and log end.
type Sample = HashMap<String, HashMap<TopicPartition, (i64, i64)>>;

/// Consumption rate and time to catch up, from samples over a sliding window
/// (the oldest sample no older than `window`, or at least the previous one).
#[derive(Debug, Clone)]
pub struct RateTracker {
    window: Duration,
    history: VecDeque<(Duration, Sample)>,
}

impl RateTracker {
    pub fn new(window: Duration) -> Self {
        RateTracker {
            window,
            history: VecDeque::new(),
        }
    }

    /// Records the report taken at `now` and fills in each group's `rate`
    /// (left `None` on the first sample or for a group seen for the first time).
    pub fn observe(&mut self, now: Duration, report: &mut LagReport) {
        let sample: Sample = report
            .groups
            .iter()
            .map(|g| {
                let offsets = g
                    .topics
                    .iter()
                    .flat_map(|t| {
                        t.partitions
                            .iter()
                            .filter_map(|p| match (p.committed, p.log_end) {
                                (Some(c), Some(e)) => {
                                    Some((TopicPartition::new(&t.topic, p.partition), (c, e)))
                                }
                                _ => None,
                            })
                    })
                    .collect();
                (g.group.clone(), offsets)
            })
            .collect();
        while self.history.len() >= 2
            && self
                .history
                .get(1)
                .is_some_and(|(t, _)| now.saturating_sub(*t) >= self.window)
        {
            self.history.pop_front();
        }
        if let Some((then, old)) = self.history.front() {
            let secs = now.saturating_sub(*then).as_secs_f64();
            if secs > 0.0 {
                for g in &mut report.groups {
                    let (Some(before), Some(after)) = (old.get(&g.group), sample.get(&g.group))
                    else {
                        continue;
                    };
                    let (mut consumed, mut produced) = (0i64, 0i64);
                    for (tp, (c1, e1)) in after {
                        if let Some((c0, e0)) = before.get(tp) {
                            consumed += (c1 - c0).max(0);
                            produced += (e1 - e0).max(0);
                        }
                    }
                    g.rate = Some(rate(
                        consumed as f64 / secs,
                        produced as f64 / secs,
                        secs,
                        g.lag,
                    ));
                }
            }
        }
        self.history.push_back((now, sample));
    }
}

/// Rate and ETA for a group with `lag` left, consuming and producing at the given rates.
pub fn rate(
    consumed_per_sec: f64,
    produced_per_sec: f64,
    over_secs: f64,
    lag: Option<i64>,
) -> GroupRate {
    let net = consumed_per_sec - produced_per_sec;
    let lag = lag.unwrap_or(0);
    let (catching_up, eta_secs) = if lag <= 0 {
        (true, Some(0))
    } else if net > 0.0 {
        (true, Some((lag as f64 / net).ceil() as u64))
    } else {
        (false, None)
    };
    GroupRate {
        consumed_per_sec,
        produced_per_sec,
        over_secs,
        catching_up,
        eta_secs,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tp(t: &str, p: i32) -> TopicPartition {
        TopicPartition::new(t, p)
    }

    fn input(group: &str, commits: &[(&str, i32, i64)]) -> GroupInput {
        GroupInput {
            group: group.into(),
            state: GroupState::Empty,
            listed: true,
            explicit: false,
            members: Members::Unknown("skipped".into()),
            committed: Ok(commits
                .iter()
                .map(|(t, p, o)| Committed {
                    tp: tp(t, *p),
                    offset: *o,
                })
                .collect()),
        }
    }

    fn ends(list: &[(&str, i32, i64)]) -> LogEnds {
        list.iter().map(|(t, p, e)| (tp(t, *p), Ok(*e))).collect()
    }

    fn meta(list: &[(&str, i32)]) -> TopicPartitions {
        list.iter()
            .map(|(t, n)| (t.to_string(), (0..*n).collect()))
            .collect()
    }

    fn part<'a>(r: &'a LagReport, g: &str, t: &str, p: i32) -> &'a PartitionLag {
        r.groups
            .iter()
            .find(|x| x.group == g)
            .and_then(|x| x.topics.iter().find(|x| x.topic == t))
            .and_then(|x| x.partitions.iter().find(|x| x.partition == p))
            .unwrap_or_else(|| panic!("{g} {t}/{p} missing from {r:#?}"))
    }

    #[test]
    fn lag_is_high_watermark_minus_committed_and_totals_add_known_lags() {
        let groups = [input("g", &[("a", 0, 4), ("a", 1, 20), ("b", 0, 7)])];
        let md = meta(&[("a", 3), ("b", 1)]);
        let le = ends(&[("a", 0, 10), ("a", 1, 20), ("a", 2, 5), ("b", 0, 9)]);
        assert_eq!(needed_partitions(&groups, &[], &md).len(), 4);
        let r = lag_report(&groups, &[], &md, &le);
        let g = &r.groups[0];
        assert_eq!(part(&r, "g", "a", 0).lag, Some(6));
        assert_eq!(part(&r, "g", "a", 1).lag, Some(0));
        assert_eq!(part(&r, "g", "b", 0).lag, Some(2));
        assert_eq!(
            (g.lag, g.partitions, g.partitions_without_lag),
            (Some(8), 4, 1)
        );
        assert_eq!(g.topics[0].topic, "a", "topics sorted by lag");
        assert_eq!(
            (g.topics[0].lag, g.topics[0].partitions_without_lag),
            (Some(6), 1)
        );
        let order: Vec<i32> = g.topics[0].partitions.iter().map(|p| p.partition).collect();
        assert_eq!(order, [0, 1, 2], "largest lag first, unknown last");
    }

    #[test]
    fn a_partition_without_a_commit_has_unknown_lag_not_zero() {
        let groups = [input("g", &[("a", 0, 4), ("a", 2, 1)])];
        let md = meta(&[("a", 4)]);
        let le = ends(&[("a", 0, 4), ("a", 1, 9), ("a", 2, 1), ("a", 3, 3)]);
        let r = lag_report(&groups, &[], &md, &le);
        let p1 = part(&r, "g", "a", 1);
        assert_eq!(
            (p1.lag, p1.status, p1.log_end),
            (None, PartitionStatus::NoCommit, Some(9))
        );
        let p3 = part(&r, "g", "a", 3);
        assert_eq!(p3.lag, None);
        assert_eq!(p3.status, PartitionStatus::NoCommitNewPartition);
        assert!(p3
            .note
            .as_deref()
            .unwrap()
            .contains("added after its last commit"));
        assert_eq!(r.groups[0].lag, Some(0));
        assert_eq!(r.groups[0].partitions_without_lag, 2);
    }

    #[test]
    fn committed_past_the_log_end_and_vanished_partitions_are_unknown() {
        let groups = [input("g", &[("a", 0, 50), ("gone", 0, 3), ("a", 7, 1)])];
        let md = meta(&[("a", 1)]);
        let le = ends(&[("a", 0, 10)]);
        let r = lag_report(&groups, &[], &md, &le);
        assert_eq!(part(&r, "g", "a", 0).status, PartitionStatus::AheadOfLogEnd);
        assert_eq!(part(&r, "g", "a", 0).lag, None);
        let p7 = part(&r, "g", "a", 7);
        assert_eq!(p7.status, PartitionStatus::PartitionMissing);
        assert_eq!(p7.note.as_deref(), Some("the partition no longer exists"));
        let gone = part(&r, "g", "gone", 0);
        assert_eq!(gone.note.as_deref(), Some("the topic no longer exists"));
        assert_eq!(r.groups[0].partitions_without_lag, 3);
    }

    #[test]
    fn failed_log_end_lookup_is_reported_per_partition() {
        let groups = [input("g", &[("a", 0, 1)])];
        let mut le = LogEnds::new();
        le.insert(tp("a", 0), Err("Broker: Not leader".into()));
        let r = lag_report(&groups, &[], &meta(&[("a", 1)]), &le);
        let p = part(&r, "g", "a", 0);
        assert_eq!(p.status, PartitionStatus::LogEndUnknown);
        assert_eq!(
            p.note.as_deref(),
            Some("log end offset unavailable: Broker: Not leader")
        );
    }

    #[test]
    fn empty_missing_and_failed_groups_are_said_so() {
        let mut named = input("typo", &[]);
        named.explicit = true;
        named.listed = false;
        let quiet = input("quiet", &[]);
        let mut broken = input("broken", &[]);
        broken.committed = Err("Broker: Coordinator not available".into());
        let r = lag_report(&[named, quiet, broken], &[], &meta(&[]), &LogEnds::new());
        let by = |n: &str| r.groups.iter().find(|g| g.group == n).unwrap();
        assert!(by("typo")
            .error
            .as_deref()
            .unwrap()
            .contains("consumer group not found"));
        assert_eq!(
            by("quiet").notes,
            ["no committed offsets", "no active members"]
        );
        assert!(by("quiet").error.is_none());
        assert_eq!(
            by("broken").error.as_deref(),
            Some("cannot fetch committed offsets: Broker: Coordinator not available")
        );
        assert_eq!(r.errors(), 2);
        assert!(exceeding(&r, 0).is_empty());
    }

    #[test]
    fn topic_filter_narrows_and_named_groups_show_uncommitted_topics() {
        let mut g = input("g", &[("a", 0, 1)]);
        let md = meta(&[("a", 1), ("b", 2)]);
        let le = ends(&[("a", 0, 1), ("b", 0, 5), ("b", 1, 5)]);
        let r = lag_report(std::slice::from_ref(&g), &["b".into()], &md, &le);
        assert!(
            r.groups[0].topics.is_empty(),
            "unnamed group: no rows for b"
        );
        g.explicit = true;
        assert_eq!(
            needed_partitions(std::slice::from_ref(&g), &["b".into()], &md).len(),
            2
        );
        let r = lag_report(&[g], &["b".into()], &md, &le);
        let topics: Vec<&str> = r.groups[0]
            .topics
            .iter()
            .map(|t| t.topic.as_str())
            .collect();
        assert_eq!(topics, ["b"]);
        assert_eq!(r.groups[0].partitions_without_lag, 2);
    }

    #[test]
    fn owners_come_from_member_assignments() {
        let mut g = input("g", &[("a", 0, 1), ("a", 1, 1)]);
        g.state = GroupState::Stable;
        g.members = Members::Known(vec![Member {
            member_id: "m-1".into(),
            client_id: "app".into(),
            host: "/10.1.1.1".into(),
            group_instance_id: None,
            assignment: vec![tp("a", 0), tp("c", 0)],
        }]);
        let md = meta(&[("a", 2), ("c", 1)]);
        let le = ends(&[("a", 0, 1), ("a", 1, 1), ("c", 0, 4)]);
        let r = lag_report(&[g], &[], &md, &le);
        assert!(
            matches!(&part(&r, "g", "a", 0).owner, Owner::Assigned { client_id, .. } if client_id == "app")
        );
        assert_eq!(part(&r, "g", "a", 1).owner, Owner::Unassigned);
        let c0 = part(&r, "g", "c", 0);
        assert_eq!(c0.status, PartitionStatus::NoCommit);
        assert_eq!(
            c0.note.as_deref(),
            Some("no commit yet (assigned to a member)")
        );
        assert_eq!(r.groups[0].members, Some(1));
        assert!(r.groups[0].notes.is_empty());
    }

    #[test]
    fn groups_sort_by_total_lag() {
        let groups = [input("small", &[("a", 0, 9)]), input("big", &[("a", 0, 1)])];
        let r = lag_report(&groups, &[], &meta(&[("a", 1)]), &ends(&[("a", 0, 10)]));
        let names: Vec<&str> = r.groups.iter().map(|g| g.group.as_str()).collect();
        assert_eq!(names, ["big", "small"]);
        assert_eq!(exceeding(&r, 8), vec![("big".to_string(), 9)]);
        assert!(exceeding(&r, 9).is_empty(), "exactly N is not above N");
    }

    fn report_with(group: &str, committed: i64, end: i64) -> LagReport {
        lag_report(
            &[input(group, &[("a", 0, committed)])],
            &[],
            &meta(&[("a", 1)]),
            &ends(&[("a", 0, end)]),
        )
    }

    #[test]
    fn sustained_threshold_needs_every_sample_above_for_the_duration() {
        let s = Duration::from_secs;
        let mut t = Sustained::new(100, s(300));
        assert!(t.observe(s(0), &report_with("g", 0, 500)).is_empty());
        assert!(t.observe(s(200), &report_with("g", 0, 500)).is_empty());
        let b = t.observe(s(300), &report_with("g", 0, 500));
        assert_eq!(
            b,
            vec![Breach {
                group: "g".into(),
                lag: 500,
                above_for: s(300)
            }]
        );
        // Dropping to the threshold resets the clock.
        assert!(t.observe(s(310), &report_with("g", 400, 500)).is_empty());
        assert!(t.observe(s(320), &report_with("g", 0, 500)).is_empty());
        assert!(t.observe(s(619), &report_with("g", 0, 500)).is_empty());
        // A failed sample neither resets nor advances.
        let mut failed = report_with("g", 0, 500);
        failed.groups[0].error = Some("timeout".into());
        assert!(t.observe(s(620), &failed).is_empty());
        assert_eq!(t.observe(s(621), &report_with("g", 0, 500)).len(), 1);
        assert_eq!(t.above_for(s(621))["g"], s(301));
        let mut now = Sustained::new(100, Duration::ZERO);
        assert_eq!(now.observe(s(0), &report_with("g", 0, 101)).len(), 1);
    }

    #[test]
    fn rates_and_eta_come_from_the_window() {
        let s = Duration::from_secs;
        let mut rt = RateTracker::new(s(60));
        let mut r0 = report_with("g", 0, 1000);
        rt.observe(s(0), &mut r0);
        assert_eq!(r0.groups[0].rate, None, "one sample gives no rate");
        let mut r1 = report_with("g", 300, 1100);
        rt.observe(s(10), &mut r1);
        let rate = r1.groups[0].rate.clone().unwrap();
        assert_eq!((rate.consumed_per_sec, rate.produced_per_sec), (30.0, 10.0));
        // 800 left, net 20/s: 40 s.
        assert_eq!((rate.catching_up, rate.eta_secs), (true, Some(40)));
        let mut r2 = report_with("g", 400, 1500);
        rt.observe(s(20), &mut r2);
        let rate = r2.groups[0].rate.clone().unwrap();
        assert_eq!(
            rate.over_secs, 20.0,
            "compared with the oldest sample in the window"
        );
        assert_eq!((rate.catching_up, rate.eta_secs), (false, None));
        let mut r3 = report_with("g", 1500, 1500);
        rt.observe(s(90), &mut r3);
        assert_eq!(
            r3.groups[0].rate.clone().unwrap().over_secs,
            70.0,
            "older samples dropped"
        );
        assert_eq!(r3.groups[0].rate.clone().unwrap().eta_secs, Some(0));
    }

    #[test]
    fn formats_eta() {
        use crate::output::lag::format_eta;
        assert_eq!(format_eta(45), "45s");
        assert_eq!(format_eta(200), "3m20s");
        assert_eq!(format_eta(3720), "1h02m");
        assert_eq!(format_eta(90_000), "1d01h");
    }

    #[test]
    fn prometheus_text_has_help_type_and_escaped_labels() {
        let groups = [input("g\"1", &[("a", 0, 4), ("a", 1, 1)])];
        let r = lag_report(
            &groups,
            &[],
            &meta(&[("a", 3)]),
            &ends(&[("a", 0, 10), ("a", 1, 1), ("a", 2, 2)]),
        );
        let text = crate::output::lag::prometheus(&r);
        assert!(text.contains("# HELP kafka_consumergroup_lag "));
        assert!(text.contains("# TYPE kafka_consumergroup_lag gauge\n"));
        assert!(text
            .contains("kafka_consumergroup_lag{group=\"g\\\"1\",topic=\"a\",partition=\"0\"} 6\n"));
        assert!(
            !text.contains("kafka_consumergroup_lag{group=\"g\\\"1\",topic=\"a\",partition=\"2\"}"),
            "no sample for unknown lag"
        );
        assert!(text.contains("kafka_consumergroup_lag_sum{group=\"g\\\"1\"} 6\n"));
        assert!(text.contains("kafka_consumergroup_partitions_without_lag{group=\"g\\\"1\"} 1\n"));
        assert!(
            text.contains("kafka_topic_partition_log_end_offset{topic=\"a\",partition=\"2\"} 2\n")
        );
        assert!(text.contains("kafka_consumergroup_lag_error{group=\"g\\\"1\"} 0\n"));
        assert!(
            !text.contains("kafka_consumergroup_members{"),
            "members unknown"
        );
        for line in text.lines().filter(|l| !l.starts_with('#')) {
            let (_, value) = line.rsplit_once(' ').unwrap();
            value.parse::<i64>().unwrap();
        }
        assert_eq!(crate::output::lag::label("a\\b\nc"), "a\\\\b\\nc");
    }
}
