//! Exit codes, in one place. The README documents the same table.

/// Everything went as asked.
pub const OK: u8 = 0;
/// An error: bad input, an unreachable service, a refused request.
pub const ERROR: u8 = 1;
/// The command line itself was wrong (clap uses the same code).
pub const USAGE: u8 = 2;
/// Changes are pending (`plan`), or a threshold was exceeded (`lag --fail-above`).
pub const PENDING: u8 = 3;
/// Some steps succeeded and some failed.
pub const PARTIAL: u8 = 4;
/// Interrupted by Ctrl-C (128 + SIGINT).
pub const INTERRUPTED: u8 = 130;

/// The successful outcome of a command that wants a specific exit code.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    Ok,
    /// Drift found or threshold exceeded: exit 3.
    Pending,
    /// Partial failure: exit 4. The command has already reported what failed.
    Partial,
    /// Stopped by Ctrl-C after reporting what was done: exit 130.
    Interrupted,
}

impl Outcome {
    pub fn code(self) -> u8 {
        match self {
            Outcome::Ok => OK,
            Outcome::Pending => PENDING,
            Outcome::Partial => PARTIAL,
            Outcome::Interrupted => INTERRUPTED,
        }
    }
}

/// An error that asks for a specific exit code (other errors exit 1).
#[derive(Debug, thiserror::Error)]
#[error("{message}")]
pub struct CodedError {
    pub code: u8,
    pub message: String,
}

impl CodedError {
    pub fn usage(message: impl Into<String>) -> anyhow::Error {
        anyhow::Error::new(CodedError {
            code: USAGE,
            message: message.into(),
        })
    }
}

/// Maps a command's error to its exit code. A closed stdout (broken pipe) is not
/// an error: the reader has what it wanted, so kctl exits quietly with 0.
pub fn code_for_error(err: &anyhow::Error) -> u8 {
    if is_broken_pipe(err) {
        return OK;
    }
    err.chain()
        .find_map(|e| e.downcast_ref::<CodedError>().map(|c| c.code))
        .unwrap_or(ERROR)
}

pub fn is_broken_pipe(err: &anyhow::Error) -> bool {
    err.chain().any(|e| {
        e.downcast_ref::<std::io::Error>()
            .is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn broken_pipe_exits_zero_and_usage_errors_exit_two() {
        let pipe = anyhow::Error::new(std::io::Error::from(std::io::ErrorKind::BrokenPipe))
            .context("writing output");
        assert_eq!(code_for_error(&pipe), OK);
        assert_eq!(code_for_error(&CodedError::usage("bad")), USAGE);
        assert_eq!(code_for_error(&anyhow::anyhow!("boom")), ERROR);
    }
}
