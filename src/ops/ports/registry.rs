//! The Schema Registry: its REST calls (implemented by `registry::Registry`)
//! with their answers and classified errors, and the cache of writer schemas
//! by id (implemented by `registry::schemas::SchemaCache`).

use std::future::Future;
use std::sync::Arc;

use kctl_avro::decode::Compiled;
use kctl_avro::encode::AvroSchema;
use serde::{Deserialize, Serialize};

use crate::domain::json_schema::JsonSchema;
use crate::domain::protobuf::ProtoSchema;
use crate::domain::subject::{Reference, SchemaKind};

/// One registered schema version.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct SchemaVersion {
    pub subject: String,
    pub id: u32,
    pub version: i32,
    #[serde(
        rename = "schemaType",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub schema_type: Option<String>,
    pub schema: String,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub references: Vec<Reference>,
}

/// A schema fetched by its global id.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct SchemaById {
    #[serde(
        rename = "schemaType",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub schema_type: Option<String>,
    pub schema: String,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub references: Vec<Reference>,
}

/// What went wrong talking to the registry, classified so callers can react
/// (a missing subject is often not an error) and messages stay one line.
#[derive(Debug, thiserror::Error)]
pub enum RegistryError {
    /// Connection refused, DNS failure, timeout.
    #[error("cannot reach schema registry at {url}: {reason}")]
    Unreachable { url: String, reason: String },
    #[error("schema registry at {url} refused the credentials (401 unauthorized): check --registry-username and the password source")]
    Unauthorized { url: String },
    #[error("subject {subject:?} not found in the schema registry")]
    SubjectNotFound { subject: String },
    #[error("version {version} of subject {subject:?} not found")]
    VersionNotFound { subject: String, version: String },
    #[error("schema {what} not found")]
    SchemaNotFound { what: String },
    #[error("schema is incompatible with subject {subject:?}: {message}")]
    Incompatible { subject: String, message: String },
    #[error("the registry rejected the schema as invalid: {message}")]
    InvalidSchema { message: String },
    /// 42203: not a compatibility level.
    #[error("the registry rejected the compatibility level: {message}")]
    InvalidLevel { message: String },
    /// 40404: a soft delete of a subject already soft-deleted.
    #[error("subject {subject:?} is already soft-deleted (use --permanent to remove it for good)")]
    SubjectSoftDeleted { subject: String },
    /// 40405: a permanent delete needs a soft delete first.
    #[error("subject {subject:?} must be soft-deleted before it can be deleted permanently")]
    SubjectNotSoftDeleted { subject: String },
    /// 42206: other schemas still reference the subject.
    #[error("subject {subject:?} is still referenced by other schemas: {message}")]
    Referenced { subject: String, message: String },
    /// Any other status: the registry's own error code and message.
    #[error("schema registry error {code} (HTTP {status}): {message}")]
    Api {
        status: u16,
        code: i64,
        message: String,
    },
}

/// Result of a compatibility check.
#[derive(Debug, Clone, Serialize)]
pub struct Compatibility {
    pub is_compatible: bool,
    pub messages: Vec<String>,
}

/// The Schema Registry's REST calls (implemented by `registry::Registry`),
/// for schemas as code, `kctl schema` and `kctl produce`.
pub trait SchemaRegistry: Clone + Send + Sync + 'static {
    fn subjects(&self) -> impl Future<Output = Result<Vec<String>, RegistryError>> + Send;
    /// The live versions of `subject`.
    fn versions(
        &self,
        subject: &str,
    ) -> impl Future<Output = Result<Vec<i32>, RegistryError>> + Send;
    /// Its versions, soft-deleted ones included.
    fn versions_with_deleted(
        &self,
        subject: &str,
    ) -> impl Future<Output = Result<Vec<i32>, RegistryError>> + Send;
    /// `version` is a number or `latest`.
    fn version(
        &self,
        subject: &str,
        version: &str,
    ) -> impl Future<Output = Result<SchemaVersion, RegistryError>> + Send;
    fn schema_by_id(
        &self,
        id: u32,
    ) -> impl Future<Output = Result<SchemaById, RegistryError>> + Send;
    /// Registers `schema` (the same schema again gives the same id and no
    /// new version). Returns the global id.
    fn register(
        &self,
        subject: &str,
        schema: &str,
        kind: SchemaKind,
        references: &[Reference],
    ) -> impl Future<Output = Result<u32, RegistryError>> + Send;
    /// `schema` under `subject`, if registered there (the registry compares).
    fn lookup(
        &self,
        subject: &str,
        schema: &str,
        kind: SchemaKind,
        references: &[Reference],
    ) -> impl Future<Output = Result<Option<SchemaVersion>, RegistryError>> + Send;
    /// `schema` against the subject's latest version, with reasons.
    fn check_compatibility(
        &self,
        subject: &str,
        schema: &str,
        kind: SchemaKind,
        references: &[Reference],
    ) -> impl Future<Output = Result<Compatibility, RegistryError>> + Send;
    /// The level of `subject` (its own, else the global one), or the global
    /// level.
    fn compatibility_level(
        &self,
        subject: Option<&str>,
    ) -> impl Future<Output = Result<String, RegistryError>> + Send;
    /// The level set on `subject` itself, `None` when it inherits the global one.
    fn own_compatibility_level(
        &self,
        subject: &str,
    ) -> impl Future<Output = Result<Option<String>, RegistryError>> + Send;
    /// Sets the level of `subject`, or the global level; returns it.
    fn set_compatibility_level(
        &self,
        subject: Option<&str>,
        level: &str,
    ) -> impl Future<Output = Result<String, RegistryError>> + Send;
    /// Soft or permanent delete; returns the versions deleted.
    fn delete_subject(
        &self,
        subject: &str,
        permanent: bool,
    ) -> impl Future<Output = Result<Vec<i32>, RegistryError>> + Send;
    /// The schemas `refs` need, transitively, dependencies first, as
    /// `(reference name, text)`.
    fn reference_texts(
        &self,
        refs: &[Reference],
    ) -> impl Future<Output = Result<Vec<(String, String)>, RegistryError>> + Send;
}

/// Why a writer schema is not available.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum SchemaError {
    /// The registry's answer about this id (unknown, or a reference that
    /// does not resolve).
    #[error("{0}")]
    Fetch(String),
    /// The registry could not be asked at all (unreachable, credentials
    /// refused, a server error, not configured): no id can be resolved, so
    /// whoever decodes stops instead of printing undecoded bytes.
    #[error("{0}")]
    Unavailable(String),
    /// Fetched, but not a schema kctl can decode with.
    #[error("{0}")]
    Compile(String),
}

/// Writer schemas by global id, cached for the command's life (implemented
/// by `registry::SchemaCache`, one per command, shared by every lookup).
/// Blocking: `tail` and `produce` call it from loops on blocking threads.
pub trait WriterSchemas {
    fn decoder(&self, id: u32) -> Result<Arc<Compiled>, SchemaError>;
    fn encoder(&self, id: u32) -> Result<Arc<AvroSchema>, SchemaError>;
    /// The format of schema `id` (an error for a format kctl does not read).
    /// Avro unless said otherwise (fakes that know Avro only).
    fn kind(&self, _id: u32) -> Result<SchemaKind, SchemaError> {
        Ok(SchemaKind::Avro)
    }
    /// Schema `id` as a compiled JSON Schema (an error when it is not one).
    fn json_schema(&self, id: u32) -> Result<Arc<JsonSchema>, SchemaError> {
        Err(SchemaError::Compile(format!(
            "schema id {id} is not a JSON Schema"
        )))
    }
    /// Schema `id` as a compiled Protobuf schema (an error when it is not one).
    fn proto_schema(&self, id: u32) -> Result<Arc<ProtoSchema>, SchemaError> {
        Err(SchemaError::Compile(format!(
            "schema id {id} is not a Protobuf schema"
        )))
    }
}
