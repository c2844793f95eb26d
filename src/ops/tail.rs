//! The `tail` read loop, written against [`RecordSource`] so that its logic
//! (stop at the captured end, `--until`, `--max-messages`, filters, decode
//! errors) is tested with a fake source as well as against the broker.
//!
//! Per record, the cheap checks come first: position, time, headers and key,
//! then the value is classified (a UTF-8 check, or a schema lookup) and only
//! decoded when a `--where` condition or the output needs it. Rendering writes
//! into the printer's buffer, which goes to stdout in large chunks and is
//! flushed whenever the source is idle or at a partition's end, so
//! `--follow` shows records as they arrive.

use std::cell::Cell;
use std::collections::HashMap;
use std::sync::Arc;
use std::time::{Duration, Instant};

use anyhow::{anyhow, Result};
use serde_json::Value;

use crate::domain::filter::{header_value, Filter, Root};
use crate::domain::subject::SchemaKind;
use crate::domain::tail::{
    self as plan, classify, start_offset, Decoded, DecoderLookup, FieldSpec, Progress, ReadFormat,
    Reader, RecordStyle, RecordView, StartAt, Verdict,
};
use kctl_avro::decode::{Compiled, JsonStyle};
use kctl_avro::wire;

use super::interrupt;
use super::ports::{Event, RecordSink, RecordSource, SchemaError, TailRecord, WriterSchemas};
use crate::exit::Outcome;

#[derive(Debug, Clone)]
pub struct TailOptions {
    pub filter: Filter,
    pub key_format: ReadFormat,
    pub value_format: ReadFormat,
    pub max_messages: Option<u64>,
    /// `--until`: a partition ends at its first record later than this.
    pub until_ms: Option<i64>,
    pub follow: bool,
    pub style: RecordStyle,
    pub fields: Option<Vec<FieldSpec>>,
}

#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct TailSummary {
    pub printed: u64,
    pub filtered: u64,
    /// Records with a key or value that could not be decoded as asked:
    /// printed with the error inline, or left out because a `--where`
    /// condition could not be evaluated on them (`undecodable_filtered`).
    pub undecodable: u64,
    /// Of `undecodable`, those left out by `--where` (also in `filtered`).
    pub undecodable_filtered: u64,
    pub first_error: Option<String>,
    pub interrupted: bool,
}

impl TailSummary {
    /// Adds another read's counts (several topics read side by side).
    pub fn add(&mut self, s: &TailSummary) {
        self.printed += s.printed;
        self.filtered += s.filtered;
        self.undecodable += s.undecodable;
        self.undecodable_filtered += s.undecodable_filtered;
        if self.first_error.is_none() {
            self.first_error.clone_from(&s.first_error);
        }
        self.interrupted |= s.interrupted;
    }

    /// The exit of a read: Ctrl-C 130; any record that could not be decoded
    /// as asked (an unknown schema id, a corrupt datum, text that is not JSON
    /// under `--value-format json`) makes it an error, after every record
    /// was printed, so a script can trust a 0.
    pub fn outcome(&self) -> Result<Outcome> {
        if self.interrupted {
            return Ok(Outcome::Interrupted);
        }
        if self.undecodable == 0 {
            return Ok(Outcome::Ok);
        }
        let n = self.undecodable;
        let printed = n - self.undecodable_filtered;
        let mut how = Vec::new();
        if printed > 0 {
            how.push(format!("{printed} printed as base64 with the error inline"));
        }
        if self.undecodable_filtered > 0 {
            how.push(format!(
                "{} left out because --where could not be evaluated on them",
                self.undecodable_filtered
            ));
        }
        Err(anyhow!(
            "{n} record{} could not be decoded as asked (first: {}): {}; --key-format/--value-format base64 read the bytes without decoding",
            if n == 1 { "" } else { "s" },
            self.first_error.as_deref().unwrap_or("unknown"),
            how.join(", ")
        ))
    }
}

/// How long one poll waits; also how soon Ctrl-C is noticed.
const POLL: Duration = Duration::from_millis(100);

impl TailOptions {
    fn needs_key(&self) -> bool {
        let in_fields = self.fields.as_ref().is_some_and(|f| {
            f.iter().any(|s| {
                matches!(
                    s,
                    FieldSpec::Key
                        | FieldSpec::KeyFormat
                        | FieldSpec::KeySchemaId
                        | FieldSpec::KeyPath(_)
                        | FieldSpec::Error
                )
            })
        });
        match &self.fields {
            Some(_) => in_fields || self.filter.key.is_some() || self.filter.needs_key(),
            None => {
                self.style != RecordStyle::Raw
                    || self.filter.key.is_some()
                    || self.filter.needs_key()
            }
        }
    }

    /// Whether a record may be decoded with a registered schema (a key or
    /// value read as Auto, Avro, JSON Schema or Protobuf, and shown).
    pub fn may_need_registry(&self) -> bool {
        let framed = |f: ReadFormat| {
            matches!(
                f,
                ReadFormat::Auto | ReadFormat::Avro | ReadFormat::JsonSchema | ReadFormat::Protobuf
            )
        };
        (self.needs_key() && framed(self.key_format))
            || (self.needs_value() && framed(self.value_format))
    }

    fn needs_value(&self) -> bool {
        match &self.fields {
            Some(f) => {
                self.filter.needs_value()
                    || f.iter().any(|s| {
                        matches!(
                            s,
                            FieldSpec::Value
                                | FieldSpec::ValueFormat
                                | FieldSpec::ValueSchemaId
                                | FieldSpec::ValuePath(_)
                                | FieldSpec::Error
                        )
                    })
            }
            None => true,
        }
    }
}

/// The plain (people's) view of a payload, for filters and field paths.
fn plain(bytes: Option<&[u8]>, d: &Decoded) -> Result<Option<Value>, String> {
    let Some(b) = bytes else {
        return Ok(None);
    };
    match d {
        Decoded::Avro { id, schema } => schema
            .to_value(&b[wire::HEADER_LEN..], JsonStyle::Plain)
            .map(Some)
            .map_err(|e| format!("schema id {id}: {e}")),
        Decoded::JsonSchema { id } => serde_json::from_slice(&b[wire::HEADER_LEN..])
            .map(Some)
            .map_err(|e| format!("schema id {id}: {e}")),
        Decoded::Protobuf { id, schema } => schema
            .to_value(&b[wire::HEADER_LEN..])
            .map(|(v, _)| Some(v))
            .map_err(|e| format!("schema id {id}: {e}")),
        Decoded::Text => {
            let s = std::str::from_utf8(b).unwrap_or_default();
            Ok(Some(
                serde_json::from_str::<Value>(s).unwrap_or_else(|_| Value::String(s.to_string())),
            ))
        }
        Decoded::Binary => Ok(Some(Value::String(String::from_utf8_lossy(b).into_owned()))),
        Decoded::Null => Ok(None),
        Decoded::Failed { message } => Err(message.clone()),
    }
}

/// A topic of several partitions is read by one reader per core, each with
/// every n-th partition, so that decoding uses every core; each partition's
/// records keep their order (across partitions there never was one). `None`:
/// one reader, also with `-p` (the user chose) or `--max-messages` (a count
/// across all partitions).
pub fn partition_shares<S: RecordSource>(
    source: &S,
    at: &Positions,
    opts: &TailOptions,
) -> Result<Option<Vec<Vec<i32>>>> {
    if opts.max_messages.is_some() || !at.partitions.is_empty() {
        return Ok(None);
    }
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
    Ok(plan::share_partitions(&source.partitions()?, cores))
}

/// Runs `read` on each share (a topic, or part of a topic's partitions) on
/// its own thread and sums the summaries. The first failure is the result,
/// after every read has ended.
pub fn side_by_side<T, F>(shares: Vec<T>, read: F) -> Result<TailSummary>
where
    T: Send,
    F: Fn(T) -> Result<TailSummary> + Sync,
{
    let read = &read;
    let results: Vec<Result<TailSummary>> = std::thread::scope(|scope| {
        let handles: Vec<_> = shares
            .into_iter()
            .map(|share| scope.spawn(move || read(share)))
            .collect();
        handles
            .into_iter()
            .map(|h| {
                h.join()
                    .unwrap_or_else(|_| Err(anyhow!("internal error: a reader thread panicked")))
            })
            .collect()
    });
    let mut total = TailSummary::default();
    for res in results {
        total.add(&res?);
    }
    Ok(total)
}

/// Where `tail` starts and which partitions it reads.
#[derive(Debug, Clone)]
pub struct Positions {
    pub topic: String,
    pub start: StartAt,
    /// `-n N`: the last N records of each partition instead.
    pub last: Option<u64>,
    /// Only these partitions (sorted); empty: all.
    pub partitions: Vec<i32>,
}

/// Finds each partition's start offset (and its end, the high watermark of
/// now, unless following), assigns the partitions and reads them with
/// [`run`]. Nothing to read is an empty summary.
pub fn read<S, Sch, K>(
    source: &S,
    schemas: &Sch,
    at: &Positions,
    opts: &TailOptions,
    sink: &mut K,
) -> Result<TailSummary>
where
    S: RecordSource,
    Sch: WriterSchemas + ?Sized,
    K: RecordSink,
{
    let all = source.partitions()?;
    let partitions = if at.partitions.is_empty() {
        all.clone()
    } else {
        if let Some(p) = at.partitions.iter().find(|p| !all.contains(p)) {
            return Err(anyhow!(
                "partition {p} does not exist in topic {:?} (it has partitions 0 to {})",
                at.topic,
                all.len().saturating_sub(1)
            ));
        }
        at.partitions.clone()
    };
    let time_offsets = match at.start {
        StartAt::Time(t) if at.last.is_none() => source.offsets_for_time(t, &partitions)?,
        _ => vec![None; partitions.len()],
    };
    let mut progress = Progress::default();
    let mut starts = Vec::with_capacity(partitions.len());
    for (&p, &time_offset) in partitions.iter().zip(&time_offsets) {
        let wm = source.watermarks(p)?;
        let start = start_offset(at.start, at.last, wm, time_offset);
        if let Some(note) = plan::clamp_note(at.start, at.last, wm) {
            log::warn!("{}/{p}: {note}", at.topic);
        }
        let end = (!opts.follow).then_some(wm.high);
        log::debug!(
            "{}/{p}: watermarks {}..{}, reading from {start}{}",
            at.topic,
            wm.low,
            wm.high,
            if opts.follow {
                " and following".to_string()
            } else {
                format!(" to {}", wm.high)
            }
        );
        progress.add(p, start, end);
        if !progress.is_done(p) {
            starts.push((p, start));
        }
    }
    if starts.is_empty() {
        return Ok(TailSummary::default());
    }
    source.assign(&starts)?;
    // From here Ctrl-C ends the read cleanly: flush what was read, report,
    // exit 130. (Before, while connecting, it stops kctl at once.)
    interrupt::handle_myself();
    run(source, schemas, progress, opts, sink)
}

/// Reads until every partition reaches its end (or forever with `follow`),
/// `max_messages` records are printed, or Ctrl-C.
pub fn run<S, Sch, K>(
    source: &S,
    schemas: &Sch,
    mut progress: Progress,
    opts: &TailOptions,
    printer: &mut K,
) -> Result<TailSummary>
where
    S: RecordSource,
    Sch: WriterSchemas + ?Sized,
    K: RecordSink,
{
    // Records of a topic mostly share one schema id: the last one is kept
    // at hand, the cache is asked only when the id changes. Avro decoders
    // are this loop's own copies: each record holds its decoder by a
    // reference count, and one count shared by the readers of several
    // partitions (one per core) made their cores take turns on its cache
    // line for every record.
    let mut last: Option<(u32, Reader)> = None;
    let mut own: HashMap<u32, Reader> = HashMap::new();
    // Set when the registry cannot be asked at all: the record in hand is
    // not printed and the read stops (see `halted`).
    let unavailable: Cell<Option<String>> = Cell::new(None);
    let mut lookup = |id: u32| -> Result<Reader, String> {
        if let Some((last_id, c)) = &last {
            if *last_id == id {
                return Ok(c.clone());
            }
        }
        if let Some(c) = own.get(&id) {
            last = Some((id, c.clone()));
            return Ok(c.clone());
        }
        let c = match schemas.kind(id) {
            Ok(SchemaKind::Json) => Ok(Reader::Json),
            Ok(SchemaKind::Protobuf) => schemas.proto_schema(id).map(Reader::Proto),
            Ok(SchemaKind::Avro) => schemas
                .decoder(id)
                .map(|d| Reader::Avro(Arc::new(Compiled::clone(&d)))),
            Err(e) => Err(e),
        };
        let c = c.map_err(|e| match e {
            SchemaError::Fetch(m) => m,
            SchemaError::Compile(m) => format!("schema id {id}: {m}"),
            SchemaError::Unavailable(m) => {
                unavailable.set(Some(m.clone()));
                m
            }
        })?;
        own.insert(id, c.clone());
        last = Some((id, c.clone()));
        Ok(c)
    };
    let schemas: &mut DecoderLookup<'_> = &mut lookup;
    let mut sum = TailSummary::default();
    let mut warned: Vec<String> = Vec::new();
    let needs_key = opts.needs_key();
    let needs_value = opts.needs_value();
    let needs_plain_value = opts.filter.needs_value()
        || opts
            .fields
            .as_ref()
            .is_some_and(|f| f.iter().any(|s| matches!(s, FieldSpec::ValuePath(_))));
    let needs_plain_key = opts.filter.needs_key()
        || opts
            .fields
            .as_ref()
            .is_some_and(|f| f.iter().any(|s| matches!(s, FieldSpec::KeyPath(_))));
    let filtering = !opts.filter.is_empty();
    let mut last_flush = Instant::now();

    while !progress.all_done() && !reached_max(&sum, opts) {
        if interrupt::requested() {
            sum.interrupted = true;
            break;
        }
        let mut pause = None;
        match source.poll(POLL) {
            Event::Record(rec) => {
                let p = rec.partition();
                if progress.record(p, rec.offset()) == Verdict::Ignore {
                    if progress.is_done(p) {
                        pause = Some(p);
                    }
                } else {
                    if progress.is_done(p) {
                        pause = Some(p);
                    }
                    let past_until = opts
                        .until_ms
                        .is_some_and(|u| rec.timestamp().is_some_and(|t| t > u));
                    if past_until {
                        progress.finish(p);
                        pause = Some(p);
                    } else {
                        handle(
                            &rec,
                            schemas,
                            &unavailable,
                            opts,
                            printer,
                            &mut sum,
                            Needs {
                                filtering,
                                key: needs_key,
                                value: needs_value,
                                plain_key: needs_plain_key,
                                plain_value: needs_plain_value,
                            },
                        )?;
                        if opts.follow && last_flush.elapsed() >= POLL {
                            printer.flush()?;
                            last_flush = Instant::now();
                        }
                    }
                }
            }
            Event::PartitionEnd(p) => {
                if !opts.follow {
                    progress.reached_end(p);
                    pause = Some(p);
                }
                printer.flush()?;
                last_flush = Instant::now();
            }
            Event::Idle => {
                printer.flush()?;
                last_flush = Instant::now();
                if printer.reader_gone() {
                    return Err(std::io::Error::from(std::io::ErrorKind::BrokenPipe).into());
                }
            }
            Event::Transient(msg) => {
                if !warned.contains(&msg) {
                    log::warn!("{msg} (retrying)");
                    warned.push(msg);
                }
            }
            Event::Fatal(msg) => {
                printer.flush()?;
                return Err(anyhow!(msg));
            }
        }
        if let Some(p) = pause {
            source.pause(p);
        }
    }
    printer.flush()?;
    Ok(sum)
}

fn reached_max(sum: &TailSummary, opts: &TailOptions) -> bool {
    opts.max_messages.is_some_and(|m| sum.printed >= m)
}

#[derive(Clone, Copy)]
struct Needs {
    filtering: bool,
    key: bool,
    value: bool,
    plain_key: bool,
    plain_value: bool,
}

/// Stops the read when the registry could not be asked for a schema: the
/// payload is Confluent-framed, and printing its bytes instead would change
/// what the output means. `--key-format`/`--value-format base64` read such
/// payloads without the registry.
fn halted<R: RecordView>(rec: &R, unavailable: &Cell<Option<String>>) -> Result<()> {
    match unavailable.take() {
        None => Ok(()),
        Some(m) => Err(anyhow!(
            "{m} (needed to decode partition {} offset {}; nothing from there on was printed; --key-format/--value-format base64 print the bytes without decoding)",
            rec.partition(),
            rec.offset()
        )),
    }
}

fn handle<R, K>(
    rec: &R,
    schemas: &mut DecoderLookup<'_>,
    unavailable: &Cell<Option<String>>,
    opts: &TailOptions,
    printer: &mut K,
    sum: &mut TailSummary,
    needs: Needs,
) -> Result<()>
where
    R: RecordView,
    K: RecordSink,
{
    let f = &opts.filter;
    let mut key = Decoded::Null;
    let mut plain_key: Option<Value> = None;
    let mut plain_value: Option<Value> = None;
    let mut early_errors: Vec<String> = Vec::new();
    if needs.filtering {
        let headers = || {
            (0..rec.header_count())
                .filter_map(|i| rec.header(i))
                .filter_map(|(n, v)| std::str::from_utf8(n).ok().map(|n| (n, v)))
                .collect::<Vec<_>>()
        };
        if !f.time_ok(rec.timestamp()) || !f.headers_ok(headers) {
            sum.filtered += 1;
            return Ok(());
        }
        if f.key.is_some() || needs.plain_key {
            key = classify(rec.key(), opts.key_format, schemas);
            halted(rec, unavailable)?;
        }
        if needs.plain_key {
            match plain(rec.key(), &key) {
                Ok(v) => plain_key = v,
                Err(e) => early_errors.push(format!("key: {e}")),
            }
        }
        // Only an Avro key can differ from its bytes and still match: text
        // is compared as bytes, so it is never decoded for `--key`.
        let key_text = || {
            let decoded = match (&plain_key, &key) {
                (Some(v), _) => Some(v.clone()),
                (
                    None,
                    Decoded::Avro { .. } | Decoded::JsonSchema { .. } | Decoded::Protobuf { .. },
                ) => plain(rec.key(), &key).ok().flatten(),
                _ => None,
            };
            decoded.map(|v| match v {
                Value::String(s) => s,
                other => other.to_string(),
            })
        };
        if !f.key_ok(rec.key(), key_text) {
            sum.filtered += 1;
            return Ok(());
        }
    } else if needs.plain_key && needs.key {
        key = classify(rec.key(), opts.key_format, schemas);
        halted(rec, unavailable)?;
        plain_key = plain(rec.key(), &key).ok().flatten();
    }
    if needs.key && matches!(key, Decoded::Null) && rec.key().is_some() {
        key = classify(rec.key(), opts.key_format, schemas);
        halted(rec, unavailable)?;
    }
    let value = if needs.value {
        classify(rec.value(), opts.value_format, schemas)
    } else {
        Decoded::Null
    };
    halted(rec, unavailable)?;
    if needs.plain_value {
        match plain(rec.value(), &value) {
            Ok(v) => plain_value = v,
            Err(e) => early_errors.push(format!("value: {e}")),
        }
    }
    if !f.wheres.is_empty() {
        let matches = f.wheres.iter().all(|w| {
            let meta;
            let root: Option<&Value> = match &w.root {
                Root::Value => plain_value.as_ref(),
                Root::Key => plain_key.as_ref(),
                Root::Partition => {
                    meta = Value::from(rec.partition());
                    Some(&meta)
                }
                Root::Offset => {
                    meta = Value::from(rec.offset());
                    Some(&meta)
                }
                Root::Timestamp => {
                    meta = rec.timestamp().map(Value::from).unwrap_or(Value::Null);
                    Some(&meta)
                }
                Root::Topic => None,
                Root::Header(name) => {
                    meta = (0..rec.header_count())
                        .filter_map(|i| rec.header(i))
                        .filter(|(n, _)| *n == name.as_bytes())
                        .last()
                        .map(|(_, v)| header_value(v))
                        .unwrap_or(Value::Null);
                    if (0..rec.header_count())
                        .filter_map(|i| rec.header(i))
                        .any(|(n, _)| n == name.as_bytes())
                    {
                        Some(&meta)
                    } else {
                        None
                    }
                }
            };
            w.eval(root)
        });
        if !matches {
            // A value that cannot be decoded cannot match: it is counted
            // as undecodable (and reported), not printed.
            if !early_errors.is_empty() {
                note_errors(sum, &early_errors);
                sum.undecodable_filtered += 1;
            }
            sum.filtered += 1;
            return Ok(());
        }
    }
    let errors = printer.record(&TailRecord {
        record: rec,
        key: &key,
        value: &value,
        plain_key: plain_key.as_ref(),
        plain_value: plain_value.as_ref(),
    })?;
    sum.printed += 1;
    if !errors.is_empty() {
        note_errors(sum, &errors);
    }
    Ok(())
}

fn note_errors(sum: &mut TailSummary, errors: &[String]) {
    sum.undecodable += 1;
    if sum.first_error.is_none() {
        sum.first_error = errors.first().cloned();
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::filter::{parse_header, parse_where};
    use crate::output::records::{PrintOptions, Printer};
    use kctl_avro::decode::{compile, Compiled};
    use kctl_avro::encode::AvroSchema;
    use std::cell::RefCell;
    use std::collections::VecDeque;
    use std::sync::Arc;

    /// A printer into memory, as `tail -o STYLE` prints.
    fn printer(style: RecordStyle, fields: Option<Vec<FieldSpec>>) -> Printer<Vec<u8>> {
        Printer::new(
            Vec::new(),
            PrintOptions {
                style,
                avro_mode: JsonStyle::Avro,
                color: false,
                fields,
                topic: "t".into(),
                yaml: false,
                template: None,
            },
        )
    }

    #[derive(Clone)]
    struct Rec {
        p: i32,
        o: i64,
        ts: i64,
        key: Option<Vec<u8>>,
        value: Option<Vec<u8>>,
        headers: Vec<(Vec<u8>, Option<Vec<u8>>)>,
    }

    impl RecordView for Rec {
        fn partition(&self) -> i32 {
            self.p
        }
        fn offset(&self) -> i64 {
            self.o
        }
        fn timestamp(&self) -> Option<i64> {
            Some(self.ts)
        }
        fn key(&self) -> Option<&[u8]> {
            self.key.as_deref()
        }
        fn value(&self) -> Option<&[u8]> {
            self.value.as_deref()
        }
        fn header_count(&self) -> usize {
            self.headers.len()
        }
        fn header(&self, i: usize) -> Option<(&[u8], Option<&[u8]>)> {
            self.headers
                .get(i)
                .map(|(k, v)| (k.as_slice(), v.as_deref()))
        }
    }

    /// A scripted source: events in order, then `Idle` forever.
    struct Fake {
        events: RefCell<VecDeque<Event<Rec>>>,
        paused: RefCell<Vec<i32>>,
        polls: RefCell<usize>,
    }

    impl Fake {
        fn new(events: Vec<Event<Rec>>) -> Self {
            Fake {
                events: RefCell::new(events.into()),
                paused: RefCell::new(Vec::new()),
                polls: RefCell::new(0),
            }
        }
    }

    impl RecordSource for Fake {
        type Rec<'a> = Rec;
        fn partitions(&self) -> Result<Vec<i32>> {
            unreachable!("the loop is given its partitions")
        }
        fn watermarks(&self, _: i32) -> Result<crate::domain::tail::Watermarks> {
            unreachable!("the loop is given its partitions")
        }
        fn offsets_for_time(&self, _: i64, _: &[i32]) -> Result<Vec<Option<i64>>> {
            unreachable!("the loop is given its partitions")
        }
        fn assign(&self, _: &[(i32, i64)]) -> Result<()> {
            unreachable!("the loop is given its partitions")
        }
        fn poll(&self, _timeout: Duration) -> Event<Rec> {
            *self.polls.borrow_mut() += 1;
            self.events.borrow_mut().pop_front().unwrap_or(Event::Idle)
        }
        fn pause(&self, partition: i32) {
            self.paused.borrow_mut().push(partition);
        }
    }

    struct Schemas(Arc<kctl_avro::decode::Compiled>);

    impl WriterSchemas for Schemas {
        fn decoder(&self, id: u32) -> Result<Arc<Compiled>, SchemaError> {
            if id == 1 {
                Ok(self.0.clone())
            } else {
                Err(SchemaError::Fetch(format!(
                    "schema id {id} not found in the registry"
                )))
            }
        }
        fn encoder(&self, _: u32) -> Result<Arc<AvroSchema>, SchemaError> {
            unreachable!("tail never encodes")
        }
    }

    fn schemas() -> Schemas {
        let s = apache_avro::Schema::parse_str(
            r#"{"type":"record","name":"E","fields":[{"name":"n","type":"long"},{"name":"s","type":"string"}]}"#,
        )
        .unwrap();
        Schemas(Arc::new(compile(&s, &[]).unwrap()))
    }

    fn avro(n: u8, s: &str) -> Vec<u8> {
        let mut datum = vec![n * 2, (s.len() * 2) as u8];
        datum.extend(s.as_bytes());
        let mut out = Vec::new();
        wire::frame_into(1, &datum, &mut out);
        out
    }

    fn rec(p: i32, o: i64, value: &[u8]) -> Rec {
        Rec {
            p,
            o,
            ts: 1000 + o,
            key: Some(format!("k{o}").into_bytes()),
            value: Some(value.to_vec()),
            headers: vec![],
        }
    }

    fn opts(style: RecordStyle) -> TailOptions {
        TailOptions {
            filter: Filter::default(),
            key_format: ReadFormat::Auto,
            value_format: ReadFormat::Auto,
            max_messages: None,
            until_ms: None,
            follow: false,
            style,
            fields: None,
        }
    }

    fn tail(
        events: Vec<Event<Rec>>,
        parts: &[(i32, i64, Option<i64>)],
        o: &TailOptions,
    ) -> (String, TailSummary, Vec<i32>) {
        let fake = Fake::new(events);
        let mut progress = Progress::default();
        for &(p, s, e) in parts {
            progress.add(p, s, e);
        }
        let mut printer = printer(o.style, o.fields.clone());
        let sum = run(&fake, &schemas(), progress, o, &mut printer).unwrap();
        let text = String::from_utf8(printer.into_inner().unwrap()).unwrap();
        let paused = fake.paused.borrow().clone();
        (text, sum, paused)
    }

    #[test]
    fn stops_at_the_end_captured_at_start_and_pauses_finished_partitions() {
        let events = vec![
            Event::Record(rec(0, 0, b"a")),
            Event::Record(rec(1, 5, b"x")),
            Event::Record(rec(0, 1, b"b")),
            // Produced after start: beyond the captured end of partition 0.
            Event::Record(rec(0, 2, b"late")),
            Event::Record(rec(1, 6, b"y")),
        ];
        let (text, sum, paused) = tail(
            events,
            &[(0, 0, Some(2)), (1, 5, Some(7))],
            &opts(RecordStyle::Raw),
        );
        assert_eq!(text, "a\nx\nb\ny\n");
        assert_eq!(sum.printed, 4);
        assert!(paused.contains(&0) && paused.contains(&1));
    }

    #[test]
    fn empty_partitions_end_at_once_and_partition_end_finishes_the_rest() {
        let (text, sum, _) = tail(vec![], &[(0, 3, Some(3))], &opts(RecordStyle::Raw));
        assert_eq!((text.as_str(), sum.printed), ("", 0));
        // The end offset is a transaction marker that never arrives as a record.
        let events = vec![Event::Record(rec(0, 0, b"a")), Event::PartitionEnd(0)];
        let (text, _, _) = tail(events, &[(0, 0, Some(5))], &opts(RecordStyle::Raw));
        assert_eq!(text, "a\n");
    }

    #[test]
    fn max_messages_and_until_stop_early() {
        let events: Vec<_> = (0..10).map(|o| Event::Record(rec(0, o, b"v"))).collect();
        let mut o = opts(RecordStyle::Raw);
        o.max_messages = Some(3);
        let (text, sum, _) = tail(events.clone(), &[(0, 0, Some(10))], &o);
        assert_eq!((text.lines().count(), sum.printed), (3, 3));
        let mut o = opts(RecordStyle::Json);
        o.until_ms = Some(1004);
        let (text, sum, paused) = tail(events, &[(0, 0, None)], &o);
        assert_eq!(sum.printed, 5, "{text}");
        assert_eq!(paused, [0]);
    }

    #[test]
    fn follow_ignores_partition_end_and_stops_on_interrupt_only() {
        let events = vec![
            Event::Record(rec(0, 0, b"a")),
            Event::PartitionEnd(0),
            Event::Record(rec(0, 1, b"b")),
        ];
        let mut o = opts(RecordStyle::Raw);
        o.follow = true;
        o.max_messages = Some(2); // the only way the fake run ends
        let (text, _, paused) = tail(events, &[(0, 0, None)], &o);
        assert_eq!(text, "a\nb\n");
        assert!(paused.is_empty());
    }

    #[test]
    fn undecodable_records_are_printed_counted_and_the_run_goes_on() {
        let mut corrupt = Vec::new();
        wire::frame_into(1, &[0x02], &mut corrupt); // truncated datum
        let events = vec![
            Event::Record(rec(0, 0, &avro(1, "ok"))),
            Event::Record(rec(0, 1, &[0xff, 0xfe])), // binary, not an error
            Event::Record({
                let mut r = rec(0, 2, b"");
                r.value = Some(vec![0, 0, 0, 0, 9, 1]); // unknown schema id
                r
            }),
            Event::Record(rec(0, 3, &corrupt)),
            Event::Record(rec(0, 4, &avro(3, "fine"))),
        ];
        let (text, sum, _) = tail(events, &[(0, 0, Some(5))], &opts(RecordStyle::Json));
        let lines: Vec<Value> = text
            .lines()
            .map(|l| serde_json::from_str(l).unwrap())
            .collect();
        assert_eq!(lines.len(), 5);
        assert_eq!(sum.undecodable, 2, "{text}");
        assert_eq!(lines[0]["value"], serde_json::json!({"n": 1, "s": "ok"}));
        assert_eq!(lines[1]["value_format"], "base64");
        assert!(lines[1].get("error").is_none());
        assert!(lines[2]["error"]
            .as_str()
            .unwrap()
            .contains("schema id 9 not found"));
        assert!(lines[3]["error"].as_str().unwrap().contains("truncated"));
        assert_eq!(lines[4]["value"]["s"], "fine");
        assert!(sum.first_error.clone().unwrap().contains("schema id 9"));
        // Printed, counted, and then the exit says so: never a silent 0.
        let err = sum.outcome().unwrap_err().to_string();
        assert!(
            err.starts_with("2 records could not be decoded as asked (first: value: schema id 9"),
            "{err}"
        );
        assert!(
            err.contains("2 printed as base64 with the error inline"),
            "{err}"
        );
        assert!(!err.contains('\n'), "one line: {err}");
    }

    #[test]
    fn a_clean_read_exits_0_and_an_interrupted_one_130() {
        let ok = TailSummary {
            printed: 3,
            ..Default::default()
        };
        assert_eq!(ok.outcome().unwrap(), Outcome::Ok);
        let stopped = TailSummary {
            undecodable: 1,
            interrupted: true,
            ..Default::default()
        };
        assert_eq!(stopped.outcome().unwrap(), Outcome::Interrupted);
        let filtered = TailSummary {
            undecodable: 1,
            undecodable_filtered: 1,
            first_error: Some("value: x".into()),
            ..Default::default()
        };
        let err = filtered.outcome().unwrap_err().to_string();
        assert!(err.contains("1 left out because --where"), "{err}");
        assert!(!err.contains("printed as base64"), "{err}");
    }

    #[test]
    fn an_unreachable_registry_stops_the_read_before_printing_the_framed_record() {
        struct Down;
        impl WriterSchemas for Down {
            fn decoder(&self, _: u32) -> Result<Arc<Compiled>, SchemaError> {
                Err(SchemaError::Unavailable(
                    "cannot reach schema registry at http://127.0.0.1:9: connection refused".into(),
                ))
            }
            fn encoder(&self, _: u32) -> Result<Arc<AvroSchema>, SchemaError> {
                unreachable!("tail never encodes")
            }
        }
        let events = vec![
            Event::Record(rec(0, 0, b"text before")),
            Event::Record(rec(0, 1, &avro(1, "framed"))),
            Event::Record(rec(0, 2, b"text after")),
        ];
        for style in [RecordStyle::Json, RecordStyle::Raw, RecordStyle::Pretty] {
            let fake = Fake::new(events.clone());
            let mut progress = Progress::default();
            progress.add(0, 0, Some(3));
            let o = opts(style);
            let mut printer = printer(style, None);
            let err = run(&fake, &Down, progress, &o, &mut printer)
                .unwrap_err()
                .to_string();
            printer.flush().unwrap();
            let text = String::from_utf8(printer.into_inner().unwrap()).unwrap();
            assert!(
                err.starts_with("cannot reach schema registry at http://127.0.0.1:9")
                    && err.contains("partition 0 offset 1")
                    && err.contains("base64"),
                "{err}"
            );
            assert!(text.contains("text before"), "{style:?}: {text}");
            assert!(!text.contains("after"), "{style:?}: stopped there: {text}");
            let framed_shown = match style {
                RecordStyle::Pretty => text.contains("offset 1"),
                _ => text.lines().count() != 1,
            };
            assert!(
                !framed_shown,
                "{style:?}: nothing of the framed record: {text}"
            );
        }
        // Asked for bytes, no registry is needed.
        let fake = Fake::new(events);
        let mut progress = Progress::default();
        progress.add(0, 0, Some(3));
        let mut o = opts(RecordStyle::Raw);
        o.value_format = ReadFormat::Base64;
        let mut printer = printer(RecordStyle::Raw, None);
        let sum = run(&fake, &Down, progress, &o, &mut printer).unwrap();
        assert_eq!((sum.printed, sum.undecodable), (3, 0));
    }

    #[test]
    fn filters_on_key_header_time_and_value_fields() {
        let mut events = Vec::new();
        for o in 0..6 {
            let mut r = rec(
                0,
                o,
                &avro(o as u8, if o % 2 == 0 { "even" } else { "odd" }),
            );
            r.headers = vec![(
                b"src".to_vec(),
                Some(if o < 3 {
                    b"web".to_vec()
                } else {
                    b"cli".to_vec()
                }),
            )];
            events.push(Event::Record(r));
        }
        let run_with = |f: Filter| {
            let mut o = opts(RecordStyle::Raw);
            o.filter = f;
            tail(events.clone(), &[(0, 0, Some(6))], &o)
        };
        let (text, sum, _) = run_with(Filter {
            wheres: vec![
                parse_where("value.s==even").unwrap(),
                parse_where("n>=2").unwrap(),
            ],
            ..Default::default()
        });
        assert_eq!(text, "{\"n\":2,\"s\":\"even\"}\n{\"n\":4,\"s\":\"even\"}\n");
        assert_eq!(sum.filtered, 4);
        let (text, _, _) = run_with(Filter {
            headers: vec![parse_header("src=cli").unwrap()],
            key: Some("k4".into()),
            ..Default::default()
        });
        assert_eq!(text, "{\"n\":4,\"s\":\"even\"}\n");
        let (text, _, _) = run_with(Filter {
            from_ms: Some(1001),
            until_ms: Some(1002),
            ..Default::default()
        });
        assert_eq!(text.lines().count(), 2);
        let (text, _, _) = run_with(Filter {
            wheres: vec![
                parse_where("headers.src=~^w").unwrap(),
                parse_where("offset!=1").unwrap(),
            ],
            ..Default::default()
        });
        assert_eq!(text.lines().count(), 2);
    }

    #[test]
    fn raw_output_never_looks_at_the_key() {
        struct Refuse;
        impl WriterSchemas for Refuse {
            fn decoder(&self, id: u32) -> Result<Arc<Compiled>, SchemaError> {
                panic!("schema {id} looked up for a key that raw output never shows")
            }
            fn encoder(&self, _: u32) -> Result<Arc<AvroSchema>, SchemaError> {
                unreachable!("tail never encodes")
            }
        }
        let mut r = rec(0, 0, b"v");
        r.key = Some(vec![0, 0, 0, 0, 5, 0]);
        let fake = Fake::new(vec![Event::Record(r)]);
        let mut progress = Progress::default();
        progress.add(0, 0, Some(1));
        let o = opts(RecordStyle::Raw);
        let mut printer = printer(RecordStyle::Raw, None);
        run(&fake, &Refuse, progress, &o, &mut printer).unwrap();
        assert_eq!(printer.into_inner().unwrap(), b"v\n");
    }

    #[test]
    fn records_rejected_by_key_header_or_time_are_never_decoded() {
        struct Refuse;
        impl WriterSchemas for Refuse {
            fn decoder(&self, id: u32) -> Result<Arc<Compiled>, SchemaError> {
                panic!("schema {id} looked up for a record the filter rejects")
            }
            fn encoder(&self, _: u32) -> Result<Arc<AvroSchema>, SchemaError> {
                unreachable!("tail never encodes")
            }
        }
        let mut r = rec(0, 0, &avro(1, "x"));
        r.headers = vec![(b"src".to_vec(), Some(b"web".to_vec()))];
        for filter in [
            Filter {
                headers: vec![parse_header("src=cli").unwrap()],
                wheres: vec![parse_where("value.s==x").unwrap()],
                ..Default::default()
            },
            Filter {
                key: Some("other".into()),
                wheres: vec![parse_where("value.s==x").unwrap()],
                ..Default::default()
            },
            Filter {
                from_ms: Some(5_000),
                wheres: vec![parse_where("value.s==x").unwrap()],
                ..Default::default()
            },
        ] {
            let fake = Fake::new(vec![Event::Record(r.clone())]);
            let mut progress = Progress::default();
            progress.add(0, 0, Some(1));
            let mut o = opts(RecordStyle::Json);
            o.filter = filter;
            let mut printer = printer(RecordStyle::Json, None);
            let sum = run(&fake, &Refuse, progress, &o, &mut printer).unwrap();
            assert_eq!((sum.printed, sum.filtered), (0, 1));
        }
    }

    #[test]
    fn a_fatal_error_ends_the_read_with_it() {
        let fake = Fake::new(vec![
            Event::Transient("broker restarting".into()),
            Event::Fatal("topic deleted".into()),
        ]);
        let mut progress = Progress::default();
        progress.add(0, 0, Some(1));
        let mut printer = printer(RecordStyle::Raw, None);
        let e = run(
            &fake,
            &schemas(),
            progress,
            &opts(RecordStyle::Raw),
            &mut printer,
        )
        .unwrap_err();
        assert_eq!(e.to_string(), "topic deleted");
    }
}
