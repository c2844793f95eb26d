//! `kctl completions SHELL`: the same scripts as the files under completions/.

use anyhow::Result;
use clap::CommandFactory;

use crate::cli::{Cli, CompletionsArgs};
use crate::exit::Outcome;

/// The completion script for `shell`, generated from the clap definition.
pub fn script(shell: clap_complete::Shell) -> Vec<u8> {
    let mut buf = Vec::new();
    clap_complete::generate(shell, &mut Cli::command(), "kctl", &mut buf);
    buf
}

pub fn run(args: &CompletionsArgs) -> Result<Outcome> {
    crate::output::stdout_bytes(&script(args.shell))?;
    Ok(Outcome::Ok)
}
