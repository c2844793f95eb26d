//! How `kctl produce` encodes keys and values: each format as given, or
//! defaulted from the registry (Avro, JSON Schema or Protobuf, by the
//! subject's schema, when the subject exists), and for those the writer
//! schema, pinned by id, version or file, else the subject's latest; for
//! Protobuf also the message (`--message`, else the schema's only one).
//! Schemas by id come from the command's one schema cache.

use std::path::Path;
use std::sync::Arc;

use anyhow::{anyhow, bail, Context as _, Result};
use kctl_avro::encode::AvroSchema;
use serde_json::Value;

use crate::domain::json_schema::JsonSchema;
use crate::domain::produce::{AvroCodec, Codec, EncodeFormat, JsonCodec, KeySource};
use crate::domain::protobuf::{ProtoCodec, ProtoSchema};
use crate::domain::subject::SchemaKind;
use crate::exit::CodedError;
use crate::ops::ports::{RegistryError, SchemaRegistry, WriterSchemas};

/// What the flags say about the codecs.
#[derive(Debug, Clone, Default)]
pub struct CodecFlags<'a> {
    pub value_format: Option<EncodeFormat>,
    pub key_format: Option<EncodeFormat>,
    pub schema_id: Option<u32>,
    pub schema_version: Option<u32>,
    pub schema_file: Option<&'a Path>,
    /// Register `schema_file` first (not in a dry run).
    pub register: bool,
    pub dry_run: bool,
    /// Events are generated from the value schema.
    pub generate: bool,
    /// `--value-subject` was given: the subject must exist, never a fallback to JSON.
    pub value_subject_given: bool,
    /// `--key-subject` was given: the key is Avro with that subject, which must exist.
    pub key_subject_given: bool,
    /// `--message`: the value's Protobuf message.
    pub message: Option<&'a str>,
}

impl CodecFlags<'_> {
    /// The value schema is pinned by id, version or file.
    pub fn pinned(&self) -> bool {
        self.schema_id.is_some() || self.schema_version.is_some() || self.schema_file.is_some()
    }
}

fn not_found(e: &RegistryError) -> bool {
    matches!(
        e,
        RegistryError::SubjectNotFound { .. } | RegistryError::VersionNotFound { .. }
    )
}

/// The Avro codec for a registered schema id.
fn by_id(schemas: &dyn WriterSchemas, id: u32) -> Result<AvroCodec> {
    Ok(AvroCodec {
        id,
        schema: schemas.encoder(id).map_err(|e| anyhow!("{e}"))?,
    })
}

/// The codec for schema `id` in `format` (Avro, JSON Schema or Protobuf,
/// with `message`); a schema of another format is an error naming both.
fn codec_for(
    schemas: &dyn WriterSchemas,
    format: EncodeFormat,
    id: u32,
    message: Option<&str>,
) -> Result<Codec> {
    let kind = schemas.kind(id).map_err(|e| anyhow!("{e}"))?;
    match (format, kind) {
        (EncodeFormat::Avro, SchemaKind::Avro) => Ok(Codec::avro(by_id(schemas, id)?)),
        (EncodeFormat::JsonSchema, SchemaKind::Json) => Ok(Codec::json_schema(JsonCodec {
            id,
            schema: schemas.json_schema(id).map_err(|e| anyhow!("{e}"))?,
        })),
        (EncodeFormat::Protobuf, SchemaKind::Protobuf) => {
            let schema = schemas.proto_schema(id).map_err(|e| anyhow!("{e}"))?;
            let m = schema
                .message(message)
                .map_err(|e| CodedError::usage(format!("schema id {id}: {e}")))?;
            Ok(Codec::protobuf(ProtoCodec::new(id, m)))
        }
        (f, k) => Err(CodedError::usage(format!(
            "schema id {id} is {k}, which --value-format/--key-format {f} cannot encode with (use {})",
            format_of(k)
        ))),
    }
}

/// The encode format of a schema kind.
fn format_of(kind: SchemaKind) -> EncodeFormat {
    match kind {
        SchemaKind::Avro => EncodeFormat::Avro,
        SchemaKind::Json => EncodeFormat::JsonSchema,
        SchemaKind::Protobuf => EncodeFormat::Protobuf,
    }
}

/// The codec for a registered schema version, by its own format unless one
/// was asked for.
fn codec_for_version(
    schemas: &dyn WriterSchemas,
    asked: Option<EncodeFormat>,
    v: &crate::ops::ports::SchemaVersion,
    message: Option<&str>,
) -> Result<Codec> {
    let kind = SchemaKind::from_registry(v.schema_type.as_deref())
        .map_err(|e| anyhow!("subject {}: {e}", v.subject))?;
    codec_for(schemas, asked.unwrap_or(format_of(kind)), v.id, message)
}

/// The value format (defaulted from the registry) and, for Avro and JSON
/// Schema, the schema: pinned by id, version or file, else the subject's
/// latest; its format decides between the two unless `--value-format` did.
pub async fn value_codec<R: SchemaRegistry>(
    flags: &CodecFlags<'_>,
    registry: &R,
    schemas: &dyn WriterSchemas,
    subject: &str,
) -> Result<Codec> {
    let asked = flags.value_format;
    if asked.is_some_and(|f| !f.uses_schema()) {
        return Ok(Codec::plain(asked.unwrap_or(EncodeFormat::Json)));
    }
    if let Some(id) = flags.schema_id {
        let kind = schemas.kind(id).map_err(|e| anyhow!("{e}"))?;
        return codec_for(schemas, asked.unwrap_or(format_of(kind)), id, flags.message);
    }
    if let Some(file) = flags.schema_file {
        let kind = SchemaKind::of_path(file);
        if asked.is_some_and(|f| f != format_of(kind)) {
            return Err(CodedError::usage(format!(
                "{} is {kind}: it cannot encode --value-format {}",
                file.display(),
                asked.unwrap_or(EncodeFormat::Avro)
            )));
        }
        return schema_file_codec(flags, file, kind, registry, subject).await;
    }
    let explicit = asked.is_some() || flags.pinned() || flags.generate;
    let version = flags
        .schema_version
        .map_or_else(|| "latest".to_string(), |v| v.to_string());
    match registry.version(subject, &version).await {
        Ok(v) => {
            log::debug!(
                "value schema: subject {subject} version {} exists",
                v.version
            );
            codec_for_version(schemas, asked, &v, flags.message)
        }
        Err(e) if not_found(&e) && flags.value_subject_given => {
            bail!("--value-subject {subject}: {e}")
        }
        Err(e) if not_found(&e) && !explicit => {
            log::debug!("value format json: no subject {subject} in the registry");
            Ok(Codec::plain(EncodeFormat::Json))
        }
        Err(e @ RegistryError::SubjectNotFound { .. }) => bail!(
            "{e}: register a schema, or pass --schema-id, --schema-file, or --value-format json"
        ),
        Err(e) if !explicit => bail!(
            "{e} (to produce without the registry, pass --value-format json, string or bytes)"
        ),
        Err(e) => bail!("{e}"),
    }
}

async fn schema_file_codec<R: SchemaRegistry>(
    flags: &CodecFlags<'_>,
    file: &Path,
    kind: SchemaKind,
    registry: &R,
    subject: &str,
) -> Result<Codec> {
    let text =
        std::fs::read_to_string(file).with_context(|| format!("cannot read {}", file.display()))?;
    // A JSON Schema's `$ref`s and a Protobuf schema's imports are the
    // references of the subject's latest version.
    let refs = match kind {
        SchemaKind::Avro => Vec::new(),
        _ => crate::ops::schema::references(registry, subject, &[]).await?,
    };
    let deps = if refs.is_empty() {
        Vec::new()
    } else {
        registry
            .reference_texts(&refs)
            .await
            .map_err(|e| anyhow!("cannot fetch the schemas {subject} references: {e}"))?
    };
    let invalid = |what: &str, e: String| anyhow!("{}: not a valid {what}: {e}", file.display());
    let codec = |id| -> Result<Codec> {
        Ok(match kind {
            SchemaKind::Avro => Codec::avro(AvroCodec {
                id,
                schema: Arc::new(
                    AvroSchema::parse(&text).map_err(|e| invalid("Avro schema", e.to_string()))?,
                ),
            }),
            SchemaKind::Json => Codec::json_schema(JsonCodec {
                id,
                schema: Arc::new(
                    JsonSchema::parse(&text, &deps).map_err(|e| invalid("JSON Schema", e))?,
                ),
            }),
            SchemaKind::Protobuf => {
                let schema =
                    ProtoSchema::parse(&text, &deps).map_err(|e| invalid("Protobuf schema", e))?;
                let m = schema
                    .message(flags.message)
                    .map_err(|e| CodedError::usage(format!("{}: {e}", file.display())))?;
                Codec::protobuf(ProtoCodec::new(id, m))
            }
        })
    };
    // Parsed before anything is sent.
    codec(0)?;
    let id = if flags.register && !flags.dry_run {
        let id = registry.register(subject, &text, kind, &refs).await?;
        log::debug!(
            "registered {} under {subject}: schema id {id}",
            file.display()
        );
        id
    } else {
        match registry.lookup(subject, &text, kind, &refs).await? {
            Some(v) => v.id,
            None if flags.register => {
                log::warn!(
                    "dry run: {} is not registered under {subject} yet; encoding with schema id 0",
                    file.display()
                );
                0
            }
            None => bail!(
                "the schema in {} is not registered under subject {subject}: pass --register to register it",
                file.display()
            ),
        }
    };
    codec(id)
}

/// The key format: given, or the key subject's format (Avro or JSON
/// Schema) when `--key-subject` names a subject (which must exist) or when
/// the value uses a schema and the key subject exists, else string.
pub async fn key_codec<R: SchemaRegistry>(
    flags: &CodecFlags<'_>,
    registry: &R,
    schemas: &dyn WriterSchemas,
    subject: &str,
    value_format: EncodeFormat,
) -> Result<Codec> {
    let asked = flags.key_format;
    let schema_wanted = asked.is_some_and(EncodeFormat::uses_schema) || flags.key_subject_given;
    if asked.is_some_and(|f| !f.uses_schema()) || (!schema_wanted && !value_format.uses_schema()) {
        return Ok(Codec::plain(asked.unwrap_or(EncodeFormat::String)));
    }
    match registry.version(subject, "latest").await {
        Ok(v) => codec_for_version(schemas, asked, &v, None),
        Err(e) if not_found(&e) && !schema_wanted => Ok(Codec::plain(EncodeFormat::String)),
        Err(e) if not_found(&e) && flags.key_subject_given => bail!("--key-subject {subject}: {e}"),
        Err(e) if not_found(&e) => {
            bail!("--key-format {}: {e}", asked.unwrap_or(EncodeFormat::Avro))
        }
        Err(e) => bail!("{e}"),
    }
}

/// Where each record's key comes from: `--key` (encoded once), `--key-field`,
/// or none.
pub fn key_source(key: Option<&str>, key_field: Option<&str>, codec: &Codec) -> Result<KeySource> {
    if let Some(k) = key {
        let json = match codec.format {
            EncodeFormat::Avro
            | EncodeFormat::JsonSchema
            | EncodeFormat::Protobuf
            | EncodeFormat::Json => {
                serde_json::from_str(k).unwrap_or_else(|_| Value::String(k.to_string()))
            }
            _ => Value::String(k.to_string()),
        };
        let mut bytes = Vec::new();
        codec
            .encode_json(&json, &mut bytes)
            .map_err(|e| CodedError::usage(format!("--key {k:?}: {e}")))?;
        return Ok(KeySource::Constant(bytes));
    }
    Ok(match key_field {
        Some("") => return Err(CodedError::usage("--key-field is empty")),
        Some(path) => KeySource::Field(path.to_string()),
        None => KeySource::None,
    })
}
