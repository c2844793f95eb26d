//! Rendering for `kctl topics`: the topic list and one topic's partitions
//! and configs.

use serde::Serialize;

use crate::domain::model::{ConfigEntry, PartitionMeta};

#[derive(Serialize)]
pub struct TopicRow {
    pub name: String,
    pub partitions: usize,
    pub replication_factor: usize,
}

#[derive(Serialize)]
pub struct TopicDescription {
    pub name: String,
    pub partitions: Vec<PartitionMeta>,
    pub replication_factor: usize,
    pub configs: Vec<ConfigEntry>,
}

pub fn describe_text(d: &TopicDescription) -> String {
    let ids = |v: &[i32]| v.iter().map(i32::to_string).collect::<Vec<_>>().join(",");
    let mut s = format!(
        "Topic:        {}\nPartitions:   {}\nReplication:  {}\n\n",
        d.name,
        d.partitions.len(),
        d.replication_factor
    );
    s.push_str(&super::table(
        ["PARTITION", "LEADER", "REPLICAS", "ISR", "ERROR"],
        d.partitions.iter().map(|p| {
            vec![
                p.partition.to_string(),
                p.leader.to_string(),
                ids(&p.replicas),
                ids(&p.isr),
                p.error.clone().unwrap_or_default(),
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

/// `topics list` as a table.
pub fn list_text(rows: &[TopicRow]) -> String {
    super::table(
        ["NAME", "PARTITIONS", "REPLICATION"],
        rows.iter().map(|r| {
            vec![
                r.name.clone(),
                r.partitions.to_string(),
                r.replication_factor.to_string(),
            ]
        }),
    )
}
