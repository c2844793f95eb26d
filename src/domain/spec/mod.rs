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
//! Every error names `file:line:column` and what was expected, and one reading
//! reports every problem in the file ([`SpecErrors`]). Values are validated
//! inside the visitors of small newtypes so that serde_norway attaches the
//! position of the offending node; each key and value is read through
//! [`Recover`](recover::Recover), which notes a bad node and reads on. Errors
//! that span several nodes (a setting missing after merging, an override
//! naming an undeclared topic) are located afterwards by re-reading the
//! document up to the node concerned ([`locate`]).

use std::collections::{BTreeMap, HashSet};
use std::fmt;
use std::path::{Path, PathBuf};

use serde::de::{self, DeserializeSeed, Deserializer, IgnoredAny, MapAccess, SeqAccess, Visitor};
use serde::{Deserialize, Serialize};

pub use crate::domain::subject::SubjectStrategy;
use crate::domain::{duration, suggest};

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

/// Every problem found in one reading of a file, in file order (never empty).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SpecErrors(pub Vec<SpecError>);

impl SpecErrors {
    fn sorted(mut errors: Vec<SpecError>) -> Self {
        // Line 0 (no position) sorts last; the sort is stable, so problems on
        // one node keep the order they were found in.
        errors.sort_by_key(|e| (e.line == 0, e.line, e.column));
        errors.dedup();
        SpecErrors(errors)
    }
}

impl From<SpecError> for SpecErrors {
    fn from(e: SpecError) -> Self {
        SpecErrors(vec![e])
    }
}

/// One problem as one line; several as a count followed by one line each.
impl fmt::Display for SpecErrors {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.0.as_slice() {
            [one] => write!(f, "{one}"),
            all => {
                let file = all.first().map(|e| e.file.display().to_string());
                write!(f, "{} problems in {}:", all.len(), file.unwrap_or_default())?;
                for e in all {
                    write!(f, "\n{e}")?;
                }
                Ok(())
            }
        }
    }
}

impl std::error::Error for SpecErrors {}

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
/// resolve schema paths), reporting every problem found.
pub fn parse(text: &str, file: &Path) -> Result<TopicsFile, SpecErrors> {
    let problems = Problems::default();
    let read = LayerSeed {
        prefix: Vec::new(),
        mode: LayerKind::Root,
        declared: None,
        problems: &problems,
    }
    .deserialize(serde_norway::Deserializer::from_str(text));
    let mut errors = problems.into_errors(file, text);
    let mut base = match read {
        Ok(base) => base,
        // Malformed YAML, or a node the reader could not step over: what was
        // found before it is reported with it.
        Err(e) => {
            errors.push(yaml_error(file, e));
            return Err(SpecErrors::sorted(errors));
        }
    };
    let overrides = std::mem::take(&mut base.overrides);
    let tf = TopicsFile {
        file: file.to_path_buf(),
        text: text.to_string(),
        base,
        overrides,
    };
    if tf.base.topics.is_empty() && errors.is_empty() {
        errors.push(tf.error_at(
            &[],
            "no topics declared: expected a map from topic name to settings".into(),
        ));
    }
    let declared: HashSet<&str> = tf.base.topics.iter().map(|t| t.name.as_str()).collect();
    for (name, layer) in &tf.overrides {
        for t in &layer.topics {
            if !declared.contains(t.name.as_str()) {
                errors.push(tf.error_at(
                    &t.path,
                    format!(
                        "override block {name:?} names topic {:?}, which the file does not declare{}",
                        t.name,
                        suggest::did_you_mean(&t.name, declared.iter().copied())
                    ),
                ));
            }
        }
    }
    errors.extend(tf.collisions());
    match tf.merge_all(None) {
        Err(e) => errors.extend(e),
        // Each override block is checked once the base merges cleanly, so
        // one missing setting is not reported once per block.
        Ok(_) => {
            for (name, _) in &tf.overrides {
                if let Err(e) = tf.merge_all(Some(name)) {
                    errors.extend(e);
                }
            }
        }
    }
    if errors.is_empty() {
        Ok(tf)
    } else {
        Err(SpecErrors::sorted(errors))
    }
}

impl TopicsFile {
    /// Names of the override blocks, in file order.
    pub fn override_names(&self) -> Vec<&str> {
        self.overrides.iter().map(|(n, _)| n.as_str()).collect()
    }

    pub fn has_override(&self, name: &str) -> bool {
        self.overrides.iter().any(|(n, _)| n == name)
    }

    /// The override block to apply: none with `--no-overrides`; the one
    /// `--overrides` names (an error when the file lacks it); else the one
    /// named like the active context, if the file has it (`Some` in the
    /// second value then, so the caller can say so).
    pub fn choose_override(
        &self,
        no_overrides: bool,
        named: Option<&str>,
        context: Option<&str>,
    ) -> Result<(Option<String>, bool), String> {
        if no_overrides {
            return Ok((None, false));
        }
        if let Some(name) = named {
            if !self.has_override(name) {
                return Err(format!(
                    "--overrides {name}: {} has no such override block (it has: {})",
                    self.file.display(),
                    list_or_none(&self.override_names())
                ));
            }
            return Ok((Some(name.to_string()), false));
        }
        Ok(match context {
            Some(c) if self.has_override(c) => (Some(c.to_string()), true),
            _ => (None, false),
        })
    }

    /// Every bound schema file that `exists` says is missing, each placed
    /// where topics.yaml binds it (one error per place).
    pub fn check_schema_files(
        &self,
        spec: &Spec,
        exists: impl Fn(&Path) -> bool,
    ) -> Result<(), SpecErrors> {
        let mut errors: Vec<SpecError> = Vec::new();
        for t in &spec.topics {
            for (field, files) in [
                ("key_schema", &t.key_schema),
                ("value_schema", &t.value_schema),
            ] {
                for f in files.iter().filter(|f| !exists(f)) {
                    let message = format!(
                        "topic {:?}: {field} file {} does not exist",
                        t.name,
                        f.display()
                    );
                    errors.push(self.error_for(&t.name, field, message));
                }
            }
        }
        if errors.is_empty() {
            Ok(())
        } else {
            Err(SpecErrors::sorted(errors))
        }
    }

    /// An error placed where `field` (e.g. `value_schema`) of `topic` is
    /// written: on the topic, else under `defaults`, else at the topic.
    pub fn error_for(&self, topic: &str, field: &str, message: String) -> SpecError {
        let entry = self.base.topics.iter().find(|t| t.name == topic);
        let place = entry
            .into_iter()
            .chain([&self.base.defaults])
            .map(|f| {
                let mut p = f.path.clone();
                p.push(field.into());
                p
            })
            .find(|p| locate(&self.text, p).is_some());
        let path = place.or_else(|| entry.map(|t| t.path.clone()));
        self.error_at(path.as_deref().unwrap_or_default(), message)
    }

    /// The desired topics with the override block `overrides` applied. Errors
    /// when the block does not exist.
    pub fn resolve(&self, overrides: Option<&str>) -> Result<Spec, SpecErrors> {
        self.merge_all(overrides).map_err(SpecErrors::sorted)
    }

    /// [`Self::resolve`], with every problem found (those already reported
    /// while reading left out).
    fn merge_all(&self, overrides: Option<&str>) -> Result<Spec, Vec<SpecError>> {
        let layer = match overrides {
            None => None,
            Some(name) => Some(
                self.overrides
                    .iter()
                    .find(|(n, _)| n == name)
                    .map(|(_, l)| l)
                    .ok_or_else(|| {
                        vec![SpecError {
                            file: self.file.clone(),
                            line: 0,
                            column: 0,
                            message: format!(
                                "no override block {name:?} (the file has: {})",
                                list_or_none(&self.override_names())
                            ),
                        }]
                    })?,
            ),
        };
        let mut topics = Vec::with_capacity(self.base.topics.len());
        let mut errors = Vec::new();
        for topic in &self.base.topics {
            let mut layers: Vec<&Fields> = vec![&self.base.defaults, topic];
            if let Some(l) = layer {
                layers.push(&l.defaults);
                if let Some(t) = l.topics.iter().find(|t| t.name == topic.name) {
                    layers.push(t);
                }
            }
            match self.merge(topic, &layers, overrides) {
                Ok(t) => topics.push(t),
                Err(Some(e)) => errors.push(e),
                Err(None) => {}
            }
        }
        if !errors.is_empty() {
            return Err(errors);
        }
        Ok(Spec {
            file: self.file.clone(),
            overrides: overrides.map(str::to_string),
            topics,
        })
    }

    /// One topic with its layers merged. `Err(None)`: a setting is missing
    /// because its value was invalid, which reading already reported.
    fn merge(
        &self,
        topic: &Fields,
        layers: &[&Fields],
        overrides: Option<&str>,
    ) -> Result<TopicSpec, Option<SpecError>> {
        let reported = |field: &str| layers.iter().any(|f| f.invalid.contains(field));
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
            if reported("partitions") {
                return Err(None);
            }
            return Err(Some(self.error_at(
                &topic.path,
                format!(
                    "topic {:?} has no partitions{}: set `partitions` on the topic or under `defaults`",
                    topic.name,
                    ctx()
                ),
            )));
        };
        let Some(rf) = rf else {
            if reported("replication_factor") {
                return Err(None);
            }
            return Err(Some(self.error_at(
                &topic.path,
                format!(
                    "topic {:?} has no replication_factor{}: set it on the topic or under `defaults`",
                    topic.name,
                    ctx()
                ),
            )));
        };
        let subject_strategy = strategy.map(|(_, s)| s).unwrap_or_default();
        if subject_strategy == SubjectStrategy::Topic {
            for (field, schemas) in [("value_schema", value_schema), ("key_schema", key_schema)] {
                if let Some((origin, paths)) = schemas {
                    if paths.len() > 1 {
                        let mut at = origin.path.clone();
                        at.push(field.into());
                        return Err(Some(self.error_at(
                            &at,
                            format!(
                                "topic {:?}: {field} lists {} schemas, but the `topic` subject \
                                 strategy allows one; set `subject_strategy: record` or `topic_record`",
                                topic.name,
                                paths.len()
                            ),
                        )));
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
    fn collisions(&self) -> Vec<SpecError> {
        let mut seen: BTreeMap<String, &str> = BTreeMap::new();
        let mut errors = Vec::new();
        for t in &self.base.topics {
            let key = t.name.replace('.', "_");
            if let Some(first) = seen.insert(key, &t.name) {
                errors.push(self.error_at(
                    &t.path,
                    format!(
                        "topic {:?} collides with {first:?}: Kafka treats '.' and '_' alike in \
                         metric names and refuses to hold both",
                        t.name
                    ),
                ));
            }
        }
        errors
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
    let (message, _) = split_location(&e.to_string());
    SpecError {
        file: file.to_path_buf(),
        line,
        column,
        message,
    }
}

/// Splits serde_norway's " at line N column M" suffix off a message.
fn split_location(message: &str) -> (String, Option<(usize, usize)>) {
    if let Some(i) = message.rfind(" at line ") {
        let tail = &message[i + " at line ".len()..];
        let numbers: Vec<&str> = tail.split(" column ").collect();
        if let [line, column] = numbers.as_slice() {
            if let (Ok(line), Ok(column)) = (line.parse(), column.parse()) {
                return (message[..i].to_string(), Some((line, column)));
            }
        }
    }
    (message.to_string(), None)
}

mod fields;
mod layers;
mod locate;
mod recover;
mod values;

pub use layers::validate_topic_name;
pub use locate::locate;
pub use values::{canonical_value, check_config_key, config_from_flag, is_millis_config};

use layers::{Fields, Layer, LayerKind, LayerSeed};
use recover::Problems;

#[cfg(test)]
mod tests;
