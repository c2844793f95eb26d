//! Consumer groups as plain values, and the pure rules around them: group
//! states, member assignments, whether a group has active members, and the
//! `groups reset-offsets` plan (targets, clamping, the `--to` grammar).

use std::collections::BTreeSet;
use std::fmt;

use serde::Serialize;

use super::model::BrokerError;
use super::time::{self, TimePoint};

/// A topic partition, the key of every offset kctl reads or writes.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
pub struct TopicPartition {
    pub topic: String,
    pub partition: i32,
}

impl TopicPartition {
    pub fn new(topic: impl Into<String>, partition: i32) -> Self {
        TopicPartition {
            topic: topic.into(),
            partition,
        }
    }
}

impl fmt::Display for TopicPartition {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}/{}", self.topic, self.partition)
    }
}

/// A group's state as the group coordinator reports it (Kafka's names).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub enum GroupState {
    /// The broker did not say (ListGroups before v4, or a broker that leaves
    /// the field empty).
    Unknown,
    PreparingRebalance,
    CompletingRebalance,
    Stable,
    /// The group does not exist (any more).
    Dead,
    /// No members; committed offsets may remain.
    Empty,
}

impl GroupState {
    /// States in which the group has members consuming (or about to).
    pub fn has_members(self) -> bool {
        matches!(
            self,
            GroupState::Stable | GroupState::PreparingRebalance | GroupState::CompletingRebalance
        )
    }
}

impl fmt::Display for GroupState {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            GroupState::Unknown => "Unknown",
            GroupState::PreparingRebalance => "PreparingRebalance",
            GroupState::CompletingRebalance => "CompletingRebalance",
            GroupState::Stable => "Stable",
            GroupState::Dead => "Dead",
            GroupState::Empty => "Empty",
        })
    }
}

/// One entry of ListGroups.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct GroupListing {
    pub group: String,
    pub state: GroupState,
    /// A "simple" group only stores offsets (no protocol, no members).
    pub simple: bool,
}

/// One member of a group, as DescribeGroups reports it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Member {
    pub member_id: String,
    pub client_id: String,
    pub host: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub group_instance_id: Option<String>,
    pub assignment: Vec<TopicPartition>,
}

/// DescribeGroups' answer for one group.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct GroupDescription {
    pub group: String,
    pub state: GroupState,
    /// The partition assignor the members agreed on (`range`, `cooperative-sticky`, ...).
    pub protocol: String,
    pub simple: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub coordinator: Option<String>,
    pub members: Vec<Member>,
}

/// What kctl knows about a group's members, which decides whether its offsets
/// may be reset (Kafka refuses offset changes while consumers are connected).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Membership {
    /// No members: offsets may be changed.
    Empty,
    /// The group does not exist yet; committing offsets creates it.
    Missing,
    /// Consumers are connected (or rebalancing).
    Active { members: usize, state: GroupState },
    /// kctl could not find out; the reason says why.
    Unknown(String),
}

impl fmt::Display for Membership {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Membership::Empty => f.write_str("no active members"),
            Membership::Missing => f.write_str("the group does not exist yet"),
            Membership::Active { members, state } => {
                write!(f, "{members} active member(s), state {state}")
            }
            Membership::Unknown(reason) => write!(f, "membership unknown: {reason}"),
        }
    }
}

/// Decides a group's membership from what ListGroups and DescribeGroups said.
///
/// `listed`: `Ok(Some(state))` when ListGroups returned the group, `Ok(None)`
/// when it did not, `Err` when ListGroups failed. `described`: `None` when
/// member lookup was skipped, else DescribeGroups' answer for this group.
/// A state saying "members" wins over an empty member list: a broker that
/// reports a Stable group without members is not telling the whole story.
pub fn membership(
    listed: &Result<Option<GroupState>, String>,
    described: Option<&Result<GroupDescription, BrokerError>>,
) -> Membership {
    let mut reasons = Vec::new();
    match described {
        Some(Ok(d)) => {
            if !d.members.is_empty() || d.state.has_members() {
                return Membership::Active {
                    members: d.members.len(),
                    state: d.state,
                };
            }
            match d.state {
                GroupState::Empty => return Membership::Empty,
                GroupState::Dead => return Membership::Missing,
                _ => reasons.push("DescribeGroups gave no state".to_string()),
            }
        }
        Some(Err(e)) => reasons.push(format!("DescribeGroups failed: {e}")),
        None => reasons.push("member lookup skipped (--skip-members)".to_string()),
    }
    match listed {
        Ok(Some(state)) if state.has_members() => Membership::Active {
            members: 0,
            state: *state,
        },
        Ok(Some(GroupState::Empty)) => Membership::Empty,
        Ok(Some(GroupState::Dead)) | Ok(None) => Membership::Missing,
        Ok(Some(_)) => {
            reasons.push("ListGroups gave no state".to_string());
            Membership::Unknown(reasons.join("; "))
        }
        Err(e) => {
            reasons.push(format!("ListGroups failed: {e}"));
            Membership::Unknown(reasons.join("; "))
        }
    }
}

/// Why the broker refused an offset change, in words an operator can act on.
/// `name` is Kafka's error name, e.g. `UNKNOWN_MEMBER_ID`.
pub fn explain_offset_error(name: &str) -> Option<&'static str> {
    Some(match name {
        "UNKNOWN_MEMBER_ID" | "ILLEGAL_GENERATION" | "REBALANCE_IN_PROGRESS" => {
            "the group has active members: Kafka refuses offset changes while consumers are connected; stop them first"
        }
        "GROUP_SUBSCRIBED_TO_TOPIC" => {
            "the group's active members are subscribed to this topic; stop them first"
        }
        "NON_EMPTY_GROUP" => {
            "the group has active members: Kafka deletes only a group without consumers; stop them first"
        }
        "GROUP_AUTHORIZATION_FAILED" => "not authorized for this group",
        "TOPIC_AUTHORIZATION_FAILED" => "not authorized for this topic",
        "COORDINATOR_NOT_AVAILABLE" | "NOT_COORDINATOR" => {
            "the group coordinator is moving or unavailable; retry"
        }
        _ => return None,
    })
}

/// `--to` of `groups reset-offsets`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ResetTo {
    Earliest,
    Latest,
    /// An absolute offset, clamped to the partition's log as Kafka's tool does.
    Offset(i64),
    /// The first record at or after this time.
    Time(TimePoint),
}

impl ResetTo {
    /// The timestamp to look up, for the time-based targets.
    pub fn timestamp_ms(&self, now_ms: i64) -> Option<i64> {
        match self {
            ResetTo::Time(t) => Some(t.resolve(now_ms)),
            _ => None,
        }
    }
}

impl fmt::Display for ResetTo {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ResetTo::Earliest => f.write_str("earliest"),
            ResetTo::Latest => f.write_str("latest"),
            ResetTo::Offset(o) => write!(f, "offset {o}"),
            ResetTo::Time(TimePoint::At(t)) => write!(f, "time {}", format_timestamp(*t)),
            ResetTo::Time(TimePoint::Ago(ms)) => {
                write!(f, "{} ago", super::duration::format_millis(*ms))
            }
            ResetTo::Time(TimePoint::Now) => f.write_str("now"),
        }
    }
}

/// Parses `earliest` (or `beginning`), `latest` (or `end`), an offset (a
/// bare number below [`time::EPOCH_MS_FROM`]), or any other TIME in kctl's
/// one grammar ([`time::parse_time`]).
pub fn parse_reset_to(text: &str) -> Result<ResetTo, String> {
    let t = text.trim();
    match t {
        "earliest" | "beginning" => return Ok(ResetTo::Earliest),
        "latest" | "end" => return Ok(ResetTo::Latest),
        _ => {}
    }
    if let Some(offset) = time::small_number(t) {
        return Ok(ResetTo::Offset(offset as i64));
    }
    time::parse_time(t)
        .map(ResetTo::Time)
        .map_err(|e| format!("{e}; or earliest, latest, or an offset (1234)"))
}

/// Renders milliseconds since the epoch as RFC 3339 UTC.
pub fn format_timestamp(ms: i64) -> String {
    chrono::DateTime::from_timestamp_millis(ms)
        .map(|d| d.to_rfc3339_opts(chrono::SecondsFormat::Millis, true))
        .unwrap_or_else(|| format!("{ms}ms"))
}

/// `--topic orders` or `--topic orders:0,2` (Kafka topic names cannot hold ':').
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TopicSelection {
    pub topic: String,
    /// `None`: every partition of the topic.
    pub partitions: Option<BTreeSet<i32>>,
}

pub fn parse_topic_selection(text: &str) -> Result<TopicSelection, String> {
    let (topic, parts) = match text.split_once(':') {
        Some((t, p)) => (t, Some(p)),
        None => (text, None),
    };
    if topic.is_empty() {
        return Err(format!("invalid --topic {text:?}: empty topic name"));
    }
    let partitions = match parts {
        None => None,
        Some(p) => {
            let mut set = BTreeSet::new();
            for item in p.split(',') {
                let n: i32 = item.trim().parse().ok().filter(|n| *n >= 0).ok_or_else(|| {
                    format!(
                        "invalid --topic {text:?}: {item:?} is not a partition number (expected TOPIC or TOPIC:0,1,2)"
                    )
                })?;
                set.insert(n);
            }
            Some(set)
        }
    };
    Ok(TopicSelection {
        topic: topic.to_string(),
        partitions,
    })
}

/// What the cluster says about one partition, for planning a reset.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PartitionBounds {
    pub tp: TopicPartition,
    /// The group's committed offset, if any.
    pub current: Option<i64>,
    pub earliest: Result<i64, String>,
    pub latest: Result<i64, String>,
    /// For time-based targets: ListOffsets by time (`-1`: no record that late).
    pub by_time: Option<Result<i64, String>>,
}

/// One row of the reset plan.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ResetRow {
    pub topic: String,
    pub partition: i32,
    /// The committed offset before the reset (`null`: none).
    pub current: Option<i64>,
    /// The offset to commit (`null`: it could not be computed; see `error`).
    pub new: Option<i64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub error: Option<String>,
}

impl ResetRow {
    pub fn tp(&self) -> TopicPartition {
        TopicPartition::new(&self.topic, self.partition)
    }
}

/// Computes the new offset of every partition. Offsets outside the log are
/// clamped to it (and say so), as Kafka's own tool does; a time after the
/// last record resolves to the log end.
pub fn plan_reset(to: &ResetTo, bounds: &[PartitionBounds]) -> Vec<ResetRow> {
    let mut rows: Vec<ResetRow> = bounds.iter().map(|b| plan_one(to, b)).collect();
    rows.sort_by(|a, b| (&a.topic, a.partition).cmp(&(&b.topic, b.partition)));
    rows
}

fn plan_one(to: &ResetTo, b: &PartitionBounds) -> ResetRow {
    let row = |new: Result<(i64, Option<String>), String>| {
        let (new, note, error) = match new {
            Ok((n, note)) => (Some(n), note, None),
            Err(e) => (None, None, Some(e)),
        };
        ResetRow {
            topic: b.tp.topic.clone(),
            partition: b.tp.partition,
            current: b.current,
            new,
            note,
            error,
        }
    };
    let bounds = || -> Result<(i64, i64), String> {
        let lo = b
            .earliest
            .clone()
            .map_err(|e| format!("earliest offset: {e}"))?;
        let hi = b
            .latest
            .clone()
            .map_err(|e| format!("log end offset: {e}"))?;
        Ok((lo, hi))
    };
    row(match to {
        ResetTo::Earliest => b
            .earliest
            .clone()
            .map(|o| (o, None))
            .map_err(|e| format!("earliest offset: {e}")),
        ResetTo::Latest => b
            .latest
            .clone()
            .map(|o| (o, None))
            .map_err(|e| format!("log end offset: {e}")),
        ResetTo::Offset(o) => bounds().map(|(lo, hi)| {
            if *o < lo {
                (lo, Some(format!("{o} is before the log start: using {lo}")))
            } else if *o > hi {
                (hi, Some(format!("{o} is past the log end: using {hi}")))
            } else {
                (*o, None)
            }
        }),
        ResetTo::Time(_) => match &b.by_time {
            None => Err("no offset-by-time lookup was made".to_string()),
            Some(Err(e)) => Err(format!("offset by time: {e}")),
            Some(Ok(o)) if *o < 0 => bounds().map(|(_, hi)| {
                (
                    hi,
                    Some("no record at or after that time: using the log end".to_string()),
                )
            }),
            Some(Ok(o)) => Ok((*o, None)),
        },
    })
}

/// Why `--execute` must not write this plan, if it must not. Every refusal
/// ends with "nothing was written" so the operator knows the cluster is as it was.
pub fn execute_refusal(
    group: &str,
    membership: &Membership,
    rows: &[ResetRow],
    force_unknown_members: bool,
) -> Option<String> {
    if rows.is_empty() {
        return Some(format!(
            "no partitions selected for group {group:?}: nothing was written"
        ));
    }
    if let Some(r) = rows.iter().find(|r| r.new.is_none()) {
        return Some(format!(
            "cannot compute the new offset of {}/{}: {}; nothing was written",
            r.topic,
            r.partition,
            r.error.as_deref().unwrap_or("unknown error")
        ));
    }
    match membership {
        Membership::Active { members, state } => Some(format!(
            "group {group:?} has active members ({} member(s) listed, state {state}): Kafka refuses offset changes while consumers are connected; stop them and retry. Nothing was written",
            members
        )),
        Membership::Unknown(reason) if !force_unknown_members => Some(format!(
            "cannot tell whether group {group:?} has active members ({reason}); resetting offsets under running consumers is unsafe. Stop the consumers, then re-run with --force-unknown-members. Nothing was written"
        )),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn desc(state: GroupState, members: usize) -> GroupDescription {
        GroupDescription {
            group: "g".into(),
            state,
            protocol: "range".into(),
            simple: false,
            coordinator: None,
            members: (0..members)
                .map(|i| Member {
                    member_id: format!("m{i}"),
                    client_id: "c".into(),
                    host: "/10.0.0.1".into(),
                    group_instance_id: None,
                    assignment: vec![],
                })
                .collect(),
        }
    }

    #[test]
    fn members_or_an_active_state_make_a_group_active() {
        let listed = Ok(Some(GroupState::Unknown));
        assert_eq!(
            membership(&listed, Some(&Ok(desc(GroupState::Stable, 2)))),
            Membership::Active {
                members: 2,
                state: GroupState::Stable
            }
        );
        // A broker that says Stable but lists nobody (some Kafka-compatible
        // brokers do) is still treated as having members.
        assert_eq!(
            membership(&listed, Some(&Ok(desc(GroupState::Stable, 0)))),
            Membership::Active {
                members: 0,
                state: GroupState::Stable
            }
        );
        assert_eq!(
            membership(&listed, Some(&Ok(desc(GroupState::Empty, 0)))),
            Membership::Empty
        );
        assert_eq!(
            membership(&Ok(Some(GroupState::PreparingRebalance)), None),
            Membership::Active {
                members: 0,
                state: GroupState::PreparingRebalance
            }
        );
    }

    #[test]
    fn membership_is_unknown_when_no_source_can_tell() {
        let listed = Ok(Some(GroupState::Unknown));
        let m = membership(
            &listed,
            Some(&Err(BrokerError::other("Local: Broker transport failure"))),
        );
        let Membership::Unknown(reason) = m else {
            panic!("{m:?}")
        };
        assert!(reason.contains("DescribeGroups failed: Local: Broker transport failure"));
        assert!(reason.contains("ListGroups gave no state"));
        assert!(
            matches!(membership(&listed, None), Membership::Unknown(r) if r.contains("--skip-members"))
        );
        assert!(matches!(
            membership(&Err("timed out".into()), None),
            Membership::Unknown(r) if r.contains("ListGroups failed: timed out")
        ));
    }

    #[test]
    fn listing_state_decides_when_describe_is_silent() {
        assert_eq!(
            membership(&Ok(Some(GroupState::Empty)), None),
            Membership::Empty
        );
        assert_eq!(membership(&Ok(None), None), Membership::Missing);
        assert_eq!(
            membership(
                &Ok(Some(GroupState::Unknown)),
                Some(&Ok(desc(GroupState::Dead, 0)))
            ),
            Membership::Missing
        );
    }

    #[test]
    fn parses_every_reset_target() {
        assert_eq!(parse_reset_to("earliest"), Ok(ResetTo::Earliest));
        assert_eq!(parse_reset_to("latest"), Ok(ResetTo::Latest));
        assert_eq!(parse_reset_to("1234"), Ok(ResetTo::Offset(1234)));
        assert_eq!(
            parse_reset_to("-1h"),
            Ok(ResetTo::Time(TimePoint::Ago(3_600_000)))
        );
        assert_eq!(
            parse_reset_to("2024-05-01T12:00:00Z"),
            Ok(ResetTo::Time(TimePoint::At(1_714_564_800_000)))
        );
        assert_eq!(
            parse_reset_to("2024-05-01T14:00:00+02:00"),
            Ok(ResetTo::Time(TimePoint::At(1_714_564_800_000)))
        );
        assert!(parse_reset_to("-1")
            .unwrap_err()
            .contains("a number without a unit is not accepted"));
        let e = parse_reset_to("2024-05-01 12:00").unwrap_err();
        assert!(e.contains("or earliest, latest"), "{e}");
        assert_eq!(parse_reset_to("beginning"), Ok(ResetTo::Earliest));
        assert_eq!(parse_reset_to("end"), Ok(ResetTo::Latest));
        assert_eq!(
            parse_reset_to("1h"),
            Ok(ResetTo::Time(TimePoint::Ago(3_600_000)))
        );
        assert!(parse_reset_to("99999999999999999999")
            .unwrap_err()
            .contains("too large"));
        assert_eq!(
            ResetTo::Time(TimePoint::Ago(60_000)).timestamp_ms(100_000),
            Some(40_000)
        );
    }

    #[test]
    fn parses_topic_selections() {
        assert_eq!(
            parse_topic_selection("orders"),
            Ok(TopicSelection {
                topic: "orders".into(),
                partitions: None
            })
        );
        assert_eq!(
            parse_topic_selection("orders:2,0").unwrap().partitions,
            Some(BTreeSet::from([0, 2]))
        );
        assert!(parse_topic_selection("orders:x")
            .unwrap_err()
            .contains("\"x\" is not a partition"));
        assert!(parse_topic_selection(":1").is_err());
        assert!(parse_topic_selection("orders:-1").is_err());
    }

    fn bounds(
        p: i32,
        current: Option<i64>,
        lo: i64,
        hi: i64,
        by_time: Option<i64>,
    ) -> PartitionBounds {
        PartitionBounds {
            tp: TopicPartition::new("t", p),
            current,
            earliest: Ok(lo),
            latest: Ok(hi),
            by_time: by_time.map(Ok),
        }
    }

    #[test]
    fn plans_clamp_offsets_to_the_log_and_say_so() {
        let b = [
            bounds(1, Some(3), 10, 50, None),
            bounds(0, None, 0, 5, None),
        ];
        let rows = plan_reset(&ResetTo::Offset(20), &b);
        assert_eq!(rows[0].partition, 0, "sorted by partition");
        assert_eq!(rows[0].new, Some(5));
        assert_eq!(rows[0].current, None);
        assert_eq!(
            rows[0].note.as_deref(),
            Some("20 is past the log end: using 5")
        );
        assert_eq!(rows[1].new, Some(20));
        assert_eq!(rows[1].note, None);
        let rows = plan_reset(&ResetTo::Offset(2), &b);
        assert_eq!(rows[1].new, Some(10));
        assert!(rows[1]
            .note
            .as_deref()
            .unwrap()
            .contains("before the log start"));
        assert_eq!(plan_reset(&ResetTo::Earliest, &b)[1].new, Some(10));
        assert_eq!(plan_reset(&ResetTo::Latest, &b)[1].new, Some(50));
    }

    #[test]
    fn time_targets_past_the_last_record_use_the_log_end() {
        let b = [
            bounds(0, Some(1), 0, 9, Some(-1)),
            bounds(1, Some(1), 0, 9, Some(4)),
        ];
        let rows = plan_reset(&ResetTo::Time(TimePoint::Ago(1000)), &b);
        assert_eq!(rows[0].new, Some(9));
        assert!(rows[0]
            .note
            .as_deref()
            .unwrap()
            .contains("no record at or after"));
        assert_eq!(rows[1].new, Some(4));
    }

    #[test]
    fn failed_lookups_leave_no_target_and_say_why() {
        let mut b = bounds(0, None, 0, 9, None);
        b.latest = Err("Broker: Not leader for partition".into());
        let rows = plan_reset(&ResetTo::Latest, &[b]);
        assert_eq!(rows[0].new, None);
        assert_eq!(
            rows[0].error.as_deref(),
            Some("log end offset: Broker: Not leader for partition")
        );
    }

    #[test]
    fn explains_the_brokers_refusals() {
        assert!(explain_offset_error("UNKNOWN_MEMBER_ID")
            .unwrap()
            .contains("active members"));
        assert!(explain_offset_error("GROUP_SUBSCRIBED_TO_TOPIC").is_some());
        assert_eq!(explain_offset_error("SOMETHING_ELSE"), None);
    }

    #[test]
    fn execute_is_refused_for_active_unknown_or_incomplete_plans() {
        let row = |new: Option<i64>| ResetRow {
            topic: "t".into(),
            partition: 0,
            current: Some(1),
            new,
            note: None,
            error: new
                .is_none()
                .then(|| "log end offset: timed out".to_string()),
        };
        let active = Membership::Active {
            members: 2,
            state: GroupState::Stable,
        };
        let e = execute_refusal("g", &active, &[row(Some(0))], true).unwrap();
        assert!(
            e.contains("has active members (2 member(s) listed, state Stable)"),
            "{e}"
        );
        assert!(e.ends_with("Nothing was written"));
        let unknown = Membership::Unknown("DescribeGroups failed: x".into());
        let e = execute_refusal("g", &unknown, &[row(Some(0))], false).unwrap();
        assert!(
            e.contains("--force-unknown-members") && e.contains("DescribeGroups failed: x"),
            "{e}"
        );
        assert_eq!(execute_refusal("g", &unknown, &[row(Some(0))], true), None);
        assert_eq!(
            execute_refusal("g", &Membership::Empty, &[row(Some(0))], false),
            None
        );
        assert_eq!(
            execute_refusal("g", &Membership::Missing, &[row(Some(0))], false),
            None
        );
        let e = execute_refusal("g", &Membership::Empty, &[row(None)], false).unwrap();
        assert!(
            e.contains("cannot compute the new offset of t/0: log end offset: timed out"),
            "{e}"
        );
        assert!(execute_refusal("g", &Membership::Empty, &[], false).is_some());
    }
}
