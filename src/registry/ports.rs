//! The registry's side of the port `ops` owns ([`SchemaRegistry`]): the REST
//! client's calls, each schema sent with its `schemaType`.

use super::Registry;
use crate::domain::subject::{Reference, SchemaKind};
use crate::ops::ports::{Compatibility, RegistryError, SchemaById, SchemaRegistry, SchemaVersion};

type Result<T> = std::result::Result<T, RegistryError>;

impl SchemaRegistry for Registry {
    async fn subjects(&self) -> Result<Vec<String>> {
        Registry::subjects(self).await
    }

    async fn versions(&self, subject: &str) -> Result<Vec<i32>> {
        Registry::versions(self, subject).await
    }

    async fn versions_with_deleted(&self, subject: &str) -> Result<Vec<i32>> {
        Registry::versions_with_deleted(self, subject).await
    }

    async fn version(&self, subject: &str, version: &str) -> Result<SchemaVersion> {
        Registry::version(self, subject, version).await
    }

    async fn schema_by_id(&self, id: u32) -> Result<SchemaById> {
        Registry::schema_by_id(self, id).await
    }

    async fn register(
        &self,
        subject: &str,
        schema: &str,
        kind: SchemaKind,
        references: &[Reference],
    ) -> Result<u32> {
        Registry::register(
            self,
            subject,
            schema,
            Some(kind.registry_name()),
            references,
        )
        .await
    }

    async fn lookup(
        &self,
        subject: &str,
        schema: &str,
        kind: SchemaKind,
        references: &[Reference],
    ) -> Result<Option<SchemaVersion>> {
        Registry::lookup(
            self,
            subject,
            schema,
            Some(kind.registry_name()),
            references,
        )
        .await
    }

    async fn check_compatibility(
        &self,
        subject: &str,
        schema: &str,
        kind: SchemaKind,
        references: &[Reference],
    ) -> Result<Compatibility> {
        Registry::check_compatibility(
            self,
            subject,
            schema,
            Some(kind.registry_name()),
            references,
        )
        .await
    }

    async fn compatibility_level(&self, subject: Option<&str>) -> Result<String> {
        Registry::compatibility_level(self, subject).await
    }

    async fn own_compatibility_level(&self, subject: &str) -> Result<Option<String>> {
        Registry::own_compatibility_level(self, subject).await
    }

    async fn set_compatibility_level(&self, subject: Option<&str>, level: &str) -> Result<String> {
        Registry::set_compatibility_level(self, subject, level).await
    }

    async fn delete_subject(&self, subject: &str, permanent: bool) -> Result<Vec<i32>> {
        Registry::delete_subject(self, subject, permanent).await
    }

    async fn reference_texts(&self, refs: &[Reference]) -> Result<Vec<(String, String)>> {
        Registry::reference_texts(self, refs).await
    }
}
