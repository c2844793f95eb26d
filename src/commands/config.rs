//! `kctl config get-contexts | use-context NAME | view`.

use anyhow::{bail, Context as _, Result};
use serde::Serialize;

use super::Ctx;
use crate::cli::ConfigCommand;
use crate::exit::Outcome;
use crate::output;

#[derive(Serialize)]
struct ContextRow {
    current: bool,
    name: String,
    bootstrap_servers: Option<String>,
    registry: Option<String>,
}

pub fn run(ctx: &Ctx, cmd: ConfigCommand) -> Result<Outcome> {
    let path = ctx
        .config_path
        .clone()
        .context("no config file location: set $KCTL_CONFIG, $HOME or --config")?;
    match cmd {
        ConfigCommand::GetContexts(out) => {
            let cfg = ctx.config()?;
            let rows: Vec<ContextRow> = cfg
                .contexts
                .iter()
                .map(|(name, c)| ContextRow {
                    current: cfg.current_context.as_deref() == Some(name),
                    name: name.clone(),
                    bootstrap_servers: c.bootstrap_servers.clone(),
                    registry: c.registry.as_ref().and_then(|r| r.url.clone()),
                })
                .collect();
            output::render(out.format, &rows, || {
                output::table(
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
            })?;
        }
        ConfigCommand::UseContext { name } => {
            let cfg = ctx.config()?;
            if !cfg.contexts.contains_key(&name) {
                bail!(
                    "context {name:?} not found in {} (known: {})",
                    path.display(),
                    cfg.contexts.keys().cloned().collect::<Vec<_>>().join(", ")
                );
            }
            let text = std::fs::read_to_string(&path)
                .with_context(|| format!("cannot read {}", path.display()))?;
            let updated = set_current_context(&text, &name);
            std::fs::write(&path, updated)
                .with_context(|| format!("cannot write {}", path.display()))?;
            output::status(&format!("Switched to context {name:?}."));
        }
        ConfigCommand::View => {
            let cfg = ctx.config()?;
            output::stdout_yaml(&cfg.redacted())?;
        }
    }
    Ok(Outcome::Ok)
}

/// Rewrites only the `current-context:` line, so comments and layout in the
/// user's file survive (serialising the parsed file would drop them).
fn set_current_context(text: &str, name: &str) -> String {
    let line = format!("current-context: {}", yaml_scalar(name));
    let mut found = false;
    let mut out: Vec<String> = text
        .lines()
        .map(|l| {
            if !found && l.starts_with("current-context:") {
                found = true;
                line.clone()
            } else {
                l.to_string()
            }
        })
        .collect();
    if !found {
        out.insert(0, line);
    }
    let mut s = out.join("\n");
    s.push('\n');
    s
}

fn yaml_scalar(s: &str) -> String {
    if s.chars()
        .all(|c| c.is_ascii_alphanumeric() || "-_.".contains(c))
        && !s.is_empty()
    {
        s.to_string()
    } else {
        serde_json::to_string(s).unwrap_or_else(|_| s.to_string())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn use_context_rewrites_only_the_current_context_line() {
        let before = "# my clusters\ncurrent-context: dev\ncontexts:\n  dev: {}\n  prod: {}\n";
        assert_eq!(
            set_current_context(before, "prod"),
            "# my clusters\ncurrent-context: prod\ncontexts:\n  dev: {}\n  prod: {}\n"
        );
        assert_eq!(
            set_current_context("contexts:\n  a: {}\n", "a"),
            "current-context: a\ncontexts:\n  a: {}\n"
        );
        assert_eq!(yaml_scalar("my ctx"), "\"my ctx\"");
    }
}
