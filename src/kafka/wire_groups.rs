//! Many consumer groups in a few requests, for `lag` and `groups`.
//!
//! librdkafka's admin API asks about one group at a time: for 500 groups it
//! sent 1,489 FindCoordinator, 500 OffsetFetch, 500 ConsumerGroupDescribe
//! and 500 DescribeGroups requests (counted with `-X debug=protocol`), which
//! took 0.1 to 0.3 s on the sandbox. Kafka answers for many groups at once:
//! FindCoordinator v4 takes every group id, OffsetFetch v8 and DescribeGroups
//! v5 every group a coordinator owns. This module sends those three, over
//! kctl's PLAINTEXT client ([`super::wire`]).
//!
//! It answers only what it can answer exactly, and `None` for the rest:
//! a group whose coordinator lookup, offsets or description carry any error
//! code, and a group DescribeGroups calls Dead (how Kafka answers for a
//! KIP-848 consumer group, which only ConsumerGroupDescribe describes), go
//! through librdkafka's calls as before, which also word every error. So do
//! all groups when the connection is not PLAINTEXT or a request fails.

use std::collections::BTreeMap;
use std::time::Duration;

use super::wire::{call, put_compact_str, put_uvarint, Reader, WireError};
use crate::domain::groups::{GroupDescription, GroupState, Member, TopicPartition};
use crate::domain::lag::Committed;

const FIND_COORDINATOR: i16 = 10;
const OFFSET_FETCH: i16 = 9;
const DESCRIBE_GROUPS: i16 = 15;

/// A group's coordinator: node id and address.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Coordinator {
    pub id: i32,
    pub host: String,
    pub port: i32,
}

impl Coordinator {
    pub fn address(&self) -> String {
        format!("{}:{}", self.host, self.port)
    }
}

/// FindCoordinator v4 for every group, asked of the first of `brokers`
/// that answers. Groups the answer gives an error for are left out.
pub fn coordinators(
    brokers: &[String],
    groups: &[String],
    timeout: Duration,
) -> Result<BTreeMap<String, Coordinator>, WireError> {
    let mut body = vec![0u8]; // key type: group
    put_uvarint(&mut body, groups.len() as u64 + 1);
    for g in groups {
        put_compact_str(&mut body, g);
    }
    body.push(0); // request tags
    let mut last = WireError::Failed("no broker to ask".into());
    for b in brokers {
        match call(b, FIND_COORDINATOR, 4, &body, timeout) {
            Ok(resp) => {
                return parse_coordinators(&resp)
                    .map_err(|e| WireError::Failed(format!("FindCoordinator from {b}: {e}")))
            }
            Err(e) => last = e,
        }
    }
    Err(last)
}

fn parse_coordinators(b: &[u8]) -> Result<BTreeMap<String, Coordinator>, String> {
    let mut r = Reader::new(b);
    let _throttle = r.i32()?;
    let mut out = BTreeMap::new();
    for _ in 0..r.array_len()? {
        let key = r.compact_str()?;
        let id = r.i32()?;
        let host = r.compact_str()?;
        let port = r.i32()?;
        let code = r.i16()?;
        let _message = r.compact_str()?;
        r.tags()?;
        if code == 0 && id >= 0 {
            out.insert(key, Coordinator { id, host, port });
        }
    }
    r.tags()?;
    Ok(out)
}

/// OffsetFetch v8 of every committed offset of `groups`, sent to their
/// coordinator at `address`: per group, its offsets, or `None` when Kafka
/// gave an error for the group or one of its partitions.
pub fn committed(
    address: &str,
    groups: &[String],
    timeout: Duration,
) -> Result<BTreeMap<String, Option<Vec<Committed>>>, WireError> {
    let mut body = Vec::new();
    put_uvarint(&mut body, groups.len() as u64 + 1);
    for g in groups {
        put_compact_str(&mut body, g);
        body.push(0); // topics: null, every committed partition
        body.push(0); // group tags
    }
    body.push(0); // require_stable: false
    body.push(0); // request tags
    let resp = call(address, OFFSET_FETCH, 8, &body, timeout)?;
    parse_committed(&resp)
        .map_err(|e| WireError::Failed(format!("OffsetFetch from {address}: {e}")))
}

fn parse_committed(b: &[u8]) -> Result<BTreeMap<String, Option<Vec<Committed>>>, String> {
    let mut r = Reader::new(b);
    let _throttle = r.i32()?;
    let mut out = BTreeMap::new();
    for _ in 0..r.array_len()? {
        let group = r.compact_str()?;
        let mut offsets = Vec::new();
        let mut clean = true;
        for _ in 0..r.array_len()? {
            let topic = r.compact_str()?;
            for _ in 0..r.array_len()? {
                let partition = r.i32()?;
                let offset = r.i64()?;
                let _leader_epoch = r.i32()?;
                let _metadata = r.compact_str()?;
                let code = r.i16()?;
                r.tags()?;
                clean &= code == 0;
                // A negative offset means "no commit", as librdkafka reads it.
                if offset >= 0 {
                    offsets.push(Committed {
                        tp: TopicPartition::new(topic.clone(), partition),
                        offset,
                    });
                }
            }
            r.tags()?;
        }
        let code = r.i16()?;
        r.tags()?;
        out.insert(group, (clean && code == 0).then_some(offsets));
    }
    r.tags()?;
    Ok(out)
}

/// DescribeGroups v5 of `groups`, sent to their coordinator: per group, its
/// description, or `None` when Kafka gave an error or called it Dead.
pub fn describe(
    coordinator: &Coordinator,
    groups: &[String],
    timeout: Duration,
) -> Result<BTreeMap<String, Option<GroupDescription>>, WireError> {
    let mut body = Vec::new();
    put_uvarint(&mut body, groups.len() as u64 + 1);
    for g in groups {
        put_compact_str(&mut body, g);
    }
    body.push(0); // include_authorized_operations: false
    body.push(0); // request tags
    let address = coordinator.address();
    let resp = call(&address, DESCRIBE_GROUPS, 5, &body, timeout)?;
    parse_described(&resp, coordinator)
        .map_err(|e| WireError::Failed(format!("DescribeGroups from {address}: {e}")))
}

fn parse_described(
    b: &[u8],
    coordinator: &Coordinator,
) -> Result<BTreeMap<String, Option<GroupDescription>>, String> {
    let mut r = Reader::new(b);
    let _throttle = r.i32()?;
    let mut out = BTreeMap::new();
    for _ in 0..r.array_len()? {
        let code = r.i16()?;
        let group = r.compact_str()?;
        let state = r.compact_str()?;
        let protocol_type = r.compact_str()?;
        let protocol = r.compact_str()?;
        let mut members = Vec::new();
        let mut readable = true;
        for _ in 0..r.array_len()? {
            let member_id = r.compact_str()?;
            let instance = r.compact_str()?;
            let client_id = r.compact_str()?;
            let host = r.compact_str()?;
            let _metadata = compact_bytes(&mut r)?;
            let assignment = compact_bytes(&mut r)?;
            r.tags()?;
            let assignment = if protocol_type == "consumer" {
                match consumer_assignment(assignment) {
                    Ok(a) => a,
                    Err(_) => {
                        readable = false;
                        Vec::new()
                    }
                }
            } else {
                Vec::new()
            };
            members.push(Member {
                member_id,
                client_id,
                host,
                group_instance_id: (!instance.is_empty()).then_some(instance),
                assignment,
            });
        }
        let _authorized = r.i32()?;
        r.tags()?;
        let state = group_state(&state);
        let description =
            (code == 0 && readable && state != GroupState::Dead).then(|| GroupDescription {
                group: group.clone(),
                state,
                protocol,
                simple: protocol_type.is_empty(),
                coordinator: Some(format!("{} ({})", coordinator.id, coordinator.address())),
                members,
            });
        out.insert(group, description);
    }
    r.tags()?;
    Ok(out)
}

/// A compact (flexible) byte string; null reads as empty.
fn compact_bytes<'a>(r: &mut Reader<'a>) -> Result<&'a [u8], String> {
    let n = r.uvarint()?.saturating_sub(1);
    let n = usize::try_from(n).map_err(|_| "bytes too long".to_string())?;
    r.take(n)
}

/// The partitions of a classic consumer's assignment (Kafka's
/// ConsumerProtocolAssignment, any version: the partitions come first).
fn consumer_assignment(b: &[u8]) -> Result<Vec<TopicPartition>, String> {
    if b.is_empty() {
        return Ok(Vec::new());
    }
    let mut r = Reader::new(b);
    let _version = r.i16()?;
    let topics = r.i32()?;
    let mut out = Vec::new();
    for _ in 0..topics.max(0) {
        let len = usize::try_from(r.i16()?).map_err(|_| "null topic name".to_string())?;
        let topic = String::from_utf8_lossy(r.take(len)?).into_owned();
        let n = r.i32()?;
        if n < 0 || n as usize > b.len() {
            return Err(format!(
                "{n} partitions in an assignment of {} bytes",
                b.len()
            ));
        }
        for _ in 0..n {
            out.push(TopicPartition::new(topic.clone(), r.i32()?));
        }
    }
    Ok(out)
}

/// Kafka's state names, as librdkafka maps them.
fn group_state(s: &str) -> GroupState {
    match s {
        "PreparingRebalance" => GroupState::PreparingRebalance,
        "CompletingRebalance" => GroupState::CompletingRebalance,
        "Stable" => GroupState::Stable,
        "Dead" => GroupState::Dead,
        "Empty" => GroupState::Empty,
        _ => GroupState::Unknown,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn str_(out: &mut Vec<u8>, s: &str) {
        put_compact_str(out, s);
    }

    fn coordinator() -> Coordinator {
        Coordinator {
            id: 1,
            host: "127.0.0.1".into(),
            port: 9092,
        }
    }

    #[test]
    fn coordinators_with_an_error_are_left_out() {
        let mut b = 0i32.to_be_bytes().to_vec();
        put_uvarint(&mut b, 3);
        for (key, id, code) in [("g1", 1i32, 0i16), ("g2", -1, 15)] {
            str_(&mut b, key);
            b.extend_from_slice(&id.to_be_bytes());
            str_(&mut b, "127.0.0.1");
            b.extend_from_slice(&9092i32.to_be_bytes());
            b.extend_from_slice(&code.to_be_bytes());
            b.push(0); // null message
            b.push(0);
        }
        b.push(0);
        let c = parse_coordinators(&b).unwrap();
        assert_eq!(c.len(), 1);
        assert_eq!(c["g1"], coordinator());
        assert_eq!(c["g1"].address(), "127.0.0.1:9092");
    }

    /// (topic, partition, offset, partition error).
    type Offset<'a> = (&'a str, i32, i64, i16);
    /// (group, its offsets, the group's error).
    type GroupOffsets<'a> = (&'a str, &'a [Offset<'a>], i16);

    /// An OffsetFetch v8 answer.
    fn offsets_answer(groups: &[GroupOffsets<'_>]) -> Vec<u8> {
        let mut b = 0i32.to_be_bytes().to_vec();
        put_uvarint(&mut b, groups.len() as u64 + 1);
        for (g, parts, code) in groups {
            str_(&mut b, g);
            put_uvarint(&mut b, parts.len() as u64 + 1); // one topic per partition
            for (t, p, o, e) in *parts {
                str_(&mut b, t);
                put_uvarint(&mut b, 2);
                b.extend_from_slice(&p.to_be_bytes());
                b.extend_from_slice(&o.to_be_bytes());
                b.extend_from_slice(&(-1i32).to_be_bytes());
                b.push(1); // empty metadata
                b.extend_from_slice(&e.to_be_bytes());
                b.push(0);
                b.push(0);
            }
            b.extend_from_slice(&code.to_be_bytes());
            b.push(0);
        }
        b.push(0);
        b
    }

    #[test]
    fn offsets_are_read_and_any_error_leaves_the_group_to_librdkafka() {
        let b = offsets_answer(&[
            ("ok", &[("t", 0, 5, 0), ("t", 1, -1, 0)], 0),
            ("partition-error", &[("t", 0, 5, 0), ("u", 0, -1, 3)], 0),
            ("group-error", &[], 30),
            ("none", &[], 0),
        ]);
        let got = parse_committed(&b).unwrap();
        assert_eq!(
            got["ok"],
            Some(vec![Committed {
                tp: TopicPartition::new("t", 0),
                offset: 5
            }])
        );
        assert_eq!(got["partition-error"], None);
        assert_eq!(got["group-error"], None);
        assert_eq!(got["none"], Some(vec![]));
    }

    fn assignment(parts: &[(&str, &[i32])]) -> Vec<u8> {
        let mut b = 3i16.to_be_bytes().to_vec();
        b.extend_from_slice(&(parts.len() as i32).to_be_bytes());
        for (t, ps) in parts {
            b.extend_from_slice(&(t.len() as i16).to_be_bytes());
            b.extend_from_slice(t.as_bytes());
            b.extend_from_slice(&(ps.len() as i32).to_be_bytes());
            for p in *ps {
                b.extend_from_slice(&p.to_be_bytes());
            }
        }
        b.extend_from_slice(&(-1i32).to_be_bytes()); // null user data
        b
    }

    /// (error, group, state, protocol type, members as (id, assignment)).
    type Described<'a> = (i16, &'a str, &'a str, &'a str, &'a [(&'a str, Vec<u8>)]);

    fn described_answer(groups: &[Described<'_>]) -> Vec<u8> {
        let mut b = 0i32.to_be_bytes().to_vec();
        put_uvarint(&mut b, groups.len() as u64 + 1);
        for (code, g, state, ptype, members) in groups {
            b.extend_from_slice(&code.to_be_bytes());
            str_(&mut b, g);
            str_(&mut b, state);
            str_(&mut b, ptype);
            str_(&mut b, if members.is_empty() { "" } else { "range" });
            put_uvarint(&mut b, members.len() as u64 + 1);
            for (id, assign) in *members {
                str_(&mut b, id);
                b.push(0); // null instance id
                str_(&mut b, "app");
                str_(&mut b, "/10.0.0.1");
                put_uvarint(&mut b, 1); // empty metadata
                put_uvarint(&mut b, assign.len() as u64 + 1);
                b.extend_from_slice(assign);
                b.push(0);
            }
            b.extend_from_slice(&i32::MIN.to_be_bytes());
            b.push(0);
        }
        b.push(0);
        b
    }

    #[test]
    fn descriptions_carry_members_and_assignments_and_dead_groups_are_left_out() {
        let b = described_answer(&[
            (
                0,
                "stable",
                "Stable",
                "consumer",
                &[("m1", assignment(&[("t", &[0, 2]), ("u", &[1])]))],
            ),
            (0, "empty", "Empty", "consumer", &[]),
            (0, "new-protocol", "Dead", "", &[]),
            (16, "not-coordinator", "", "", &[]),
            (0, "bad", "Stable", "consumer", &[("m1", vec![0, 3, 0])]),
        ]);
        let got = parse_described(&b, &coordinator()).unwrap();
        let stable = got["stable"].as_ref().unwrap();
        assert_eq!(stable.state, GroupState::Stable);
        assert_eq!(stable.protocol, "range");
        assert!(!stable.simple);
        assert_eq!(stable.coordinator.as_deref(), Some("1 (127.0.0.1:9092)"));
        assert_eq!(stable.members.len(), 1);
        let m = &stable.members[0];
        assert_eq!((m.member_id.as_str(), m.client_id.as_str()), ("m1", "app"));
        assert_eq!(m.host, "/10.0.0.1");
        assert_eq!(m.group_instance_id, None);
        assert_eq!(
            m.assignment,
            vec![
                TopicPartition::new("t", 0),
                TopicPartition::new("t", 2),
                TopicPartition::new("u", 1)
            ]
        );
        let empty = got["empty"].as_ref().unwrap();
        assert_eq!(empty.state, GroupState::Empty);
        assert!(empty.members.is_empty());
        assert_eq!(got["new-protocol"], None);
        assert_eq!(got["not-coordinator"], None);
        assert_eq!(got["bad"], None, "an unreadable assignment");
    }

    #[test]
    fn truncated_answers_are_errors_never_panics() {
        let full = described_answer(&[(
            0,
            "stable",
            "Stable",
            "consumer",
            &[("m1", assignment(&[("t", &[0])]))],
        )]);
        for n in 0..full.len() {
            assert!(parse_described(&full[..n], &coordinator()).is_err(), "{n}");
        }
        let full = offsets_answer(&[("ok", &[("t", 0, 5, 0)], 0)]);
        for n in 0..full.len() {
            assert!(parse_committed(&full[..n]).is_err(), "{n}");
        }
    }
}
