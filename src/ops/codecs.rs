//! How `kctl produce` encodes keys and values: each format as given, or
//! defaulted from the registry (Avro when the subject exists), and for Avro
//! the writer schema, pinned by id, version or file, else the subject's
//! latest. Schemas by id come from the command's one schema cache.

use std::path::Path;
use std::sync::Arc;

use anyhow::{anyhow, bail, Context as _, Result};
use kctl_avro::encode::AvroSchema;
use serde_json::Value;

use crate::domain::produce::{AvroCodec, Codec, EncodeFormat, KeySource};
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

/// The codec for a registered schema id.
fn by_id(schemas: &dyn WriterSchemas, id: u32) -> Result<AvroCodec> {
    Ok(AvroCodec {
        id,
        schema: schemas.encoder(id).map_err(|e| anyhow!("{e}"))?,
    })
}

/// The value format (defaulted from the registry) and, for Avro, the schema:
/// pinned by id, version or file, else the subject's latest.
pub async fn value_codec<R: SchemaRegistry>(
    flags: &CodecFlags<'_>,
    registry: &R,
    schemas: &dyn WriterSchemas,
    subject: &str,
) -> Result<Codec> {
    let format = match flags.value_format {
        Some(f) => f,
        None if flags.pinned() || flags.generate => EncodeFormat::Avro,
        None => match registry.version(subject, "latest").await {
            Ok(v) => {
                log::debug!("value format avro: subject {subject} exists");
                return Ok(Codec {
                    format: EncodeFormat::Avro,
                    avro: Some(by_id(schemas, v.id)?),
                });
            }
            Err(e) if not_found(&e) && flags.value_subject_given => {
                bail!("--value-subject {subject}: {e}")
            }
            Err(e) if not_found(&e) => {
                log::debug!("value format json: no subject {subject} in the registry");
                EncodeFormat::Json
            }
            Err(e) => bail!(
                "{e} (to produce without the registry, pass --value-format json, string or bytes)"
            ),
        },
    };
    if format != EncodeFormat::Avro {
        return Ok(Codec::plain(format));
    }
    let avro = if let Some(id) = flags.schema_id {
        by_id(schemas, id)?
    } else if let Some(file) = flags.schema_file {
        schema_file_codec(flags, file, registry, subject).await?
    } else {
        let version = flags
            .schema_version
            .map_or_else(|| "latest".to_string(), |v| v.to_string());
        let v = registry.version(subject, &version).await.map_err(|e| {
            if matches!(e, RegistryError::SubjectNotFound { .. }) {
                anyhow!(
                    "{e}: register a schema, or pass --schema-id, --schema-file, or --value-format json"
                )
            } else {
                anyhow!("{e}")
            }
        })?;
        by_id(schemas, v.id)?
    };
    Ok(Codec {
        format: EncodeFormat::Avro,
        avro: Some(avro),
    })
}

async fn schema_file_codec<R: SchemaRegistry>(
    flags: &CodecFlags<'_>,
    file: &Path,
    registry: &R,
    subject: &str,
) -> Result<AvroCodec> {
    let text =
        std::fs::read_to_string(file).with_context(|| format!("cannot read {}", file.display()))?;
    let schema = AvroSchema::parse(&text)
        .map_err(|e| anyhow!("{}: not a valid Avro schema: {e}", file.display()))?;
    let id = if flags.register && !flags.dry_run {
        let id = registry.register(subject, &text, &[]).await?;
        log::debug!(
            "registered {} under {subject}: schema id {id}",
            file.display()
        );
        id
    } else {
        match registry.lookup(subject, &text, &[]).await? {
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
    Ok(AvroCodec {
        id,
        schema: Arc::new(schema),
    })
}

/// The key format: given, or Avro when `--key-subject` names a subject (which
/// must exist) or when the value is Avro and the key subject exists, else
/// string.
pub async fn key_codec<R: SchemaRegistry>(
    flags: &CodecFlags<'_>,
    registry: &R,
    schemas: &dyn WriterSchemas,
    subject: &str,
    value_format: EncodeFormat,
) -> Result<Codec> {
    let explicit = flags
        .key_format
        .or(flags.key_subject_given.then_some(EncodeFormat::Avro));
    if explicit.is_some_and(|f| f != EncodeFormat::Avro)
        || (explicit.is_none() && value_format != EncodeFormat::Avro)
    {
        return Ok(Codec::plain(explicit.unwrap_or(EncodeFormat::String)));
    }
    match registry.version(subject, "latest").await {
        Ok(v) => Ok(Codec {
            format: EncodeFormat::Avro,
            avro: Some(by_id(schemas, v.id)?),
        }),
        Err(e) if not_found(&e) && explicit.is_none() => Ok(Codec::plain(EncodeFormat::String)),
        Err(e) if not_found(&e) && flags.key_subject_given => bail!("--key-subject {subject}: {e}"),
        Err(e) if not_found(&e) => bail!("--key-format avro: {e}"),
        Err(e) => bail!("{e}"),
    }
}

/// Where each record's key comes from: `--key` (encoded once), `--key-field`,
/// or none.
pub fn key_source(key: Option<&str>, key_field: Option<&str>, codec: &Codec) -> Result<KeySource> {
    if let Some(k) = key {
        let json = match codec.format {
            EncodeFormat::Avro | EncodeFormat::Json => {
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
