//! Rendering for `kctl cluster health`: a summary with one line per problem,
//! and Prometheus gauges.

use std::fmt::Write as _;

use crate::domain::health::{HealthReport, Problem};

/// The verdict, the figures, then one line per problem and per unknown.
pub fn text(r: &HealthReport) -> String {
    let mut s = String::new();
    let verdict = if r.healthy { "HEALTHY" } else { "UNHEALTHY" };
    let _ = writeln!(s, "Cluster:                 {verdict}");
    let _ = writeln!(
        s,
        "Brokers:                 {} alive of {} registered",
        r.brokers_alive, r.brokers_registered
    );
    let _ = writeln!(
        s,
        "Controller:              {}",
        r.controller_id.map_or("-".into(), |c| c.to_string())
    );
    match &r.quorum {
        Some(q) => {
            let caught = q.voters.iter().filter(|v| v.caught_up()).count();
            let _ = writeln!(
                s,
                "Quorum:                  leader {} (epoch {}), {caught} of {} voters caught up, {} observers",
                q.leader_id,
                q.leader_epoch,
                q.voters.len(),
                q.observers.len()
            );
        }
        None => {
            let _ = writeln!(s, "Quorum:                  unknown");
        }
    }
    let _ = writeln!(s, "Partitions:              {}", r.partitions);
    let _ = writeln!(s, "Offline:                 {}", r.offline_partitions);
    let _ = writeln!(
        s,
        "Under-replicated:        {}",
        r.under_replicated_partitions
    );
    let _ = writeln!(s, "Under min.insync:        {}", r.under_min_isr_partitions);
    if let Some(t) = r.lag_threshold {
        let _ = writeln!(s, "Groups with lag > {t}: {}", r.lagging_groups);
    }
    if !r.problems.is_empty() {
        let _ = writeln!(s, "\nProblems:");
        for p in &r.problems {
            let _ = writeln!(s, "  {}", p.line());
        }
    }
    if !r.unknown.is_empty() {
        let _ = writeln!(s, "\nNot checked:");
        for u in &r.unknown {
            let _ = writeln!(s, "  {u}");
        }
    }
    s
}

/// Gauges in Prometheus' text exposition format. Absent figures (a quorum
/// kctl could not describe) have no sample rather than a zero.
pub fn prometheus(r: &HealthReport) -> String {
    let mut out = String::new();
    let mut gauge = |name: &str, help: &str, samples: &[(String, i64)]| {
        let _ = writeln!(out, "# HELP {name} {help}");
        let _ = writeln!(out, "# TYPE {name} gauge");
        for (labels, v) in samples {
            if labels.is_empty() {
                let _ = writeln!(out, "{name} {v}");
            } else {
                let _ = writeln!(out, "{name}{{{labels}}} {v}");
            }
        }
    };
    let one = |v: usize| vec![(String::new(), v as i64)];
    gauge(
        "kctl_cluster_healthy",
        "1 when kctl cluster health found no problem, else 0.",
        &one(usize::from(r.healthy)),
    );
    gauge(
        "kctl_cluster_brokers",
        "Brokers registered (holding replicas or alive) and alive.",
        &[
            ("state=\"registered\"".into(), r.brokers_registered as i64),
            ("state=\"alive\"".into(), r.brokers_alive as i64),
        ],
    );
    let down: Vec<(String, i64)> = r
        .problems
        .iter()
        .filter_map(|p| match p {
            Problem::BrokerDown { broker } => Some((format!("broker=\"{broker}\""), 1)),
            _ => None,
        })
        .collect();
    gauge(
        "kctl_cluster_broker_down",
        "1 for each broker that holds replicas but is not alive.",
        &down,
    );
    gauge(
        "kctl_cluster_partitions",
        "Partitions in the cluster.",
        &one(r.partitions),
    );
    gauge(
        "kctl_cluster_offline_partitions",
        "Partitions without a leader.",
        &one(r.offline_partitions),
    );
    gauge(
        "kctl_cluster_under_replicated_partitions",
        "Partitions with fewer in-sync replicas than replicas.",
        &one(r.under_replicated_partitions),
    );
    gauge(
        "kctl_cluster_under_min_isr_partitions",
        "Partitions with fewer in-sync replicas than min.insync.replicas.",
        &one(r.under_min_isr_partitions),
    );
    if let Some(q) = &r.quorum {
        gauge(
            "kctl_cluster_quorum_voters",
            "KRaft controller quorum voters, and those caught up with the leader.",
            &[
                ("state=\"all\"".into(), q.voters.len() as i64),
                (
                    "state=\"caught_up\"".into(),
                    q.voters.iter().filter(|v| v.caught_up()).count() as i64,
                ),
            ],
        );
        gauge(
            "kctl_cluster_quorum_leader",
            "Node id of the KRaft quorum leader (-1 when there is none).",
            &one(0)
                .into_iter()
                .map(|(l, _)| (l, i64::from(q.leader_id)))
                .collect::<Vec<_>>(),
        );
    }
    if let Some(t) = r.lag_threshold {
        let lagging: Vec<(String, i64)> = r
            .problems
            .iter()
            .filter_map(|p| match p {
                Problem::ConsumerLag { group, lag, .. } => {
                    Some((format!("group=\"{}\"", super::lag::label(group)), *lag))
                }
                _ => None,
            })
            .collect();
        gauge(
            "kctl_cluster_lagging_group_lag",
            &format!("Total lag of each group whose lag is above {t}."),
            &lagging,
        );
    }
    out
}
