//! Schemas fetched from the registry and parsed, references included, cached
//! for the life of the command: a tail over a million records asks the registry
//! once per schema id, and an unknown id is remembered as unknown too.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};

use apache_avro::Schema;

use super::{Reference, Registry, RegistryError};

/// A writer schema ready for decoding or encoding.
#[derive(Debug)]
pub struct ResolvedSchema {
    pub id: u32,
    /// The schema as the registry returned it.
    pub text: String,
    pub references: Vec<Reference>,
    pub schema: Schema,
    /// Parsed named types from references, needed to resolve `Schema::Ref`s.
    pub dependencies: Vec<Schema>,
}

#[derive(Debug, Clone)]
pub enum ResolveError {
    Registry(String),
    /// Not Avro (JSON Schema or Protobuf): kctl decodes Avro only.
    UnsupportedType {
        id: u32,
        schema_type: String,
    },
    Parse {
        id: u32,
        message: String,
    },
}

impl std::fmt::Display for ResolveError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ResolveError::Registry(m) => f.write_str(m),
            ResolveError::UnsupportedType { id, schema_type } => {
                write!(f, "schema id {id} is {schema_type}, kctl supports AVRO")
            }
            ResolveError::Parse { id, message } => {
                write!(f, "schema id {id} does not parse: {message}")
            }
        }
    }
}

impl std::error::Error for ResolveError {}

impl From<RegistryError> for ResolveError {
    fn from(e: RegistryError) -> Self {
        ResolveError::Registry(e.to_string())
    }
}

type Cached = Result<Arc<ResolvedSchema>, ResolveError>;

pub struct SchemaResolver {
    registry: Registry,
    by_id: Mutex<HashMap<u32, Cached>>,
}

impl SchemaResolver {
    pub fn new(registry: Registry) -> Self {
        SchemaResolver {
            registry,
            by_id: Mutex::new(HashMap::new()),
        }
    }

    pub fn registry(&self) -> &Registry {
        &self.registry
    }

    /// The cached result for `id`, if it was resolved before (no I/O).
    pub fn cached(&self, id: u32) -> Option<Cached> {
        self.by_id.lock().ok()?.get(&id).cloned()
    }

    /// The writer schema with global id `id`. Transport failures (registry
    /// unreachable) are not cached, so a later record can retry; answers are.
    pub async fn by_id(&self, id: u32) -> Cached {
        if let Some(hit) = self.cached(id) {
            return hit;
        }
        let result = self.fetch_by_id(id).await;
        let transient =
            matches!(&result, Err(ResolveError::Registry(m)) if m.starts_with("cannot reach"));
        if !transient {
            if let Ok(mut cache) = self.by_id.lock() {
                cache.insert(id, result.clone());
            }
        }
        result
    }

    async fn fetch_by_id(&self, id: u32) -> Cached {
        let s = self.registry.schema_by_id(id).await?;
        self.build(id, s.schema, s.schema_type, s.references).await
    }

    /// `version` is a number or `latest`.
    pub async fn by_subject(&self, subject: &str, version: &str) -> Cached {
        let v = self.registry.version(subject, version).await?;
        if let Some(hit) = self.cached(v.id) {
            return hit;
        }
        let r = self
            .build(v.id, v.schema, v.schema_type, v.references)
            .await;
        if let Ok(mut cache) = self.by_id.lock() {
            cache.insert(v.id, r.clone());
        }
        r
    }

    async fn build(
        &self,
        id: u32,
        text: String,
        schema_type: Option<String>,
        references: Vec<Reference>,
    ) -> Cached {
        if let Some(t) = schema_type.filter(|t| !t.eq_ignore_ascii_case("AVRO")) {
            return Err(ResolveError::UnsupportedType { id, schema_type: t });
        }
        let deps = self.reference_texts(&references).await?;
        let (schema, dependencies) = kctl_avro::schema::parse_with_dependencies(&text, &deps)
            .map_err(|message| ResolveError::Parse { id, message })?;
        Ok(Arc::new(ResolvedSchema {
            id,
            text,
            references,
            schema,
            dependencies,
        }))
    }

    /// The texts of all schemas `refs` need, transitively, dependencies first,
    /// each subject-version once.
    pub async fn reference_texts(&self, refs: &[Reference]) -> Result<Vec<String>, ResolveError> {
        let mut seen = std::collections::HashSet::new();
        let mut out = Vec::new();
        // Iterative depth-first walk: (reference, children already expanded).
        let mut stack: Vec<(Reference, Option<String>)> =
            refs.iter().rev().map(|r| (r.clone(), None)).collect();
        while let Some((r, text)) = stack.pop() {
            let key = (r.subject.clone(), r.version);
            match text {
                Some(t) => {
                    if seen.insert(key) {
                        out.push(t);
                    }
                }
                None => {
                    if seen.contains(&key) {
                        continue;
                    }
                    let v = self
                        .registry
                        .version(&r.subject, &r.version.to_string())
                        .await?;
                    stack.push((r.clone(), Some(v.schema)));
                    for child in v.references.iter().rev() {
                        if !seen.contains(&(child.subject.clone(), child.version)) {
                            stack.push((child.clone(), None));
                        }
                    }
                }
            }
        }
        Ok(out)
    }
}
