//! `kctl produce TOPIC`: resolve formats and schemas (through the registry),
//! connect the producer, run the produce loop (`ops::produce`) over input
//! lines or generated events, and report exactly what was delivered.

use std::path::Path;
use std::sync::Arc;
use std::time::Duration;

use anyhow::{anyhow, bail, Context as _, Result};
use serde_json::Value;

use super::Ctx;
use crate::cli::{OutputFormat, ProduceArgs, ProduceFormat};
use crate::domain::flags::Rate;
use crate::domain::generate::Generator;
use crate::domain::produce::{
    parse_header, AvroCodec, Codec, EncodeFormat, EnvelopeMode, KeySource, LineError,
    ProduceSummary, RecordSpec, StoppedAt,
};
use crate::exit::{CodedError, Outcome};
use crate::kafka::producer::{self, KafkaSink};
use crate::ops::interrupt;
use crate::ops::ports::ProduceSink;
use crate::ops::produce::{
    self as produce_loop, DrySink, GeneratedSource, Limits, LineSource, Source, Stop,
};
use crate::output;
use crate::registry::schemas::SchemaCache;
use crate::registry::{Registry, RegistryError};
use kctl_avro::encode::AvroSchema;

/// With `--seed`, generated timestamps are anchored at 2025-01-01T00:00:00Z
/// instead of now, so the same seed gives the same bytes on any day.
const SEEDED_BASE_MILLIS: i64 = 1_735_689_600_000;

/// Where records come from, for messages.
enum Input<'a> {
    Stdin,
    File(&'a Path),
    Generated,
}

impl Input<'_> {
    fn name(&self) -> String {
        match self {
            Input::Stdin => "stdin".into(),
            Input::File(p) => p.display().to_string(),
            Input::Generated => "generated".into(),
        }
    }

    /// `events.ndjson:12:5: ...`, `line 12: ...`, `event 12: ...`.
    fn locate(&self, line: u64, error: &LineError) -> String {
        match (self, error.column) {
            (Input::File(p), Some(c)) => format!("{}:{line}:{c}: {}", p.display(), error.message),
            (Input::File(p), None) => format!("{}:{line}: {}", p.display(), error.message),
            (Input::Stdin, Some(c)) => format!("line {line}, column {c}: {}", error.message),
            (Input::Stdin, None) => format!("line {line}: {}", error.message),
            (Input::Generated, _) => format!("event {line}: {}", error.message),
        }
    }
}

pub async fn run(ctx: &Ctx, args: ProduceArgs) -> Result<Outcome> {
    check_flags(&args)?;
    // Bad flags are reported before anything is contacted.
    let headers = args
        .headers
        .iter()
        .map(|h| parse_header(h).map(|(k, v)| (k, Some(v))))
        .collect::<Result<Vec<_>, _>>()
        .map_err(CodedError::usage)?;
    interrupt::handle_myself();
    let settings = ctx.settings()?;
    let registry = ctx.registry()?;
    let schemas = SchemaCache::with_registry(registry.clone());
    let value_subject = args
        .value_subject
        .clone()
        .unwrap_or_else(|| format!("{}-value", args.topic));
    let key_subject = args
        .key_subject
        .clone()
        .unwrap_or_else(|| format!("{}-key", args.topic));

    let value = value_codec(&args, &registry, &schemas, &value_subject).await?;
    let key = key_codec(&args, &registry, &schemas, &key_subject, value.format).await?;
    log::debug!(
        "value format {}{}, key format {}{}",
        value.format,
        schema_note(&value),
        key.format,
        schema_note(&key)
    );
    if args.generate.is_some() && value.format != EncodeFormat::Avro {
        return Err(CodedError::usage(
            "--generate needs an Avro value schema: a value subject, --schema-id or --schema-file",
        ));
    }
    let key_source = key_source(&args, &key)?;

    let kafka = if args.dry_run {
        None
    } else {
        Some(KafkaSink::connect(&settings, &args.topic)?)
    };
    let partitions = match &kafka {
        Some(k) => Some(tokio::task::block_in_place(|| k.partition_count())?),
        None => None,
    };
    if let (Some(p), Some(n)) = (args.partition, partitions) {
        if p >= n {
            bail!(
                "partition {p} does not exist: topic {:?} has {n} partitions",
                args.topic
            );
        }
    }

    let spec = RecordSpec {
        value,
        key,
        key_source,
        headers,
        partition: args.partition,
        partitions,
        envelope: if args.envelope {
            EnvelopeMode::Always
        } else if args.no_envelope {
            EnvelopeMode::Never
        } else {
            EnvelopeMode::Auto
        },
    };
    let limits = Limits {
        rate: args.rate.map(Rate::per_second),
        flush_timeout: producer::delivery_timeout(&settings) + Duration::from_secs(5),
    };
    let input = match (&args.file, args.generate) {
        (_, Some(_)) => Input::Generated,
        (Some(f), None) => Input::File(f),
        (None, None) => Input::Stdin,
    };
    let reader: Option<Box<dyn std::io::Read + Send>> = match &input {
        Input::File(p) => Some(Box::new(
            std::fs::File::open(p).with_context(|| format!("cannot open {}", p.display()))?,
        )),
        Input::Stdin => {
            if output::interactive() {
                output::status("reading events from stdin, one per line (Ctrl-D ends)");
            }
            Some(Box::new(std::io::stdin()))
        }
        Input::Generated => None,
    };
    let seed = args.seed.unwrap_or_else(|| {
        std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.as_nanos() as u64)
            .unwrap_or(0)
    });
    if args.generate.is_some() {
        log::debug!("--generate seed {seed}");
    }
    let base_millis = if args.seed.is_some() {
        SEEDED_BASE_MILLIS
    } else {
        chrono::Utc::now().timestamp_millis()
    };

    // The codecs' schemas answer envelope lines that name their ids, even a
    // schema file's not registered yet (dry run).
    for c in [&spec.value, &spec.key] {
        if let Some(a) = &c.avro {
            schemas.pin_encoder(a.id, a.schema.clone());
        }
    }

    let mut sink: Box<dyn ProduceSink + Send> = match kafka {
        Some(k) => Box::new(k),
        None => Box::new(DrySink::default()),
    };
    let count = args.generate.unwrap_or(0);
    let progress = output::produce::ProduceProgress::new(args.generate);
    let loop_spec = spec.clone();
    let flush_timeout = limits.flush_timeout;
    // The loop blocks (librdkafka, stdin), so it runs on a blocking thread:
    // the runtime stays free to notice Ctrl-C (main's handler sets the flag
    // the loop polls, and a second Ctrl-C still ends kctl at once).
    let (report, tracker) = tokio::task::spawn_blocking(move || {
        let spec = loop_spec;
        let value_schema = spec.value.avro.as_ref().map(|a| a.schema.clone());
        let key_schema = match spec.key_source {
            KeySource::None => spec.key.avro.as_ref().map(|a| a.schema.clone()),
            _ => None,
        };
        let mut source: Box<dyn Source + '_> = match (reader, &value_schema) {
            (Some(r), _) => Box::new(LineSource::new(r, &spec, &schemas)),
            (None, Some(vs)) => Box::new(GeneratedSource::new(
                Generator::new(vs, seed, base_millis),
                key_schema
                    .as_deref()
                    .map(|ks| Generator::new(ks, seed ^ 0x6b65_795f_6b65_795f, base_millis)),
                count,
                &spec,
            )),
            (None, None) => unreachable!("--generate was checked to have an Avro schema"),
        };
        let report = produce_loop::run(
            source.as_mut(),
            sink.as_mut(),
            &limits,
            &interrupt::requested,
            &mut |sent, delivered| progress.update(sent, delivered),
        );
        progress.finish();
        (report, sink.tracker())
    })
    .await
    .context("the produce loop panicked")?;

    let stopped_at = match &report.stop {
        Stop::Invalid { line, error } => Some(StoppedAt {
            line: *line,
            error: input.locate(*line, error),
        }),
        _ => None,
    };
    let base = ProduceSummary {
        topic: args.topic.clone(),
        dry_run: args.dry_run,
        source: input.name(),
        value_format: spec.value.format,
        value_schema_id: spec.value.avro.as_ref().map(|a| a.id),
        key_format: spec.key.format,
        key_schema_id: spec.key.avro.as_ref().map(|a| a.id),
        seed: args.generate.map(|_| seed),
        records: 0,
        delivered: 0,
        failed: 0,
        delivered_lines: vec![],
        failed_lines: vec![],
        partitions: vec![],
        errors: vec![],
        elapsed_seconds: 0.0,
        records_per_second: 0.0,
        bytes: 0,
        megabytes_per_second: 0.0,
        stopped_at: stopped_at.clone(),
        interrupted: report.stop == Stop::Interrupted,
    };
    let summary = ProduceSummary::from_tracker(
        &tracker,
        report.sent,
        report.elapsed.as_secs_f64(),
        args.dry_run,
        base,
    );
    match args.output {
        OutputFormat::Table => output::status(output::produce::summary_text(&summary).trim_end()),
        format => output::render(format, &summary, String::new)?,
    }
    if report.unflushed > 0 {
        output::warn(&format!(
            "{} records were still unacknowledged after {:?} and were given up (counted as failed; some may have reached the broker)",
            report.unflushed, flush_timeout
        ));
    }

    match report.stop {
        Stop::Invalid { .. } => Err(anyhow!(stopped_at.map(|s| s.error).unwrap_or_default())),
        Stop::InputFailed(m) => Err(anyhow!(m)),
        Stop::Interrupted => Ok(Outcome::Interrupted),
        Stop::End if summary.failed > 0 => Ok(Outcome::Partial),
        Stop::End => Ok(Outcome::Ok),
    }
}

fn check_flags(args: &ProduceArgs) -> Result<()> {
    let pinned =
        args.schema_id.is_some() || args.schema_version.is_some() || args.schema_file.is_some();
    if pinned && args.value_format.is_some_and(|f| f != ProduceFormat::Avro) {
        return Err(CodedError::usage(
            "--schema-id, --schema-version and --schema-file need --value-format avro",
        ));
    }
    if args.generate.is_some() && args.envelope {
        return Err(CodedError::usage(
            "--generate makes its own records: drop --envelope",
        ));
    }
    Ok(())
}

fn format_of(f: ProduceFormat) -> EncodeFormat {
    match f {
        ProduceFormat::Avro => EncodeFormat::Avro,
        ProduceFormat::Json => EncodeFormat::Json,
        ProduceFormat::String => EncodeFormat::String,
        ProduceFormat::Bytes => EncodeFormat::Bytes,
    }
}

fn schema_note(c: &Codec) -> String {
    c.avro
        .as_ref()
        .map(|a| format!(" (schema id {})", a.id))
        .unwrap_or_default()
}

/// The codec for a registered schema id.
async fn by_id(schemas: &SchemaCache, id: u32) -> Result<AvroCodec> {
    Ok(AvroCodec {
        id,
        schema: schemas.encoder_for(id).await.map_err(|e| anyhow!("{e}"))?,
    })
}

fn not_found(e: &RegistryError) -> bool {
    matches!(
        e,
        RegistryError::SubjectNotFound { .. } | RegistryError::VersionNotFound { .. }
    )
}

/// The value format (defaulted from the registry) and, for Avro, the schema:
/// pinned by id, version or file, else the subject's latest.
async fn value_codec(
    args: &ProduceArgs,
    registry: &Registry,
    schemas: &SchemaCache,
    subject: &str,
) -> Result<Codec> {
    let pinned =
        args.schema_id.is_some() || args.schema_version.is_some() || args.schema_file.is_some();
    let format = match args.value_format {
        Some(f) => format_of(f),
        None if pinned || args.generate.is_some() => EncodeFormat::Avro,
        None => match registry.version(subject, "latest").await {
            Ok(v) => {
                log::debug!("value format avro: subject {subject} exists");
                return Ok(Codec {
                    format: EncodeFormat::Avro,
                    avro: Some(by_id(schemas, v.id).await?),
                });
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
    let avro = if let Some(id) = args.schema_id {
        by_id(schemas, id).await?
    } else if let Some(file) = &args.schema_file {
        schema_file_codec(args, file, registry, subject).await?
    } else {
        let version = args
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
        by_id(schemas, v.id).await?
    };
    Ok(Codec {
        format: EncodeFormat::Avro,
        avro: Some(avro),
    })
}

async fn schema_file_codec(
    args: &ProduceArgs,
    file: &Path,
    registry: &Registry,
    subject: &str,
) -> Result<AvroCodec> {
    let text =
        std::fs::read_to_string(file).with_context(|| format!("cannot read {}", file.display()))?;
    let schema = AvroSchema::parse(&text)
        .map_err(|e| anyhow!("{}: not a valid Avro schema: {e}", file.display()))?;
    let id = if args.register && !args.dry_run {
        let id = registry.register(subject, &text, None, &[]).await?;
        log::debug!(
            "registered {} under {subject}: schema id {id}",
            file.display()
        );
        id
    } else {
        match registry.lookup(subject, &text, None, &[]).await? {
            Some(v) => v.id,
            None if args.register => {
                output::warn(&format!(
                    "dry run: {} is not registered under {subject} yet; encoding with schema id 0",
                    file.display()
                ));
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

/// The key format: given, or Avro when the value is Avro and the key subject
/// exists, else string.
async fn key_codec(
    args: &ProduceArgs,
    registry: &Registry,
    schemas: &SchemaCache,
    subject: &str,
    value_format: EncodeFormat,
) -> Result<Codec> {
    let explicit = args.key_format.map(format_of);
    if explicit.is_some_and(|f| f != EncodeFormat::Avro)
        || (explicit.is_none() && value_format != EncodeFormat::Avro)
    {
        return Ok(Codec::plain(explicit.unwrap_or(EncodeFormat::String)));
    }
    match registry.version(subject, "latest").await {
        Ok(v) => Ok(Codec {
            format: EncodeFormat::Avro,
            avro: Some(by_id(schemas, v.id).await?),
        }),
        Err(e) if not_found(&e) && explicit.is_none() => Ok(Codec::plain(EncodeFormat::String)),
        Err(e) if not_found(&e) => bail!("--key-format avro: {e}"),
        Err(e) => bail!("{e}"),
    }
}

fn key_source(args: &ProduceArgs, key: &Codec) -> Result<KeySource> {
    if let Some(k) = &args.key {
        let json = match key.format {
            EncodeFormat::Avro | EncodeFormat::Json => {
                serde_json::from_str(k).unwrap_or_else(|_| Value::String(k.clone()))
            }
            _ => Value::String(k.clone()),
        };
        let mut bytes = Vec::new();
        key.encode_json(&json, &mut bytes)
            .map_err(|e| CodedError::usage(format!("--key {k:?}: {e}")))?;
        return Ok(KeySource::Constant(bytes));
    }
    Ok(match &args.key_field {
        Some(path) if path.is_empty() => return Err(CodedError::usage("--key-field is empty")),
        Some(path) => KeySource::Field(path.clone()),
        None => KeySource::None,
    })
}
