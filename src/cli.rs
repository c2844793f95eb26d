//! clap definitions only: no behaviour lives here.
//!
//! Every subcommand's arguments are declared in this file so that `--help`, the
//! README and the generated completions come from one source.

use std::path::PathBuf;
use std::time::Duration;

use clap::{Args, Parser, Subcommand, ValueEnum};
use clap_complete::engine::{ArgValueCandidates, CompletionCandidate};

use crate::domain::access::{Operation, PatternType, Permission, Resource};
use crate::domain::dlq::{parse_scan_from, ScanFrom};
use crate::domain::filter::{parse_header, HeaderMatch};
use crate::domain::flags::{self, Rate};
use crate::domain::groups::{parse_reset_to, ResetTo};
use crate::domain::tail::{parse_from, ReadFormat, StartFrom};
use crate::domain::time::{parse_time, TimePoint};

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
#[command(next_help_heading = "Connection and global options")]
pub struct GlobalArgs {
    /// Kafka bootstrap servers, comma-separated [env: KAFKA_BOOTSTRAP_SERVERS] [default: localhost:9092]
    #[arg(short = 'b', long, global = true, value_name = "HOST:PORT,...")]
    pub bootstrap_servers: Option<String>,

    /// Schema Registry URL [env: SCHEMA_REGISTRY_URL] [default: http://localhost:8081]
    #[arg(long, global = true, value_name = "URL")]
    pub registry: Option<String>,

    /// Use this context from the config file [env: KCTL_CONTEXT]
    #[arg(long, global = true, value_name = "NAME", add = ArgValueCandidates::new(context_names))]
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
    #[arg(long, global = true, value_name = "DURATION", value_parser = flags::positive_duration)]
    pub timeout: Option<Duration>,

    /// Accept a config file that holds plaintext passwords and is readable by others
    #[arg(long, global = true)]
    pub insecure_config: bool,

    /// More logging on stderr (-v: kctl's steps, -vv: librdkafka's logs too)
    #[arg(short = 'v', long, global = true, action = clap::ArgAction::Count)]
    pub verbose: u8,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Show the cluster: id, controller and brokers; check its health
    #[command(subcommand)]
    Cluster(ClusterCommand),

    /// Brokers: list them (rack, partitions led, disk use); show one's configs
    #[command(subcommand)]
    Brokers(BrokersCommand),

    /// List and describe topics
    #[command(subcommand)]
    Topics(TopicsCommand),

    /// Show and switch config-file contexts
    #[command(subcommand)]
    Config(ConfigCommand),

    /// Schema Registry: list, get, register, check, compat, diff and delete schemas
    #[command(subcommand)]
    Schema(SchemaCommand),

    /// Print a shell completion script
    #[command(after_help = examples::COMPLETIONS)]
    Completions(CompletionsArgs),

    /// Show what `apply` would change to make the cluster match topics.yaml (exit 3 when changes are pending)
    #[command(after_help = examples::PLAN)]
    Plan(PlanArgs),

    /// Make the cluster's topics match topics.yaml: plan, confirm, execute, report each step
    #[command(after_help = examples::APPLY)]
    Apply(ApplyArgs),

    /// Write the live topics and schemas as a kctl project (topics.yaml, schemas/) whose first plan is empty
    #[command(after_help = examples::EXPORT)]
    Export(ExportArgs),

    /// Consumer lag per group, topic and partition (exit 3 with --fail-above when exceeded)
    #[command(after_help = examples::LAG)]
    Lag(LagArgs),

    /// List and describe consumer groups; reset their committed offsets
    #[command(subcommand)]
    Groups(GroupsCommand),

    /// Print a topic's records, decoded (Avro, JSON, text, binary), from any position; never joins a group
    #[command(after_help = examples::TAIL)]
    Tail(TailArgs),

    /// Send events from NDJSON (stdin or -f) or generated from the schema, Avro-encoded through the registry
    #[command(after_help = examples::PRODUCE)]
    Produce(ProduceArgs),

    /// Dead-letter queues: summarise entries, show them, replay them to their original topic
    #[command(subcommand)]
    Dlq(DlqCommand),

    /// ACLs: list, create and delete them, and check who may do what
    #[command(subcommand)]
    Acls(AclsCommand),

    /// SCRAM users: list them, set and delete their credentials
    #[command(subcommand)]
    Users(UsersCommand),
}

#[derive(Debug, Subcommand)]
pub enum ClusterCommand {
    /// Cluster id, controller and brokers
    #[command(after_help = examples::CLUSTER_INFO)]
    Info(OutputArgs),
    /// Is the cluster healthy? One line per problem; exit 0 healthy, 3 unhealthy, 1 could not tell
    #[command(after_help = examples::CLUSTER_HEALTH)]
    Health(ClusterHealthArgs),
}

#[derive(Debug, Args)]
pub struct ClusterHealthArgs {
    /// Also a problem: fewer than N brokers alive
    #[arg(long, value_name = "N")]
    pub expect_brokers: Option<usize>,

    /// Also check consumer lag: a group whose total lag is above N is a problem
    #[arg(long, value_name = "N")]
    pub lag_above: Option<u64>,

    /// With --watch: a group is a problem only once its lag stayed above --lag-above this long, e.g. 5m
    #[arg(long, value_name = "DURATION", requires_all = ["watch", "lag_above"], value_parser = flags::duration)]
    pub lag_for: Option<Duration>,

    /// Refresh every INTERVAL (default 5s; give it as --watch=10s) until Ctrl-C
    #[arg(
        long,
        value_name = "INTERVAL",
        num_args = 0..=1,
        require_equals = true,
        default_missing_value = "5s",
        value_parser = flags::positive_duration
    )]
    pub watch: Option<Duration>,

    /// Output format; prometheus prints gauges for a scraper or a textfile collector
    #[arg(short = 'o', long = "output", value_enum, value_name = "FORMAT", default_value_t = LagFormat::Table)]
    pub format: LagFormat,
}

#[derive(Debug, Subcommand)]
pub enum BrokersCommand {
    /// Brokers with host, rack, partitions led and log-dir usage
    #[command(after_help = examples::BROKERS_LIST)]
    List(OutputArgs),
    /// One broker's configs, marking which are set dynamically, statically or by default
    #[command(after_help = examples::BROKERS_DESCRIBE)]
    Describe(BrokersDescribeArgs),
}

#[derive(Debug, Args)]
pub struct BrokersDescribeArgs {
    /// Broker id
    pub id: i32,
    /// Only configs not at their default (set dynamically or in server.properties)
    #[arg(long)]
    pub changed: bool,
    #[command(flatten)]
    pub output: OutputArgs,
}

#[derive(Debug, Subcommand)]
pub enum TopicsCommand {
    /// List topics with their partition count and replication factor
    #[command(after_help = examples::TOPICS_LIST)]
    List(TopicsListArgs),
    /// Partitions (leader, replicas, ISR, watermarks, messages, size) and configs of topics
    #[command(after_help = examples::TOPICS_DESCRIBE)]
    Describe(TopicsDescribeArgs),
    /// Create topics: the plan, a confirmation, then each creation reported (as apply does)
    #[command(after_help = examples::TOPICS_CREATE)]
    Create(TopicsCreateArgs),
    /// Delete topics (destructive: asks on a terminal, needs --yes otherwise; internal topics refused)
    #[command(after_help = examples::TOPICS_DELETE)]
    Delete(TopicsDeleteArgs),
    /// Set topic configs or reset them to the broker default
    #[command(after_help = examples::TOPICS_ALTER_CONFIG)]
    AlterConfig(TopicsAlterConfigArgs),
}

/// What every imperative change takes: show only, or go ahead without asking.
#[derive(Debug, Args)]
pub struct EditArgs {
    /// Show the plan and change nothing (exit 3 when something would change)
    #[arg(long)]
    pub dry_run: bool,
    /// Go ahead without asking; needed when there is no terminal
    #[arg(short = 'y', long)]
    pub yes: bool,
    #[command(flatten)]
    pub output: OutputArgs,
}

#[derive(Debug, Args)]
pub struct TopicsCreateArgs {
    /// Topics to create
    #[arg(value_name = "TOPIC", required = true, add = ArgValueCandidates::new(topic_names))]
    pub topics: Vec<String>,
    /// Partitions of each [default: the broker's num.partitions]
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(i32).range(1..))]
    pub partitions: Option<i32>,
    /// Replicas of each partition [default: the broker's default.replication.factor]
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(i16).range(1..))]
    pub replication_factor: Option<i16>,
    /// A topic config, checked as in topics.yaml, e.g. retention.ms=7d (repeatable; --config names kctl's config file)
    #[arg(long = "set", value_name = "KEY=VALUE")]
    pub configs: Vec<String>,
    #[command(flatten)]
    pub edit: EditArgs,
}

#[derive(Debug, Args)]
pub struct TopicsDeleteArgs {
    /// Topics to delete
    #[arg(value_name = "TOPIC", required = true)]
    pub topics: Vec<String>,
    #[command(flatten)]
    pub edit: EditArgs,
}

#[derive(Debug, Args)]
pub struct TopicsAlterConfigArgs {
    /// Topics to change
    #[arg(value_name = "TOPIC", required = true, add = ArgValueCandidates::new(topic_names))]
    pub topics: Vec<String>,
    /// Set a config, checked as in topics.yaml, e.g. retention.ms=7d (repeatable)
    #[arg(long = "set", value_name = "KEY=VALUE")]
    pub set: Vec<String>,
    /// Reset a config to the broker default (repeatable)
    #[arg(long = "delete", value_name = "KEY")]
    pub delete: Vec<String>,
    #[command(flatten)]
    pub edit: EditArgs,
}

#[derive(Debug, Args)]
pub struct TopicsListArgs {
    /// Only topics whose name matches this regex (unanchored, as grep: use ^ and $ to anchor)
    #[arg(value_name = "REGEX")]
    pub pattern: Option<String>,
    /// Include internal topics (names starting with "__")
    #[arg(long)]
    pub all: bool,
    /// Also show each topic's size on disk (leader replicas) and message count
    #[arg(long)]
    pub sizes: bool,
    #[command(flatten)]
    pub output: OutputArgs,
}

#[derive(Debug, Args)]
pub struct TopicsDescribeArgs {
    /// Topic names (or regexes with --regex)
    #[arg(value_name = "TOPIC", required = true, add = ArgValueCandidates::new(topic_names))]
    pub topics: Vec<String>,
    /// Read each TOPIC as a regex (unanchored) and describe every topic it matches
    #[arg(long)]
    pub regex: bool,
    #[command(flatten)]
    pub output: OutputArgs,
}

#[derive(Debug, Args, Clone, Copy)]
pub struct OutputArgs {
    /// Output format
    #[arg(short = 'o', long = "output", value_enum, value_name = "FORMAT", default_value_t = OutputFormat::Table)]
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
    #[command(after_help = examples::CONFIG_GETCONTEXTS)]
    GetContexts(OutputArgs),
    /// Make NAME the current context
    #[command(after_help = examples::CONFIG_USECONTEXT)]
    UseContext {
        /// Context name
        #[arg(add = ArgValueCandidates::new(context_names))]
        name: String,
    },
    /// Print the config file with every secret redacted
    #[command(after_help = examples::CONFIG_VIEW)]
    View(DocOutputArgs),
    /// Create or update context NAME from the connection flags given (-b, --registry, --sasl-*, --tls*, --timeout, -X)
    #[command(after_help = examples::CONFIG_SET_CONTEXT)]
    SetContext {
        /// Context name
        #[arg(add = ArgValueCandidates::new(context_names))]
        name: String,
    },
    /// Delete context NAME (and current-context, when it names NAME)
    #[command(after_help = examples::CONFIG_DELETE_CONTEXT)]
    DeleteContext {
        /// Context name
        name: String,
    },
    /// Rename context OLD to NEW (current-context follows)
    #[command(after_help = examples::CONFIG_RENAME_CONTEXT)]
    RenameContext {
        /// Current name
        #[arg(add = ArgValueCandidates::new(context_names))]
        old: String,
        /// New name
        new: String,
    },
}

/// `-o` for commands that print a document rather than rows.
#[derive(Debug, Args, Clone, Copy)]
pub struct DocOutputArgs {
    /// Output format
    #[arg(short = 'o', long = "output", value_enum, value_name = "FORMAT", default_value_t = DocFormat::Yaml)]
    pub format: DocFormat,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum DocFormat {
    Yaml,
    Json,
}

/// What `kctl plan` compares, and what it may change.
#[derive(Debug, Args)]
pub struct PlanArgs {
    /// The topics file
    #[arg(
        short = 'f',
        long = "file",
        value_name = "FILE",
        default_value = "topics.yaml"
    )]
    pub file: PathBuf,

    /// Apply this override block of the file [default: the block named like the active context, if any]
    #[arg(long, value_name = "NAME")]
    pub overrides: Option<String>,

    /// Ignore the file's override blocks, even one named like the active context
    #[arg(long, conflicts_with = "overrides")]
    pub no_overrides: bool,

    /// Delete topics that are not in the file; needs a scope (--prune-prefix or --prune-regex)
    #[arg(long, requires = "prune_scope")]
    pub prune: bool,

    /// Scope of --prune: topics whose names start with PREFIX
    #[arg(long, value_name = "PREFIX", group = "prune_scope", requires = "prune")]
    pub prune_prefix: Option<String>,

    /// Scope of --prune: topics whose whole name matches REGEX
    #[arg(long, value_name = "REGEX", group = "prune_scope", requires = "prune")]
    pub prune_regex: Option<String>,

    /// Reset topic configs the file does not mention to the broker default
    #[arg(long)]
    pub prune_configs: bool,

    /// Delete ACLs the file does not declare, inside the file's `access.prune` scope
    #[arg(long)]
    pub prune_acls: bool,

    #[command(flatten)]
    pub output: OutputArgs,
}

#[derive(Debug, Args)]
pub struct ApplyArgs {
    #[command(flatten)]
    pub plan: PlanArgs,

    /// Apply without asking; needed for destructive steps when there is no terminal
    #[arg(short = 'y', long)]
    pub yes: bool,

    /// Apply everything else when a schema is incompatible with the registry (exit 4)
    #[arg(long)]
    pub continue_on_error: bool,
}

#[derive(Debug, Args)]
pub struct ExportArgs {
    /// Directory to write topics.yaml and schemas/ into (created if missing)
    #[arg(
        short = 'd',
        long,
        value_name = "DIR",
        required_unless_present = "stdout"
    )]
    pub dir: Option<PathBuf>,

    /// Print topics.yaml alone to stdout (no schemas, no files written)
    #[arg(long, conflicts_with_all = ["dir", "force", "all_versions"])]
    pub stdout: bool,

    /// Overwrite files that already exist in DIR
    #[arg(long)]
    pub force: bool,

    /// Export only topics whose whole name matches REGEX
    #[arg(long, value_name = "REGEX")]
    pub topics: Option<String>,

    /// Export only subjects whose whole name matches REGEX [default: every subject, or with --topics those of the selected topics]
    #[arg(long, value_name = "REGEX", conflicts_with_all = ["no_schemas", "stdout"])]
    pub subjects: Option<String>,

    /// Include internal topics (names starting with "__", and _schemas)
    #[arg(long)]
    pub include_internal: bool,

    /// Also write every earlier version of each subject, under schemas/history/
    #[arg(long)]
    pub all_versions: bool,

    /// Export topics only; do not contact the Schema Registry
    #[arg(long)]
    pub no_schemas: bool,

    /// Leave the cluster's ACLs out (by default they become the `access:` block)
    #[arg(long)]
    pub no_acls: bool,
}

#[derive(Debug, Args)]
pub struct CompletionsArgs {
    /// Shell to generate the completion script for
    #[arg(value_enum)]
    pub shell: clap_complete::Shell,
    /// Print the dynamic registration instead (bash, zsh, fish, elvish, powershell): topic, group, subject and context names then come from the live cluster, as `COMPLETE=SHELL kctl` prints
    #[arg(long)]
    pub dynamic: bool,
}

#[derive(Debug, Subcommand)]
pub enum SchemaCommand {
    /// Subjects with their latest version, schema id and references
    #[command(after_help = examples::SCHEMA_LIST)]
    List(SchemaListArgs),
    /// A registered schema, by subject and version or by global id
    #[command(disable_version_flag = true)]
    #[command(after_help = examples::SCHEMA_GET)]
    Get(SchemaGetArgs),
    /// Register FILE as a new version of SUBJECT (no new version if already registered)
    #[command(after_help = examples::SCHEMA_REGISTER)]
    Register(SchemaRegisterArgs),
    /// Check FILE against SUBJECT's latest version (exit 1 when incompatible)
    #[command(after_help = examples::SCHEMA_CHECK)]
    Check(SchemaCheckArgs),
    /// Show or set the compatibility level, global or of one subject
    #[command(after_help = examples::SCHEMA_COMPAT)]
    Compat(SchemaCompatArgs),
    /// Field-level differences between a registered version and FILE (exit 3 when they differ)
    #[command(disable_version_flag = true)]
    #[command(after_help = examples::SCHEMA_DIFF)]
    Diff(SchemaDiffArgs),
    /// Delete a subject: soft, or for good with --permanent (asks first)
    #[command(after_help = examples::SCHEMA_DELETE)]
    Delete(SchemaDeleteArgs),
}

#[derive(Debug, Args)]
pub struct SchemaListArgs {
    /// Only subjects whose names start with PREFIX
    #[arg(long, value_name = "PREFIX")]
    pub prefix: Option<String>,
    #[command(flatten)]
    pub output: OutputArgs,
}

#[derive(Debug, Args)]
pub struct SchemaGetArgs {
    /// Subject name
    #[arg(required_unless_present = "id", conflicts_with = "id", add = ArgValueCandidates::new(subject_names))]
    pub subject: Option<String>,
    /// Version number or "latest"
    #[arg(
        long,
        value_name = "N|latest",
        default_value = "latest",
        conflicts_with = "id",
        value_parser = flags::schema_version
    )]
    pub version: String,
    /// Global schema id instead of a subject
    #[arg(long, value_name = "ID")]
    pub id: Option<u32>,
    #[command(flatten)]
    pub output: OutputArgs,
}

/// References for a schema that uses named types registered under other subjects.
#[derive(Debug, Args, Clone, Default)]
pub struct ReferenceArgs {
    /// A named type FILE uses from another subject, e.g.
    /// com.acme.Address=addresses-value:3 (VERSION may be "latest"; repeatable).
    /// Without any, the references of SUBJECT's latest version are reused
    #[arg(long = "reference", value_name = "NAME=SUBJECT:VERSION")]
    pub references: Vec<String>,
}

#[derive(Debug, Args)]
pub struct SchemaRegisterArgs {
    /// Subject name
    #[arg(add = ArgValueCandidates::new(subject_names))]
    pub subject: String,
    /// Avro schema file (.avsc)
    pub file: PathBuf,
    #[command(flatten)]
    pub references: ReferenceArgs,
    #[command(flatten)]
    pub output: OutputArgs,
}

#[derive(Debug, Args)]
pub struct SchemaCheckArgs {
    /// Subject name
    #[arg(add = ArgValueCandidates::new(subject_names))]
    pub subject: String,
    /// Avro schema file (.avsc)
    pub file: PathBuf,
    #[command(flatten)]
    pub references: ReferenceArgs,
    #[command(flatten)]
    pub output: OutputArgs,
}

#[derive(Debug, Args)]
pub struct SchemaCompatArgs {
    /// Subject; a single argument naming a level (e.g. FULL) sets the global level
    #[arg(add = ArgValueCandidates::new(subject_names))]
    pub subject: Option<String>,
    /// NONE, BACKWARD, BACKWARD_TRANSITIVE, FORWARD, FORWARD_TRANSITIVE, FULL or FULL_TRANSITIVE
    pub level: Option<String>,
    #[command(flatten)]
    pub output: OutputArgs,
}

#[derive(Debug, Args)]
pub struct SchemaDiffArgs {
    /// Subject name
    #[arg(add = ArgValueCandidates::new(subject_names))]
    pub subject: String,
    /// Avro schema file (.avsc)
    pub file: PathBuf,
    /// Registered version to compare with: a number or "latest"
    #[arg(long, value_name = "N|latest", default_value = "latest", value_parser = flags::schema_version)]
    pub version: String,
    #[command(flatten)]
    pub references: ReferenceArgs,
    #[command(flatten)]
    pub output: OutputArgs,
}

#[derive(Debug, Args)]
pub struct SchemaDeleteArgs {
    /// Subject name
    #[arg(add = ArgValueCandidates::new(subject_names))]
    pub subject: String,
    /// Delete for good (soft-deleting first if needed); cannot be undone
    #[arg(long)]
    pub permanent: bool,
    /// Delete without asking; required when there is no terminal
    #[arg(short = 'y', long)]
    pub yes: bool,
    #[command(flatten)]
    pub output: OutputArgs,
}

#[derive(Debug, Args)]
pub struct LagArgs {
    /// Consumer groups to report [default: every group in the cluster]
    #[arg(value_name = "GROUP", add = ArgValueCandidates::new(group_names))]
    pub groups: Vec<String>,

    /// Only this topic (repeatable)
    #[arg(long = "topic", value_name = "TOPIC", add = ArgValueCandidates::new(topic_names))]
    pub topics: Vec<String>,

    /// Output format; prometheus is the text exposition format (for a textfile collector)
    #[arg(short = 'o', long = "output", value_enum, value_name = "FORMAT", default_value_t = LagFormat::Table)]
    pub format: LagFormat,

    /// Exit 3 when any selected group's total lag is above N
    #[arg(long, value_name = "N")]
    pub fail_above: Option<u64>,

    /// With --watch: exit 3 only once a group's lag has stayed above N this long, e.g. 5m
    #[arg(long = "for", value_name = "DURATION", requires_all = ["watch", "fail_above"], value_parser = flags::duration)]
    pub hold: Option<Duration>,

    /// Refresh every INTERVAL (default 5s; give it as --watch=10s), with consumption rate and time to catch up
    #[arg(
        long,
        value_name = "INTERVAL",
        num_args = 0..=1,
        require_equals = true,
        default_missing_value = "5s",
        value_parser = flags::positive_duration
    )]
    pub watch: Option<Duration>,

    /// Do not look up group members (no DescribeGroups): owners and member counts show as unknown
    #[arg(long)]
    pub skip_members: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum LagFormat {
    Table,
    Json,
    Yaml,
    Prometheus,
}

#[derive(Debug, Subcommand)]
pub enum GroupsCommand {
    /// Consumer groups with their state, member count and assignment protocol
    #[command(after_help = examples::GROUPS_LIST)]
    List(GroupsListArgs),
    /// A group's members, their hosts and assigned partitions
    #[command(after_help = examples::GROUPS_DESCRIBE)]
    Describe(GroupsDescribeArgs),
    /// Move a group's committed offsets: a dry-run plan unless --execute
    #[command(after_help = examples::GROUPS_RESETOFFSETS)]
    ResetOffsets(ResetOffsetsArgs),
    /// Delete consumer groups and their committed offsets (destructive; a group in use is refused)
    #[command(after_help = examples::GROUPS_DELETE)]
    Delete(GroupsDeleteArgs),
    /// Delete a group's committed offsets on some topics (destructive)
    #[command(after_help = examples::GROUPS_DELETE_OFFSETS)]
    DeleteOffsets(GroupsDeleteOffsetsArgs),
}

#[derive(Debug, Args)]
pub struct GroupsDeleteArgs {
    /// Groups to delete
    #[arg(value_name = "GROUP", required = true, add = ArgValueCandidates::new(group_names))]
    pub groups: Vec<String>,
    #[command(flatten)]
    pub edit: EditArgs,
}

#[derive(Debug, Args)]
pub struct GroupsDeleteOffsetsArgs {
    /// Consumer group
    #[arg(add = ArgValueCandidates::new(group_names))]
    pub group: String,
    /// Topic, or TOPIC:P,P for some partitions (repeatable)
    #[arg(long = "topic", value_name = "TOPIC[:P,...]", required = true, add = ArgValueCandidates::new(topic_names))]
    pub topics: Vec<String>,
    #[command(flatten)]
    pub edit: EditArgs,
}

#[derive(Debug, Args)]
pub struct GroupsListArgs {
    /// Do not look up group members (no DescribeGroups): member counts and protocols show as unknown
    #[arg(long)]
    pub skip_members: bool,
    #[command(flatten)]
    pub output: OutputArgs,
}

#[derive(Debug, Args)]
pub struct GroupsDescribeArgs {
    /// Consumer group
    #[arg(add = ArgValueCandidates::new(group_names))]
    pub group: String,
    #[command(flatten)]
    pub output: OutputArgs,
}

#[derive(Debug, Args)]
pub struct ResetOffsetsArgs {
    /// Consumer group
    #[arg(add = ArgValueCandidates::new(group_names))]
    pub group: String,

    /// Topic to reset, optionally with partitions: orders or orders:0,2 (repeatable)
    #[arg(long = "topic", value_name = "TOPIC[:P,...]", required = true, add = ArgValueCandidates::new(topic_names))]
    pub topics: Vec<String>,

    /// earliest (or beginning), latest (or end), an offset (1234), or a TIME (1h or -1h ago, epoch ms, 2024-05-01T12:00:00Z, a date)
    #[arg(long, value_name = "POSITION", allow_hyphen_values = true, value_parser = parse_reset_to)]
    pub to: ResetTo,

    /// Commit the new offsets (without it, only the plan is shown)
    #[arg(long)]
    pub execute: bool,

    /// Execute even when kctl cannot find out whether the group has active members
    #[arg(long)]
    pub force_unknown_members: bool,

    /// Do not look up group members (no DescribeGroups); --execute then needs --force-unknown-members
    #[arg(long)]
    pub skip_members: bool,

    #[command(flatten)]
    pub output: OutputArgs,
}

/// `kctl tail`: positions, decoding, output and filters.
#[derive(Debug, Args)]
pub struct TailArgs {
    /// Topics to read (several are read side by side; with --regex, patterns)
    #[arg(value_name = "TOPIC", required = true, add = ArgValueCandidates::new(topic_names))]
    pub topics: Vec<String>,

    /// Read each TOPIC as a regex (unanchored, as grep) naming every topic it matches at start
    #[arg(long)]
    pub regex: bool,

    /// Where to start: an offset, or a TIME (now, beginning, end, 1h ago as 1h or -1h, epoch ms, 2026-11-24T10:00:00Z, 2026-11-24) [default: beginning]
    #[arg(long, value_name = "POSITION", allow_hyphen_values = true, value_parser = parse_from)]
    pub from: Option<StartFrom>,

    /// Start at the last N records of each partition (instead of --from)
    #[arg(short = 'n', long = "last", value_name = "N", conflicts_with = "from")]
    pub last: Option<u64>,

    /// Stop each partition at its first record later than this TIME (same forms as --from, no offset)
    #[arg(long, value_name = "TIME", allow_hyphen_values = true, value_parser = parse_time)]
    pub until: Option<TimePoint>,

    /// Stop after printing N records (of each topic, when several are read)
    #[arg(long, value_name = "N")]
    pub max_messages: Option<u64>,

    /// Read only this partition (repeatable)
    #[arg(short = 'p', long = "partition", value_name = "N", value_parser = flags::partition)]
    pub partitions: Vec<i32>,

    /// Keep waiting for new records instead of stopping at the end that existed at start
    #[arg(short = 'F', long)]
    pub follow: bool,

    /// Removed: -f is --file in every kctl command; follow with -F/--follow
    #[arg(short = 'f', hide = true)]
    pub removed_f: bool,

    /// How to read keys
    #[arg(long, value_enum, default_value_t = ReadFormatArg::Auto, value_name = "FORMAT")]
    pub key_format: ReadFormatArg,

    /// How to read values
    #[arg(long, value_enum, default_value_t = ReadFormatArg::Auto, value_name = "FORMAT")]
    pub value_format: ReadFormatArg,

    /// Output format
    #[arg(short = 'o', long = "output", value_enum, value_name = "FORMAT", default_value_t = TailOutput::Pretty)]
    pub output: TailOutput,

    /// Avro in -o json/raw: avro = Avro's JSON encoding (lossless, what `kctl produce` reads), plain = unions unwrapped, logical types rendered
    #[arg(long, value_enum, default_value_t = AvroJson::Avro, value_name = "STYLE")]
    pub avro_json: AvroJson,

    /// Print only these fields, comma-separated: topic, partition, offset, timestamp, key, value, headers, key_format, value_format, key_schema_id, value_schema_id, error, headers.NAME, key.PATH, value.PATH
    #[arg(long, value_name = "LIST")]
    pub fields: Option<String>,

    /// Print each record as TEMPLATE: --fields names in braces, e.g. '{partition}:{offset} {key} {value.id}' (\t, \n; {{ for a brace)
    #[arg(long, value_name = "TEMPLATE", conflicts_with_all = ["fields", "output"])]
    pub format: Option<String>,

    /// Only records whose key is K (its bytes, or its decoded text)
    #[arg(long = "key", value_name = "K")]
    pub key: Option<String>,

    /// Only records with this header, or with this header value (repeatable; all must match)
    #[arg(short = 'H', long = "header", value_name = "NAME[=VALUE]", value_parser = parse_header)]
    pub headers: Vec<HeaderMatch>,

    /// Only records where PATH OP VALUE holds, e.g. 'value.status==SHIPPED', 'amount>100', 'name=~^a' (repeatable; all must hold)
    #[arg(long = "where", value_name = "EXPR")]
    pub wheres: Vec<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ReadFormatArg {
    /// Confluent-framed Avro, JSON Schema or Protobuf (by the schema id), else UTF-8 text (JSON included), else base64
    Auto,
    Avro,
    /// Confluent-framed JSON of a registered JSON Schema
    JsonSchema,
    /// Confluent-framed Protobuf, shown in the proto3 JSON mapping
    Protobuf,
    Json,
    /// UTF-8 text
    #[value(alias = "text")]
    String,
    Base64,
}

impl From<ReadFormatArg> for ReadFormat {
    fn from(f: ReadFormatArg) -> Self {
        match f {
            ReadFormatArg::Auto => ReadFormat::Auto,
            ReadFormatArg::Avro => ReadFormat::Avro,
            ReadFormatArg::JsonSchema => ReadFormat::JsonSchema,
            ReadFormatArg::Protobuf => ReadFormat::Protobuf,
            ReadFormatArg::Json => ReadFormat::Json,
            ReadFormatArg::String => ReadFormat::String,
            ReadFormatArg::Base64 => ReadFormat::Base64,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum TailOutput {
    /// For people: time, partition, offset, key, headers, the value pretty-printed
    Pretty,
    /// One JSON envelope per line (what `kctl produce` reads)
    Json,
    /// One YAML document (---) per record, the same fields as json
    Yaml,
    /// Values only, one per line
    Raw,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum AvroJson {
    Avro,
    Plain,
}

#[derive(Debug, Args)]
pub struct ProduceArgs {
    /// Topic to produce to
    #[arg(add = ArgValueCandidates::new(topic_names))]
    pub topic: String,

    /// Read events from FILE (one per line) instead of stdin
    #[arg(short = 'f', long, value_name = "FILE", conflicts_with = "generate")]
    pub file: Option<PathBuf>,

    /// Send one record with this value (read as one line of input would be) instead of reading input
    #[arg(long, value_name = "VALUE", conflicts_with_all = ["file", "generate"])]
    pub value: Option<String>,

    /// Value format [default: the value subject's (avro, json-schema or protobuf) when it exists, else json]
    #[arg(long, value_enum, value_name = "FORMAT")]
    pub value_format: Option<ProduceFormat>,

    /// Key format [default: the key subject's when the value uses a schema and the key subject exists, else string]
    #[arg(long, value_enum, value_name = "FORMAT")]
    pub key_format: Option<ProduceFormat>,

    /// The same key for every record (JSON or text for an Avro key)
    #[arg(long, value_name = "K", conflicts_with = "key_field")]
    pub key: Option<String>,

    /// Take each record's key from this dotted path in the event, e.g. customer.id
    #[arg(long, value_name = "PATH")]
    pub key_field: Option<String>,

    /// Value subject [default: TOPIC-value]
    #[arg(long, value_name = "SUBJECT")]
    pub value_subject: Option<String>,

    /// Key subject [default: TOPIC-key]
    #[arg(long, value_name = "SUBJECT")]
    pub key_subject: Option<String>,

    /// Encode with this version of the value subject instead of the latest
    #[arg(long, value_name = "N", conflicts_with_all = ["schema_id", "schema_file"])]
    pub schema_version: Option<u32>,

    /// Encode with the schema that has this global id
    #[arg(long, value_name = "ID", conflicts_with = "schema_file")]
    pub schema_id: Option<u32>,

    /// Encode with the schema in FILE (.avsc Avro, .json JSON Schema, .proto Protobuf); it must be registered under the value subject (see --register)
    #[arg(long, value_name = "FILE")]
    pub schema_file: Option<PathBuf>,

    /// Protobuf: the value's message, by full name or name [default: the schema's only top-level message]
    #[arg(long, value_name = "NAME")]
    pub message: Option<String>,

    /// Register --schema-file under the value subject first (not with --dry-run)
    #[arg(long, requires = "schema_file")]
    pub register: bool,

    /// Add a header to every record (repeatable)
    #[arg(short = 'H', long = "header", value_name = "NAME=VALUE")]
    pub headers: Vec<String>,

    /// Send every record to partition N [default: murmur2 of the key, as Java producers; random without a key]
    #[arg(short = 'p', long, value_name = "N", value_parser = flags::partition)]
    pub partition: Option<i32>,

    /// Treat every line as an envelope {"key", "value", "headers", "partition", "timestamp", ...}
    #[arg(long, conflicts_with = "no_envelope")]
    pub envelope: bool,

    /// Never treat a line as an envelope, even when it looks like one
    #[arg(long)]
    pub no_envelope: bool,

    /// Send N random events that conform to the value schema instead of reading input
    #[arg(long, value_name = "N")]
    pub generate: Option<u64>,

    /// Seed for --generate: the same seed gives the same events, byte for byte
    #[arg(long, value_name = "S", requires = "generate")]
    pub seed: Option<u64>,

    /// Send at most R events per second
    #[arg(long, value_name = "R", value_parser = flags::rate)]
    pub rate: Option<Rate>,

    /// Validate and encode every event; send nothing
    #[arg(long)]
    pub dry_run: bool,

    /// Summary format: table (on stderr) or json/yaml (on stdout)
    #[arg(short = 'o', long = "output", value_enum, value_name = "FORMAT", default_value_t = OutputFormat::Table)]
    pub output: OutputFormat,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ProduceFormat {
    /// Confluent wire format with a registered Avro schema
    Avro,
    /// Confluent wire format with a registered JSON Schema (validated JSON)
    JsonSchema,
    /// Confluent wire format with a registered Protobuf schema (proto3 JSON mapping in the input)
    Protobuf,
    /// JSON text
    Json,
    /// UTF-8 text, each line as is
    #[value(alias = "text")]
    String,
    /// Raw bytes, base64 in the input
    #[value(alias = "base64")]
    Bytes,
}

#[derive(Debug, Subcommand)]
pub enum DlqCommand {
    /// Summary of a dead-letter topic's entries by original topic, error class and age
    #[command(after_help = examples::DLQ_INSPECT)]
    Inspect(DlqInspectArgs),
    /// Print entries with decoded key and value, origin and error details
    #[command(after_help = examples::DLQ_SHOW)]
    Show(DlqShowArgs),
    /// Replay entries to their original topic: a dry-run plan unless --execute
    #[command(after_help = examples::DLQ_REPLAY)]
    Replay(DlqReplayArgs),
}

/// Which entries of a dead-letter topic to work on; every criterion given must hold.
#[derive(Debug, Args, Clone, Default)]
pub struct DlqSelectArgs {
    /// Only this DLQ partition (repeatable)
    #[arg(short = 'p', long = "partition", value_name = "N", value_parser = flags::partition)]
    pub partitions: Vec<i32>,

    /// Only these DLQ offsets: N, N..M, N.. or ..M (inclusive), optionally P: first, e.g. 2:10..20 (repeatable)
    #[arg(long = "offset", value_name = "[P:]RANGE")]
    pub offsets: Vec<String>,

    /// Only entries written to the DLQ at or after TIME (now, beginning, end, 1h ago as 1h or -1h, epoch ms, RFC 3339, a date)
    #[arg(long, value_name = "TIME", allow_hyphen_values = true, value_parser = parse_time)]
    pub since: Option<TimePoint>,

    /// Only entries written to the DLQ at or before TIME (same forms as --since)
    #[arg(long, value_name = "TIME", allow_hyphen_values = true, value_parser = parse_time)]
    pub until: Option<TimePoint>,

    /// Only entries whose detected original topic is TOPIC (repeatable)
    #[arg(long = "origin", value_name = "TOPIC")]
    pub origins: Vec<String>,

    /// Only entries whose error class matches REGEX
    #[arg(long, value_name = "REGEX")]
    pub error_class: Option<String>,

    /// Only entries whose error message matches REGEX
    #[arg(long, value_name = "REGEX")]
    pub error_message: Option<String>,

    /// Only entries whose key is exactly KEY (its UTF-8 bytes)
    #[arg(long, value_name = "KEY")]
    pub key: Option<String>,

    /// Only entries with header NAME, or with NAME=VALUE (repeatable)
    #[arg(short = 'H', long = "header", value_name = "NAME[=VALUE]", value_parser = parse_header)]
    pub headers: Vec<HeaderMatch>,

    /// At most N entries: the first N matching, by partition then offset
    #[arg(long, value_name = "N")]
    pub limit: Option<usize>,
}

#[derive(Debug, Args)]
pub struct DlqInspectArgs {
    /// Dead-letter topic
    #[arg(add = ArgValueCandidates::new(topic_names))]
    pub dlq: String,
    #[command(flatten)]
    pub select: DlqSelectArgs,
    #[command(flatten)]
    pub output: OutputArgs,
}

#[derive(Debug, Args)]
pub struct DlqShowArgs {
    /// Dead-letter topic
    #[arg(add = ArgValueCandidates::new(topic_names))]
    pub dlq: String,
    #[command(flatten)]
    pub select: DlqSelectArgs,
    /// Leave values as they are (text or base64) instead of decoding Confluent-framed Avro
    #[arg(long)]
    pub no_decode: bool,
    #[command(flatten)]
    pub output: OutputArgs,
}

#[derive(Debug, Args)]
pub struct DlqReplayArgs {
    /// Dead-letter topic
    #[arg(add = ArgValueCandidates::new(topic_names))]
    pub dlq: String,

    #[command(flatten)]
    pub select: DlqSelectArgs,

    /// Send to TOPIC instead of the detected original topic (required for entries without one)
    #[arg(long, value_name = "TOPIC")]
    pub to: Option<String>,

    /// Park, instead of replaying, entries already replayed this many times (loop guard)
    #[arg(long, value_name = "N", default_value_t = 1)]
    pub max_replays: u32,

    /// Copy parked entries to TOPIC (without it they are only listed in the report)
    #[arg(long, value_name = "TOPIC")]
    pub park_topic: Option<String>,

    /// Send the records (without it, only the plan is shown)
    #[arg(long)]
    pub execute: bool,

    /// Do not ask for confirmation on a terminal
    #[arg(short = 'y', long)]
    pub yes: bool,

    /// Choose the entries from a list showing their errors (needs a terminal)
    #[arg(short = 'i', long)]
    pub interactive: bool,

    /// Send at most N records per second
    #[arg(long, value_name = "N", value_parser = flags::rate)]
    pub rate: Option<Rate>,

    /// Where the scan for earlier replays starts: earliest, or a TIME (beginning, 1h or -1h ago, epoch ms, RFC 3339, a date) [default: 10m before the oldest selected entry]
    #[arg(long, value_name = "TIME", allow_hyphen_values = true, value_parser = parse_scan_from)]
    pub scan_from: Option<ScanFrom>,

    /// After the first scan, wait this long for records a killed earlier run still had in flight, then scan again
    #[arg(long, value_name = "DURATION", default_value = "2s", value_parser = flags::duration)]
    pub settle: Duration,

    /// Send in Kafka transactions (transactional.id kctl-dlq-replay.DLQ), fencing a killed earlier run; needs broker support
    #[arg(long)]
    pub transactions: bool,

    #[command(flatten)]
    pub output: OutputArgs,
}

#[derive(Debug, Subcommand)]
pub enum AclsCommand {
    /// List the cluster's ACLs, optionally only those of a principal, resource or operation
    #[command(after_help = examples::ACLS_LIST)]
    List(AclsListArgs),
    /// Create ACLs: a dry run unless --execute
    #[command(after_help = examples::ACLS_CREATE)]
    Create(AclsChangeArgs),
    /// Delete ACLs: a dry run unless --execute
    #[command(after_help = examples::ACLS_DELETE)]
    Delete(AclsChangeArgs),
    /// Would PRINCIPAL be allowed OPERATION on RESOURCE, and which ACL decides (exit 3 when denied)
    #[command(after_help = examples::ACLS_CHECK)]
    Check(AclsCheckArgs),
}

#[derive(Debug, Args)]
pub struct AclsListArgs {
    /// Only ACLs of this principal (e.g. User:inspection-svc)
    #[arg(long, value_name = "PRINCIPAL")]
    pub principal: Option<String>,

    /// Only ACLs that apply to this resource, TYPE:NAME (literal, prefixed and wildcard patterns)
    #[arg(long, value_name = "TYPE:NAME")]
    pub resource: Option<Resource>,

    /// Only ACLs for this operation (read, write, describe, ...)
    #[arg(long, value_name = "OPERATION")]
    pub operation: Option<Operation>,

    #[command(flatten)]
    pub output: OutputArgs,
}

#[derive(Debug, Args)]
pub struct AclsChangeArgs {
    /// Principal, TYPE:NAME (e.g. User:inspection-svc)
    #[arg(long, value_name = "PRINCIPAL")]
    pub principal: String,

    /// Resource, TYPE:NAME: topic, group, cluster, transactional_id, delegation_token or user
    #[arg(long, value_name = "TYPE:NAME")]
    pub resource: Resource,

    /// How the resource name matches: literal or prefixed
    #[arg(long, value_name = "PATTERN", default_value = "literal")]
    pub pattern: PatternType,

    /// Operation (repeatable): all, read, write, create, delete, alter, describe, cluster_action, describe_configs, alter_configs, idempotent_write, create_tokens, describe_tokens
    #[arg(long = "operation", value_name = "OPERATION", required = true)]
    pub operations: Vec<Operation>,

    /// allow or deny
    #[arg(long, value_name = "PERMISSION", default_value = "allow")]
    pub permission: Permission,

    /// Client host the ACL applies to
    #[arg(long, value_name = "HOST", default_value = "*")]
    pub host: String,

    /// Make the change (without it, only show what would change)
    #[arg(long)]
    pub execute: bool,

    /// Do not ask for confirmation on a terminal
    #[arg(short = 'y', long)]
    pub yes: bool,

    #[command(flatten)]
    pub output: OutputArgs,
}

#[derive(Debug, Args)]
pub struct AclsCheckArgs {
    /// Principal, TYPE:NAME (e.g. User:inspection-svc)
    pub principal: String,

    /// Operation: read, write, describe, ...
    pub operation: Operation,

    /// Resource, TYPE:NAME (e.g. topic:inspection.lifecycle, group:analytics, cluster)
    pub resource: Resource,

    /// Check the ACLs this topics file declares instead of the cluster's
    #[arg(short = 'f', long = "file", value_name = "FILE")]
    pub file: Option<PathBuf>,

    /// The client's host (`*`: a client from a host no host-specific ACL names)
    #[arg(long, value_name = "HOST", default_value = "*")]
    pub host: String,

    #[command(flatten)]
    pub output: OutputArgs,
}

#[derive(Debug, Subcommand)]
pub enum UsersCommand {
    /// Users with SCRAM credentials: mechanisms and iterations (never a secret)
    #[command(after_help = examples::USERS_LIST)]
    List(OutputArgs),
    /// Set a user's SCRAM password (the password from --password-env, --password-file or a prompt)
    #[command(after_help = examples::USERS_CREATE)]
    Create(UsersCreateArgs),
    /// Delete a user's SCRAM credentials: a dry run unless --execute
    #[command(after_help = examples::USERS_DELETE)]
    Delete(UsersDeleteArgs),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ScramMechanismArg {
    #[value(name = "SCRAM-SHA-256")]
    ScramSha256,
    #[value(name = "SCRAM-SHA-512")]
    ScramSha512,
}

#[derive(Debug, Args)]
pub struct UsersCreateArgs {
    /// User name (the principal is User:NAME)
    pub name: String,

    /// SCRAM mechanism
    #[arg(long, value_enum, default_value = "SCRAM-SHA-512")]
    pub mechanism: ScramMechanismArg,

    /// PBKDF2 iterations (Kafka accepts 4096 to 16384)
    #[arg(long, value_name = "N", default_value_t = 8192, value_parser = clap::value_parser!(i32).range(4096..=16384))]
    pub iterations: i32,

    /// Name of the environment variable holding the password
    #[arg(long, value_name = "VAR", conflicts_with = "password_file")]
    pub password_env: Option<String>,

    /// File holding the password (its first line)
    #[arg(long, value_name = "FILE")]
    pub password_file: Option<PathBuf>,

    /// Replace the password of a user that already has a credential for this mechanism
    #[arg(long)]
    pub replace: bool,
}

#[derive(Debug, Args)]
pub struct UsersDeleteArgs {
    /// User name
    pub name: String,

    /// Delete only this mechanism's credential [default: every mechanism the user has]
    #[arg(long, value_enum)]
    pub mechanism: Option<ScramMechanismArg>,

    /// Delete (without it, only show what would be deleted)
    #[arg(long)]
    pub execute: bool,

    /// Do not ask for confirmation on a terminal
    #[arg(short = 'y', long)]
    pub yes: bool,
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

/// What a dynamic completion looks up on the live cluster or registry.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NameKind {
    Topics,
    Groups,
    Subjects,
    Contexts,
}

/// Set by `main` to the function that looks names up (in `commands`: this
/// module may not reach a cluster). Unset, nothing is completed.
pub static NAME_LOOKUP: std::sync::OnceLock<fn(NameKind) -> Vec<String>> =
    std::sync::OnceLock::new();

fn names(kind: NameKind) -> Vec<CompletionCandidate> {
    NAME_LOOKUP
        .get()
        .map(|f| f(kind))
        .unwrap_or_default()
        .into_iter()
        .map(CompletionCandidate::new)
        .collect()
}

fn topic_names() -> Vec<CompletionCandidate> {
    names(NameKind::Topics)
}

fn group_names() -> Vec<CompletionCandidate> {
    names(NameKind::Groups)
}

fn subject_names() -> Vec<CompletionCandidate> {
    names(NameKind::Subjects)
}

fn context_names() -> Vec<CompletionCandidate> {
    names(NameKind::Contexts)
}

/// The examples that end each command's `--help`.
mod examples {
    pub const COMPLETIONS: &str = "Examples:\n  kctl completions bash > /etc/bash_completion.d/kctl\n  kctl completions zsh > \"${fpath[1]}/_kctl\"\n  kctl completions fish > ~/.config/fish/completions/kctl.fish";
    pub const PLAN: &str = "Examples:\n  kctl plan                                   # ./topics.yaml\n  kctl plan -f topics.yaml --context staging -o json\n  kctl plan --prune --prune-prefix inspection.";
    pub const APPLY: &str = "Examples:\n  kctl apply                                  # plan, confirm, execute\n  kctl apply -f topics.yaml --yes             # in CI\n  kctl apply --prune --prune-prefix inspection. --yes";
    pub const EXPORT: &str = "Examples:\n  kctl export -d adopted/ && kctl plan -f adopted/topics.yaml\n  kctl export --stdout --topics '^inspection\\.'\n  kctl export -d adopted/ --all-versions --no-acls";
    pub const LAG: &str = "Examples:\n  kctl lag\n  kctl lag billing --topic orders --fail-above 1000\n  kctl lag --watch --fail-above 1000 --for 5m\n  kctl lag -o prometheus > /var/lib/node_exporter/kctl_lag.prom";
    pub const TAIL: &str = "Examples:\n  kctl tail orders -n 10\n  kctl tail orders -F -o json | jq .value\n  kctl tail orders --from 1h --where 'value.status==SHIPPED' -H source=web";
    pub const PRODUCE: &str = "Examples:\n  kctl produce orders < events.ndjson\n  kctl produce orders --value '{\"id\": 7}' --key order-7\n  kctl produce orders --generate 1000 --seed 42 --rate 200";
    pub const CLUSTER_INFO: &str = "Examples:\n  kctl cluster info\n  kctl cluster info -o json | jq .controller_id\n  kctl --context prod cluster info";
    pub const CLUSTER_HEALTH: &str = "Examples:\n  kctl cluster health                       # exit 0 healthy, 3 unhealthy, 1 could not tell\n  kctl cluster health --expect-brokers 3 --lag-above 1000 -o prometheus > health.prom\n  kctl cluster health --watch --lag-above 1000 --lag-for 5m";
    pub const BROKERS_LIST: &str =
        "Examples:\n  kctl brokers list\n  kctl brokers list -o json | jq '.[] | {id, size_bytes}'";
    pub const BROKERS_DESCRIBE: &str = "Examples:\n  kctl brokers describe 1\n  kctl brokers describe 1 --changed      # only what server.properties or a dynamic update set";
    pub const TOPICS_LIST: &str = "Examples:\n  kctl topics list\n  kctl topics list '^inspection\\.' --sizes\n  kctl topics list --all -o json";
    pub const TOPICS_CREATE: &str = "Examples:\n  kctl topics create orders --partitions 6 --replication-factor 3 --set retention.ms=7d\n  kctl topics create a b c --dry-run\n  kctl topics create orders.dlq --set cleanup.policy=compact --yes";
    pub const TOPICS_DELETE: &str = "Examples:\n  kctl topics delete orders.old                  # shows the plan, asks\n  kctl topics delete tmp.a tmp.b --yes           # in a script\n  kctl topics delete orders.old --dry-run";
    pub const TOPICS_ALTER_CONFIG: &str = "Examples:\n  kctl topics alter-config orders --set retention.ms=3d\n  kctl topics alter-config orders --delete retention.ms --yes\n  kctl topics alter-config a b --set min.insync.replicas=2 --dry-run";
    pub const GROUPS_DELETE: &str = "Examples:\n  kctl groups delete old-billing                  # shows the plan, asks\n  kctl groups delete tmp-a tmp-b --yes\n  kctl groups delete old-billing --dry-run -o json";
    pub const GROUPS_DELETE_OFFSETS: &str = "Examples:\n  kctl groups delete-offsets billing --topic orders.old --yes\n  kctl groups delete-offsets billing --topic orders:0,1 --dry-run";
    pub const CONFIG_SET_CONTEXT: &str = "Examples:\n  kctl config set-context prod -b kafka-1.prod:9092 --registry https://sr.prod\n  kctl config set-context prod --sasl-mechanism PLAIN --sasl-username ops --sasl-password-env PW\n  kctl config set-context prod --timeout 30s -X security.protocol=SASL_SSL";
    pub const CONFIG_DELETE_CONTEXT: &str = "Examples:\n  kctl config delete-context old-staging\n  kctl config get-contexts && kctl config delete-context tmp";
    pub const CONFIG_RENAME_CONTEXT: &str = "Examples:\n  kctl config rename-context staging staging-eu\n  kctl config rename-context prod production && kctl config get-contexts";
    pub const TOPICS_DESCRIBE: &str = "Examples:\n  kctl topics describe inspection.lifecycle\n  kctl topics describe --regex '\\.dlq$' -o json\n  kctl topics describe orders payments";
    pub const CONFIG_GETCONTEXTS: &str =
        "Examples:\n  kctl config get-contexts\n  kctl config get-contexts -o json";
    pub const CONFIG_USECONTEXT: &str = "Examples:\n  kctl config use-context staging\n  kctl config use-context prod && kctl cluster info";
    pub const CONFIG_VIEW: &str =
        "Examples:\n  kctl config view\n  kctl config view -o json | jq '.contexts | keys'";
    pub const SCHEMA_LIST: &str =
        "Examples:\n  kctl schema list\n  kctl schema list --prefix inspection. -o json";
    pub const SCHEMA_GET: &str = "Examples:\n  kctl schema get inspection.lifecycle-value\n  kctl schema get inspection.lifecycle-value --version 2\n  kctl schema get --id 42";
    pub const SCHEMA_REGISTER: &str = "Examples:\n  kctl schema register inspection.lifecycle-value schemas/lifecycle.avsc\n  kctl schema register orders-value order.avsc --reference Customer=customer-value:1";
    pub const SCHEMA_CHECK: &str = "Examples:\n  kctl schema check inspection.lifecycle-value schemas/lifecycle.avsc\n  kctl schema check orders-value order.avsc -o json";
    pub const SCHEMA_COMPAT: &str = "Examples:\n  kctl schema compat                          # the global level\n  kctl schema compat orders-value FULL\n  kctl schema compat BACKWARD                 # set the global level";
    pub const SCHEMA_DIFF: &str = "Examples:\n  kctl schema diff orders-value order.avsc\n  kctl schema diff orders-value order.avsc --version 1 -o json";
    pub const SCHEMA_DELETE: &str = "Examples:\n  kctl schema delete orders-value                 # soft delete, asks first\n  kctl schema delete orders-value --permanent --yes";
    pub const GROUPS_LIST: &str = "Examples:\n  kctl groups list\n  kctl groups list -o json";
    pub const GROUPS_DESCRIBE: &str =
        "Examples:\n  kctl groups describe billing\n  kctl groups describe billing -o yaml";
    pub const GROUPS_RESETOFFSETS: &str = "Examples:\n  kctl groups reset-offsets billing --topic orders --to earliest          # dry run\n  kctl groups reset-offsets billing --topic orders:0,1 --to 1h --execute\n  kctl groups reset-offsets billing --topic orders --to 2026-11-24T10:00:00Z --execute";
    pub const DLQ_INSPECT: &str = "Examples:\n  kctl dlq inspect orders.DLT\n  kctl dlq inspect orders.DLT --since 1d -o json";
    pub const DLQ_SHOW: &str = "Examples:\n  kctl dlq show orders.DLT --limit 5\n  kctl dlq show orders.DLT -p 0 --offset 10..20 -o json";
    pub const DLQ_REPLAY: &str = "Examples:\n  kctl dlq replay orders.DLT                         # dry run: the plan\n  kctl dlq replay orders.DLT --error-class IllegalState --since 2h --execute\n  kctl dlq replay legacy.dlq --to orders --rate 50 --execute --yes";
    pub const ACLS_LIST: &str =
        "Examples:\n  kctl acls list\n  kctl acls list --principal User:analytics-svc -o json";
    pub const ACLS_CREATE: &str = "Examples:\n  kctl acls create --principal User:x --resource topic:orders --operation read   # dry run\n  kctl acls create --principal User:x --resource topic:orders --operation write --execute";
    pub const ACLS_DELETE: &str = "Examples:\n  kctl acls delete --principal User:x --resource topic:orders --operation read   # dry run\n  kctl acls delete --principal User:x --resource topic:orders --operation read --execute --yes";
    pub const ACLS_CHECK: &str = "Examples:\n  kctl acls check User:analytics-svc read topic:inspection.lifecycle\n  kctl acls check User:x write topic:orders -f topics.yaml -o json";
    pub const USERS_LIST: &str = "Examples:\n  kctl users list\n  kctl users list -o json";
    pub const USERS_CREATE: &str = "Examples:\n  KCTL_USER_PASSWORD=... kctl users create analytics-svc --password-env KCTL_USER_PASSWORD\n  kctl users create analytics-svc --password-file /run/secrets/pw --mechanism SCRAM-SHA-256";
    pub const USERS_DELETE: &str = "Examples:\n  kctl users delete analytics-svc                   # dry run\n  kctl users delete analytics-svc --execute --yes";
}
