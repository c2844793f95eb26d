//! Protobuf to JSON text straight from the wire bytes, through a decoder
//! compiled from the message descriptors: what `tail` runs per record. It
//! writes exactly what the dynamic-message path (decode into a
//! `DynamicMessage`, then its serde JSON mapping) writes, without building
//! a message: fields in number order, defaults of fields without presence
//! left out, 64-bit integers as strings, enums by name, bytes as base64.
//!
//! It handles the common shape of a message, the one every mainstream
//! serializer writes: fields in increasing number order, a repeated field's
//! elements (packed or not) and a map's entries together, each singular
//! field once. Anything else (fields out of order, a field twice, two
//! members of one `oneof`, a map key twice, a wire type that does not fit
//! the field, invalid UTF-8, groups) makes it give up, and the caller falls
//! back to the dynamic path, which merges, reorders and reports errors as
//! the Protobuf rules say. Well-known types (`google.protobuf.*`) are
//! decoded by the dynamic path where they occur.

use std::collections::HashMap;

use kctl_avro::json_text::{write_base64, write_f32, write_f64, write_i64, write_str, write_u64};
use prost_reflect::{DynamicMessage, Kind, MessageDescriptor};

use super::serialize_options;

/// The decoder gave up: use the dynamic path.
#[derive(Debug)]
pub struct GiveUp;

type Result<T> = std::result::Result<T, GiveUp>;

#[derive(Clone, Copy, PartialEq)]
enum K {
    Int32,
    Int64,
    Uint32,
    Uint64,
    Sint32,
    Sint64,
    Fixed32,
    Fixed64,
    Sfixed32,
    Sfixed64,
    Float,
    Double,
    Bool,
    String,
    Bytes,
    /// An index into `enums`.
    Enum(usize),
    /// An index into `plans`.
    Message(usize),
    /// An index into `well_known`.
    WellKnown(usize),
}

impl K {
    /// The wire type of one value (2 for a packed run of scalars).
    fn wire_type(self) -> u64 {
        match self {
            K::Int32 | K::Int64 | K::Uint32 | K::Uint64 | K::Sint32 | K::Sint64 | K::Bool => 0,
            K::Enum(_) => 0,
            K::Fixed64 | K::Sfixed64 | K::Double => 1,
            K::Fixed32 | K::Sfixed32 | K::Float => 5,
            K::String | K::Bytes | K::Message(_) | K::WellKnown(_) => 2,
        }
    }
}

struct Field {
    number: u32,
    /// `"name":`, escaped once.
    key: Vec<u8>,
    kind: K,
    repeated: bool,
    presence: bool,
    /// Key and value kinds of a map field.
    map: Option<(K, K)>,
    /// The field's real `oneof`, as a bit.
    oneof: u64,
}

struct Plan {
    fields: Vec<Field>,
    /// Field number to index in `fields`, for small numbers.
    by_number: Vec<u16>,
    /// The rest.
    far: HashMap<u32, usize>,
}

impl Plan {
    fn field(&self, number: u32) -> Option<usize> {
        match self.by_number.get(number as usize) {
            Some(&i) if i != u16::MAX => Some(i as usize),
            Some(_) => None,
            None => self.far.get(&number).copied(),
        }
    }
}

struct EnumPlan {
    values: Vec<(i32, Vec<u8>)>,
    /// `google.protobuf.NullValue`: written as `null`.
    null: bool,
}

/// A compiled decoder for one message and every message it holds.
pub struct FastDecoder {
    plans: Vec<Plan>,
    enums: Vec<EnumPlan>,
    well_known: Vec<MessageDescriptor>,
}

impl FastDecoder {
    /// Compiles a decoder for `root`; `None` when it holds something the
    /// fast path does not handle at all (groups, more than 64 oneofs).
    pub fn compile(root: &MessageDescriptor) -> Option<FastDecoder> {
        let mut c = Compiler {
            out: FastDecoder {
                plans: Vec::new(),
                enums: Vec::new(),
                well_known: Vec::new(),
            },
            plan_of: HashMap::new(),
            enum_of: HashMap::new(),
        };
        c.message(root)?;
        Some(c.out)
    }

    /// Writes the JSON of the message encoded in `b`.
    pub fn write_json(&self, b: &[u8], out: &mut Vec<u8>) -> Result<()> {
        self.message(0, b, out)
    }

    fn message(&self, plan: usize, b: &[u8], out: &mut Vec<u8>) -> Result<()> {
        let p = &self.plans[plan];
        out.push(b'{');
        let mut first = true;
        let mut at = 0;
        // The field being written and whether its list or map is open.
        let mut last: Option<(usize, bool)> = None;
        let mut oneofs = 0u64;
        let mut map_keys: Vec<&[u8]> = Vec::new();
        while at < b.len() {
            let tag = varint(b, &mut at)?;
            let (number, wire) = ((tag >> 3) as u32, tag & 7);
            let Some(i) = p.field(number) else {
                skip(b, &mut at, wire)?;
                continue;
            };
            let f = &p.fields[i];
            let continuing = matches!(last, Some((j, _)) if j == i);
            match last {
                Some((j, _)) if j == i && !(f.repeated || f.map.is_some()) => return Err(GiveUp),
                Some((j, _)) if j != i && p.fields[j].number >= number => return Err(GiveUp),
                Some((j, open)) if j != i => {
                    if open {
                        out.push(if p.fields[j].map.is_some() {
                            b'}'
                        } else {
                            b']'
                        });
                    }
                    last = None;
                }
                _ => {}
            }
            if f.oneof != 0 {
                if oneofs & f.oneof != 0 {
                    return Err(GiveUp);
                }
                oneofs |= f.oneof;
            }
            if let Some((kk, vk)) = f.map {
                if wire != 2 {
                    return Err(GiveUp);
                }
                let entry = delimited(b, &mut at)?;
                if !continuing {
                    map_keys.clear();
                    self.key(f, &mut first, out);
                    out.push(b'{');
                } else {
                    out.push(b',');
                }
                let (k, v) = entry_parts(entry)?;
                if k.is_some_and(|k| map_keys.contains(&k)) {
                    return Err(GiveUp);
                }
                map_keys.push(k.unwrap_or_default());
                self.map_key(kk, k, out)?;
                out.push(b':');
                match v {
                    Some((bytes, w)) => self.value(vk, w, bytes, out)?,
                    None => self.default_value(vk, out)?,
                }
                last = Some((i, true));
                continue;
            }
            if f.repeated {
                let packed = wire == 2 && f.kind.wire_type() != 2;
                if !packed && wire != f.kind.wire_type() {
                    return Err(GiveUp);
                }
                let open = matches!(last, Some((j, true)) if j == i);
                let mut opened = open;
                let element = |out: &mut Vec<u8>, first: &mut bool, opened: &mut bool| {
                    if *opened {
                        out.push(b',');
                    } else {
                        self.key(f, first, out);
                        out.push(b'[');
                        *opened = true;
                    }
                };
                if packed {
                    let run = delimited(b, &mut at)?;
                    let mut k = 0;
                    while k < run.len() {
                        let v = scalar_slice(run, &mut k, f.kind.wire_type())?;
                        element(out, &mut first, &mut opened);
                        self.value(f.kind, f.kind.wire_type(), v, out)?;
                    }
                } else {
                    let v = field_slice(b, &mut at, wire)?;
                    element(out, &mut first, &mut opened);
                    self.value(f.kind, wire, v, out)?;
                }
                last = Some((i, opened));
                continue;
            }
            if wire != f.kind.wire_type() {
                return Err(GiveUp);
            }
            let v = field_slice(b, &mut at, wire)?;
            last = Some((i, false));
            if !f.presence && is_default(f.kind, v) {
                continue;
            }
            self.key(f, &mut first, out);
            self.value(f.kind, wire, v, out)?;
        }
        if let Some((j, true)) = last {
            out.push(if p.fields[j].map.is_some() {
                b'}'
            } else {
                b']'
            });
        }
        out.push(b'}');
        Ok(())
    }

    fn key(&self, f: &Field, first: &mut bool, out: &mut Vec<u8>) {
        if !std::mem::take(first) {
            out.push(b',');
        }
        out.extend_from_slice(&f.key);
    }

    /// One value: `v` is the varint's bytes, the fixed bytes, or the
    /// length-delimited payload.
    fn value(&self, k: K, wire: u64, v: &[u8], out: &mut Vec<u8>) -> Result<()> {
        let n = || -> Result<u64> {
            match wire {
                0 => varint(v, &mut 0),
                1 => Ok(u64::from_le_bytes(v.try_into().map_err(|_| GiveUp)?)),
                5 => Ok(u64::from(u32::from_le_bytes(
                    v.try_into().map_err(|_| GiveUp)?,
                ))),
                _ => Err(GiveUp),
            }
        };
        match k {
            K::Int32 | K::Sfixed32 => write_i64(out, i64::from(n()? as u32 as i32)),
            K::Uint32 | K::Fixed32 => write_u64(out, u64::from(n()? as u32)),
            K::Sint32 => {
                let x = n()? as u32;
                write_i64(out, i64::from((x >> 1) as i32 ^ -((x & 1) as i32)))
            }
            K::Int64 | K::Sfixed64 => quoted_i64(out, n()? as i64),
            K::Uint64 | K::Fixed64 => {
                out.push(b'"');
                write_u64(out, n()?);
                out.push(b'"');
            }
            K::Sint64 => {
                let x = n()?;
                quoted_i64(out, (x >> 1) as i64 ^ -((x & 1) as i64))
            }
            K::Float => write_f32(out, f32::from_bits(n()? as u32)),
            K::Double => write_f64(out, f64::from_bits(n()?)),
            K::Bool => out.extend_from_slice(if n()? != 0 { b"true" } else { b"false" }),
            K::String => write_str(out, std::str::from_utf8(v).map_err(|_| GiveUp)?),
            K::Bytes => write_base64(out, v),
            K::Enum(e) => self.enum_value(e, n()? as i32, out),
            K::Message(p) => self.message(p, v, out)?,
            K::WellKnown(w) => {
                let m =
                    DynamicMessage::decode(self.well_known[w].clone(), v).map_err(|_| GiveUp)?;
                let mut ser = serde_json::Serializer::new(&mut *out);
                m.serialize_with_options(&mut ser, &serialize_options())
                    .map_err(|_| GiveUp)?;
            }
        }
        Ok(())
    }

    fn enum_value(&self, e: usize, n: i32, out: &mut Vec<u8>) {
        let plan = &self.enums[e];
        if plan.null {
            out.extend_from_slice(b"null");
        } else if let Some((_, name)) = plan.values.iter().find(|(v, _)| *v == n) {
            out.extend_from_slice(name);
        } else {
            write_i64(out, i64::from(n));
        }
    }

    /// A map value absent from its entry: the kind's default.
    fn default_value(&self, k: K, out: &mut Vec<u8>) -> Result<()> {
        match k {
            K::Int64 | K::Uint64 | K::Sint64 | K::Fixed64 | K::Sfixed64 => {
                out.extend_from_slice(b"\"0\"")
            }
            K::Float | K::Double => out.extend_from_slice(b"0.0"),
            K::Bool => out.extend_from_slice(b"false"),
            K::String | K::Bytes => out.extend_from_slice(b"\"\""),
            K::Enum(e) => self.enum_value(e, 0, out),
            K::Message(_) => out.extend_from_slice(b"{}"),
            // An empty Timestamp, Duration, Struct... has a JSON form of its own.
            K::WellKnown(_) => return Err(GiveUp),
            _ => out.push(b'0'),
        }
        Ok(())
    }

    /// A map key as a JSON string.
    fn map_key(&self, k: K, v: Option<&[u8]>, out: &mut Vec<u8>) -> Result<()> {
        match (k, v) {
            (K::String, v) => write_str(
                out,
                std::str::from_utf8(v.unwrap_or_default()).map_err(|_| GiveUp)?,
            ),
            (K::Bool, None) => out.extend_from_slice(b"\"false\""),
            (_, None) => out.extend_from_slice(b"\"0\""),
            (K::Int64 | K::Uint64 | K::Sint64 | K::Fixed64 | K::Sfixed64, Some(v)) => {
                // Already quoted.
                self.value(k, k.wire_type(), v, out)?
            }
            (k, Some(v)) => quoted(out, |o| self.value(k, k.wire_type(), v, o))?,
        }
        Ok(())
    }
}

/// A 64-bit integer as the JSON mapping writes it: a string.
fn quoted_i64(out: &mut Vec<u8>, x: i64) {
    out.push(b'"');
    write_i64(out, x);
    out.push(b'"');
}

fn quoted(out: &mut Vec<u8>, f: impl FnOnce(&mut Vec<u8>) -> Result<()>) -> Result<()> {
    out.push(b'"');
    f(out)?;
    out.push(b'"');
    Ok(())
}

/// The key (field 1) and value (field 2) of a map entry, each with its
/// bytes; the value also with its wire type.
#[allow(clippy::type_complexity)]
fn entry_parts(e: &[u8]) -> Result<(Option<&[u8]>, Option<(&[u8], u64)>)> {
    let (mut key, mut value) = (None, None);
    let mut at = 0;
    while at < e.len() {
        let tag = varint(e, &mut at)?;
        let wire = tag & 7;
        let v = field_slice(e, &mut at, wire)?;
        match tag >> 3 {
            1 => key = Some(v),
            2 => value = Some((v, wire)),
            _ => {}
        }
    }
    Ok((key, value))
}

/// Whether a field without presence holds its default (and is left out).
fn is_default(k: K, v: &[u8]) -> bool {
    match k {
        K::String | K::Bytes => v.is_empty(),
        K::Float => v.len() == 4 && f32::from_le_bytes([v[0], v[1], v[2], v[3]]) == 0.0,
        K::Double => v.len() == 8 && f64::from_le_bytes(v.try_into().unwrap_or([1; 8])) == 0.0,
        K::Message(_) | K::WellKnown(_) => false,
        // Fixed-width integers: every byte zero.
        K::Fixed32 | K::Sfixed32 | K::Fixed64 | K::Sfixed64 => v.iter().all(|&b| b == 0),
        // Varints: zero, however many continuation bytes spell it.
        _ => v.iter().all(|&b| b & 0x7f == 0),
    }
}

fn varint(b: &[u8], at: &mut usize) -> Result<u64> {
    let mut v = 0u64;
    for shift in (0..64).step_by(7) {
        let byte = *b.get(*at).ok_or(GiveUp)?;
        *at += 1;
        v |= u64::from(byte & 0x7f) << shift;
        if byte & 0x80 == 0 {
            return Ok(v);
        }
    }
    Err(GiveUp)
}

fn delimited<'a>(b: &'a [u8], at: &mut usize) -> Result<&'a [u8]> {
    let len = usize::try_from(varint(b, at)?).map_err(|_| GiveUp)?;
    let end = at
        .checked_add(len)
        .filter(|&e| e <= b.len())
        .ok_or(GiveUp)?;
    let s = &b[*at..end];
    *at = end;
    Ok(s)
}

/// The bytes of one value of wire type `wire` at `at`.
fn field_slice<'a>(b: &'a [u8], at: &mut usize, wire: u64) -> Result<&'a [u8]> {
    if wire == 2 {
        return delimited(b, at);
    }
    scalar_slice(b, at, wire)
}

fn scalar_slice<'a>(b: &'a [u8], at: &mut usize, wire: u64) -> Result<&'a [u8]> {
    let start = *at;
    match wire {
        0 => {
            varint(b, at)?;
        }
        1 => *at += 8,
        5 => *at += 4,
        _ => return Err(GiveUp),
    }
    b.get(start..*at).ok_or(GiveUp)
}

fn skip(b: &[u8], at: &mut usize, wire: u64) -> Result<()> {
    field_slice(b, at, wire).map(|_| ())
}

struct Compiler {
    out: FastDecoder,
    plan_of: HashMap<String, usize>,
    enum_of: HashMap<String, usize>,
}

impl Compiler {
    fn message(&mut self, m: &MessageDescriptor) -> Option<usize> {
        if let Some(&i) = self.plan_of.get(m.full_name()) {
            return Some(i);
        }
        let index = self.out.plans.len();
        self.plan_of.insert(m.full_name().to_string(), index);
        self.out.plans.push(Plan {
            fields: Vec::new(),
            by_number: Vec::new(),
            far: HashMap::new(),
        });
        let oneofs: Vec<String> = m
            .oneofs()
            .filter(|o| !o.is_synthetic())
            .map(|o| o.name().to_string())
            .collect();
        if oneofs.len() > 64 {
            return None;
        }
        let mut fields = Vec::new();
        for f in m.fields() {
            if f.is_group() {
                return None;
            }
            let map = if f.is_map() {
                let Kind::Message(entry) = f.kind() else {
                    return None;
                };
                Some((
                    self.kind(&entry.map_entry_key_field().kind())?,
                    self.kind(&entry.map_entry_value_field().kind())?,
                ))
            } else {
                None
            };
            let kind = match map {
                Some(_) => K::Bytes,
                None => self.kind(&f.kind())?,
            };
            let oneof = match f.containing_oneof().filter(|o| !o.is_synthetic()) {
                Some(o) => 1u64 << oneofs.iter().position(|n| n == o.name())?,
                None => 0,
            };
            let mut key = Vec::new();
            write_str(&mut key, f.name());
            key.push(b':');
            fields.push(Field {
                number: f.number(),
                key,
                kind,
                repeated: f.is_list(),
                presence: f.supports_presence(),
                map,
                oneof,
            });
        }
        let small = fields.iter().map(|f| f.number).filter(|&n| n < 256).max();
        let mut by_number = vec![u16::MAX; small.map_or(0, |n| n as usize + 1)];
        let mut far = HashMap::new();
        for (i, f) in fields.iter().enumerate() {
            match by_number.get_mut(f.number as usize) {
                Some(slot) => *slot = i as u16,
                None => {
                    far.insert(f.number, i);
                }
            }
        }
        self.out.plans[index] = Plan {
            fields,
            by_number,
            far,
        };
        Some(index)
    }

    fn kind(&mut self, k: &Kind) -> Option<K> {
        Some(match k {
            Kind::Int32 => K::Int32,
            Kind::Int64 => K::Int64,
            Kind::Uint32 => K::Uint32,
            Kind::Uint64 => K::Uint64,
            Kind::Sint32 => K::Sint32,
            Kind::Sint64 => K::Sint64,
            Kind::Fixed32 => K::Fixed32,
            Kind::Fixed64 => K::Fixed64,
            Kind::Sfixed32 => K::Sfixed32,
            Kind::Sfixed64 => K::Sfixed64,
            Kind::Float => K::Float,
            Kind::Double => K::Double,
            Kind::Bool => K::Bool,
            Kind::String => K::String,
            Kind::Bytes => K::Bytes,
            Kind::Enum(e) => {
                if let Some(&i) = self.enum_of.get(e.full_name()) {
                    return Some(K::Enum(i));
                }
                let values = e
                    .values()
                    .map(|v| {
                        let mut name = Vec::new();
                        write_str(&mut name, v.name());
                        (v.number(), name)
                    })
                    .collect();
                self.out.enums.push(EnumPlan {
                    values,
                    null: e.full_name() == "google.protobuf.NullValue",
                });
                let i = self.out.enums.len() - 1;
                self.enum_of.insert(e.full_name().to_string(), i);
                K::Enum(i)
            }
            Kind::Message(m) if m.full_name().starts_with("google.protobuf.") => {
                self.out.well_known.push(m.clone());
                K::WellKnown(self.out.well_known.len() - 1)
            }
            Kind::Message(m) => K::Message(self.message(m)?),
        })
    }
}
