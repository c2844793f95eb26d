//! `kctl export`, the pure part: what a cluster and its registry hold, written
//! as a kctl project (`topics.yaml` and `schemas/`) whose first `kctl plan`
//! is empty.
//!
//! Nothing here is trusted to be expressible by construction: every config
//! value is written as text and read back through the strict topics.yaml
//! parser ([`spec::parse`]), and every schema binding through the same
//! derivation `plan` uses ([`schema_plan::desired_subjects`]). What does not
//! come back identical is not written into the project: it is listed as an
//! [`Omission`] with the reason (and, for a schema, the file it was kept in
//! outside the bound directory), never dropped silently.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use serde::Serialize;
use serde_json::Value;

use crate::domain::access::Acl;
use crate::domain::duration;
use crate::domain::model::{is_internal_topic, ConfigEntry};
use crate::domain::schema_plan::{self, SchemaBinding};
use crate::domain::spec;
use crate::domain::subject::{Reference, SubjectStrategy};

/// Where bound schema files go, relative to the project directory.
pub const SCHEMA_DIR: &str = "schemas";
/// Schemas topics.yaml cannot bind, kept for the reader: a directory of its
/// own, because `plan` reads every `.avsc` file next to the bound ones.
pub const UNMANAGED_DIR: &str = "schemas/unmanaged";
/// Earlier versions (`--all-versions`): history, never bound.
pub const HISTORY_DIR: &str = "schemas/history";

/// Which topics and subjects to export. The regexes match whole names.
#[derive(Debug, Clone, Default)]
pub struct Selection {
    pub topics: Option<regex::Regex>,
    pub subjects: Option<regex::Regex>,
    pub include_internal: bool,
}

impl Selection {
    /// Compiles `pattern` anchored at both ends; the error is one line.
    pub fn anchored(pattern: &str) -> Result<regex::Regex, String> {
        let one_line = |e: regex::Error| {
            let text = e.to_string();
            text.lines()
                .find_map(|l| l.strip_prefix("error: "))
                .unwrap_or(text.lines().next().unwrap_or_default())
                .to_string()
        };
        regex::Regex::new(pattern).map_err(one_line)?;
        regex::Regex::new(&format!("^(?:{pattern})$")).map_err(one_line)
    }

    pub fn topic(&self, name: &str) -> bool {
        (self.include_internal || !is_internal_topic(name))
            && self.topics.as_ref().is_none_or(|r| r.is_match(name))
    }

    /// Subjects chosen by name: with `--subjects`, those it matches; with
    /// only `--topics`, the subjects of the selected topics (`subject_topic`
    /// gives a subject's topic under the topic name strategy); with neither,
    /// every subject.
    pub fn subject(&self, name: &str, selected_topics: &BTreeSet<String>) -> bool {
        match (&self.subjects, &self.topics) {
            (Some(r), _) => r.is_match(name),
            (None, Some(_)) => {
                subject_topic(name).is_some_and(|(t, _)| selected_topics.contains(t))
            }
            (None, None) => true,
        }
    }
}

/// `orders-value` → (`orders`, false); `orders-key` → (`orders`, true).
pub fn subject_topic(subject: &str) -> Option<(&str, bool)> {
    if let Some(t) = subject.strip_suffix("-value") {
        return (!t.is_empty()).then_some((t, false));
    }
    subject
        .strip_suffix("-key")
        .filter(|t| !t.is_empty())
        .map(|t| (t, true))
}

/// One live topic: its metadata and DescribeConfigs entries.
#[derive(Debug, Clone, PartialEq)]
pub struct LiveTopic {
    pub name: String,
    pub partitions: i32,
    pub replication_factor: i32,
    pub configs: Vec<ConfigEntry>,
    /// The distinct replica counts of its partitions, when known; more than
    /// one after a partial reassignment.
    pub replica_counts: BTreeSet<i32>,
}

/// One live subject: its latest version, and earlier ones when asked.
#[derive(Debug, Clone, PartialEq)]
pub struct LiveSubject {
    pub subject: String,
    pub version: i32,
    /// `AVRO`, `JSON` or `PROTOBUF`, as the registry names it.
    pub schema_type: String,
    pub schema: String,
    pub references: Vec<Reference>,
    /// The level set on the subject itself; `None` when it inherits.
    pub own_level: Option<String>,
    /// Earlier versions, oldest first (`--all-versions`).
    pub history: Vec<(i32, String)>,
}

/// What the registry holds for the export.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct LiveSchemas {
    pub global_level: String,
    /// Every subject fetched: the selected ones and those they reference.
    pub subjects: BTreeMap<String, LiveSubject>,
    /// Subjects chosen by the selection (the others were fetched only
    /// because a chosen one references them).
    pub chosen: BTreeSet<String>,
    /// Referenced subjects the registry did not return, with its answer.
    pub missing: BTreeMap<String, String>,
}

/// Where and when, for the header comment.
#[derive(Debug, Clone, Default)]
pub struct Source {
    pub bootstrap: String,
    pub cluster_id: Option<String>,
    pub context: Option<String>,
    pub registry: Option<String>,
    /// RFC 3339, UTC.
    pub exported_at: String,
}

/// Something live the project does not reproduce, and why.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Omission {
    /// `topic "orders" config "x"`, `subject "orders-value"`, ...
    pub what: String,
    pub reason: String,
    /// The file that holds it anyway, relative to the project directory.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub kept_in: Option<PathBuf>,
}

/// The project to write.
#[derive(Debug, Clone)]
pub struct Project {
    pub topics_yaml: String,
    /// Schema files, relative to the project directory, with their text.
    pub files: Vec<(PathBuf, String)>,
    pub omissions: Vec<Omission>,
    pub topics: usize,
    /// Subjects `plan` will find identical (bound or referenced).
    pub subjects: usize,
    /// ACLs the `access:` block holds.
    pub acls: usize,
}

/// A topic as it will be written.
#[derive(Debug, Clone, Default)]
struct TopicOut {
    name: String,
    partitions: i32,
    replication_factor: i32,
    /// Kafka key → the YAML text of its value, each proven to parse back to
    /// the broker's value.
    configs: BTreeMap<String, String>,
    value_schema: Option<PathBuf>,
    key_schema: Option<PathBuf>,
    compatibility: Option<String>,
}

/// The export of `topics`, `schemas` (`None`: no bindings) and `acls`
/// (`None`: no `access:` block). Errors only when the result would not parse
/// back, which is a bug here.
pub fn export(
    topics: &[LiveTopic],
    schemas: Option<&LiveSchemas>,
    acls: Option<&[Acl]>,
    source: &Source,
) -> Result<Project, String> {
    let mut omissions = Vec::new();
    let mut outs: Vec<TopicOut> = Vec::with_capacity(topics.len());
    for t in topics {
        outs.push(topic_out(t, &mut omissions));
    }
    outs.sort_by(|a, b| a.name.cmp(&b.name));
    let mut files = Vec::new();
    let mut subjects = 0;
    if let Some(live) = schemas {
        let names: BTreeSet<String> = outs.iter().map(|t| t.name.clone()).collect();
        let s = schemas_out(live, &names)?;
        for t in outs.iter_mut() {
            if let Some(b) = s.bindings.get(&t.name) {
                t.key_schema = b.key.clone();
                t.value_schema = b.value.clone();
                t.compatibility = b.compatibility.clone();
            }
        }
        files = s.files;
        subjects = s.managed;
        omissions.extend(s.omissions);
    }
    let mut text = render(&outs, source);
    let mut acl_count = 0;
    if let Some(live) = acls {
        let a = access::access_block(live);
        if !a.yaml.is_empty() {
            text.push_str(
                "\n# The live ACLs: services where a principal holds exactly a role's ACLs.\n",
            );
            text.push_str(&a.yaml);
        }
        acl_count = a.acls;
        omissions.extend(a.omissions);
    }
    verify(&text, &outs)?;
    Ok(Project {
        topics_yaml: text,
        files,
        omissions,
        topics: outs.len(),
        subjects,
        acls: acl_count,
    })
}

// ---------------------------------------------------------------------------
// Topics

/// A config the topic holds itself, as `plan` counts it (a broker-wide or
/// built-in default is left out).
fn is_topic_override(e: &ConfigEntry) -> bool {
    !e.is_default && (e.source == "DynamicTopic" || e.source == "Unknown")
}

fn topic_out(t: &LiveTopic, omissions: &mut Vec<Omission>) -> TopicOut {
    if t.replica_counts.len() > 1 {
        let counts: Vec<String> = t.replica_counts.iter().map(i32::to_string).collect();
        omissions.push(Omission {
            what: format!("topic {:?} replication factor", t.name),
            reason: format!(
                "its partitions have {} replicas; topics.yaml holds one replication factor per \
                 topic (written: {}, partition 0's, which plan compares)",
                counts.join(" and "),
                t.replication_factor
            ),
            kept_in: None,
        });
    }
    let mut configs = BTreeMap::new();
    for e in t.configs.iter().filter(|e| is_topic_override(e)) {
        let what = format!("topic {:?} config {:?}", t.name, e.name);
        let Some(raw) = e.value.as_deref() else {
            omissions.push(Omission {
                what,
                reason: "the broker does not reveal sensitive values".into(),
                kept_in: None,
            });
            continue;
        };
        match config_text(&e.name, raw) {
            Ok(text) => {
                configs.insert(e.name.clone(), text);
            }
            Err(reason) => omissions.push(Omission {
                what: format!("{what} = {raw:?}"),
                reason,
                kept_in: None,
            }),
        }
    }
    TopicOut {
        name: t.name.clone(),
        partitions: t.partitions,
        replication_factor: t.replication_factor,
        configs,
        ..TopicOut::default()
    }
}

/// The text to write for `key: raw`, in human units where exact, proven to
/// read back as the broker's value; else why the file cannot hold it.
fn config_text(key: &str, raw: &str) -> Result<String, String> {
    let want = spec::canonical_value(key, raw);
    let mut candidates = Vec::new();
    if let Ok(n) = want.parse::<i64>() {
        if spec::is_millis_config(key) && n >= 0 {
            candidates.push(human_millis(n as u64));
        } else if key.ends_with(".bytes") && n > 0 {
            if let Some(s) = format_bytes(n) {
                candidates.push(s);
            }
        }
    }
    candidates.push(yaml_scalar(&want));
    if want != raw.trim() {
        candidates.push(yaml_scalar(raw.trim()));
    }
    // Quoted, for text YAML would read as something else (`null`, `*`).
    candidates.push(serde_json::to_string(&want).unwrap_or_default());
    let mut last = String::new();
    for text in candidates {
        match probe(key, &text) {
            Ok(got) if got == want => return Ok(text),
            Ok(got) => last = format!("it reads back as {got:?}, not {want:?}"),
            Err(e) => last = e,
        }
    }
    Err(format!("topics.yaml cannot hold it: {last}"))
}

/// Milliseconds in the largest exact unit, but days rather than weeks:
/// operators write retention as `7d` or `14d`.
fn human_millis(ms: u64) -> String {
    const WEEK: u64 = 604_800_000;
    let text = duration::format_millis(ms);
    match text.strip_suffix('w') {
        Some(_) => format!("{}d", ms / (WEEK / 7)),
        None => text,
    }
}

/// Bytes in the largest binary unit that divides them exactly (`1GiB`).
fn format_bytes(n: i64) -> Option<String> {
    const UNITS: [(&str, i64); 4] = [
        ("TiB", 1 << 40),
        ("GiB", 1 << 30),
        ("MiB", 1 << 20),
        ("KiB", 1 << 10),
    ];
    UNITS
        .iter()
        .find(|(_, per)| n % per == 0)
        .map(|(u, per)| format!("{}{u}", n / per))
}

/// What the strict parser makes of `key: text` (canonical value), or its
/// message without the position.
fn probe(key: &str, text: &str) -> Result<String, String> {
    let mut doc = String::from("probe:\n  partitions: 1\n  replication_factor: 1\n");
    doc.push_str(&setting_lines(key, text, "  "));
    let file = Path::new("export-probe.yaml");
    // serde_norway prefixes the path of the node (`probe.config: ...`),
    // which means nothing to the reader.
    let message = |errors: spec::SpecErrors| {
        let messages: Vec<String> = errors
            .0
            .into_iter()
            .map(|e| match e.message.split_once(": ") {
                Some((path, rest)) if path.starts_with("probe.") => rest.to_string(),
                _ => e.message,
            })
            .collect();
        messages.join("; ")
    };
    let parsed = spec::parse(&doc, file).map_err(message)?;
    let s = parsed.resolve(None).map_err(message)?;
    s.topics
        .first()
        .and_then(|t| t.configs.get(key).cloned())
        .ok_or_else(|| format!("the parser does not keep {key:?}"))
}

/// The YAML lines for one config: `cleanup.policy` and a retention with a
/// unit as their own fields, the rest under `config:` (the caller groups the
/// `config:` lines; here each gets its own block for probing).
fn setting_lines(key: &str, text: &str, indent: &str) -> String {
    match field_for(key, text) {
        Some(field) => format!("{indent}{field}: {text}\n"),
        None => format!("{indent}config:\n{indent}  {key}: {text}\n"),
    }
}

/// The dedicated field a config is written as, if any.
fn field_for(key: &str, text: &str) -> Option<&'static str> {
    match key {
        "cleanup.policy" => Some("cleanup_policy"),
        "retention.ms" if text.ends_with(|c: char| c.is_ascii_alphabetic()) => Some("retention"),
        _ => None,
    }
}

/// A scalar as YAML: plain when it cannot be misread, else double-quoted
/// (JSON's escapes are a subset of YAML's).
fn yaml_scalar(s: &str) -> String {
    let plain = !s.is_empty()
        && s.chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '_' | '-' | ','))
        && !s.starts_with(['-', '.', ','])
        && !s.ends_with(',')
        || s.parse::<i64>().is_ok()
        || s.parse::<f64>().is_ok_and(f64::is_finite)
            && !s.contains(|c: char| c.is_ascii_alphabetic());
    if plain {
        s.to_string()
    } else {
        serde_json::to_string(s).unwrap_or_else(|_| format!("{s:?}"))
    }
}

/// A topic name as a YAML key: plain unless YAML would read it as something
/// other than that string.
fn yaml_key(name: &str) -> String {
    let special = matches!(
        name.to_ascii_lowercase().as_str(),
        "true" | "false" | "yes" | "no" | "on" | "off" | "y" | "n" | "null" | "~"
    );
    let plain = name.starts_with(|c: char| c.is_ascii_alphabetic() || c == '_')
        && !special
        && name
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '_' | '-'));
    if plain {
        name.to_string()
    } else {
        format!("'{name}'")
    }
}

// ---------------------------------------------------------------------------
// Schemas

#[derive(Debug, Clone, Default)]
struct BindingOut {
    key: Option<PathBuf>,
    value: Option<PathBuf>,
    compatibility: Option<String>,
}

struct SchemasOut {
    bindings: BTreeMap<String, BindingOut>,
    files: Vec<(PathBuf, String)>,
    omissions: Vec<Omission>,
    managed: usize,
}

#[derive(Debug, Clone, PartialEq)]
enum Role {
    /// `<topic>-value` / `-key` of an exported topic.
    Bound {
        topic: String,
        is_key: bool,
    },
    /// Registered under its own name because bound subjects reference it.
    Referenced,
    Unmanaged(String),
}

fn extension(schema_type: &str) -> &'static str {
    match schema_type {
        "AVRO" => "avsc",
        "JSON" => "json",
        "PROTOBUF" => "proto",
        _ => "txt",
    }
}

/// A subject name as a file name: characters outside `[A-Za-z0-9._-]`
/// become `_`, and a clash gets a numeric suffix.
fn file_stem(subject: &str, taken: &mut BTreeSet<String>) -> String {
    let mut base: String = subject
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || matches!(c, '.' | '_' | '-') {
                c
            } else {
                '_'
            }
        })
        .collect();
    if base.is_empty() || base.starts_with('.') {
        base.insert(0, '_');
    }
    let mut stem = base.clone();
    let mut n = 2;
    while !taken.insert(stem.to_ascii_lowercase()) {
        stem = format!("{base}~{n}");
        n += 1;
    }
    stem
}

/// JSON pretty-printed (attribute order kept); other text as is.
fn file_text(schema_type: &str, text: &str) -> String {
    let mut out = match schema_type {
        "AVRO" | "JSON" => serde_json::from_str::<Value>(text)
            .ok()
            .and_then(|v| serde_json::to_string_pretty(&v).ok())
            .unwrap_or_else(|| text.to_string()),
        _ => text.to_string(),
    };
    if !out.ends_with('\n') {
        out.push('\n');
    }
    out
}

fn schemas_out(live: &LiveSchemas, topics: &BTreeSet<String>) -> Result<SchemasOut, String> {
    let mut roles: BTreeMap<&str, Role> = BTreeMap::new();
    let mut omissions = Vec::new();
    for (name, reason) in &live.missing {
        omissions.push(Omission {
            what: format!("subject {name:?}"),
            reason: format!("it is referenced, but the registry did not return it: {reason}"),
            kept_in: None,
        });
    }
    // 1. A first role by name and type.
    for (name, s) in &live.subjects {
        let role = if !matches!(s.schema_type.as_str(), "AVRO" | "JSON" | "PROTOBUF") {
            Role::Unmanaged(format!(
                "it is a {} schema; topics.yaml binds Avro, JSON Schema and Protobuf only",
                s.schema_type
            ))
        } else if s.schema_type == "PROTOBUF"
            && crate::domain::protobuf::descriptor_from_base64(&s.schema).is_some()
        {
            Role::Unmanaged(
                "it is registered as a serialized Protobuf descriptor (base64, as Confluent's \
                 serializers register), which kctl export cannot write as a .proto file"
                    .into(),
            )
        } else {
            match subject_topic(name) {
                Some((t, is_key)) if topics.contains(t) => Role::Bound {
                    topic: t.to_string(),
                    is_key,
                },
                Some((t, _)) if live.chosen.contains(name) => Role::Unmanaged(format!(
                    "topic {t:?} is not exported (absent from the cluster or outside the \
                     selection), and topics.yaml binds a schema through its topic"
                )),
                _ => Role::Referenced,
            }
        };
        roles.insert(name, role);
    }
    // 2. Narrow down until stable: references must resolve to managed
    //    subjects at their latest version, a referenced-only subject must be
    //    referenced, and each binding must derive exactly the live subjects.
    let stems = stems(live);
    let paths = managed_paths(live, &stems);
    loop {
        let mut changed = false;
        let managed = |roles: &BTreeMap<&str, Role>, n: &str| {
            roles
                .get(n)
                .is_some_and(|r| !matches!(r, Role::Unmanaged(_)))
        };
        let mut verdicts: Vec<(&str, String)> = Vec::new();
        for (name, s) in &live.subjects {
            if !managed(&roles, name) {
                continue;
            }
            for r in &s.references {
                let reason = match live.subjects.get(&r.subject) {
                    None => Some(format!(
                        "it references subject {:?}, which is not exported",
                        r.subject
                    )),
                    Some(_) if !managed(&roles, &r.subject) => Some(format!(
                        "it references subject {:?}, which is not exported as code",
                        r.subject
                    )),
                    Some(target) if target.version != r.version => Some(format!(
                        "it references version {} of subject {:?}, but topics.yaml references \
                         the version it binds, the latest ({})",
                        r.version, r.subject, target.version
                    )),
                    Some(_) => None,
                };
                if let Some(reason) = reason {
                    verdicts.push((name, reason));
                    break;
                }
            }
        }
        let referenced: BTreeSet<&str> = live
            .subjects
            .iter()
            .filter(|(n, _)| managed(&roles, n))
            .flat_map(|(_, s)| s.references.iter().map(|r| r.subject.as_str()))
            .collect();
        for (name, role) in &roles {
            if *role == Role::Referenced && !referenced.contains(name) {
                verdicts.push((
                    name,
                    "it is not tied to an exported topic by the topic name strategy \
                     (<topic>-value or <topic>-key) nor referenced by a subject that is; \
                     topics.yaml binds schemas through topics"
                        .into(),
                ));
            }
        }
        if verdicts.is_empty() {
            verdicts = check_bindings(live, &roles, &paths);
        }
        for (name, reason) in verdicts {
            if managed(&roles, name) {
                roles.insert(name, Role::Unmanaged(reason));
                changed = true;
            }
        }
        if !changed {
            break;
        }
    }

    verify_schemas(live, &roles, &paths)?;

    // 3. Files, bindings and levels.
    let mut files = Vec::new();
    let mut bindings: BTreeMap<String, BindingOut> = BTreeMap::new();
    let mut managed = 0;
    let mut levels: BTreeMap<&str, Vec<&LiveSubject>> = BTreeMap::new();
    for (name, s) in &live.subjects {
        let stem = &stems[name.as_str()];
        let ext = extension(&s.schema_type);
        let role = &roles[name.as_str()];
        let path = match role {
            Role::Unmanaged(_) => Path::new(UNMANAGED_DIR).join(format!("{stem}.{ext}")),
            _ => paths[name.as_str()].clone(),
        };
        files.push((path.clone(), file_text(&s.schema_type, &s.schema)));
        for (v, text) in &s.history {
            files.push((
                Path::new(HISTORY_DIR)
                    .join(stem)
                    .join(format!("v{v}.{ext}")),
                file_text(&s.schema_type, text),
            ));
        }
        match role {
            Role::Unmanaged(reason) => omissions.push(Omission {
                what: format!("subject {name:?}"),
                reason: reason.clone(),
                kept_in: Some(path),
            }),
            Role::Bound { topic, is_key } => {
                managed += 1;
                let b = bindings.entry(topic.clone()).or_default();
                if *is_key {
                    b.key = Some(path);
                } else {
                    b.value = Some(path);
                }
                levels.entry(topic).or_default().push(s);
            }
            Role::Referenced => {
                managed += 1;
                if let Some(level) = s.own_level.as_ref().filter(|l| **l != live.global_level) {
                    omissions.push(Omission {
                        what: format!("compatibility {level} of subject {name:?}"),
                        reason: "topics.yaml sets levels through topics, and no topic binds this \
                                 subject (it is registered because others reference it)"
                            .into(),
                        kept_in: None,
                    });
                }
            }
        }
    }
    // A topic's `compatibility:` applies to its key and value subjects alike.
    for (topic, subjects) in levels {
        let first = subjects[0].own_level.clone();
        if first.is_some() && subjects.iter().all(|s| s.own_level == first) {
            bindings.entry(topic.to_string()).or_default().compatibility = first;
            continue;
        }
        for s in subjects {
            if let Some(level) = s.own_level.as_ref().filter(|l| **l != live.global_level) {
                omissions.push(Omission {
                    what: format!("compatibility {level} of subject {:?}", s.subject),
                    reason: format!(
                        "topic {topic:?}'s `compatibility:` applies to its key and value \
                         subjects alike, and they have different levels"
                    ),
                    kept_in: None,
                });
            }
        }
    }
    Ok(SchemasOut {
        bindings,
        files,
        omissions,
        managed,
    })
}

fn stems(live: &LiveSchemas) -> BTreeMap<&str, String> {
    let mut taken = BTreeSet::new();
    live.subjects
        .keys()
        .map(|n| (n.as_str(), file_stem(n, &mut taken)))
        .collect()
}

/// Where each subject's file goes when it is managed: `schemas/<stem>.<ext>`,
/// except for a JSON Schema or Protobuf subject other subjects reference,
/// which goes where their `$ref` or `import` finds it: `schemas/<name>`, the
/// one name every reference to it uses (a file name for JSON Schema, a
/// relative path for Protobuf). Any other case keeps the stem, and the
/// derivation check then says why it cannot be managed.
fn managed_paths<'a>(
    live: &'a LiveSchemas,
    stems: &BTreeMap<&str, String>,
) -> BTreeMap<&'a str, PathBuf> {
    let mut names: BTreeMap<&str, BTreeSet<&str>> = BTreeMap::new();
    for s in live.subjects.values() {
        for r in &s.references {
            names
                .entry(r.subject.as_str())
                .or_default()
                .insert(r.name.as_str());
        }
    }
    let mut out = BTreeMap::new();
    let mut taken = BTreeSet::new();

    // Reference-named files first, so that a stem never takes their place.
    for (name, s) in &live.subjects {
        let Some(only) = names.get(name.as_str()).filter(|n| n.len() == 1) else {
            continue;
        };
        let r = only.iter().next().copied().unwrap_or_default();
        let fits = match s.schema_type.as_str() {
            "JSON" => r.ends_with(".json") && !r.contains(['/', '\\', ':']),
            "PROTOBUF" => {
                r.ends_with(".proto")
                    && !r.starts_with('/')
                    && !r.contains(['\\', ':'])
                    && r.split('/').all(|c| !c.is_empty() && c != "." && c != "..")
            }
            _ => false,
        };
        if fits && taken.insert(r.to_ascii_lowercase()) {
            out.insert(name.as_str(), Path::new(SCHEMA_DIR).join(r));
        }
    }
    for (name, s) in &live.subjects {
        if out.contains_key(name.as_str()) {
            continue;
        }
        let ext = extension(&s.schema_type);
        let stem = &stems[name.as_str()];
        // A reference-named file may have the stem's name: a suffix then.
        let mut file = format!("{stem}.{ext}");
        let mut n = 2;
        while !taken.insert(file.to_ascii_lowercase()) {
            file = format!("{stem}~{n}.{ext}");
            n += 1;
        }
        out.insert(name.as_str(), Path::new(SCHEMA_DIR).join(file));
    }
    out
}

/// Whether `plan`'s schema text and the registry's are the same schema:
/// JSON compared parsed, `.proto` text as written.
fn same_schema(schema_type: &str, derived: &str, live: &str) -> bool {
    match schema_type {
        "PROTOBUF" => derived.trim_end() == live.trim_end(),
        _ => {
            serde_json::from_str::<Value>(derived).ok() == serde_json::from_str::<Value>(live).ok()
        }
    }
}

/// Runs `plan`'s own derivation on each binding, with the files that would
/// be written, and names the subjects whose derivation differs from what
/// the registry holds.
fn check_bindings<'a>(
    live: &'a LiveSchemas,
    roles: &BTreeMap<&'a str, Role>,
    paths: &BTreeMap<&str, PathBuf>,
) -> Vec<(&'a str, String)> {
    let path_of = |n: &str| paths[n].clone();
    let mut files = BTreeMap::new();
    for (name, role) in roles {
        if !matches!(role, Role::Unmanaged(_)) {
            let s = &live.subjects[*name];
            files.insert(path_of(name), file_text(&s.schema_type, &s.schema));
        }
    }
    let mut out = Vec::new();
    for (name, role) in roles {
        let Role::Bound { topic, is_key } = role else {
            continue;
        };
        let binding = SchemaBinding {
            topic: topic.clone(),
            is_key: *is_key,
            files: vec![path_of(name)],
            strategy: SubjectStrategy::Topic,
            compatibility: None,
        };
        let desired = match schema_plan::desired_subjects(&[binding], &files) {
            Ok(d) => d,
            Err(e) => {
                out.push((
                    *name,
                    format!("kctl plan could not derive it from the file: {e}"),
                ));
                continue;
            }
        };
        for d in &desired {
            let Some(s) = live.subjects.get(&d.subject) else {
                out.push((
                    *name,
                    format!(
                        "from the files kctl would also register subject {:?}, which the registry does not hold",
                        d.subject
                    ),
                ));
                break;
            };
            let same_schema = same_schema(&s.schema_type, &d.schema, &s.schema);
            let want: Vec<(&str, &str)> = s
                .references
                .iter()
                .map(|r| (r.name.as_str(), r.subject.as_str()))
                .collect();
            let got: Vec<(&str, &str)> = d
                .references
                .iter()
                .map(|r| (r.name.as_str(), r.subject.as_str()))
                .collect();
            let blame = if roles.get(d.subject.as_str()) == Some(role) {
                *name
            } else {
                live.subjects
                    .get_key_value(&d.subject)
                    .map(|(k, _)| k.as_str())
                    .unwrap_or(name)
            };
            if !same_schema {
                out.push((
                    blame,
                    "kctl plan would read a different schema from the file".into(),
                ));
                break;
            }
            if want != got {
                out.push((
                    blame,
                    format!(
                        "its references ({}) differ from those kctl derives from the files ({}); \
                         kctl names each referenced subject once, by the first type used from it",
                        list_refs(&want),
                        list_refs(&got)
                    ),
                ));
                break;
            }
        }
    }
    out
}

/// All bindings together derive exactly the managed subjects (each binding
/// alone was checked; this catches two bindings that disagree).
fn verify_schemas(
    live: &LiveSchemas,
    roles: &BTreeMap<&str, Role>,
    paths: &BTreeMap<&str, PathBuf>,
) -> Result<(), String> {
    let path_of = |n: &str| paths[n].clone();
    let mut files = BTreeMap::new();
    let mut bindings = Vec::new();
    let mut managed = BTreeSet::new();
    for (name, role) in roles {
        if matches!(role, Role::Unmanaged(_)) {
            continue;
        }
        managed.insert(name.to_string());
        let s = &live.subjects[*name];
        files.insert(path_of(name), file_text(&s.schema_type, &s.schema));
        if let Role::Bound { topic, is_key } = role {
            bindings.push(SchemaBinding {
                topic: topic.clone(),
                is_key: *is_key,
                files: vec![path_of(name)],
                strategy: SubjectStrategy::Topic,
                compatibility: None,
            });
        }
    }
    let desired = schema_plan::desired_subjects(&bindings, &files)
        .map_err(|e| format!("the exported schemas do not derive as a whole: {e}"))?;
    let derived: BTreeSet<String> = desired.into_iter().map(|d| d.subject).collect();
    if derived != managed {
        return Err(format!(
            "the exported schemas derive subjects {:?}, not {:?} (a bug in kctl export)",
            derived, managed
        ));
    }
    Ok(())
}

fn list_refs(refs: &[(&str, &str)]) -> String {
    if refs.is_empty() {
        return "none".into();
    }
    refs.iter()
        .map(|(n, s)| format!("{n} from {s}"))
        .collect::<Vec<_>>()
        .join(", ")
}

// ---------------------------------------------------------------------------
// Rendering and the final proof

fn render(topics: &[TopicOut], source: &Source) -> String {
    let mut out = String::new();
    out.push_str("# Exported by `kctl export`: the live topics");
    if source.registry.is_some() {
        out.push_str(" and schemas");
    }
    out.push_str(" as code.\n");
    out.push_str(&format!(
        "# Cluster: {} (bootstrap {}{})\n",
        source.cluster_id.as_deref().unwrap_or("id unknown"),
        source.bootstrap,
        source
            .context
            .as_deref()
            .map(|c| format!(", context {c}"))
            .unwrap_or_default()
    ));
    if let Some(r) = &source.registry {
        out.push_str(&format!("# Schema Registry: {r}\n"));
    }
    out.push_str(&format!("# Exported at {}.\n", source.exported_at));
    out.push_str(
        "# Configs are each topic's own (dynamic) configs; broker defaults are left out.\n",
    );
    out.push_str(
        "# `kctl plan -f` on this file reports no change against the cluster it came from.\n\n",
    );

    let defaults = common(topics);
    if !defaults.is_empty() {
        out.push_str("defaults:\n");
        out.push_str(&body(&defaults, "  "));
        out.push('\n');
    }
    let (reserved, plain): (Vec<&TopicOut>, Vec<&TopicOut>) = topics.iter().partition(|t| {
        matches!(
            t.name.as_str(),
            "access" | "defaults" | "overrides" | "topics"
        )
    });
    for t in plain {
        entry(&mut out, &yaml_key(&t.name), &own(t, &defaults), "");
    }
    if !reserved.is_empty() {
        out.push_str("\n# Topics named like reserved keys.\ntopics:\n");
        for t in reserved {
            entry(&mut out, &yaml_key(&t.name), &own(t, &defaults), "  ");
        }
    }
    out
}

/// Settings as written in one place: each `None` means "not here".
#[derive(Debug, Default)]
struct Block {
    partitions: Option<i32>,
    replication_factor: Option<i32>,
    configs: BTreeMap<String, String>,
    key_schema: Option<PathBuf>,
    value_schema: Option<PathBuf>,
    compatibility: Option<String>,
}

impl Block {
    fn is_empty(&self) -> bool {
        self.partitions.is_none() && self.replication_factor.is_none() && self.configs.is_empty()
    }
}

/// What moves to `defaults:`: the partition count and replication factor
/// most topics share (over half), and a config every topic sets (to the
/// value over half of them hold). A config some topics leave at the broker
/// default stays on the topics that set it: topics.yaml has no way to unset
/// a default for one topic.
fn common(topics: &[TopicOut]) -> Block {
    let n = topics.len();
    let mut b = Block::default();
    if n < 2 {
        return b;
    }
    fn majority<T: Ord + Clone>(values: impl Iterator<Item = T>, n: usize) -> Option<T> {
        let mut counts: BTreeMap<T, usize> = BTreeMap::new();
        for v in values {
            *counts.entry(v).or_default() += 1;
        }
        counts.into_iter().find(|(_, c)| c * 2 > n).map(|(v, _)| v)
    }
    b.partitions = majority(topics.iter().map(|t| t.partitions), n);
    b.replication_factor = majority(topics.iter().map(|t| t.replication_factor), n);
    let keys: BTreeSet<&String> = topics.iter().flat_map(|t| t.configs.keys()).collect();
    for key in keys {
        if topics.iter().all(|t| t.configs.contains_key(key)) {
            if let Some(v) = majority(topics.iter().map(|t| t.configs[key].clone()), n) {
                b.configs.insert(key.clone(), v);
            }
        }
    }
    b
}

/// A topic's own block: what differs from `defaults`.
fn own(t: &TopicOut, defaults: &Block) -> Block {
    Block {
        partitions: (defaults.partitions != Some(t.partitions)).then_some(t.partitions),
        replication_factor: (defaults.replication_factor != Some(t.replication_factor))
            .then_some(t.replication_factor),
        configs: t
            .configs
            .iter()
            .filter(|(k, v)| defaults.configs.get(*k) != Some(*v))
            .map(|(k, v)| (k.clone(), v.clone()))
            .collect(),
        key_schema: t.key_schema.clone(),
        value_schema: t.value_schema.clone(),
        compatibility: t.compatibility.clone(),
    }
}

/// `name:` and its settings; `name: {}` when everything comes from
/// `defaults` (the entry must stay to declare the topic).
fn entry(out: &mut String, key: &str, b: &Block, indent: &str) {
    let inner = body(b, &format!("{indent}  "));
    if inner.is_empty() {
        out.push_str(&format!("{indent}{key}: {{}}\n"));
    } else {
        out.push_str(&format!("{indent}{key}:\n{inner}"));
    }
}

fn body(b: &Block, indent: &str) -> String {
    let mut out = String::new();
    if let Some(p) = b.partitions {
        out.push_str(&format!("{indent}partitions: {p}\n"));
    }
    if let Some(r) = b.replication_factor {
        out.push_str(&format!("{indent}replication_factor: {r}\n"));
    }
    let mut config = String::new();
    for (k, v) in &b.configs {
        match field_for(k, v) {
            Some(field) => out.push_str(&format!("{indent}{field}: {v}\n")),
            None => config.push_str(&format!("{indent}  {k}: {v}\n")),
        }
    }
    if !config.is_empty() {
        out.push_str(&format!("{indent}config:\n{config}"));
    }
    for (field, path) in [
        ("key_schema", &b.key_schema),
        ("value_schema", &b.value_schema),
    ] {
        if let Some(p) = path {
            let p = p.to_string_lossy().replace('\\', "/");
            out.push_str(&format!("{indent}{field}: {}\n", yaml_scalar_path(&p)));
        }
    }
    if let Some(c) = &b.compatibility {
        out.push_str(&format!("{indent}compatibility: {c}\n"));
    }
    out
}

fn yaml_scalar_path(p: &str) -> String {
    if p.chars()
        .all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '_' | '-' | '/'))
    {
        p.to_string()
    } else {
        serde_json::to_string(p).unwrap_or_else(|_| format!("{p:?}"))
    }
}

/// Parses the text as `plan` will and checks that every topic comes back
/// with the partitions, replication factor, configs and bindings written.
fn verify(text: &str, topics: &[TopicOut]) -> Result<(), String> {
    if topics.is_empty() {
        return Ok(());
    }
    let file = Path::new("topics.yaml");
    let parsed =
        spec::parse(text, file).map_err(|e| format!("the exported file does not parse: {e}"))?;
    let spec = parsed
        .resolve(None)
        .map_err(|e| format!("the exported file does not resolve: {e}"))?;
    let by_name: BTreeMap<&str, &spec::TopicSpec> =
        spec.topics.iter().map(|t| (t.name.as_str(), t)).collect();
    for t in topics {
        let Some(s) = by_name.get(t.name.as_str()) else {
            return Err(format!(
                "topic {:?} is missing from the exported file",
                t.name
            ));
        };
        let want: BTreeMap<String, String> = t
            .configs
            .iter()
            .map(|(k, v)| (k.clone(), probe(k, v).unwrap_or_default()))
            .collect();
        let paths = |p: &Option<PathBuf>| -> Vec<PathBuf> { p.iter().cloned().collect() };
        if s.partitions != t.partitions
            || i32::from(s.replication_factor) != t.replication_factor
            || s.configs != want
            || s.key_schema != paths(&t.key_schema)
            || s.value_schema != paths(&t.value_schema)
            || s.compatibility != t.compatibility
        {
            return Err(format!(
                "topic {:?} does not read back as exported (a bug in kctl export)",
                t.name
            ));
        }
    }
    if spec.topics.len() != topics.len() {
        return Err("the exported file declares other topics than exported".into());
    }
    Ok(())
}

pub mod access;

#[cfg(test)]
mod tests;
