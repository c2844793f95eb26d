//! Parse args, build the runtime, call `run`, map the result to an exit code.

use std::process::ExitCode;

use clap::Parser;
use kctl::{cli::Cli, commands, exit, output};

fn main() -> ExitCode {
    // `COMPLETE=bash kctl ...`: clap's dynamic completion, names looked up
    // on the live cluster (bounded by a short timeout).
    let _ = kctl::cli::NAME_LOOKUP.set(commands::completions::lookup);
    clap_complete::CompleteEnv::with_factory(<Cli as clap::CommandFactory>::command).complete();
    let cli = Cli::parse();
    output::init_logger(cli.global.verbose);
    let runtime = match tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
    {
        Ok(r) => r,
        Err(e) => {
            output::error(&anyhow::anyhow!("cannot start the async runtime: {e}"));
            return ExitCode::from(exit::ERROR);
        }
    };
    let code = runtime.block_on(async {
        tokio::select! {
            result = commands::run(cli) => match result {
                Ok(outcome) => outcome.code(),
                Err(err) => {
                    let code = exit::code_for_error(&err);
                    if !exit::is_broken_pipe(&err) {
                        output::error(&err);
                    }
                    code
                }
            },
            _ = interrupted() => exit::INTERRUPTED,
        }
    });
    // librdkafka clients still held by detached tasks must not delay the exit.
    runtime.shutdown_timeout(std::time::Duration::from_millis(100));
    if kctl::kafka::retire::any_retired() {
        kctl::kafka::retire::exit(code);
    }
    ExitCode::from(code)
}

/// Resolves on Ctrl-C unless the running command handles it itself; a second
/// Ctrl-C always stops.
async fn interrupted() {
    let _ = tokio::signal::ctrl_c().await;
    if kctl::ops::interrupt::on_signal() {
        return;
    }
    let _ = tokio::signal::ctrl_c().await;
}
