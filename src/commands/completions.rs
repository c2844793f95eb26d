//! `kctl completions SHELL`: the same scripts as the files under completions/,
//! or with `--dynamic` the registration of clap's dynamic engine, whose
//! topic, group, subject and context names come from the live cluster
//! through [`lookup`].

use std::time::Duration;

use anyhow::{Context as _, Result};
use clap::CommandFactory;

use super::Ctx;
use crate::cli::{Cli, CompletionsArgs, GlobalArgs, NameKind};
use crate::exit::Outcome;
use crate::kafka::groups::GroupsClient;
use crate::kafka::Admin;
use crate::ops::ports::GroupsApi;
use crate::registry::Registry;

/// A completion never blocks the shell longer than this.
pub const LOOKUP_BUDGET: Duration = Duration::from_millis(1500);

/// The completion script for `shell`, generated from the clap definition.
pub fn script(shell: clap_complete::Shell) -> Vec<u8> {
    let mut buf = Vec::new();
    clap_complete::generate(shell, &mut Cli::command(), "kctl", &mut buf);
    buf
}

pub fn run(args: &CompletionsArgs) -> Result<Outcome> {
    if args.dynamic {
        // What `COMPLETE=SHELL kctl` prints: ask this very binary.
        let exe = std::env::current_exe().context("cannot find the kctl binary")?;
        let out = std::process::Command::new(exe)
            .env("COMPLETE", args.shell.to_string())
            .output()
            .context("cannot run kctl to generate the registration")?;
        crate::output::stdout_bytes(&out.stdout)?;
        return Ok(Outcome::Ok);
    }
    crate::output::stdout_bytes(&script(args.shell))?;
    Ok(Outcome::Ok)
}

/// Names for a dynamic completion, from the context the environment and the
/// config file select (flags on the line being completed are not seen).
/// Anything slower than [`LOOKUP_BUDGET`], or failing, completes nothing.
pub fn lookup(kind: NameKind) -> Vec<String> {
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let _ = tx.send(names(kind).unwrap_or_default());
    });
    let mut found = rx.recv_timeout(LOOKUP_BUDGET).unwrap_or_default();
    found.sort();
    found
}

fn names(kind: NameKind) -> Result<Vec<String>> {
    let ctx = Ctx::new(GlobalArgs::default());
    if kind == NameKind::Contexts {
        return Ok(ctx.config()?.contexts.into_keys().collect());
    }
    let mut settings = ctx.settings()?;
    settings.timeout = LOOKUP_BUDGET;
    // Admin calls use block_in_place: a multi-threaded runtime.
    let rt = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(1)
        .enable_all()
        .build()?;
    rt.block_on(async move {
        let found: Result<Vec<String>> = match kind {
            NameKind::Topics => {
                let admin = Admin::connect(&settings)?;
                let topics = admin.metadata(None).await?;
                Ok(topics
                    .into_iter()
                    .filter(|t| !t.is_internal())
                    .map(|t| t.name)
                    .collect())
            }
            NameKind::Groups => {
                let client = GroupsClient::new(Admin::connect(&settings)?);
                let listing = client.list_groups().await?;
                Ok(listing.groups.into_iter().map(|g| g.group).collect())
            }
            NameKind::Subjects => {
                let registry = Registry::new(&settings.registry, settings.timeout);
                Ok(registry.subjects().await?)
            }
            NameKind::Contexts => Ok(Vec::new()),
        };
        found
    })
}
