//! What brokers and topics hold, for `brokers list`, `topics list --sizes`
//! and `topics describe`: partition counts, watermarks and sizes on disk,
//! put together from metadata, ListOffsets and DescribeLogDirs.

use std::collections::{BTreeMap, HashMap};

use serde::Serialize;

use super::model::{NodeInfo, PartitionMeta, ReplicaSize, TopicMeta};

/// DescribeLogDirs per broker: its directories, or why they are not known.
pub type LogDirs = BTreeMap<i32, Result<Vec<ReplicaSize>, String>>;

#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct BrokerRow {
    pub id: i32,
    pub host: String,
    pub port: i32,
    pub rack: Option<String>,
    pub controller: bool,
    pub partitions_led: usize,
    pub replicas: usize,
    /// Bytes of every replica on the broker; `None` when not known.
    pub size_bytes: Option<i64>,
    /// Filesystem size and free space of its log dirs, summed.
    pub total_bytes: Option<i64>,
    pub usable_bytes: Option<i64>,
    pub log_dirs: Vec<String>,
    /// Why the log dirs are not known, or a log dir's error.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub log_dir_error: Option<String>,
}

/// One row per broker.
pub fn broker_rows(
    nodes: &[NodeInfo],
    controller: Option<i32>,
    topics: &[TopicMeta],
    dirs: &LogDirs,
) -> Vec<BrokerRow> {
    nodes
        .iter()
        .map(|n| {
            let parts = topics.iter().flat_map(|t| &t.partitions);
            let led = parts.clone().filter(|p| p.leader == n.id).count();
            let replicas = parts.filter(|p| p.replicas.contains(&n.id)).count();
            let (mut size, mut total, mut usable, mut paths, mut error) =
                (None, None, None, Vec::new(), None);
            match dirs.get(&n.id) {
                Some(Ok(ds)) => {
                    size = Some(0);
                    for d in ds {
                        paths.push(d.log_dir.clone());
                        if let Some(e) = &d.error {
                            error = Some(format!("{}: {e}", d.log_dir));
                        }
                        size = size.map(|s: i64| s + d.partitions.iter().map(|p| p.2).sum::<i64>());
                        total = sum(total, d.total_bytes);
                        usable = sum(usable, d.usable_bytes);
                    }
                }
                Some(Err(e)) => error = Some(e.clone()),
                None => error = Some("no answer".into()),
            }
            BrokerRow {
                id: n.id,
                host: n.host.clone(),
                port: n.port,
                rack: n.rack.clone(),
                controller: controller == Some(n.id),
                partitions_led: led,
                replicas,
                size_bytes: size,
                total_bytes: total,
                usable_bytes: usable,
                log_dirs: paths,
                log_dir_error: error,
            }
        })
        .collect()
}

fn sum(a: Option<i64>, b: Option<i64>) -> Option<i64> {
    match (a, b) {
        (Some(a), Some(b)) => Some(a + b),
        (x, None) | (None, x) => x,
    }
}

/// Each replica's size: (topic, partition, broker) → bytes.
pub fn replica_sizes(dirs: &LogDirs) -> HashMap<(String, i32, i32), i64> {
    let mut out = HashMap::new();
    for (broker, ds) in dirs {
        for d in ds.iter().flatten() {
            for (topic, partition, bytes) in &d.partitions {
                *out.entry((topic.clone(), *partition, *broker)).or_insert(0) += bytes;
            }
        }
    }
    out
}

/// A partition with its offsets and its leader replica's size.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct PartitionDepth {
    #[serde(flatten)]
    pub meta: PartitionMeta,
    pub low_watermark: Option<i64>,
    pub high_watermark: Option<i64>,
    /// High minus low watermark: exact for a plain topic; an upper bound on a
    /// compacted topic or one with transaction markers.
    pub messages: Option<i64>,
    /// Bytes on disk of the leader's replica.
    pub size_bytes: Option<i64>,
}

/// Watermarks known per partition: (low, high).
pub type Watermarks = HashMap<i32, (Option<i64>, Option<i64>)>;

pub fn depth(
    topic: &TopicMeta,
    marks: &Watermarks,
    sizes: &HashMap<(String, i32, i32), i64>,
) -> Vec<PartitionDepth> {
    topic
        .partitions
        .iter()
        .map(|p| {
            let (low, high) = marks.get(&p.partition).copied().unwrap_or((None, None));
            PartitionDepth {
                meta: p.clone(),
                low_watermark: low,
                high_watermark: high,
                messages: low.zip(high).map(|(l, h)| (h - l).max(0)),
                size_bytes: sizes
                    .get(&(topic.name.clone(), p.partition, p.leader))
                    .copied(),
            }
        })
        .collect()
}

/// Totals over partitions: `None` as soon as one partition is unknown.
pub fn totals(parts: &[PartitionDepth]) -> (Option<i64>, Option<i64>) {
    let messages = parts.iter().map(|p| p.messages).sum::<Option<i64>>();
    let size = parts.iter().map(|p| p.size_bytes).sum::<Option<i64>>();
    (messages, size)
}

/// `1.5 GiB`, `12 KiB`, `300 B`.
pub fn human_bytes(n: i64) -> String {
    const UNITS: [&str; 5] = ["KiB", "MiB", "GiB", "TiB", "PiB"];
    if n < 1024 {
        return format!("{n} B");
    }
    let mut v = n as f64;
    let mut unit = "B";
    for u in UNITS {
        if v < 1024.0 {
            break;
        }
        v /= 1024.0;
        unit = u;
    }
    if v < 10.0 {
        format!("{v:.1} {unit}")
    } else {
        format!("{v:.0} {unit}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn node(id: i32) -> NodeInfo {
        NodeInfo {
            id,
            host: "localhost".into(),
            port: 9090 + id,
            rack: (id == 1).then(|| "r1".to_string()),
        }
    }

    fn topic() -> TopicMeta {
        TopicMeta {
            name: "orders".into(),
            partitions: vec![
                PartitionMeta {
                    partition: 0,
                    leader: 1,
                    replicas: vec![1, 2],
                    isr: vec![1, 2],
                    error: None,
                },
                PartitionMeta {
                    partition: 1,
                    leader: 2,
                    replicas: vec![2, 1],
                    isr: vec![2, 1],
                    error: None,
                },
            ],
        }
    }

    fn dir(parts: &[(i32, i64)], total: Option<i64>) -> ReplicaSize {
        ReplicaSize {
            log_dir: "/data".into(),
            error: None,
            total_bytes: total,
            usable_bytes: total.map(|t| t / 2),
            partitions: parts
                .iter()
                .map(|&(p, b)| ("orders".into(), p, b))
                .collect(),
        }
    }

    #[test]
    fn broker_rows_count_leaders_replicas_and_bytes() {
        let dirs: LogDirs = BTreeMap::from([
            (1, Ok(vec![dir(&[(0, 100), (1, 90)], Some(1000))])),
            (2, Err("not available over sasl_ssl".to_string())),
        ]);
        let rows = broker_rows(&[node(1), node(2)], Some(2), &[topic()], &dirs);
        assert_eq!(rows[0].partitions_led, 1);
        assert_eq!(rows[0].replicas, 2);
        assert_eq!(rows[0].size_bytes, Some(190));
        assert_eq!(rows[0].usable_bytes, Some(500));
        assert_eq!(rows[0].rack.as_deref(), Some("r1"));
        assert!(!rows[0].controller && rows[1].controller);
        assert_eq!(rows[1].size_bytes, None);
        assert_eq!(
            rows[1].log_dir_error.as_deref(),
            Some("not available over sasl_ssl")
        );
    }

    #[test]
    fn depth_takes_the_leaders_size_and_counts_messages() {
        let dirs: LogDirs = BTreeMap::from([
            (1, Ok(vec![dir(&[(0, 100), (1, 90)], None)])),
            (2, Ok(vec![dir(&[(0, 99), (1, 80)], None)])),
        ]);
        let marks: Watermarks = HashMap::from([(0, (Some(5), Some(12))), (1, (None, Some(3)))]);
        let d = depth(&topic(), &marks, &replica_sizes(&dirs));
        assert_eq!((d[0].messages, d[0].size_bytes), (Some(7), Some(100)));
        assert_eq!((d[1].messages, d[1].size_bytes), (None, Some(80)));
        assert_eq!(totals(&d), (None, Some(180)));
    }

    #[test]
    fn bytes_read_as_people_write_them() {
        assert_eq!(human_bytes(300), "300 B");
        assert_eq!(human_bytes(1536), "1.5 KiB");
        assert_eq!(human_bytes(50 * 1024 * 1024), "50 MiB");
    }
}
