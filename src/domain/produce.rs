//! What `kctl produce` sends, decided without I/O: turning an input line (or a
//! generated event) into a record's key, value, headers, partition and
//! timestamp; recognising envelope lines; and keeping the exact account of
//! which lines were delivered.
//!
//! **Envelope lines.** A line is an envelope (the format `kctl tail -o json`
//! prints, see `domain::envelope`) when it is a JSON object, every key is one of
//! the envelope's (`topic`, `partition`, `offset`, `timestamp`, `key`,
//! `key_format`, `key_schema_id`, `value`, `value_format`, `value_schema_id`,
//! `headers`, `error`), and it has `value` or `key`. `--envelope` makes every
//! line one, `--no-envelope` none. In an envelope the record's payloads come
//! from `key`/`value` with their `*_format` (an Avro payload is encoded with
//! its `*_schema_id`, so a copy is binary-identical), `partition` and
//! `timestamp` are kept, `topic` and `offset` are ignored. A payload without a
//! format uses the command's key or value format; a missing or null `value` is
//! a tombstone.

use std::collections::BTreeMap;
use std::fmt;
use std::sync::Arc;

use base64::Engine as _;
use serde::Serialize;
use serde_json::{Map, Value};

use super::envelope::{self, Envelope, Format};
use super::json_schema::{self, JsonSchema};
use super::protobuf::{ProtoCodec, ProtoSchema};
use kctl_avro::encode::{AvroSchema, InputDialect};
use kctl_avro::wire;

/// The keys an envelope line may have.
pub const ENVELOPE_KEYS: [&str; 14] = [
    "topic",
    "partition",
    "offset",
    "timestamp",
    "key",
    "key_format",
    "key_schema_id",
    "key_message",
    "value",
    "value_format",
    "value_schema_id",
    "value_message",
    "headers",
    "error",
];

/// Whether `obj` is an envelope (see the module documentation).
pub fn is_envelope(obj: &Map<String, Value>) -> bool {
    envelope_keys(obj.keys().map(String::as_str))
}

/// The envelope rule on an object's top-level keys: a `value` or a `key`,
/// and nothing but envelope fields.
fn envelope_keys<'k>(keys: impl Iterator<Item = &'k str>) -> bool {
    let (mut all_known, mut has_payload) = (true, false);
    for k in keys {
        has_payload |= k == "value" || k == "key";
        all_known &= ENVELOPE_KEYS.contains(&k);
    }
    all_known && has_payload
}

/// Whether `line` is a JSON object whose top-level keys make it an envelope
/// (as [`is_envelope`] decides), scanning it without building its values.
/// Anything else, invalid JSON included, is `false`.
pub fn has_envelope_keys(line: &[u8]) -> bool {
    // Most lines that start with "{" are values whose first key already
    // says "no envelope": read just that key, without a parser (serde's
    // answer to a map left unfinished is an error it allocates, per line).
    if let Some(key) = first_key(line) {
        if !ENVELOPE_KEYS.iter().any(|k| k.as_bytes() == key) {
            return false;
        }
    }
    struct Shape(bool);
    impl<'de> serde::Deserialize<'de> for Shape {
        fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
            struct Keys;
            impl<'de> serde::de::Visitor<'de> for Keys {
                type Value = Shape;
                fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                    f.write_str("a JSON object")
                }
                fn visit_map<A: serde::de::MapAccess<'de>>(
                    self,
                    mut map: A,
                ) -> Result<Shape, A::Error> {
                    let mut keys = Vec::new();
                    while let Some(k) = map.next_key::<std::borrow::Cow<'de, str>>()? {
                        // A key no envelope has decides at once: the rest of
                        // the line is not read (the unfinished map is an
                        // error, which reads as "no envelope" too).
                        if !ENVELOPE_KEYS.contains(&k.as_ref()) {
                            return Ok(Shape(false));
                        }
                        keys.push(k);
                        map.next_value::<serde::de::IgnoredAny>()?;
                    }
                    Ok(Shape(envelope_keys(keys.iter().map(|k| k.as_ref()))))
                }
            }
            d.deserialize_map(Keys)
        }
    }
    serde_json::from_slice::<Shape>(line).is_ok_and(|s| s.0)
}

/// The first key of a JSON object line when it is a plain string (no
/// escapes); `None` when the line is not that simple, for the parser to
/// decide.
fn first_key(line: &[u8]) -> Option<&[u8]> {
    let mut rest = line.trim_ascii_start().strip_prefix(b"{")?;
    rest = rest.trim_ascii_start().strip_prefix(b"\"")?;
    let end = rest.iter().position(|&b| b == b'"' || b == b'\\')?;
    (rest[end] == b'"').then(|| &rest[..end])
}

/// How to serialise a key or a value.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum EncodeFormat {
    /// Confluent wire format: magic byte, schema id, Avro binary.
    Avro,
    /// Confluent wire format: magic byte, schema id, UTF-8 JSON validated
    /// against a JSON Schema.
    JsonSchema,
    /// Confluent wire format: magic byte, schema id, message indexes, the
    /// binary Protobuf message.
    Protobuf,
    /// JSON text.
    Json,
    /// UTF-8 text.
    String,
    /// Raw bytes, given as base64 in the input.
    Bytes,
}

impl fmt::Display for EncodeFormat {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            EncodeFormat::Avro => "avro",
            EncodeFormat::JsonSchema => "json-schema",
            EncodeFormat::Protobuf => "protobuf",
            EncodeFormat::Json => "json",
            EncodeFormat::String => "string",
            EncodeFormat::Bytes => "bytes",
        })
    }
}

/// A registered schema to encode with.
#[derive(Debug, Clone)]
pub struct AvroCodec {
    pub id: u32,
    pub schema: Arc<AvroSchema>,
}

/// A registered JSON Schema to validate and frame with.
#[derive(Debug, Clone)]
pub struct JsonCodec {
    pub id: u32,
    pub schema: Arc<JsonSchema>,
}

impl JsonCodec {
    /// Validates `v` (the error is `POINTER: reason`), then frames it.
    pub fn encode(&self, v: &Value, out: &mut Vec<u8>) -> Result<(), String> {
        self.schema.validate(v)?;
        json_schema::encode(self.id, v, out)
    }
}

/// A format, and for Avro or JSON Schema the schema (absent only when no
/// subject exists and every payload names its own schema id).
#[derive(Debug, Clone)]
pub struct Codec {
    pub format: EncodeFormat,
    pub avro: Option<AvroCodec>,
    pub json: Option<JsonCodec>,
    pub proto: Option<ProtoCodec>,
}

impl EncodeFormat {
    /// Avro, JSON Schema or Protobuf: encoded with a registered schema.
    pub fn uses_schema(self) -> bool {
        matches!(
            self,
            EncodeFormat::Avro | EncodeFormat::JsonSchema | EncodeFormat::Protobuf
        )
    }
}

/// A writer schema found by id, for envelope lines naming theirs.
#[derive(Debug, Clone)]
pub enum Writer {
    Avro(Arc<AvroSchema>),
    Json(Arc<JsonSchema>),
    Proto(Arc<ProtoSchema>),
}

impl Writer {
    fn kind(&self) -> &'static str {
        match self {
            Writer::Avro(_) => "an Avro schema",
            Writer::Json(_) => "a JSON Schema",
            Writer::Proto(_) => "a Protobuf schema",
        }
    }
}

impl Codec {
    pub fn plain(format: EncodeFormat) -> Codec {
        Codec {
            format,
            avro: None,
            json: None,
            proto: None,
        }
    }

    pub fn avro(codec: AvroCodec) -> Codec {
        Codec {
            format: EncodeFormat::Avro,
            avro: Some(codec),
            json: None,
            proto: None,
        }
    }

    pub fn json_schema(codec: JsonCodec) -> Codec {
        Codec {
            format: EncodeFormat::JsonSchema,
            avro: None,
            json: Some(codec),
            proto: None,
        }
    }

    pub fn protobuf(codec: ProtoCodec) -> Codec {
        Codec {
            format: EncodeFormat::Protobuf,
            avro: None,
            json: None,
            proto: Some(codec),
        }
    }

    /// The schema id records are framed with, for Avro, JSON Schema and
    /// Protobuf.
    pub fn schema_id(&self) -> Option<u32> {
        self.avro
            .as_ref()
            .map(|a| a.id)
            .or(self.json.as_ref().map(|j| j.id))
            .or(self.proto.as_ref().map(|p| p.id))
    }

    /// Serialises a JSON value (an event, a key field) in this format:
    /// Avro from Avro JSON or plain JSON; JSON as its text; a string's text
    /// for `string` (other values as JSON text); base64 text for `bytes`.
    pub fn encode_json(&self, v: &Value, out: &mut Vec<u8>) -> Result<(), String> {
        match self.format {
            EncodeFormat::Avro => {
                let codec = self
                    .avro
                    .as_ref()
                    .ok_or("no Avro schema to encode with (no subject, no schema id)")?;
                encode_avro(codec, v, InputDialect::Auto, out)
            }
            EncodeFormat::JsonSchema => self
                .json
                .as_ref()
                .ok_or("no JSON Schema to encode with (no subject, no schema id)")?
                .encode(v, out),
            EncodeFormat::Protobuf => self
                .proto
                .as_ref()
                .ok_or("no Protobuf schema to encode with (no subject, no schema id)")?
                .encode(v, out),
            EncodeFormat::Json => serde_json::to_writer(out, v).map_err(|e| e.to_string()),
            EncodeFormat::String => {
                match v {
                    Value::String(s) => out.extend_from_slice(s.as_bytes()),
                    other => serde_json::to_writer(out, other).map_err(|e| e.to_string())?,
                }
                Ok(())
            }
            EncodeFormat::Bytes => {
                let text = v
                    .as_str()
                    .ok_or_else(|| format!("format bytes needs a base64 string, got {v}"))?;
                base64_into(text, out)
            }
        }
    }
}

fn base64_into(text: &str, out: &mut Vec<u8>) -> Result<(), String> {
    base64::engine::general_purpose::STANDARD
        .decode_vec(text.trim(), out)
        .map_err(|e| format!("invalid base64: {e}"))
}

/// Writes the Confluent frame for `codec.id` and the Avro datum of `v`.
pub fn encode_avro(
    codec: &AvroCodec,
    v: &Value,
    mode: InputDialect,
    out: &mut Vec<u8>,
) -> Result<(), String> {
    out.push(wire::MAGIC);
    out.extend_from_slice(&codec.id.to_be_bytes());
    codec.schema.encode(v, mode, out).map_err(|e| e.to_string())
}

/// Where each record's key comes from when the line does not give one.
#[derive(Debug, Clone)]
pub enum KeySource {
    /// No key (null).
    None,
    /// The same bytes for every record (`--key`, already serialised).
    Constant(Vec<u8>),
    /// A dotted path into the event (`--key-field`).
    Field(String),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EnvelopeMode {
    /// Lines that look like envelopes are envelopes.
    Auto,
    /// Every line must be an envelope.
    Always,
    /// No line is an envelope.
    Never,
}

/// Finds the schema an envelope line names (`value_schema_id`), by global id:
/// the caller's cache.
pub type EncoderLookup<'a> = dyn FnMut(u32) -> Result<Writer, String> + 'a;

/// One record ready to send. The buffers are reused from record to record.
#[derive(Debug, Default, Clone, PartialEq)]
pub struct OutRecord {
    pub key: Option<Vec<u8>>,
    pub value: Option<Vec<u8>>,
    pub headers: Vec<(String, Option<Vec<u8>>)>,
    pub partition: Option<i32>,
    pub timestamp: Option<i64>,
}

impl OutRecord {
    /// Payload bytes (key + value), for throughput figures.
    pub fn size(&self) -> usize {
        self.key.as_ref().map_or(0, Vec::len) + self.value.as_ref().map_or(0, Vec::len)
    }

    fn reset(&mut self) -> (Vec<u8>, Vec<u8>) {
        let mut k = self.key.take().unwrap_or_default();
        let mut v = self.value.take().unwrap_or_default();
        k.clear();
        v.clear();
        self.headers.clear();
        self.partition = None;
        self.timestamp = None;
        (k, v)
    }
}

/// An input line that cannot become a record.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LineError {
    /// 1-based column, for JSON syntax errors.
    pub column: Option<usize>,
    pub message: String,
}

impl From<String> for LineError {
    fn from(message: String) -> Self {
        LineError {
            column: None,
            message,
        }
    }
}

/// Everything that decides how a line becomes a record.
#[derive(Debug, Clone)]
pub struct RecordSpec {
    pub value: Codec,
    pub key: Codec,
    pub key_source: KeySource,
    /// `-H` headers, added to every record after the envelope's own.
    pub headers: Vec<(String, Option<Vec<u8>>)>,
    /// `-p`: every record to this partition.
    pub partition: Option<i32>,
    /// The topic's partition count, when known, to check envelope partitions.
    pub partitions: Option<i32>,
    pub envelope: EnvelopeMode,
}

impl RecordSpec {
    /// Builds the record for one input line (without its line terminator).
    pub fn line_record(
        &self,
        line: &[u8],
        schemas: &mut EncoderLookup<'_>,
        out: &mut OutRecord,
    ) -> Result<(), LineError> {
        let (kbuf, mut vbuf) = out.reset();
        // An Avro value of the common shape, keyed without looking into it:
        // encoded straight from the text, without building a JSON value
        // (kctl_avro::stream; anything it does not take goes the long way).
        if let (EncodeFormat::Avro, Some(codec)) = (self.value.format, &self.value.avro) {
            let own_key = matches!(self.key_source, KeySource::None | KeySource::Constant(_));
            let not_envelope = match self.envelope {
                EnvelopeMode::Always => false,
                EnvelopeMode::Never => true,
                EnvelopeMode::Auto => !has_envelope_keys(line),
            };
            if own_key && not_envelope {
                vbuf.push(wire::MAGIC);
                vbuf.extend_from_slice(&codec.id.to_be_bytes());
                if codec.schema.encode_text(line, &mut vbuf).is_ok() {
                    out.value = Some(vbuf);
                    out.key = self.key_for(None, kbuf)?;
                    out.headers.extend(self.headers.iter().cloned());
                    out.partition = self.partition;
                    return Ok(());
                }
                vbuf.clear();
            }
        }
        let first = line.iter().copied().find(|b| !b.is_ascii_whitespace());
        let text_value = !matches!(
            self.value.format,
            EncodeFormat::Avro
                | EncodeFormat::JsonSchema
                | EncodeFormat::Protobuf
                | EncodeFormat::Json
        ) && !matches!(self.key_source, KeySource::Field(_));
        // A text line that starts with "{" is parsed into a JSON value only
        // when its top-level keys make it an envelope (a scan that builds
        // nothing: most such lines are values, sent as they are).
        let maybe_envelope = self.envelope == EnvelopeMode::Auto
            && first == Some(b'{')
            && (!text_value || has_envelope_keys(line));
        let needs_json = !text_value || self.envelope == EnvelopeMode::Always || maybe_envelope;
        let parsed: Option<Value> = if needs_json {
            match serde_json::from_slice::<Value>(line) {
                Ok(v) => Some(v),
                // A string or bytes line that merely starts with "{" is text.
                Err(_)
                    if matches!(
                        self.value.format,
                        EncodeFormat::String | EncodeFormat::Bytes
                    ) && !matches!(self.key_source, KeySource::Field(_))
                        && self.envelope != EnvelopeMode::Always =>
                {
                    None
                }
                Err(e) => {
                    return Err(LineError {
                        column: Some(e.column()),
                        message: format!("invalid JSON: {}", strip_position(&e.to_string())),
                    })
                }
            }
        } else {
            None
        };

        if let Some(Value::Object(obj)) = &parsed {
            let envelope = match self.envelope {
                EnvelopeMode::Always => true,
                EnvelopeMode::Never => false,
                EnvelopeMode::Auto => is_envelope(obj),
            };
            if envelope {
                // A present-but-null key is no key; an absent one falls back
                // to --key / --key-field, which serde cannot tell apart.
                let has_key = obj.contains_key("key");
                let env: Envelope = serde_json::from_value(parsed.unwrap_or_default())
                    .map_err(|e| format!("invalid envelope: {e}"))?;
                return self.envelope_record(env, has_key, schemas, out, kbuf, vbuf);
            }
        }
        if self.envelope == EnvelopeMode::Always {
            return Err("--envelope: the line is not a JSON object"
                .to_string()
                .into());
        }

        // The line is the value.
        match (self.value.format, &parsed) {
            (EncodeFormat::Avro | EncodeFormat::JsonSchema | EncodeFormat::Protobuf, Some(v)) => {
                self.value.encode_json(v, &mut vbuf)?
            }
            (EncodeFormat::Json, Some(_)) => vbuf.extend_from_slice(trim_ascii(line)),
            (EncodeFormat::String, _) => vbuf.extend_from_slice(line),
            (EncodeFormat::Bytes, _) => {
                let text = std::str::from_utf8(line)
                    .map_err(|_| "format bytes needs base64 text".to_string())?;
                base64_into(text, &mut vbuf)?;
            }
            (
                EncodeFormat::Avro
                | EncodeFormat::JsonSchema
                | EncodeFormat::Protobuf
                | EncodeFormat::Json,
                None,
            ) => {
                unreachable!("JSON formats always parse the line")
            }
        }
        out.value = Some(vbuf);
        out.key = self.key_for(parsed.as_ref(), kbuf)?;
        out.headers.extend(self.headers.iter().cloned());
        out.partition = self.partition;
        Ok(())
    }

    /// Builds the record for a generated event (Avro JSON, or JSON for a
    /// JSON Schema or Protobuf value) and, when the key subject exists, a
    /// generated key of its format.
    pub fn generated_record(
        &self,
        value: &Value,
        key: Option<&Value>,
        out: &mut OutRecord,
    ) -> Result<(), LineError> {
        let (kbuf, mut vbuf) = out.reset();
        match (&self.value.avro, &self.value.json, &self.value.proto) {
            (Some(codec), _, _) => encode_avro(codec, value, InputDialect::AvroJson, &mut vbuf)?,
            (None, Some(codec), _) => codec.encode(value, &mut vbuf)?,
            (None, None, Some(codec)) => codec.encode(value, &mut vbuf)?,
            (None, None, None) => {
                return Err(
                    "--generate needs an Avro, JSON Schema or Protobuf value schema"
                        .to_string()
                        .into(),
                )
            }
        }
        out.value = Some(vbuf);
        out.key = match key {
            Some(k)
                if matches!(self.key_source, KeySource::None) && self.key.format.uses_schema() =>
            {
                let mut kbuf = kbuf;
                match &self.key.avro {
                    Some(kc) => encode_avro(kc, k, InputDialect::AvroJson, &mut kbuf)?,
                    None => self.key.encode_json(k, &mut kbuf)?,
                }
                Some(kbuf)
            }
            _ => self.key_for(Some(value), kbuf)?,
        };
        out.headers.extend(self.headers.iter().cloned());
        out.partition = self.partition;
        Ok(())
    }

    /// The key from `--key` or `--key-field` (looked up in `event`).
    fn key_for(&self, event: Option<&Value>, mut kbuf: Vec<u8>) -> Result<Option<Vec<u8>>, String> {
        match &self.key_source {
            KeySource::None => Ok(None),
            KeySource::Constant(bytes) => {
                kbuf.extend_from_slice(bytes);
                Ok(Some(kbuf))
            }
            KeySource::Field(path) => {
                let event =
                    event.ok_or_else(|| format!("--key-field {path}: the line is not JSON"))?;
                match value_at_path(event, path) {
                    None => Err(format!("--key-field {path}: no such field in the event")),
                    Some(Value::Null) => Ok(None),
                    Some(k) => {
                        self.key
                            .encode_json(k, &mut kbuf)
                            .map_err(|e| format!("key from --key-field {path}: {e}"))?;
                        Ok(Some(kbuf))
                    }
                }
            }
        }
    }

    fn envelope_record(
        &self,
        env: Envelope,
        has_key: bool,
        schemas: &mut EncoderLookup<'_>,
        out: &mut OutRecord,
        mut kbuf: Vec<u8>,
        mut vbuf: Vec<u8>,
    ) -> Result<(), LineError> {
        if let Some(v) = env.value.as_ref().filter(|v| !v.is_null()) {
            self.payload(
                v,
                (
                    env.value_format,
                    env.value_schema_id,
                    env.value_message.as_deref(),
                ),
                &self.value,
                "value",
                schemas,
                &mut vbuf,
            )?;
            out.value = Some(vbuf);
        }
        if has_key {
            if let Some(k) = env.key.as_ref().filter(|k| !k.is_null()) {
                self.payload(
                    k,
                    (
                        env.key_format,
                        env.key_schema_id,
                        env.key_message.as_deref(),
                    ),
                    &self.key,
                    "key",
                    schemas,
                    &mut kbuf,
                )?;
                out.key = Some(kbuf);
            }
        } else {
            out.key = self.key_for(env.value.as_ref(), kbuf)?;
        }
        for h in &env.headers {
            out.headers.push((h.key.clone(), h.to_bytes()?));
        }
        out.headers.extend(self.headers.iter().cloned());
        out.partition = match (self.partition, env.partition) {
            (Some(p), _) => Some(p),
            (None, Some(p)) => {
                if p < 0 || self.partitions.is_some_and(|n| p >= n) {
                    return Err(format!(
                        "partition {p} does not exist (the topic has {} partitions; -p N sends every record to N)",
                        self.partitions.unwrap_or(0)
                    )
                    .into());
                }
                Some(p)
            }
            (None, None) => None,
        };
        if let Some(ts) = env.timestamp {
            if ts < 0 {
                return Err(format!("timestamp {ts} is negative").into());
            }
            out.timestamp = Some(ts);
        }
        Ok(())
    }

    fn payload(
        &self,
        v: &Value,
        (format, schema_id, message): (Option<Format>, Option<u32>, Option<&str>),
        default: &Codec,
        what: &str,
        schemas: &mut EncoderLookup<'_>,
        out: &mut Vec<u8>,
    ) -> Result<(), String> {
        match format {
            None => default
                .encode_json(v, out)
                .map_err(|e| format!("{what}: {e}")),
            Some(Format::JsonSchema) => {
                let codec = match schema_id {
                    Some(id) => match default.json.as_ref().filter(|c| c.id == id) {
                        Some(c) => c.clone(),
                        None => match schemas(id).map_err(|e| format!("{what}: {e}"))? {
                            Writer::Json(schema) => JsonCodec { id, schema },
                            w => {
                                return Err(format!(
                                    "{what}: {what}_format json-schema, but schema id {id} is {}",
                                    w.kind()
                                ))
                            }
                        },
                    },
                    None => default.json.clone().ok_or_else(|| {
                        format!("{what}: {what}_format json-schema needs {what}_schema_id (or a {what} subject)")
                    })?,
                };
                codec.encode(v, out).map_err(|e| format!("{what}: {e}"))
            }
            Some(Format::Avro) => {
                let codec = match schema_id {
                    Some(id) => match default.avro.as_ref().filter(|c| c.id == id) {
                        Some(c) => c.clone(),
                        None => match schemas(id).map_err(|e| format!("{what}: {e}"))? {
                            Writer::Avro(schema) => AvroCodec { id, schema },
                            w => {
                                return Err(format!(
                                    "{what}: {what}_format avro, but schema id {id} is {}",
                                    w.kind()
                                ))
                            }
                        },
                    },
                    None => default.avro.clone().ok_or_else(|| {
                        format!("{what}: {what}_format avro needs {what}_schema_id (or a {what} subject)")
                    })?,
                };
                // What tail prints is exactly Avro JSON; a hand-written
                // envelope may use plain JSON.
                let start = out.len();
                if encode_avro(&codec, v, InputDialect::AvroJson, out).is_ok() {
                    return Ok(());
                }
                out.truncate(start);
                encode_avro(&codec, v, InputDialect::Auto, out).map_err(|e| format!("{what}: {e}"))
            }
            Some(Format::Protobuf) => {
                let own = default
                    .proto
                    .as_ref()
                    .filter(|c| message.is_none_or(|m| c.name() == m));
                let codec = match (schema_id, own) {
                    (Some(id), Some(c)) if c.id == id => c.clone(),
                    (None, Some(c)) => c.clone(),
                    (Some(id), _) => {
                        let schema = match schemas(id).map_err(|e| format!("{what}: {e}"))? {
                            Writer::Proto(schema) => schema,
                            w => {
                                return Err(format!(
                                    "{what}: {what}_format protobuf, but schema id {id} is {}",
                                    w.kind()
                                ))
                            }
                        };
                        let m = schema
                            .message(message)
                            .map_err(|e| format!("{what}: schema id {id}: {e}"))?;
                        ProtoCodec::new(id, m)
                    }
                    (None, None) => {
                        return Err(format!(
                            "{what}: {what}_format protobuf needs {what}_schema_id (or a {what} subject)"
                        ))
                    }
                };
                codec.encode(v, out).map_err(|e| format!("{what}: {e}"))
            }
            Some(f) => {
                let bytes =
                    envelope::payload_from_json(v, f).map_err(|e| format!("{what}: {e}"))?;
                out.extend_from_slice(&bytes);
                Ok(())
            }
        }
    }
}

/// serde_json's messages end in " at line L column C"; the caller reports
/// the position its own way.
fn strip_position(msg: &str) -> &str {
    match msg.rfind(" at line ") {
        Some(i) => &msg[..i],
        None => msg,
    }
}

fn trim_ascii(b: &[u8]) -> &[u8] {
    let start = b
        .iter()
        .position(|c| !c.is_ascii_whitespace())
        .unwrap_or(b.len());
    let end = b
        .iter()
        .rposition(|c| !c.is_ascii_whitespace())
        .map_or(start, |i| i + 1);
    &b[start..end]
}

/// The value at dotted `path` in `event`. Avro JSON union wrappers
/// (`{"com.acme.Customer": {...}}`, `{"string": "x"}`) are looked through, so
/// the same path works on plain and Avro JSON events; an array step is an index.
/// A null on the way (an optional record that is absent) gives null.
pub fn value_at_path<'v>(event: &'v Value, path: &str) -> Option<&'v Value> {
    let mut cur = event;
    for seg in path.split('.') {
        cur = match cur {
            Value::Null => return Some(cur),
            Value::Object(o) => match o.get(seg) {
                Some(v) => v,
                None if o.len() == 1 => o.values().next()?.as_object()?.get(seg)?,
                None => return None,
            },
            Value::Array(a) => a.get(seg.parse::<usize>().ok()?)?,
            _ => return None,
        };
    }
    Some(unwrap_union(cur))
}

fn unwrap_union(v: &Value) -> &Value {
    const PRIMITIVES: [&str; 7] = [
        "boolean", "int", "long", "float", "double", "bytes", "string",
    ];
    if let Value::Object(o) = v {
        if o.len() == 1 {
            let (k, inner) = o.iter().next().expect("one entry");
            if PRIMITIVES.contains(&k.as_str()) || k.contains('.') {
                return inner;
            }
        }
    }
    v
}

/// Parses `-H name=value`.
pub fn parse_header(arg: &str) -> Result<(String, Vec<u8>), String> {
    match arg.split_once('=') {
        Some((name, value)) if !name.is_empty() => {
            Ok((name.to_string(), value.as_bytes().to_vec()))
        }
        _ => Err(format!("invalid header {arg:?}: expected NAME=VALUE")),
    }
}

// ---------------------------------------------------------------------------
// The account of what was delivered.

/// A set of line numbers kept as ranges, so a million delivered lines cost a
/// few entries when they arrive (mostly) in order.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct LineSet {
    /// start -> end, inclusive, non-overlapping and non-adjacent.
    ranges: BTreeMap<u64, u64>,
    count: u64,
}

impl LineSet {
    pub fn insert(&mut self, n: u64) {
        // The range starting at or before n.
        let before = self.ranges.range(..=n).next_back().map(|(s, e)| (*s, *e));
        if let Some((_, e)) = before {
            if n <= e {
                return;
            }
        }
        self.count += 1;
        let after = self.ranges.get(&(n + 1)).copied();
        match (before.filter(|&(_, e)| e + 1 == n), after) {
            (Some((s, _)), Some(ae)) => {
                self.ranges.remove(&(n + 1));
                self.ranges.insert(s, ae);
            }
            (Some((s, _)), None) => {
                self.ranges.insert(s, n);
            }
            (None, Some(ae)) => {
                self.ranges.remove(&(n + 1));
                self.ranges.insert(n, ae);
            }
            (None, None) => {
                self.ranges.insert(n, n);
            }
        }
    }

    pub fn len(&self) -> u64 {
        self.count
    }

    pub fn is_empty(&self) -> bool {
        self.count == 0
    }

    pub fn contains(&self, n: u64) -> bool {
        self.ranges
            .range(..=n)
            .next_back()
            .is_some_and(|(_, e)| n <= *e)
    }

    /// Inclusive `(first, last)` ranges in order.
    pub fn ranges(&self) -> Vec<(u64, u64)> {
        self.ranges.iter().map(|(s, e)| (*s, *e)).collect()
    }
}

impl fmt::Display for LineSet {
    /// `1-57, 59`, or `none`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.ranges.is_empty() {
            return f.write_str("none");
        }
        for (i, (s, e)) in self.ranges.iter().enumerate() {
            if i > 0 {
                f.write_str(", ")?;
            }
            if s == e {
                write!(f, "{s}")?;
            } else {
                write!(f, "{s}-{e}")?;
            }
        }
        Ok(())
    }
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct PartitionCount {
    pub partition: i32,
    pub delivered: u64,
    pub failed: u64,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ErrorCount {
    pub error: String,
    pub count: u64,
    pub first_line: u64,
}

/// Delivery reports, by line number.
#[derive(Debug, Clone, Default)]
pub struct Tracker {
    pub delivered: LineSet,
    pub failed: LineSet,
    pub partitions: BTreeMap<i32, PartitionCount>,
    pub delivered_bytes: u64,
    /// Distinct failure reasons (at most [`Tracker::MAX_ERRORS`]).
    pub errors: Vec<ErrorCount>,
}

impl Tracker {
    pub const MAX_ERRORS: usize = 10;

    pub fn delivered(&mut self, line: u64, partition: i32, bytes: usize) {
        self.delivered.insert(line);
        self.delivered_bytes += bytes as u64;
        self.partition(partition).delivered += 1;
    }

    /// `partition` is `None` when the record never got one.
    pub fn failed(&mut self, line: u64, partition: Option<i32>, error: &str) {
        self.failed.insert(line);
        if let Some(p) = partition.filter(|p| *p >= 0) {
            self.partition(p).failed += 1;
        }
        if let Some(e) = self.errors.iter_mut().find(|e| e.error == error) {
            e.count += 1;
        } else if self.errors.len() < Self::MAX_ERRORS {
            self.errors.push(ErrorCount {
                error: error.to_string(),
                count: 1,
                first_line: line,
            });
        }
    }

    fn partition(&mut self, p: i32) -> &mut PartitionCount {
        self.partitions.entry(p).or_insert_with(|| PartitionCount {
            partition: p,
            ..Default::default()
        })
    }
}

/// Where a run stopped early because of its input.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct StoppedAt {
    /// Line (or generated event) number.
    pub line: u64,
    pub error: String,
}

/// The report at the end of `kctl produce` (`-o json` prints it as is).
#[derive(Debug, Clone, Serialize)]
pub struct ProduceSummary {
    pub topic: String,
    pub dry_run: bool,
    /// `stdin`, the file, or `generated`.
    pub source: String,
    pub value_format: EncodeFormat,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub value_schema_id: Option<u32>,
    pub key_format: EncodeFormat,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub key_schema_id: Option<u32>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub seed: Option<u64>,
    /// Valid records handed to the producer (with `--dry-run`: validated).
    pub records: u64,
    pub delivered: u64,
    pub failed: u64,
    /// Inclusive `[first, last]` line ranges (event numbers with `--generate`).
    pub delivered_lines: Vec<[u64; 2]>,
    pub failed_lines: Vec<[u64; 2]>,
    pub partitions: Vec<PartitionCount>,
    pub errors: Vec<ErrorCount>,
    pub elapsed_seconds: f64,
    pub records_per_second: f64,
    /// Key and value bytes delivered (validated with `--dry-run`).
    pub bytes: u64,
    pub megabytes_per_second: f64,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub stopped_at: Option<StoppedAt>,
    /// `--dry-run`: every invalid line (the dry run validates them all).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub invalid: Vec<StoppedAt>,
    pub interrupted: bool,
}

impl ProduceSummary {
    /// Fills the counts from a tracker. With `dry_run` the tracker's
    /// "delivered" lines are the validated ones.
    pub fn from_tracker(
        t: &Tracker,
        records: u64,
        elapsed_seconds: f64,
        dry_run: bool,
        base: ProduceSummary,
    ) -> ProduceSummary {
        let ranges = |s: &LineSet| s.ranges().into_iter().map(|(a, b)| [a, b]).collect();
        let delivered = if dry_run { 0 } else { t.delivered.len() };
        let per_second = |n: f64| {
            if elapsed_seconds > 0.0 {
                n / elapsed_seconds
            } else {
                0.0
            }
        };
        let counted = if dry_run { records } else { delivered };
        ProduceSummary {
            records,
            delivered,
            failed: t.failed.len(),
            delivered_lines: if dry_run {
                Vec::new()
            } else {
                ranges(&t.delivered)
            },
            failed_lines: ranges(&t.failed),
            partitions: t.partitions.values().cloned().collect(),
            errors: t.errors.clone(),
            elapsed_seconds,
            records_per_second: per_second(counted as f64),
            bytes: t.delivered_bytes,
            megabytes_per_second: per_second(t.delivered_bytes as f64 / 1e6),
            dry_run,
            ..base
        }
    }
}

#[cfg(test)]
mod tests {

    #[test]
    fn envelope_keys_are_told_from_a_scan_of_the_top_level_only() {
        for (line, want) in [
            (r#"{"value":{"a":1},"key":"k"}"#, true),
            (r#"{"key":null}"#, true),
            (
                r#"{"topic":"t","partition":0,"value":"x","headers":{"h":"v"}}"#,
                true,
            ),
            (r#"{"value":1,"extra":2}"#, false),
            (r#"{"id":1,"nested":{"value":2}}"#, false),
            (r#"{"partition":0}"#, false),
            (r#"{"value":"#, false),
            (r#"{"id":1,"value":"#, false),
            (r#"{"value":1,"id":"#, false),
            ("[1,2]", false),
            ("plain text", false),
            // The first key read without a parser, and what it leaves to one.
            (r#"  { "value" : 1 }"#, true),
            (r#"{"\u0076alue":1}"#, true),
            (r#"{"va\"lue":1}"#, false),
            (r#"{"id"#, false),
            ("{}", false),
            ("{", false),
        ] {
            assert_eq!(has_envelope_keys(line.as_bytes()), want, "{line}");
            if let Ok(Value::Object(obj)) = serde_json::from_str::<Value>(line) {
                assert_eq!(is_envelope(&obj), want, "{line} agrees with is_envelope");
            }
        }
    }

    use super::*;
    use serde_json::json;

    fn no_schemas(id: u32) -> Result<Writer, String> {
        Err(format!("schema id {id} not found"))
    }

    /// Knows one schema id.
    fn one_schema(
        known: u32,
        schema: Arc<AvroSchema>,
    ) -> impl FnMut(u32) -> Result<Writer, String> {
        move |id| {
            if id == known {
                Ok(Writer::Avro(schema.clone()))
            } else {
                Err(format!("schema id {id} not found"))
            }
        }
    }

    #[test]
    fn json_schema_lines_are_validated_framed_and_envelopes_round_trip() {
        let schema = Arc::new(
            JsonSchema::parse(
                r#"{"type":"object","properties":{"n":{"type":"integer","minimum":0}},"required":["n"]}"#,
                &[],
            )
            .unwrap(),
        );
        let mut s = spec(EncodeFormat::JsonSchema);
        s.value = Codec::json_schema(JsonCodec {
            id: 9,
            schema: schema.clone(),
        });
        let mut out = OutRecord::default();
        s.line_record(br#"{"n": 3}"#, &mut no_schemas, &mut out)
            .unwrap();
        assert_eq!(out.value.as_deref().unwrap(), b"\0\0\0\0\x09{\"n\":3}");
        let e = s
            .line_record(br#"{"n": -1}"#, &mut no_schemas, &mut out)
            .unwrap_err();
        assert!(e.message.starts_with("/n: "), "{}", e.message);
        // What tail prints for it: the same bytes, by the schema id.
        let mut lookup = |id| {
            if id == 9 {
                Ok(Writer::Json(schema.clone()))
            } else {
                Err(format!("schema id {id} not found"))
            }
        };
        let mut p = spec(EncodeFormat::Json);
        p.value = Codec::plain(EncodeFormat::Json);
        p.line_record(
            br#"{"value":{"n":3},"value_format":"json-schema","value_schema_id":9}"#,
            &mut lookup,
            &mut out,
        )
        .unwrap();
        assert_eq!(out.value.as_deref().unwrap(), b"\0\0\0\0\x09{\"n\":3}");
    }

    fn spec(format: EncodeFormat) -> RecordSpec {
        RecordSpec {
            value: Codec::plain(format),
            key: Codec::plain(EncodeFormat::String),
            key_source: KeySource::None,
            headers: vec![],
            partition: None,
            partitions: Some(3),
            envelope: EnvelopeMode::Auto,
        }
    }

    fn build(spec: &RecordSpec, line: &str) -> Result<OutRecord, LineError> {
        let mut out = OutRecord::default();
        spec.line_record(line.as_bytes(), &mut no_schemas, &mut out)
            .map(|_| out)
    }

    #[test]
    fn line_sets_merge_into_ranges_in_any_order() {
        let mut s = LineSet::default();
        for n in [3, 1, 2, 7, 5, 6, 9, 2] {
            s.insert(n);
        }
        assert_eq!(s.to_string(), "1-3, 5-7, 9");
        assert_eq!(s.len(), 7);
        assert!(s.contains(6) && !s.contains(4) && !s.contains(10));
        s.insert(4);
        s.insert(8);
        assert_eq!(s.ranges(), [(1, 9)]);
        assert_eq!(LineSet::default().to_string(), "none");
    }

    #[test]
    fn envelope_detection_follows_the_documented_rule() {
        let obj = |v: Value| v.as_object().unwrap().clone();
        assert!(is_envelope(&obj(json!({"value": 1}))));
        assert!(is_envelope(&obj(json!({"key": "k", "headers": []}))));
        assert!(!is_envelope(&obj(json!({"headers": []})))); // neither key nor value
        assert!(!is_envelope(&obj(json!({"value": 1, "id": 2})))); // a foreign key
    }

    #[test]
    fn plain_lines_become_values_in_each_format() {
        let r = build(&spec(EncodeFormat::Json), r#" {"a": 1} "#).unwrap();
        assert_eq!(
            r.value.as_deref(),
            Some(&br#"{"a": 1}"#[..]),
            "JSON is sent as written"
        );
        let r = build(&spec(EncodeFormat::String), "{not json").unwrap();
        assert_eq!(r.value.as_deref(), Some(&b"{not json"[..]));
        let r = build(&spec(EncodeFormat::Bytes), "AAH/").unwrap();
        assert_eq!(r.value.as_deref(), Some(&[0, 1, 255][..]));
        let e = build(&spec(EncodeFormat::Json), r#"{"a": }"#).unwrap_err();
        assert_eq!(e.column, Some(7));
        assert!(
            e.message.starts_with("invalid JSON: expected value"),
            "{e:?}"
        );
        assert!(build(&spec(EncodeFormat::Bytes), "not base64!").is_err());
    }

    #[test]
    fn envelopes_carry_key_headers_partition_and_timestamp() {
        let line = r#"{"topic":"x","partition":2,"offset":9,"timestamp":1700000000000,
            "key":"AAE=","key_format":"base64","value":{"a":1},"value_format":"json",
            "headers":[{"key":"t","value":"v"},{"key":"b","value":"/w==","encoding":"base64"},{"key":"n","value":null}]}"#
            .replace('\n', "");
        let mut s = spec(EncodeFormat::String);
        s.headers = vec![("extra".into(), Some(b"1".to_vec()))];
        let r = build(&s, &line).unwrap();
        assert_eq!(r.key.as_deref(), Some(&[0, 1][..]));
        assert_eq!(r.value.as_deref(), Some(&br#"{"a":1}"#[..]));
        assert_eq!(r.partition, Some(2));
        assert_eq!(r.timestamp, Some(1_700_000_000_000));
        assert_eq!(
            r.headers,
            [
                ("t".to_string(), Some(b"v".to_vec())),
                ("b".to_string(), Some(vec![255])),
                ("n".to_string(), None),
                ("extra".to_string(), Some(b"1".to_vec())),
            ]
        );
        // A null or missing value is a tombstone; a null key is no key.
        let r = build(&s, r#"{"key":"k","key_format":"string","value":null}"#).unwrap();
        assert_eq!((r.key.as_deref(), r.value), (Some(&b"k"[..]), None));
        let e = build(&s, r#"{"value":"x","value_format":"string","partition":3}"#).unwrap_err();
        assert!(e.message.contains("partition 3 does not exist"), "{e:?}");
        s.envelope = EnvelopeMode::Never;
        let r = build(&s, r#"{"value":"x"}"#).unwrap();
        assert_eq!(r.value.as_deref(), Some(&br#"{"value":"x"}"#[..]));
    }

    #[test]
    fn avro_envelopes_use_their_schema_id_and_avro_json() {
        let schema = Arc::new(AvroSchema::parse(r#"["null","string","bytes"]"#).unwrap());
        let mut lookup = one_schema(42, schema);
        let s = spec(EncodeFormat::Json);
        let mut out = OutRecord::default();
        s.line_record(
            br#"{"value":{"bytes":"\u00ff"},"value_format":"avro","value_schema_id":42}"#,
            &mut lookup,
            &mut out,
        )
        .unwrap();
        assert_eq!(
            out.value.as_deref(),
            Some(&[0, 0, 0, 0, 42, 4, 2, 0xff][..])
        );
        let e = s
            .line_record(
                br#"{"value":"x","value_format":"avro","value_schema_id":7}"#,
                &mut lookup,
                &mut out,
            )
            .unwrap_err();
        assert_eq!(e.message, "value: schema id 7 not found");
    }

    #[test]
    fn keys_come_from_a_constant_or_a_field_path() {
        let mut s = spec(EncodeFormat::Json);
        s.key_source = KeySource::Field("customer.id".into());
        let r = build(&s, r#"{"customer":{"id":"c-7"}}"#).unwrap();
        assert_eq!(r.key.as_deref(), Some(&b"c-7"[..]));
        let r = build(&s, r#"{"customer":{"id":12}}"#).unwrap();
        assert_eq!(r.key.as_deref(), Some(&b"12"[..]));
        let r = build(&s, r#"{"customer":{"id":null}}"#).unwrap();
        assert_eq!(r.key, None);
        let e = build(&s, r#"{"customer":{}}"#).unwrap_err();
        assert_eq!(
            e.message,
            "--key-field customer.id: no such field in the event"
        );
        s.key_source = KeySource::Constant(b"k".to_vec());
        assert_eq!(build(&s, "{}").unwrap().key.as_deref(), Some(&b"k"[..]));
    }

    #[test]
    fn key_paths_look_through_avro_json_union_wrappers() {
        let v = json!({"customer": {"com.acme.Customer": {"id": {"string": "c-1"}}}, "items": [{"sku": "a"}]});
        assert_eq!(value_at_path(&v, "customer.id"), Some(&json!("c-1")));
        assert_eq!(value_at_path(&v, "items.0.sku"), Some(&json!("a")));
        assert_eq!(value_at_path(&v, "items.1.sku"), None);
        assert_eq!(
            value_at_path(&json!({"c": null}), "c.id"),
            Some(&Value::Null)
        );
    }

    #[test]
    fn headers_parse_as_name_equals_value() {
        assert_eq!(
            parse_header("a=b=c").unwrap(),
            ("a".to_string(), b"b=c".to_vec())
        );
        assert_eq!(parse_header("a=").unwrap(), ("a".to_string(), vec![]));
        assert!(parse_header("=b").is_err());
        assert!(parse_header("ab").is_err());
    }

    #[test]
    fn the_tracker_counts_per_partition_and_keeps_distinct_errors() {
        let mut t = Tracker::default();
        t.delivered(1, 0, 10);
        t.delivered(2, 1, 10);
        t.failed(3, Some(1), "timed out");
        t.failed(4, None, "timed out");
        assert_eq!(t.delivered.to_string(), "1-2");
        assert_eq!(t.failed.to_string(), "3-4");
        assert_eq!(
            t.partitions[&1],
            PartitionCount {
                partition: 1,
                delivered: 1,
                failed: 1
            }
        );
        assert_eq!(
            t.errors,
            [ErrorCount {
                error: "timed out".into(),
                count: 2,
                first_line: 3
            }]
        );
        assert_eq!(t.delivered_bytes, 20);
    }
}
