//! Command-line parsing, by hand: one option does not justify clap.

/// Where the registry listens unless told otherwise (Confluent's port).
pub const DEFAULT_LISTEN: &str = "127.0.0.1:8081";

pub const USAGE: &str = "\
usage: kctl-test-registry [--listen HOST:PORT]

In-memory Confluent-compatible Schema Registry, a test fixture for kctl.
  --listen HOST:PORT   address to listen on (default 127.0.0.1:8081; port 0 picks one)
  -h, --help           show this help
Set KCTL_TEST_REGISTRY_AUTH=user:password to require HTTP basic auth.";

/// What the command line asks for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Command {
    Serve { listen: String },
    Help,
}

/// Parses the arguments after the program name; the error is a message for
/// a usage error (exit status 2).
pub fn parse_args(args: impl IntoIterator<Item = String>) -> Result<Command, String> {
    let mut listen = DEFAULT_LISTEN.to_owned();
    let mut args = args.into_iter();
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "-h" | "--help" => return Ok(Command::Help),
            "--listen" => {
                listen = args
                    .next()
                    .ok_or_else(|| "--listen needs a HOST:PORT value".to_owned())?;
            }
            _ => match arg.strip_prefix("--listen=") {
                Some(value) => listen = value.to_owned(),
                None => return Err(format!("unknown argument '{arg}'")),
            },
        }
        if listen.is_empty() {
            return Err("--listen needs a HOST:PORT value".to_owned());
        }
    }
    Ok(Command::Serve { listen })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(args: &[&str]) -> Result<Command, String> {
        parse_args(args.iter().map(|arg| (*arg).to_owned()))
    }

    fn serve(listen: &str) -> Result<Command, String> {
        Ok(Command::Serve {
            listen: listen.to_owned(),
        })
    }

    #[test]
    fn listen_address() {
        assert_eq!(parse(&[]), serve(DEFAULT_LISTEN));
        assert_eq!(parse(&["--listen", "0.0.0.0:9000"]), serve("0.0.0.0:9000"));
        assert_eq!(parse(&["--listen=127.0.0.1:0"]), serve("127.0.0.1:0"));
        assert_eq!(parse(&["--help"]), Ok(Command::Help));
    }

    #[test]
    fn usage_errors() {
        assert!(parse(&["--listen"]).is_err());
        assert!(parse(&["--listen="]).is_err());
        assert_eq!(
            parse(&["--port", "1"]),
            Err("unknown argument '--port'".to_owned())
        );
        assert!(parse(&["extra"]).is_err());
    }
}
