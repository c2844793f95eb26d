//! Rendering for `kctl topics`: the topic list and one topic's partitions
//! and configs.

use serde::Serialize;

use crate::domain::inventory::{human_bytes, PartitionDepth};
use crate::domain::model::ConfigEntry;

#[derive(Serialize)]
pub struct TopicRow {
    pub name: String,
    pub partitions: usize,
    pub replication_factor: usize,
    /// With `--sizes`: high minus low watermark, summed over partitions.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub messages: Option<i64>,
    /// With `--sizes`: bytes on disk of the leader replicas.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub size_bytes: Option<i64>,
}

#[derive(Serialize)]
pub struct TopicDescription {
    pub name: String,
    pub partitions: Vec<PartitionDepth>,
    pub replication_factor: usize,
    /// Sum over partitions (`null` when a partition's figure is unknown).
    pub messages: Option<i64>,
    pub size_bytes: Option<i64>,
    pub configs: Vec<ConfigEntry>,
}

fn opt(v: Option<i64>) -> String {
    v.map_or("-".into(), |v| v.to_string())
}

pub fn describe_text(d: &TopicDescription) -> String {
    let ids = |v: &[i32]| v.iter().map(i32::to_string).collect::<Vec<_>>().join(",");
    let mut s = format!(
        "Topic:        {}\nPartitions:   {}\nReplication:  {}\nMessages:     {}\nSize:         {}\n\n",
        d.name,
        d.partitions.len(),
        d.replication_factor,
        opt(d.messages),
        d.size_bytes.map_or("-".into(), human_bytes),
    );
    s.push_str(&super::table(
        [
            "PARTITION",
            "LEADER",
            "REPLICAS",
            "ISR",
            "LOW",
            "HIGH",
            "MESSAGES",
            "SIZE",
            "ERROR",
        ],
        d.partitions.iter().map(|p| {
            let m = &p.meta;
            vec![
                m.partition.to_string(),
                m.leader.to_string(),
                ids(&m.replicas),
                ids(&m.isr),
                opt(p.low_watermark),
                opt(p.high_watermark),
                opt(p.messages),
                p.size_bytes.map_or("-".into(), human_bytes),
                m.error.clone().unwrap_or_default(),
            ]
        }),
    ));
    s.push('\n');
    if d.configs.is_empty() {
        s.push_str("No configs reported by the broker.\n");
    } else {
        s.push_str(&super::table(
            ["CONFIG", "VALUE", "SOURCE"],
            d.configs.iter().map(|c| {
                let value = match (&c.value, c.is_sensitive) {
                    (_, true) => "<sensitive>".to_string(),
                    (Some(v), _) => v.clone(),
                    (None, _) => "-".to_string(),
                };
                vec![c.name.clone(), value, c.source.clone()]
            }),
        ));
    }
    s
}

/// `topics list` as a table; `sizes` adds the message and size columns.
pub fn list_text(rows: &[TopicRow], sizes: bool) -> String {
    if !sizes {
        return super::table(
            ["NAME", "PARTITIONS", "REPLICATION"],
            rows.iter().map(|r| {
                vec![
                    r.name.clone(),
                    r.partitions.to_string(),
                    r.replication_factor.to_string(),
                ]
            }),
        );
    }
    super::table(
        ["NAME", "PARTITIONS", "REPLICATION", "MESSAGES", "SIZE"],
        rows.iter().map(|r| {
            vec![
                r.name.clone(),
                r.partitions.to_string(),
                r.replication_factor.to_string(),
                opt(r.messages),
                r.size_bytes.map_or("-".into(), human_bytes),
            ]
        }),
    )
}
