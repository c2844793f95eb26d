//! Schema-directed JSON → Avro binary encoding, written straight into a
//! `Vec<u8>` (no intermediate `apache_avro::types::Value`, whose JSON
//! conversion is lossy).
//!
//! Two input dialects ([`InputDialect`]):
//!
//! - **Avro JSON** (`InputDialect::AvroJson`): Avro's own JSON encoding, exactly what
//!   `kctl tail -o json` prints. A union value is `null` or `{"<branch>": value}`
//!   where the branch is a primitive type name, `array`, `map`, or the full name
//!   of a named type; `bytes` and `fixed` are strings whose code points
//!   U+0000–U+00FF are the bytes; logical types are given as their underlying
//!   value (a timestamp as a number, a decimal as its bytes).
//! - **Auto** (`InputDialect::Auto`): the Avro JSON encoding *and* plain JSON, so that
//!   hand-written events work. On top of Avro JSON it accepts: union values
//!   without the `{"<branch>": ...}` wrapper; `uuid` as its text (also for a
//!   16-byte fixed); `timestamp-*` as an RFC 3339 string; `local-timestamp-*` as
//!   `YYYY-MM-DDTHH:MM:SS[.fff]`; `date` as `YYYY-MM-DD`; `time-*` as
//!   `HH:MM:SS[.fff]`; `decimal` as a JSON number or a decimal string such as
//!   `"-12.50"` (checked against precision and scale, never rounded); `bytes`
//!   and `fixed` also as arrays of numbers 0–255; `duration` as
//!   `{"months": m, "days": d, "millis": ms}`.
//!
//! **Union rule** (Auto mode), in this order:
//! 1. `null` takes the `null` branch.
//! 2. An object with exactly one key that names a branch (`"string"`,
//!    `"com.acme.Order"`, or a named type's short name when no other branch
//!    shares it) is that branch's Avro JSON encoding. If the inner value does
//!    not fit the branch, the object is tried as a plain value (3.) before the
//!    error is reported.
//! 3. Otherwise the first branch, in the union's order, of the value's own JSON
//!    kind that accepts the value: boolean → `boolean`; integer → `int`, `long`
//!    and their logical types; other number → `float`, `double`; string →
//!    `string`, `enum` (when a symbol), `uuid`; object → a record (when its
//!    fields fit: no unknown field, every field without default present, every
//!    value valid) or a `map`; array → `array`. Only then the first branch the
//!    value converts to: integer → `float`, `double`, `decimal`; number →
//!    `decimal`; string → `bytes`, `fixed`, `decimal`, timestamps, dates, times.
//!
//! Errors name the JSON path of the offending value, for example
//! `$.defects[2].severity: "HUGE" is not one of LOW, MEDIUM, HIGH, CRITICAL`.

use std::collections::HashMap;
use std::fmt;

use apache_avro::schema::{
    DecimalSchema, InnerDecimalSchema, Name, RecordSchema, UnionSchema, UuidSchema,
};
use apache_avro::Schema;
use serde_json::Value;

use crate::names::{defined_name, named_types};

/// Which JSON dialect the input is in (see the module documentation).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum InputDialect {
    /// Avro's JSON encoding only.
    AvroJson,
    /// Avro's JSON encoding or plain JSON.
    Auto,
}

/// Internal dialect: the public modes plus field defaults, which the Avro
/// specification writes like Avro JSON except that a union default is the
/// untagged value of the union's *first* branch.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Dialect {
    AvroJson,
    Auto,
    Default,
}

/// An input value that does not fit the schema: where, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EncodeError {
    /// JSON path of the offending value, `$` for the whole datum.
    pub path: String,
    pub message: String,
}

impl fmt::Display for EncodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.path, self.message)
    }
}

impl std::error::Error for EncodeError {}

/// A schema ready for encoding: the root plus every named type it can refer
/// to (its own and its dependencies'), so `Schema::Ref`s resolve.
#[derive(Debug, Clone)]
pub struct AvroSchema {
    root: Schema,
    names: HashMap<Name, Schema>,
}

impl AvroSchema {
    /// `dependencies` are the parsed named types from references (see
    /// [`crate::schema::parse_with_dependencies`]).
    pub fn new(root: Schema, dependencies: &[Schema]) -> AvroSchema {
        let names = named_types(&root, dependencies)
            .into_values()
            .filter_map(|s| defined_name(s).map(|n| (n.clone(), s.clone())))
            .collect();
        AvroSchema { root, names }
    }

    /// Parses a self-contained schema text.
    pub fn parse(text: &str) -> Result<AvroSchema, String> {
        let schema = Schema::parse_str(text).map_err(|e| e.to_string())?;
        Ok(AvroSchema::new(schema, &[]))
    }

    pub fn root(&self) -> &Schema {
        &self.root
    }

    /// Follows `Schema::Ref`s to the named type they stand for.
    pub fn resolve<'s>(&'s self, schema: &'s Schema) -> Result<&'s Schema, String> {
        let mut current = schema;
        // A ref always names a record, enum or fixed, never another ref, but a
        // bound keeps a malformed table from looping.
        for _ in 0..16 {
            match current {
                Schema::Ref { name } => {
                    current = self
                        .names
                        .get(name)
                        .ok_or_else(|| format!("unknown named type {}", name.fullname(None)))?;
                }
                other => return Ok(other),
            }
        }
        Err("named type reference loop".into())
    }

    /// Appends the Avro binary encoding of `value` to `out`. On error `out` is
    /// left as it was.
    pub fn encode(
        &self,
        value: &Value,
        mode: InputDialect,
        out: &mut Vec<u8>,
    ) -> Result<(), EncodeError> {
        let start = out.len();
        let dialect = match mode {
            InputDialect::AvroJson => Dialect::AvroJson,
            InputDialect::Auto => Dialect::Auto,
        };
        let r = self.enc(value, &self.root, dialect, &Path::Root, out);
        if r.is_err() {
            out.truncate(start);
        }
        r
    }

    /// The name a union branch has in Avro's JSON encoding.
    pub fn branch_name(&self, schema: &Schema) -> String {
        match schema {
            Schema::Null => "null".into(),
            Schema::Boolean => "boolean".into(),
            Schema::Int | Schema::Date | Schema::TimeMillis => "int".into(),
            s if is_long_based(s) => "long".into(),
            Schema::Float => "float".into(),
            Schema::Double => "double".into(),
            Schema::Bytes | Schema::BigDecimal | Schema::Uuid(UuidSchema::Bytes) => "bytes".into(),
            Schema::String | Schema::Uuid(UuidSchema::String) => "string".into(),
            Schema::Array(_) => "array".into(),
            Schema::Map(_) => "map".into(),
            Schema::Union(_) => "union".into(),
            Schema::Decimal(d) => match &d.inner {
                InnerDecimalSchema::Bytes => "bytes".into(),
                InnerDecimalSchema::Fixed(f) => f.name.fullname(None),
            },
            other => match named(other) {
                Some(n) => n.fullname(None),
                None => "?".into(),
            },
        }
    }

    fn union_names(&self, u: &UnionSchema) -> String {
        u.variants()
            .iter()
            .map(|s| self.branch_name(s))
            .collect::<Vec<_>>()
            .join(", ")
    }

    fn lookup<'s>(&'s self, name: &Name, p: &Path) -> Result<&'s Schema, EncodeError> {
        self.names
            .get(name)
            .ok_or_else(|| err(p, format!("unknown named type {}", name.fullname(None))))
    }

    fn enc(
        &self,
        v: &Value,
        s: &Schema,
        d: Dialect,
        p: &Path,
        out: &mut Vec<u8>,
    ) -> Result<(), EncodeError> {
        match s {
            Schema::Null => match v {
                Value::Null => Ok(()),
                _ => Err(expected(p, "null", v)),
            },
            Schema::Boolean => match v {
                Value::Bool(b) => {
                    out.push(u8::from(*b));
                    Ok(())
                }
                _ => Err(expected(p, "a boolean", v)),
            },
            Schema::Int => {
                put_long(out, int_of(v, p)?.into());
                Ok(())
            }
            Schema::Long => {
                put_long(out, long_of(v, p)?);
                Ok(())
            }
            Schema::Float => {
                out.extend_from_slice(&(float_of(v, p)? as f32).to_le_bytes());
                Ok(())
            }
            Schema::Double => {
                out.extend_from_slice(&float_of(v, p)?.to_le_bytes());
                Ok(())
            }
            Schema::Bytes => put_bytes_value(out, v, d, p),
            Schema::String => match v {
                Value::String(text) => {
                    put_bytes(out, text.as_bytes());
                    Ok(())
                }
                _ => Err(expected(p, "a string", v)),
            },
            Schema::Array(a) => {
                let items = v.as_array().ok_or_else(|| expected(p, "an array", v))?;
                if !items.is_empty() {
                    put_long(out, items.len() as i64);
                    for (i, item) in items.iter().enumerate() {
                        self.enc(item, &a.items, d, &Path::Index(p, i), out)?;
                    }
                }
                out.push(0);
                Ok(())
            }
            Schema::Map(m) => {
                let entries = v
                    .as_object()
                    .ok_or_else(|| expected(p, "an object (map)", v))?;
                if !entries.is_empty() {
                    put_long(out, entries.len() as i64);
                    for (k, item) in entries {
                        put_bytes(out, k.as_bytes());
                        self.enc(item, &m.types, d, &Path::Key(p, k), out)?;
                    }
                }
                out.push(0);
                Ok(())
            }
            Schema::Union(u) => self.enc_union(v, u, d, p, out),
            Schema::Record(r) => self.enc_record(v, r, d, p, out),
            Schema::Enum(e) => {
                let sym = v
                    .as_str()
                    .ok_or_else(|| expected(p, "a string (enum symbol)", v))?;
                let i = e.symbols.iter().position(|s| s == sym).ok_or_else(|| {
                    err(
                        p,
                        format!("{} is not one of {}", show(v), e.symbols.join(", ")),
                    )
                })?;
                put_long(out, i as i64);
                Ok(())
            }
            Schema::Fixed(f) => put_fixed_value(out, v, f.size, d, p),
            Schema::Decimal(ds) => self.enc_decimal(v, ds, d, p, out),
            Schema::BigDecimal => enc_big_decimal(v, d, p, out),
            Schema::Uuid(us) => enc_uuid(v, us, d, p, out),
            Schema::Date => {
                let days = match (v, d) {
                    (Value::String(text), Dialect::Auto) => parse_date(text)
                        .ok_or_else(|| err(p, format!("{} is not a date (YYYY-MM-DD)", show(v))))?,
                    _ => int_of(v, p)?,
                };
                put_long(out, days.into());
                Ok(())
            }
            Schema::TimeMillis => {
                let ms = match (v, d) {
                    (Value::String(text), Dialect::Auto) => {
                        parse_time_micros(text).map(|us| us / 1000).ok_or_else(|| {
                            err(p, format!("{} is not a time (HH:MM:SS[.fff])", show(v)))
                        })?
                    }
                    _ => int_of(v, p)?.into(),
                };
                put_long(out, ms);
                Ok(())
            }
            Schema::TimeMicros => {
                let us = match (v, d) {
                    (Value::String(text), Dialect::Auto) => {
                        parse_time_micros(text).ok_or_else(|| {
                            err(p, format!("{} is not a time (HH:MM:SS[.ffffff])", show(v)))
                        })?
                    }
                    _ => long_of(v, p)?,
                };
                put_long(out, us);
                Ok(())
            }
            Schema::TimestampMillis | Schema::TimestampMicros | Schema::TimestampNanos => {
                let n = match (v, d) {
                    (Value::String(text), Dialect::Auto) => timestamp_from_rfc3339(text, s)
                        .ok_or_else(|| {
                            err(
                                p,
                                format!(
                                    "{} is not an RFC 3339 timestamp (e.g. 2024-05-01T12:00:00Z) in range",
                                    show(v)
                                ),
                            )
                        })?,
                    _ => long_of(v, p)?,
                };
                put_long(out, n);
                Ok(())
            }
            Schema::LocalTimestampMillis
            | Schema::LocalTimestampMicros
            | Schema::LocalTimestampNanos => {
                let n = match (v, d) {
                    (Value::String(text), Dialect::Auto) => {
                        local_timestamp(text, s).ok_or_else(|| {
                            err(
                                p,
                                format!(
                                    "{} is not a local timestamp (YYYY-MM-DDTHH:MM:SS[.fff])",
                                    show(v)
                                ),
                            )
                        })?
                    }
                    _ => long_of(v, p)?,
                };
                put_long(out, n);
                Ok(())
            }
            Schema::Duration(_) => {
                match (v, d) {
                    (Value::Object(o), Dialect::Auto) => {
                        for part in ["months", "days", "millis"] {
                            let n = o
                            .get(part)
                            .and_then(Value::as_u64)
                            .and_then(|n| u32::try_from(n).ok())
                            .ok_or_else(|| {
                                err(
                                    p,
                                    format!("a duration needs {part:?} as an unsigned 32-bit integer"),
                                )
                            })?;
                            out.extend_from_slice(&n.to_le_bytes());
                        }
                        if o.len() != 3 {
                            return Err(err(
                                p,
                                "a duration has exactly the keys months, days, millis",
                            ));
                        }
                        Ok(())
                    }
                    _ => put_fixed_value(out, v, 12, d, p),
                }
            }
            Schema::Ref { name } => {
                let target = self.lookup(name, p)?;
                self.enc(v, target, d, p, out)
            }
        }
    }

    fn enc_record(
        &self,
        v: &Value,
        r: &RecordSchema,
        d: Dialect,
        p: &Path,
        out: &mut Vec<u8>,
    ) -> Result<(), EncodeError> {
        let obj = match v {
            Value::Object(o) => o,
            _ => {
                return Err(expected(
                    p,
                    &format!("an object (record {})", r.name.fullname(None)),
                    v,
                ))
            }
        };
        let mut used = 0usize;
        for f in &r.fields {
            let fp = Path::Field(p, &f.name);
            match obj.get(&f.name) {
                Some(fv) => {
                    used += 1;
                    self.enc(fv, &f.schema, d, &fp, out)?;
                }
                None => match &f.default {
                    Some(def) => self.enc_default(def, &f.schema, &fp, out)?,
                    None => {
                        return Err(err(
                            p,
                            format!("missing field {:?} (it has no default)", f.name),
                        ))
                    }
                },
            }
        }
        if used < obj.len() {
            let unknown = obj
                .keys()
                .find(|k| !r.lookup.contains_key(k.as_str()))
                .map(String::as_str)
                .unwrap_or("?");
            let fields: Vec<&str> = r.fields.iter().map(|f| f.name.as_str()).collect();
            return Err(err(
                p,
                format!(
                    "unknown field {unknown:?}: record {} has {}",
                    r.name.fullname(None),
                    fields.join(", ")
                ),
            ));
        }
        Ok(())
    }

    fn enc_default(
        &self,
        def: &Value,
        s: &Schema,
        p: &Path,
        out: &mut Vec<u8>,
    ) -> Result<(), EncodeError> {
        let resolved = self.resolve(s).map_err(|m| err(p, m))?;
        let r = match resolved {
            Schema::Union(u) => match u.variants().first() {
                Some(first) => {
                    put_long(out, 0);
                    self.enc(def, first, Dialect::Default, p, out)
                }
                None => Err(err(p, "empty union")),
            },
            other => self.enc(def, other, Dialect::Default, p, out),
        };
        r.map_err(|e| EncodeError {
            path: e.path,
            message: format!("the schema's default does not fit: {}", e.message),
        })
    }

    fn branch_index(&self, variants: &[Schema], key: &str) -> Option<usize> {
        // Exact Avro JSON names first; a short name only when unambiguous.
        let exact = variants.iter().position(|s| match s {
            Schema::Record(_)
            | Schema::Enum(_)
            | Schema::Fixed(_)
            | Schema::Ref { .. }
            | Schema::Duration(_)
            | Schema::Uuid(UuidSchema::Fixed(_)) => named(s).is_some_and(|n| name_is(n, key)),
            Schema::Decimal(DecimalSchema {
                inner: InnerDecimalSchema::Fixed(f),
                ..
            }) => name_is(&f.name, key),
            other => self.branch_name(other) == key,
        });
        if exact.is_some() {
            return exact;
        }
        let mut short = variants
            .iter()
            .enumerate()
            .filter(|(_, s)| named(s).is_some_and(|n| n.name() == key));
        match (short.next(), short.next()) {
            (Some((i, _)), None) => Some(i),
            _ => None,
        }
    }

    fn enc_union(
        &self,
        v: &Value,
        u: &UnionSchema,
        d: Dialect,
        p: &Path,
        out: &mut Vec<u8>,
    ) -> Result<(), EncodeError> {
        let variants = u.variants();
        if v.is_null() {
            return match variants.iter().position(|s| matches!(s, Schema::Null)) {
                Some(i) => {
                    put_long(out, i as i64);
                    Ok(())
                }
                None => Err(err(
                    p,
                    format!(
                        "null is not allowed: the union [{}] has no null branch",
                        self.union_names(u)
                    ),
                )),
            };
        }
        if d == Dialect::Default {
            let first = variants.first().ok_or_else(|| err(p, "empty union"))?;
            put_long(out, 0);
            return self.enc(v, first, d, p, out);
        }
        let start = out.len();
        let mut tagged_error = None;
        if let Value::Object(o) = v {
            if o.len() == 1 {
                let (k, inner) = o.iter().next().expect("one entry");
                if let Some(i) = self.branch_index(variants, k) {
                    put_long(out, i as i64);
                    match self.enc(inner, &variants[i], d, &Path::Key(p, k), out) {
                        Ok(()) => return Ok(()),
                        Err(e) if d == Dialect::Auto => {
                            out.truncate(start);
                            tagged_error = Some(e);
                        }
                        Err(e) => return Err(e),
                    }
                }
            }
        }
        if d == Dialect::AvroJson {
            return Err(err(
                p,
                format!(
                    "a union value in Avro's JSON encoding is null or {{\"<branch>\": value}}, got {}; branches: {}",
                    show(v),
                    self.union_names(u)
                ),
            ));
        }
        let mut tried = 0usize;
        let mut best: Option<EncodeError> = None;
        for tier in [Tier::Own, Tier::Converted] {
            for (i, branch) in variants.iter().enumerate() {
                let resolved = self.resolve(branch).map_err(|m| err(p, m))?;
                if kind_tier(v, resolved) != Some(tier) {
                    continue;
                }
                tried += 1;
                put_long(out, i as i64);
                match self.enc(v, resolved, d, p, out) {
                    Ok(()) => return Ok(()),
                    Err(e) => {
                        out.truncate(start);
                        // The attempt that got deepest into the value is the
                        // one the author most likely meant.
                        if best.as_ref().is_none_or(|b| e.path.len() > b.path.len()) {
                            best = Some(e);
                        }
                    }
                }
            }
        }
        if let Some(e) = tagged_error {
            return Err(e);
        }
        match (tried, best) {
            (1, Some(e)) => Err(e),
            (_, Some(e)) => Err(EncodeError {
                path: e.path,
                message: format!(
                    "{} (no branch of the union [{}] accepts the value)",
                    e.message,
                    self.union_names(u)
                ),
            }),
            _ => Err(err(
                p,
                format!(
                    "{} matches no branch of the union [{}]",
                    show(v),
                    self.union_names(u)
                ),
            )),
        }
    }

    fn enc_decimal(
        &self,
        v: &Value,
        ds: &DecimalSchema,
        d: Dialect,
        p: &Path,
        out: &mut Vec<u8>,
    ) -> Result<(), EncodeError> {
        let text: Option<std::borrow::Cow<str>> = match (v, d) {
            (Value::Number(n), Dialect::Auto) => Some(n.to_string().into()),
            (Value::String(s), Dialect::Auto) if parse_decimal(s).is_some() => {
                Some(s.as_str().into())
            }
            _ => None,
        };
        let Some(text) = text else {
            return match &ds.inner {
                InnerDecimalSchema::Bytes => put_bytes_value(out, v, d, p),
                InnerDecimalSchema::Fixed(f) => put_fixed_value(out, v, f.size, d, p),
            };
        };
        let unscaled = decimal_unscaled(&text, ds.precision, ds.scale).map_err(|m| err(p, m))?;
        match &ds.inner {
            InnerDecimalSchema::Bytes => put_bytes(out, &unscaled),
            InnerDecimalSchema::Fixed(f) => {
                if unscaled.len() > f.size {
                    return Err(err(p, format!("{text} does not fit in {} bytes", f.size)));
                }
                let fill = if unscaled[0] & 0x80 != 0 { 0xff } else { 0 };
                out.extend(std::iter::repeat_n(fill, f.size - unscaled.len()));
                out.extend_from_slice(&unscaled);
            }
        }
        Ok(())
    }
}

/// The name a named type defines, or the name a reference stands for.
fn named(s: &Schema) -> Option<&Name> {
    match s {
        Schema::Ref { name } => Some(name),
        other => defined_name(other),
    }
}

/// `name`'s full name equals `key`, without allocating.
fn name_is(name: &Name, key: &str) -> bool {
    match name.namespace() {
        Some(ns) if !ns.is_empty() => {
            key.len() == ns.len() + 1 + name.name().len()
                && key.starts_with(ns)
                && key.as_bytes()[ns.len()] == b'.'
                && key.ends_with(name.name())
        }
        _ => key == name.name(),
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Tier {
    /// The branch type is the value's own JSON kind.
    Own,
    /// The value converts to the branch type.
    Converted,
}

fn kind_tier(v: &Value, s: &Schema) -> Option<Tier> {
    use Schema as S;
    match v {
        Value::Null => None,
        Value::Bool(_) => matches!(s, S::Boolean).then_some(Tier::Own),
        Value::Number(n) if n.is_i64() || n.is_u64() => match s {
            S::Int
            | S::Long
            | S::Date
            | S::TimeMillis
            | S::TimeMicros
            | S::TimestampMillis
            | S::TimestampMicros
            | S::TimestampNanos
            | S::LocalTimestampMillis
            | S::LocalTimestampMicros
            | S::LocalTimestampNanos => Some(Tier::Own),
            S::Float | S::Double | S::Decimal(_) | S::BigDecimal => Some(Tier::Converted),
            _ => None,
        },
        Value::Number(_) => match s {
            S::Float | S::Double => Some(Tier::Own),
            S::Decimal(_) | S::BigDecimal => Some(Tier::Converted),
            _ => None,
        },
        Value::String(_) => match s {
            S::String | S::Enum(_) | S::Uuid(UuidSchema::String) => Some(Tier::Own),
            S::Float
            | S::Double
            | S::Bytes
            | S::Fixed(_)
            | S::Decimal(_)
            | S::BigDecimal
            | S::Uuid(_)
            | S::Date
            | S::TimeMillis
            | S::TimeMicros
            | S::TimestampMillis
            | S::TimestampMicros
            | S::TimestampNanos
            | S::LocalTimestampMillis
            | S::LocalTimestampMicros
            | S::LocalTimestampNanos
            | S::Duration(_) => Some(Tier::Converted),
            _ => None,
        },
        Value::Object(_) => match s {
            S::Record(_) | S::Map(_) => Some(Tier::Own),
            S::Duration(_) => Some(Tier::Converted),
            _ => None,
        },
        Value::Array(_) => match s {
            S::Array(_) => Some(Tier::Own),
            S::Bytes | S::Fixed(_) => Some(Tier::Converted),
            _ => None,
        },
    }
}

// ---------------------------------------------------------------------------
// JSON paths for error messages, built without allocating on the happy path.

#[derive(Clone, Copy)]
enum Path<'p> {
    Root,
    Field(&'p Path<'p>, &'p str),
    Index(&'p Path<'p>, usize),
    Key(&'p Path<'p>, &'p str),
}

impl Path<'_> {
    fn render(&self) -> String {
        match self {
            Path::Root => "$".to_string(),
            Path::Field(parent, name) => format!("{}.{name}", parent.render()),
            Path::Index(parent, i) => format!("{}[{i}]", parent.render()),
            Path::Key(parent, k) => {
                let is_ident = !k.is_empty()
                    && k.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')
                    && !k.starts_with(|c: char| c.is_ascii_digit());
                if is_ident {
                    format!("{}.{k}", parent.render())
                } else {
                    format!("{}[{}]", parent.render(), Value::String(k.to_string()))
                }
            }
        }
    }
}

fn err(p: &Path, message: impl Into<String>) -> EncodeError {
    EncodeError {
        path: p.render(),
        message: message.into(),
    }
}

fn expected(p: &Path, what: &str, v: &Value) -> EncodeError {
    err(p, format!("expected {what}, got {}", show(v)))
}

/// A short rendering of a JSON value for messages.
fn show(v: &Value) -> String {
    let text = v.to_string();
    if text.chars().count() > 60 {
        let cut: String = text.chars().take(57).collect();
        format!("{cut}...")
    } else {
        text
    }
}

// ---------------------------------------------------------------------------
// Primitive writers and readers.

/// Types written as an Avro long (long and its logical types).
pub fn is_long_based(s: &Schema) -> bool {
    matches!(
        s,
        Schema::Long
            | Schema::TimeMicros
            | Schema::TimestampMillis
            | Schema::TimestampMicros
            | Schema::TimestampNanos
            | Schema::LocalTimestampMillis
            | Schema::LocalTimestampMicros
            | Schema::LocalTimestampNanos
    )
}

/// Zig-zag variable-length encoding of a long (an int uses the same).
pub fn put_long(out: &mut Vec<u8>, n: i64) {
    let mut z = ((n << 1) ^ (n >> 63)) as u64;
    while z >= 0x80 {
        out.push((z as u8) | 0x80);
        z >>= 7;
    }
    out.push(z as u8);
}

pub fn put_bytes(out: &mut Vec<u8>, b: &[u8]) {
    put_long(out, b.len() as i64);
    out.extend_from_slice(b);
}

fn long_of(v: &Value, p: &Path) -> Result<i64, EncodeError> {
    match v {
        Value::Number(n) => n.as_i64().ok_or_else(|| {
            if n.is_u64() {
                err(p, format!("{n} is out of range for a long"))
            } else {
                err(p, format!("{n} is not an integer"))
            }
        }),
        _ => Err(expected(p, "an integer", v)),
    }
}

fn int_of(v: &Value, p: &Path) -> Result<i32, EncodeError> {
    let n = long_of(v, p)?;
    i32::try_from(n).map_err(|_| err(p, format!("{n} is out of range for an int")))
}

fn float_of(v: &Value, p: &Path) -> Result<f64, EncodeError> {
    match v {
        Value::Number(n) => n
            .as_f64()
            .ok_or_else(|| err(p, format!("{n} is not a number"))),
        // JSON has no literal for these; Avro's JSON encoders write them as strings.
        Value::String(s) if s == "NaN" => Ok(f64::NAN),
        Value::String(s) if s == "Infinity" => Ok(f64::INFINITY),
        Value::String(s) if s == "-Infinity" => Ok(f64::NEG_INFINITY),
        _ => Err(expected(p, "a number", v)),
    }
}

/// Writes the bytes of a code-point string (Avro JSON) or, in Auto mode, of
/// an array of numbers 0–255, length-prefixed.
fn put_bytes_value(out: &mut Vec<u8>, v: &Value, d: Dialect, p: &Path) -> Result<(), EncodeError> {
    match v {
        Value::String(s) => {
            // Each char becomes one byte, so the char count is the length.
            put_long(out, s.chars().count() as i64);
            put_code_points(out, s, p)
        }
        Value::Array(items) if d == Dialect::Auto => {
            put_long(out, items.len() as i64);
            put_byte_array(out, items, p)
        }
        _ => Err(expected(
            p,
            "bytes as a string of code points U+0000-U+00FF (Avro's JSON encoding)",
            v,
        )),
    }
}

fn put_fixed_value(
    out: &mut Vec<u8>,
    v: &Value,
    size: usize,
    d: Dialect,
    p: &Path,
) -> Result<(), EncodeError> {
    let len = match v {
        Value::String(s) => s.chars().count(),
        Value::Array(items) if d == Dialect::Auto => items.len(),
        _ => {
            return Err(expected(
                p,
                &format!("{size} bytes as a string of code points U+0000-U+00FF"),
                v,
            ))
        }
    };
    if len != size {
        return Err(err(
            p,
            format!("a fixed of size {size} needs {size} bytes, got {len}"),
        ));
    }
    match v {
        Value::String(s) => put_code_points(out, s, p),
        Value::Array(items) => put_byte_array(out, items, p),
        _ => unreachable!("checked above"),
    }
}

fn put_code_points(out: &mut Vec<u8>, s: &str, p: &Path) -> Result<(), EncodeError> {
    for (i, c) in s.chars().enumerate() {
        let code = c as u32;
        if code > 0xff {
            return Err(err(
                p,
                format!(
                    "bytes in Avro's JSON encoding are code points U+0000-U+00FF; character {i} is U+{code:04X}"
                ),
            ));
        }
        out.push(code as u8);
    }
    Ok(())
}

fn put_byte_array(out: &mut Vec<u8>, items: &[Value], p: &Path) -> Result<(), EncodeError> {
    for (i, item) in items.iter().enumerate() {
        let b = item
            .as_u64()
            .and_then(|n| u8::try_from(n).ok())
            .ok_or_else(|| {
                err(
                    &Path::Index(p, i),
                    format!("{} is not a byte (0-255)", show(item)),
                )
            })?;
        out.push(b);
    }
    Ok(())
}

fn enc_uuid(
    v: &Value,
    us: &UuidSchema,
    d: Dialect,
    p: &Path,
    out: &mut Vec<u8>,
) -> Result<(), EncodeError> {
    let text = v.as_str();
    match us {
        UuidSchema::String => {
            let text = text.ok_or_else(|| expected(p, "a UUID string", v))?;
            // In Avro's JSON encoding (tail -o json, envelopes) the datum is
            // a plain Avro string whatever a writer put in it: copy it, so
            // `tail | produce` is exact. Hand-written input is validated.
            if d != Dialect::AvroJson && parse_uuid(text).is_none() {
                return Err(err(
                    p,
                    format!(
                        "{} is not a UUID (xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx)",
                        show(v)
                    ),
                ));
            }
            put_bytes(out, text.as_bytes());
            Ok(())
        }
        UuidSchema::Fixed(f) => match text.and_then(parse_uuid) {
            Some(b) => {
                out.extend_from_slice(&b);
                Ok(())
            }
            None => put_fixed_value(out, v, f.size, d, p),
        },
        UuidSchema::Bytes => match text.and_then(parse_uuid) {
            Some(b) => {
                put_bytes(out, &b);
                Ok(())
            }
            None => put_bytes_value(out, v, d, p),
        },
    }
}

/// The 16 bytes of a textual UUID (8-4-4-4-12 hex digits, any case).
pub fn parse_uuid(text: &str) -> Option<[u8; 16]> {
    let b = text.as_bytes();
    if b.len() != 36 {
        return None;
    }
    let mut out = [0u8; 16];
    let mut n = 0;
    let mut i = 0;
    while i < 36 {
        if matches!(i, 8 | 13 | 18 | 23) {
            if b[i] != b'-' {
                return None;
            }
            i += 1;
            continue;
        }
        let hi = (b[i] as char).to_digit(16)?;
        let lo = (b[i + 1] as char).to_digit(16)?;
        out[n] = (hi * 16 + lo) as u8;
        n += 1;
        i += 2;
    }
    Some(out)
}

fn parse_date(text: &str) -> Option<i32> {
    let d = chrono::NaiveDate::parse_from_str(text, "%Y-%m-%d").ok()?;
    let epoch = chrono::NaiveDate::from_ymd_opt(1970, 1, 1)?;
    i32::try_from(d.signed_duration_since(epoch).num_days()).ok()
}

fn parse_time_micros(text: &str) -> Option<i64> {
    let t = chrono::NaiveTime::parse_from_str(text, "%H:%M:%S%.f").ok()?;
    let since = t.signed_duration_since(chrono::NaiveTime::MIN);
    since.num_microseconds()
}

fn timestamp_from_rfc3339(text: &str, s: &Schema) -> Option<i64> {
    let t = chrono::DateTime::parse_from_rfc3339(text).ok()?;
    match s {
        Schema::TimestampMillis => Some(t.timestamp_millis()),
        Schema::TimestampMicros => Some(t.timestamp_micros()),
        _ => t.timestamp_nanos_opt(),
    }
}

fn local_timestamp(text: &str, s: &Schema) -> Option<i64> {
    let t = chrono::NaiveDateTime::parse_from_str(text, "%Y-%m-%dT%H:%M:%S%.f")
        .or_else(|_| chrono::NaiveDateTime::parse_from_str(text, "%Y-%m-%d %H:%M:%S%.f"))
        .ok()?
        .and_utc();
    match s {
        Schema::LocalTimestampMillis => Some(t.timestamp_millis()),
        Schema::LocalTimestampMicros => Some(t.timestamp_micros()),
        _ => t.timestamp_nanos_opt(),
    }
}

// ---------------------------------------------------------------------------
// Decimals.

/// A parsed decimal literal: `digits × 10^exponent`, with its sign.
#[derive(Debug, PartialEq, Eq)]
struct DecimalText {
    negative: bool,
    /// ASCII digits, possibly with leading zeros.
    digits: Vec<u8>,
    exponent: i64,
}

/// Parses `[+-]digits[.digits][(e|E)[+-]digits]`.
fn parse_decimal(text: &str) -> Option<DecimalText> {
    let b = text.as_bytes();
    let mut i = 0;
    let negative = match b.first() {
        Some(b'-') => {
            i += 1;
            true
        }
        Some(b'+') => {
            i += 1;
            false
        }
        _ => false,
    };
    let mut digits = Vec::new();
    let mut exponent: i64 = 0;
    let mut seen_point = false;
    let mut any = false;
    while i < b.len() {
        match b[i] {
            c @ b'0'..=b'9' => {
                digits.push(c);
                any = true;
                if seen_point {
                    exponent -= 1;
                }
            }
            b'.' if !seen_point => seen_point = true,
            b'e' | b'E' => break,
            _ => return None,
        }
        i += 1;
    }
    if !any {
        return None;
    }
    if i < b.len() {
        // The exponent part.
        let e: i64 = text[i + 1..].parse().ok()?;
        if e.abs() > 10_000 {
            return None;
        }
        exponent += e;
    }
    Some(DecimalText {
        negative,
        digits,
        exponent,
    })
}

/// The unscaled value of decimal `text` at `scale`, as minimal big-endian
/// two's-complement bytes; an error when it needs more than `precision`
/// digits or more than `scale` decimal places (values are never rounded).
fn decimal_unscaled(text: &str, precision: usize, scale: usize) -> Result<Vec<u8>, String> {
    let dec = parse_decimal(text).ok_or_else(|| format!("{text:?} is not a decimal number"))?;
    let mut digits = dec.digits;
    let shift = dec.exponent + scale as i64;
    if shift >= 0 {
        digits.extend(std::iter::repeat_n(b'0', shift as usize));
    } else {
        let drop = (-shift) as usize;
        let keep = digits.len().saturating_sub(drop);
        if digits[keep..].iter().any(|&c| c != b'0') {
            return Err(format!(
                "{text} has more than {scale} decimal places (the scale)"
            ));
        }
        digits.truncate(keep);
    }
    let first = digits
        .iter()
        .position(|&c| c != b'0')
        .unwrap_or(digits.len());
    let significant = &digits[first..];
    if significant.len() > precision {
        return Err(format!(
            "{text} needs {} digits, more than the precision {precision} (scale {scale})",
            significant.len()
        ));
    }
    Ok(twos_complement(dec.negative, significant))
}

/// Minimal big-endian two's complement of ± the decimal `digits`.
fn twos_complement(negative: bool, digits: &[u8]) -> Vec<u8> {
    let mut mag: Vec<u8> = Vec::new();
    for &c in digits {
        let mut carry = u32::from(c - b'0');
        for byte in mag.iter_mut().rev() {
            let x = u32::from(*byte) * 10 + carry;
            *byte = x as u8;
            carry = x >> 8;
        }
        while carry > 0 {
            mag.insert(0, carry as u8);
            carry >>= 8;
        }
    }
    let is_zero = mag.iter().all(|&b| b == 0);
    let mut b = Vec::with_capacity(mag.len() + 1);
    b.push(0);
    b.extend_from_slice(&mag);
    if negative && !is_zero {
        for x in b.iter_mut() {
            *x = !*x;
        }
        for x in b.iter_mut().rev() {
            let (sum, overflow) = x.overflowing_add(1);
            *x = sum;
            if !overflow {
                break;
            }
        }
        while b.len() > 1 && b[0] == 0xff && b[1] & 0x80 != 0 {
            b.remove(0);
        }
    } else {
        while b.len() > 1 && b[0] == 0 && b[1] & 0x80 == 0 {
            b.remove(0);
        }
    }
    b
}

/// `big-decimal` (bytes holding the unscaled bytes then the scale as a long).
fn enc_big_decimal(v: &Value, d: Dialect, p: &Path, out: &mut Vec<u8>) -> Result<(), EncodeError> {
    let text: Option<String> = match (v, d) {
        (Value::Number(n), Dialect::Auto) => Some(n.to_string()),
        (Value::String(s), Dialect::Auto) if parse_decimal(s).is_some() => Some(s.clone()),
        _ => None,
    };
    let Some(text) = text else {
        return put_bytes_value(out, v, d, p);
    };
    let dec = parse_decimal(&text).ok_or_else(|| err(p, format!("{text:?} is not a decimal")))?;
    let first = dec
        .digits
        .iter()
        .position(|&c| c != b'0')
        .unwrap_or(dec.digits.len());
    let unscaled = twos_complement(dec.negative, &dec.digits[first..]);
    let mut inner = Vec::with_capacity(unscaled.len() + 4);
    put_bytes(&mut inner, &unscaled);
    put_long(&mut inner, -dec.exponent);
    put_bytes(out, &inner);
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn schema(text: &str) -> AvroSchema {
        AvroSchema::parse(text).unwrap_or_else(|e| panic!("{e}: {text}"))
    }

    fn enc(s: &AvroSchema, v: Value, mode: InputDialect) -> Result<Vec<u8>, EncodeError> {
        let mut out = Vec::new();
        s.encode(&v, mode, &mut out).map(|_| out)
    }

    /// apache-avro's own writer for comparison (a second implementation).
    #[allow(deprecated)] // its replacement's builder API is heavier for a test
    fn reference(s: &AvroSchema, v: apache_avro::types::Value) -> Vec<u8> {
        apache_avro::to_avro_datum(s.root(), v).expect("apache-avro encodes")
    }

    #[test]
    fn zigzag_varints_match_the_specification() {
        let cases: [(i64, &[u8]); 7] = [
            (0, &[0]),
            (-1, &[1]),
            (1, &[2]),
            (-64, &[0x7f]),
            (64, &[0x80, 0x01]),
            (
                i64::MAX,
                &[0xfe, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x01],
            ),
            (
                i64::MIN,
                &[0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x01],
            ),
        ];
        for (n, bytes) in cases {
            let mut out = Vec::new();
            put_long(&mut out, n);
            assert_eq!(out, bytes, "{n}");
        }
    }

    const ORDER: &str = r#"{
      "type": "record", "name": "Order", "namespace": "com.acme",
      "fields": [
        {"name": "id", "type": {"type": "string", "logicalType": "uuid"}},
        {"name": "qty", "type": "int"},
        {"name": "total", "type": "long"},
        {"name": "price", "type": "double"},
        {"name": "ratio", "type": "float"},
        {"name": "paid", "type": "boolean"},
        {"name": "note", "type": ["null", "string"], "default": null},
        {"name": "tags", "type": {"type": "array", "items": "string"}},
        {"name": "attrs", "type": {"type": "map", "values": "long"}},
        {"name": "raw", "type": "bytes"},
        {"name": "status", "type": {"type": "enum", "name": "Status", "symbols": ["NEW", "PAID"]}},
        {"name": "digest", "type": {"type": "fixed", "name": "Digest", "size": 2}},
        {"name": "ship", "type": ["null", {"type": "record", "name": "Ship", "fields": [
            {"name": "city", "type": "string"}]}]}
      ]}"#;

    #[test]
    fn plain_and_avro_json_give_the_same_bytes_as_apache_avro() {
        use apache_avro::types::Value as A;
        let s = schema(ORDER);
        let plain = json!({
            "id": "0b7f3c3e-6a8e-4b36-9d0e-1f2a3b4c5d6e", "qty": -3, "total": 123456789012i64,
            "price": 9.5, "ratio": 0.25, "paid": true, "note": "hi", "tags": ["a", "b"],
            "attrs": {"x": 1}, "raw": "\u{0}\u{ff}", "status": "PAID", "digest": "ab",
            "ship": {"city": "Oslo"}
        });
        let avro_json = json!({
            "id": "0b7f3c3e-6a8e-4b36-9d0e-1f2a3b4c5d6e", "qty": -3, "total": 123456789012i64,
            "price": 9.5, "ratio": 0.25, "paid": true, "note": {"string": "hi"}, "tags": ["a", "b"],
            "attrs": {"x": 1}, "raw": "\u{0}\u{ff}", "status": "PAID", "digest": "ab",
            "ship": {"com.acme.Ship": {"city": "Oslo"}}
        });
        let expected = reference(
            &s,
            A::Record(vec![
                (
                    "id".into(),
                    A::Uuid("0b7f3c3e-6a8e-4b36-9d0e-1f2a3b4c5d6e".parse().unwrap()),
                ),
                ("qty".into(), A::Int(-3)),
                ("total".into(), A::Long(123456789012)),
                ("price".into(), A::Double(9.5)),
                ("ratio".into(), A::Float(0.25)),
                ("paid".into(), A::Boolean(true)),
                ("note".into(), A::Union(1, Box::new(A::String("hi".into())))),
                (
                    "tags".into(),
                    A::Array(vec![A::String("a".into()), A::String("b".into())]),
                ),
                (
                    "attrs".into(),
                    A::Map([("x".to_string(), A::Long(1))].into()),
                ),
                ("raw".into(), A::Bytes(vec![0, 255])),
                ("status".into(), A::Enum(1, "PAID".into())),
                ("digest".into(), A::Fixed(2, b"ab".to_vec())),
                (
                    "ship".into(),
                    A::Union(
                        1,
                        Box::new(A::Record(vec![("city".into(), A::String("Oslo".into()))])),
                    ),
                ),
            ]),
        );
        assert_eq!(
            enc(&s, plain.clone(), InputDialect::Auto).unwrap(),
            expected
        );
        assert_eq!(
            enc(&s, avro_json.clone(), InputDialect::Auto).unwrap(),
            expected
        );
        assert_eq!(
            enc(&s, avro_json, InputDialect::AvroJson).unwrap(),
            expected
        );
        let e = enc(&s, plain, InputDialect::AvroJson).unwrap_err();
        assert_eq!(e.path, "$.note", "{e}");
    }

    #[test]
    fn errors_name_the_json_path_and_the_reason() {
        let s = schema(
            r#"{"type":"record","name":"Inspection","fields":[
              {"name":"defects","type":{"type":"array","items":{"type":"record","name":"Defect","fields":[
                {"name":"severity","type":["null",{"type":"enum","name":"Severity","symbols":["LOW","MEDIUM","HIGH","CRITICAL"]}]}
              ]}}}]}"#,
        );
        let v = json!({"defects": [{"severity": "LOW"}, {"severity": null}, {"severity": "HUGE"}]});
        let e = enc(&s, v, InputDialect::Auto).unwrap_err();
        assert_eq!(
            e.to_string(),
            r#"$.defects[2].severity: "HUGE" is not one of LOW, MEDIUM, HIGH, CRITICAL"#
        );
        let e = enc(&s, json!({"defects": [], "extra": 1}), InputDialect::Auto).unwrap_err();
        assert_eq!(
            e.to_string(),
            r#"$: unknown field "extra": record Inspection has defects"#
        );
        let e = enc(&s, json!({}), InputDialect::Auto).unwrap_err();
        assert_eq!(
            e.to_string(),
            r#"$: missing field "defects" (it has no default)"#
        );
        let e = enc(
            &s,
            json!({"defects": [{"severity": 3}]}),
            InputDialect::Auto,
        )
        .unwrap_err();
        assert!(
            e.to_string()
                .starts_with("$.defects[0].severity: 3 matches no branch"),
            "{e}"
        );
    }

    #[test]
    fn missing_fields_take_their_defaults() {
        let s = schema(
            r#"{"type":"record","name":"R","fields":[
              {"name":"a","type":["null","string"],"default":null},
              {"name":"b","type":["string","null"],"default":"x"},
              {"name":"c","type":"int","default":7},
              {"name":"d","type":"bytes","default":"\u00ff"}]}"#,
        );
        assert_eq!(
            enc(&s, json!({}), InputDialect::Auto).unwrap(),
            [0, 0, 2, b'x', 14, 2, 0xff]
        );
    }

    #[test]
    fn plain_unions_resolve_by_kind_then_conversion_in_declaration_order() {
        let s = schema(r#"["null", "double", "long", "string"]"#);
        assert_eq!(
            enc(&s, json!(5), InputDialect::Auto).unwrap(),
            [4, 10],
            "integer prefers long"
        );
        assert_eq!(
            enc(&s, json!(1.5), InputDialect::Auto).unwrap()[0],
            2,
            "number takes double"
        );
        assert_eq!(
            enc(&s, json!("x"), InputDialect::Auto).unwrap(),
            [6, 2, b'x']
        );
        assert_eq!(enc(&s, json!(null), InputDialect::Auto).unwrap(), [0]);
        assert_eq!(
            enc(&s, json!({"double": 5}), InputDialect::Auto).unwrap()[0],
            2,
            "tagged wins"
        );

        // Records are chosen by their fields, first match wins.
        let s = schema(
            r#"[{"type":"record","name":"A","namespace":"n","fields":[{"name":"x","type":"int"}]},
                {"type":"record","name":"B","namespace":"n","fields":[{"name":"y","type":"int"}]},
                {"type":"map","values":"int"}]"#,
        );
        assert_eq!(
            enc(&s, json!({"y": 1}), InputDialect::Auto).unwrap(),
            [2, 2]
        );
        assert_eq!(
            enc(&s, json!({"x": 1}), InputDialect::Auto).unwrap(),
            [0, 2]
        );
        assert_eq!(
            enc(&s, json!({"z": 1, "w": 2}), InputDialect::Auto).unwrap()[0],
            4,
            "else the map"
        );
        assert_eq!(
            enc(&s, json!({"n.B": {"y": 1}}), InputDialect::AvroJson).unwrap(),
            [2, 2]
        );
        assert_eq!(
            enc(&s, json!({"B": {"y": 1}}), InputDialect::Auto).unwrap(),
            [2, 2],
            "short name"
        );
        // A one-key object naming no branch is plain; naming one whose
        // content does not fit falls back to plain resolution (here the map).
        assert_eq!(
            enc(&s, json!({"x": 3}), InputDialect::Auto).unwrap(),
            [0, 6]
        );
        assert_eq!(
            enc(&s, json!({"A": 3}), InputDialect::Auto).unwrap(),
            [4, 2, 2, b'A', 6, 0]
        );
        assert!(enc(&s, json!({"A": 3}), InputDialect::AvroJson).is_err());
    }

    #[test]
    fn logical_types_accept_plain_forms_and_check_them() {
        let s = schema(
            r#"{"type":"record","name":"L","fields":[
              {"name":"ts","type":{"type":"long","logicalType":"timestamp-millis"}},
              {"name":"us","type":{"type":"long","logicalType":"timestamp-micros"}},
              {"name":"day","type":{"type":"int","logicalType":"date"}},
              {"name":"t","type":{"type":"int","logicalType":"time-millis"}},
              {"name":"amount","type":{"type":"bytes","logicalType":"decimal","precision":6,"scale":2}},
              {"name":"fx","type":{"type":"fixed","name":"F","size":4,"logicalType":"decimal","precision":6,"scale":2}},
              {"name":"u","type":{"type":"fixed","name":"U","size":16,"logicalType":"uuid"}}]}"#,
        );
        let plain = json!({"ts": "1970-01-01T00:00:01.5Z", "us": "1970-01-01T01:00:00+01:00",
            "day": "1970-01-03", "t": "00:00:02", "amount": "-1.5", "fx": 12.34,
            "u": "00010203-0405-0607-0809-0a0b0c0d0e0f"});
        let avro = json!({"ts": 1500, "us": 0, "day": 2, "t": 2000, "amount": "\u{ff}\u{6a}",
            "fx": "\u{0}\u{0}\u{4}\u{d2}",
            "u": "\u{0}\u{1}\u{2}\u{3}\u{4}\u{5}\u{6}\u{7}\u{8}\u{9}\u{a}\u{b}\u{c}\u{d}\u{e}\u{f}"});
        let a = enc(&s, plain, InputDialect::Auto).unwrap();
        assert_eq!(a, enc(&s, avro.clone(), InputDialect::AvroJson).unwrap());
        assert_eq!(a, enc(&s, avro, InputDialect::Auto).unwrap());
        // -1.50 at scale 2 is -150 = 0xff6a.
        assert!(a.windows(3).any(|w| w == [4, 0xff, 0x6a]), "{a:?}");

        let with = |field: &str, v: Value| {
            let mut base = json!({"ts": 0, "us": 0, "day": 0, "t": 0, "amount": "0", "fx": "0",
                "u": "00010203-0405-0607-0809-0a0b0c0d0e0f"});
            base[field] = v;
            enc(&s, base, InputDialect::Auto).map_err(|e| e.to_string())
        };
        assert_eq!(
            with("amount", json!("1.234")).unwrap_err(),
            "$.amount: 1.234 has more than 2 decimal places (the scale)"
        );
        assert_eq!(
            with("amount", json!(12345.6)).unwrap_err(),
            "$.amount: 12345.6 needs 7 digits, more than the precision 6 (scale 2)"
        );
        assert!(with("ts", json!("yesterday"))
            .unwrap_err()
            .starts_with("$.ts: \"yesterday\" is not an RFC 3339"));
        assert!(with("u", json!("not-a-uuid"))
            .unwrap_err()
            .starts_with("$.u: a fixed of size 16"));
        assert!(with("day", json!("2024-13-01"))
            .unwrap_err()
            .contains("not a date"));
    }

    #[test]
    fn uuid_strings_are_validated() {
        let s = schema(r#"{"type":"string","logicalType":"uuid"}"#);
        assert!(enc(
            &s,
            json!("0b7f3c3e-6a8e-4b36-9d0e-1f2a3b4c5d6e"),
            InputDialect::AvroJson
        )
        .is_ok());
        let e = enc(
            &s,
            json!("0b7f3c3e6a8e4b369d0e1f2a3b4c5d6e"),
            InputDialect::Auto,
        )
        .unwrap_err();
        assert!(e.message.contains("is not a UUID"), "{e}");
        // A record another writer made with a non-canonical uuid string is
        // still valid Avro: its Avro JSON form re-encodes to the same bytes.
        let bytes = enc(
            &s,
            json!("0b7f3c3e6a8e4b369d0e1f2a3b4c5d6e"),
            InputDialect::AvroJson,
        )
        .unwrap();
        assert_eq!(bytes[1..], *b"0b7f3c3e6a8e4b369d0e1f2a3b4c5d6e");
    }

    #[test]
    fn decimals_encode_as_minimal_twos_complement() {
        let cases: [(&str, &[u8]); 7] = [
            ("0", &[0]),
            ("1", &[1]),
            ("-1", &[0xff]),
            ("127", &[0x7f]),
            ("128", &[0, 0x80]),
            ("-128", &[0x80]),
            ("-129", &[0xff, 0x7f]),
        ];
        for (text, bytes) in cases {
            assert_eq!(decimal_unscaled(text, 10, 0).unwrap(), bytes, "{text}");
        }
        assert_eq!(decimal_unscaled("1e2", 10, 0).unwrap(), [100]);
        assert_eq!(decimal_unscaled("1.50", 10, 1).unwrap(), [15]);
        // Big values compare with apache-avro's BigInt-based writer.
        let big = "-123456789012345678901234567890.12";
        let bytes = decimal_unscaled(big, 40, 2).unwrap();
        let s = schema(r#"{"type":"bytes","logicalType":"decimal","precision":40,"scale":2}"#);
        let d = apache_avro::Decimal::from(bytes.clone());
        let expected = reference(&s, apache_avro::types::Value::Decimal(d));
        assert_eq!(enc(&s, json!(big), InputDialect::Auto).unwrap(), expected);
    }

    #[test]
    fn bytes_reject_code_points_above_ff() {
        let s = schema(r#""bytes""#);
        let e = enc(&s, json!("aé€"), InputDialect::AvroJson).unwrap_err();
        assert!(e.message.contains("character 2 is U+20AC"), "{e}");
        assert_eq!(
            enc(&s, json!([0, 255]), InputDialect::Auto).unwrap(),
            [4, 0, 255]
        );
        assert!(enc(&s, json!([0, 255]), InputDialect::AvroJson).is_err());
    }

    #[test]
    fn references_resolve_through_dependencies() {
        let (main, deps) = crate::schema::parse_with_dependencies(
            r#"{"type":"record","name":"Outer","namespace":"x","fields":[{"name":"i","type":"y.Inner"},{"name":"j","type":"y.Inner"}]}"#,
            &[r#"{"type":"record","name":"Inner","namespace":"y","fields":[{"name":"v","type":"int"}]}"#.to_string()],
        )
        .unwrap();
        let s = AvroSchema::new(main, &deps);
        assert_eq!(
            enc(
                &s,
                json!({"i": {"v": 1}, "j": {"v": -1}}),
                InputDialect::Auto
            )
            .unwrap(),
            [2, 1]
        );
        let e = enc(
            &s,
            json!({"i": {"v": 1}, "j": {"v": "x"}}),
            InputDialect::Auto,
        )
        .unwrap_err();
        assert_eq!(e.path, "$.j.v");
    }

    #[test]
    fn floats_accept_the_non_finite_strings() {
        let s = schema(r#""double""#);
        assert_eq!(
            enc(&s, json!("NaN"), InputDialect::AvroJson).unwrap().len(),
            8
        );
        assert!(enc(&s, json!("nan"), InputDialect::AvroJson).is_err());
        let s = schema(r#""int""#);
        assert!(enc(&s, json!(2147483648i64), InputDialect::Auto)
            .unwrap_err()
            .message
            .contains("out of range"));
        assert!(enc(&s, json!(1.5), InputDialect::Auto)
            .unwrap_err()
            .message
            .contains("not an integer"));
    }
}
