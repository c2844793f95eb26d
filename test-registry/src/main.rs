//! `kctl-test-registry [--listen HOST:PORT]`: runs the in-memory test
//! registry (see the library docs). Exit status 2 means a usage error.

use std::env::{self, VarError};
use std::process::ExitCode;

use kctl_test_registry::cli::{self, Command, USAGE};
use kctl_test_registry::{serve, Credentials, AUTH_ENV};

fn main() -> ExitCode {
    let listen = match cli::parse_args(env::args().skip(1)) {
        Ok(Command::Serve { listen }) => listen,
        Ok(Command::Help) => {
            println!("{USAGE}");
            return ExitCode::SUCCESS;
        }
        Err(message) => return usage_error(&message),
    };
    let auth = match auth_from_env() {
        Ok(auth) => auth,
        Err(message) => return usage_error(&message),
    };
    let runtime = match tokio::runtime::Runtime::new() {
        Ok(runtime) => runtime,
        Err(error) => {
            eprintln!("kctl-test-registry: cannot start the runtime: {error}");
            return ExitCode::FAILURE;
        }
    };
    match runtime.block_on(serve(&listen, auth)) {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("kctl-test-registry: {error:#}");
            ExitCode::FAILURE
        }
    }
}

fn usage_error(message: &str) -> ExitCode {
    eprintln!("kctl-test-registry: {message}\n{USAGE}");
    ExitCode::from(2)
}

/// Basic auth from the environment; unset or empty means no auth. The error
/// never quotes the variable's value, which holds a password.
fn auth_from_env() -> Result<Option<Credentials>, String> {
    match env::var(AUTH_ENV) {
        Ok(value) if value.is_empty() => Ok(None),
        Ok(value) => Credentials::parse(&value)
            .map(Some)
            .ok_or_else(|| format!("{AUTH_ENV} must have the form user:password")),
        Err(VarError::NotPresent) => Ok(None),
        Err(VarError::NotUnicode(_)) => Err(format!("{AUTH_ENV} is not valid UTF-8")),
    }
}
