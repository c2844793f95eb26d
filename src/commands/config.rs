//! `kctl config get-contexts | use-context NAME | view`.

use anyhow::{bail, Context as _, Result};

use super::Ctx;
use crate::cli::{ConfigCommand, DocFormat};
use crate::exit::Outcome;
use crate::output;
use crate::settings;

pub fn run(ctx: &Ctx, cmd: ConfigCommand) -> Result<Outcome> {
    let path = ctx
        .config_path
        .clone()
        .context("no config file location: set $KCTL_CONFIG, $HOME or --config")?;
    match cmd {
        ConfigCommand::GetContexts(out) => {
            let cfg = ctx.config()?;
            let rows: Vec<output::config::ContextRow> = cfg
                .contexts
                .iter()
                .map(|(name, c)| output::config::ContextRow {
                    current: cfg.current_context.as_deref() == Some(name),
                    name: name.clone(),
                    bootstrap_servers: c.bootstrap_servers.clone(),
                    registry: c.registry.as_ref().and_then(|r| r.url.clone()),
                })
                .collect();
            output::render(out.format, &rows, || output::config::contexts_text(&rows))?;
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
            let updated = settings::set_current_context(&text, &name);
            std::fs::write(&path, updated)
                .with_context(|| format!("cannot write {}", path.display()))?;
            output::status(&format!("Switched to context {name:?}."));
        }
        ConfigCommand::SetContext { name } => {
            return super::config_edit::set_context(ctx, &path, &name)
        }
        ConfigCommand::DeleteContext { name } => {
            return super::config_edit::delete_context(ctx, &path, &name)
        }
        ConfigCommand::RenameContext { old, new } => {
            return super::config_edit::rename_context(ctx, &path, &old, &new)
        }
        ConfigCommand::View(out) => {
            let cfg = ctx.config()?.redacted();
            match out.format {
                DocFormat::Yaml => output::stdout_yaml(&cfg)?,
                DocFormat::Json => output::stdout_json(&cfg)?,
            }
        }
    }
    Ok(Outcome::Ok)
}
