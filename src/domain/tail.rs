//! Pure logic of `tail`: parsing `--from`/`--until` and `--fields`, turning
//! positions into a start offset per partition from its watermarks, tracking
//! when every partition has reached the end that existed at start, and
//! classifying each key and value (Avro, text, binary) before rendering.

use std::sync::Arc;

use super::protobuf::ProtoSchema;
use super::time::{self, TimePoint};
use kctl_avro::decode::Compiled;
use kctl_avro::wire;

/// A record as `tail` sees it, borrowed from wherever it was fetched.
pub trait RecordView {
    fn partition(&self) -> i32;
    fn offset(&self) -> i64;
    /// Milliseconds since the epoch, when the record has one.
    fn timestamp(&self) -> Option<i64>;
    fn key(&self) -> Option<&[u8]>;
    fn value(&self) -> Option<&[u8]>;
    fn header_count(&self) -> usize;
    /// Header `i`: its name and value (`None` for a null value).
    fn header(&self, i: usize) -> Option<(&[u8], Option<&[u8]>)>;
}

/// How to read a key or value (`--key-format`, `--value-format`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReadFormat {
    /// Confluent-framed Avro when framed, else UTF-8 text (JSON included),
    /// else binary.
    Auto,
    Avro,
    /// Confluent-framed JSON whose schema id is a JSON Schema.
    JsonSchema,
    /// Confluent-framed Protobuf.
    Protobuf,
    Json,
    String,
    Base64,
}

/// How `tail` shows records (`-o`): for people, as JSON envelopes, or values only.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RecordStyle {
    Pretty,
    Json,
    Raw,
}

/// How to read a payload framed with a schema id.
#[derive(Debug, Clone)]
pub enum Reader {
    /// The compiled Avro writer schema.
    Avro(Arc<Compiled>),
    /// A JSON Schema: the payload after the frame is UTF-8 JSON.
    Json,
    /// A Protobuf schema: message indexes, then the binary message.
    Proto(Arc<ProtoSchema>),
}

/// Finds how to read a schema id: the caller's cache.
pub type DecoderLookup<'a> = dyn FnMut(u32) -> Result<Reader, String> + 'a;

/// What a key or value turned out to be.
#[derive(Debug, Clone)]
pub enum Decoded {
    /// No payload (a null key, or a tombstone).
    Null,
    /// Confluent-framed Avro; the datum follows the 5-byte frame header.
    Avro {
        id: u32,
        schema: Arc<Compiled>,
    },
    /// Confluent-framed JSON of a JSON Schema; valid JSON follows the
    /// 5-byte frame header.
    JsonSchema {
        id: u32,
    },
    /// Confluent-framed Protobuf; the message-index list and the message
    /// follow the 5-byte frame header.
    Protobuf {
        id: u32,
        schema: Arc<ProtoSchema>,
    },
    /// Valid UTF-8 (JSON is text too; renderers decide how to show it).
    Text,
    Binary,
    /// Could not be read as asked: shown as base64 with the reason.
    Failed {
        message: String,
    },
}

impl Decoded {
    pub fn is_failed(&self) -> bool {
        matches!(self, Decoded::Failed { .. })
    }
}

/// Classifies a payload. Cheap for text and binary (a UTF-8 check); for Avro
/// it resolves the schema but leaves decoding the datum to the renderer.
pub fn classify(
    bytes: Option<&[u8]>,
    format: ReadFormat,
    schemas: &mut DecoderLookup<'_>,
) -> Decoded {
    let Some(b) = bytes else {
        return Decoded::Null;
    };
    let mut framed = |want: ReadFormat| match wire::split(b) {
        Ok((id, body)) => match schemas(id) {
            Ok(Reader::Avro(schema)) if matches!(want, ReadFormat::Auto | ReadFormat::Avro) => {
                Decoded::Avro { id, schema }
            }
            Ok(Reader::Proto(schema))
                if matches!(want, ReadFormat::Auto | ReadFormat::Protobuf) =>
            {
                Decoded::Protobuf { id, schema }
            }
            Ok(Reader::Json) if matches!(want, ReadFormat::Auto | ReadFormat::JsonSchema) => {
                match serde_json::from_slice::<serde::de::IgnoredAny>(body) {
                    Ok(_) => Decoded::JsonSchema { id },
                    Err(e) => Decoded::Failed {
                        message: format!("schema id {id}: the payload is not JSON: {e}"),
                    },
                }
            }
            Ok(r) => Decoded::Failed {
                message: format!(
                    "schema id {id} is {}, not what the format asked for",
                    match r {
                        Reader::Avro(_) => "an Avro schema",
                        Reader::Json => "a JSON Schema",
                        Reader::Proto(_) => "a Protobuf schema",
                    }
                ),
            },
            Err(message) => Decoded::Failed { message },
        },
        Err(e) => Decoded::Failed {
            message: e.to_string(),
        },
    };
    match format {
        ReadFormat::Auto if wire::looks_framed(b) => framed(format),
        ReadFormat::Avro | ReadFormat::JsonSchema | ReadFormat::Protobuf => framed(format),
        ReadFormat::Auto => match std::str::from_utf8(b) {
            Ok(_) => Decoded::Text,
            Err(_) => Decoded::Binary,
        },
        ReadFormat::String => match std::str::from_utf8(b) {
            Ok(_) => Decoded::Text,
            Err(e) => Decoded::Failed {
                message: format!("not UTF-8 text: {e}"),
            },
        },
        ReadFormat::Json => match serde_json::from_slice::<serde::de::IgnoredAny>(b) {
            Ok(_) => Decoded::Text,
            Err(e) => Decoded::Failed {
                message: format!("not JSON: {e}"),
            },
        },
        ReadFormat::Base64 => Decoded::Binary,
    }
}

/// One column of `--fields`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FieldSpec {
    Topic,
    Partition,
    Offset,
    Timestamp,
    Key,
    KeyFormat,
    KeySchemaId,
    Value,
    ValueFormat,
    ValueSchemaId,
    Headers,
    Error,
    /// `headers.NAME`: the last header with that name.
    Header(String),
    /// `key.PATH`: a path into the decoded key.
    KeyPath(Vec<String>),
    /// `value.PATH`: a path into the decoded value.
    ValuePath(Vec<String>),
}

impl FieldSpec {
    /// The column's name as given (used as the JSON key).
    pub fn name(&self) -> String {
        match self {
            FieldSpec::Topic => "topic".into(),
            FieldSpec::Partition => "partition".into(),
            FieldSpec::Offset => "offset".into(),
            FieldSpec::Timestamp => "timestamp".into(),
            FieldSpec::Key => "key".into(),
            FieldSpec::KeyFormat => "key_format".into(),
            FieldSpec::KeySchemaId => "key_schema_id".into(),
            FieldSpec::Value => "value".into(),
            FieldSpec::ValueFormat => "value_format".into(),
            FieldSpec::ValueSchemaId => "value_schema_id".into(),
            FieldSpec::Headers => "headers".into(),
            FieldSpec::Error => "error".into(),
            FieldSpec::Header(n) => format!("headers.{n}"),
            FieldSpec::KeyPath(p) => format!("key.{}", p.join(".")),
            FieldSpec::ValuePath(p) => format!("value.{}", p.join(".")),
        }
    }
}

/// Parses `--fields partition,offset,key,value.order.id,headers.trace`.
pub fn parse_fields(text: &str) -> Result<Vec<FieldSpec>, String> {
    let mut out = Vec::new();
    for raw in text.split(',') {
        let f = raw.trim();
        let spec = match f {
            "topic" => FieldSpec::Topic,
            "partition" => FieldSpec::Partition,
            "offset" => FieldSpec::Offset,
            "timestamp" => FieldSpec::Timestamp,
            "key" => FieldSpec::Key,
            "key_format" => FieldSpec::KeyFormat,
            "key_schema_id" => FieldSpec::KeySchemaId,
            "value" => FieldSpec::Value,
            "value_format" => FieldSpec::ValueFormat,
            "value_schema_id" => FieldSpec::ValueSchemaId,
            "headers" => FieldSpec::Headers,
            "error" => FieldSpec::Error,
            _ => {
                let path = |rest: &str| -> Result<Vec<String>, String> {
                    let segs: Vec<String> = rest
                        .replace('[', ".")
                        .replace(']', "")
                        .split('.')
                        .map(str::to_string)
                        .collect();
                    if segs.iter().any(String::is_empty) {
                        return Err(format!("invalid --fields entry {f:?}: empty path segment"));
                    }
                    Ok(segs)
                };
                if let Some(rest) = f.strip_prefix("headers.") {
                    if rest.is_empty() {
                        return Err(format!("invalid --fields entry {f:?}"));
                    }
                    FieldSpec::Header(rest.to_string())
                } else if let Some(rest) = f.strip_prefix("key.") {
                    FieldSpec::KeyPath(path(rest)?)
                } else if let Some(rest) = f.strip_prefix("value.") {
                    FieldSpec::ValuePath(path(rest)?)
                } else {
                    return Err(format!(
                        "invalid --fields entry {f:?}: expected topic, partition, offset, timestamp, key, value, headers, key_format, value_format, key_schema_id, value_schema_id, error, headers.NAME, key.PATH or value.PATH"
                    ));
                }
            }
        };
        out.push(spec);
    }
    Ok(out)
}

/// The topics `wanted` names (each must exist in `live`) or matches as
/// regexes (each must match one; internal topics only for a pattern that
/// starts with `^__`), sorted, without duplicates.
pub fn choose_topics(
    live: &[String],
    wanted: &[String],
    regex: bool,
) -> Result<Vec<String>, String> {
    let mut out: Vec<String> = Vec::new();
    for w in wanted {
        let matched: Vec<&String> = if regex {
            let r = regex::Regex::new(w).map_err(|e| format!("invalid regex {w:?}: {e}"))?;
            live.iter()
                .filter(|t| r.is_match(t) && (!t.starts_with("__") || w.starts_with("^__")))
                .collect()
        } else {
            live.iter().filter(|t| *t == w).collect()
        };
        if matched.is_empty() {
            return Err(if regex {
                format!("no topic matches {w:?}")
            } else {
                format!(
                    "topic {w:?} does not exist{}",
                    super::suggest::did_you_mean(w, live.iter().map(String::as_str))
                )
            });
        }
        for t in matched {
            if !out.contains(t) {
                out.push(t.clone());
            }
        }
    }
    out.sort();
    Ok(out)
}

/// The fields a template prints (they decide what is decoded).
pub fn template_fields(t: &[Segment]) -> Vec<FieldSpec> {
    t.iter()
        .filter_map(|s| match s {
            Segment::Field(f) => Some(f.clone()),
            Segment::Text(_) => None,
        })
        .collect()
}

/// A piece of a `--format` template.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Segment {
    Text(String),
    Field(FieldSpec),
}

/// Parses `--format '{partition}:{offset} {key} {value.customer.id}'`: any
/// `--fields` name in braces, `{{` and `}}` for braces, `\t` and `\n`.
pub fn parse_template(text: &str) -> Result<Vec<Segment>, String> {
    let mut out = Vec::new();
    let mut lit = String::new();
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '{' if chars.peek() == Some(&'{') => {
                chars.next();
                lit.push('{');
            }
            '}' if chars.peek() == Some(&'}') => {
                chars.next();
                lit.push('}');
            }
            '{' => {
                let mut name = String::new();
                let mut closed = false;
                for c in chars.by_ref() {
                    if c == '}' {
                        closed = true;
                        break;
                    }
                    name.push(c);
                }
                if !closed || name.is_empty() || name.contains('{') {
                    return Err(format!("--format {text:?}: a field goes in braces, e.g. {{value}}; {{{{ is a brace"));
                }
                let mut spec = parse_fields(&name)
                    .map_err(|e| e.replace("--fields entry", "--format field"))?;
                if spec.len() != 1 {
                    return Err(format!(
                        "--format {text:?}: one field per pair of braces, not {name:?}"
                    ));
                }
                if !lit.is_empty() {
                    out.push(Segment::Text(std::mem::take(&mut lit)));
                }
                out.push(Segment::Field(spec.remove(0)));
            }
            '}' => {
                return Err(format!(
                    "--format {text:?}: an unmatched }}; write }}}} for a brace"
                ))
            }
            '\\' => match chars.next() {
                Some('n') => lit.push('\n'),
                Some('t') => lit.push('\t'),
                Some('\\') => lit.push('\\'),
                Some(o) => {
                    lit.push('\\');
                    lit.push(o);
                }
                None => lit.push('\\'),
            },
            c => lit.push(c),
        }
    }
    if !lit.is_empty() {
        out.push(Segment::Text(lit));
    }
    Ok(out)
}

/// Where to start reading, per partition.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StartAt {
    Beginning,
    End,
    Offset(i64),
    /// The first record at or after this time (ms since the epoch).
    Time(i64),
}

/// `--from` as given: a position, or a time resolved when reading starts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StartFrom {
    Beginning,
    End,
    Offset(i64),
    Time(TimePoint),
}

impl StartFrom {
    pub fn at(self, now_ms: i64) -> StartAt {
        match self {
            StartFrom::Beginning => StartAt::Beginning,
            StartFrom::End => StartAt::End,
            StartFrom::Offset(o) => StartAt::Offset(o),
            StartFrom::Time(t) => StartAt::Time(t.resolve(now_ms)),
        }
    }
}

/// Parses `--from`: `beginning`, `end`, an offset (a bare number below
/// [`time::EPOCH_MS_FROM`]), or any other TIME in kctl's one grammar
/// ([`time::parse_time`]: `1h` or `-1h` ago, epoch ms, RFC 3339, a date).
pub fn parse_from(text: &str) -> Result<StartFrom, String> {
    let t = text.trim();
    match t {
        "beginning" | "earliest" | "start" => return Ok(StartFrom::Beginning),
        "end" | "latest" => return Ok(StartFrom::End),
        _ => {}
    }
    if let Some(offset) = time::small_number(t) {
        return Ok(StartFrom::Offset(offset as i64));
    }
    time::parse_time(t)
        .map(StartFrom::Time)
        .map_err(|e| format!("{e}; or an offset"))
}

/// The low and high watermarks of a partition: the first offset and one past
/// the last.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Watermarks {
    pub low: i64,
    pub high: i64,
}

/// The offset to start a partition at. `time_offset` is what the broker
/// answered for a time (`None`: no record that late, so the end); `last` is
/// `-n N`.
pub fn start_offset(
    start: StartAt,
    last: Option<u64>,
    wm: Watermarks,
    time_offset: Option<i64>,
) -> i64 {
    let clamp = |o: i64| o.clamp(wm.low, wm.high.max(wm.low));
    if let Some(n) = last {
        return clamp(wm.high.saturating_sub(i64::try_from(n).unwrap_or(i64::MAX)));
    }
    match start {
        StartAt::Beginning => wm.low,
        StartAt::End => clamp(wm.high),
        StartAt::Offset(o) => clamp(o),
        StartAt::Time(_) => clamp(time_offset.unwrap_or(wm.high)),
    }
}

/// Why `--from OFFSET` does not start where it says: the offset is before
/// the log start (deleted by retention) or past the end. Said on stderr, so
/// a clamped start is never silent.
pub fn clamp_note(start: StartAt, last: Option<u64>, wm: Watermarks) -> Option<String> {
    match (start, last) {
        (StartAt::Offset(o), None) if o < wm.low => Some(format!(
            "--from {o} is before the log start ({}): reading from {}",
            wm.low, wm.low
        )),
        (StartAt::Offset(o), None) if o > wm.high => Some(format!(
            "--from {o} is past the log end ({}): nothing to read before new records",
            wm.high
        )),
        _ => None,
    }
}

/// What to do with a record.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verdict {
    /// Handle it (filter, decode, print).
    Take,
    /// Past the partition's end, or the partition is finished: ignore it.
    Ignore,
}

#[derive(Debug, Clone, Copy)]
struct Part {
    /// One past the last offset to read; `None` when following.
    end: Option<i64>,
    done: bool,
}

/// Which partitions are still being read. Partitions are indexed by id,
/// which Kafka numbers from 0.
#[derive(Debug, Default)]
pub struct Progress {
    parts: Vec<Option<Part>>,
    open: usize,
}

impl Progress {
    /// Adds a partition read from `start`; `end` is the high watermark at
    /// start, or `None` with `--follow`. A partition with nothing to read is
    /// finished at once.
    pub fn add(&mut self, partition: i32, start: i64, end: Option<i64>) {
        let Ok(i) = usize::try_from(partition) else {
            return;
        };
        if self.parts.len() <= i {
            self.parts.resize(i + 1, None);
        }
        let done = end.is_some_and(|e| start >= e);
        if let Some(old) = self.parts[i] {
            if !old.done {
                self.open -= 1;
            }
        }
        self.parts[i] = Some(Part { end, done });
        if !done {
            self.open += 1;
        }
    }

    /// Records a fetched record; the partition finishes with its last one.
    pub fn record(&mut self, partition: i32, offset: i64) -> Verdict {
        let Some(Some(p)) = usize::try_from(partition)
            .ok()
            .and_then(|i| self.parts.get_mut(i))
        else {
            return Verdict::Ignore;
        };
        if p.done {
            return Verdict::Ignore;
        }
        match p.end {
            Some(end) if offset >= end => {
                p.done = true;
                self.open -= 1;
                Verdict::Ignore
            }
            Some(end) => {
                if offset + 1 >= end {
                    p.done = true;
                    self.open -= 1;
                }
                Verdict::Take
            }
            None => Verdict::Take,
        }
    }

    /// The broker says the partition has nothing more right now. Without
    /// `--follow` it is finished (its end may hold only transaction markers
    /// or compacted-away offsets, which never arrive as records).
    pub fn reached_end(&mut self, partition: i32) {
        self.finish_if(partition, |p| p.end.is_some());
    }

    /// Stops reading a partition (e.g. `--until` passed).
    pub fn finish(&mut self, partition: i32) {
        self.finish_if(partition, |_| true);
    }

    fn finish_if(&mut self, partition: i32, cond: impl Fn(&Part) -> bool) {
        if let Some(Some(p)) = usize::try_from(partition)
            .ok()
            .and_then(|i| self.parts.get_mut(i))
        {
            if !p.done && cond(p) {
                p.done = true;
                self.open -= 1;
            }
        }
    }

    pub fn is_done(&self, partition: i32) -> bool {
        usize::try_from(partition)
            .ok()
            .and_then(|i| self.parts.get(i).copied().flatten())
            .is_none_or(|p| p.done)
    }

    /// Every partition finished (never true while following).
    pub fn all_done(&self) -> bool {
        self.open == 0
    }
}

/// Shares of a topic's partitions for `workers` readers: every n-th
/// partition to each, `None` when one reader is all there is to use (one
/// partition, or one core).
pub fn share_partitions(partitions: &[i32], workers: usize) -> Option<Vec<Vec<i32>>> {
    let n = workers.min(partitions.len());
    if n < 2 {
        return None;
    }
    let mut shares = vec![Vec::new(); n];
    for (i, &p) in partitions.iter().enumerate() {
        shares[i % n].push(p);
    }
    Some(shares)
}

#[cfg(test)]
mod tests {
    #[test]
    fn partitions_are_shared_round_robin_among_at_most_as_many_readers() {
        assert_eq!(share_partitions(&[0], 2), None);
        assert_eq!(share_partitions(&[0, 1, 2], 1), None);
        assert_eq!(
            share_partitions(&[0, 1, 2, 3, 4], 2),
            Some(vec![vec![0, 2, 4], vec![1, 3]])
        );
        assert_eq!(share_partitions(&[0, 1], 8), Some(vec![vec![0], vec![1]]));
    }

    use super::*;

    const NOW: i64 = 1_795_000_000_000;

    fn from_at(text: &str, now_ms: i64) -> Result<StartAt, String> {
        parse_from(text).map(|f| f.at(now_ms))
    }

    fn time_at(text: &str, now_ms: i64) -> Result<i64, String> {
        time::parse_time(text).map(|t| t.resolve(now_ms))
    }

    #[test]
    fn from_accepts_every_form() {
        assert_eq!(from_at("beginning", NOW), Ok(StartAt::Beginning));
        assert_eq!(from_at("end", NOW), Ok(StartAt::End));
        assert_eq!(from_at("42", NOW), Ok(StartAt::Offset(42)));
        assert_eq!(from_at("-1h", NOW), Ok(StartAt::Time(NOW - 3_600_000)));
        assert_eq!(
            from_at("2026-11-24T10:00:00Z", NOW),
            Ok(StartAt::Time(1_795_514_400_000))
        );
        assert_eq!(
            from_at("2026-11-24T11:00:00+01:00", NOW),
            Ok(StartAt::Time(1_795_514_400_000))
        );
        assert_eq!(
            from_at("2026-11-24T10:00:00", NOW),
            Ok(StartAt::Time(1_795_514_400_000))
        );
        assert_eq!(
            from_at("2026-11-24", NOW),
            Ok(StartAt::Time(1_795_478_400_000))
        );
        let e = from_at("yesterday", NOW).unwrap_err();
        assert!(e.contains("a duration ago (1h or -1h)"), "{e}");
        assert_eq!(from_at("1h", NOW), Ok(StartAt::Time(NOW - 3_600_000)));
        assert!(from_at("-1x", NOW).unwrap_err().contains("unknown unit"));
        assert!(from_at("99999999999999999999", NOW).is_err());
        assert!(
            time_at("1000", NOW).is_err(),
            "a bare small number is no time"
        );
        assert_eq!(time_at("1795514400000", NOW), Ok(1_795_514_400_000));
        assert_eq!(time_at("now", NOW), Ok(NOW));
    }

    #[test]
    fn topics_are_chosen_by_name_or_regex() {
        let live: Vec<String> = ["orders", "orders.dlq", "payments", "__consumer_offsets"]
            .map(String::from)
            .to_vec();
        let names = |w: &[&str], re| {
            choose_topics(
                &live,
                &w.iter().map(|s| s.to_string()).collect::<Vec<_>>(),
                re,
            )
        };
        assert_eq!(
            names(&["payments", "orders"], false).unwrap(),
            ["orders", "payments"]
        );
        assert_eq!(names(&["^orders"], true).unwrap(), ["orders", "orders.dlq"]);
        assert_eq!(
            names(&["o"], true).unwrap(),
            ["orders", "orders.dlq"],
            "internal left out"
        );
        assert_eq!(names(&["^__"], true).unwrap(), ["__consumer_offsets"]);
        assert!(names(&["order"], false)
            .unwrap_err()
            .contains("did you mean \"orders\""));
        assert!(names(&["^x"], true)
            .unwrap_err()
            .contains("no topic matches"));
        assert!(names(&["("], true).unwrap_err().contains("invalid regex"));
    }

    #[test]
    fn templates_mix_text_and_fields() {
        let t = parse_template("{partition}:{offset}\\t{key} {{{value.a.b}}}").unwrap();
        assert_eq!(
            t,
            [
                Segment::Field(FieldSpec::Partition),
                Segment::Text(":".into()),
                Segment::Field(FieldSpec::Offset),
                Segment::Text("\t".into()),
                Segment::Field(FieldSpec::Key),
                Segment::Text(" {".into()),
                Segment::Field(FieldSpec::ValuePath(vec!["a".into(), "b".into()])),
                Segment::Text("}".into()),
            ]
        );
        assert!(parse_template("{nope}")
            .unwrap_err()
            .contains("--format field"));
        assert!(parse_template("{value").is_err());
        assert!(parse_template("x}").unwrap_err().contains("unmatched"));
        assert!(parse_template("{}").is_err());
    }

    #[test]
    fn start_offsets_stay_within_the_watermarks() {
        let wm = Watermarks { low: 10, high: 20 };
        assert_eq!(start_offset(StartAt::Beginning, None, wm, None), 10);
        assert_eq!(start_offset(StartAt::End, None, wm, None), 20);
        assert_eq!(start_offset(StartAt::Offset(15), None, wm, None), 15);
        assert_eq!(start_offset(StartAt::Offset(3), None, wm, None), 10);
        assert_eq!(start_offset(StartAt::Offset(99), None, wm, None), 20);
        assert_eq!(start_offset(StartAt::Time(5), None, wm, Some(12)), 12);
        assert_eq!(start_offset(StartAt::Time(5), None, wm, None), 20);
        assert_eq!(start_offset(StartAt::Beginning, Some(3), wm, None), 17);
        assert_eq!(start_offset(StartAt::Beginning, Some(50), wm, None), 10);
        let empty = Watermarks { low: 0, high: 0 };
        assert_eq!(start_offset(StartAt::Beginning, Some(5), empty, None), 0);
    }

    #[test]
    fn an_offset_outside_the_log_is_said_never_clamped_silently() {
        let wm = Watermarks { low: 10, high: 20 };
        let note = |s| clamp_note(s, None, wm);
        assert_eq!(
            note(StartAt::Offset(3)).unwrap(),
            "--from 3 is before the log start (10): reading from 10"
        );
        assert!(note(StartAt::Offset(21))
            .unwrap()
            .contains("past the log end (20)"));
        assert_eq!(
            note(StartAt::Offset(20)),
            None,
            "the end itself is in the log"
        );
        assert_eq!(note(StartAt::Offset(10)), None);
        assert_eq!(note(StartAt::Time(0)), None);
        assert_eq!(clamp_note(StartAt::Offset(3), Some(1), wm), None);
    }

    #[test]
    fn progress_ends_each_partition_at_its_captured_end() {
        let mut p = Progress::default();
        p.add(0, 0, Some(2));
        p.add(2, 5, Some(5)); // empty: finished at once
        assert!(p.is_done(2) && !p.all_done());
        assert_eq!(p.record(0, 0), Verdict::Take);
        assert!(!p.all_done());
        assert_eq!(p.record(0, 1), Verdict::Take);
        assert!(p.all_done());
        assert_eq!(
            p.record(0, 2),
            Verdict::Ignore,
            "records produced after start"
        );
        assert_eq!(p.record(7, 0), Verdict::Ignore, "unassigned partition");
    }

    /// A registry that knows schema id 7 when given a schema.
    fn registry(c: Option<Arc<Compiled>>) -> impl FnMut(u32) -> Result<Reader, String> {
        move |id| match (&c, id) {
            (Some(c), 7) => Ok(Reader::Avro(c.clone())),
            (Some(_), 8) => Ok(Reader::Json),
            _ => Err(format!("schema id {id} not found")),
        }
    }

    #[test]
    fn classify_detects_avro_text_and_binary_and_reports_failures() {
        let schema = apache_avro::Schema::parse_str(r#""string""#).unwrap();
        let compiled = Arc::new(kctl_avro::decode::compile(&schema, &[]).unwrap());
        let mut reg = registry(Some(compiled));
        let auto = ReadFormat::Auto;
        assert!(matches!(classify(None, auto, &mut reg), Decoded::Null));
        assert!(matches!(
            classify(Some(&[0, 0, 0, 0, 7, 2, b'a']), auto, &mut reg),
            Decoded::Avro { id: 7, .. }
        ));
        match classify(Some(&[0, 0, 0, 0, 9, 2]), auto, &mut reg) {
            Decoded::Failed { message } => assert!(message.contains("id 9"), "{message}"),
            other => panic!("{other:?}"),
        }
        assert!(matches!(
            classify(Some(b"{\"a\":1}"), auto, &mut reg),
            Decoded::Text
        ));
        assert!(matches!(
            classify(Some(b"\0\0\0\0\x08{\"a\": 1}"), auto, &mut reg),
            Decoded::JsonSchema { id: 8 }
        ));
        assert!(classify(Some(b"\0\0\0\0\x08{\"a\""), auto, &mut reg).is_failed());
        assert!(classify(Some(b"\0\0\0\0\x08{}"), ReadFormat::Avro, &mut reg).is_failed());
        assert!(matches!(
            classify(Some(&[0xff, 1]), auto, &mut reg),
            Decoded::Binary
        ));
        assert!(matches!(classify(Some(b""), auto, &mut reg), Decoded::Text));
        // Forced formats report what does not fit them.
        let forced = |b: &[u8], f| classify(Some(b), f, &mut registry(None));
        assert!(forced(b"plain", ReadFormat::Avro).is_failed());
        assert!(forced(b"{x", ReadFormat::Json).is_failed());
        assert!(matches!(forced(b"[1]", ReadFormat::Json), Decoded::Text));
        assert!(forced(&[0xff], ReadFormat::String).is_failed());
        assert!(matches!(
            forced(b"text", ReadFormat::Base64),
            Decoded::Binary
        ));
    }

    #[test]
    fn fields_parse_names_and_paths() {
        assert_eq!(
            parse_fields("partition, offset,key,value.order.id,headers.trace,value.items[0]")
                .unwrap(),
            vec![
                FieldSpec::Partition,
                FieldSpec::Offset,
                FieldSpec::Key,
                FieldSpec::ValuePath(vec!["order".into(), "id".into()]),
                FieldSpec::Header("trace".into()),
                FieldSpec::ValuePath(vec!["items".into(), "0".into()]),
            ]
        );
        assert_eq!(
            FieldSpec::ValuePath(vec!["a".into(), "b".into()]).name(),
            "value.a.b"
        );
        let e = parse_fields("partition,bogus").unwrap_err();
        assert!(e.contains("\"bogus\""), "{e}");
        assert!(parse_fields("value.").is_err());
    }

    #[test]
    fn end_of_partition_finishes_only_without_follow() {
        let mut p = Progress::default();
        p.add(0, 0, Some(10));
        p.reached_end(0); // e.g. the last offsets were transaction markers
        assert!(p.all_done());
        let mut f = Progress::default();
        f.add(0, 0, None);
        f.reached_end(0);
        assert!(!f.all_done());
        assert_eq!(f.record(0, 1_000), Verdict::Take);
        f.finish(0);
        assert!(f.all_done());
    }
}
