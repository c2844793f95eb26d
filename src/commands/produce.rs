//! `kctl produce TOPIC`: resolve formats and schemas (`ops::codecs`, through
//! the registry), connect the producer, run the produce loop
//! (`ops::produce`) over input lines or generated events, and report exactly
//! what was delivered.

use std::time::Duration;

use anyhow::{bail, Context as _, Result};

use super::Ctx;
use crate::cli::{OutputFormat, ProduceArgs, ProduceFormat};
use crate::domain::flags::Rate;
use crate::domain::produce::{parse_header, Codec, EncodeFormat, EnvelopeMode, RecordSpec};
use crate::exit::{CodedError, Outcome};
use crate::kafka::producer::{self, KafkaSink};
use crate::ops::codecs::{self, CodecFlags};
use crate::ops::interrupt;
use crate::ops::ports::ProduceSink;
use crate::ops::produce::{self, DrySink, Generation, Input, Limits, Session};
use crate::output;
use crate::registry::schemas::SchemaCache;

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
    let subject = |given: &Option<String>, suffix: &str| {
        given
            .clone()
            .unwrap_or_else(|| format!("{}-{suffix}", args.topic))
    };
    let flags = CodecFlags {
        value_format: args.value_format.map(format_of),
        key_format: args.key_format.map(format_of),
        schema_id: args.schema_id,
        schema_version: args.schema_version,
        schema_file: args.schema_file.as_deref(),
        register: args.register,
        dry_run: args.dry_run,
        generate: args.generate.is_some(),
        value_subject_given: args.value_subject.is_some(),
        key_subject_given: args.key_subject.is_some(),
        message: args.message.as_deref(),
    };
    let value_subject = subject(&args.value_subject, "value");
    let value = codecs::value_codec(&flags, &registry, &schemas, &value_subject).await?;
    let key_subject = subject(&args.key_subject, "key");
    let key = codecs::key_codec(&flags, &registry, &schemas, &key_subject, value.format).await?;
    log::debug!(
        "value format {}{}, key format {}{}",
        value.format,
        schema_note(&value),
        key.format,
        schema_note(&key)
    );
    if args.generate.is_some() && !value.format.uses_schema() {
        return Err(CodedError::usage(
            "--generate needs an Avro, JSON Schema or Protobuf value schema: a value subject, --schema-id or --schema-file",
        ));
    }
    let key_source = codecs::key_source(args.key.as_deref(), args.key_field.as_deref(), &key)?;

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
    // The codecs' schemas answer envelope lines that name their ids, even a
    // schema file's not registered yet (dry run).
    for c in [&spec.value, &spec.key] {
        if let Some(a) = &c.avro {
            schemas.pin_encoder(a.id, a.schema.clone());
        }
        if let Some(j) = &c.json {
            schemas.pin_json(j.id, j.schema.clone());
        }
    }
    let input = match (&args.file, args.generate, &args.value) {
        (_, Some(_), _) => Input::Generated,
        (_, _, Some(_)) => Input::Value,
        (Some(f), None, None) => Input::File(f.clone()),
        (None, None, None) => Input::Stdin,
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
        Input::Value => Some(Box::new(std::io::Cursor::new(format!(
            "{}\n",
            args.value.clone().unwrap_or_default()
        )))),
        Input::Generated => None,
    };
    let sink: Box<dyn ProduceSink + Send> = match kafka {
        Some(k) => Box::new(k),
        None => Box::new(DrySink::default()),
    };
    let limits = Limits {
        rate: args.rate.map(Rate::per_second),
        flush_timeout: producer::delivery_timeout(&settings) + Duration::from_secs(5),
        validate_all: args.dry_run,
    };
    let flush_timeout = limits.flush_timeout;
    let session = Session {
        topic: args.topic.clone(),
        spec,
        input,
        reader,
        generation: args.generate.map(|n| Generation::new(n, args.seed)),
        schemas,
        sink,
        limits,
        dry_run: args.dry_run,
    };
    let progress = output::produce::ProduceProgress::new(args.generate);
    let done = produce::produce(session, progress).await?;
    // Every bad line of a dry run, one per line, whatever the summary format.
    for i in &done.summary.invalid {
        output::error_line(&i.error);
    }
    match args.output {
        OutputFormat::Table => {
            output::status(output::produce::summary_text(&done.summary).trim_end())
        }
        format => output::render(format, &done.summary, String::new)?,
    }
    if done.unflushed > 0 {
        output::warn(&format!(
            "{} records were still unacknowledged after {:?} and were given up (counted as failed; some may have reached the broker)",
            done.unflushed, flush_timeout
        ));
    }
    produce::outcome(&done)
}

fn check_flags(args: &ProduceArgs) -> Result<()> {
    if args.value.as_deref().is_some_and(|v| v.contains('\n')) {
        return Err(CodedError::usage(
            "--value holds one record on one line; for several records use -f FILE or stdin",
        ));
    }
    let pinned =
        args.schema_id.is_some() || args.schema_version.is_some() || args.schema_file.is_some();
    let schemaless = |f: ProduceFormat| !format_of(f).uses_schema();
    if pinned && args.value_format.is_some_and(schemaless) {
        return Err(CodedError::usage(
            "--schema-id, --schema-version and --schema-file need --value-format avro or json-schema",
        ));
    }
    // A named subject is used or refused, never ignored.
    if let (Some(s), Some(f)) = (&args.value_subject, args.value_format) {
        if schemaless(f) {
            return Err(CodedError::usage(format!(
                "--value-subject {s} names a schema subject, but --value-format {} uses none: drop one of them",
                format_name(f)
            )));
        }
    }
    if let (Some(s), Some(f)) = (&args.key_subject, args.key_format) {
        if schemaless(f) {
            return Err(CodedError::usage(format!(
                "--key-subject {s} names a schema subject, but --key-format {} uses none: drop one of them",
                format_name(f)
            )));
        }
    }
    if let (Some(s), Some(_)) = (&args.value_subject, args.schema_id) {
        return Err(CodedError::usage(format!(
            "--schema-id names the schema itself, so --value-subject {s} would not be used: drop one of them"
        )));
    }
    if args.generate.is_some() && args.envelope {
        return Err(CodedError::usage(
            "--generate makes its own records: drop --envelope",
        ));
    }
    Ok(())
}

fn format_name(f: ProduceFormat) -> String {
    format_of(f).to_string()
}

fn format_of(f: ProduceFormat) -> EncodeFormat {
    match f {
        ProduceFormat::Avro => EncodeFormat::Avro,
        ProduceFormat::JsonSchema => EncodeFormat::JsonSchema,
        ProduceFormat::Protobuf => EncodeFormat::Protobuf,
        ProduceFormat::Json => EncodeFormat::Json,
        ProduceFormat::String => EncodeFormat::String,
        ProduceFormat::Bytes => EncodeFormat::Bytes,
    }
}

fn schema_note(c: &Codec) -> String {
    c.schema_id()
        .map(|id| format!(" (schema id {id})"))
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::Parser;

    fn flags(line: &[&str]) -> Result<()> {
        let mut full = vec!["kctl", "produce", "t"];
        full.extend_from_slice(line);
        match crate::cli::Cli::try_parse_from(full).unwrap().command {
            crate::cli::Command::Produce(a) => check_flags(&a),
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn a_named_subject_with_a_format_that_uses_none_is_a_usage_error() {
        for (line, expected) in [
            (
                &["--value-subject", "s", "--value-format", "json"][..],
                "--value-subject s names a schema subject, but --value-format json uses none",
            ),
            (
                &["--key-subject", "k", "--key-format", "string"],
                "--key-subject k names a schema subject, but --key-format string uses none",
            ),
            (
                &["--value-subject", "s", "--schema-id", "3"],
                "--value-subject s would not be used",
            ),
        ] {
            let err = flags(line).unwrap_err();
            assert_eq!(crate::exit::code_for_error(&err), crate::exit::USAGE);
            assert!(err.to_string().contains(expected), "{line:?}: {err}");
        }
        flags(&["--value-subject", "s", "--value-format", "avro"]).unwrap();
        flags(&["--value-subject", "s", "--value-format", "json-schema"]).unwrap();
        flags(&["--key-subject", "k"]).unwrap();
        flags(&["--value-subject", "s", "--schema-version", "2"]).unwrap();
    }
}
