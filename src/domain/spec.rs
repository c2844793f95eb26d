//! topics.yaml: the desired topics, parsed strictly.
//!
//! The file is a YAML map from topic name to settings, exactly as the services
//! kctl serves already write it:
//!
//! ```yaml
//! inspection.lifecycle:
//!   partitions: 12
//!   replication_factor: 3
//!   retention_ms: 2592000000  # 30 days
//!   cleanup_policy: delete
//! ```
//!
//! Three top-level keys are reserved: `defaults` (settings every topic
//! inherits), `overrides` (named blocks, e.g. one per kctl context, that change
//! settings for one environment) and `topics` (an optional map of more topics,
//! for names that collide with the reserved words). Precedence, lowest first:
//! `defaults`, the topic, the override block's `defaults`, the override block's
//! entry for the topic.
//!
//! Every error names `file:line:column` and what was expected. Values are
//! validated inside the visitors of small newtypes so that serde_norway attaches
//! the position of the offending node; errors that span several nodes (a
//! setting missing after merging, an override naming an undeclared topic) are
//! located afterwards by re-reading the document up to the node concerned
//! ([`locate`]).

use std::collections::{BTreeMap, HashSet};
use std::fmt;
use std::path::{Path, PathBuf};

use serde::de::{self, DeserializeSeed, Deserializer, IgnoredAny, MapAccess, SeqAccess, Visitor};
use serde::{Deserialize, Serialize};

use crate::domain::duration;

// ---------------------------------------------------------------------------
// Public model

/// How Schema Registry subjects are named for a topic's schemas.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum SubjectStrategy {
    /// `<topic>-value` / `<topic>-key`: one schema per topic (the default).
    #[default]
    Topic,
    /// `<record full name>`: several record types may share the topic.
    Record,
    /// `<topic>-<record full name>`.
    TopicRecord,
}

/// One topic as the file wants it, after `defaults` and the selected override
/// block have been merged in.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct TopicSpec {
    pub name: String,
    pub partitions: i32,
    pub replication_factor: i16,
    /// Every topic config the file sets (including `retention_ms`/`retention`
    /// and `cleanup_policy`), keyed by Kafka's name, values in canonical form
    /// (see [`canonical_value`]).
    pub configs: BTreeMap<String, String>,
    /// Schema bindings, parsed and validated here but acted on elsewhere.
    /// Value schema files (`value_schema:`), resolved relative to the
    /// topics.yaml file. More than one only with the `record` or
    /// `topic_record` subject strategy.
    pub value_schema: Vec<PathBuf>,
    /// Key schema files (`key_schema:`), resolved like `value_schema`.
    pub key_schema: Vec<PathBuf>,
    /// `subject_strategy:` (default `topic`).
    pub subject_strategy: SubjectStrategy,
    /// `compatibility:`, one of Schema Registry's levels (`BACKWARD`, ...).
    pub compatibility: Option<String>,
}

/// The desired state for one environment.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Spec {
    pub file: PathBuf,
    /// The override block applied, if any.
    pub overrides: Option<String>,
    /// Topics in file order.
    pub topics: Vec<TopicSpec>,
}

/// A parse or validation error with its position (`line` 0 when unknown).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SpecError {
    pub file: PathBuf,
    pub line: usize,
    pub column: usize,
    pub message: String,
}

impl fmt::Display for SpecError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.line > 0 {
            write!(
                f,
                "{}:{}:{}: {}",
                self.file.display(),
                self.line,
                self.column,
                self.message
            )
        } else {
            write!(f, "{}: {}", self.file.display(), self.message)
        }
    }
}

impl std::error::Error for SpecError {}

/// A parsed topics.yaml: every layer validated, every override block checked
/// to resolve cleanly.
#[derive(Debug, Clone)]
pub struct TopicsFile {
    file: PathBuf,
    text: String,
    base: Layer,
    overrides: Vec<(String, Layer)>,
}

/// Parses and validates `text`, read from `file` (used in messages and to
/// resolve schema paths).
pub fn parse(text: &str, file: &Path) -> Result<TopicsFile, SpecError> {
    let err_at = |e: serde_norway::Error| yaml_error(file, e);
    let mut base: Layer = LayerSeed {
        prefix: Vec::new(),
        mode: LayerKind::Root,
        declared: None,
    }
    .deserialize(serde_norway::Deserializer::from_str(text))
    .map_err(err_at)?;
    let overrides = std::mem::take(&mut base.overrides);
    let tf = TopicsFile {
        file: file.to_path_buf(),
        text: text.to_string(),
        base,
        overrides,
    };
    if tf.base.topics.is_empty() {
        return Err(tf.error_at(
            &[],
            "no topics declared: expected a map from topic name to settings".into(),
        ));
    }
    let declared: HashSet<&str> = tf.base.topics.iter().map(|t| t.name.as_str()).collect();
    for (name, layer) in &tf.overrides {
        for t in &layer.topics {
            if !declared.contains(t.name.as_str()) {
                return Err(tf.error_at(
                    &t.path,
                    format!(
                        "override block {name:?} names topic {:?}, which the file does not declare",
                        t.name
                    ),
                ));
            }
        }
    }
    tf.check_collisions()?;
    tf.resolve(None)?;
    for (name, _) in &tf.overrides {
        tf.resolve(Some(name))?;
    }
    Ok(tf)
}

impl TopicsFile {
    /// Names of the override blocks, in file order.
    pub fn override_names(&self) -> Vec<&str> {
        self.overrides.iter().map(|(n, _)| n.as_str()).collect()
    }

    pub fn has_override(&self, name: &str) -> bool {
        self.overrides.iter().any(|(n, _)| n == name)
    }

    /// The desired topics with the override block `overrides` applied. Errors
    /// when the block does not exist.
    pub fn resolve(&self, overrides: Option<&str>) -> Result<Spec, SpecError> {
        let layer = match overrides {
            None => None,
            Some(name) => Some(
                self.overrides
                    .iter()
                    .find(|(n, _)| n == name)
                    .map(|(_, l)| l)
                    .ok_or_else(|| SpecError {
                        file: self.file.clone(),
                        line: 0,
                        column: 0,
                        message: format!(
                            "no override block {name:?} (the file has: {})",
                            list_or_none(&self.override_names())
                        ),
                    })?,
            ),
        };
        let mut topics = Vec::with_capacity(self.base.topics.len());
        for topic in &self.base.topics {
            let mut layers: Vec<&Fields> = vec![&self.base.defaults, topic];
            if let Some(l) = layer {
                layers.push(&l.defaults);
                if let Some(t) = l.topics.iter().find(|t| t.name == topic.name) {
                    layers.push(t);
                }
            }
            topics.push(self.merge(topic, &layers, overrides)?);
        }
        Ok(Spec {
            file: self.file.clone(),
            overrides: overrides.map(str::to_string),
            topics,
        })
    }

    fn merge(
        &self,
        topic: &Fields,
        layers: &[&Fields],
        overrides: Option<&str>,
    ) -> Result<TopicSpec, SpecError> {
        let ctx = || match overrides {
            Some(o) => format!(" (with override block {o:?})"),
            None => String::new(),
        };
        let mut partitions = None;
        let mut rf = None;
        let mut configs = BTreeMap::new();
        let mut value_schema: Option<(&Fields, &Vec<String>)> = None;
        let mut key_schema: Option<(&Fields, &Vec<String>)> = None;
        let mut strategy: Option<(&Fields, SubjectStrategy)> = None;
        let mut compatibility = None;
        for f in layers {
            partitions = f.partitions.or(partitions);
            rf = f.replication_factor.or(rf);
            for (k, v) in &f.configs {
                configs.insert(k.clone(), v.clone());
            }
            if let Some(v) = &f.value_schema {
                value_schema = Some((f, v));
            }
            if let Some(v) = &f.key_schema {
                key_schema = Some((f, v));
            }
            if let Some(s) = f.subject_strategy {
                strategy = Some((f, s));
            }
            if let Some(c) = &f.compatibility {
                compatibility = Some(c.clone());
            }
        }
        let Some(partitions) = partitions else {
            return Err(self.error_at(
                &topic.path,
                format!(
                    "topic {:?} has no partitions{}: set `partitions` on the topic or under `defaults`",
                    topic.name,
                    ctx()
                ),
            ));
        };
        let Some(rf) = rf else {
            return Err(self.error_at(
                &topic.path,
                format!(
                    "topic {:?} has no replication_factor{}: set it on the topic or under `defaults`",
                    topic.name,
                    ctx()
                ),
            ));
        };
        let subject_strategy = strategy.map(|(_, s)| s).unwrap_or_default();
        if subject_strategy == SubjectStrategy::Topic {
            for (field, schemas) in [("value_schema", value_schema), ("key_schema", key_schema)] {
                if let Some((origin, paths)) = schemas {
                    if paths.len() > 1 {
                        let mut at = origin.path.clone();
                        at.push(field.into());
                        return Err(self.error_at(
                            &at,
                            format!(
                                "topic {:?}: {field} lists {} schemas, but the `topic` subject \
                                 strategy allows one; set `subject_strategy: record` or `topic_record`",
                                topic.name,
                                paths.len()
                            ),
                        ));
                    }
                }
            }
        }
        let dir = self.file.parent().unwrap_or(Path::new(""));
        let resolve = |s: Option<(&Fields, &Vec<String>)>| -> Vec<PathBuf> {
            s.map(|(_, paths)| paths.iter().map(|p| dir.join(p)).collect())
                .unwrap_or_default()
        };
        Ok(TopicSpec {
            name: topic.name.clone(),
            partitions,
            replication_factor: rf,
            configs,
            value_schema: resolve(value_schema),
            key_schema: resolve(key_schema),
            subject_strategy,
            compatibility,
        })
    }

    /// Kafka refuses a topic whose name differs from an existing one only by
    /// `.` versus `_` (they collide in metric names); so does kctl, up front.
    fn check_collisions(&self) -> Result<(), SpecError> {
        let mut seen: BTreeMap<String, &str> = BTreeMap::new();
        for t in &self.base.topics {
            let key = t.name.replace('.', "_");
            if let Some(first) = seen.insert(key, &t.name) {
                return Err(self.error_at(
                    &t.path,
                    format!(
                        "topic {:?} collides with {first:?}: Kafka treats '.' and '_' alike in \
                         metric names and refuses to hold both",
                        t.name
                    ),
                ));
            }
        }
        Ok(())
    }

    fn error_at(&self, path: &[String], message: String) -> SpecError {
        let (line, column) = locate(&self.text, path).unwrap_or((1, 1));
        SpecError {
            file: self.file.clone(),
            line,
            column,
            message,
        }
    }
}

fn list_or_none(names: &[&str]) -> String {
    if names.is_empty() {
        "none".into()
    } else {
        names.join(", ")
    }
}

/// Turns a serde_norway error into `file:line:column: message`, dropping the
/// library's own " at line N column M" suffix.
fn yaml_error(file: &Path, e: serde_norway::Error) -> SpecError {
    let (line, column) = e
        .location()
        .map(|l| (l.line(), l.column()))
        .unwrap_or((0, 0));
    let mut message = e.to_string();
    if let Some(i) = message.rfind(" at line ") {
        let tail = &message[i + " at line ".len()..];
        if tail
            .split(" column ")
            .all(|n| !n.is_empty() && n.chars().all(|c| c.is_ascii_digit()))
        {
            message.truncate(i);
        }
    }
    SpecError {
        file: file.to_path_buf(),
        line,
        column,
        message,
    }
}

// ---------------------------------------------------------------------------
// Layers: the root, and each override block

#[derive(Debug, Clone, Default)]
struct Layer {
    defaults: Fields,
    topics: Vec<Fields>,
    /// Only on the root layer, moved out by `parse`.
    overrides: Vec<(String, Layer)>,
}

/// Settings as written in one place (a topic, `defaults`, or an override
/// entry); `None` means "not set here".
#[derive(Debug, Clone, Default)]
struct Fields {
    name: String,
    /// Keys leading to this entry in the document, for locating errors.
    path: Vec<String>,
    partitions: Option<i32>,
    replication_factor: Option<i16>,
    configs: BTreeMap<String, String>,
    value_schema: Option<Vec<String>>,
    key_schema: Option<Vec<String>>,
    subject_strategy: Option<SubjectStrategy>,
    compatibility: Option<String>,
}

/// Where a map of topics sits, which decides the reserved keys it accepts.
#[derive(Clone, Copy, PartialEq, Eq)]
enum LayerKind {
    /// The document root: `defaults`, `overrides`, `topics` and topic names.
    Root,
    /// An override block: `defaults`, `topics` and topic names.
    Override,
    /// A `topics:` block: topic names only.
    Topics,
}

impl LayerKind {
    fn reserved(self) -> &'static [&'static str] {
        match self {
            LayerKind::Root => &["defaults", "overrides", "topics"],
            LayerKind::Override => &["defaults", "topics"],
            LayerKind::Topics => &[],
        }
    }
}

struct LayerSeed<'a> {
    prefix: Vec<String>,
    mode: LayerKind,
    /// Names already declared (shared with a nested `topics:` block).
    declared: Option<&'a mut HashSet<String>>,
}

impl<'de> DeserializeSeed<'de> for LayerSeed<'_> {
    type Value = Layer;
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<Layer, D::Error> {
        d.deserialize_map(self)
    }
}

impl<'de> Visitor<'de> for LayerSeed<'_> {
    type Value = Layer;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a map from topic name to settings")
    }

    fn visit_unit<E: de::Error>(self) -> Result<Layer, E> {
        Ok(Layer::default())
    }

    fn visit_map<A: MapAccess<'de>>(mut self, mut map: A) -> Result<Layer, A::Error> {
        let mut own = HashSet::new();
        let declared = match self.declared.take() {
            Some(d) => d,
            None => &mut own,
        };
        let mut layer = Layer::default();
        let mut reserved_seen = HashSet::new();
        while let Some(key) = map.next_key_seed(KeySeed {
            mode: self.mode,
            declared: &*declared,
            reserved_seen: &reserved_seen,
        })? {
            let mut path = self.prefix.clone();
            match key {
                Key::Reserved(word) => {
                    reserved_seen.insert(word);
                    path.push(word.into());
                    match word {
                        "defaults" => {
                            let mut f: Fields = map.next_value()?;
                            f.name = "defaults".into();
                            f.path = path;
                            layer.defaults = f;
                        }
                        "topics" => {
                            let nested = map.next_value_seed(LayerSeed {
                                prefix: path,
                                mode: LayerKind::Topics,
                                declared: Some(&mut *declared),
                            })?;
                            layer.topics.extend(nested.topics);
                        }
                        _ => {
                            layer.overrides = map.next_value_seed(OverridesSeed { path })?;
                        }
                    }
                }
                Key::Topic(name) => {
                    let mut f: Fields = map.next_value()?;
                    path.push(name.clone());
                    f.name = name.clone();
                    f.path = path;
                    declared.insert(name);
                    layer.topics.push(f);
                }
            }
        }
        Ok(layer)
    }
}

enum Key {
    Reserved(&'static str),
    Topic(String),
}

struct KeySeed<'a> {
    mode: LayerKind,
    declared: &'a HashSet<String>,
    reserved_seen: &'a HashSet<&'static str>,
}

impl<'de> DeserializeSeed<'de> for KeySeed<'_> {
    type Value = Key;
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<Key, D::Error> {
        d.deserialize_str(self)
    }
}

impl<'de> Visitor<'de> for KeySeed<'_> {
    type Value = Key;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a topic name")
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<Key, E> {
        // A `topics:` block holds only topic names, reserved words included.
        if let Some(word) = self.mode.reserved().iter().copied().find(|w| *w == v) {
            if self.reserved_seen.contains(word) {
                return Err(E::custom(format!("duplicate key `{word}`")));
            }
            return Ok(Key::Reserved(word));
        }
        validate_topic_name(v).map_err(E::custom)?;
        if self.declared.contains(v) {
            return Err(E::custom(format!("topic {v:?} is declared twice")));
        }
        Ok(Key::Topic(v.to_string()))
    }
}

/// Validates a topic name as Kafka does: 1 to 249 characters from
/// `[a-zA-Z0-9._-]`, and not `.` or `..`.
pub fn validate_topic_name(name: &str) -> Result<(), String> {
    if name.is_empty() {
        return Err("invalid topic name \"\": expected 1 to 249 characters".into());
    }
    if name == "." || name == ".." {
        return Err(format!(
            "invalid topic name {name:?}: Kafka does not allow \".\" or \"..\""
        ));
    }
    if let Some(c) = name
        .chars()
        .find(|c| !(c.is_ascii_alphanumeric() || matches!(c, '.' | '_' | '-')))
    {
        return Err(format!(
            "invalid topic name {name:?}: character {c:?} is not allowed \
             (expected letters, digits, '.', '_' and '-')"
        ));
    }
    // Only ASCII is left, so slicing by bytes is safe.
    if name.len() > 249 {
        return Err(format!(
            "invalid topic name {:?}...: {} characters, Kafka allows at most 249",
            &name[..20],
            name.len()
        ));
    }
    Ok(())
}

struct OverridesSeed {
    path: Vec<String>,
}

impl<'de> DeserializeSeed<'de> for OverridesSeed {
    type Value = Vec<(String, Layer)>;
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<Self::Value, D::Error> {
        d.deserialize_map(self)
    }
}

impl<'de> Visitor<'de> for OverridesSeed {
    type Value = Vec<(String, Layer)>;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a map from override name (e.g. a kctl context) to settings")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
        let mut out: Vec<(String, Layer)> = Vec::new();
        while let Some(name) = map.next_key_seed(OverrideNameSeed {
            seen: out.iter().map(|(n, _)| n.as_str()).collect(),
        })? {
            let mut path = self.path.clone();
            path.push(name.clone());
            let layer = map.next_value_seed(LayerSeed {
                prefix: path,
                mode: LayerKind::Override,
                declared: None,
            })?;
            out.push((name, layer));
        }
        Ok(out)
    }
}

struct OverrideNameSeed<'a> {
    seen: HashSet<&'a str>,
}

impl<'de> DeserializeSeed<'de> for OverrideNameSeed<'_> {
    type Value = String;
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<String, D::Error> {
        d.deserialize_str(self)
    }
}

impl<'de> Visitor<'de> for OverrideNameSeed<'_> {
    type Value = String;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("an override block name")
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<String, E> {
        if v.trim().is_empty() {
            return Err(E::custom("empty override block name"));
        }
        if self.seen.contains(v) {
            return Err(E::custom(format!("override block {v:?} is declared twice")));
        }
        Ok(v.to_string())
    }
}

// ---------------------------------------------------------------------------
// One entry's fields

/// The raw shape of an entry: unknown fields are errors, each value validated
/// by its own type.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawFields {
    #[serde(default, deserialize_with = "present")]
    partitions: Option<Partitions>,
    #[serde(default, deserialize_with = "present")]
    replication_factor: Option<ReplicationFactor>,
    #[serde(default, deserialize_with = "present")]
    retention_ms: Option<Retention>,
    #[serde(default, deserialize_with = "present")]
    retention: Option<Retention>,
    #[serde(default, deserialize_with = "present")]
    cleanup_policy: Option<CleanupPolicy>,
    #[serde(default, deserialize_with = "present")]
    config: Option<ConfigMap>,
    #[serde(default, deserialize_with = "present")]
    value_schema: Option<SchemaPaths>,
    #[serde(default, deserialize_with = "present")]
    key_schema: Option<SchemaPaths>,
    #[serde(default, deserialize_with = "present")]
    subject_strategy: Option<Strategy>,
    #[serde(default, deserialize_with = "present")]
    compatibility: Option<Compatibility>,
}

/// A field that is present must hold a value: `partitions: ~` is an error, not
/// "unset".
fn present<'de, D: Deserializer<'de>, T: Deserialize<'de>>(d: D) -> Result<Option<T>, D::Error> {
    T::deserialize(d).map(Some)
}

impl<'de> Deserialize<'de> for Fields {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_map(FieldsVisitor)
    }
}

struct FieldsVisitor;

impl<'de> Visitor<'de> for FieldsVisitor {
    type Value = Fields;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a map of topic settings (partitions, replication_factor, retention_ms, ...)")
    }

    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<Fields, A::Error> {
        // Deserializing through the same MapAccess keeps every inner error at
        // its own node; the cross-field checks below are raised inside this
        // visitor, so they carry the position of this entry.
        let raw = RawFields::deserialize(de::value::MapAccessDeserializer::new(map))?;
        let mut configs = raw.config.map(|c| c.0).unwrap_or_default();
        let retention = match (raw.retention_ms, raw.retention) {
            (Some(_), Some(_)) => {
                return Err(de::Error::custom(
                    "both `retention_ms` and `retention` are set: keep one",
                ))
            }
            (a, b) => a.or(b),
        };
        if let Some(Retention(ms)) = retention {
            if configs.contains_key("retention.ms") {
                return Err(de::Error::custom(
                    "retention is set both as a field and as `config: retention.ms`: keep one",
                ));
            }
            configs.insert("retention.ms".into(), ms.to_string());
        }
        if let Some(CleanupPolicy(p)) = raw.cleanup_policy {
            if configs.contains_key("cleanup.policy") {
                return Err(de::Error::custom(
                    "cleanup policy is set both as `cleanup_policy` and as `config: cleanup.policy`: keep one",
                ));
            }
            configs.insert("cleanup.policy".into(), p);
        }
        Ok(Fields {
            partitions: raw.partitions.map(|p| p.0),
            replication_factor: raw.replication_factor.map(|r| r.0),
            configs,
            value_schema: raw.value_schema.map(|s| s.0),
            key_schema: raw.key_schema.map(|s| s.0),
            subject_strategy: raw.subject_strategy.map(|s| s.0),
            compatibility: raw.compatibility.map(|c| c.0),
            ..Fields::default()
        })
    }
}

// Each newtype validates inside its visitor so the error points at the value.

macro_rules! int_visitor {
    ($ty:ident, $expect:literal, $check:expr) => {
        impl<'de> Deserialize<'de> for $ty {
            fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                struct V;
                impl<'de> Visitor<'de> for V {
                    type Value = $ty;
                    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                        f.write_str($expect)
                    }
                    fn visit_i64<E: de::Error>(self, v: i64) -> Result<$ty, E> {
                        let check: fn(i64) -> Option<$ty> = $check;
                        check(v).ok_or_else(|| {
                            E::custom(format!("invalid value {v}: expected {}", $expect))
                        })
                    }
                    fn visit_u64<E: de::Error>(self, v: u64) -> Result<$ty, E> {
                        match i64::try_from(v) {
                            Ok(v) => self.visit_i64(v),
                            Err(_) => Err(E::custom(format!(
                                "invalid value {v}: expected {}",
                                $expect
                            ))),
                        }
                    }
                }
                d.deserialize_any(V)
            }
        }
    };
}

struct Partitions(i32);
int_visitor!(
    Partitions,
    "a whole number of partitions, at least 1",
    |v| (1..=i32::MAX as i64)
        .contains(&v)
        .then_some(Partitions(v as i32))
);

struct ReplicationFactor(i16);
int_visitor!(
    ReplicationFactor,
    "a replication factor from 1 to 32767",
    |v| (1..=i16::MAX as i64)
        .contains(&v)
        .then_some(ReplicationFactor(v as i16))
);

/// `retention_ms` / `retention`: milliseconds, `-1` for unlimited, or a
/// duration such as `30d`.
struct Retention(i64);

impl<'de> Deserialize<'de> for Retention {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_any(ScalarVisitor::new(
            "milliseconds (-1 for unlimited) or a duration such as 30d",
            |s| canonical_millis(s, -1).map(Retention),
        ))
    }
}

/// `cleanup_policy`: `delete`, `compact`, `compact,delete` or a list of them.
struct CleanupPolicy(String);

impl<'de> Deserialize<'de> for CleanupPolicy {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = CleanupPolicy;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a cleanup policy: delete, compact, or both")
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<CleanupPolicy, E> {
                canonical_policy(v).map(CleanupPolicy).map_err(E::custom)
            }
            fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<CleanupPolicy, A::Error> {
                let mut words = Vec::new();
                while let Some(w) =
                    seq.next_element_seed(ScalarSeed::new("delete or compact", |s| match s {
                        Scalar::Str(w) => canonical_policy(w),
                        _ => Err("expected delete or compact".into()),
                    }))?
                {
                    words.push(w);
                }
                if words.is_empty() {
                    return Err(de::Error::custom(
                        "empty cleanup policy: expected delete, compact, or both",
                    ));
                }
                canonical_policy(&words.join(","))
                    .map(CleanupPolicy)
                    .map_err(de::Error::custom)
            }
        }
        d.deserialize_any(V)
    }
}

/// `value_schema` / `key_schema`: one path or a list of paths.
struct SchemaPaths(Vec<String>);

impl<'de> Deserialize<'de> for SchemaPaths {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        fn path(s: Scalar) -> Result<String, String> {
            match s {
                Scalar::Str(p) if !p.trim().is_empty() => Ok(p.to_string()),
                _ => Err("expected a schema file path, e.g. schemas/order.avsc".into()),
            }
        }
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = SchemaPaths;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a schema file path or a list of paths")
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<SchemaPaths, E> {
                path(Scalar::Str(v))
                    .map(|p| SchemaPaths(vec![p]))
                    .map_err(E::custom)
            }
            fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<SchemaPaths, A::Error> {
                let mut out = Vec::new();
                while let Some(p) =
                    seq.next_element_seed(ScalarSeed::new("a schema file path", path))?
                {
                    out.push(p);
                }
                if out.is_empty() {
                    return Err(de::Error::custom(
                        "empty list: expected at least one schema file path",
                    ));
                }
                Ok(SchemaPaths(out))
            }
        }
        d.deserialize_any(V)
    }
}

struct Strategy(SubjectStrategy);

impl<'de> Deserialize<'de> for Strategy {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_any(ScalarVisitor::new(
            "a subject strategy: topic, record or topic_record",
            |s| match s {
                Scalar::Str("topic") => Ok(Strategy(SubjectStrategy::Topic)),
                Scalar::Str("record") => Ok(Strategy(SubjectStrategy::Record)),
                Scalar::Str("topic_record") => Ok(Strategy(SubjectStrategy::TopicRecord)),
                other => Err(format!(
                    "unknown subject strategy {other}: expected topic, record or topic_record"
                )),
            },
        ))
    }
}

/// Schema Registry compatibility levels, as Confluent spells them.
use super::schema_plan::LEVELS as COMPATIBILITY_LEVELS;

struct Compatibility(String);

impl<'de> Deserialize<'de> for Compatibility {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_any(ScalarVisitor::new("a compatibility level", |s| match s {
            Scalar::Str(c) if COMPATIBILITY_LEVELS.contains(&c) => Ok(Compatibility(c.to_string())),
            other => Err(format!(
                "unknown compatibility level {other}: expected one of {}",
                COMPATIBILITY_LEVELS.join(", ")
            )),
        }))
    }
}

/// `config:`: any Kafka topic config, checked against the keys Kafka knows and
/// stored in canonical form.
struct ConfigMap(BTreeMap<String, String>);

impl<'de> Deserialize<'de> for ConfigMap {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = ConfigMap;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a map of Kafka topic configs, e.g. min.insync.replicas: 2")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<ConfigMap, A::Error> {
                let mut out = BTreeMap::new();
                while let Some(key) = map.next_key_seed(ConfigKeySeed { seen: &out })? {
                    let kind = config_kind(&key).unwrap_or(Kind::Text);
                    let value = map.next_value_seed(ScalarSeed::new(kind.expect(), |s| {
                        canonical_scalar(kind, s)
                    }))?;
                    out.insert(key, value);
                }
                Ok(ConfigMap(out))
            }
        }
        d.deserialize_map(V)
    }
}

struct ConfigKeySeed<'a> {
    seen: &'a BTreeMap<String, String>,
}

impl<'de> DeserializeSeed<'de> for ConfigKeySeed<'_> {
    type Value = String;
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<String, D::Error> {
        d.deserialize_str(self)
    }
}

impl<'de> Visitor<'de> for ConfigKeySeed<'_> {
    type Value = String;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a Kafka topic config name")
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<String, E> {
        if config_kind(v).is_none() {
            let hint = match v {
                "retention" | "retention_ms" => "; use the `retention_ms` field or `retention.ms`",
                "cleanup_policy" => "; use the `cleanup_policy` field or `cleanup.policy`",
                _ => "",
            };
            return Err(E::custom(format!(
                "unknown topic config {v:?}: expected a Kafka topic config such as retention.ms, \
                 min.insync.replicas or max.message.bytes (or a confluent./redpanda. key){hint}"
            )));
        }
        if self.seen.contains_key(v) {
            return Err(E::custom(format!("config {v:?} is set twice")));
        }
        Ok(v.to_string())
    }
}

// ---------------------------------------------------------------------------
// Scalars and canonical values

/// A YAML scalar as the visitor received it.
#[derive(Clone, Copy)]
enum Scalar<'a> {
    Bool(bool),
    Int(i64),
    UInt(u64),
    Float(f64),
    Str(&'a str),
}

impl fmt::Display for Scalar<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Scalar::Bool(b) => write!(f, "{b}"),
            Scalar::Int(i) => write!(f, "{i}"),
            Scalar::UInt(u) => write!(f, "{u}"),
            Scalar::Float(x) => write!(f, "{x}"),
            Scalar::Str(s) => write!(f, "{s:?}"),
        }
    }
}

/// Visits one scalar and converts it, raising conversion errors inside the
/// visitor so they point at the value.
struct ScalarVisitor<F> {
    expect: &'static str,
    convert: F,
}

impl<F> ScalarVisitor<F> {
    // Building through a function with the `Fn` bound lets closure arguments
    // be inferred as `Scalar<'_>` for every lifetime.
    fn new<T>(expect: &'static str, convert: F) -> Self
    where
        F: FnOnce(Scalar) -> Result<T, String>,
    {
        ScalarVisitor { expect, convert }
    }
}

impl<'de, T, F: FnOnce(Scalar) -> Result<T, String>> Visitor<'de> for ScalarVisitor<F> {
    type Value = T;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str(self.expect)
    }
    fn visit_bool<E: de::Error>(self, v: bool) -> Result<T, E> {
        (self.convert)(Scalar::Bool(v)).map_err(E::custom)
    }
    fn visit_i64<E: de::Error>(self, v: i64) -> Result<T, E> {
        (self.convert)(Scalar::Int(v)).map_err(E::custom)
    }
    fn visit_u64<E: de::Error>(self, v: u64) -> Result<T, E> {
        (self.convert)(Scalar::UInt(v)).map_err(E::custom)
    }
    fn visit_f64<E: de::Error>(self, v: f64) -> Result<T, E> {
        (self.convert)(Scalar::Float(v)).map_err(E::custom)
    }
    fn visit_str<E: de::Error>(self, v: &str) -> Result<T, E> {
        (self.convert)(Scalar::Str(v)).map_err(E::custom)
    }
}

/// [`ScalarVisitor`] as a seed, for list elements and map values.
struct ScalarSeed<F> {
    expect: &'static str,
    convert: F,
}

impl<F> ScalarSeed<F> {
    fn new<T>(expect: &'static str, convert: F) -> Self
    where
        F: FnOnce(Scalar) -> Result<T, String>,
    {
        ScalarSeed { expect, convert }
    }
}

impl<'de, T, F: FnOnce(Scalar) -> Result<T, String>> DeserializeSeed<'de> for ScalarSeed<F> {
    type Value = T;
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<T, D::Error> {
        d.deserialize_any(ScalarVisitor {
            expect: self.expect,
            convert: self.convert,
        })
    }
}

/// How a topic config's value is checked and put in canonical form.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    /// Milliseconds; human durations (`7d`) accepted. The minimum allows -1
    /// (unlimited) or -2 (local retention follows the total) where Kafka does.
    Millis {
        min: i64,
    },
    /// Bytes; binary units (`1GiB`) accepted.
    Bytes {
        min: i64,
    },
    Int {
        min: i64,
    },
    Bool,
    /// A fraction from 0 to 1.
    Ratio,
    /// `cleanup.policy`: an order-insensitive set.
    Policy,
    OneOf(&'static [&'static str]),
    Text,
}

impl Kind {
    fn expect(self) -> &'static str {
        match self {
            Kind::Millis { .. } => "milliseconds or a duration such as 7d",
            Kind::Bytes { .. } => "bytes or a binary size such as 1GiB",
            Kind::Int { .. } => "a whole number",
            Kind::Bool => "true or false",
            Kind::Ratio => "a number from 0 to 1",
            Kind::Policy => "delete, compact, or compact,delete",
            Kind::OneOf(_) => "one of the allowed values",
            Kind::Text => "a value",
        }
    }
}

const COMPRESSION: &[&str] = &["uncompressed", "zstd", "lz4", "snappy", "gzip", "producer"];
const TIMESTAMP_TYPES: &[&str] = &["CreateTime", "LogAppendTime"];

/// Apache Kafka's topic-level configs (Kafka 3.x and 4.x documentation).
const TOPIC_CONFIGS: &[(&str, Kind)] = &[
    ("cleanup.policy", Kind::Policy),
    ("compression.gzip.level", Kind::Int { min: -1 }),
    ("compression.lz4.level", Kind::Int { min: 1 }),
    ("compression.type", Kind::OneOf(COMPRESSION)),
    ("compression.zstd.level", Kind::Int { min: -131072 }),
    ("delete.retention.ms", Kind::Millis { min: 0 }),
    ("file.delete.delay.ms", Kind::Millis { min: 0 }),
    ("flush.messages", Kind::Int { min: 1 }),
    ("flush.ms", Kind::Millis { min: 0 }),
    ("follower.replication.throttled.replicas", Kind::Text),
    ("index.interval.bytes", Kind::Bytes { min: 0 }),
    ("leader.replication.throttled.replicas", Kind::Text),
    ("local.retention.bytes", Kind::Bytes { min: -2 }),
    ("local.retention.ms", Kind::Millis { min: -2 }),
    ("max.compaction.lag.ms", Kind::Millis { min: 1 }),
    ("max.message.bytes", Kind::Bytes { min: 0 }),
    ("message.downconversion.enable", Kind::Bool),
    ("message.format.version", Kind::Text),
    ("message.timestamp.after.max.ms", Kind::Millis { min: 0 }),
    ("message.timestamp.before.max.ms", Kind::Millis { min: 0 }),
    (
        "message.timestamp.difference.max.ms",
        Kind::Millis { min: 0 },
    ),
    ("message.timestamp.type", Kind::OneOf(TIMESTAMP_TYPES)),
    ("min.cleanable.dirty.ratio", Kind::Ratio),
    ("min.compaction.lag.ms", Kind::Millis { min: 0 }),
    ("min.insync.replicas", Kind::Int { min: 1 }),
    ("preallocate", Kind::Bool),
    ("remote.log.copy.disable", Kind::Bool),
    ("remote.log.delete.on.disable", Kind::Bool),
    ("remote.storage.enable", Kind::Bool),
    ("retention.bytes", Kind::Bytes { min: -1 }),
    ("retention.ms", Kind::Millis { min: -1 }),
    ("segment.bytes", Kind::Bytes { min: 14 }),
    ("segment.index.bytes", Kind::Bytes { min: 4 }),
    ("segment.jitter.ms", Kind::Millis { min: 0 }),
    ("segment.ms", Kind::Millis { min: 1 }),
    ("unclean.leader.election.enable", Kind::Bool),
];

/// Vendor extensions passed through as text (Confluent Platform/Cloud, Redpanda).
const VENDOR_PREFIXES: &[&str] = &["confluent.", "redpanda."];

fn config_kind(key: &str) -> Option<Kind> {
    TOPIC_CONFIGS
        .iter()
        .find(|(k, _)| *k == key)
        .map(|(_, kind)| *kind)
        .or_else(|| {
            VENDOR_PREFIXES
                .iter()
                .any(|p| key.starts_with(p) && key.len() > p.len())
                .then_some(Kind::Text)
        })
}

/// True for configs whose values are milliseconds (plans show them as `7d`).
pub fn is_millis_config(key: &str) -> bool {
    matches!(config_kind(key), Some(Kind::Millis { .. }))
}

/// The canonical form of a config value as a broker reports it, so that
/// `604800000` and `7d`, `compact,delete` and `delete,compact`, `TRUE` and
/// `true` compare equal. Values kctl cannot interpret are returned trimmed.
pub fn canonical_value(key: &str, raw: &str) -> String {
    let kind = config_kind(key).unwrap_or(Kind::Text);
    canonical_scalar(kind, Scalar::Str(raw.trim())).unwrap_or_else(|_| raw.trim().to_string())
}

fn canonical_scalar(kind: Kind, s: Scalar) -> Result<String, String> {
    match kind {
        Kind::Millis { min } => canonical_millis(s, min).map(|v| v.to_string()),
        Kind::Bytes { min } => canonical_bytes(s, min).map(|v| v.to_string()),
        Kind::Int { min } => {
            let v = match s {
                Scalar::Int(i) => Some(i),
                Scalar::UInt(u) => i64::try_from(u).ok(),
                Scalar::Str(t) => t.trim().parse::<i64>().ok(),
                _ => None,
            };
            match v {
                Some(v) if v >= min => Ok(v.to_string()),
                Some(v) => Err(format!("invalid value {v}: expected at least {min}")),
                None => Err(format!("invalid value {s}: expected a whole number")),
            }
        }
        Kind::Bool => match s {
            Scalar::Bool(b) => Ok(b.to_string()),
            Scalar::Str(t) if t.eq_ignore_ascii_case("true") => Ok("true".into()),
            Scalar::Str(t) if t.eq_ignore_ascii_case("false") => Ok("false".into()),
            _ => Err(format!("invalid value {s}: expected true or false")),
        },
        Kind::Ratio => {
            let v = match s {
                Scalar::Float(f) => Some(f),
                Scalar::Int(i) => Some(i as f64),
                Scalar::UInt(u) => Some(u as f64),
                Scalar::Str(t) => t.trim().parse::<f64>().ok(),
                Scalar::Bool(_) => None,
            };
            match v {
                Some(v) if (0.0..=1.0).contains(&v) => Ok(format!("{v}")),
                _ => Err(format!("invalid value {s}: expected a number from 0 to 1")),
            }
        }
        Kind::Policy => match s {
            Scalar::Str(t) => canonical_policy(t),
            _ => Err(format!(
                "invalid cleanup policy {s}: expected delete, compact, or compact,delete"
            )),
        },
        Kind::OneOf(allowed) => match s {
            Scalar::Str(t) if allowed.contains(&t) => Ok(t.to_string()),
            _ => Err(format!(
                "invalid value {s}: expected one of {}",
                allowed.join(", ")
            )),
        },
        Kind::Text => match s {
            Scalar::Str(t) => Ok(t.to_string()),
            other => Ok(other.to_string()),
        },
    }
}

/// `delete`, `compact`, or both in any order and case → `compact,delete`.
fn canonical_policy(text: &str) -> Result<String, String> {
    let mut words: Vec<String> = Vec::new();
    for w in text.split(',') {
        let w = w.trim().to_ascii_lowercase();
        if w != "delete" && w != "compact" {
            return Err(format!(
                "unknown cleanup policy {:?}: expected delete, compact, or compact,delete",
                text.trim()
            ));
        }
        if !words.contains(&w) {
            words.push(w);
        }
    }
    words.sort();
    Ok(words.join(","))
}

fn canonical_millis(s: Scalar, min: i64) -> Result<i64, String> {
    let v = match s {
        Scalar::Int(i) => Ok(i),
        Scalar::UInt(u) => i64::try_from(u).map_err(|_| format!("{u} is too large")),
        Scalar::Str(t) => {
            let t = t.trim();
            if let Ok(i) = t.parse::<i64>() {
                Ok(i)
            } else {
                duration::parse_millis(t).and_then(|ms| {
                    i64::try_from(ms).map_err(|_| format!("duration {t:?} is too large"))
                })
            }
        }
        Scalar::Float(_) | Scalar::Bool(_) => Err(format!(
            "invalid duration {s}: expected whole milliseconds or a duration such as 7d"
        )),
    }?;
    if v < min {
        return Err(format!(
            "invalid duration {v}: expected {}",
            match min {
                -1 => "-1 (unlimited) or more",
                -2 => "-2 (follow retention), -1 (unlimited) or more",
                0 => "0 or more milliseconds",
                _ => "a positive number of milliseconds",
            }
        ));
    }
    Ok(v)
}

const SIZE_UNITS: &[(&str, i64)] = &[
    ("B", 1),
    ("KiB", 1 << 10),
    ("MiB", 1 << 20),
    ("GiB", 1 << 30),
    ("TiB", 1 << 40),
];

fn canonical_bytes(s: Scalar, min: i64) -> Result<i64, String> {
    let v = match s {
        Scalar::Int(i) => Ok(i),
        Scalar::UInt(u) => i64::try_from(u).map_err(|_| format!("{u} is too large")),
        Scalar::Str(t) => parse_bytes(t.trim()),
        Scalar::Float(_) | Scalar::Bool(_) => Err(format!(
            "invalid size {s}: expected whole bytes or a binary size such as 1GiB"
        )),
    }?;
    if v < min {
        return Err(format!("invalid size {v}: expected at least {min}"));
    }
    Ok(v)
}

/// `1048576`, `512KiB`, `1GiB`. Decimal units (`1GB`) are refused: whether they
/// mean 10⁹ or 2³⁰ bytes is exactly the ambiguity canonical values avoid.
fn parse_bytes(t: &str) -> Result<i64, String> {
    if let Ok(i) = t.parse::<i64>() {
        return Ok(i);
    }
    let split = t.find(|c: char| !c.is_ascii_digit()).unwrap_or(t.len());
    let (digits, unit) = t.split_at(split);
    let unit = unit.trim();
    let Some(&(_, per)) = SIZE_UNITS.iter().find(|(u, _)| *u == unit) else {
        return Err(format!(
            "invalid size {t:?}: expected whole bytes or a number with a binary unit \
             (B, KiB, MiB, GiB, TiB), e.g. 1GiB"
        ));
    };
    let n: i64 = digits
        .parse()
        .map_err(|_| format!("invalid size {t:?}: expected a number before {unit}"))?;
    n.checked_mul(per)
        .ok_or_else(|| format!("invalid size {t:?}: too large"))
}

// ---------------------------------------------------------------------------
// Locating nodes after parsing

const LOCATE_MARKER: &str = "\u{0}kctl-locate";

/// The line and column of the key at `path` (a list of map keys from the
/// root), found by reading the document again and stopping with an error at
/// that key: serde_norway attaches the key's position to the error. `None`
/// when the path does not exist or is empty.
pub fn locate(text: &str, path: &[String]) -> Option<(usize, usize)> {
    if path.is_empty() {
        return None;
    }
    match (LocateSeed { path }).deserialize(serde_norway::Deserializer::from_str(text)) {
        Err(e) if e.to_string().contains(LOCATE_MARKER) => {
            e.location().map(|l| (l.line(), l.column()))
        }
        _ => None,
    }
}

struct LocateSeed<'a> {
    path: &'a [String],
}

impl<'de> DeserializeSeed<'de> for LocateSeed<'_> {
    type Value = ();
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<(), D::Error> {
        d.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for LocateSeed<'_> {
    type Value = ();

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("anything")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<(), A::Error> {
        let (first, rest) = self.path.split_first().expect("non-empty path");
        while let Some(hit) = map.next_key_seed(LocateKey {
            target: first,
            last: rest.is_empty(),
        })? {
            if hit {
                return map.next_value_seed(LocateSeed { path: rest });
            }
            map.next_value::<IgnoredAny>()?;
        }
        Ok(())
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<(), A::Error> {
        while seq.next_element::<IgnoredAny>()?.is_some() {}
        Ok(())
    }

    fn visit_bool<E>(self, _: bool) -> Result<(), E> {
        Ok(())
    }
    fn visit_i64<E>(self, _: i64) -> Result<(), E> {
        Ok(())
    }
    fn visit_u64<E>(self, _: u64) -> Result<(), E> {
        Ok(())
    }
    fn visit_f64<E>(self, _: f64) -> Result<(), E> {
        Ok(())
    }
    fn visit_str<E>(self, _: &str) -> Result<(), E> {
        Ok(())
    }
    fn visit_unit<E>(self) -> Result<(), E> {
        Ok(())
    }
}

struct LocateKey<'a> {
    target: &'a str,
    last: bool,
}

impl<'de> DeserializeSeed<'de> for LocateKey<'_> {
    type Value = bool;
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<bool, D::Error> {
        d.deserialize_str(self)
    }
}

impl<'de> Visitor<'de> for LocateKey<'_> {
    type Value = bool;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a key")
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<bool, E> {
        if v != self.target {
            return Ok(false);
        }
        if self.last {
            return Err(E::custom(LOCATE_MARKER));
        }
        Ok(true)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse_str(text: &str) -> Result<TopicsFile, SpecError> {
        parse(text, Path::new("dir/topics.yaml"))
    }

    fn err(text: &str) -> String {
        parse_str(text).expect_err("expected an error").to_string()
    }

    const SERVICES_FORMAT: &str = "\
inspection.lifecycle:
  partitions: 12
  replication_factor: 3
  retention_ms: 2592000000  # 30 days
  cleanup_policy: delete
";

    #[test]
    fn accepts_the_services_format_verbatim() {
        let spec = parse_str(SERVICES_FORMAT).unwrap().resolve(None).unwrap();
        assert_eq!(spec.topics.len(), 1);
        let t = &spec.topics[0];
        assert_eq!(t.name, "inspection.lifecycle");
        assert_eq!(t.partitions, 12);
        assert_eq!(t.replication_factor, 3);
        assert_eq!(t.configs["retention.ms"], "2592000000");
        assert_eq!(t.configs["cleanup.policy"], "delete");
        assert_eq!(t.subject_strategy, SubjectStrategy::Topic);
        assert!(t.value_schema.is_empty());
    }

    #[test]
    fn human_units_give_the_same_canonical_values() {
        let spec = parse_str(
            "a:\n  partitions: 1\n  replication_factor: 1\n  retention: 30d\n  config:\n    \
             segment.bytes: 1GiB\n    max.message.bytes: 1048576\n    preallocate: TRUE\n    \
             min.cleanable.dirty.ratio: 0.5\n    delete.retention.ms: 1d\n",
        )
        .unwrap()
        .resolve(None)
        .unwrap();
        let c = &spec.topics[0].configs;
        assert_eq!(c["retention.ms"], "2592000000");
        assert_eq!(c["segment.bytes"], "1073741824");
        assert_eq!(c["max.message.bytes"], "1048576");
        assert_eq!(c["preallocate"], "true");
        assert_eq!(c["min.cleanable.dirty.ratio"], "0.5");
        assert_eq!(c["delete.retention.ms"], "86400000");
    }

    #[test]
    fn cleanup_policy_is_an_order_insensitive_set() {
        for v in [
            "compact,delete",
            "delete, compact",
            "[delete, compact]",
            "[compact, delete, compact]",
        ] {
            let spec = parse_str(&format!(
                "a:\n  partitions: 1\n  replication_factor: 1\n  cleanup_policy: {v}\n"
            ))
            .unwrap()
            .resolve(None)
            .unwrap();
            assert_eq!(
                spec.topics[0].configs["cleanup.policy"], "compact,delete",
                "{v}"
            );
        }
        assert_eq!(
            canonical_value("cleanup.policy", "delete,compact"),
            "compact,delete"
        );
    }

    #[test]
    fn broker_values_are_canonicalised_like_file_values() {
        assert_eq!(canonical_value("retention.ms", "2592000000"), "2592000000");
        assert_eq!(canonical_value("retention.ms", "-1"), "-1");
        assert_eq!(canonical_value("preallocate", "FALSE"), "false");
        assert_eq!(canonical_value("min.cleanable.dirty.ratio", "0.50"), "0.5");
        assert_eq!(canonical_value("unknown.key", " x "), "x");
    }

    #[test]
    fn defaults_and_overrides_merge_in_order() {
        let text = "\
defaults:
  replication_factor: 3
  retention: 7d
  config:
    min.insync.replicas: 2
a:
  partitions: 12
  replication_factor: 3
b:
  partitions: 4
  retention: 1d
overrides:
  sandbox:
    defaults:
      replication_factor: 1
      config:
        min.insync.replicas: 1
    a:
      partitions: 2
";
        let f = parse_str(text).unwrap();
        assert_eq!(f.override_names(), vec!["sandbox"]);
        let prod = f.resolve(None).unwrap();
        assert_eq!(prod.topics[0].replication_factor, 3);
        assert_eq!(prod.topics[0].partitions, 12);
        assert_eq!(prod.topics[0].configs["retention.ms"], "604800000");
        assert_eq!(prod.topics[1].configs["retention.ms"], "86400000");
        let dev = f.resolve(Some("sandbox")).unwrap();
        assert_eq!(dev.overrides.as_deref(), Some("sandbox"));
        // The override's defaults beat the topic's own setting.
        assert_eq!(dev.topics[0].replication_factor, 1);
        assert_eq!(dev.topics[0].partitions, 2);
        assert_eq!(dev.topics[1].partitions, 4);
        assert_eq!(dev.topics[1].configs["min.insync.replicas"], "1");
        assert_eq!(dev.topics[1].configs["retention.ms"], "86400000");
        let e = f.resolve(Some("prod")).unwrap_err().to_string();
        assert!(e.contains("no override block \"prod\""), "{e}");
        assert!(e.contains("sandbox"), "{e}");
    }

    #[test]
    fn the_topics_block_allows_reserved_names() {
        let f = parse_str(
            "defaults:\n  partitions: 1\n  replication_factor: 1\ntopics:\n  defaults: {}\n  a: {}\n",
        )
        .unwrap();
        let names: Vec<String> = f
            .resolve(None)
            .unwrap()
            .topics
            .into_iter()
            .map(|t| t.name)
            .collect();
        assert_eq!(names, ["defaults", "a"]);
        let e = err("a:\n  partitions: 1\n  replication_factor: 1\ntopics:\n  a: {}\n");
        assert_eq!(
            e,
            "dir/topics.yaml:5:3: topics: topic \"a\" is declared twice"
        );
    }

    #[test]
    fn schema_bindings_are_parsed_and_resolved_relative_to_the_file() {
        let text = "\
defaults:
  partitions: 1
  replication_factor: 1
  compatibility: BACKWARD
a:
  value_schema: schemas/a.avsc
  key_schema: schemas/k.avsc
b:
  value_schema: [schemas/u.avsc, schemas/s.avsc]
  subject_strategy: record
  compatibility: FULL_TRANSITIVE
";
        let spec = parse_str(text).unwrap().resolve(None).unwrap();
        let (a, b) = (&spec.topics[0], &spec.topics[1]);
        assert_eq!(a.value_schema, [PathBuf::from("dir/schemas/a.avsc")]);
        assert_eq!(a.key_schema, [PathBuf::from("dir/schemas/k.avsc")]);
        assert_eq!(a.compatibility.as_deref(), Some("BACKWARD"));
        assert_eq!(
            b.value_schema,
            [
                PathBuf::from("dir/schemas/u.avsc"),
                PathBuf::from("dir/schemas/s.avsc")
            ]
        );
        assert_eq!(b.subject_strategy, SubjectStrategy::Record);
        assert_eq!(b.compatibility.as_deref(), Some("FULL_TRANSITIVE"));
    }

    #[test]
    fn every_bad_value_names_its_position_and_what_was_expected() {
        let base = "a:\n  replication_factor: 1\n";
        let cases: &[(&str, &str)] = &[
            (
                "a:\n  partitions: 0\n  replication_factor: 1\n",
                "dir/topics.yaml:2:15: a.partitions: invalid value 0: expected a whole number of partitions, at least 1",
            ),
            (
                "a:\n  partitions: twelve\n  replication_factor: 1\n",
                "dir/topics.yaml:2:15: a.partitions: invalid type: string \"twelve\", expected a whole number of partitions, at least 1",
            ),
            (
                "a:\n  partitions: 1\n  replication_factor: 1\n  cleanup_policy: compcat\n",
                "dir/topics.yaml:4:19: a.cleanup_policy: unknown cleanup policy \"compcat\": expected delete, compact, or compact,delete",
            ),
            (
                "a:\n  partitions: 1\n  replication_factor: 1\n  retention: thirty days\n",
                "dir/topics.yaml:4:14: a.retention: invalid duration \"thirty days\": expected a number followed by a unit (ms, s, m, h, d, w, y), e.g. 30d",
            ),
            (
                "a:\n  partitions: 1\n  replication_factor: 1\n  partitons: 2\n",
                "dir/topics.yaml:4:3: a: unknown field `partitons`, expected one of",
            ),
            (
                "bad/name:\n  partitions: 1\n",
                "dir/topics.yaml:1:1: invalid topic name \"bad/name\": character '/' is not allowed",
            ),
            (
                "a:\n  partitions: 1\n  replication_factor: 1\n  config:\n    retention.mss: 5\n",
                "dir/topics.yaml:5:5: a.config: unknown topic config \"retention.mss\"",
            ),
            (
                "a:\n  partitions: 1\n  replication_factor: 1\n  config:\n    segment.bytes: 1GB\n",
                "dir/topics.yaml:5:20: a.config.segment.bytes: invalid size \"1GB\"",
            ),
            (
                "a:\n  partitions: 1\n  replication_factor: 1\n  subject_strategy: topicname\n",
                "dir/topics.yaml:4:21: a.subject_strategy: unknown subject strategy \"topicname\"",
            ),
            (
                "a:\n  partitions: 1\n  replication_factor: 1\n  compatibility: backward\n",
                "dir/topics.yaml:4:18: a.compatibility: unknown compatibility level \"backward\"",
            ),
            (
                "a:\n  partitions: 1\n  replication_factor: 1\n  value_schema: [x.avsc, y.avsc]\n",
                "dir/topics.yaml:4:3: topic \"a\": value_schema lists 2 schemas, but the `topic` subject strategy allows one",
            ),
            (
                base,
                "dir/topics.yaml:1:1: topic \"a\" has no partitions: set `partitions`",
            ),
            (
                "a:\n  partitions: 1\n",
                "dir/topics.yaml:1:1: topic \"a\" has no replication_factor",
            ),
            (
                "a:\n  partitions: 1\n  replication_factor: 1\noverrides:\n  dev:\n    b:\n      partitions: 2\n",
                "dir/topics.yaml:6:5: override block \"dev\" names topic \"b\", which the file does not declare",
            ),
            (
                "a:\n  partitions: 1\n  replication_factor: 1\n  retention: 1d\n  retention_ms: 5\n",
                "dir/topics.yaml:2:3: a: both `retention_ms` and `retention` are set",
            ),
            (
                "a:\n  partitions: ~\n  replication_factor: 1\n",
                "dir/topics.yaml:2:15: a.partitions: invalid type: unit value, expected a whole number of partitions",
            ),
            (
                "a.b:\n  partitions: 1\n  replication_factor: 1\na_b:\n  partitions: 1\n  replication_factor: 1\n",
                "dir/topics.yaml:4:1: topic \"a_b\" collides with \"a.b\"",
            ),
            ("# nothing\n", "dir/topics.yaml:1:1: no topics declared"),
            (
                "a:\n  partitions: 1\n a: [\n",
                "dir/topics.yaml:",
            ),
            (
                "a:\n  partitions: 1\n  replication_factor: 1\noverrides:\n  dev:\n    a:\n      replication_factor: 0\n",
                "dir/topics.yaml:7:27: overrides.dev.a.replication_factor: invalid value 0: expected a replication factor from 1 to 32767",
            ),
        ];
        for (text, want) in cases {
            let got = err(text);
            assert!(
                got.starts_with(want),
                "for {text:?}\n got: {got}\nwant: {want}"
            );
        }
    }

    #[test]
    fn topic_names_follow_kafka_rules() {
        assert!(validate_topic_name("inspection.lifecycle").is_ok());
        assert!(validate_topic_name("child.profile-updated_v2").is_ok());
        assert!(validate_topic_name(&"a".repeat(249)).is_ok());
        assert!(validate_topic_name(&"a".repeat(250)).is_err());
        assert!(validate_topic_name(".").is_err());
        assert!(validate_topic_name("..").is_err());
        assert!(validate_topic_name("a b").is_err());
        assert!(validate_topic_name("ä").is_err());
        assert!(validate_topic_name(&"ä".repeat(200)).is_err());
    }

    #[test]
    fn locate_finds_nested_keys() {
        let text = "a:\n  partitions: 1\nb:\n  config:\n    x: 1\n";
        assert_eq!(locate(text, &["b".into()]), Some((3, 1)));
        assert_eq!(
            locate(text, &["b".into(), "config".into(), "x".into()]),
            Some((5, 5))
        );
        assert_eq!(locate(text, &["c".into()]), None);
    }
}
