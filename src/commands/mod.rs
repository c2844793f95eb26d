//! One thin module per subcommand: resolve inputs, call `domain` or `ops`, hand
//! the result to `output`.

pub mod acls;
pub mod apply;
pub mod brokers;
pub mod cluster;
pub mod completions;
pub mod config;
pub mod config_edit;
pub mod dlq;
pub mod export;
pub mod groups;
pub mod groups_edit;
pub mod lag;
pub mod produce;
pub mod schema;
pub mod tail;
pub mod topics;
pub mod topics_edit;
pub mod users;

use std::path::PathBuf;

use anyhow::{bail, Result};

use crate::cli::{Cli, Command, GlobalArgs};
use crate::exit::{CodedError, Outcome};
use crate::kafka::Admin;
use crate::output;
use crate::registry::Registry;
use crate::settings::{self, ConfigFile, Settings};

/// What every command may need, resolved lazily: `config view` must work even
/// when the current context's password variable is unset.
pub struct Ctx {
    pub global: GlobalArgs,
    pub config_path: Option<PathBuf>,
}

impl Ctx {
    pub fn new(global: GlobalArgs) -> Self {
        let config_path = settings::config_path(global.config.as_deref(), &env_var);
        Ctx {
            global,
            config_path,
        }
    }

    pub fn config(&self) -> Result<ConfigFile> {
        // A file named on the command line must exist; the default location
        // (or $KCTL_CONFIG) may be absent, meaning no contexts.
        if let Some(path) = &self.global.config {
            if !path.exists() {
                bail!("config file {} (--config) does not exist", path.display());
            }
        }
        settings::load_config(self.config_path.as_deref(), self.global.insecure_config)
    }

    pub fn settings(&self) -> Result<Settings> {
        let s = settings::resolve(&self.global, &env_var, &self.config()?)?;
        log::debug!(
            "context={:?} bootstrap={} registry={} timeout={:?}",
            s.context,
            s.bootstrap_servers,
            s.registry.url,
            s.timeout
        );
        Ok(s)
    }

    pub fn admin(&self) -> Result<Admin> {
        Admin::connect(&self.settings()?)
    }

    pub fn registry(&self) -> Result<Registry> {
        let s = self.settings()?;
        Ok(Registry::new(&s.registry, s.timeout))
    }
}

fn env_var(key: &str) -> Option<String> {
    std::env::var(key).ok()
}

pub async fn run(cli: Cli) -> Result<Outcome> {
    let ctx = Ctx::new(cli.global);
    match cli.command {
        Command::Cluster(c) => cluster::run(&ctx, c).await,
        Command::Brokers(c) => brokers::run(&ctx, c).await,
        Command::Topics(c) => topics::run(&ctx, c).await,
        Command::Config(c) => config::run(&ctx, c),
        Command::Completions(a) => completions::run(&a),
        Command::Schema(c) => schema::run(&ctx, c).await,
        Command::Plan(a) => apply::plan(&ctx, a).await,
        Command::Apply(a) => apply::apply(&ctx, a).await,
        Command::Export(a) => export::run(&ctx, a).await,
        Command::Lag(a) => lag::run(&ctx, a).await,
        Command::Groups(c) => groups::run(&ctx, c).await,
        Command::Tail(a) => tail::run(&ctx, a).await,
        Command::Dlq(c) => dlq::run(&ctx, c).await,
        Command::Produce(a) => produce::run(&ctx, a).await,
        Command::Acls(c) => acls::run(&ctx, c).await,
        Command::Users(c) => users::run(&ctx, c).await,
    }
}

/// The one confirmation rule for every command that changes the cluster:
/// `--yes` goes ahead; on a terminal kctl asks; without one, destructive
/// steps are refused (exit 2) and the rest goes ahead.
pub(crate) fn confirm(steps: usize, destructive: usize, yes: bool) -> Result<()> {
    if yes {
        return Ok(());
    }
    if output::interactive() {
        let question = if destructive > 0 {
            format!("Apply {steps} step(s), {destructive} of them destructive?")
        } else {
            format!("Apply {steps} step(s)?")
        };
        if !output::confirm(&question)? {
            bail!("cancelled; nothing was changed");
        }
    } else if destructive > 0 {
        return Err(CodedError::usage(format!(
            "refusing {destructive} destructive step(s) without --yes (no terminal to confirm on); \
             nothing was changed"
        )));
    }
    Ok(())
}
