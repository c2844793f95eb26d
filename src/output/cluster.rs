//! Rendering for `kctl cluster info`.

use crate::domain::model::ClusterInfo;

/// Cluster id, controller and the broker table.
pub fn info_text(info: &ClusterInfo) -> String {
    let mut s = format!(
        "Cluster id:  {}\nController:  {}\nTopics:      {}\n\n",
        info.cluster_id.as_deref().unwrap_or("-"),
        info.controller_id
            .map_or("-".to_string(), |c| c.to_string()),
        info.topic_count
    );
    s.push_str(&super::table(
        ["BROKER", "HOST", "PORT", "CONTROLLER"],
        info.brokers.iter().map(|b| {
            vec![
                b.id.to_string(),
                b.host.clone(),
                b.port.to_string(),
                if Some(b.id) == info.controller_id {
                    "yes"
                } else {
                    ""
                }
                .to_string(),
            ]
        }),
    ));
    s
}
