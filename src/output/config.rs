//! Rendering for `kctl config get-contexts`.

use serde::Serialize;

#[derive(Serialize)]
pub struct ContextRow {
    pub current: bool,
    pub name: String,
    pub bootstrap_servers: Option<String>,
    pub registry: Option<String>,
}

/// The contexts, the current one marked.
pub fn contexts_text(rows: &[ContextRow]) -> String {
    super::table(
        ["CURRENT", "NAME", "BOOTSTRAP", "REGISTRY"],
        rows.iter().map(|r| {
            vec![
                if r.current { "*" } else { "" }.to_string(),
                r.name.clone(),
                r.bootstrap_servers.clone().unwrap_or_default(),
                r.registry.clone().unwrap_or_default(),
            ]
        }),
    )
}
