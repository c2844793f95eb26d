//! `kctl config set-context | delete-context | rename-context`: line-wise
//! edits of the config file (`domain::config_edit`) that keep its comments,
//! order and permissions. The edited text is parsed before it is written and
//! must hold exactly what was asked; otherwise nothing is written.

use std::path::Path;

use anyhow::{bail, Context as _, Result};

use super::Ctx;
use crate::cli::GlobalArgs;
use crate::domain::config_edit::{self as edit, yaml_key, Setting};
use crate::domain::{duration, suggest};
use crate::exit::{CodedError, Outcome};
use crate::output;
use crate::settings::{self, ConfigFile};

fn setting(path: &[&str], value: &str) -> Setting {
    (
        path.iter().map(|s| s.to_string()).collect(),
        yaml_key(value),
    )
}

/// The settings the connection flags on the command line ask for.
fn settings_from_flags(g: &GlobalArgs) -> Result<Vec<Setting>> {
    let mut out = Vec::new();
    let path = |p: &Path| p.display().to_string();
    let mut add = |p: &[&str], v: Option<String>| {
        if let Some(v) = v {
            out.push(setting(p, &v));
        }
    };
    add(&["bootstrap-servers"], g.bootstrap_servers.clone());
    add(&["registry", "url"], g.registry.clone());
    add(&["registry", "username"], g.registry_username.clone());
    add(
        &["registry", "password-env"],
        g.registry_password_env.clone(),
    );
    add(
        &["registry", "password-file"],
        g.registry_password_file.as_deref().map(path),
    );
    add(&["sasl", "mechanism"], g.sasl_mechanism.clone());
    add(&["sasl", "username"], g.sasl_username.clone());
    add(&["sasl", "password-env"], g.sasl_password_env.clone());
    add(
        &["sasl", "password-file"],
        g.sasl_password_file.as_deref().map(path),
    );
    add(&["tls", "enabled"], g.tls.then(|| "true".to_string()));
    add(&["tls", "ca"], g.tls_ca.as_deref().map(path));
    add(&["tls", "cert"], g.tls_cert.as_deref().map(path));
    add(&["tls", "key"], g.tls_key.as_deref().map(path));
    add(
        &["timeout"],
        g.timeout
            .map(|t| duration::format_millis(t.as_millis() as u64)),
    );
    for x in &g.rdkafka {
        let (k, v) = x
            .split_once('=')
            .ok_or_else(|| CodedError::usage(format!("-X {x:?}: expected KEY=VALUE")))?;
        if k.contains("password") || k.contains("secret") {
            return Err(CodedError::usage(format!(
                "-X {k}=...: a secret is never written to the config file; use --sasl-password-env or --sasl-password-file"
            )));
        }
        out.push((
            vec!["properties".into(), k.trim().into()],
            yaml_key(v.trim()),
        ));
    }
    if out.is_empty() {
        return Err(CodedError::usage(
            "set-context needs at least one connection flag to store: -b, --registry, --sasl-mechanism, \
             --sasl-username, --sasl-password-env, --tls, --tls-ca, --timeout, -X KEY=VALUE, ...",
        ));
    }
    Ok(out)
}

fn read(path: &Path) -> Result<String> {
    match std::fs::read_to_string(path) {
        Ok(t) => Ok(t),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(String::new()),
        Err(e) => Err(e).with_context(|| format!("cannot read {}", path.display())),
    }
}

/// Parses `text`, which must hold `expect` (checked by the caller's closure).
fn verified(path: &Path, text: &str, check: impl Fn(&ConfigFile) -> bool) -> Result<()> {
    let parsed = ConfigFile::parse(text, path).with_context(|| {
        format!(
            "could not edit {} safely; nothing was written",
            path.display()
        )
    })?;
    if !check(&parsed) {
        bail!(
            "could not edit {} safely (the result would not hold what was asked); nothing was written",
            path.display()
        );
    }
    Ok(())
}

/// Writes `text` to `path` through a temporary file in the same directory,
/// keeping the file's permissions (0600 for a new file).
fn write_atomically(path: &Path, text: &str) -> Result<()> {
    use std::os::unix::fs::PermissionsExt;
    let dir = path
        .parent()
        .filter(|d| !d.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    std::fs::create_dir_all(dir).with_context(|| format!("cannot create {}", dir.display()))?;
    let mode = std::fs::metadata(path).map_or(0o600, |m| m.permissions().mode() & 0o7777);
    let tmp = dir.join(format!(
        ".{}.kctl-{}",
        path.file_name()
            .and_then(|n| n.to_str())
            .unwrap_or("config"),
        std::process::id()
    ));
    let result = (|| -> std::io::Result<()> {
        std::fs::write(&tmp, text)?;
        std::fs::set_permissions(&tmp, std::fs::Permissions::from_mode(mode))?;
        std::fs::rename(&tmp, path)
    })();
    if result.is_err() {
        let _ = std::fs::remove_file(&tmp);
    }
    result.with_context(|| format!("cannot write {}", path.display()))
}

fn unknown(cfg: &ConfigFile, name: &str, path: &Path) -> anyhow::Error {
    anyhow::anyhow!(
        "context {name:?} not found in {}{}",
        path.display(),
        suggest::did_you_mean(name, cfg.contexts.keys().map(String::as_str))
    )
}

pub fn set_context(ctx: &Ctx, path: &Path, name: &str) -> Result<Outcome> {
    let wanted = settings_from_flags(&ctx.global)?;
    let text = read(path)?;
    // The file may not exist yet: set-context creates it.
    let before = settings::load_config(Some(path), ctx.global.insecure_config)?;
    let edited = edit::set_context(&text, name, &wanted)
        .map_err(|e| anyhow::anyhow!("cannot edit {}: {e}", path.display()))?;
    // Every value asked for is in the parsed result, and no other context changed.
    verified(path, &edited, |after| {
        let others_same = before
            .contexts
            .iter()
            .filter(|(k, _)| *k != name)
            .all(|(k, v)| {
                after.contexts.get(k).map(|a| format!("{a:?}")) == Some(format!("{v:?}"))
            });
        let Some(c) = after.contexts.get(name) else {
            return false;
        };
        let mut doc = serde_json::to_value(c).unwrap_or_default();
        let holds = wanted.iter().all(|(p, v)| {
            let got = p.iter().try_fold(&mut doc, |d, k| d.get_mut(k.as_str()));
            let want: serde_json::Value = serde_norway::from_str(v).unwrap_or_default();
            got.is_some_and(|g| {
                g.to_string().trim_matches('"') == want.to_string().trim_matches('"')
            })
        });
        others_same && holds
    })?;
    write_atomically(path, &edited)?;
    let verb = if before.contexts.contains_key(name) {
        "updated"
    } else {
        "created"
    };
    output::status(&format!("Context {name:?} {verb} in {}.", path.display()));
    Ok(Outcome::Ok)
}

pub fn delete_context(ctx: &Ctx, path: &Path, name: &str) -> Result<Outcome> {
    let before = ctx.config()?;
    if !before.contexts.contains_key(name) {
        return Err(unknown(&before, name, path));
    }
    let (edited, was_current) =
        edit::delete_context(&read(path)?, name).map_err(|e| anyhow::anyhow!(e))?;
    verified(path, &edited, |after| {
        !after.contexts.contains_key(name) && after.contexts.len() + 1 == before.contexts.len()
    })?;
    write_atomically(path, &edited)?;
    output::status(&format!(
        "Deleted context {name:?} from {}.",
        path.display()
    ));
    if was_current {
        output::warn(&format!(
            "{name:?} was the current context: none is current now (kctl config use-context NAME)"
        ));
    }
    Ok(Outcome::Ok)
}

pub fn rename_context(ctx: &Ctx, path: &Path, old: &str, new: &str) -> Result<Outcome> {
    let before = ctx.config()?;
    if !before.contexts.contains_key(old) {
        return Err(unknown(&before, old, path));
    }
    if before.contexts.contains_key(new) {
        bail!("context {new:?} already exists in {}", path.display());
    }
    let edited = edit::rename_context(&read(path)?, old, new).map_err(|e| anyhow::anyhow!(e))?;
    verified(path, &edited, |after| {
        after.contexts.get(new).map(|c| format!("{c:?}"))
            == before.contexts.get(old).map(|c| format!("{c:?}"))
            && !after.contexts.contains_key(old)
            && (before.current_context.as_deref() != Some(old)
                || after.current_context.as_deref() == Some(new))
    })?;
    write_atomically(path, &edited)?;
    output::status(&format!("Renamed context {old:?} to {new:?}."));
    Ok(Outcome::Ok)
}
