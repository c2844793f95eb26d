//! The produce loop: take records from a [`Source`] (input lines or generated
//! events), hand them to a [`ProduceSink`] (the Kafka producer, or the dry-run
//! counter) without waiting for each delivery, honour `--rate` and Ctrl-C,
//! and stop at the first invalid line. Deliveries are tracked by the sink, by
//! line number.
//!
//! librdkafka's producer API is blocking (enqueue, poll, flush), so this loop
//! is synchronous; the command runs it off the async runtime's reactor.

use std::io::{BufRead, BufReader, Read};
use std::path::PathBuf;
use std::sync::mpsc::{self, Receiver, RecvTimeoutError};
use std::time::{Duration, Instant};

use anyhow::{anyhow, Context as _, Result};

use crate::domain::generate;
use crate::domain::json_schema::generate as json_generate;
use crate::domain::produce::{
    EncodeFormat, KeySource, LineError, OutRecord, ProduceSummary, RecordSpec, StoppedAt, Tracker,
    Writer,
};
use crate::domain::protobuf::generate as proto_generate;
use crate::domain::subject::SchemaKind;
use crate::exit::Outcome;
use crate::ops::interrupt;
use crate::ops::ports::{ProduceSink, ProgressDisplay, SchemaError, SendResult, WriterSchemas};

/// What a source has next.
#[derive(Debug)]
pub enum Next {
    /// `out` holds the record for this line (or event) number.
    Record(u64),
    /// Nothing yet (stdin is slow); ask again.
    Pending,
    End,
    Invalid {
        line: u64,
        error: LineError,
    },
    /// Reading the input failed.
    Failed(String),
}

pub trait Source {
    /// Fills `out` with the next record, waiting at most `wait` for input.
    fn next(&mut self, out: &mut OutRecord, wait: Duration) -> Next;
}

/// Why the loop stopped.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Stop {
    /// The input ended (or N events were generated).
    End,
    Invalid {
        line: u64,
        error: LineError,
    },
    InputFailed(String),
    Interrupted,
}

#[derive(Debug, Clone)]
pub struct RunReport {
    /// Records handed to the sink (queued or rejected).
    pub sent: u64,
    pub stop: Stop,
    /// With [`Limits::validate_all`]: every invalid line, in order (the run
    /// went on past them).
    pub invalid: Vec<(u64, LineError)>,
    /// Records neither delivered nor failed when the flush gave up.
    pub unflushed: u64,
    /// From the first record to the end of the flush.
    pub elapsed: Duration,
}

pub struct Limits {
    /// At most this many records per second.
    pub rate: Option<f64>,
    /// How long the final flush may wait for delivery reports.
    pub flush_timeout: Duration,
    /// Go on past invalid lines, collecting them (`--dry-run`: report every
    /// bad line in one run). Otherwise the first one stops the run.
    pub validate_all: bool,
}

/// How often delivery reports are served while sending, in records.
const POLL_EVERY: u64 = 128;

pub fn run(
    source: &mut dyn Source,
    sink: &mut dyn ProduceSink,
    limits: &Limits,
    interrupted: &dyn Fn() -> bool,
    progress: &mut dyn FnMut(u64, u64),
) -> RunReport {
    let start = Instant::now();
    let mut out = OutRecord::default();
    let mut sent = 0u64;
    let mut invalid = Vec::new();
    let mut last_progress = Instant::now();
    let stop = 'outer: loop {
        if interrupted() {
            break Stop::Interrupted;
        }
        if let Some(rate) = limits.rate {
            let due = start + Duration::from_secs_f64(sent as f64 / rate);
            let now = Instant::now();
            if due > now {
                sink.poll((due - now).min(Duration::from_millis(50)));
                continue;
            }
        }
        let line = match source.next(&mut out, Duration::from_millis(50)) {
            Next::Record(line) => line,
            Next::Pending => {
                sink.poll(Duration::ZERO);
                progress(sent, sink.delivered());
                continue;
            }
            Next::End => break Stop::End,
            Next::Invalid { line, error } if limits.validate_all => {
                invalid.push((line, error));
                continue;
            }
            Next::Invalid { line, error } => break Stop::Invalid { line, error },
            Next::Failed(m) => break Stop::InputFailed(m),
        };
        loop {
            match sink.send(&out, line) {
                SendResult::Queued | SendResult::Rejected(_) => break,
                SendResult::Full => {
                    if interrupted() {
                        break 'outer Stop::Interrupted;
                    }
                    sink.poll(Duration::from_millis(5));
                }
            }
        }
        sent += 1;
        if sent.is_multiple_of(POLL_EVERY) {
            sink.poll(Duration::ZERO);
            if last_progress.elapsed() >= Duration::from_millis(100) {
                progress(sent, sink.delivered());
                last_progress = Instant::now();
            }
        }
    };
    let unflushed = sink.flush(limits.flush_timeout);
    progress(sent, sink.delivered());
    RunReport {
        sent,
        stop,
        invalid,
        unflushed,
        elapsed: start.elapsed(),
    }
}

// ---------------------------------------------------------------------------
// Sources

/// Lines read and encoded on a separate thread, so that a slow stdin never
/// keeps the loop from serving delivery reports or noticing Ctrl-C, and so
/// that parsing and encoding (most of produce's work: perf shows JSON
/// parsing and Avro encoding at four fifths of the loop's time) run beside
/// the sending loop instead of in it. Lines stay in order: the loop takes
/// them as they were read, and stops at the first invalid one.
pub struct LineSource {
    rx: Receiver<Batch>,
    pending: std::vec::IntoIter<Item>,
    ended: bool,
    /// Records sent (their buffers), going back to the reader to be filled
    /// again: a buffer allocated on one thread and freed on another costs
    /// both threads the allocator's lock, once per line.
    spent: Vec<OutRecord>,
    give_back: mpsc::Sender<Vec<OutRecord>>,
}

/// One input line, encoded (or why not).
enum Item {
    Record(u64, OutRecord),
    Invalid(u64, LineError),
    /// Not a bad line: the registry cannot be asked, so no later line can be
    /// encoded either; the run stops (a dry run too).
    Failed(String),
}

type Batch = Result<Vec<Item>, String>;

const BATCH: usize = 256;

impl LineSource {
    pub fn new<W>(input: Box<dyn Read + Send>, spec: RecordSpec, schemas: W) -> LineSource
    where
        W: WriterSchemas + Send + 'static,
    {
        let (give_back, recycled) = mpsc::channel();
        LineSource {
            rx: spawn_reader(input, spec, schemas, recycled),
            pending: Vec::new().into_iter(),
            ended: false,
            spent: Vec::new(),
            give_back,
        }
    }
}

/// Encodes one line with `spec`, looking schema ids up in `schemas`.
fn encode_line(
    spec: &RecordSpec,
    schemas: &dyn WriterSchemas,
    line: u64,
    bytes: &[u8],
    mut out: OutRecord,
) -> Item {
    let mut unavailable = None;
    let mut lookup = |id| {
        let writer = match schemas.kind(id) {
            Ok(SchemaKind::Json) => schemas.json_schema(id).map(Writer::Json),
            Ok(SchemaKind::Protobuf) => schemas.proto_schema(id).map(Writer::Proto),
            Ok(SchemaKind::Avro) => schemas.encoder(id).map(Writer::Avro),
            Err(e) => Err(e),
        };
        writer.map_err(|e| {
            if let SchemaError::Unavailable(m) = &e {
                unavailable = Some(m.clone());
            }
            e.to_string()
        })
    };
    let result = spec.line_record(bytes, &mut lookup, &mut out);
    if let Some(m) = unavailable {
        return Item::Failed(format!("line {line}: {m}"));
    }
    match result {
        Ok(()) => Item::Record(line, out),
        Err(error) => Item::Invalid(line, error),
    }
}

/// Reads lines (numbered from 1, blank ones skipped, terminators stripped)
/// and encodes them, in batches; a batch goes out when full or when the
/// input has nothing more buffered, so interactive input is not held back.
fn spawn_reader<W>(
    input: Box<dyn Read + Send>,
    spec: RecordSpec,
    schemas: W,
    recycled: Receiver<Vec<OutRecord>>,
) -> Receiver<Batch>
where
    W: WriterSchemas + Send + 'static,
{
    // Bounded: at most 64 batches wait, however fast the input is.
    let (tx, rx) = mpsc::sync_channel::<Batch>(64);
    std::thread::spawn(move || {
        let mut reader = BufReader::with_capacity(1 << 16, input);
        let mut number = 0u64;
        let mut batch = Vec::with_capacity(BATCH);
        let mut buf = Vec::new();
        let mut spare: Vec<OutRecord> = Vec::new();
        loop {
            match read_line(&mut reader, &mut buf, &mut number) {
                Ok(None) => {
                    let _ = tx.send(Ok(batch));
                    return;
                }
                Ok(Some(blank)) => {
                    if !blank {
                        if spare.is_empty() {
                            spare = recycled.try_recv().unwrap_or_default();
                        }
                        let out = spare.pop().unwrap_or_default();
                        let item = encode_line(&spec, &schemas, number, &buf, out);
                        let failed = matches!(item, Item::Failed(_));
                        batch.push(item);
                        if failed {
                            let _ = tx.send(Ok(batch));
                            return;
                        }
                    }
                    if batch.len() >= BATCH || reader.buffer().is_empty() {
                        if tx.send(Ok(std::mem::take(&mut batch))).is_err() {
                            return; // the loop stopped
                        }
                        batch.reserve(BATCH);
                    }
                }
                Err(m) => {
                    let _ = tx.send(Ok(std::mem::take(&mut batch)));
                    let _ = tx.send(Err(m));
                    return;
                }
            }
        }
    });
    rx
}

/// Reads the next line into `buf`, numbering it in `number`, for both line
/// sources: `Ok(None)` at the end, else whether the line is blank (nothing
/// but whitespace once its `\n` or `\r\n` is stripped: skipped, but
/// counted).
fn read_line(
    reader: &mut impl BufRead,
    buf: &mut Vec<u8>,
    number: &mut u64,
) -> Result<Option<bool>, String> {
    buf.clear();
    match reader.read_until(b'\n', buf) {
        Ok(0) => Ok(None),
        Ok(_) => {
            *number += 1;
            if buf.last() == Some(&b'\n') {
                buf.pop();
                if buf.last() == Some(&b'\r') {
                    buf.pop();
                }
            }
            Ok(Some(buf.iter().all(u8::is_ascii_whitespace)))
        }
        Err(e) => Err(format!("reading the input failed after line {number}: {e}")),
    }
}

/// Lines read and encoded on the sending thread itself, for a file of text
/// or bytes values: a file never keeps the loop waiting, and encoding such
/// a value is a copy, so a second thread costs more than it saves (handing
/// each line over, and its buffer back). Same lines, numbers and errors as
/// [`LineSource`].
pub struct InlineLineSource<W> {
    reader: BufReader<Box<dyn Read + Send>>,
    spec: RecordSpec,
    schemas: W,
    buf: Vec<u8>,
    number: u64,
    ended: bool,
}

impl<W: WriterSchemas> InlineLineSource<W> {
    pub fn new(input: Box<dyn Read + Send>, spec: RecordSpec, schemas: W) -> Self {
        InlineLineSource {
            reader: BufReader::with_capacity(1 << 16, input),
            spec,
            schemas,
            buf: Vec::new(),
            number: 0,
            ended: false,
        }
    }
}

/// Whether lines of `spec` from `input` are best read by [`InlineLineSource`].
pub fn reads_inline(input: &Input, spec: &RecordSpec) -> bool {
    matches!(input, Input::File(_) | Input::Value)
        && matches!(
            spec.value.format,
            EncodeFormat::String | EncodeFormat::Bytes
        )
        && !matches!(spec.key_source, KeySource::Field(_))
}

impl<W: WriterSchemas> Source for InlineLineSource<W> {
    fn next(&mut self, out: &mut OutRecord, _wait: Duration) -> Next {
        while !self.ended {
            match read_line(&mut self.reader, &mut self.buf, &mut self.number) {
                Ok(None) => self.ended = true,
                Ok(Some(true)) => continue,
                Ok(Some(false)) => {
                    let rec = std::mem::take(out);
                    return match encode_line(&self.spec, &self.schemas, self.number, &self.buf, rec)
                    {
                        Item::Record(line, rec) => {
                            *out = rec;
                            Next::Record(line)
                        }
                        Item::Invalid(line, error) => Next::Invalid { line, error },
                        Item::Failed(m) => {
                            self.ended = true;
                            Next::Failed(m)
                        }
                    };
                }
                Err(m) => {
                    self.ended = true;
                    return Next::Failed(m);
                }
            }
        }
        Next::End
    }
}

impl Source for LineSource {
    fn next(&mut self, out: &mut OutRecord, wait: Duration) -> Next {
        loop {
            if let Some(item) = self.pending.next() {
                return match item {
                    Item::Record(line, mut rec) => {
                        std::mem::swap(out, &mut rec);
                        self.spent.push(rec);
                        Next::Record(line)
                    }
                    Item::Invalid(line, error) => Next::Invalid { line, error },
                    Item::Failed(m) => Next::Failed(m),
                };
            }
            if self.ended {
                return Next::End;
            }
            if !self.spent.is_empty() {
                // Dropped instead when the reader has gone (input ended).
                let _ = self.give_back.send(std::mem::take(&mut self.spent));
            }
            match self.rx.recv_timeout(wait) {
                Ok(Ok(batch)) => self.pending = batch.into_iter(),
                Ok(Err(m)) => return Next::Failed(m),
                Err(RecvTimeoutError::Timeout) => return Next::Pending,
                Err(RecvTimeoutError::Disconnected) => self.ended = true,
            }
        }
    }
}

/// Random events for an Avro, a JSON Schema or a Protobuf message.
pub enum Generator<'a> {
    Avro(generate::Generator<'a>),
    Json(json_generate::Generator<'a>),
    Proto(proto_generate::Generator),
}

impl Generator<'_> {
    pub fn next_value(&mut self) -> Result<serde_json::Value, String> {
        match self {
            Generator::Avro(g) => g.next_value(),
            Generator::Json(g) => g.next_value(),
            Generator::Proto(g) => g.next_value(),
        }
    }
}

/// `count` generated events, numbered from 1.
pub struct GeneratedSource<'a> {
    pub values: Generator<'a>,
    /// Generates keys when the key has a schema (a key subject) and no --key or --key-field.
    pub keys: Option<Generator<'a>>,
    pub count: u64,
    pub spec: &'a RecordSpec,
    done: u64,
}

impl<'a> GeneratedSource<'a> {
    pub fn new(
        values: Generator<'a>,
        keys: Option<Generator<'a>>,
        count: u64,
        spec: &'a RecordSpec,
    ) -> Self {
        GeneratedSource {
            values,
            keys,
            count,
            spec,
            done: 0,
        }
    }
}

impl Source for GeneratedSource<'_> {
    fn next(&mut self, out: &mut OutRecord, _wait: Duration) -> Next {
        if self.done >= self.count {
            return Next::End;
        }
        self.done += 1;
        let line = self.done;
        let invalid = |message: String| Next::Invalid {
            line,
            error: LineError {
                column: None,
                message,
            },
        };
        let value = match self.values.next_value() {
            Ok(v) => v,
            Err(m) => return invalid(m),
        };
        let key = match self.keys.as_mut().map(Generator::next_value).transpose() {
            Ok(k) => k,
            Err(m) => return invalid(format!("key: {m}")),
        };
        match self.spec.generated_record(&value, key.as_ref(), out) {
            Ok(()) => Next::Record(line),
            Err(error) => Next::Invalid { line, error },
        }
    }
}

// ---------------------------------------------------------------------------
// The dry-run sink

/// `--dry-run`: every record is validated and encoded by the source; the
/// sink only counts it ("delivered" here means "would be sent").
#[derive(Default)]
pub struct DrySink {
    tracker: Tracker,
}

impl ProduceSink for DrySink {
    fn send(&mut self, record: &OutRecord, line: u64) -> SendResult {
        self.tracker.delivered.insert(line);
        self.tracker.delivered_bytes += record.size() as u64;
        SendResult::Queued
    }
    fn poll(&mut self, _wait: Duration) {}
    fn flush(&mut self, _timeout: Duration) -> u64 {
        0
    }
    fn delivered(&self) -> u64 {
        self.tracker.delivered.len()
    }
    fn tracker(&self) -> Tracker {
        self.tracker.clone()
    }
}

// ---------------------------------------------------------------------------
// A whole run, as `kctl produce` does it

/// With `--seed`, generated timestamps are anchored at 2025-01-01T00:00:00Z
/// instead of now, so the same seed gives the same bytes on any day.
const SEEDED_BASE_MILLIS: i64 = 1_735_689_600_000;

/// Where records come from, for messages.
#[derive(Debug, Clone)]
pub enum Input {
    Stdin,
    File(PathBuf),
    Generated,
    /// `--value`: one record given on the command line.
    Value,
}

impl Input {
    pub fn name(&self) -> String {
        match self {
            Input::Stdin => "stdin".into(),
            Input::File(p) => p.display().to_string(),
            Input::Generated => "generated".into(),
            Input::Value => "--value".into(),
        }
    }

    /// `events.ndjson:12:5: ...`, `line 12: ...`, `event 12: ...`.
    pub fn locate(&self, line: u64, error: &LineError) -> String {
        match (self, error.column) {
            (Input::File(p), Some(c)) => format!("{}:{line}:{c}: {}", p.display(), error.message),
            (Input::File(p), None) => format!("{}:{line}: {}", p.display(), error.message),
            (Input::Stdin, Some(c)) => format!("line {line}, column {c}: {}", error.message),
            (Input::Stdin, None) => format!("line {line}: {}", error.message),
            (Input::Generated, _) => format!("event {line}: {}", error.message),
            (Input::Value, Some(c)) => format!("--value, column {c}: {}", error.message),
            (Input::Value, None) => format!("--value: {}", error.message),
        }
    }
}

/// `--generate N [--seed S]`: how many events, and the seed (random
/// without `--seed`, then timestamps start at now).
#[derive(Debug, Clone, Copy)]
pub struct Generation {
    pub count: u64,
    pub seed: u64,
    base_millis: i64,
}

impl Generation {
    pub fn new(count: u64, seed: Option<u64>) -> Generation {
        let (seed, base_millis) = match seed {
            Some(s) => (s, SEEDED_BASE_MILLIS),
            None => (
                std::time::SystemTime::now()
                    .duration_since(std::time::UNIX_EPOCH)
                    .map(|d| d.as_nanos() as u64)
                    .unwrap_or(0),
                chrono::Utc::now().timestamp_millis(),
            ),
        };
        log::debug!("--generate seed {seed}");
        Generation {
            count,
            seed,
            base_millis,
        }
    }
}

/// One `kctl produce` run, ready to go.
pub struct Session<W> {
    pub topic: String,
    pub spec: RecordSpec,
    pub input: Input,
    /// The lines to read; `None` with `--generate`.
    pub reader: Option<Box<dyn Read + Send>>,
    pub generation: Option<Generation>,
    /// Answers envelope lines that name a schema id.
    pub schemas: W,
    pub sink: Box<dyn ProduceSink + Send>,
    pub limits: Limits,
    pub dry_run: bool,
}

/// What a run did.
pub struct Produced {
    pub summary: ProduceSummary,
    pub stop: Stop,
    /// Records given up on at the final flush.
    pub unflushed: u64,
}

/// Runs the produce loop on a blocking thread (librdkafka and stdin block;
/// the runtime stays free to notice Ctrl-C: main's handler sets the flag the
/// loop polls, and a second Ctrl-C still ends kctl at once), then sums up.
pub async fn produce<W, P>(session: Session<W>, progress: P) -> Result<Produced>
where
    W: WriterSchemas + Send + 'static,
    P: ProgressDisplay + 'static,
{
    let Session {
        topic,
        spec,
        input,
        reader,
        generation,
        schemas,
        mut sink,
        limits,
        dry_run,
    } = session;
    let loop_spec = spec.clone();
    let inline = reads_inline(&input, &spec);
    let (report, tracker) = tokio::task::spawn_blocking(move || {
        let spec = loop_spec;
        let value_schema = spec.value.avro.as_ref().map(|a| a.schema.clone());
        let value_json = spec.value.json.as_ref().map(|j| j.schema.clone());
        let value_proto = spec.value.proto.as_ref().map(|p| p.message.clone());
        let no_key = matches!(spec.key_source, KeySource::None);
        let key_schema = spec
            .key
            .avro
            .as_ref()
            .filter(|_| no_key)
            .map(|a| a.schema.clone());
        let key_json = spec
            .key
            .json
            .as_ref()
            .filter(|_| no_key)
            .map(|j| j.schema.clone());
        let key_proto = spec
            .key
            .proto
            .as_ref()
            .filter(|_| no_key)
            .map(|p| p.message.clone());
        const KEY_SEED: u64 = 0x6b65_795f_6b65_795f;
        let mut source: Box<dyn Source + '_> = match (reader, generation) {
            (Some(r), _) if inline => Box::new(InlineLineSource::new(r, spec.clone(), schemas)),
            (Some(r), _) => Box::new(LineSource::new(r, spec.clone(), schemas)),
            (None, Some(g)) => {
                let values = match (&value_schema, &value_json) {
                    (Some(vs), _) => {
                        Generator::Avro(generate::Generator::new(vs, g.seed, g.base_millis))
                    }
                    (None, Some(js)) => {
                        Generator::Json(json_generate::Generator::new(js, g.seed, g.base_millis))
                    }
                    (None, None) => match value_proto {
                        Some(m) => Generator::Proto(proto_generate::Generator::new(
                            m,
                            g.seed,
                            g.base_millis,
                        )),
                        None => unreachable!("--generate was checked to have a value schema"),
                    },
                };
                let key_seed = g.seed ^ KEY_SEED;
                let keys =
                    match (key_schema.as_deref(), key_json.as_deref(), key_proto) {
                        (Some(ks), _, _) => Some(Generator::Avro(generate::Generator::new(
                            ks,
                            key_seed,
                            g.base_millis,
                        ))),
                        (None, Some(js), _) => Some(Generator::Json(
                            json_generate::Generator::new(js, key_seed, g.base_millis),
                        )),
                        (None, None, Some(m)) => Some(Generator::Proto(
                            proto_generate::Generator::new(m, key_seed, g.base_millis),
                        )),
                        (None, None, None) => None,
                    };
                Box::new(GeneratedSource::new(values, keys, g.count, &spec))
            }
            _ => unreachable!("--generate was checked to have a value schema"),
        };
        let report = run(
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
        topic,
        dry_run,
        source: input.name(),
        value_format: spec.value.format,
        value_schema_id: spec.value.schema_id(),
        key_format: spec.key.format,
        key_schema_id: spec.key.schema_id(),
        seed: generation.map(|g| g.seed),
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
        stopped_at,
        invalid: report
            .invalid
            .iter()
            .map(|(line, error)| StoppedAt {
                line: *line,
                error: input.locate(*line, error),
            })
            .collect(),
        interrupted: report.stop == Stop::Interrupted,
    };
    let summary = ProduceSummary::from_tracker(
        &tracker,
        report.sent,
        report.elapsed.as_secs_f64(),
        dry_run,
        base,
    );
    Ok(Produced {
        summary,
        stop: report.stop,
        unflushed: report.unflushed,
    })
}

/// The exit of a run: an invalid line or a failed input is an error (after
/// the summary), Ctrl-C 130, failed deliveries partial (4).
pub fn outcome(p: &Produced) -> Result<Outcome> {
    match &p.stop {
        Stop::Invalid { .. } => Err(anyhow!(p
            .summary
            .stopped_at
            .as_ref()
            .map(|s| s.error.clone())
            .unwrap_or_default())),
        // Said even when a dry run found invalid lines before (each of
        // them was already reported on its own line).
        Stop::InputFailed(m) => Err(anyhow!(m.clone())),
        Stop::Interrupted => Ok(Outcome::Interrupted),
        Stop::End if !p.summary.invalid.is_empty() => {
            let invalid = &p.summary.invalid;
            let lines: Vec<String> = invalid.iter().map(|i| i.line.to_string()).collect();
            Err(anyhow!(
                "{} invalid line{} in {} ({}; first: {}): nothing was sent",
                invalid.len(),
                if invalid.len() == 1 { "" } else { "s" },
                p.summary.source,
                lines.join(", "),
                invalid[0].error
            ))
        }
        Stop::End if p.summary.failed > 0 => Ok(Outcome::Partial),
        Stop::End => Ok(Outcome::Ok),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::produce::{Codec, EncodeFormat, EnvelopeMode, KeySource};
    use std::cell::Cell;
    use std::collections::VecDeque;
    use std::sync::Arc;

    /// A producer whose queue holds `capacity` records and delivers them when
    /// polled, failing the lines in `fail`.
    struct FakeSink {
        capacity: usize,
        queue: VecDeque<(u64, usize)>,
        fail: Vec<u64>,
        tracker: Tracker,
        full_seen: u64,
    }

    impl FakeSink {
        fn new(capacity: usize, fail: Vec<u64>) -> Self {
            FakeSink {
                capacity,
                queue: VecDeque::new(),
                fail,
                tracker: Tracker::default(),
                full_seen: 0,
            }
        }
    }

    impl ProduceSink for FakeSink {
        fn send(&mut self, record: &OutRecord, line: u64) -> SendResult {
            if self.queue.len() >= self.capacity {
                self.full_seen += 1;
                return SendResult::Full;
            }
            self.queue.push_back((line, record.size()));
            SendResult::Queued
        }
        fn poll(&mut self, _wait: Duration) {
            while let Some((line, size)) = self.queue.pop_front() {
                if self.fail.contains(&line) {
                    self.tracker.failed(line, Some(0), "broker said no");
                } else {
                    self.tracker.delivered(line, 0, size);
                }
            }
        }
        fn flush(&mut self, _timeout: Duration) -> u64 {
            self.poll(Duration::ZERO);
            self.queue.len() as u64
        }
        fn delivered(&self) -> u64 {
            self.tracker.delivered.len()
        }
        fn tracker(&self) -> Tracker {
            self.tracker.clone()
        }
    }

    struct NoSchemas;
    impl WriterSchemas for NoSchemas {
        fn decoder(&self, id: u32) -> Result<Arc<kctl_avro::decode::Compiled>, SchemaError> {
            Err(SchemaError::Fetch(format!("no schema {id}")))
        }
        fn encoder(&self, id: u32) -> Result<Arc<kctl_avro::encode::AvroSchema>, SchemaError> {
            Err(SchemaError::Fetch(format!("no schema {id}")))
        }
    }

    fn json_spec() -> RecordSpec {
        RecordSpec {
            value: Codec::plain(EncodeFormat::Json),
            key: Codec::plain(EncodeFormat::String),
            key_source: KeySource::None,
            headers: vec![],
            partition: None,
            partitions: None,
            envelope: EnvelopeMode::Auto,
        }
    }

    fn limits() -> Limits {
        Limits {
            rate: None,
            flush_timeout: Duration::from_secs(1),
            validate_all: false,
        }
    }

    #[test]
    fn an_invalid_line_stops_the_run_after_delivering_exactly_the_earlier_lines() {
        let input = "{\"a\":1}\n\n{\"a\":2}\r\n{\"a\":\n{\"a\":4}\n";
        let spec = json_spec();
        let schemas = NoSchemas;
        let mut source = LineSource::new(Box::new(input.as_bytes()), spec, schemas);
        let mut sink = FakeSink::new(1, vec![]);
        let report = run(&mut source, &mut sink, &limits(), &|| false, &mut |_, _| {});
        match &report.stop {
            Stop::Invalid { line, error } => {
                assert_eq!(*line, 4, "blank line 2 counts as a line");
                assert!(error.message.starts_with("invalid JSON"), "{error:?}");
            }
            other => panic!("{other:?}"),
        }
        assert_eq!(report.sent, 2);
        assert_eq!(sink.tracker().delivered.to_string(), "1, 3");
        assert!(
            sink.full_seen > 0,
            "a full queue was waited on, not dropped"
        );
    }

    /// What a source hands out, as text: each record's line, key and value,
    /// each invalid line's number and reason, and how it ended.
    fn drain(source: &mut dyn Source) -> Vec<String> {
        let mut out = OutRecord::default();
        let mut seen = Vec::new();
        loop {
            match source.next(&mut out, Duration::from_secs(5)) {
                Next::Record(line) => seen.push(format!(
                    "{line}: key {:?} value {:?}",
                    out.key.as_deref().map(String::from_utf8_lossy),
                    out.value.as_deref().map(String::from_utf8_lossy)
                )),
                Next::Invalid { line, error } => seen.push(format!("{line}: {}", error.message)),
                Next::Pending => continue,
                Next::End => break,
                Next::Failed(m) => {
                    seen.push(format!("failed: {m}"));
                    break;
                }
            }
        }
        seen
    }

    #[test]
    fn lines_read_on_the_sending_thread_are_the_lines_the_reader_thread_gives() {
        let input = concat!(
            "plain text\n",
            "\n",
            "{\"id\":1,\"value\":2}\r\n",
            "{\"key\":\"k\",\"value\":\"enveloped\"}\n",
            "  \t\n",
            "{\"va\\\"lue\":1}\n",
            "last, no newline"
        );
        for format in [EncodeFormat::String, EncodeFormat::Bytes] {
            let spec = RecordSpec {
                value: Codec::plain(format),
                ..json_spec()
            };
            assert!(reads_inline(&Input::File("in.txt".into()), &spec));
            let threaded = drain(&mut LineSource::new(
                Box::new(input.as_bytes()),
                spec.clone(),
                NoSchemas,
            ));
            let inline = drain(&mut InlineLineSource::new(
                Box::new(input.as_bytes()),
                spec,
                NoSchemas,
            ));
            assert_eq!(inline, threaded, "{format:?}");
            assert_eq!(threaded.len(), 5, "{threaded:#?}");
            if format == EncodeFormat::String {
                assert!(threaded[2].contains("\"enveloped\""), "{threaded:#?}");
            } else {
                assert!(threaded[0].contains("invalid base64"), "{threaded:#?}");
            }
        }
        // Stdin may keep the loop waiting, and schema formats are worth a
        // thread of their own: those keep the reader thread.
        assert!(!reads_inline(
            &Input::Stdin,
            &RecordSpec {
                value: Codec::plain(EncodeFormat::String),
                ..json_spec()
            }
        ));
        assert!(!reads_inline(&Input::File("in.txt".into()), &json_spec()));
    }

    #[test]
    fn validating_everything_goes_past_invalid_lines_and_collects_each() {
        let input = "{\"a\":1}\n{\"a\":\n\n{\"a\":3}\nnot json\n{\"a\":5}\n";
        let spec = json_spec();
        let schemas = NoSchemas;
        let mut source = LineSource::new(Box::new(input.as_bytes()), spec, schemas);
        let mut sink = DrySink::default();
        let l = Limits {
            validate_all: true,
            ..limits()
        };
        let report = run(&mut source, &mut sink, &l, &|| false, &mut |_, _| {});
        assert_eq!(report.stop, Stop::End);
        let lines: Vec<u64> = report.invalid.iter().map(|(l, _)| *l).collect();
        assert_eq!(lines, [2, 5], "every bad line, blank line 3 counted");
        assert_eq!(report.sent, 3);
        let located = Input::File("e.ndjson".into()).locate(5, &report.invalid[1].1);
        assert!(located.starts_with("e.ndjson:5:"), "{located}");
    }

    #[test]
    fn an_unreachable_registry_stops_even_a_dry_run_instead_of_blaming_each_line() {
        struct Down;
        impl WriterSchemas for Down {
            fn decoder(&self, _: u32) -> Result<Arc<kctl_avro::decode::Compiled>, SchemaError> {
                unreachable!("produce never decodes")
            }
            fn encoder(&self, _: u32) -> Result<Arc<kctl_avro::encode::AvroSchema>, SchemaError> {
                Err(SchemaError::Unavailable(
                    "cannot reach schema registry at http://x".into(),
                ))
            }
        }
        let line = r#"{"value":{"a":1},"value_format":"avro","value_schema_id":7}"#;
        let input = format!("{{\"a\":0}}\n{line}\n{line}\n");
        let spec = json_spec();
        let mut source = LineSource::new(Box::new(std::io::Cursor::new(input)), spec, Down);
        let mut sink = DrySink::default();
        let l = Limits {
            validate_all: true,
            ..limits()
        };
        let report = run(&mut source, &mut sink, &l, &|| false, &mut |_, _| {});
        assert_eq!(
            report.stop,
            Stop::InputFailed("line 2: cannot reach schema registry at http://x".into())
        );
        assert!(report.invalid.is_empty());
        assert_eq!(report.sent, 1);
    }

    #[test]
    fn delivery_failures_are_tracked_by_line() {
        let input = (1..=10)
            .map(|i| format!("{{\"n\":{i}}}\n"))
            .collect::<String>();
        let spec = json_spec();
        let schemas = NoSchemas;
        let mut source = LineSource::new(Box::new(std::io::Cursor::new(input)), spec, schemas);
        let mut sink = FakeSink::new(3, vec![4, 5, 9]);
        let report = run(&mut source, &mut sink, &limits(), &|| false, &mut |_, _| {});
        assert_eq!(report.stop, Stop::End);
        let t = sink.tracker();
        assert_eq!(t.delivered.to_string(), "1-3, 6-8, 10");
        assert_eq!(t.failed.to_string(), "4-5, 9");
    }

    /// Records 1..=n, without a reader thread (so timing cannot matter).
    struct Counting(u64, u64);
    impl Source for Counting {
        fn next(&mut self, out: &mut OutRecord, _wait: Duration) -> Next {
            if self.0 >= self.1 {
                return Next::End;
            }
            self.0 += 1;
            out.value = Some(b"{}".to_vec());
            Next::Record(self.0)
        }
    }

    #[test]
    fn ctrl_c_stops_reading_and_still_flushes() {
        let mut source = Counting(0, 1000);
        let mut sink = FakeSink::new(1000, vec![]);
        let calls = Cell::new(0);
        let interrupted = || {
            calls.set(calls.get() + 1);
            calls.get() > 10
        };
        let report = run(
            &mut source,
            &mut sink,
            &limits(),
            &interrupted,
            &mut |_, _| {},
        );
        assert_eq!(report.stop, Stop::Interrupted);
        assert_eq!(report.sent, 10);
        assert_eq!(report.unflushed, 0);
        assert_eq!(sink.tracker().delivered.to_string(), "1-10");
    }

    #[test]
    fn the_rate_limit_spaces_records_out() {
        let mut source = Counting(0, 5);
        let mut sink = FakeSink::new(10, vec![]);
        let l = Limits {
            rate: Some(100.0),
            flush_timeout: Duration::from_secs(1),
            validate_all: false,
        };
        let report = run(&mut source, &mut sink, &l, &|| false, &mut |_, _| {});
        assert_eq!(report.sent, 5);
        // Records 2..5 are due at 10, 20, 30, 40 ms.
        assert!(
            report.elapsed >= Duration::from_millis(40),
            "{:?}",
            report.elapsed
        );
    }
}
