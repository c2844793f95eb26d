//! One cache of writer schemas for the life of a command, shared by `tail`
//! and `dlq show` (decoding) and `produce` (encoding): each schema id is
//! fetched from the registry once, parsed with its references once, and
//! compiled for decoding or prepared for encoding once. Failures (an unknown
//! id, an unreachable registry, a schema kctl cannot decode with) are
//! remembered too, so a topic full of a bad id costs one request, not one per
//! record.
//!
//! The registry client builds its HTTP client on first use: a `tail` of a
//! topic of text never needs it.

use std::collections::HashMap;
use std::sync::{Arc, Mutex, OnceLock};
use std::time::Duration;

use apache_avro::Schema;
use kctl_avro::decode::{self, Compiled};
use kctl_avro::encode::AvroSchema;
use thiserror::Error;

use super::{Registry, RegistryError};
use crate::domain::json_schema::JsonSchema;
use crate::domain::protobuf::ProtoSchema;
use crate::domain::subject::{Reference, SchemaKind};
use crate::ops::ports::{SchemaError, WriterSchemas};
use crate::settings::RegistrySettings;

/// Why a schema id could not be resolved.
#[derive(Debug, Clone, Error)]
pub enum ResolveError {
    /// The registry's answer about this id (it does not know it, or a
    /// reference does not resolve).
    #[error("{0}")]
    Registry(String),
    /// The registry could not answer (see [`SchemaError::Unavailable`]).
    #[error("{0}")]
    Unavailable(String),
    /// Not a format kctl reads.
    #[error("schema id {id} is {schema_type}, kctl supports AVRO, JSON and PROTOBUF")]
    UnsupportedType { id: u32, schema_type: String },
    #[error("schema id {id} does not parse: {message}")]
    Parse { id: u32, message: String },
}

impl From<RegistryError> for ResolveError {
    fn from(e: RegistryError) -> Self {
        match e {
            RegistryError::Unreachable { .. } | RegistryError::Unauthorized { .. } => {
                ResolveError::Unavailable(e.to_string())
            }
            RegistryError::Api { status, .. } if status >= 500 => {
                ResolveError::Unavailable(e.to_string())
            }
            _ => ResolveError::Registry(e.to_string()),
        }
    }
}

impl ResolveError {
    fn into_schema_error(self) -> SchemaError {
        match self {
            ResolveError::Unavailable(m) => SchemaError::Unavailable(m),
            e => SchemaError::Fetch(e.to_string()),
        }
    }
}

/// A writer schema, parsed with its references.
enum Resolved {
    Avro {
        schema: Schema,
        /// Parsed named types from references, needed to resolve `Schema::Ref`s.
        dependencies: Vec<Schema>,
    },
    Json(Arc<JsonSchema>),
    Proto(Arc<ProtoSchema>),
}

impl Resolved {
    fn kind(&self) -> SchemaKind {
        match self {
            Resolved::Avro { .. } => SchemaKind::Avro,
            Resolved::Json(_) => SchemaKind::Json,
            Resolved::Proto(_) => SchemaKind::Protobuf,
        }
    }
}

/// Schema `id` is not of the format a caller expected.
fn not_a(id: u32, is: SchemaKind, expected: &str) -> SchemaError {
    let is = match is {
        SchemaKind::Avro => "an Avro schema",
        SchemaKind::Json => "a JSON Schema",
        SchemaKind::Protobuf => "a Protobuf schema",
    };
    SchemaError::Compile(format!("schema id {id} is {is}; {expected} was expected"))
}

fn not_avro(id: u32, is: SchemaKind) -> SchemaError {
    not_a(id, is, "an Avro schema")
}

/// Everything known about one schema id.
#[derive(Default)]
struct Entry {
    resolved: OnceLock<Result<Arc<Resolved>, ResolveError>>,
    decoder: OnceLock<Result<Arc<Compiled>, SchemaError>>,
    encoder: OnceLock<Result<Arc<AvroSchema>, SchemaError>>,
}

pub struct SchemaCache {
    registry: Registry,
    handle: tokio::runtime::Handle,
    by_id: Mutex<HashMap<u32, Arc<Entry>>>,
}

impl SchemaCache {
    /// A cache with a client of the registry in `settings`. Call it on the
    /// async runtime: the blocking [`WriterSchemas`] calls use its handle.
    pub fn new(settings: &RegistrySettings, timeout: Duration) -> Self {
        Self::with_registry(Registry::new(settings, timeout))
    }

    /// Builds the registry's HTTP client in the background now
    /// ([`Registry::prepare`]).
    pub fn prepare(&self) -> Option<std::thread::JoinHandle<()>> {
        self.registry.prepare()
    }

    /// A cache over a client the command already has.
    pub fn with_registry(registry: Registry) -> Self {
        SchemaCache {
            registry,
            handle: tokio::runtime::Handle::current(),
            by_id: Mutex::new(HashMap::new()),
        }
    }

    fn entry(&self, id: u32) -> Arc<Entry> {
        // A poisoned lock only means another thread panicked mid-insert; the
        // map itself is still whole.
        let mut map = self.by_id.lock().unwrap_or_else(|p| p.into_inner());
        map.entry(id).or_default().clone()
    }

    /// Uses `schema` for `id` from now on (a schema from a file, which may not
    /// be registered yet under that id).
    pub fn pin_encoder(&self, id: u32, schema: Arc<AvroSchema>) {
        let _ = self.entry(id).encoder.set(Ok(schema));
    }

    async fn resolved(&self, id: u32, entry: &Entry) -> Result<Arc<Resolved>, ResolveError> {
        if let Some(hit) = entry.resolved.get() {
            return hit.clone();
        }
        let result = self.fetch(id).await;
        if let Err(e) = &result {
            log::debug!("schema id {id}: {e}");
        }
        entry.resolved.get_or_init(|| result).clone()
    }

    async fn fetch(&self, id: u32) -> Result<Arc<Resolved>, ResolveError> {
        let registry = &self.registry;
        let s = registry.schema_by_id(id).await?;
        let kind = SchemaKind::from_registry(s.schema_type.as_deref()).map_err(|_| {
            ResolveError::UnsupportedType {
                id,
                schema_type: s.schema_type.clone().unwrap_or_default(),
            }
        })?;
        let deps = registry.reference_texts(&s.references).await?;
        match kind {
            SchemaKind::Json => {
                let schema = JsonSchema::parse(&s.schema, &deps)
                    .map_err(|message| ResolveError::Parse { id, message })?;
                return Ok(Arc::new(Resolved::Json(Arc::new(schema))));
            }
            SchemaKind::Protobuf => {
                let schema = ProtoSchema::parse(&s.schema, &deps)
                    .map_err(|message| ResolveError::Parse { id, message })?;
                return Ok(Arc::new(Resolved::Proto(Arc::new(schema))));
            }
            SchemaKind::Avro => {}
        }
        let texts: Vec<String> = deps.into_iter().map(|(_, t)| t).collect();
        let (schema, dependencies) = kctl_avro::schema::parse_with_dependencies(&s.schema, &texts)
            .map_err(|message| ResolveError::Parse { id, message })?;
        Ok(Arc::new(Resolved::Avro {
            schema,
            dependencies,
        }))
    }

    /// The writer schema with global id `id`, compiled for decoding.
    pub async fn decoder_for(&self, id: u32) -> Result<Arc<Compiled>, SchemaError> {
        let entry = self.entry(id);
        if let Some(hit) = entry.decoder.get() {
            return hit.clone();
        }
        let result = match self.resolved(id, &entry).await {
            Ok(r) => match &*r {
                Resolved::Avro {
                    schema,
                    dependencies,
                } => decode::compile(schema, dependencies)
                    .map(Arc::new)
                    .map_err(SchemaError::Compile),
                other => Err(not_avro(id, other.kind())),
            },
            Err(e) => Err(e.into_schema_error()),
        };
        entry.decoder.get_or_init(|| result).clone()
    }

    /// The writer schema with global id `id`, prepared for encoding.
    pub async fn encoder_for(&self, id: u32) -> Result<Arc<AvroSchema>, SchemaError> {
        let entry = self.entry(id);
        if let Some(hit) = entry.encoder.get() {
            return hit.clone();
        }
        let result = match self.resolved(id, &entry).await {
            Ok(r) => match &*r {
                Resolved::Avro {
                    schema,
                    dependencies,
                } => Ok(Arc::new(AvroSchema::new(schema.clone(), dependencies))),
                other => Err(not_avro(id, other.kind())),
            },
            Err(e) => Err(e.into_schema_error()),
        };
        entry.encoder.get_or_init(|| result).clone()
    }

    /// The parsed schema with global id `id`, whatever its format.
    async fn resolved_for(&self, id: u32) -> Result<Arc<Resolved>, SchemaError> {
        let entry = self.entry(id);
        self.resolved(id, &entry)
            .await
            .map_err(ResolveError::into_schema_error)
    }

    /// Uses `schema` for `id` from now on (a JSON Schema from a file).
    pub fn pin_json(&self, id: u32, schema: Arc<JsonSchema>) {
        let _ = self
            .entry(id)
            .resolved
            .set(Ok(Arc::new(Resolved::Json(schema))));
    }

    /// Uses `schema` for `id` from now on (a Protobuf schema from a file).
    pub fn pin_proto(&self, id: u32, schema: Arc<ProtoSchema>) {
        let _ = self
            .entry(id)
            .resolved
            .set(Ok(Arc::new(Resolved::Proto(schema))));
    }

    /// The parsed schema `id`, from synchronous code.
    fn resolved_blocking(&self, id: u32) -> Result<Arc<Resolved>, SchemaError> {
        match self.entry(id).resolved.get() {
            Some(hit) => hit.clone().map_err(ResolveError::into_schema_error),
            None => self.block_on(self.resolved_for(id)),
        }
    }

    /// Runs `f` to completion from synchronous code: on a blocking thread of
    /// the runtime (tail and produce run their loops there), or on a worker
    /// thread, which is told first that it is about to block.
    fn block_on<T>(&self, f: impl std::future::Future<Output = T>) -> T {
        tokio::task::block_in_place(|| self.handle.block_on(f))
    }
}

impl WriterSchemas for SchemaCache {
    fn decoder(&self, id: u32) -> Result<Arc<Compiled>, SchemaError> {
        if let Some(hit) = self.entry(id).decoder.get() {
            return hit.clone();
        }
        self.block_on(self.decoder_for(id))
    }

    fn encoder(&self, id: u32) -> Result<Arc<AvroSchema>, SchemaError> {
        if let Some(hit) = self.entry(id).encoder.get() {
            return hit.clone();
        }
        self.block_on(self.encoder_for(id))
    }

    fn kind(&self, id: u32) -> Result<SchemaKind, SchemaError> {
        if let Some(hit) = self.entry(id).resolved.get() {
            return hit
                .as_ref()
                .map(|r| r.kind())
                .map_err(|e| e.clone().into_schema_error());
        }
        self.block_on(self.resolved_for(id)).map(|r| r.kind())
    }

    fn json_schema(&self, id: u32) -> Result<Arc<JsonSchema>, SchemaError> {
        match &*self.resolved_blocking(id)? {
            Resolved::Json(s) => Ok(s.clone()),
            other => Err(not_a(id, other.kind(), "a JSON Schema")),
        }
    }

    fn proto_schema(&self, id: u32) -> Result<Arc<ProtoSchema>, SchemaError> {
        match &*self.resolved_blocking(id)? {
            Resolved::Proto(s) => Ok(s.clone()),
            other => Err(not_a(id, other.kind(), "a Protobuf schema")),
        }
    }
}

impl Registry {
    /// The texts of all schemas `refs` need, transitively, dependencies
    /// first, each subject-version once.
    pub async fn reference_texts(
        &self,
        refs: &[Reference],
    ) -> Result<Vec<(String, String)>, RegistryError> {
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
                        out.push((r.name.clone(), t));
                    }
                }
                None => {
                    if seen.contains(&key) {
                        continue;
                    }
                    let v = self.version(&r.subject, &r.version.to_string()).await?;
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
