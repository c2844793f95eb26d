//! The registry's in-memory state and the rules of the Schema Registry API,
//! kept free of HTTP so that the rules read (and test) on their own.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::fmt;

use apache_avro::Schema;
use serde::Serialize;

use crate::avro;
use crate::compat::{self, Level};
use crate::error::ApiError;
use crate::json_schema::{self, JsonResolved};
use crate::protobuf::{self, ProtoResolved};

/// The schema formats this registry holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SchemaType {
    Avro,
    Json,
    Protobuf,
}

impl SchemaType {
    pub fn as_str(self) -> &'static str {
        match self {
            SchemaType::Avro => "AVRO",
            SchemaType::Json => "JSON",
            SchemaType::Protobuf => "PROTOBUF",
        }
    }
}

/// A parsed schema, ready for compatibility checks.
#[derive(Debug, Clone)]
pub enum Resolved {
    Avro(Schema),
    Json(JsonResolved),
    Protobuf(ProtoResolved),
}

/// A reference from a schema to a type registered under another subject.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Reference {
    /// Full name of the referenced type, e.g. `com.x.Address` (Avro), or
    /// the import path, e.g. `toy/common.proto` (Protobuf).
    pub name: String,
    pub subject: String,
    pub version: u32,
}

/// A reference as submitted: its version may still be "latest" (-1).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReferenceRequest {
    pub name: String,
    pub subject: String,
    pub version: VersionSpec,
}

/// The body of register, lookup and compatibility requests.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SchemaRequest {
    pub schema: String,
    pub schema_type: SchemaType,
    pub references: Vec<ReferenceRequest>,
}

/// A version as named in a path: a number, or `latest` / `-1`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum VersionSpec {
    Latest,
    Number(u32),
}

impl VersionSpec {
    pub fn parse(text: &str) -> Result<Self, ApiError> {
        if text == "latest" {
            return Ok(VersionSpec::Latest);
        }
        text.parse::<i64>()
            .ok()
            .and_then(Self::from_number)
            .ok_or_else(|| ApiError::invalid_version(text))
    }

    /// Confluent clients write -1 for "latest" in references.
    pub fn from_number(number: i64) -> Option<Self> {
        match number {
            -1 => Some(VersionSpec::Latest),
            1..=0x7fff_ffff => u32::try_from(number).ok().map(VersionSpec::Number),
            _ => None,
        }
    }
}

impl fmt::Display for VersionSpec {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            VersionSpec::Latest => f.write_str("latest"),
            VersionSpec::Number(number) => write!(f, "{number}"),
        }
    }
}

/// What a compatibility check compares a candidate with.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CompatTarget {
    /// One version (`/versions/{v}` and `/versions/latest`).
    Version(VersionSpec),
    /// What registering would compare with: the latest live version, or
    /// every live version under a transitive level (`/versions`).
    AsRegister,
}

/// A registered schema, as answered by `GET /schemas/ids/{id}`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SchemaView {
    pub id: u32,
    pub schema_type: SchemaType,
    pub schema: String,
    /// PROTOBUF only: base64 of the serialized `FileDescriptorProto`, what
    /// `format=serialized` asks for.
    pub serialized: Option<String>,
    pub references: Vec<Reference>,
}

impl SchemaView {
    /// The schema in the `format` a request asked for: `serialized` gives
    /// PROTOBUF schemas as a base64 descriptor; anything else, or another
    /// schema type, gives the text as registered.
    pub fn formatted(&self, format: Option<&str>) -> &str {
        match (format, &self.serialized) {
            (Some(format), Some(serialized)) if format.eq_ignore_ascii_case("serialized") => {
                serialized
            }
            _ => &self.schema,
        }
    }
}

/// One version of a subject, as answered by `GET /subjects/{s}/versions/{v}`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VersionView {
    pub subject: String,
    pub version: u32,
    pub schema: SchemaView,
}

/// A schema under its global id. Ids are never reused or forgotten, even
/// when every version using them is permanently deleted: real registries
/// hand out the same id again for the same schema, and so do we.
#[derive(Debug, Clone)]
struct StoredSchema {
    /// The text as first submitted.
    text: String,
    schema_type: SchemaType,
    references: Vec<Reference>,
    /// Parsed with its references inlined, ready for compatibility checks.
    resolved: Resolved,
    /// See [`SchemaView::serialized`].
    serialized: Option<String>,
}

#[derive(Debug, Clone, Copy)]
struct VersionEntry {
    number: u32,
    id: u32,
    deleted: bool,
}

/// A subject's versions in ascending order, soft-deleted ones included.
#[derive(Debug, Default)]
struct Subject {
    versions: Vec<VersionEntry>,
}

impl Subject {
    /// A subject whose versions are all soft-deleted is hidden from listings.
    fn is_live(&self) -> bool {
        self.versions.iter().any(|entry| !entry.deleted)
    }

    fn visible(&self, include_deleted: bool) -> impl Iterator<Item = &VersionEntry> {
        self.versions
            .iter()
            .filter(move |entry| include_deleted || !entry.deleted)
    }

    fn find(&self, spec: VersionSpec, include_deleted: bool) -> Option<VersionEntry> {
        let mut visible = self.visible(include_deleted);
        match spec {
            VersionSpec::Latest => visible.last().copied(),
            VersionSpec::Number(number) => visible.find(|entry| entry.number == number).copied(),
        }
    }

    /// Numbers keep counting after a soft delete, as in Confluent's registry.
    fn next_version(&self) -> u32 {
        self.versions.last().map_or(1, |entry| entry.number + 1)
    }
}

/// A submission checked against the registry: parsed, references resolved.
struct Prepared {
    /// Same key, same schema: the normalized form plus the references.
    key: String,
    schema_type: SchemaType,
    references: Vec<Reference>,
    resolved: Resolved,
    serialized: Option<String>,
}

/// The whole registry state.
#[derive(Debug)]
pub struct Registry {
    /// Schema with id `n` is at index `n - 1`.
    schemas: Vec<StoredSchema>,
    ids_by_key: HashMap<String, u32>,
    subjects: BTreeMap<String, Subject>,
    /// Kept apart from `subjects`: a level may be set before the first register.
    subject_levels: HashMap<String, Level>,
    global_level: Level,
}

impl Default for Registry {
    fn default() -> Self {
        Self {
            schemas: Vec::new(),
            ids_by_key: HashMap::new(),
            subjects: BTreeMap::new(),
            subject_levels: HashMap::new(),
            global_level: Level::Backward,
        }
    }
}

impl Registry {
    // ----- reading -----

    pub fn subjects(&self, include_deleted: bool, prefix: &str) -> Vec<String> {
        self.subjects
            .iter()
            .filter(|(name, subject)| {
                name.starts_with(prefix) && subject.visible(include_deleted).next().is_some()
            })
            .map(|(name, _)| name.clone())
            .collect()
    }

    pub fn versions(&self, subject: &str, include_deleted: bool) -> Result<Vec<u32>, ApiError> {
        let entries = self.subject(subject, include_deleted)?;
        Ok(entries
            .visible(include_deleted)
            .map(|entry| entry.number)
            .collect())
    }

    pub fn version(
        &self,
        subject: &str,
        spec: VersionSpec,
        include_deleted: bool,
    ) -> Result<VersionView, ApiError> {
        let entry = self
            .subject(subject, include_deleted)?
            .find(spec, include_deleted)
            .ok_or_else(|| ApiError::version_not_found(spec))?;
        Ok(self.version_view(subject, entry))
    }

    pub fn schema_by_id(&self, id: u32) -> Result<SchemaView, ApiError> {
        self.stored(id)
            .map(|stored| Self::schema_view(id, stored))
            .ok_or_else(|| ApiError::schema_id_not_found(id))
    }

    /// The live (subject, version) pairs that use schema `id`.
    pub fn id_versions(&self, id: u32) -> Result<Vec<(String, u32)>, ApiError> {
        if self.stored(id).is_none() {
            return Err(ApiError::schema_id_not_found(id));
        }
        Ok(self
            .subjects
            .iter()
            .flat_map(|(name, subject)| {
                subject
                    .visible(false)
                    .filter(move |entry| entry.id == id)
                    .map(move |entry| (name.clone(), entry.number))
            })
            .collect())
    }

    /// Ids of the live schemas that reference `subject` version `spec`.
    pub fn referenced_by(&self, subject: &str, spec: VersionSpec) -> Result<Vec<u32>, ApiError> {
        let entry = self
            .subject(subject, false)?
            .find(spec, false)
            .ok_or_else(|| ApiError::version_not_found(spec))?;
        Ok(self.referrers(subject, entry.number, false, None))
    }

    // ----- registering and checking -----

    /// Registers a schema under `subject` and returns its global id.
    ///
    /// A schema already live under the subject gives its id back without a
    /// new version; a schema known under another subject keeps its id.
    pub fn register(&mut self, subject: &str, request: SchemaRequest) -> Result<u32, ApiError> {
        let prepared = self.prepare(&request)?;
        let known_id = self.ids_by_key.get(&prepared.key).copied();
        if let Some(id) = known_id {
            let live_here = self
                .subjects
                .get(subject)
                .is_some_and(|entries| entries.visible(false).any(|entry| entry.id == id));
            if live_here {
                return Ok(id);
            }
        }
        let reasons =
            self.incompatibilities(subject, &prepared.resolved, CompatTarget::AsRegister)?;
        if !reasons.is_empty() {
            return Err(ApiError::incompatible(subject, &reasons));
        }
        let id = match known_id {
            Some(id) => id,
            None => self.store(request.schema, prepared),
        };
        let entries = self.subjects.entry(subject.to_owned()).or_default();
        let number = entries.next_version();
        entries.versions.push(VersionEntry {
            number,
            id,
            deleted: false,
        });
        Ok(id)
    }

    /// Finds the version of `subject` holding this very schema.
    pub fn lookup(
        &self,
        subject: &str,
        request: &SchemaRequest,
        include_deleted: bool,
    ) -> Result<VersionView, ApiError> {
        let entries = self.subject(subject, include_deleted)?;
        let prepared = self.prepare(request)?;
        let id = self
            .ids_by_key
            .get(&prepared.key)
            .copied()
            .ok_or_else(ApiError::schema_not_found)?;
        // Prefer a live version when soft-deleted ones are included too.
        let entry = entries
            .visible(false)
            .find(|entry| entry.id == id)
            .or_else(|| {
                entries
                    .visible(include_deleted)
                    .find(|entry| entry.id == id)
            })
            .copied()
            .ok_or_else(ApiError::schema_not_found)?;
        Ok(self.version_view(subject, entry))
    }

    /// Reasons why `request` could not follow `target`; empty if it could.
    ///
    /// A subject with no live version accepts anything, except when a
    /// numbered version is asked for explicitly.
    pub fn compatibility(
        &self,
        subject: &str,
        request: &SchemaRequest,
        target: CompatTarget,
    ) -> Result<Vec<String>, ApiError> {
        let prepared = self.prepare(request)?;
        let exists = self.subjects.get(subject).is_some_and(Subject::is_live);
        if !exists {
            return match target {
                CompatTarget::Version(VersionSpec::Number(_)) => {
                    Err(ApiError::subject_not_found(subject))
                }
                _ => Ok(Vec::new()),
            };
        }
        self.incompatibilities(subject, &prepared.resolved, target)
    }

    // ----- compatibility levels -----

    pub fn global_level(&self) -> Level {
        self.global_level
    }

    pub fn set_global_level(&mut self, level: Level) {
        self.global_level = level;
    }

    /// Back to the default BACKWARD; returns the level that was set.
    pub fn reset_global_level(&mut self) -> Level {
        std::mem::replace(&mut self.global_level, Level::Backward)
    }

    pub fn subject_level(&self, subject: &str, default_to_global: bool) -> Result<Level, ApiError> {
        match self.subject_levels.get(subject) {
            Some(level) => Ok(*level),
            None if default_to_global => Ok(self.global_level),
            None => Err(ApiError::subject_level_not_found(subject)),
        }
    }

    pub fn set_subject_level(&mut self, subject: &str, level: Level) {
        self.subject_levels.insert(subject.to_owned(), level);
    }

    /// Removes the subject's own level; returns it.
    pub fn delete_subject_level(&mut self, subject: &str) -> Result<Level, ApiError> {
        self.subject_levels
            .remove(subject)
            .ok_or_else(|| ApiError::subject_level_not_found(subject))
    }

    fn effective_level(&self, subject: &str) -> Level {
        self.subject_levels
            .get(subject)
            .copied()
            .unwrap_or(self.global_level)
    }

    // ----- deleting -----

    /// Soft-deletes every live version, or with `permanent` forgets a
    /// subject that was soft-deleted first. Returns the version numbers.
    pub fn delete_subject(&mut self, subject: &str, permanent: bool) -> Result<Vec<u32>, ApiError> {
        let entries = self.subject(subject, true)?;
        // References from inside the subject go away with it.
        let targets: Vec<u32> = entries
            .visible(permanent)
            .map(|entry| entry.number)
            .collect();
        if permanent && entries.is_live() {
            return Err(ApiError::subject_not_soft_deleted(subject));
        }
        if !permanent && targets.is_empty() {
            return Err(ApiError::subject_soft_deleted(subject));
        }
        for &number in &targets {
            self.ensure_unreferenced(subject, number, permanent, Some(subject))?;
        }
        if permanent {
            self.subjects.remove(subject);
            self.subject_levels.remove(subject);
        } else if let Some(entries) = self.subjects.get_mut(subject) {
            entries
                .versions
                .iter_mut()
                .for_each(|entry| entry.deleted = true);
        }
        Ok(targets)
    }

    /// Soft-deletes one version, or with `permanent` forgets one that was
    /// soft-deleted first. Returns its number.
    pub fn delete_version(
        &mut self,
        subject: &str,
        spec: VersionSpec,
        permanent: bool,
    ) -> Result<u32, ApiError> {
        let entries = self.subject(subject, permanent)?;
        // "latest" means the latest live version for a soft delete, but a
        // permanent delete can only target soft-deleted ones.
        let entry = match spec {
            VersionSpec::Latest => entries.find(spec, permanent),
            VersionSpec::Number(_) => entries.find(spec, true),
        }
        .ok_or_else(|| ApiError::version_not_found(spec))?;
        match (permanent, entry.deleted) {
            (false, true) => return Err(ApiError::version_soft_deleted(subject, entry.number)),
            (true, false) => return Err(ApiError::version_not_soft_deleted(subject, entry.number)),
            _ => {}
        }
        self.ensure_unreferenced(subject, entry.number, permanent, None)?;
        let Some(entries) = self.subjects.get_mut(subject) else {
            return Err(ApiError::subject_not_found(subject));
        };
        if permanent {
            entries
                .versions
                .retain(|other| other.number != entry.number);
            if entries.versions.is_empty() {
                self.subjects.remove(subject);
            }
        } else if let Some(target) = entries
            .versions
            .iter_mut()
            .find(|other| other.number == entry.number)
        {
            target.deleted = true;
        }
        Ok(entry.number)
    }

    // ----- internals -----

    /// The subject, if it has a live version (or any version, when
    /// `include_deleted`); 40401 otherwise.
    fn subject(&self, subject: &str, include_deleted: bool) -> Result<&Subject, ApiError> {
        self.subjects
            .get(subject)
            .filter(|entries| entries.visible(include_deleted).next().is_some())
            .ok_or_else(|| ApiError::subject_not_found(subject))
    }

    fn stored(&self, id: u32) -> Option<&StoredSchema> {
        let index = usize::try_from(id).ok()?.checked_sub(1)?;
        self.schemas.get(index)
    }

    fn schema_view(id: u32, stored: &StoredSchema) -> SchemaView {
        SchemaView {
            id,
            schema_type: stored.schema_type,
            schema: stored.text.clone(),
            serialized: stored.serialized.clone(),
            references: stored.references.clone(),
        }
    }

    fn version_view(&self, subject: &str, entry: VersionEntry) -> VersionView {
        let schema = match self.stored(entry.id) {
            Some(stored) => Self::schema_view(entry.id, stored),
            // Unreachable: versions only ever point at stored ids.
            None => SchemaView {
                id: entry.id,
                schema_type: SchemaType::Avro,
                schema: String::new(),
                serialized: None,
                references: Vec::new(),
            },
        };
        VersionView {
            subject: subject.to_owned(),
            version: entry.number,
            schema,
        }
    }

    fn store(&mut self, text: String, prepared: Prepared) -> u32 {
        self.schemas.push(StoredSchema {
            text,
            schema_type: prepared.schema_type,
            references: prepared.references,
            resolved: prepared.resolved,
            serialized: prepared.serialized,
        });
        let id = u32::try_from(self.schemas.len()).unwrap_or(u32::MAX);
        self.ids_by_key.insert(prepared.key, id);
        id
    }

    /// Resolves the references, parses the schema with everything it
    /// references (transitively) and computes its identity key.
    fn prepare(&self, request: &SchemaRequest) -> Result<Prepared, ApiError> {
        let mut references = Vec::with_capacity(request.references.len());
        let mut referenced_ids = Vec::with_capacity(request.references.len());
        for reference in &request.references {
            let entry = self
                .subject(&reference.subject, false)?
                .find(reference.version, false)
                .ok_or_else(|| ApiError::version_not_found(reference.version))?;
            references.push(Reference {
                name: reference.name.clone(),
                subject: reference.subject.clone(),
                version: entry.number,
            });
            referenced_ids.push(entry.id);
        }
        // References are part of the identity: the same text naming another
        // subject's type is another schema.
        let reference_key = serde_json::to_string(&references).unwrap_or_default();
        let (normalized, resolved, serialized) = match request.schema_type {
            SchemaType::Avro => {
                let texts = self.reference_closure(referenced_ids);
                let parsed =
                    avro::parse(&request.schema, &texts).map_err(ApiError::invalid_schema)?;
                (parsed.normalized, Resolved::Avro(parsed.resolved), None)
            }
            SchemaType::Json => {
                let named = self.named_reference_closure(&references);
                let (normalized, parsed) = json_schema::parse(&request.schema, &named)
                    .map_err(ApiError::invalid_schema)?;
                (normalized, Resolved::Json(parsed), None)
            }
            SchemaType::Protobuf => {
                // Reference names are import paths; the closure is the set
                // of files the import graph can reach.
                let named = self.named_reference_closure(&references);
                let parsed =
                    protobuf::parse(&request.schema, &named).map_err(ApiError::invalid_schema)?;
                (
                    parsed.normalized,
                    Resolved::Protobuf(parsed.resolved),
                    Some(parsed.serialized),
                )
            }
        };
        let kind = request.schema_type.as_str();
        Ok(Prepared {
            key: format!("{kind}\n{reference_key}\n{normalized}"),
            schema_type: request.schema_type,
            references,
            resolved,
            serialized,
        })
    }

    /// The referenced schemas by reference name, transitively (JSON Schema
    /// resolves `$ref`s and Protobuf `import`s by these names), each name once.
    fn named_reference_closure(&self, references: &[Reference]) -> Vec<(String, String)> {
        let mut seen = HashSet::new();
        let mut out = Vec::new();
        let mut pending: Vec<Reference> = references.to_vec();
        while let Some(reference) = pending.pop() {
            if !seen.insert(reference.name.clone()) {
                continue;
            }
            let target = self
                .subjects
                .get(&reference.subject)
                .and_then(|entries| entries.find(VersionSpec::Number(reference.version), true))
                .and_then(|entry| self.stored(entry.id));
            if let Some(stored) = target {
                out.push((reference.name.clone(), stored.text.clone()));
                pending.extend(stored.references.iter().cloned());
            }
        }
        out
    }

    /// The texts of the given schemas and of everything they reference,
    /// each once: the set the Avro parser needs to resolve names.
    fn reference_closure(&self, mut pending: Vec<u32>) -> Vec<&str> {
        let mut seen = HashSet::new();
        let mut texts = Vec::new();
        while let Some(id) = pending.pop() {
            if !seen.insert(id) {
                continue;
            }
            let Some(stored) = self.stored(id) else {
                continue;
            };
            texts.push(stored.text.as_str());
            for reference in &stored.references {
                // Stored references may point at versions soft-deleted since.
                let target = self
                    .subjects
                    .get(&reference.subject)
                    .and_then(|entries| entries.find(VersionSpec::Number(reference.version), true));
                if let Some(entry) = target {
                    pending.push(entry.id);
                }
            }
        }
        texts
    }

    /// Compatibility reasons against the versions `target` designates, with
    /// the subject's effective level. The subject must be live.
    fn incompatibilities(
        &self,
        subject: &str,
        candidate: &Resolved,
        target: CompatTarget,
    ) -> Result<Vec<String>, ApiError> {
        let Some(entries) = self.subjects.get(subject).filter(|s| s.is_live()) else {
            return Ok(Vec::new());
        };
        let level = self.effective_level(subject);
        let against: Vec<VersionEntry> = match target {
            CompatTarget::Version(spec) => vec![entries
                .find(spec, false)
                .ok_or_else(|| ApiError::version_not_found(spec))?],
            CompatTarget::AsRegister if level.is_transitive() => {
                entries.visible(false).copied().collect()
            }
            CompatTarget::AsRegister => entries
                .find(VersionSpec::Latest, false)
                .into_iter()
                .collect(),
        };
        Ok(against
            .iter()
            .filter_map(|entry| {
                let old = self.stored(entry.id)?;
                Some(compat::check(level, candidate, &old.resolved, entry.number))
            })
            .flatten()
            .collect())
    }

    /// Ids of schemas referencing `subject` version `version`, among live
    /// versions or also soft-deleted ones, leaving out `except_subject`.
    fn referrers(
        &self,
        subject: &str,
        version: u32,
        include_deleted: bool,
        except_subject: Option<&str>,
    ) -> Vec<u32> {
        let mut ids: Vec<u32> = self
            .subjects
            .iter()
            .filter(|(name, _)| Some(name.as_str()) != except_subject)
            .flat_map(|(_, entries)| entries.visible(include_deleted))
            .filter(|entry| {
                self.stored(entry.id).is_some_and(|stored| {
                    stored
                        .references
                        .iter()
                        .any(|r| r.subject == subject && r.version == version)
                })
            })
            .map(|entry| entry.id)
            .collect();
        ids.sort_unstable();
        ids.dedup();
        ids
    }

    /// 42206 while another schema still references the version. A soft
    /// delete only minds live referrers; a permanent one also soft-deleted
    /// referrers, whose text would otherwise no longer resolve.
    fn ensure_unreferenced(
        &self,
        subject: &str,
        version: u32,
        permanent: bool,
        except_subject: Option<&str>,
    ) -> Result<(), ApiError> {
        let ids = self.referrers(subject, version, permanent, except_subject);
        if ids.is_empty() {
            Ok(())
        } else {
            Err(ApiError::referenced(subject, version, &ids))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn request(schema: &str) -> SchemaRequest {
        SchemaRequest {
            schema_type: SchemaType::Avro,
            schema: schema.to_owned(),
            references: Vec::new(),
        }
    }

    const V1: &str = r#"{"type":"record","name":"R","fields":[{"name":"a","type":"int"}]}"#;
    const V2: &str = r#"{"type":"record","name":"R","fields":[{"name":"a","type":"int"},{"name":"b","type":"int","default":0}]}"#;

    #[test]
    fn version_specs() {
        assert_eq!(VersionSpec::parse("latest"), Ok(VersionSpec::Latest));
        assert_eq!(VersionSpec::parse("-1"), Ok(VersionSpec::Latest));
        assert_eq!(VersionSpec::parse("7"), Ok(VersionSpec::Number(7)));
        for bad in ["0", "-2", "x", "4294967296", ""] {
            assert_eq!(VersionSpec::parse(bad).map_err(|e| e.code), Err(42202));
        }
    }

    #[test]
    fn versions_continue_after_soft_delete_and_restart_after_hard_delete() {
        let mut registry = Registry::default();
        registry.register("s", request(V1)).expect("v1");
        registry.register("s", request(V2)).expect("v2");
        assert_eq!(registry.delete_subject("s", false), Ok(vec![1, 2]));
        let id = registry.register("s", request(V1)).expect("again");
        assert_eq!(id, 1, "the id of a known schema is reused");
        assert_eq!(registry.versions("s", false), Ok(vec![3]));
        assert_eq!(registry.versions("s", true), Ok(vec![1, 2, 3]));

        assert_eq!(
            registry.delete_version("s", VersionSpec::Latest, false),
            Ok(3)
        );
        assert_eq!(registry.delete_subject("s", true), Ok(vec![1, 2, 3]));
        registry
            .register("s", request(V2))
            .expect("after hard delete");
        assert_eq!(registry.versions("s", false), Ok(vec![1]));
    }

    #[test]
    fn version_deletes_need_the_right_order() {
        let mut registry = Registry::default();
        registry.register("s", request(V1)).expect("v1");
        registry.register("s", request(V2)).expect("v2");
        let code = |r: Result<u32, ApiError>| r.map_err(|e| e.code);
        assert_eq!(
            code(registry.delete_version("s", VersionSpec::Number(1), true)),
            Err(40407)
        );
        assert_eq!(
            code(registry.delete_version("s", VersionSpec::Number(1), false)),
            Ok(1)
        );
        assert_eq!(
            code(registry.delete_version("s", VersionSpec::Number(1), false)),
            Err(40406)
        );
        assert_eq!(
            code(registry.delete_version("s", VersionSpec::Number(9), false)),
            Err(40402)
        );
        assert_eq!(
            code(registry.delete_version("s", VersionSpec::Number(1), true)),
            Ok(1)
        );
        assert_eq!(registry.versions("s", true), Ok(vec![2]));
        assert_eq!(
            registry
                .version("s", VersionSpec::Latest, false)
                .map(|v| v.version),
            Ok(2)
        );
    }

    #[test]
    fn transitive_levels_compare_with_every_live_version() {
        let mut registry = Registry::default();
        registry.register("s", request(V1)).expect("v1");
        registry.register("s", request(V2)).expect("v2");
        // b without a default: reads v2 data, but not v1 data (no b there).
        let v3 = r#"{"type":"record","name":"R","fields":[{"name":"a","type":"int"},{"name":"b","type":"int"}]}"#;
        assert_eq!(
            registry.compatibility("s", &request(v3), CompatTarget::AsRegister),
            Ok(Vec::new())
        );
        registry.set_subject_level("s", Level::BackwardTransitive);
        let reasons = registry
            .compatibility("s", &request(v3), CompatTarget::AsRegister)
            .expect("checks");
        assert_eq!(reasons.len(), 1, "{reasons:?}");
        assert!(reasons[0].contains("version 1"), "{reasons:?}");
        assert_eq!(
            registry.register("s", request(v3)).map_err(|e| e.code),
            Err(409)
        );
        // Checking one given version ignores transitivity.
        assert_eq!(
            registry.compatibility(
                "s",
                &request(v3),
                CompatTarget::Version(VersionSpec::Latest)
            ),
            Ok(Vec::new())
        );
    }
}
