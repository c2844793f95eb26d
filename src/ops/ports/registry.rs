//! The Schema Registry calls schemas-as-code needs (implemented by
//! `registry::Registry`).

use anyhow::Result;

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
