//! The Schema Registry calls schemas-as-code needs (implemented by
//! `registry::Registry`).

use std::sync::Arc;

use anyhow::Result;
use kctl_avro::decode::Compiled;
use kctl_avro::encode::AvroSchema;

use crate::domain::schema_plan::Registered;
use crate::domain::subject::Reference;

/// The registry calls schema planning and applying need.
#[allow(async_fn_in_trait)] // used with concrete types only, never `dyn`
pub trait SchemaRegistryApi {
    async fn global_level(&self) -> Result<String>;
    /// The subject's latest live version, `None` when it has none.
    async fn latest(&self, subject: &str) -> Result<Option<Registered>>;
    /// The subject's own level, `None` when it inherits the global one.
    async fn own_level(&self, subject: &str) -> Result<Option<String>>;
    async fn lookup(
        &self,
        subject: &str,
        schema: &str,
        references: &[Reference],
    ) -> Result<Option<Registered>>;
    async fn check(
        &self,
        subject: &str,
        schema: &str,
        references: &[Reference],
    ) -> Result<(bool, Vec<String>)>;
    async fn register(&self, subject: &str, schema: &str, references: &[Reference]) -> Result<u32>;
    async fn set_level(&self, subject: &str, level: &str) -> Result<()>;
}

/// Why a writer schema is not available.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum SchemaError {
    /// The registry's answer (an unknown id), or why it could not be asked.
    #[error("{0}")]
    Fetch(String),
    /// Fetched, but not a schema kctl can decode with.
    #[error("{0}")]
    Compile(String),
}

/// Writer schemas by global id, cached for the command's life (implemented
/// by `registry::SchemaCache`, one per command, shared by every lookup).
/// Blocking: `tail` and `produce` call it from loops on blocking threads.
pub trait WriterSchemas {
    fn decoder(&self, id: u32) -> std::result::Result<Arc<Compiled>, SchemaError>;
    fn encoder(&self, id: u32) -> std::result::Result<Arc<AvroSchema>, SchemaError>;
}
