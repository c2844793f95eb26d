//! Rendering for `kctl brokers list` and `kctl brokers describe`.

use serde::Serialize;

use crate::domain::inventory::{human_bytes, BrokerRow};
use crate::domain::model::ConfigEntry;

fn bytes(v: Option<i64>) -> String {
    v.map_or("-".into(), human_bytes)
}

pub fn list_text(rows: &[BrokerRow]) -> String {
    let mut s = super::table(
        [
            "ID",
            "HOST",
            "PORT",
            "RACK",
            "CONTROLLER",
            "LEADER",
            "REPLICAS",
            "SIZE",
            "DISK FREE",
        ],
        rows.iter().map(|r| {
            let free = match (r.usable_bytes, r.total_bytes) {
                (Some(u), Some(t)) => format!("{} of {}", human_bytes(u), human_bytes(t)),
                (u, _) => bytes(u),
            };
            vec![
                r.id.to_string(),
                r.host.clone(),
                r.port.to_string(),
                r.rack.clone().unwrap_or_else(|| "-".into()),
                if r.controller { "yes" } else { "" }.to_string(),
                r.partitions_led.to_string(),
                r.replicas.to_string(),
                bytes(r.size_bytes),
                free,
            ]
        }),
    );
    for r in rows {
        if let Some(e) = &r.log_dir_error {
            s.push_str(&format!("broker {}: log dirs unknown: {e}\n", r.id));
        }
    }
    s
}

/// A broker config with where its value comes from, in words.
#[derive(Debug, Serialize)]
pub struct BrokerConfig {
    pub name: String,
    pub value: Option<String>,
    /// dynamic (this broker), dynamic-default (every broker), static
    /// (server.properties) or default.
    pub source: &'static str,
    pub sensitive: bool,
}

/// DescribeConfigs' source, as an operator says it.
pub fn source_word(source: &str) -> &'static str {
    match source {
        "DynamicBroker" => "dynamic",
        "DynamicDefaultBroker" => "dynamic-default",
        "StaticBroker" => "static",
        "Default" => "default",
        "DynamicTopic" => "dynamic-topic",
        _ => "unknown",
    }
}

pub fn configs(entries: &[ConfigEntry], changed_only: bool) -> Vec<BrokerConfig> {
    entries
        .iter()
        .map(|e| BrokerConfig {
            name: e.name.clone(),
            value: if e.is_sensitive {
                None
            } else {
                e.value.clone()
            },
            source: source_word(&e.source),
            sensitive: e.is_sensitive,
        })
        .filter(|c| !changed_only || c.source != "default")
        .collect()
}

pub fn describe_text(id: i32, configs: &[BrokerConfig]) -> String {
    let mut s = format!("Broker:  {id}\nConfigs: {}\n\n", configs.len());
    s.push_str(&super::table(
        ["CONFIG", "VALUE", "SOURCE"],
        configs.iter().map(|c| {
            let value = match (&c.value, c.sensitive) {
                (_, true) => "<sensitive>".to_string(),
                (Some(v), _) => v.clone(),
                (None, _) => "-".to_string(),
            };
            vec![c.name.clone(), value, c.source.to_string()]
        }),
    ));
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry(name: &str, source: &str, sensitive: bool) -> ConfigEntry {
        ConfigEntry {
            name: name.into(),
            value: Some("v".into()),
            source: source.into(),
            is_default: source == "Default",
            is_sensitive: sensitive,
        }
    }

    #[test]
    fn sources_are_named_and_sensitive_values_never_shown() {
        let c = configs(
            &[
                entry("a", "DynamicBroker", false),
                entry("b", "StaticBroker", false),
                entry("c", "Default", false),
                entry("d", "DynamicDefaultBroker", true),
            ],
            false,
        );
        let sources: Vec<&str> = c.iter().map(|c| c.source).collect();
        assert_eq!(sources, ["dynamic", "static", "default", "dynamic-default"]);
        assert_eq!(c[3].value, None);
        assert!(describe_text(1, &c).contains("<sensitive>"));
        assert_eq!(configs(&[entry("c", "Default", false)], true).len(), 0);
    }
}
