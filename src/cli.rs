//! clap definitions only: no behaviour lives here.
//!
//! Every subcommand's arguments are declared in this file so that `--help`, the
//! README and the generated completions come from one source.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

#[derive(Debug, Parser)]
#[command(
    name = "kctl",
    version,
    about = "Operate Kafka-based event streaming: topics and schemas as code, tail, produce, lag, DLQ replay",
    long_about = None,
    propagate_version = true,
    max_term_width = 100
)]
pub struct Cli {
    #[command(flatten)]
    pub global: GlobalArgs,

    #[command(subcommand)]
    pub command: Command,
}

/// Connection and logging options shared by every subcommand.
///
/// Passwords are never taken as flag values: only the name of an environment
/// variable or a file holding them, so they stay out of shell history and `ps`.
#[derive(Debug, Args, Default, Clone)]
pub struct GlobalArgs {
    /// Kafka bootstrap servers, comma-separated [env: KAFKA_BOOTSTRAP_SERVERS] [default: localhost:9092]
    #[arg(short = 'b', long, global = true, value_name = "HOST:PORT,...")]
    pub bootstrap_servers: Option<String>,

    /// Schema Registry URL [env: SCHEMA_REGISTRY_URL] [default: http://localhost:8081]
    #[arg(long, global = true, value_name = "URL")]
    pub registry: Option<String>,

    /// Use this context from the config file [env: KCTL_CONTEXT]
    #[arg(long, global = true, value_name = "NAME")]
    pub context: Option<String>,

    /// Config file [env: KCTL_CONFIG] [default: ~/.config/kctl/config.yaml]
    #[arg(long, global = true, value_name = "FILE")]
    pub config: Option<PathBuf>,

    /// Set a librdkafka property directly, as kcat does (repeatable)
    #[arg(short = 'X', global = true, value_name = "KEY=VALUE")]
    pub rdkafka: Vec<String>,

    /// SASL mechanism: PLAIN, SCRAM-SHA-256 or SCRAM-SHA-512
    #[arg(long, global = true, value_name = "MECHANISM")]
    pub sasl_mechanism: Option<String>,

    /// SASL username
    #[arg(long, global = true, value_name = "USER")]
    pub sasl_username: Option<String>,

    /// Name of the environment variable holding the SASL password [default: KCTL_SASL_PASSWORD]
    #[arg(long, global = true, value_name = "VAR")]
    pub sasl_password_env: Option<String>,

    /// File holding the SASL password
    #[arg(long, global = true, value_name = "FILE")]
    pub sasl_password_file: Option<PathBuf>,

    /// Connect to Kafka over TLS
    #[arg(long, global = true)]
    pub tls: bool,

    /// CA certificate (PEM) to verify the brokers with; implies --tls
    #[arg(long, global = true, value_name = "FILE")]
    pub tls_ca: Option<PathBuf>,

    /// Client certificate (PEM) for mutual TLS; implies --tls
    #[arg(long, global = true, value_name = "FILE")]
    pub tls_cert: Option<PathBuf>,

    /// Client private key (PEM) for mutual TLS; implies --tls
    #[arg(long, global = true, value_name = "FILE")]
    pub tls_key: Option<PathBuf>,

    /// Schema Registry basic-auth username
    #[arg(long, global = true, value_name = "USER")]
    pub registry_username: Option<String>,

    /// Name of the environment variable holding the registry password [default: KCTL_REGISTRY_PASSWORD]
    #[arg(long, global = true, value_name = "VAR")]
    pub registry_password_env: Option<String>,

    /// File holding the registry password
    #[arg(long, global = true, value_name = "FILE")]
    pub registry_password_file: Option<PathBuf>,

    /// How long to wait for the broker or registry before giving up, e.g. 10s, 500ms
    #[arg(long, global = true, value_name = "DURATION")]
    pub timeout: Option<String>,

    /// Accept a config file that holds plaintext passwords and is readable by others
    #[arg(long, global = true)]
    pub insecure_config: bool,

    /// More logging on stderr (-v: kctl's steps, -vv: librdkafka's logs too)
    #[arg(short = 'v', long, global = true, action = clap::ArgAction::Count)]
    pub verbose: u8,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Show the cluster: id, controller and brokers
    #[command(subcommand)]
    Cluster(ClusterCommand),

    /// List and describe topics
    #[command(subcommand)]
    Topics(TopicsCommand),

    /// Show and switch config-file contexts
    #[command(subcommand)]
    Config(ConfigCommand),

    /// Print a shell completion script
    Completions(CompletionsArgs),
}

#[derive(Debug, Subcommand)]
pub enum ClusterCommand {
    /// Cluster id, controller and brokers
    Info(OutputArgs),
}

#[derive(Debug, Subcommand)]
pub enum TopicsCommand {
    /// List topics with their partition count and replication factor
    List(TopicsListArgs),
    /// Partitions (leader, replicas, in-sync replicas) and configs of one topic
    Describe(TopicsDescribeArgs),
}

#[derive(Debug, Args)]
pub struct TopicsListArgs {
    /// Include internal topics (names starting with "__")
    #[arg(long)]
    pub all: bool,
    #[command(flatten)]
    pub output: OutputArgs,
}

#[derive(Debug, Args)]
pub struct TopicsDescribeArgs {
    /// Topic name
    pub topic: String,
    #[command(flatten)]
    pub output: OutputArgs,
}

#[derive(Debug, Args, Clone, Copy)]
pub struct OutputArgs {
    /// Output format
    #[arg(short = 'o', long = "output", value_enum, default_value_t = OutputFormat::Table)]
    pub format: OutputFormat,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum OutputFormat {
    Table,
    Json,
    Yaml,
}

#[derive(Debug, Subcommand)]
pub enum ConfigCommand {
    /// List the contexts in the config file; the current one is marked
    GetContexts(OutputArgs),
    /// Make NAME the current context
    UseContext {
        /// Context name
        name: String,
    },
    /// Print the config file with every secret redacted
    View,
}

#[derive(Debug, Args)]
pub struct CompletionsArgs {
    /// Shell to generate the completion script for
    #[arg(value_enum)]
    pub shell: clap_complete::Shell,
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    #[test]
    fn clap_definition_is_consistent() {
        Cli::command().debug_assert();
    }
}
