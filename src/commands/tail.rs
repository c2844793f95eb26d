//! `kctl tail`: resolve the flags, find each partition's start and end,
//! assign the partitions (no consumer group), run the read loop on a blocking
//! thread, and report a summary on stderr.

use anyhow::{anyhow, Context as _, Result};

use super::Ctx;
use crate::cli::{AvroJson, TailArgs, TailOutput};
use crate::domain::filter::{self, Filter};
use crate::domain::tail::{self as plan, RecordStyle, StartAt};
use crate::exit::{CodedError, Outcome};
use crate::kafka::fast_tail::FastTail;
use crate::ops::tail::{self as tail_loop, Positions, TailOptions, TailSummary};
use crate::output::{self, records};
use crate::registry::schemas::SchemaCache;
use crate::settings::Settings;
use kctl_avro::decode::JsonStyle;

/// Everything `tail` needs, checked before connecting; the topic is set per
/// topic read ([`Resolved::for_topic`]).
#[derive(Clone)]
struct Resolved {
    positions: Positions,
    options: TailOptions,
    print: records::PrintOptions,
}

impl Resolved {
    fn for_topic(&self, topic: &str) -> Resolved {
        let mut r = self.clone();
        r.positions.topic = topic.to_string();
        r.print.topic = topic.to_string();
        r
    }

    fn for_partitions(&self, partitions: Vec<i32>) -> Resolved {
        let mut r = self.clone();
        r.positions.partitions = partitions;
        r
    }
}

fn usage(e: String) -> anyhow::Error {
    CodedError::usage(e)
}

fn resolve(args: TailArgs, now_ms: i64) -> Result<Resolved> {
    if args.removed_f {
        return Err(usage(
            "tail: -f is --file in every kctl command; to follow, use -F or --follow".into(),
        ));
    }
    let start = args.from.map_or(StartAt::Beginning, |f| f.at(now_ms));
    let until_ms = args.until.map(|u| u.resolve(now_ms));
    let template = args
        .format
        .as_deref()
        .map(plan::parse_template)
        .transpose()
        .map_err(usage)?;
    // A template's fields decide what is decoded, as --fields does.
    let fields = match &template {
        Some(t) => Some(plan::template_fields(t)),
        None => args
            .fields
            .as_deref()
            .map(plan::parse_fields)
            .transpose()
            .map_err(usage)?,
    };
    let headers = args.headers.clone();
    let wheres = args
        .wheres
        .iter()
        .map(|w| filter::parse_where(w))
        .collect::<Result<Vec<_>, _>>()
        .map_err(usage)?;
    let filter = Filter {
        key: args.key.clone(),
        headers,
        wheres,
        // Records out of timestamp order are filtered too, not only skipped
        // by the start offset.
        from_ms: match start {
            StartAt::Time(t) => Some(t),
            _ => None,
        },
        until_ms,
    };
    let style = match args.output {
        _ if template.is_some() => RecordStyle::Raw,
        TailOutput::Pretty => RecordStyle::Pretty,
        TailOutput::Json | TailOutput::Yaml => RecordStyle::Json,
        TailOutput::Raw => RecordStyle::Raw,
    };
    let avro_mode = match args.avro_json {
        AvroJson::Avro => JsonStyle::Avro,
        AvroJson::Plain => JsonStyle::Plain,
    };
    let color = style == RecordStyle::Pretty
        && output::stdout_is_terminal()
        && std::env::var_os("NO_COLOR").is_none();
    let mut partitions = args.partitions.clone();
    partitions.sort_unstable();
    partitions.dedup();
    Ok(Resolved {
        positions: Positions {
            topic: String::new(),
            start,
            last: args.last,
            partitions,
        },
        options: TailOptions {
            filter,
            key_format: args.key_format.into(),
            value_format: args.value_format.into(),
            max_messages: args.max_messages,
            until_ms,
            follow: args.follow,
            style,
            fields: fields.clone(),
        },
        print: records::PrintOptions {
            style,
            avro_mode,
            color,
            fields,
            topic: String::new(),
            yaml: args.output == TailOutput::Yaml,
            template,
        },
    })
}

pub async fn run(ctx: &Ctx, args: TailArgs) -> Result<Outcome> {
    let now_ms = chrono::Utc::now().timestamp_millis();
    let (names, regex) = (args.topics.clone(), args.regex);
    let resolved = resolve(args, now_ms)?;
    let topics = if names.len() == 1 && !regex {
        // One topic: the consumer itself says when it does not exist.
        names
    } else {
        let live: Vec<String> = ctx
            .admin()?
            .metadata(None)
            .await?
            .into_iter()
            .map(|t| t.name)
            .collect();
        plan::choose_topics(&live, &names, regex).map_err(|e| anyhow!(e))?
    };
    let settings = ctx.settings()?;
    let verbose = settings.verbose;
    let summary = tokio::task::spawn_blocking(move || {
        // One registry client and schema cache for every reader.
        let schemas = SchemaCache::new(&settings.registry, settings.timeout);
        if resolved.options.may_need_registry() {
            // Built on the other core while the consumers connect.
            if let Some(thread) = schemas.prepare() {
                crate::kafka::retire::retire(thread);
            }
        }
        if let [topic] = topics.as_slice() {
            let one = resolved.for_topic(topic);
            let source = FastTail::connect(&settings, topic)?;
            let shares = tail_loop::partition_shares(&source, &one.positions, &one.options)?;
            if let Some(shares) = shares {
                drop(source);
                let shares = shares.into_iter().map(|p| one.for_partitions(p)).collect();
                return read_side_by_side(&settings, &schemas, shares);
            }
            let printer = records::stdout_printer(one.print.clone());
            return read(source, one, &schemas, printer);
        }
        let shares = topics.iter().map(|t| resolved.for_topic(t)).collect();
        read_side_by_side(&settings, &schemas, shares)
    })
    .await
    .map_err(|e| anyhow!("tail stopped unexpectedly: {e}"))??;
    records::report(&summary, verbose);
    summary.outcome()
}

/// Several reads (topics, or shares of a topic's partitions), each by its own
/// consumer on its own thread, records printed as they come (whole records,
/// never interleaved within a line). The first failure is the command's
/// error, after every read has ended.
fn read_side_by_side(
    settings: &Settings,
    schemas: &SchemaCache,
    shares: Vec<Resolved>,
) -> Result<TailSummary> {
    // The registry client needs the runtime's context on each thread.
    let runtime = tokio::runtime::Handle::current();
    tail_loop::side_by_side(shares, |one| {
        let _context = runtime.enter();
        let printer = records::shared_stdout_printer(one.print.clone());
        let source = FastTail::connect(settings, &one.positions.topic)?;
        read(source, one, schemas, printer)
    })
}

/// Runs on a blocking thread: reading blocks.
fn read<W: std::io::Write>(
    source: FastTail,
    r: Resolved,
    schemas: &SchemaCache,
    mut printer: records::Printer<W>,
) -> Result<TailSummary> {
    let result = tail_loop::read(&source, schemas, &r.positions, &r.options, &mut printer);
    let flushed = printer.flush();
    let summary = result?;
    flushed.context("writing output")?;
    // Leaving without commits: closing the consumer only releases the
    // assignment.
    drop(source);
    output::flush_stderr();
    Ok(summary)
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::Parser;

    fn args(line: &[&str]) -> TailArgs {
        let mut full = vec!["kctl", "tail"];
        full.extend_from_slice(line);
        match crate::cli::Cli::try_parse_from(full).unwrap().command {
            crate::cli::Command::Tail(a) => a,
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn flags_resolve_into_positions_filters_and_output() {
        let r = resolve(
            args(&[
                "t",
                "--from",
                "-1h",
                "--until",
                "2026-01-01",
                "-p",
                "2",
                "-p",
                "0",
                "-p",
                "2",
                "--where",
                "n>1",
                "--header",
                "a=b",
                "-o",
                "raw",
            ]),
            10_000_000,
        )
        .unwrap();
        assert_eq!(r.positions.start, StartAt::Time(10_000_000 - 3_600_000));
        assert_eq!(r.positions.partitions, [0, 2]);
        assert_eq!(r.options.filter.from_ms, Some(6_400_000));
        assert_eq!(r.options.until_ms, Some(1_767_225_600_000));
        assert_eq!(r.options.filter.wheres.len(), 1);
        assert_eq!(r.print.style, RecordStyle::Raw);
        assert!(!r.print.color);
    }

    #[test]
    fn bad_flags_are_usage_errors() {
        for line in [
            &["t", "--from", "yesterday"][..],
            &["t", "--until", "soon"],
            &["t", "--where", "nonsense"],
            &["t", "--fields", "bogus"],
            &["t", "--header", "=v"],
            &["t", "--partition=-1"],
        ] {
            let mut full = vec!["kctl", "tail"];
            full.extend_from_slice(line);
            // Values of the wrong form are refused while clap parses (exit
            // 2), the rest when the flags are resolved.
            let code = match crate::cli::Cli::try_parse_from(full) {
                Err(e) => e.exit_code(),
                Ok(_) => {
                    let e = resolve(args(line), 0)
                        .err()
                        .unwrap_or_else(|| panic!("{line:?} accepted"));
                    crate::exit::code_for_error(&e).into()
                }
            };
            assert_eq!(code, i32::from(crate::exit::USAGE), "{line:?}");
        }
        assert!(
            crate::cli::Cli::try_parse_from(["kctl", "tail", "t", "-n", "5", "--from", "end"])
                .is_err()
        );
    }
}
