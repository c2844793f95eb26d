//! The Schema Registry vocabulary that topics.yaml (`spec`), schema planning
//! (`schema_plan`) and the registry client share: how subjects are named, the
//! compatibility levels, and references between schemas. A leaf module, so
//! that neither `spec` nor `schema_plan` depends on the other.

use serde::{Deserialize, Serialize};

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

/// Schema Registry's compatibility levels.
pub const LEVELS: [&str; 7] = [
    "NONE",
    "BACKWARD",
    "BACKWARD_TRANSITIVE",
    "FORWARD",
    "FORWARD_TRANSITIVE",
    "FULL",
    "FULL_TRANSITIVE",
];

/// The canonical (upper-case) level for `s`, in any case.
pub fn normalize_level(s: &str) -> Option<&'static str> {
    LEVELS
        .into_iter()
        .find(|l| l.eq_ignore_ascii_case(s.trim()))
}

/// A schema reference: a named type defined by another subject's version.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Reference {
    pub name: String,
    pub subject: String,
    pub version: i32,
}

/// The schema formats kctl reads and writes (Protobuf is not one yet).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "UPPERCASE")]
pub enum SchemaKind {
    /// Apache Avro (`.avsc`); what a registry means by a missing `schemaType`.
    #[default]
    Avro,
    /// JSON Schema (`.json`).
    Json,
    /// Protobuf (`.proto`).
    Protobuf,
}

impl SchemaKind {
    /// The registry's `schemaType`.
    pub fn registry_name(self) -> &'static str {
        match self {
            SchemaKind::Avro => "AVRO",
            SchemaKind::Json => "JSON",
            SchemaKind::Protobuf => "PROTOBUF",
        }
    }

    /// The kind a registry's `schemaType` names (missing: AVRO); an error
    /// names a type kctl does not support.
    pub fn from_registry(schema_type: Option<&str>) -> Result<SchemaKind, String> {
        match schema_type {
            None => Ok(SchemaKind::Avro),
            Some(t) if t.eq_ignore_ascii_case("AVRO") => Ok(SchemaKind::Avro),
            Some(t) if t.eq_ignore_ascii_case("JSON") => Ok(SchemaKind::Json),
            Some(t) if t.eq_ignore_ascii_case("PROTOBUF") => Ok(SchemaKind::Protobuf),
            Some(t) => Err(format!(
                "{t} schemas are not supported (kctl supports AVRO, JSON and PROTOBUF)"
            )),
        }
    }

    /// The kind a schema file holds, by its extension: `.json` is JSON
    /// Schema, `.proto` Protobuf, anything else (`.avsc`) Avro.
    pub fn of_path(path: &std::path::Path) -> SchemaKind {
        match path.extension().and_then(|e| e.to_str()) {
            Some(e) if e.eq_ignore_ascii_case("json") => SchemaKind::Json,
            Some(e) if e.eq_ignore_ascii_case("proto") => SchemaKind::Protobuf,
            _ => SchemaKind::Avro,
        }
    }
}

impl std::fmt::Display for SchemaKind {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            SchemaKind::Avro => "Avro",
            SchemaKind::Json => "JSON Schema",
            SchemaKind::Protobuf => "Protobuf",
        })
    }
}
