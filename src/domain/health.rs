//! `kctl cluster health`: what is wrong with a cluster, decided from one
//! snapshot of its metadata, topic configs, controller quorum and (when asked)
//! consumer lag. Pure: `ops::health` gathers the snapshot.

use std::collections::{BTreeMap, BTreeSet};

use serde::Serialize;

use super::model::{Broker, TopicMeta};

/// A quorum voter this far behind the leader's clock has not caught up.
pub const VOTER_STALE_MS: i64 = 10_000;

/// What kctl could learn about the cluster.
#[derive(Debug, Clone)]
pub struct Snapshot {
    /// Brokers in the metadata: the ones registered and unfenced, i.e. alive.
    pub alive: Vec<Broker>,
    pub controller_id: Option<i32>,
    /// Every topic, internal ones included.
    pub topics: Vec<TopicMeta>,
    /// Effective `min.insync.replicas` per topic (absent when not known).
    pub min_isr: BTreeMap<String, i32>,
    /// The KRaft quorum, or why it is not known.
    pub quorum: Result<QuorumState, String>,
    /// Brokers the operator expects (`--expect-brokers`).
    pub expect_brokers: Option<usize>,
    /// Groups whose lag is above the threshold: (group, lag, seconds above).
    pub lagging: Vec<(String, i64, Option<u64>)>,
    pub lag_threshold: Option<u64>,
    /// Checks that could not be made (a lag query that failed, ...).
    pub unknown: Vec<String>,
}

impl Default for Snapshot {
    fn default() -> Self {
        Snapshot {
            alive: Vec::new(),
            controller_id: None,
            topics: Vec::new(),
            min_isr: BTreeMap::new(),
            quorum: Err("not asked".into()),
            expect_brokers: None,
            lagging: Vec::new(),
            lag_threshold: None,
            unknown: Vec::new(),
        }
    }
}

#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct QuorumState {
    pub leader_id: i32,
    pub leader_epoch: i32,
    pub voters: Vec<Voter>,
    pub observers: Vec<i32>,
}

#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct Voter {
    pub id: i32,
    /// Milliseconds behind the leader's clock since it last caught up
    /// (`None` when the leader does not know).
    pub behind_ms: Option<i64>,
}

impl Voter {
    pub fn caught_up(&self) -> bool {
        self.behind_ms.is_some_and(|b| b <= VOTER_STALE_MS)
    }
}

/// One thing wrong, named precisely.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Problem {
    BrokerDown {
        broker: i32,
    },
    FewerBrokers {
        alive: usize,
        expected: usize,
    },
    NoQuorumLeader,
    QuorumVoterBehind {
        voter: i32,
        behind_ms: Option<i64>,
    },
    QuorumWithoutMajority {
        caught_up: usize,
        voters: usize,
    },
    OfflinePartition {
        topic: String,
        partition: i32,
    },
    UnderReplicated {
        topic: String,
        partition: i32,
        replicas: Vec<i32>,
        isr: Vec<i32>,
    },
    UnderMinIsr {
        topic: String,
        partition: i32,
        isr: usize,
        min_isr: i32,
    },
    ConsumerLag {
        group: String,
        lag: i64,
        threshold: u64,
        above_for_secs: Option<u64>,
    },
}

impl Problem {
    /// The one line shown for it.
    pub fn line(&self) -> String {
        let ids = |v: &[i32]| {
            let s: Vec<String> = v.iter().map(i32::to_string).collect();
            format!("[{}]", s.join(","))
        };
        match self {
            Problem::BrokerDown { broker } => {
                format!("broker {broker} is down: it holds replicas but is not registered as alive")
            }
            Problem::FewerBrokers { alive, expected } => {
                format!("{alive} brokers alive, {expected} expected")
            }
            Problem::NoQuorumLeader => "the controller quorum has no leader".to_string(),
            Problem::QuorumVoterBehind { voter, behind_ms } => match behind_ms {
                Some(ms) => format!(
                    "controller {voter} has not caught up with the quorum leader for {}",
                    super::duration::format_millis((*ms).max(0) as u64)
                ),
                None => format!("controller {voter} has never caught up with the quorum leader"),
            },
            Problem::QuorumWithoutMajority { caught_up, voters } => format!(
                "only {caught_up} of {voters} controllers are caught up: the quorum has no majority"
            ),
            Problem::OfflinePartition { topic, partition } => {
                format!("offline: {topic}/{partition} has no leader")
            }
            Problem::UnderReplicated {
                topic,
                partition,
                replicas,
                isr,
            } => {
                let missing: Vec<i32> =
                    replicas.iter().copied().filter(|r| !isr.contains(r)).collect();
                format!(
                    "under-replicated: {topic}/{partition} replicas {} in sync {} (missing {})",
                    ids(replicas),
                    ids(isr),
                    ids(&missing)
                )
            }
            Problem::UnderMinIsr {
                topic,
                partition,
                isr,
                min_isr,
            } => format!(
                "under min.insync.replicas: {topic}/{partition} has {isr} in sync, needs {min_isr} (acks=all writes fail)"
            ),
            Problem::ConsumerLag {
                group,
                lag,
                threshold,
                above_for_secs,
            } => match above_for_secs {
                Some(s) => format!(
                    "consumer lag: group {group} lag {lag} above {threshold} for {}",
                    super::duration::format_millis(s * 1000)
                ),
                None => format!("consumer lag: group {group} lag {lag} above {threshold}"),
            },
        }
    }
}

/// The verdict, with the figures an alerting system graphs.
#[derive(Debug, Clone, Serialize)]
pub struct HealthReport {
    pub healthy: bool,
    pub brokers_registered: usize,
    pub brokers_alive: usize,
    pub controller_id: Option<i32>,
    /// `None` when the quorum could not be described (see `unknown`).
    pub quorum: Option<QuorumState>,
    pub partitions: usize,
    pub offline_partitions: usize,
    pub under_replicated_partitions: usize,
    pub under_min_isr_partitions: usize,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub lag_threshold: Option<u64>,
    pub lagging_groups: usize,
    pub problems: Vec<Problem>,
    /// Checks kctl could not make; they never count as healthy or unhealthy.
    pub unknown: Vec<String>,
}

/// Judges a snapshot.
pub fn assess(s: &Snapshot) -> HealthReport {
    let mut problems = Vec::new();
    let alive: BTreeSet<i32> = s.alive.iter().map(|b| b.id).collect();
    let mut registered = alive.clone();
    for t in &s.topics {
        for p in &t.partitions {
            registered.extend(p.replicas.iter().copied());
        }
    }
    for id in registered.difference(&alive) {
        problems.push(Problem::BrokerDown { broker: *id });
    }
    if let Some(expected) = s.expect_brokers {
        if alive.len() < expected {
            problems.push(Problem::FewerBrokers {
                alive: alive.len(),
                expected,
            });
        }
    }
    let mut unknown = s.unknown.clone();
    let quorum = match &s.quorum {
        Ok(q) => {
            quorum_problems(q, &mut problems);
            Some(q.clone())
        }
        Err(why) => {
            unknown.push(format!("controller quorum: {why}"));
            None
        }
    };
    let (mut partitions, mut offline, mut under, mut under_min) = (0, 0, 0, 0);
    let mut topics: Vec<&TopicMeta> = s.topics.iter().collect();
    topics.sort_by(|a, b| a.name.cmp(&b.name));
    for t in topics {
        for p in &t.partitions {
            partitions += 1;
            let (topic, partition) = (t.name.clone(), p.partition);
            if p.leader < 0 {
                offline += 1;
                problems.push(Problem::OfflinePartition { topic, partition });
                continue;
            }
            if p.isr.len() < p.replicas.len() {
                under += 1;
                problems.push(Problem::UnderReplicated {
                    topic: topic.clone(),
                    partition,
                    replicas: p.replicas.clone(),
                    isr: p.isr.clone(),
                });
            }
            if let Some(&min) = s.min_isr.get(&t.name) {
                if (p.isr.len() as i64) < i64::from(min) {
                    under_min += 1;
                    problems.push(Problem::UnderMinIsr {
                        topic,
                        partition,
                        isr: p.isr.len(),
                        min_isr: min,
                    });
                }
            }
        }
    }
    if let Some(threshold) = s.lag_threshold {
        for (group, lag, secs) in &s.lagging {
            problems.push(Problem::ConsumerLag {
                group: group.clone(),
                lag: *lag,
                threshold,
                above_for_secs: *secs,
            });
        }
    }
    HealthReport {
        healthy: problems.is_empty(),
        brokers_registered: registered.len(),
        brokers_alive: alive.len(),
        controller_id: s.controller_id,
        quorum,
        partitions,
        offline_partitions: offline,
        under_replicated_partitions: under,
        under_min_isr_partitions: under_min,
        lag_threshold: s.lag_threshold,
        lagging_groups: s.lagging.len(),
        problems,
        unknown,
    }
}

fn quorum_problems(q: &QuorumState, problems: &mut Vec<Problem>) {
    if q.leader_id < 0 {
        problems.push(Problem::NoQuorumLeader);
        return;
    }
    for v in &q.voters {
        if !v.caught_up() {
            problems.push(Problem::QuorumVoterBehind {
                voter: v.id,
                behind_ms: v.behind_ms,
            });
        }
    }
    let caught_up = q.voters.iter().filter(|v| v.caught_up()).count();
    if !q.voters.is_empty() && caught_up * 2 <= q.voters.len() {
        problems.push(Problem::QuorumWithoutMajority {
            caught_up,
            voters: q.voters.len(),
        });
    }
}

/// Voters with how far each is behind the leader's clock. The leader reports
/// its own last-caught-up time as "now", so it is the reference.
pub fn voters(leader_id: i32, raw: &[(i32, i64)]) -> Vec<Voter> {
    let now = raw
        .iter()
        .find(|(id, _)| *id == leader_id)
        .map(|(_, t)| *t)
        .filter(|t| *t >= 0);
    raw.iter()
        .map(|&(id, caught)| Voter {
            id,
            behind_ms: match (now, caught >= 0) {
                (Some(now), true) => Some((now - caught).max(0)),
                _ => None,
            },
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::model::PartitionMeta;

    fn broker(id: i32) -> Broker {
        Broker {
            id,
            host: "localhost".into(),
            port: 9000 + id,
        }
    }

    fn part(partition: i32, leader: i32, replicas: &[i32], isr: &[i32]) -> PartitionMeta {
        PartitionMeta {
            partition,
            leader,
            replicas: replicas.to_vec(),
            isr: isr.to_vec(),
            error: None,
        }
    }

    fn healthy_quorum() -> QuorumState {
        QuorumState {
            leader_id: 1,
            leader_epoch: 3,
            voters: voters(1, &[(1, 50_000), (2, 49_900), (3, 49_000)]),
            observers: vec![],
        }
    }

    fn snapshot(alive: &[i32], parts: Vec<PartitionMeta>) -> Snapshot {
        Snapshot {
            alive: alive.iter().copied().map(broker).collect(),
            controller_id: Some(1),
            topics: vec![TopicMeta {
                name: "orders".into(),
                partitions: parts,
            }],
            min_isr: BTreeMap::from([("orders".to_string(), 2)]),
            quorum: Ok(healthy_quorum()),
            ..Snapshot::default()
        }
    }

    #[test]
    fn a_fully_replicated_cluster_is_healthy() {
        let r = assess(&snapshot(
            &[1, 2, 3],
            vec![
                part(0, 1, &[1, 2, 3], &[1, 2, 3]),
                part(1, 2, &[2, 3, 1], &[2, 3, 1]),
            ],
        ));
        assert!(r.healthy, "{:?}", r.problems);
        assert_eq!(
            (r.brokers_registered, r.brokers_alive, r.partitions),
            (3, 3, 2)
        );
    }

    #[test]
    fn a_dead_broker_shows_as_down_and_its_partitions_as_under_replicated() {
        let r = assess(&snapshot(
            &[1, 2],
            vec![
                part(0, 1, &[1, 2, 3], &[1, 2]),
                part(1, 2, &[2, 3, 1], &[2, 1]),
            ],
        ));
        assert!(!r.healthy);
        assert_eq!((r.brokers_registered, r.brokers_alive), (3, 2));
        assert_eq!(r.under_replicated_partitions, 2);
        assert_eq!(r.under_min_isr_partitions, 0);
        let lines: Vec<String> = r.problems.iter().map(Problem::line).collect();
        assert_eq!(
            lines[..2],
            [
                "broker 3 is down: it holds replicas but is not registered as alive".to_string(),
                "under-replicated: orders/0 replicas [1,2,3] in sync [1,2] (missing [3])"
                    .to_string(),
            ]
        );
    }

    #[test]
    fn partitions_below_min_isr_and_offline_ones_are_named() {
        let r = assess(&snapshot(
            &[1],
            vec![part(0, 1, &[1, 2, 3], &[1]), part(1, -1, &[2, 3], &[])],
        ));
        assert_eq!(r.offline_partitions, 1);
        assert_eq!(r.under_min_isr_partitions, 1);
        assert!(r.problems.contains(&Problem::OfflinePartition {
            topic: "orders".into(),
            partition: 1
        }));
        assert!(r
            .problems
            .iter()
            .any(|p| p.line() == "under min.insync.replicas: orders/0 has 1 in sync, needs 2 (acks=all writes fail)"));
    }

    #[test]
    fn a_voter_behind_the_leader_is_a_problem_and_a_lost_majority_too() {
        let mut s = snapshot(&[1, 2, 3], vec![part(0, 1, &[1], &[1])]);
        s.quorum = Ok(QuorumState {
            leader_id: 1,
            leader_epoch: 3,
            voters: voters(1, &[(1, 100_000), (2, 60_000), (3, -1)]),
            observers: vec![],
        });
        let r = assess(&s);
        assert!(r.problems.contains(&Problem::QuorumVoterBehind {
            voter: 2,
            behind_ms: Some(40_000)
        }));
        assert!(r.problems.contains(&Problem::QuorumVoterBehind {
            voter: 3,
            behind_ms: None
        }));
        assert!(r.problems.contains(&Problem::QuorumWithoutMajority {
            caught_up: 1,
            voters: 3
        }));
    }

    #[test]
    fn an_unknown_quorum_is_reported_as_unknown_not_as_unhealthy() {
        let mut s = snapshot(&[1], vec![part(0, 1, &[1], &[1])]);
        s.min_isr.clear();
        s.quorum = Err("needs a PLAINTEXT listener".into());
        let r = assess(&s);
        assert!(r.healthy);
        assert!(r.quorum.is_none());
        assert_eq!(r.unknown, ["controller quorum: needs a PLAINTEXT listener"]);
    }

    #[test]
    fn fewer_brokers_than_expected_and_lagging_groups_are_problems() {
        let mut s = snapshot(&[1], vec![part(0, 1, &[1], &[1])]);
        s.min_isr.clear();
        s.expect_brokers = Some(3);
        s.lag_threshold = Some(1000);
        s.lagging = vec![("billing".into(), 1500, Some(300))];
        let lines: Vec<String> = assess(&s).problems.iter().map(Problem::line).collect();
        assert_eq!(
            lines,
            [
                "1 brokers alive, 3 expected",
                "consumer lag: group billing lag 1500 above 1000 for 5m"
            ]
        );
    }
}
