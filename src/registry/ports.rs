//! The registry's side of the ports `ops` owns: schemas as code
//! ([`SchemaRegistryApi`]) over the REST client.

use anyhow::Result;

use super::{Registry, RegistryError};
use crate::domain::schema_plan::Registered;
use crate::domain::subject::Reference;
use crate::ops::ports::SchemaRegistryApi;

impl SchemaRegistryApi for Registry {
    async fn global_level(&self) -> Result<String> {
        Ok(self.compatibility_level(None).await?)
    }

    async fn latest(&self, subject: &str) -> Result<Option<Registered>> {
        match self.version(subject, "latest").await {
            Ok(v) => Ok(Some(Registered {
                version: v.version,
                id: v.id,
            })),
            Err(RegistryError::SubjectNotFound { .. } | RegistryError::VersionNotFound { .. }) => {
                Ok(None)
            }
            Err(e) => Err(e.into()),
        }
    }

    async fn own_level(&self, subject: &str) -> Result<Option<String>> {
        Ok(self.own_compatibility_level(subject).await?)
    }

    async fn lookup(
        &self,
        subject: &str,
        schema: &str,
        references: &[Reference],
    ) -> Result<Option<Registered>> {
        Ok(Registry::lookup(self, subject, schema, None, references)
            .await?
            .map(|v| Registered {
                version: v.version,
                id: v.id,
            }))
    }

    async fn check(
        &self,
        subject: &str,
        schema: &str,
        references: &[Reference],
    ) -> Result<(bool, Vec<String>)> {
        let c = self
            .check_compatibility(subject, schema, None, references)
            .await?;
        Ok((c.is_compatible, c.messages))
    }

    async fn register(&self, subject: &str, schema: &str, references: &[Reference]) -> Result<u32> {
        Ok(Registry::register(self, subject, schema, None, references).await?)
    }

    async fn set_level(&self, subject: &str, level: &str) -> Result<()> {
        self.set_compatibility_level(Some(subject), level).await?;
        Ok(())
    }
}
