//! Avro binary datum → JSON text, directed by the writer schema, without going
//! through `apache_avro::types::Value` (whose JSON conversion is lossy and whose
//! maps lose their order) and without a tree per record.
//!
//! A schema is first [`compile`]d into a flat list of nodes with every named
//! reference resolved (recursive types included); decoding then walks the
//! bytes and the nodes together and writes text. Two renderings:
//!
//! - [`JsonStyle::Avro`]: Avro's JSON encoding, lossless. Unions are `{"branch": v}`
//!   (`null` bare), `bytes` and `fixed` are strings of code points U+0000..U+00FF,
//!   logical types show their underlying value. With the writer schema this
//!   re-encodes to the same bytes, which is what `kctl produce` relies on.
//! - [`JsonStyle::Plain`]: for people. Unions unwrapped, bytes as base64, and logical
//!   types rendered: timestamps as RFC 3339, `date` as `YYYY-MM-DD`, `time-*` as
//!   `HH:MM:SS.fff`, `decimal` as a decimal string, `uuid` as its canonical text,
//!   `duration` as `{"months","days","milliseconds"}`.
//!
//! Bad input is a [`DecodeError`], never a panic: truncated data, bad union or
//! enum indexes, invalid UTF-8, negative or absurd lengths (every allocation
//! and every item count is bounded by the bytes that remain), nesting deeper
//! than [`MAX_DEPTH`], and trailing bytes.

use std::collections::HashMap;
use std::fmt;

use apache_avro::schema::{InnerDecimalSchema, Name, Schema, UuidSchema};

use crate::json_text::{
    write_base64, write_codepoints, write_f32, write_f64, write_i64, write_str, write_u64,
    write_utf8, Snippet,
};
use crate::names::{defined_name, named_types};

/// Deepest nesting of records, arrays, maps and unions a datum may have.
/// Each level (record, array, map, union) adds at most one level of JSON, and
/// the envelope one more: 120 keeps every line `tail -o json` prints within
/// serde_json's 128-level limit, so `produce` can read it back (found by
/// fuzzing: a 70-deep recursive record printed but did not read back).
pub const MAX_DEPTH: usize = 120;
/// Most items an array or map of zero-width items (`null`, empty records) may
/// claim: such items take no bytes, so the input length cannot bound them.
pub const MAX_ZERO_WIDTH_ITEMS: u64 = 1 << 20;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum JsonStyle {
    /// Avro's JSON encoding (lossless; `kctl produce` re-encodes it).
    Avro,
    /// Unions unwrapped and logical types rendered, for people.
    Plain,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DecodeError {
    /// Byte position in the datum where decoding failed.
    pub position: usize,
    pub message: String,
}

impl fmt::Display for DecodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "invalid Avro datum at byte {}: {}",
            self.position, self.message
        )
    }
}

impl std::error::Error for DecodeError {}

type NodeId = u32;

#[derive(Debug, Clone, Copy)]
enum TimeUnit {
    Millis,
    Micros,
    Nanos,
}

#[derive(Debug, Clone)]
enum Node {
    Null,
    Boolean,
    Int,
    Long,
    Float,
    Double,
    Bytes,
    String,
    Array(NodeId),
    Map(NodeId),
    Union(Box<[Branch]>),
    Record(Box<[Field]>),
    Enum(Box<[String]>),
    Fixed(usize),
    /// `size` None: the unscaled value is `bytes`, otherwise a `fixed`.
    Decimal {
        scale: usize,
        size: Option<usize>,
    },
    BigDecimal,
    UuidString,
    UuidBytes,
    UuidFixed(usize),
    Date,
    TimeMillis,
    TimeMicros,
    Timestamp {
        unit: TimeUnit,
        local: bool,
    },
    Duration,
    /// Only while compiling a named type that refers to itself.
    Pending,
}

#[derive(Debug, Clone)]
struct Field {
    /// `"name":`, escaped once at compile time.
    key: Snippet,
    node: NodeId,
}

#[derive(Debug, Clone)]
struct Branch {
    /// `{"branch":` for the Avro JSON encoding; empty for `null`.
    open: Snippet,
    node: NodeId,
}

/// A schema ready for decoding. Build it once per schema id and reuse it.
/// Cloned, it is a private copy for a thread that reads on its own.
#[derive(Debug, Clone)]
pub struct Compiled {
    nodes: Vec<Node>,
    /// Per node: may an item of this type take zero bytes?
    zero_width: Vec<bool>,
    root: NodeId,
}

/// Compiles `schema`; `dependencies` are the parsed referenced schemas that
/// define the names its `Schema::Ref`s use (Schema Registry references).
pub fn compile(schema: &Schema, dependencies: &[Schema]) -> Result<Compiled, String> {
    let mut c = Compiler {
        names: named_types(schema, dependencies),
        done: HashMap::new(),
        nodes: Vec::new(),
    };
    let root = c.node(schema)?;
    let zero_width = zero_width(&c.nodes);
    Ok(Compiled {
        nodes: c.nodes,
        zero_width,
        root,
    })
}

fn full(name: &Name) -> String {
    name.fullname(None)
}

struct Compiler<'s> {
    names: HashMap<String, &'s Schema>,
    /// Named types already compiled (or being compiled), by full name.
    done: HashMap<String, NodeId>,
    nodes: Vec<Node>,
}

impl<'s> Compiler<'s> {
    fn push(&mut self, node: Node) -> Result<NodeId, String> {
        let id = NodeId::try_from(self.nodes.len()).map_err(|_| "schema too large".to_string())?;
        self.nodes.push(node);
        Ok(id)
    }

    fn node(&mut self, schema: &'s Schema) -> Result<NodeId, String> {
        if let Schema::Ref { name } = schema {
            let full = full(name);
            if let Some(&id) = self.done.get(&full) {
                return Ok(id);
            }
            let target = *self.names.get(&full).ok_or_else(|| {
                format!("the schema refers to {full}, which neither it nor its references define")
            })?;
            return self.node(target);
        }
        let named = defined_name(schema).map(full);
        if let Some(n) = &named {
            if let Some(&id) = self.done.get(n) {
                return Ok(id);
            }
        }
        // Reserve the slot first so a recursive reference finds it.
        let id = self.push(Node::Pending)?;
        if let Some(n) = named {
            self.done.insert(n, id);
        }
        let node = match schema {
            Schema::Null => Node::Null,
            Schema::Boolean => Node::Boolean,
            Schema::Int => Node::Int,
            Schema::Long => Node::Long,
            Schema::Float => Node::Float,
            Schema::Double => Node::Double,
            Schema::Bytes => Node::Bytes,
            Schema::String => Node::String,
            Schema::Array(a) => Node::Array(self.node(&a.items)?),
            Schema::Map(m) => Node::Map(self.node(&m.types)?),
            Schema::Union(u) => {
                let mut branches = Vec::with_capacity(u.variants().len());
                for v in u.variants() {
                    let open = match branch_name(v) {
                        None => Vec::new(),
                        Some(name) => {
                            let mut o = b"{".to_vec();
                            write_str(&mut o, &name);
                            o.push(b':');
                            o
                        }
                    };
                    branches.push(Branch {
                        open: Snippet::new(&open),
                        node: self.node(v)?,
                    });
                }
                Node::Union(branches.into())
            }
            Schema::Record(r) => {
                let mut fields = Vec::with_capacity(r.fields.len());
                for f in &r.fields {
                    let mut key = Vec::with_capacity(f.name.len() + 3);
                    write_str(&mut key, &f.name);
                    key.push(b':');
                    fields.push(Field {
                        key: Snippet::new(&key),
                        node: self.node(&f.schema)?,
                    });
                }
                Node::Record(fields.into())
            }
            Schema::Enum(e) => Node::Enum(e.symbols.clone().into()),
            Schema::Fixed(f) => Node::Fixed(f.size),
            Schema::Decimal(d) => Node::Decimal {
                scale: d.scale,
                size: match &d.inner {
                    InnerDecimalSchema::Bytes => None,
                    InnerDecimalSchema::Fixed(f) => Some(f.size),
                },
            },
            Schema::BigDecimal => Node::BigDecimal,
            Schema::Uuid(UuidSchema::String) => Node::UuidString,
            Schema::Uuid(UuidSchema::Bytes) => Node::UuidBytes,
            Schema::Uuid(UuidSchema::Fixed(f)) => Node::UuidFixed(f.size),
            Schema::Date => Node::Date,
            Schema::TimeMillis => Node::TimeMillis,
            Schema::TimeMicros => Node::TimeMicros,
            Schema::TimestampMillis => ts(TimeUnit::Millis, false),
            Schema::TimestampMicros => ts(TimeUnit::Micros, false),
            Schema::TimestampNanos => ts(TimeUnit::Nanos, false),
            Schema::LocalTimestampMillis => ts(TimeUnit::Millis, true),
            Schema::LocalTimestampMicros => ts(TimeUnit::Micros, true),
            Schema::LocalTimestampNanos => ts(TimeUnit::Nanos, true),
            Schema::Duration(_) => Node::Duration,
            Schema::Ref { .. } => unreachable!("handled above"),
        };
        self.nodes[id as usize] = node;
        Ok(id)
    }
}

fn ts(unit: TimeUnit, local: bool) -> Node {
    Node::Timestamp { unit, local }
}

/// The key of a union branch in Avro's JSON encoding: the full name of a
/// named type, otherwise the (underlying) type name; `None` for `null`.
fn branch_name(schema: &Schema) -> Option<String> {
    if let Some(name) = defined_name(schema) {
        return Some(full(name));
    }
    let s = match schema {
        Schema::Null => return None,
        Schema::Ref { name } => return Some(full(name)),
        Schema::Boolean => "boolean",
        Schema::Int | Schema::Date | Schema::TimeMillis => "int",
        Schema::Long
        | Schema::TimeMicros
        | Schema::TimestampMillis
        | Schema::TimestampMicros
        | Schema::TimestampNanos
        | Schema::LocalTimestampMillis
        | Schema::LocalTimestampMicros
        | Schema::LocalTimestampNanos => "long",
        Schema::Float => "float",
        Schema::Double => "double",
        Schema::Bytes
        | Schema::BigDecimal
        | Schema::Decimal(_)
        | Schema::Uuid(UuidSchema::Bytes) => "bytes",
        Schema::String | Schema::Uuid(_) => "string",
        Schema::Array(_) => "array",
        Schema::Map(_) => "map",
        // Named types were handled above.
        Schema::Record(_) | Schema::Enum(_) | Schema::Fixed(_) | Schema::Duration(_) => "",
        Schema::Union(_) => "union",
    };
    Some(s.to_string())
}

/// Which nodes can encode in zero bytes. Computed as a fixed point so
/// recursive records terminate (a record that contains itself without a union
/// cannot be encoded at all; it is treated as zero-width, the safe side).
fn zero_width(nodes: &[Node]) -> Vec<bool> {
    let mut zw: Vec<bool> = nodes
        .iter()
        .map(|n| matches!(n, Node::Null | Node::Record(_) | Node::Fixed(0)))
        .collect();
    loop {
        let mut changed = false;
        for (i, n) in nodes.iter().enumerate() {
            if let Node::Record(fields) = n {
                let all = fields.iter().all(|f| zw[f.node as usize]);
                if zw[i] && !all {
                    zw[i] = false;
                    changed = true;
                }
            }
        }
        if !changed {
            return zw;
        }
    }
}

impl Compiled {
    /// Appends the JSON text of `datum` to `out`. On error `out` is left as it
    /// was.
    pub fn write_json(
        &self,
        datum: &[u8],
        mode: JsonStyle,
        out: &mut Vec<u8>,
    ) -> Result<(), DecodeError> {
        let mark = out.len();
        // Output is usually under twice the datum: one allocation check here
        // instead of growth in the middle of a record.
        out.reserve(datum.len() * 2 + 64);
        let mut d = Decoder {
            c: self,
            r: Reader { buf: datum, pos: 0 },
            mode,
            out,
        };
        let result = d.value(self.root, 0).and_then(|()| {
            let rest = d.r.buf.len() - d.r.pos;
            if rest == 0 {
                Ok(())
            } else {
                Err(d.r.err(format!("{rest} trailing bytes after the datum")))
            }
        });
        if result.is_err() {
            out.truncate(mark);
        }
        result
    }

    /// The datum as a `serde_json::Value` (field and map order kept).
    pub fn to_value(
        &self,
        datum: &[u8],
        mode: JsonStyle,
    ) -> Result<serde_json::Value, DecodeError> {
        let mut text = Vec::with_capacity(datum.len() * 2 + 16);
        self.write_json(datum, mode, &mut text)?;
        serde_json::from_slice(&text).map_err(|e| DecodeError {
            position: 0,
            message: format!("decoded value cannot be represented: {e}"),
        })
    }
}

struct Reader<'a> {
    buf: &'a [u8],
    pos: usize,
}

impl<'a> Reader<'a> {
    fn err(&self, message: impl Into<String>) -> DecodeError {
        DecodeError {
            position: self.pos,
            message: message.into(),
        }
    }

    fn remaining(&self) -> usize {
        self.buf.len() - self.pos
    }

    fn byte(&mut self) -> Result<u8, DecodeError> {
        let b = *self
            .buf
            .get(self.pos)
            .ok_or_else(|| self.err("truncated datum"))?;
        self.pos += 1;
        Ok(b)
    }

    fn take(&mut self, n: usize) -> Result<&'a [u8], DecodeError> {
        if n > self.remaining() {
            return Err(self.err(format!(
                "truncated datum: need {n} bytes, {} remain",
                self.remaining()
            )));
        }
        let s = &self.buf[self.pos..self.pos + n];
        self.pos += n;
        Ok(s)
    }

    /// A zigzag varint of at most 10 bytes.
    #[inline]
    fn long(&mut self) -> Result<i64, DecodeError> {
        // Most varints are one byte (small ints, lengths, union indexes).
        if let Some(&b) = self.buf.get(self.pos) {
            if b < 0x80 {
                self.pos += 1;
                let v = u64::from(b);
                return Ok((v >> 1) as i64 ^ -((v & 1) as i64));
            }
        }
        self.long_slow()
    }

    fn long_slow(&mut self) -> Result<i64, DecodeError> {
        let start = self.pos;
        let mut v: u64 = 0;
        let mut shift = 0;
        loop {
            let b = self.byte()?;
            if shift == 63 && b > 1 {
                self.pos = start;
                return Err(self.err("varint overflows a long"));
            }
            v |= u64::from(b & 0x7f) << shift;
            if b & 0x80 == 0 {
                break;
            }
            shift += 7;
        }
        Ok((v >> 1) as i64 ^ -((v & 1) as i64))
    }

    fn int(&mut self) -> Result<i32, DecodeError> {
        let start = self.pos;
        let v = self.long()?;
        i32::try_from(v).map_err(|_| {
            self.pos = start;
            self.err(format!("{v} does not fit an int"))
        })
    }

    /// A length prefix: never negative, never more than the bytes left.
    fn len(&mut self) -> Result<usize, DecodeError> {
        let start = self.pos;
        let n = self.long()?;
        if n < 0 {
            self.pos = start;
            return Err(self.err(format!("negative length {n}")));
        }
        if n as u64 > self.remaining() as u64 {
            self.pos = start;
            return Err(self.err(format!(
                "length {n} exceeds the {} bytes that remain",
                self.remaining()
            )));
        }
        Ok(n as usize)
    }

    fn bytes(&mut self) -> Result<&'a [u8], DecodeError> {
        let n = self.len()?;
        self.take(n)
    }

    fn str(&mut self) -> Result<&'a str, DecodeError> {
        let start = self.pos;
        let b = self.bytes()?;
        std::str::from_utf8(b).map_err(|e| DecodeError {
            position: start,
            message: format!("string is not valid UTF-8: {e}"),
        })
    }
}

struct Decoder<'a, 'o> {
    c: &'a Compiled,
    r: Reader<'a>,
    mode: JsonStyle,
    out: &'o mut Vec<u8>,
}

impl Decoder<'_, '_> {
    fn value(&mut self, id: NodeId, depth: usize) -> Result<(), DecodeError> {
        let c = self.c;
        match &c.nodes[id as usize] {
            Node::Null => self.out.extend_from_slice(b"null"),
            Node::Boolean => match self.r.byte()? {
                0 => self.out.extend_from_slice(b"false"),
                1 => self.out.extend_from_slice(b"true"),
                b => {
                    self.r.pos -= 1;
                    return Err(self.r.err(format!("boolean byte is {b}, expected 0 or 1")));
                }
            },
            Node::Int => {
                let v = self.r.int()?;
                write_i64(self.out, v.into());
            }
            Node::Long => {
                let v = self.r.long()?;
                write_i64(self.out, v);
            }
            Node::Float => {
                let b = self.r.take(4)?;
                write_f32(self.out, f32::from_le_bytes([b[0], b[1], b[2], b[3]]));
            }
            Node::Double => {
                let b = self.r.take(8)?;
                let mut a = [0u8; 8];
                a.copy_from_slice(b);
                write_f64(self.out, f64::from_le_bytes(a));
            }
            Node::Bytes => {
                let b = self.r.bytes()?;
                self.binary(b);
            }
            Node::String | Node::UuidString => {
                let start = self.r.pos;
                let b = self.r.bytes()?;
                write_utf8(self.out, b).map_err(|e| DecodeError {
                    position: start,
                    message: format!("string is not valid UTF-8: {e}"),
                })?;
            }
            Node::Array(item) => {
                let depth = self.deeper(depth)?;
                self.out.push(b'[');
                let mut first = true;
                self.blocks(*item, |d| {
                    if !std::mem::take(&mut first) {
                        d.out.push(b',');
                    }
                    d.value(*item, depth)
                })?;
                self.out.push(b']');
            }
            Node::Map(values) => {
                let depth = self.deeper(depth)?;
                self.out.push(b'{');
                let mut first = true;
                self.blocks(*values, |d| {
                    if !std::mem::take(&mut first) {
                        d.out.push(b',');
                    }
                    let k = d.r.str()?;
                    write_str(d.out, k);
                    d.out.push(b':');
                    d.value(*values, depth)
                })?;
                self.out.push(b'}');
            }
            Node::Union(branches) => {
                let depth = self.deeper(depth)?;
                let start = self.r.pos;
                let i = self.r.long()?;
                let Some(b) = usize::try_from(i).ok().and_then(|i| branches.get(i)) else {
                    self.r.pos = start;
                    return Err(self.r.err(format!(
                        "union branch {i} out of range (the union has {} branches)",
                        branches.len()
                    )));
                };
                if self.mode == JsonStyle::Avro && !b.open.is_empty() {
                    b.open.write(self.out);
                    self.value(b.node, depth)?;
                    self.out.push(b'}');
                } else {
                    self.value(b.node, depth)?;
                }
            }
            Node::Record(fields) => {
                let depth = self.deeper(depth)?;
                self.out.push(b'{');
                for (i, f) in fields.iter().enumerate() {
                    if i > 0 {
                        self.out.push(b',');
                    }
                    f.key.write(self.out);
                    self.value(f.node, depth)?;
                }
                self.out.push(b'}');
            }
            Node::Enum(symbols) => {
                let start = self.r.pos;
                let i = self.r.int()?;
                let Some(s) = usize::try_from(i).ok().and_then(|i| symbols.get(i)) else {
                    self.r.pos = start;
                    return Err(self.r.err(format!(
                        "enum index {i} out of range ({} symbols)",
                        symbols.len()
                    )));
                };
                write_str(self.out, s);
            }
            Node::Fixed(n) => {
                let b = self.r.take(*n)?;
                self.binary(b);
            }
            other => return self.logical(other),
        }
        Ok(())
    }

    /// Logical types and other rare nodes, kept out of [`Self::value`] so the
    /// hot function stays small (a smaller frame per nested call).
    #[inline(never)]
    fn logical(&mut self, node: &Node) -> Result<(), DecodeError> {
        match node {
            Node::Decimal { scale, size } => {
                let b = match size {
                    Some(n) => self.r.take(*n)?,
                    None => self.r.bytes()?,
                };
                match self.mode {
                    JsonStyle::Avro => write_codepoints(self.out, b),
                    JsonStyle::Plain => write_str(self.out, &decimal_text(b, *scale)),
                }
            }
            Node::BigDecimal => {
                let start = self.r.pos;
                let b = self.r.bytes()?;
                match self.mode {
                    JsonStyle::Avro => write_codepoints(self.out, b),
                    JsonStyle::Plain => {
                        let text = big_decimal_text(b).map_err(|m| DecodeError {
                            position: start,
                            message: format!("big-decimal: {m}"),
                        })?;
                        write_str(self.out, &text);
                    }
                }
            }
            Node::UuidBytes => {
                let b = self.r.bytes()?;
                self.uuid(b);
            }
            Node::UuidFixed(n) => {
                let b = self.r.take(*n)?;
                self.uuid(b);
            }
            // Logical types are rendered only in plain mode (never computed
            // for the Avro JSON encoding, which shows the raw number).
            Node::Date => {
                let v = self.r.int()?;
                self.rendered(v.into(), || date_text(v));
            }
            Node::TimeMillis => {
                let v = self.r.int()?;
                self.rendered(v.into(), || time_text(i64::from(v) * 1_000_000, 3));
            }
            Node::TimeMicros => {
                let v = self.r.long()?;
                self.rendered(v, || v.checked_mul(1_000).and_then(|n| time_text(n, 6)));
            }
            Node::Timestamp { unit, local } => {
                let v = self.r.long()?;
                let (unit, local) = (*unit, *local);
                self.rendered(v, || timestamp_text(v, unit, local));
            }
            Node::Duration => {
                let b = self.r.take(12)?;
                match self.mode {
                    JsonStyle::Avro => write_codepoints(self.out, b),
                    JsonStyle::Plain => {
                        let part = |i: usize| {
                            u64::from(u32::from_le_bytes([b[i], b[i + 1], b[i + 2], b[i + 3]]))
                        };
                        self.out.extend_from_slice(b"{\"months\":");
                        write_u64(self.out, part(0));
                        self.out.extend_from_slice(b",\"days\":");
                        write_u64(self.out, part(4));
                        self.out.extend_from_slice(b",\"milliseconds\":");
                        write_u64(self.out, part(8));
                        self.out.push(b'}');
                    }
                }
            }
            Node::Pending => return Err(self.r.err("schema has an unresolved type")),
            // value() handles every other node before calling this.
            _ => return Err(self.r.err("unexpected schema node")),
        }
        Ok(())
    }

    /// In plain mode the rendered text when `text` gives one (a value in
    /// range), otherwise the number.
    fn rendered(&mut self, v: i64, text: impl FnOnce() -> Option<String>) {
        if self.mode == JsonStyle::Plain {
            if let Some(t) = text() {
                write_str(self.out, &t);
                return;
            }
        }
        write_i64(self.out, v);
    }

    fn deeper(&self, depth: usize) -> Result<usize, DecodeError> {
        if depth >= MAX_DEPTH {
            return Err(self
                .r
                .err(format!("nesting deeper than {MAX_DEPTH} levels")));
        }
        Ok(depth + 1)
    }

    /// Array and map blocks: a count, negative when followed by a byte size,
    /// until a zero count. `item` decodes one item.
    fn blocks(
        &mut self,
        node: NodeId,
        mut item: impl FnMut(&mut Self) -> Result<(), DecodeError>,
    ) -> Result<(), DecodeError> {
        let zero_width = self.c.zero_width[node as usize];
        let mut total: u64 = 0;
        loop {
            let start = self.r.pos;
            let mut n = self.r.long()?;
            if n == 0 {
                return Ok(());
            }
            if n < 0 {
                n = n
                    .checked_neg()
                    .ok_or_else(|| self.r.err("block count overflows"))?;
                let size = self.r.long()?;
                if size < 0 {
                    self.r.pos = start;
                    return Err(self.r.err(format!("negative block size {size}")));
                }
            }
            let n = n as u64;
            total += n;
            let limit = if zero_width {
                MAX_ZERO_WIDTH_ITEMS
            } else {
                self.r.remaining() as u64
            };
            if n > limit || total > MAX_ZERO_WIDTH_ITEMS.max(self.r.buf.len() as u64) {
                self.r.pos = start;
                return Err(self.r.err(format!(
                    "block of {n} items exceeds what the remaining {} bytes can hold",
                    self.r.remaining()
                )));
            }
            for _ in 0..n {
                item(self)?;
            }
        }
    }

    fn binary(&mut self, b: &[u8]) {
        match self.mode {
            JsonStyle::Avro => write_codepoints(self.out, b),
            JsonStyle::Plain => write_base64(self.out, b),
        }
    }

    fn uuid(&mut self, b: &[u8]) {
        match (self.mode, b.len()) {
            (JsonStyle::Plain, 16) => write_str(self.out, &uuid_text(b)),
            _ => self.binary(b),
        }
    }
}

fn uuid_text(b: &[u8]) -> String {
    let mut s = String::with_capacity(36);
    for (i, byte) in b.iter().enumerate() {
        if matches!(i, 4 | 6 | 8 | 10) {
            s.push('-');
        }
        s.push_str(&format!("{byte:02x}"));
    }
    s
}

/// A two's-complement big-endian unscaled value with `scale` as decimal text.
pub fn decimal_text(bytes: &[u8], scale: usize) -> String {
    let negative = bytes.first().is_some_and(|b| b & 0x80 != 0);
    // Magnitude, big-endian: negate two's complement when negative.
    let mut mag: Vec<u8> = bytes.to_vec();
    if negative {
        for b in mag.iter_mut() {
            *b = !*b;
        }
        for b in mag.iter_mut().rev() {
            let (v, carry) = b.overflowing_add(1);
            *b = v;
            if !carry {
                break;
            }
        }
    }
    let mut digits = magnitude_digits(&mut mag);
    if digits.len() <= scale {
        let pad = scale + 1 - digits.len();
        digits.insert_str(0, &"0".repeat(pad));
    }
    if scale > 0 {
        digits.insert(digits.len() - scale, '.');
    }
    if negative {
        digits.insert(0, '-');
    }
    digits
}

/// Decimal digits of a big-endian unsigned integer (consumed), by repeated
/// division by 10^9.
fn magnitude_digits(mag: &mut [u8]) -> String {
    let mut chunks: Vec<u32> = Vec::new();
    let mut start = 0;
    loop {
        while start < mag.len() && mag[start] == 0 {
            start += 1;
        }
        if start == mag.len() {
            break;
        }
        let mut rem: u64 = 0;
        for b in mag[start..].iter_mut() {
            let cur = (rem << 8) | u64::from(*b);
            *b = (cur / 1_000_000_000) as u8;
            rem = cur % 1_000_000_000;
        }
        chunks.push(rem as u32);
    }
    let Some((last, rest)) = chunks.split_last() else {
        return "0".into();
    };
    let mut s = last.to_string();
    for c in rest.iter().rev() {
        s.push_str(&format!("{c:09}"));
    }
    s
}

/// apache-avro's `big-decimal`: the unscaled bytes (length-prefixed) then the
/// scale as a long, inside the outer `bytes`.
fn big_decimal_text(b: &[u8]) -> Result<String, String> {
    let mut r = Reader { buf: b, pos: 0 };
    let unscaled = r.bytes().map_err(|e| e.message)?;
    let scale = r.long().map_err(|e| e.message)?;
    if r.remaining() != 0 {
        return Err("trailing bytes".into());
    }
    let scale = usize::try_from(scale).map_err(|_| format!("negative scale {scale}"))?;
    if scale > 10_000 {
        return Err(format!("scale {scale} too large"));
    }
    Ok(decimal_text(unscaled, scale))
}

fn date_text(days: i32) -> Option<String> {
    let epoch = chrono::NaiveDate::from_ymd_opt(1970, 1, 1)?;
    let d = epoch.checked_add_signed(chrono::TimeDelta::try_days(days.into())?)?;
    let mut s = String::with_capacity(10);
    push_date(&mut s, d)?;
    Some(s)
}

/// `YYYY-MM-DD`, written by hand: chrono's `format` parses its pattern on
/// every call, which made plain rendering of timestamps twice as slow.
/// `None` outside years 0-9999 (the caller falls back).
fn push_date(s: &mut String, d: chrono::NaiveDate) -> Option<()> {
    use chrono::Datelike;
    let y = u32::try_from(d.year()).ok().filter(|y| *y <= 9999)?;
    push_digits(s, y, 4);
    s.push('-');
    push_digits(s, d.month(), 2);
    s.push('-');
    push_digits(s, d.day(), 2);
    Some(())
}

fn push_digits(s: &mut String, v: u32, width: usize) {
    let mut buf = [b'0'; 10];
    let mut n = v;
    for i in (0..width).rev() {
        buf[i] = b'0' + (n % 10) as u8;
        n /= 10;
    }
    s.extend(buf[..width].iter().map(|&b| b as char));
}

/// Time of day from nanoseconds after midnight, with `digits` fraction digits.
fn time_text(nanos: i64, digits: usize) -> Option<String> {
    if !(0..86_400_000_000_000).contains(&nanos) {
        return None;
    }
    let secs = nanos / 1_000_000_000;
    let frac = nanos % 1_000_000_000;
    let frac = frac / 10i64.pow(9 - digits as u32);
    Some(format!(
        "{:02}:{:02}:{:02}.{:0width$}",
        secs / 3600,
        secs / 60 % 60,
        secs % 60,
        frac,
        width = digits
    ))
}

fn timestamp_text(v: i64, unit: TimeUnit, local: bool) -> Option<String> {
    use chrono::Timelike;
    let (dt, digits) = match unit {
        TimeUnit::Millis => (chrono::DateTime::from_timestamp_millis(v)?, 3),
        TimeUnit::Micros => (chrono::DateTime::from_timestamp_micros(v)?, 6),
        TimeUnit::Nanos => (chrono::DateTime::from_timestamp_nanos(v), 9),
    };
    let n = dt.naive_utc();
    let mut s = String::with_capacity(32);
    if push_date(&mut s, n.date()).is_none() {
        // Years beyond 0-9999: chrono's own (signed, wider) rendering.
        s = n.format("%Y-%m-%dT%H:%M:%S%.f").to_string();
    } else {
        s.push('T');
        push_digits(&mut s, n.hour(), 2);
        s.push(':');
        push_digits(&mut s, n.minute(), 2);
        s.push(':');
        push_digits(&mut s, n.second(), 2);
        s.push('.');
        let frac = n.nanosecond() % 1_000_000_000 / 10u32.pow(9 - digits as u32);
        push_digits(&mut s, frac, digits);
    }
    if !local {
        s.push('Z');
    }
    Some(s)
}

#[cfg(test)]
mod tests {
    use super::*;
    use apache_avro::types::Value as AvroValue;

    fn schema(text: &str) -> Schema {
        Schema::parse_str(text).unwrap()
    }

    fn encode(s: &Schema, v: AvroValue) -> Vec<u8> {
        apache_avro::writer::datum::GenericDatumWriter::builder(s)
            .build()
            .unwrap()
            .write_value_to_vec(v)
            .unwrap()
    }

    fn decode(s: &Schema, datum: &[u8], mode: JsonStyle) -> Result<String, DecodeError> {
        let c = compile(s, &[]).unwrap();
        let mut out = Vec::new();
        c.write_json(datum, mode, &mut out)?;
        Ok(String::from_utf8(out).unwrap())
    }

    const EVENT: &str = r#"{
      "type": "record", "name": "Event", "namespace": "com.example",
      "fields": [
        {"name": "id", "type": "long"},
        {"name": "name", "type": ["null", "string"]},
        {"name": "tags", "type": {"type": "map", "values": "int"}},
        {"name": "payload", "type": "bytes"},
        {"name": "kind", "type": {"type": "enum", "name": "Kind", "symbols": ["A", "B"]}},
        {"name": "inner", "type": ["null", {"type": "record", "name": "Inner",
            "fields": [{"name": "x", "type": "double"}, {"name": "f", "type": "float"}]}]},
        {"name": "list", "type": {"type": "array", "items": "boolean"}},
        {"name": "fx", "type": {"type": "fixed", "name": "Two", "size": 2}}
      ]}"#;

    fn event_value() -> AvroValue {
        AvroValue::Record(vec![
            ("id".into(), AvroValue::Long(-5)),
            (
                "name".into(),
                AvroValue::Union(1, Box::new(AvroValue::String("é\"x".into()))),
            ),
            (
                "tags".into(),
                AvroValue::Map([("z".to_string(), AvroValue::Int(1))].into()),
            ),
            ("payload".into(), AvroValue::Bytes(vec![0, 0x41, 0xff])),
            ("kind".into(), AvroValue::Enum(1, "B".into())),
            (
                "inner".into(),
                AvroValue::Union(
                    1,
                    Box::new(AvroValue::Record(vec![
                        ("x".into(), AvroValue::Double(1.5)),
                        ("f".into(), AvroValue::Float(0.1)),
                    ])),
                ),
            ),
            (
                "list".into(),
                AvroValue::Array(vec![AvroValue::Boolean(true), AvroValue::Boolean(false)]),
            ),
            ("fx".into(), AvroValue::Fixed(2, vec![1, 2])),
        ])
    }

    #[test]
    fn avro_json_encoding_wraps_unions_and_keeps_bytes_as_code_points() {
        let s = schema(EVENT);
        let datum = encode(&s, event_value());
        let text = decode(&s, &datum, JsonStyle::Avro).unwrap();
        assert_eq!(
            text,
            "{\"id\":-5,\"name\":{\"string\":\"é\\\"x\"},\"tags\":{\"z\":1},\"payload\":\"\\u0000A\u{ff}\",\"kind\":\"B\",\"inner\":{\"com.example.Inner\":{\"x\":1.5,\"f\":0.1}},\"list\":[true,false],\"fx\":\"\\u0001\\u0002\"}"
        );
    }

    #[test]
    fn plain_mode_unwraps_unions_and_uses_base64() {
        let s = schema(EVENT);
        let datum = encode(&s, event_value());
        let text = decode(&s, &datum, JsonStyle::Plain).unwrap();
        assert_eq!(
            text,
            r#"{"id":-5,"name":"é\"x","tags":{"z":1},"payload":"AEH/","kind":"B","inner":{"x":1.5,"f":0.1},"list":[true,false],"fx":"AQI="}"#
        );
    }

    #[test]
    fn map_entries_keep_the_order_of_the_data() {
        let s = schema(r#"{"type":"map","values":"string"}"#);
        // Two blocks, the second with a byte size (negative count).
        let mut datum = vec![4]; // count 2
        for k in ["zz", "aa"] {
            datum.extend([4]);
            datum.extend(k.as_bytes());
            datum.extend([2, b'v']);
        }
        datum.extend([1, 8]); // count -1, size 4
        datum.extend([2, b'm', 2, b'w']);
        datum.push(0);
        let text = decode(&s, &datum, JsonStyle::Avro).unwrap();
        assert_eq!(text, r#"{"zz":"v","aa":"v","m":"w"}"#);
        let v = compile(&s, &[])
            .unwrap()
            .to_value(&datum, JsonStyle::Avro)
            .unwrap();
        let keys: Vec<&String> = v.as_object().unwrap().keys().collect();
        assert_eq!(keys, ["zz", "aa", "m"]);
    }

    #[test]
    fn logical_types_render_in_plain_mode_and_stay_raw_in_avro_mode() {
        let s = schema(
            r#"{"type":"record","name":"L","fields":[
              {"name":"ts","type":{"type":"long","logicalType":"timestamp-millis"}},
              {"name":"tsu","type":{"type":"long","logicalType":"timestamp-micros"}},
              {"name":"lts","type":{"type":"long","logicalType":"local-timestamp-millis"}},
              {"name":"d","type":{"type":"int","logicalType":"date"}},
              {"name":"t","type":{"type":"int","logicalType":"time-millis"}},
              {"name":"tu","type":{"type":"long","logicalType":"time-micros"}},
              {"name":"u","type":{"type":"string","logicalType":"uuid"}},
              {"name":"dec","type":{"type":"bytes","logicalType":"decimal","precision":9,"scale":2}},
              {"name":"fdec","type":{"type":"fixed","name":"F","size":4,"logicalType":"decimal","precision":6,"scale":3}},
              {"name":"opt","type":["null",{"type":"long","logicalType":"timestamp-millis"}]}
            ]}"#,
        );
        let mut datum = Vec::new();
        let zz = |v: i64, out: &mut Vec<u8>| {
            let mut z = ((v << 1) ^ (v >> 63)) as u64;
            loop {
                let b = (z & 0x7f) as u8;
                z >>= 7;
                if z == 0 {
                    out.push(b);
                    break;
                }
                out.push(b | 0x80);
            }
        };
        zz(1_732_440_000_123, &mut datum);
        zz(1_732_440_000_123_456, &mut datum);
        zz(1_000, &mut datum);
        zz(20_000, &mut datum); // 2024-10-04
        zz(3_723_004, &mut datum); // 01:02:03.004
        zz(1_000_001, &mut datum); // 00:00:01.000001
        datum.push(72);
        datum.extend(b"550e8400-e29b-41d4-a716-446655440000");
        datum.extend([4, 0xfe, 0x0c]); // -500 → -5.00
        datum.extend([0, 0, 0x30, 0x39]); // 12345 → 12.345
        zz(1, &mut datum);
        zz(0, &mut datum);
        let plain = decode(&s, &datum, JsonStyle::Plain).unwrap();
        assert_eq!(
            plain,
            r#"{"ts":"2024-11-24T09:20:00.123Z","tsu":"2024-11-24T09:20:00.123456Z","lts":"1970-01-01T00:00:01.000","d":"2024-10-04","t":"01:02:03.004","tu":"00:00:01.000001","u":"550e8400-e29b-41d4-a716-446655440000","dec":"-5.00","fdec":"12.345","opt":"1970-01-01T00:00:00.000Z"}"#
        );
        let avro = decode(&s, &datum, JsonStyle::Avro).unwrap();
        assert_eq!(
            avro,
            r#"{"ts":1732440000123,"tsu":1732440000123456,"lts":1000,"d":20000,"t":3723004,"tu":1000001,"u":"550e8400-e29b-41d4-a716-446655440000","dec":"þ\f","fdec":"\u0000\u000009","opt":{"long":0}}"#
        );
    }

    #[test]
    fn timestamps_and_dates_render_at_every_precision_and_range() {
        assert_eq!(
            timestamp_text(-1, TimeUnit::Millis, false).unwrap(),
            "1969-12-31T23:59:59.999Z"
        );
        assert_eq!(
            timestamp_text(1_732_440_000_123_456_789, TimeUnit::Nanos, true).unwrap(),
            "2024-11-24T09:20:00.123456789"
        );
        assert_eq!(
            timestamp_text(0, TimeUnit::Micros, false).unwrap(),
            "1970-01-01T00:00:00.000000Z"
        );
        // Outside years 0-9999 chrono's rendering is used; beyond its range, none.
        assert!(timestamp_text(300_000_000_000_000, TimeUnit::Millis, false)
            .unwrap()
            .starts_with("+11476-"));
        assert_eq!(timestamp_text(i64::MAX, TimeUnit::Millis, false), None);
        assert_eq!(date_text(0).unwrap(), "1970-01-01");
        assert_eq!(date_text(-719_528).unwrap(), "0000-01-01");
        assert_eq!(date_text(-719_529), None);
    }

    #[test]
    fn decimals_of_any_length_render_exactly() {
        assert_eq!(decimal_text(&[], 0), "0");
        assert_eq!(decimal_text(&[0x00], 2), "0.00");
        assert_eq!(decimal_text(&[0xff], 2), "-0.01");
        assert_eq!(decimal_text(&[0x80], 0), "-128");
        assert_eq!(decimal_text(&[0x01, 0x00], 1), "25.6");
        // 2^128 with 20 bytes of precision.
        let mut big = vec![0u8; 17];
        big[0] = 1;
        assert_eq!(
            decimal_text(&big, 5),
            "3402823669209384634633746074317682.11456"
        );
        let neg: Vec<u8> = vec![0xff; 20];
        assert_eq!(decimal_text(&neg, 0), "-1");
    }

    #[test]
    fn recursive_types_and_references_to_dependencies_resolve() {
        let s = schema(
            r#"{"type":"record","name":"Node","fields":[
                {"name":"v","type":"int"},
                {"name":"next","type":["null","Node"]}]}"#,
        );
        let datum = [2, 2, 4, 2, 6, 0];
        assert_eq!(
            decode(&s, &datum, JsonStyle::Avro).unwrap(),
            r#"{"v":1,"next":{"Node":{"v":2,"next":{"Node":{"v":3,"next":null}}}}}"#
        );
        let dep = r#"{"type":"record","name":"Addr","namespace":"x","fields":[{"name":"city","type":"string"}]}"#;
        let main = r#"{"type":"record","name":"P","namespace":"y","fields":[
            {"name":"home","type":"x.Addr"},{"name":"work","type":["null","x.Addr"]}]}"#;
        let (s, deps) = crate::schema::parse_with_dependencies(main, &[dep.to_string()]).unwrap();
        let c = compile(&s, &deps).unwrap();
        let mut out = Vec::new();
        c.write_json(&[2, b'A', 2, 2, b'B'], JsonStyle::Avro, &mut out)
            .unwrap();
        assert_eq!(
            String::from_utf8(out).unwrap(),
            r#"{"home":{"city":"A"},"work":{"x.Addr":{"city":"B"}}}"#
        );
    }

    #[test]
    fn bad_input_is_an_error_at_a_position_never_a_panic() {
        let s = schema(EVENT);
        let good = encode(&s, event_value());
        // Every truncation fails cleanly and leaves the output untouched.
        let c = compile(&s, &[]).unwrap();
        for n in 0..good.len() {
            let mut out = b"keep".to_vec();
            assert!(c.write_json(&good[..n], JsonStyle::Avro, &mut out).is_err());
            assert_eq!(out, b"keep");
        }
        let mut trailing = good.clone();
        trailing.push(0);
        let e = decode(&s, &trailing, JsonStyle::Avro).unwrap_err();
        assert!(e.message.contains("1 trailing bytes"), "{e}");

        let str_schema = schema(r#""string""#);
        let e = decode(&str_schema, &[1], JsonStyle::Avro).unwrap_err();
        assert!(e.message.contains("negative length -1"), "{e}");
        let e = decode(
            &str_schema,
            &[0xfe, 0xff, 0xff, 0xff, 0x0f],
            JsonStyle::Avro,
        )
        .unwrap_err();
        assert!(e.message.contains("exceeds"), "{e}");
        let e = decode(&str_schema, &[4, 0xc3, 0x28], JsonStyle::Avro).unwrap_err();
        assert!(e.message.contains("UTF-8"), "{e}");
        let e = decode(&schema(r#"["null","int"]"#), &[4], JsonStyle::Avro).unwrap_err();
        assert!(e.message.contains("union branch 2 out of range"), "{e}");
        let e = decode(&schema(r#""long""#), &[0xff; 11], JsonStyle::Avro).unwrap_err();
        assert!(e.message.contains("overflows"), "{e}");
        let e = decode(
            &schema(r#""int""#),
            &[0x80, 0x80, 0x80, 0x80, 0x20],
            JsonStyle::Avro,
        )
        .unwrap_err();
        assert!(e.message.contains("does not fit an int"), "{e}");
        let e = decode(&schema(r#""boolean""#), &[2], JsonStyle::Avro).unwrap_err();
        assert!(e.message.contains("boolean"), "{e}");
        // An array claiming 2^62 longs in 10 bytes is refused before allocating.
        let arr = schema(r#"{"type":"array","items":"long"}"#);
        let mut huge = vec![0xfe, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x7f];
        huge.push(0);
        let e = decode(&arr, &huge, JsonStyle::Avro).unwrap_err();
        assert!(e.message.contains("exceeds"), "{e}");
        // And 2^62 nulls (zero bytes each) are refused too.
        let nulls = schema(r#"{"type":"array","items":"null"}"#);
        let e = decode(&nulls, &huge, JsonStyle::Avro).unwrap_err();
        assert!(e.message.contains("exceeds"), "{e}");
        let e = decode(
            &schema(r#"{"type":"enum","name":"E","symbols":["A"]}"#),
            &[2],
            JsonStyle::Avro,
        )
        .unwrap_err();
        assert!(e.message.contains("enum index 1"), "{e}");
    }

    #[test]
    fn deep_nesting_is_refused() {
        let s =
            schema(r#"{"type":"record","name":"N","fields":[{"name":"n","type":["null","N"]}]}"#);
        let mut datum = vec![2; 1000];
        datum.push(0);
        let e = decode(&s, &datum, JsonStyle::Avro).unwrap_err();
        assert!(e.message.contains("nesting deeper"), "{e}");
    }

    #[test]
    fn fuzzed_inputs_never_panic() {
        let s = schema(EVENT);
        let c = compile(&s, &[]).unwrap();
        let good = encode(&s, event_value());
        let mut seed: u64 = 0x9e37_79b9_7f4a_7c15;
        let mut next = || {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            seed
        };
        let mut out = Vec::new();
        for _ in 0..20_000 {
            let mut d = good.clone();
            for _ in 0..(next() % 4 + 1) {
                let i = (next() as usize) % d.len();
                d[i] = next() as u8;
            }
            out.clear();
            let _ = c.write_json(&d, JsonStyle::Avro, &mut out);
            let _ = c.write_json(&d, JsonStyle::Plain, &mut out);
        }
    }

    #[test]
    fn avro_mode_output_matches_apache_avro_for_primitive_values() {
        // Cross-check against an independent decoder for every primitive.
        for (t, v) in [
            (r#""int""#, AvroValue::Int(i32::MIN)),
            (r#""long""#, AvroValue::Long(i64::MAX)),
            (r#""double""#, AvroValue::Double(-0.25)),
            (r#""string""#, AvroValue::String("ok\n".into())),
        ] {
            let s = schema(t);
            let datum = encode(&s, v.clone());
            let text = decode(&s, &datum, JsonStyle::Avro).unwrap();
            let back: serde_json::Value = serde_json::from_str(&text).unwrap();
            let expected: serde_json::Value = v.try_into().unwrap();
            assert_eq!(back, expected, "{t}");
        }
    }
}
