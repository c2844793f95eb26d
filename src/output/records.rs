//! Renders `tail`'s records: `-o json` (one envelope per line, the format
//! `kctl produce` reads), `-o raw` (values only), `-o pretty` (for people,
//! colour only on a terminal) and `--fields` (chosen columns in any of them).
//!
//! Lines are built straight into one large buffer that is written to stdout
//! in big chunks: no per-record allocation on the raw and Avro-to-JSON paths.
//! A write error (a closed pipe) is returned as is, so the caller can end
//! quietly.

use std::io::{self, Write};

use anstyle::{AnsiColor, Effects, Reset, Style};
use serde_json::Value;

use crate::domain::envelope::{payload_to_json, Format};
use crate::domain::filter::lookup;
use crate::domain::json_schema::compact;
use crate::domain::tail::{Decoded, FieldSpec, RecordStyle, RecordView, Segment};
use crate::ops::ports::{RecordSink, TailRecord};
use crate::ops::tail::TailSummary;
use kctl_avro::decode::JsonStyle;
use kctl_avro::json_text::{write_base64, write_i64, write_str, write_str_body};
use kctl_avro::wire;

/// Flush to stdout once this much is buffered.
const CHUNK: usize = 1 << 20;

#[derive(Debug, Clone)]
pub struct PrintOptions {
    pub style: RecordStyle,
    /// How `-o json` and `-o raw` show Avro (`--avro-json`); pretty is
    /// always plain.
    pub avro_mode: JsonStyle,
    pub color: bool,
    pub fields: Option<Vec<FieldSpec>>,
    pub topic: String,
    /// `-o yaml`: each record as the JSON style renders it, written as one
    /// YAML document (`---`).
    pub yaml: bool,
    /// `--format`: each record as this template, fields rendered as `-o raw`
    /// renders them.
    pub template: Option<Vec<Segment>>,
}

pub struct Printer<W: Write> {
    out: W,
    buf: Vec<u8>,
    opts: PrintOptions,
    /// `{"topic":"<topic>","partition":`, escaped once.
    envelope_head: Vec<u8>,
    /// Errors met while rendering the current record.
    errors: Vec<String>,
    /// Writes to the process's stdout (whose reader may go away).
    stdout: bool,
    /// The Protobuf message of the payload written last.
    message: Option<String>,
}

/// The styles of `-o pretty` on a terminal.
const DIM: Style = Style::new().effects(Effects::DIMMED);
const BOLD: Style = Style::new().effects(Effects::BOLD);
const CYAN: Style = AnsiColor::Cyan.on_default();
const YELLOW: Style = AnsiColor::Yellow.on_default();
const RED: Style = AnsiColor::Red.on_default();

impl<W: Write> RecordSink for Printer<W> {
    fn record<R: RecordView>(&mut self, record: &TailRecord<'_, R>) -> io::Result<Vec<String>> {
        self.print(record)
    }

    fn flush(&mut self) -> io::Result<()> {
        Printer::flush(self)
    }

    fn reader_gone(&self) -> bool {
        self.stdout && super::stdout_reader_gone()
    }
}

/// A printer to stdout.
/// A printer to stdout that several threads share: each chunk of whole
/// records is one locked write, so lines never interleave.
pub fn shared_stdout_printer(opts: PrintOptions) -> Printer<io::Stdout> {
    let mut p = Printer::new(io::stdout(), opts);
    p.stdout = true;
    p
}

pub fn stdout_printer(opts: PrintOptions) -> Printer<io::StdoutLock<'static>> {
    let mut p = Printer::new(io::stdout().lock(), opts);
    p.stdout = true;
    p
}

impl<W: Write> Printer<W> {
    pub fn new(out: W, opts: PrintOptions) -> Self {
        let mut envelope_head = b"{\"topic\":".to_vec();
        write_str(&mut envelope_head, &opts.topic);
        envelope_head.extend_from_slice(b",\"partition\":");
        Printer {
            out,
            buf: Vec::with_capacity(CHUNK + (CHUNK >> 2)),
            opts,
            envelope_head,
            errors: Vec::new(),
            stdout: false,
            message: None,
        }
    }

    /// Prints one record. Returns the decode errors met (key and value), each
    /// already shown inline in the output.
    pub fn print<R: RecordView>(&mut self, item: &TailRecord<'_, R>) -> io::Result<Vec<String>> {
        self.errors.clear();
        for (what, d) in [("key", item.key), ("value", item.value)] {
            if let Decoded::Failed { message } = d {
                self.errors.push(format!("{what}: {message}"));
            }
        }
        let start = self.buf.len();
        match (&self.opts.fields, self.opts.style) {
            _ if self.opts.template.is_some() => self.template(item),
            (Some(_), _) => self.fields(item),
            (None, RecordStyle::Json) => self.envelope(item),
            (None, RecordStyle::Raw) => self.raw(item),
            (None, RecordStyle::Pretty) => self.pretty(item),
        }
        if self.opts.yaml {
            self.rewrite_as_yaml(start)?;
        }
        if self.buf.len() >= CHUNK {
            self.out.write_all(&self.buf)?;
            self.buf.clear();
        }
        Ok(std::mem::take(&mut self.errors))
    }

    /// Rewrites the JSON line written from `start` on as a YAML document.
    fn rewrite_as_yaml(&mut self, start: usize) -> io::Result<()> {
        let line = self.buf.split_off(start);
        let value: serde_json::Value = serde_json::from_slice(&line).map_err(io::Error::other)?;
        self.buf.extend_from_slice(b"---\n");
        let doc = serde_norway::to_string(&value).map_err(io::Error::other)?;
        self.buf.extend_from_slice(doc.as_bytes());
        Ok(())
    }

    /// Writes everything buffered and flushes stdout.
    pub fn flush(&mut self) -> io::Result<()> {
        if !self.buf.is_empty() {
            self.out.write_all(&self.buf)?;
            self.buf.clear();
        }
        self.out.flush()
    }

    pub fn into_inner(mut self) -> io::Result<W> {
        self.flush()?;
        Ok(self.out)
    }

    /// Starts `style` (colour only on a terminal).
    fn paint(&mut self, style: Style) {
        if self.opts.color {
            let _ = write!(self.buf, "{}", style.render());
        }
    }

    /// Ends the style started last.
    fn unpaint(&mut self) {
        if self.opts.color {
            let _ = write!(self.buf, "{}", Reset.render());
        }
    }

    // ---- -o json ---------------------------------------------------------

    /// The envelope, field for field as `domain::envelope::Envelope` serialises
    /// (a unit test checks that it parses back into one).
    fn envelope<R: RecordView>(&mut self, item: &TailRecord<'_, R>) {
        let r = item.record;
        self.buf.extend_from_slice(&self.envelope_head);
        write_i64(&mut self.buf, r.partition().into());
        self.buf.extend_from_slice(b",\"offset\":");
        write_i64(&mut self.buf, r.offset());
        if let Some(ts) = r.timestamp() {
            self.buf.extend_from_slice(b",\"timestamp\":");
            write_i64(&mut self.buf, ts);
        }
        self.buf.extend_from_slice(b",\"key\":");
        self.payload_field(r.key(), item.key, "key");
        self.buf.extend_from_slice(b",\"value\":");
        self.payload_field(r.value(), item.value, "value");
        if r.header_count() > 0 {
            self.buf.extend_from_slice(b",\"headers\":");
            self.headers_json(r);
        }
        if !self.errors.is_empty() {
            self.buf.extend_from_slice(b",\"error\":");
            let joined = self.errors.join("; ");
            write_str(&mut self.buf, &joined);
        }
        self.buf.extend_from_slice(b"}\n");
    }

    /// Writes `VALUE,"<what>_format":F[,"<what>_schema_id":N]` (and for
    /// Protobuf `,"<what>_message":M`; just `null` for a null payload).
    fn payload_field(&mut self, bytes: Option<&[u8]>, d: &Decoded, what: &str) {
        let Some(b) = bytes else {
            self.buf.extend_from_slice(b"null");
            return;
        };
        let (format, id) = self.payload_json(b, d, what);
        self.buf.extend_from_slice(b",\"");
        self.buf.extend_from_slice(what.as_bytes());
        self.buf.extend_from_slice(b"_format\":\"");
        self.buf.extend_from_slice(format_name(format).as_bytes());
        self.buf.push(b'"');
        if let Some(id) = id {
            self.buf.extend_from_slice(b",\"");
            self.buf.extend_from_slice(what.as_bytes());
            self.buf.extend_from_slice(b"_schema_id\":");
            write_i64(&mut self.buf, id.into());
        }
        if let Some(m) = self.message.take() {
            self.buf.extend_from_slice(b",\"");
            self.buf.extend_from_slice(what.as_bytes());
            self.buf.extend_from_slice(b"_message\":");
            write_str(&mut self.buf, &m);
        }
    }

    /// Writes the JSON form of a payload; returns its format and schema id.
    fn payload_json(&mut self, b: &[u8], d: &Decoded, what: &str) -> (Format, Option<u32>) {
        match d {
            Decoded::Avro { id, schema } => {
                let datum = &b[wire::HEADER_LEN..];
                match schema.write_json(datum, self.opts.avro_mode, &mut self.buf) {
                    Ok(()) => (Format::Avro, Some(*id)),
                    Err(e) => {
                        self.errors.push(format!("{what}: schema id {id}: {e}"));
                        write_base64(&mut self.buf, b);
                        (Format::Base64, None)
                    }
                }
            }
            Decoded::Protobuf { id, schema } => {
                let start = self.buf.len();
                match schema.write_json(&b[wire::HEADER_LEN..], &mut self.buf) {
                    Ok(name) => {
                        self.message = Some(name);
                        (Format::Protobuf, Some(*id))
                    }
                    Err(e) => {
                        self.buf.truncate(start);
                        self.errors.push(format!("{what}: schema id {id}: {e}"));
                        write_base64(&mut self.buf, b);
                        (Format::Base64, None)
                    }
                }
            }
            Decoded::JsonSchema { id } => {
                let body = &b[wire::HEADER_LEN..];
                // What serde_json would write back, byte for byte (what
                // kctl writes): copied as it is, without building the value.
                if compact::is_compact(body) {
                    self.buf.extend_from_slice(body);
                    return (Format::JsonSchema, Some(*id));
                }
                // Exact bytes when re-encoding the parsed value gives them
                // back (what kctl writes), so produce copies byte for byte;
                // other spellings (`{"a": 1}`) as base64 of the whole
                // payload, unless the plain form was asked for.
                let parsed: Option<Value> = serde_json::from_slice(body).ok();
                match parsed {
                    Some(v)
                        if serde_json::to_vec(&v).is_ok_and(|c| c == body)
                            || self.opts.avro_mode == JsonStyle::Plain =>
                    {
                        if serde_json::to_writer(&mut self.buf, &v).is_err() {
                            self.buf.extend_from_slice(b"null");
                        }
                        (Format::JsonSchema, Some(*id))
                    }
                    _ => {
                        write_base64(&mut self.buf, b);
                        (Format::Base64, None)
                    }
                }
            }
            Decoded::Text => {
                // Valid UTF-8 (checked when classified).
                let text = std::str::from_utf8(b).unwrap_or_default();
                if matches!(b.first(), Some(b'{' | b'[')) {
                    let (v, f) = payload_to_json(b);
                    if f == Format::Json {
                        // Exactly the bytes: payload_to_json checked that
                        // serialising `v` gives them back.
                        self.buf.extend_from_slice(b);
                        return (Format::Json, None);
                    }
                    if let Value::String(s) = v {
                        write_str(&mut self.buf, &s);
                        return (Format::String, None);
                    }
                }
                write_str(&mut self.buf, text);
                (Format::String, None)
            }
            Decoded::Null | Decoded::Binary | Decoded::Failed { .. } => {
                write_base64(&mut self.buf, b);
                (Format::Base64, None)
            }
        }
    }

    fn headers_json<R: RecordView>(&mut self, r: &R) {
        self.buf.push(b'[');
        let mut first = true;
        for i in 0..r.header_count() {
            let Some((name, value)) = r.header(i) else {
                continue;
            };
            if !std::mem::take(&mut first) {
                self.buf.push(b',');
            }
            self.buf.extend_from_slice(b"{\"key\":");
            write_str(&mut self.buf, &String::from_utf8_lossy(name));
            self.buf.extend_from_slice(b",\"value\":");
            match value {
                None => self.buf.extend_from_slice(b"null"),
                Some(v) => match std::str::from_utf8(v) {
                    Ok(s) => write_str(&mut self.buf, s),
                    Err(_) => {
                        write_base64(&mut self.buf, v);
                        self.buf.extend_from_slice(b",\"encoding\":\"base64\"");
                    }
                },
            }
            self.buf.push(b'}');
        }
        self.buf.push(b']');
    }

    // ---- -o raw ----------------------------------------------------------

    fn raw<R: RecordView>(&mut self, item: &TailRecord<'_, R>) {
        if let Some(b) = item.record.value() {
            self.raw_payload(b, item.value, "value");
        }
        self.buf.push(b'\n');
    }

    /// A payload as text: text as is, Avro as JSON, anything else as base64.
    fn raw_payload(&mut self, b: &[u8], d: &Decoded, what: &str) {
        match d {
            Decoded::Text => self.buf.extend_from_slice(b),
            Decoded::JsonSchema { id } => {
                match serde_json::from_slice::<Value>(&b[wire::HEADER_LEN..]) {
                    Ok(v) => {
                        let _ = serde_json::to_writer(&mut self.buf, &v);
                    }
                    Err(e) => {
                        self.errors.push(format!("{what}: schema id {id}: {e}"));
                        self.base64_body(b);
                    }
                }
            }
            Decoded::Avro { id, schema } => {
                if let Err(e) =
                    schema.write_json(&b[wire::HEADER_LEN..], self.opts.avro_mode, &mut self.buf)
                {
                    self.errors.push(format!("{what}: schema id {id}: {e}"));
                    self.base64_body(b);
                }
            }
            Decoded::Protobuf { id, schema } => {
                let start = self.buf.len();
                if let Err(e) = schema.write_json(&b[wire::HEADER_LEN..], &mut self.buf) {
                    self.buf.truncate(start);
                    self.errors.push(format!("{what}: schema id {id}: {e}"));
                    self.base64_body(b);
                }
            }
            Decoded::Null | Decoded::Binary | Decoded::Failed { .. } => self.base64_body(b),
        }
    }

    fn base64_body(&mut self, b: &[u8]) {
        let start = self.buf.len();
        write_base64(&mut self.buf, b);
        // Drop the quotes write_base64 added.
        self.buf.remove(start);
        self.buf.pop();
    }

    // ---- -o pretty -------------------------------------------------------

    fn pretty<R: RecordView>(&mut self, item: &TailRecord<'_, R>) {
        let r = item.record;
        self.paint(DIM);
        self.buf.extend_from_slice(b"partition ");
        write_i64(&mut self.buf, r.partition().into());
        self.buf.extend_from_slice(b"  offset ");
        write_i64(&mut self.buf, r.offset());
        if let Some(ts) = r.timestamp() {
            self.buf.extend_from_slice(b"  ");
            self.buf.extend_from_slice(rfc3339(ts).as_bytes());
        }
        self.unpaint();
        self.buf.push(b'\n');

        self.paint(CYAN);
        self.buf.extend_from_slice(b"key: ");
        self.unpaint();
        self.pretty_inline(r.key(), item.key, item.plain_key, "key");
        self.buf.push(b'\n');

        for i in 0..r.header_count() {
            let Some((name, value)) = r.header(i) else {
                continue;
            };
            self.paint(CYAN);
            self.buf.extend_from_slice(b"header ");
            self.unpaint();
            self.terminal_text(&String::from_utf8_lossy(name));
            self.buf.extend_from_slice(b": ");
            match value {
                None => self.dim("null"),
                Some(v) => match std::str::from_utf8(v) {
                    Ok(s) => self.terminal_text(s),
                    Err(_) => {
                        self.base64_body(v);
                        self.dim(" (base64)");
                    }
                },
            }
            self.buf.push(b'\n');
        }
        self.pretty_value(r.value(), item.value, item.plain_value);
        for i in 0..self.errors.len() {
            self.paint(RED);
            self.buf.extend_from_slice(b"! ");
            let e = self.errors[i].clone();
            self.terminal_text(&e);
            self.unpaint();
            self.buf.push(b'\n');
        }
        self.buf.push(b'\n');
    }

    fn dim(&mut self, s: &str) {
        self.paint(DIM);
        self.buf.extend_from_slice(s.as_bytes());
        self.unpaint();
    }

    /// Text for a terminal: control characters (escape sequences included)
    /// are shown escaped, never sent to the terminal.
    fn terminal_text(&mut self, s: &str) {
        for (i, line) in s.split('\n').enumerate() {
            if i > 0 {
                self.buf.push(b'\n');
            }
            if line.bytes().any(|b| b < 0x20 && b != b'\t' || b == 0x7f) {
                let mut tmp = Vec::new();
                write_str_body(&mut tmp, line);
                for b in tmp {
                    if b == 0x7f {
                        self.buf.extend_from_slice(b"\\u007f");
                    } else {
                        self.buf.push(b);
                    }
                }
            } else {
                self.buf.extend_from_slice(line.as_bytes());
            }
        }
    }

    /// A key on one line.
    fn pretty_inline(
        &mut self,
        bytes: Option<&[u8]>,
        d: &Decoded,
        plain: Option<&Value>,
        what: &str,
    ) {
        let Some(b) = bytes else {
            self.dim("null");
            return;
        };
        match self.plain(b, d, plain, what) {
            Some(Value::String(s)) => {
                self.paint(YELLOW);
                self.terminal_text(&s);
                self.unpaint();
            }
            Some(v) => {
                self.paint(YELLOW);
                let text = v.to_string();
                self.terminal_text(&text);
                self.unpaint();
            }
            None => self.binary_note(b),
        }
    }

    fn pretty_value(&mut self, bytes: Option<&[u8]>, d: &Decoded, plain: Option<&Value>) {
        let Some(b) = bytes else {
            self.dim("(null value)");
            self.buf.push(b'\n');
            return;
        };
        let framed = match d {
            Decoded::Avro { id, .. } => Some((&b"avro, schema id "[..], *id)),
            Decoded::JsonSchema { id } => Some((&b"json-schema, schema id "[..], *id)),
            Decoded::Protobuf { id, .. } => Some((&b"protobuf, schema id "[..], *id)),
            _ => None,
        };
        if let Some((what, id)) = framed {
            self.paint(DIM);
            self.buf.extend_from_slice(what);
            write_i64(&mut self.buf, id.into());
            self.unpaint();
            self.buf.push(b'\n');
        }
        match self.plain(b, d, plain, "value") {
            Some(Value::String(s)) if matches!(d, Decoded::Text) => self.terminal_text(&s),
            Some(v) => {
                let text = serde_json::to_string_pretty(&v).unwrap_or_default();
                self.paint(BOLD);
                self.terminal_text(&text);
                self.unpaint();
            }
            None => self.binary_note(b),
        }
        self.buf.push(b'\n');
    }

    fn binary_note(&mut self, b: &[u8]) {
        self.base64_body(b);
        self.paint(DIM);
        self.buf
            .extend_from_slice(format!(" ({} bytes, base64)", b.len()).as_bytes());
        self.unpaint();
    }

    /// The plain (people's) view of a payload: decoded Avro, parsed JSON, or
    /// text as a string; `None` for binary.
    fn plain(&mut self, b: &[u8], d: &Decoded, given: Option<&Value>, what: &str) -> Option<Value> {
        if let Some(v) = given {
            return Some(v.clone());
        }
        match d {
            Decoded::Avro { id, schema } => {
                match schema.to_value(&b[wire::HEADER_LEN..], JsonStyle::Plain) {
                    Ok(v) => Some(v),
                    Err(e) => {
                        self.errors.push(format!("{what}: schema id {id}: {e}"));
                        None
                    }
                }
            }
            Decoded::JsonSchema { id } => {
                match serde_json::from_slice::<Value>(&b[wire::HEADER_LEN..]) {
                    Ok(v) => Some(v),
                    Err(e) => {
                        self.errors.push(format!("{what}: schema id {id}: {e}"));
                        None
                    }
                }
            }
            Decoded::Protobuf { id, schema } => match schema.to_value(&b[wire::HEADER_LEN..]) {
                Ok((v, _)) => Some(v),
                Err(e) => {
                    self.errors.push(format!("{what}: schema id {id}: {e}"));
                    None
                }
            },
            Decoded::Text => {
                let s = std::str::from_utf8(b).ok()?;
                if matches!(s.trim_start().as_bytes().first(), Some(b'{' | b'[')) {
                    if let Ok(v) = serde_json::from_str::<Value>(s) {
                        return Some(v);
                    }
                }
                Some(Value::String(s.to_string()))
            }
            Decoded::Null | Decoded::Binary | Decoded::Failed { .. } => None,
        }
    }

    // ---- --format --------------------------------------------------------

    fn template<R: RecordView>(&mut self, item: &TailRecord<'_, R>) {
        let segments = self.opts.template.clone().unwrap_or_default();
        for seg in &segments {
            match seg {
                Segment::Text(t) => self.buf.extend_from_slice(t.as_bytes()),
                Segment::Field(spec) => self.field(spec, item),
            }
        }
        self.buf.push(b'\n');
    }

    // ---- --fields --------------------------------------------------------

    fn fields<R: RecordView>(&mut self, item: &TailRecord<'_, R>) {
        let specs = self.opts.fields.clone().unwrap_or_default();
        let style = self.opts.style;
        if style == RecordStyle::Json {
            self.buf.push(b'{');
        }
        for (i, spec) in specs.iter().enumerate() {
            match style {
                RecordStyle::Json => {
                    if i > 0 {
                        self.buf.push(b',');
                    }
                    write_str(&mut self.buf, &spec.name());
                    self.buf.push(b':');
                }
                RecordStyle::Raw => {
                    if i > 0 {
                        self.buf.push(b'\t');
                    }
                }
                RecordStyle::Pretty => {
                    if i > 0 {
                        self.buf.extend_from_slice(b"  ");
                    }
                    self.paint(CYAN);
                    self.buf.extend_from_slice(spec.name().as_bytes());
                    self.buf.push(b'=');
                    self.unpaint();
                }
            }
            self.field(spec, item);
        }
        if style == RecordStyle::Json {
            self.buf.push(b'}');
        }
        self.buf.push(b'\n');
    }

    fn field<R: RecordView>(&mut self, spec: &FieldSpec, item: &TailRecord<'_, R>) {
        let r = item.record;
        let json = self.opts.style == RecordStyle::Json;
        match spec {
            FieldSpec::Topic => {
                let t = self.opts.topic.clone();
                self.scalar_str(&t);
            }
            FieldSpec::Partition => write_i64(&mut self.buf, r.partition().into()),
            FieldSpec::Offset => write_i64(&mut self.buf, r.offset()),
            FieldSpec::Timestamp => match r.timestamp() {
                Some(ts) if self.opts.style == RecordStyle::Pretty => {
                    self.buf.extend_from_slice(rfc3339(ts).as_bytes())
                }
                Some(ts) => write_i64(&mut self.buf, ts),
                None => self.null(),
            },
            FieldSpec::Key | FieldSpec::Value => {
                let (bytes, d, what) = if *spec == FieldSpec::Key {
                    (r.key(), item.key, "key")
                } else {
                    (r.value(), item.value, "value")
                };
                match bytes {
                    None => self.null(),
                    Some(b) if json => {
                        self.payload_json(b, d, what);
                    }
                    Some(b) => self.raw_payload(b, d, what),
                }
            }
            FieldSpec::KeyFormat | FieldSpec::ValueFormat => {
                let (bytes, d) = if *spec == FieldSpec::KeyFormat {
                    (r.key(), item.key)
                } else {
                    (r.value(), item.value)
                };
                match bytes {
                    None => self.null(),
                    Some(b) => {
                        let f = match d {
                            Decoded::Avro { .. } => Format::Avro,
                            Decoded::JsonSchema { .. } => Format::JsonSchema,
                            Decoded::Protobuf { .. } => Format::Protobuf,
                            Decoded::Text => payload_to_json(b).1,
                            _ => Format::Base64,
                        };
                        self.scalar_str(format_name(f));
                    }
                }
            }
            FieldSpec::KeySchemaId | FieldSpec::ValueSchemaId => {
                let d = if *spec == FieldSpec::KeySchemaId {
                    item.key
                } else {
                    item.value
                };
                match d {
                    Decoded::Avro { id, .. }
                    | Decoded::JsonSchema { id }
                    | Decoded::Protobuf { id, .. } => write_i64(&mut self.buf, (*id).into()),
                    _ => self.null(),
                }
            }
            FieldSpec::Headers => {
                if json {
                    self.headers_json(r);
                } else {
                    let mut tmp = Vec::new();
                    std::mem::swap(&mut tmp, &mut self.buf);
                    self.headers_json(r);
                    std::mem::swap(&mut tmp, &mut self.buf);
                    self.buf.extend_from_slice(&tmp);
                }
            }
            FieldSpec::Error => {
                if self.errors.is_empty() {
                    self.null();
                } else {
                    let e = self.errors.join("; ");
                    self.scalar_str(&e);
                }
            }
            FieldSpec::Header(name) => {
                let found = (0..r.header_count())
                    .filter_map(|i| r.header(i))
                    .filter(|(n, _)| *n == name.as_bytes())
                    .last();
                match found {
                    None | Some((_, None)) => self.null(),
                    Some((_, Some(v))) => match std::str::from_utf8(v) {
                        Ok(s) => {
                            let s = s.to_string();
                            self.scalar_str(&s);
                        }
                        Err(_) => {
                            if json {
                                write_base64(&mut self.buf, v);
                            } else {
                                self.base64_body(v);
                            }
                        }
                    },
                }
            }
            FieldSpec::KeyPath(path) | FieldSpec::ValuePath(path) => {
                let (bytes, d, given, what) = if matches!(spec, FieldSpec::KeyPath(_)) {
                    (r.key(), item.key, item.plain_key, "key")
                } else {
                    (r.value(), item.value, item.plain_value, "value")
                };
                let root = bytes.and_then(|b| self.plain(b, d, given, what));
                match root.as_ref().and_then(|v| lookup(v, path)) {
                    None => self.null(),
                    Some(Value::String(s)) => {
                        let s = s.clone();
                        self.scalar_str(&s);
                    }
                    Some(v) => {
                        let text = v.to_string();
                        self.buf.extend_from_slice(text.as_bytes());
                    }
                }
            }
        }
    }

    /// A string field: quoted in JSON, as is (control characters escaped)
    /// otherwise.
    fn scalar_str(&mut self, s: &str) {
        match self.opts.style {
            RecordStyle::Json => write_str(&mut self.buf, s),
            RecordStyle::Raw => write_str_body(&mut self.buf, s),
            RecordStyle::Pretty => self.terminal_text(s),
        }
    }

    fn null(&mut self) {
        match self.opts.style {
            RecordStyle::Json => self.buf.extend_from_slice(b"null"),
            RecordStyle::Raw => {}
            RecordStyle::Pretty => self.dim("null"),
        }
    }
}

fn format_name(f: Format) -> &'static str {
    match f {
        Format::Avro => "avro",
        Format::JsonSchema => "json-schema",
        Format::Protobuf => "protobuf",
        Format::Json => "json",
        Format::String => "string",
        Format::Base64 => "base64",
    }
}

/// The summary goes to stderr only for a person (or with -v), so pipelines
/// stay quiet; records that could not be decoded make the command fail with
/// their count (`TailSummary::outcome`).
pub fn report(s: &TailSummary, verbose: u8) {
    if super::stderr_is_terminal() || verbose > 0 {
        let printed_failed = s.undecodable - s.undecodable_filtered;
        let mut text = format!(
            "{} record{} printed",
            s.printed,
            if s.printed == 1 { "" } else { "s" }
        );
        if printed_failed > 0 {
            text.push_str(&format!(" ({printed_failed} with a decode error inline)"));
        }
        text.push_str(&format!(", {} filtered out", s.filtered));
        if s.undecodable_filtered > 0 {
            text.push_str(&format!(
                " ({} because --where could not be evaluated on them)",
                s.undecodable_filtered
            ));
        }
        super::status(&text);
    }
}

/// Milliseconds since the epoch as `2026-11-24T10:00:00.123Z`.
pub fn rfc3339(ms: i64) -> String {
    chrono::DateTime::from_timestamp_millis(ms)
        .map(|d| d.format("%Y-%m-%dT%H:%M:%S%.3fZ").to_string())
        .unwrap_or_else(|| ms.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::envelope::{Envelope, Header};
    use kctl_avro::decode::compile;
    use std::sync::Arc;

    struct Rec {
        key: Option<Vec<u8>>,
        value: Option<Vec<u8>>,
        headers: Vec<(Vec<u8>, Option<Vec<u8>>)>,
        ts: Option<i64>,
    }

    impl RecordView for Rec {
        fn partition(&self) -> i32 {
            3
        }
        fn offset(&self) -> i64 {
            42
        }
        fn timestamp(&self) -> Option<i64> {
            self.ts
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

    fn opts(style: RecordStyle, fields: Option<&str>) -> PrintOptions {
        PrintOptions {
            style,
            avro_mode: JsonStyle::Avro,
            color: false,
            fields: fields.map(|f| crate::domain::tail::parse_fields(f).unwrap()),
            topic: "orders".into(),
            yaml: false,
            template: None,
        }
    }

    fn avro_value() -> (Vec<u8>, Decoded) {
        let schema = apache_avro::Schema::parse_str(
            r#"{"type":"record","name":"O","fields":[{"name":"id","type":"long"},{"name":"note","type":["null","string"]}]}"#,
        )
        .unwrap();
        let compiled = Arc::new(compile(&schema, &[]).unwrap());
        let mut framed = Vec::new();
        wire::frame_into(7, &[0x54, 2, 4, b'h', b'i'], &mut framed);
        (
            framed,
            Decoded::Avro {
                id: 7,
                schema: compiled,
            },
        )
    }

    fn render(
        style: RecordStyle,
        fields: Option<&str>,
        rec: &Rec,
        key: &Decoded,
        value: &Decoded,
    ) -> (String, Vec<String>) {
        let mut p = Printer::new(Vec::new(), opts(style, fields));
        let errors = p
            .print(&TailRecord {
                record: rec,
                key,
                value,
                plain_key: None,
                plain_value: None,
            })
            .unwrap();
        (String::from_utf8(p.into_inner().unwrap()).unwrap(), errors)
    }

    #[test]
    fn a_template_prints_text_and_raw_fields() {
        let (rec, value) = sample();
        let mut p = Printer::new(
            Vec::new(),
            PrintOptions {
                template: Some(
                    crate::domain::tail::parse_template(
                        "{partition}/{offset} {key}: {headers.trace}",
                    )
                    .unwrap(),
                ),
                ..opts(RecordStyle::Raw, None)
            },
        );
        p.print(&TailRecord {
            record: &rec,
            key: &Decoded::Text,
            value: &value,
            plain_key: None,
            plain_value: None,
        })
        .unwrap();
        let text = String::from_utf8(p.into_inner().unwrap()).unwrap();
        assert_eq!(
            text,
            format!("{}/{} order-1: def\n", rec.partition(), rec.offset())
        );
    }

    #[test]
    fn yaml_is_the_json_envelope_as_one_document_per_record() {
        let (rec, value) = sample();
        let (json, _) = render(RecordStyle::Json, None, &rec, &Decoded::Text, &value);
        let mut p = Printer::new(
            Vec::new(),
            PrintOptions {
                yaml: true,
                ..opts(RecordStyle::Json, None)
            },
        );
        for _ in 0..2 {
            p.print(&TailRecord {
                record: &rec,
                key: &Decoded::Text,
                value: &value,
                plain_key: None,
                plain_value: None,
            })
            .unwrap();
        }
        let text = String::from_utf8(p.into_inner().unwrap()).unwrap();
        assert_eq!(text.matches("---\n").count(), 2, "{text}");
        let doc = text.split("---\n").nth(1).unwrap();
        let from_yaml: serde_json::Value = serde_norway::from_str(doc).unwrap();
        let from_json: serde_json::Value = serde_json::from_str(&json).unwrap();
        assert_eq!(from_yaml, from_json);
    }

    fn sample() -> (Rec, Decoded) {
        let (value, d) = avro_value();
        (
            Rec {
                key: Some(b"order-1".to_vec()),
                value: Some(value),
                headers: vec![
                    (b"trace".to_vec(), Some(b"abc".to_vec())),
                    (b"bin".to_vec(), Some(vec![0, 1, 0xff])),
                    (b"n".to_vec(), None),
                    (b"trace".to_vec(), Some(b"def".to_vec())),
                ],
                ts: Some(1_732_440_000_123),
            },
            d,
        )
    }

    #[test]
    fn json_lines_are_envelopes_that_produce_accepts() {
        let (rec, value) = sample();
        let (text, errors) = render(RecordStyle::Json, None, &rec, &Decoded::Text, &value);
        assert!(errors.is_empty());
        assert_eq!(text.lines().count(), 1);
        let env: Envelope = serde_json::from_str(&text).unwrap();
        let expected = Envelope {
            topic: Some("orders".into()),
            partition: Some(3),
            offset: Some(42),
            timestamp: Some(1_732_440_000_123),
            key: Some(Value::String("order-1".into())),
            key_format: Some(Format::String),
            value: Some(serde_json::json!({"id": 42, "note": {"string": "hi"}})),
            value_format: Some(Format::Avro),
            value_schema_id: Some(7),
            headers: vec![
                Header::from_bytes("trace", Some(b"abc")),
                Header::from_bytes("bin", Some(&[0, 1, 0xff])),
                Header::from_bytes("n", None),
                Header::from_bytes("trace", Some(b"def")),
            ],
            ..Default::default()
        };
        assert_eq!(env, expected);
        // Byte for byte what serde writes for the same envelope.
        assert_eq!(text.trim_end(), serde_json::to_string(&expected).unwrap());
    }

    #[test]
    fn json_keeps_tombstones_binary_and_exact_json() {
        let rec = Rec {
            key: None,
            value: None,
            headers: vec![],
            ts: None,
        };
        let (text, _) = render(
            RecordStyle::Json,
            None,
            &rec,
            &Decoded::Null,
            &Decoded::Null,
        );
        assert_eq!(
            text,
            "{\"topic\":\"orders\",\"partition\":3,\"offset\":42,\"key\":null,\"value\":null}\n"
        );
        let rec = Rec {
            key: Some(vec![0xff, 0]),
            value: Some(b"{\"a\": 1}".to_vec()),
            headers: vec![],
            ts: None,
        };
        let (text, _) = render(
            RecordStyle::Json,
            None,
            &rec,
            &Decoded::Binary,
            &Decoded::Text,
        );
        let env: Envelope = serde_json::from_str(&text).unwrap();
        assert_eq!(env.key_format, Some(Format::Base64));
        assert_eq!(env.value, Some(Value::String("{\"a\": 1}".into())));
        assert_eq!(
            env.value_format,
            Some(Format::String),
            "not byte-exact JSON"
        );
        let rec = Rec {
            value: Some(b"{\"a\":1}".to_vec()),
            ..rec
        };
        let (text, _) = render(
            RecordStyle::Json,
            None,
            &rec,
            &Decoded::Binary,
            &Decoded::Text,
        );
        let env: Envelope = serde_json::from_str(&text).unwrap();
        assert_eq!(env.value_format, Some(Format::Json));
        assert_eq!(env.value, Some(serde_json::json!({"a": 1})));
    }

    #[test]
    fn undecodable_values_are_base64_with_an_inline_error() {
        let (mut rec, value) = sample();
        // A corrupt datum: union branch 5.
        let mut bad = Vec::new();
        wire::frame_into(7, &[0x54, 10], &mut bad);
        rec.value = Some(bad.clone());
        let (text, errors) = render(RecordStyle::Json, None, &rec, &Decoded::Text, &value);
        assert_eq!(errors.len(), 1, "{errors:?}");
        let env: Envelope = serde_json::from_str(&text).unwrap();
        assert_eq!(env.value_format, Some(Format::Base64));
        assert_eq!(
            crate::domain::envelope::payload_from_json(env.value.as_ref().unwrap(), Format::Base64)
                .unwrap(),
            bad
        );
        assert!(env.error.unwrap().contains("union branch 5"));
        let failed = Decoded::Failed {
            message: "schema id 9 not found".into(),
        };
        let (text, errors) = render(RecordStyle::Pretty, None, &rec, &Decoded::Text, &failed);
        assert_eq!(errors, ["value: schema id 9 not found"]);
        assert!(text.contains("! value: schema id 9 not found"), "{text}");
    }

    #[test]
    fn raw_prints_values_only() {
        let (rec, value) = sample();
        let (text, _) = render(RecordStyle::Raw, None, &rec, &Decoded::Text, &value);
        assert_eq!(text, "{\"id\":42,\"note\":{\"string\":\"hi\"}}\n");
        let rec = Rec {
            key: None,
            value: Some(b"line".to_vec()),
            headers: vec![],
            ts: None,
        };
        let (text, _) = render(RecordStyle::Raw, None, &rec, &Decoded::Null, &Decoded::Text);
        assert_eq!(text, "line\n");
        let rec = Rec {
            value: Some(vec![0, 1, 0xff]),
            ..rec
        };
        let (text, _) = render(
            RecordStyle::Raw,
            None,
            &rec,
            &Decoded::Null,
            &Decoded::Binary,
        );
        assert_eq!(text, "AAH/\n");
    }

    #[test]
    fn pretty_shows_meta_headers_and_plain_value_without_colour() {
        let (rec, value) = sample();
        let (text, _) = render(RecordStyle::Pretty, None, &rec, &Decoded::Text, &value);
        assert_eq!(
            text,
            "partition 3  offset 42  2024-11-24T09:20:00.123Z\nkey: order-1\nheader trace: abc\nheader bin: AAH/ (base64)\nheader n: null\nheader trace: def\navro, schema id 7\n{\n  \"id\": 42,\n  \"note\": \"hi\"\n}\n\n"
        );
        assert!(!text.contains('\x1b'));
        let mut p = Printer::new(
            Vec::new(),
            PrintOptions {
                color: true,
                ..opts(RecordStyle::Pretty, None)
            },
        );
        p.print(&TailRecord {
            record: &rec,
            key: &Decoded::Text,
            value: &value,
            plain_key: None,
            plain_value: None,
        })
        .unwrap();
        assert!(String::from_utf8(p.into_inner().unwrap())
            .unwrap()
            .contains("\x1b[36m"));
    }

    #[test]
    fn styles_are_the_plain_sgr_sequences() {
        let sgr = |s: Style| s.render().to_string();
        assert_eq!(sgr(DIM), "\x1b[2m");
        assert_eq!(sgr(BOLD), "\x1b[1m");
        assert_eq!(sgr(CYAN), "\x1b[36m");
        assert_eq!(sgr(YELLOW), "\x1b[33m");
        assert_eq!(sgr(RED), "\x1b[31m");
        assert_eq!(Reset.render().to_string(), "\x1b[0m");
    }

    #[test]
    fn pretty_escapes_terminal_control_sequences() {
        let rec = Rec {
            key: Some(b"\x1b[2Jk".to_vec()),
            value: Some(b"a\x1b]0;x\x07b".to_vec()),
            headers: vec![],
            ts: None,
        };
        let (text, _) = render(
            RecordStyle::Pretty,
            None,
            &rec,
            &Decoded::Text,
            &Decoded::Text,
        );
        assert!(!text.contains('\x1b') && !text.contains('\x07'), "{text:?}");
        assert!(text.contains("\\u001b[2Jk"), "{text}");
    }

    #[test]
    fn fields_choose_columns_in_every_style() {
        let (rec, value) = sample();
        let f = Some(
            "partition,offset,key,value.id,value.note,headers.trace,value_schema_id,value.missing",
        );
        let (text, _) = render(RecordStyle::Json, f, &rec, &Decoded::Text, &value);
        assert_eq!(
            text,
            "{\"partition\":3,\"offset\":42,\"key\":\"order-1\",\"value.id\":42,\"value.note\":\"hi\",\"headers.trace\":\"def\",\"value_schema_id\":7,\"value.missing\":null}\n"
        );
        let (text, _) = render(RecordStyle::Raw, f, &rec, &Decoded::Text, &value);
        assert_eq!(text, "3\t42\torder-1\t42\thi\tdef\t7\t\n");
        let (text, _) = render(
            RecordStyle::Pretty,
            Some("offset,timestamp"),
            &rec,
            &Decoded::Text,
            &value,
        );
        assert_eq!(text, "offset=42  timestamp=2024-11-24T09:20:00.123Z\n");
        let (text, _) = render(
            RecordStyle::Json,
            Some("value"),
            &rec,
            &Decoded::Text,
            &value,
        );
        assert_eq!(
            text,
            "{\"value\":{\"id\":42,\"note\":{\"string\":\"hi\"}}}\n"
        );
    }
}
