//! Protobuf, as Confluent-compatible registries hold it (`schemaType`
//! `PROTOBUF`): compiling a `.proto` schema with the files its references
//! name, the Confluent wire frame (schema id, then the message-index list),
//! JSON input to binary and binary to JSON in the proto3 JSON mapping, random
//! events ([`generate`]) and field-level differences ([`diff`]).
//!
//! `.proto` text is compiled in-process by `protox` (no `protoc`), into
//! `prost-reflect` descriptors and dynamic messages, whose serde support is
//! the proto3 JSON mapping. A schema may also be the base64 of a serialized
//! `FileDescriptorProto`: what Confluent's serializers register.
//!
//! **References.** A registry reference `{"name", "subject", "version"}`
//! makes the referenced schema the file `name`; an `import "name";` uses
//! it. Google's well-known types (`google/protobuf/*.proto`) need none.
//!
//! **JSON.** Field names as the `.proto` writes them (the mapping's
//! lowerCamelCase names are accepted on input too), 64-bit integers as
//! strings, enums by name, bytes as base64, fields at their default value
//! left out: what re-encoding turns back into the same bytes.

pub mod diff;
pub mod fast;
pub mod generate;
pub mod plan;

use std::collections::HashMap;

use base64::Engine as _;
use prost_reflect::prost::Message as _;
use prost_reflect::{
    DescriptorPool, DeserializeOptions, DynamicMessage, FileDescriptor, Kind, MessageDescriptor,
    SerializeOptions,
};
use protox::file::{ChainFileResolver, File, FileResolver, GoogleFileResolver};
use serde_json::Value;

/// The file name the schema itself compiles under.
const ROOT: &str = "kctl-schema.proto";

/// A Protobuf schema compiled with its references.
pub struct ProtoSchema {
    pool: DescriptorPool,
    file: FileDescriptor,
    /// A fast JSON decoder per message of the file, by index list.
    fast: HashMap<Vec<i32>, (String, fast::FastDecoder)>,
}

impl std::fmt::Debug for ProtoSchema {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ProtoSchema")
            .field("messages", &self.message_names())
            .finish()
    }
}

/// The referenced files, by import name, served to the compiler.
struct Files(HashMap<String, String>);

impl FileResolver for Files {
    fn open_file(&self, name: &str) -> Result<File, protox::Error> {
        let text = self
            .0
            .get(name)
            .ok_or_else(|| protox::Error::file_not_found(name))?;
        file_from(name, text)
    }
}

/// A file from `.proto` text, or from the base64 of a serialized
/// `FileDescriptorProto` (named `name` whatever it says).
fn file_from(name: &str, text: &str) -> Result<File, protox::Error> {
    if let Some(mut fd) = descriptor_from_base64(text) {
        fd.name = Some(name.to_string());
        return Ok(File::from_file_descriptor_proto(fd));
    }
    File::from_source(name, text)
}

/// The descriptor a schema text holds when it is base64 (no `.proto` text
/// is valid base64 that decodes to a descriptor with a name or a message).
pub fn descriptor_from_base64(
    text: &str,
) -> Option<prost_reflect::prost_types::FileDescriptorProto> {
    let t = text.trim();
    if t.is_empty()
        || !t
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'+' | b'/' | b'='))
    {
        return None;
    }
    let bytes = base64::engine::general_purpose::STANDARD.decode(t).ok()?;
    prost_reflect::prost_types::FileDescriptorProto::decode(bytes.as_slice()).ok()
}

/// A compiler error as `LINE:COLUMN: reason` (of the file it names, when
/// that is not the schema itself).
fn describe(e: &protox::Error, root_text: &str) -> String {
    use miette::Diagnostic as _;
    let file = e.file().filter(|f| *f != ROOT);
    let at = e
        .labels()
        .and_then(|mut l| l.next())
        .map(|l| l.offset())
        .filter(|_| file.is_none());
    let mut out = String::new();
    if let Some(f) = file {
        out.push_str(&format!("{f}: "));
    }
    if let Some(offset) = at {
        let before = &root_text[..offset.min(root_text.len())];
        let line = before.matches('\n').count() + 1;
        let col = before.len() - before.rfind('\n').map_or(0, |i| i + 1) + 1;
        out.push_str(&format!("line {line}, column {col}: "));
    }
    out.push_str(&e.to_string());
    out
}

impl ProtoSchema {
    /// Compiles `text` (`.proto` source or base64 descriptor) with the
    /// referenced files `(import name, text)`; the error is the reason, with
    /// the line and column in the schema where the compiler gives one.
    pub fn parse(text: &str, refs: &[(String, String)]) -> Result<ProtoSchema, String> {
        let mut files: HashMap<String, String> = refs.iter().cloned().collect();
        files.insert(ROOT.to_string(), text.to_string());
        let mut chain = ChainFileResolver::new();
        chain.add(Files(files));
        chain.add(GoogleFileResolver::new());
        let mut compiler = protox::Compiler::with_file_resolver(chain);
        compiler.include_imports(true);
        compiler.open_file(ROOT).map_err(|e| describe(&e, text))?;
        let pool = compiler.descriptor_pool();
        let file = pool
            .get_file_by_name(ROOT)
            .ok_or("the compiled schema is missing")?;
        let mut s = ProtoSchema {
            pool,
            file,
            fast: HashMap::new(),
        };
        for name in s.message_names() {
            if let Some(m) = s.pool.get_message_by_name(&name) {
                if let Some(d) = fast::FastDecoder::compile(&m) {
                    s.fast.insert(indexes_of(&m), (name, d));
                }
            }
        }
        Ok(s)
    }

    pub fn pool(&self) -> &DescriptorPool {
        &self.pool
    }

    pub fn file(&self) -> &FileDescriptor {
        &self.file
    }

    /// The schema's package (empty when it has none).
    pub fn package(&self) -> &str {
        self.file.package_name()
    }

    /// Every message the schema itself defines (nested ones after their
    /// parent), by full name.
    pub fn message_names(&self) -> Vec<String> {
        fn walk(m: MessageDescriptor, out: &mut Vec<String>) {
            if m.is_map_entry() {
                return;
            }
            out.push(m.full_name().to_string());
            m.child_messages().for_each(|c| walk(c, out));
        }
        let mut out = Vec::new();
        self.file.messages().for_each(|m| walk(m, &mut out));
        out
    }

    /// The message `name` names (full name, or the name without the
    /// package), or with none the schema's only top-level message.
    pub fn message(&self, name: Option<&str>) -> Result<MessageDescriptor, String> {
        let top: Vec<MessageDescriptor> = self.file.messages().collect();
        match name {
            None => match top.as_slice() {
                [only] => Ok(only.clone()),
                [] => Err("the schema defines no message".into()),
                many => Err(format!(
                    "the schema defines {} messages ({}): name one with --message",
                    many.len(),
                    many.iter()
                        .map(|m| m.full_name())
                        .collect::<Vec<_>>()
                        .join(", ")
                )),
            },
            Some(n) => {
                let n = n.trim_start_matches('.');
                let names = self.message_names();
                let full = names
                    .iter()
                    .find(|f| *f == n)
                    .or_else(|| {
                        let p = self.package();
                        names
                            .iter()
                            .find(|f| !p.is_empty() && f.strip_prefix(p) == Some(&format!(".{n}")))
                    })
                    .ok_or_else(|| {
                        format!(
                            "the schema defines no message {n:?} (it defines {})",
                            names.join(", ")
                        )
                    })?;
                self.pool
                    .get_message_by_name(full)
                    .ok_or_else(|| format!("message {full} not found"))
            }
        }
    }

    /// The first top-level message: what the record subject strategies
    /// name a schema's subject by.
    pub fn first_message(&self) -> Option<MessageDescriptor> {
        self.file.messages().next()
    }

    /// The message a frame's index list designates.
    pub fn by_indexes(&self, indexes: &[i32]) -> Result<MessageDescriptor, String> {
        let bad = || format!("message index {indexes:?} is not in the schema");
        let (&first, rest) = indexes.split_first().ok_or_else(bad)?;
        let mut m = usize::try_from(first)
            .ok()
            .and_then(|i| self.file.messages().nth(i))
            .ok_or_else(bad)?;
        for &i in rest {
            m = usize::try_from(i)
                .ok()
                .and_then(|i| m.child_messages().nth(i))
                .ok_or_else(bad)?;
        }
        Ok(m)
    }
}

/// The index list of `m` in its file: its position among the top-level
/// messages, then among each parent's nested messages.
pub fn indexes_of(m: &MessageDescriptor) -> Vec<i32> {
    let mut out = Vec::new();
    let mut cur = m.clone();
    loop {
        let parent = cur.parent_message();
        let pos = match &parent {
            Some(p) => p.child_messages().position(|c| c == cur),
            None => cur.parent_file().messages().position(|c| c == cur),
        };
        out.push(pos.unwrap_or(0) as i32);
        match parent {
            Some(p) => cur = p,
            None => break,
        }
    }
    out.reverse();
    out
}

fn put_varint(mut v: u64, out: &mut Vec<u8>) {
    while v >= 0x80 {
        out.push((v as u8) | 0x80);
        v >>= 7;
    }
    out.push(v as u8);
}

fn zigzag(n: i32) -> u64 {
    ((n << 1) ^ (n >> 31)) as u32 as u64
}

/// Writes a message-index list as Confluent's serializers do: `[0]` (the
/// first message) as the single byte 0, otherwise the count and each index,
/// all zigzag varints.
pub fn write_indexes(indexes: &[i32], out: &mut Vec<u8>) {
    if indexes == [0] {
        out.push(0);
        return;
    }
    put_varint(zigzag(indexes.len() as i32), out);
    for &i in indexes {
        put_varint(zigzag(i), out);
    }
}

fn get_varint(b: &[u8], at: &mut usize) -> Result<i32, String> {
    let mut v: u64 = 0;
    for shift in (0..64).step_by(7) {
        let byte = *b.get(*at).ok_or("the message-index list is truncated")?;
        *at += 1;
        v |= u64::from(byte & 0x7f) << shift;
        if byte & 0x80 == 0 {
            let n = ((v >> 1) as i64) ^ -((v & 1) as i64);
            return i32::try_from(n).map_err(|_| format!("message index {n} is out of range"));
        }
    }
    Err("the message-index list has an overlong varint".into())
}

/// Reads the message-index list at the start of `body` (what follows the
/// 5-byte frame header): the list and where the message starts.
pub fn read_indexes(body: &[u8]) -> Result<(Vec<i32>, usize), String> {
    let mut at = 0;
    let count = get_varint(body, &mut at)?;
    if count == 0 {
        return Ok((vec![0], at));
    }
    if count < 0 || count as usize > body.len() {
        return Err(format!("the message-index list claims {count} entries"));
    }
    let mut out = Vec::with_capacity(count as usize);
    for _ in 0..count {
        out.push(get_varint(body, &mut at)?);
    }
    Ok((out, at))
}

fn serialize_options() -> SerializeOptions {
    SerializeOptions::new().use_proto_field_name(true)
}

impl ProtoSchema {
    /// Decodes a framed payload's body (after the 5-byte header) and writes
    /// it as JSON; returns the message's full name.
    pub fn write_json(&self, body: &[u8], out: &mut Vec<u8>) -> Result<String, String> {
        let (indexes, at) = read_indexes(body)?;
        if let Some((name, d)) = self.fast.get(&indexes) {
            let start = out.len();
            if d.write_json(&body[at..], out).is_ok() {
                return Ok(name.clone());
            }
            out.truncate(start);
        }
        self.write_json_dynamic(&indexes, &body[at..], out)
    }

    /// [`ProtoSchema::write_json`] through a dynamic message: the rules for
    /// any message, however its fields are laid out.
    fn write_json_dynamic(
        &self,
        indexes: &[i32],
        message: &[u8],
        out: &mut Vec<u8>,
    ) -> Result<String, String> {
        let desc = self.by_indexes(indexes)?;
        let msg = DynamicMessage::decode(desc.clone(), message)
            .map_err(|e| format!("{}: {e}", desc.full_name()))?;
        let start = out.len();
        let mut ser = serde_json::Serializer::new(&mut *out);
        if let Err(e) = msg.serialize_with_options(&mut ser, &serialize_options()) {
            out.truncate(start);
            return Err(e.to_string());
        }
        Ok(desc.full_name().to_string())
    }

    /// The JSON value of a framed payload's body, and its message's name.
    pub fn to_value(&self, body: &[u8]) -> Result<(Value, String), String> {
        let mut buf = Vec::new();
        let name = self.write_json(body, &mut buf)?;
        let v = serde_json::from_slice(&buf).map_err(|e| e.to_string())?;
        Ok((v, name))
    }
}

/// A message of a registered schema to encode JSON events with.
#[derive(Debug, Clone)]
pub struct ProtoCodec {
    pub id: u32,
    pub message: MessageDescriptor,
    indexes: Vec<i32>,
    /// The message has a map field somewhere (see [`sort_map_entries`]).
    has_maps: bool,
}

impl ProtoCodec {
    pub fn new(id: u32, message: MessageDescriptor) -> ProtoCodec {
        let indexes = indexes_of(&message);
        ProtoCodec {
            id,
            has_maps: has_maps(&message, &mut Vec::new()),
            message,
            indexes,
        }
    }

    /// Checks `v` against the message and writes the Confluent frame (magic
    /// byte, schema id, message indexes) and the binary message. The error
    /// is `POINTER: reason`.
    pub fn encode(&self, v: &Value, out: &mut Vec<u8>) -> Result<(), String> {
        let msg = from_json(&self.message, v)?;
        out.push(0);
        out.extend_from_slice(&self.id.to_be_bytes());
        write_indexes(&self.indexes, out);
        let start = out.len();
        msg.encode(out).map_err(|e| e.to_string())?;
        if self.has_maps {
            sort_map_entries(&self.message, &mut out[start..]);
        }
        Ok(())
    }

    /// The message's full name.
    pub fn name(&self) -> &str {
        self.message.full_name()
    }
}

/// Whether `m` or a message it holds has a map field.
fn has_maps(m: &MessageDescriptor, seen: &mut Vec<String>) -> bool {
    if seen.iter().any(|s| s == m.full_name()) {
        return false;
    }
    seen.push(m.full_name().to_string());
    m.fields().any(|f| {
        f.is_map()
            || match f.kind() {
                Kind::Message(inner) => has_maps(&inner, seen),
                _ => false,
            }
    })
}

/// One field of an encoded message: its number, wire type, and where the
/// whole field (tag included) and its payload (length-delimited) are.
struct WireField {
    number: u32,
    whole: std::ops::Range<usize>,
    body: Option<std::ops::Range<usize>>,
}

fn wire_fields(b: &[u8]) -> Option<Vec<WireField>> {
    fn varint(b: &[u8], at: &mut usize) -> Option<u64> {
        let mut v = 0u64;
        for shift in (0..64).step_by(7) {
            let byte = *b.get(*at)?;
            *at += 1;
            v |= u64::from(byte & 0x7f) << shift;
            if byte & 0x80 == 0 {
                return Some(v);
            }
        }
        None
    }
    let mut out = Vec::new();
    let mut at = 0;
    while at < b.len() {
        let start = at;
        let tag = varint(b, &mut at)?;
        let body = match tag & 7 {
            0 => {
                varint(b, &mut at)?;
                None
            }
            1 => {
                at += 8;
                None
            }
            5 => {
                at += 4;
                None
            }
            2 => {
                let len = usize::try_from(varint(b, &mut at)?).ok()?;
                let body = at..at.checked_add(len)?;
                at = body.end;
                Some(body)
            }
            _ => return None,
        };
        if at > b.len() {
            return None;
        }
        out.push(WireField {
            number: (tag >> 3) as u32,
            whole: start..at,
            body,
        });
    }
    Some(out)
}

/// Puts the entries of every map field of an encoded message (nested ones
/// too) in the order of their bytes. Maps have no order of their own, and
/// dynamic messages keep them in hash maps: sorted, the same event always
/// encodes to the same bytes, so `tail -o json | produce` copies exactly.
/// Fields are encoded in number order, so a map's entries are contiguous.
pub fn sort_map_entries(m: &MessageDescriptor, b: &mut [u8]) {
    let Some(fields) = wire_fields(b) else {
        return;
    };
    let mut i = 0;
    while i < fields.len() {
        let f = &fields[i];
        let Some(desc) = m.get_field(f.number) else {
            i += 1;
            continue;
        };
        let mut j = i + 1;
        while j < fields.len() && fields[j].number == f.number {
            j += 1;
        }
        if let Kind::Message(inner) = desc.kind() {
            for g in &fields[i..j] {
                if let Some(body) = &g.body {
                    sort_map_entries(&inner, &mut b[body.clone()]);
                }
            }
            if desc.is_map() && j - i > 1 {
                let span = fields[i].whole.start..fields[j - 1].whole.end;
                let mut entries: Vec<Vec<u8>> = fields[i..j]
                    .iter()
                    .map(|g| b[g.whole.clone()].to_vec())
                    .collect();
                entries.sort();
                b[span].copy_from_slice(&entries.concat());
            }
        }
        i = j;
    }
}

/// The message `v` stands for, in the proto3 JSON mapping; the error names
/// the field (as a JSON pointer) where the mapping fails.
pub fn from_json(desc: &MessageDescriptor, v: &Value) -> Result<DynamicMessage, String> {
    let opts = DeserializeOptions::new();
    DynamicMessage::deserialize_with_options(desc.clone(), v, &opts).map_err(|e| {
        let (path, reason) =
            locate(desc, v, String::new()).unwrap_or((String::new(), e.to_string()));
        format!("{}: {reason}", super::json_schema::pointer_or_root(&path))
    })
}

/// The deepest field of `v` that does not map to `desc`, with the reason.
fn locate(desc: &MessageDescriptor, v: &Value, path: String) -> Option<(String, String)> {
    let opts = DeserializeOptions::new();
    let Value::Object(map) = v else {
        return None;
    };
    for (k, x) in map {
        let here = format!("{path}/{}", k.replace('~', "~0").replace('/', "~1"));
        let Some(field) = desc
            .get_field_by_name(k)
            .or_else(|| desc.get_field_by_json_name(k))
        else {
            return Some((
                here,
                format!(
                    "{} has no field {k:?} (its fields: {})",
                    desc.full_name(),
                    desc.fields()
                        .map(|f| f.name().to_string())
                        .collect::<Vec<_>>()
                        .join(", ")
                ),
            ));
        };
        let one = Value::Object([(k.clone(), x.clone())].into_iter().collect());
        let Err(e) = DynamicMessage::deserialize_with_options(desc.clone(), &one, &opts) else {
            continue;
        };
        if let Kind::Message(inner) = field.kind() {
            let deeper = match x {
                Value::Array(items) if field.is_list() => items
                    .iter()
                    .enumerate()
                    .find_map(|(i, item)| locate(&inner, item, format!("{here}/{i}"))),
                Value::Object(_) if !field.is_map() => locate(&inner, x, here.clone()),
                _ => None,
            };
            if deeper.is_some() {
                return deeper;
            }
        }
        return Some((here, e.to_string()));
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    const COMMON: &str = r#"
syntax = "proto3";
package toy.common;
message Meta {
  string event_id = 1;
  int64 at = 2;
}
"#;

    const EVENT: &str = r#"
syntax = "proto3";
package toy;
import "toy/common.proto";
import "google/protobuf/timestamp.proto";
enum Mood { MOOD_UNSPECIFIED = 0; HAPPY = 1; SAD = 2; }
message Ping { string id = 1; }
message Said {
  toy.common.Meta meta = 1;
  string text = 2;
  Mood mood = 3;
  repeated string tags = 4;
  map<string, int32> counts = 5;
  google.protobuf.Timestamp when = 6;
  bytes blob = 7;
  message Part { uint32 n = 1; }
  repeated Part parts = 8;
  oneof who { string child = 9; string system = 10; }
}
"#;

    fn schema() -> ProtoSchema {
        ProtoSchema::parse(EVENT, &[("toy/common.proto".into(), COMMON.into())]).unwrap()
    }

    #[test]
    fn compiles_with_references_and_well_known_types() {
        let s = schema();
        assert_eq!(s.package(), "toy");
        assert_eq!(s.message_names(), ["toy.Ping", "toy.Said", "toy.Said.Part"]);
        assert_eq!(s.message(Some("Said")).unwrap().full_name(), "toy.Said");
        assert_eq!(s.message(Some("toy.Said.Part")).unwrap().name(), "Part");
        let e = s.message(None).unwrap_err();
        assert!(e.contains("toy.Ping, toy.Said"), "{e}");
        let e = ProtoSchema::parse(EVENT, &[]).unwrap_err();
        assert!(e.contains("toy/common.proto"), "{e}");
    }

    #[test]
    fn a_syntax_error_names_line_and_column() {
        let e = ProtoSchema::parse(
            "syntax = \"proto3\";\nmessage A {\n  string x = ;\n}\n",
            &[],
        )
        .unwrap_err();
        assert!(e.starts_with("line 3, column "), "{e}");
    }

    #[test]
    fn base64_descriptors_compile_like_text() {
        let text = ProtoSchema::parse(COMMON, &[]).unwrap();
        let fd = text.file().file_descriptor_proto().clone();
        let b64 = base64::engine::general_purpose::STANDARD.encode(fd.encode_to_vec());
        let s = ProtoSchema::parse(&b64, &[]).unwrap();
        assert_eq!(s.message_names(), ["toy.common.Meta"]);
        // As a reference too.
        let s = ProtoSchema::parse(EVENT, &[("toy/common.proto".into(), b64)]).unwrap();
        assert_eq!(s.message(Some("Said")).unwrap().fields().count(), 10);
    }

    #[test]
    fn index_lists_are_written_and_read_as_confluent_does() {
        let mut out = Vec::new();
        write_indexes(&[0], &mut out);
        assert_eq!(out, [0]);
        out.clear();
        write_indexes(&[1], &mut out);
        assert_eq!(out, [2, 2]);
        out.clear();
        write_indexes(&[1, 0], &mut out);
        assert_eq!(out, [4, 2, 0]);
        assert_eq!(read_indexes(&[4, 2, 0, 9]).unwrap(), (vec![1, 0], 3));
        assert_eq!(read_indexes(&[0, 9]).unwrap(), (vec![0], 1));
        assert!(read_indexes(&[4, 2]).is_err());
        assert!(read_indexes(&[]).is_err());
        let s = schema();
        // Map entries are nested messages too (CountsEntry comes first).
        let part = s.message(Some("toy.Said.Part")).unwrap();
        assert_eq!(indexes_of(&part), [1, 1]);
        assert_eq!(s.by_indexes(&[1, 1]).unwrap().full_name(), "toy.Said.Part");
        assert!(s.by_indexes(&[5]).is_err());
    }

    #[test]
    fn json_round_trips_through_binary_exactly() {
        let s = schema();
        let codec = ProtoCodec::new(7, s.message(Some("Said")).unwrap());
        let event = json!({
            "meta": {"event_id": "e-1", "at": "1733400000000"},
            "text": "hi",
            "mood": "HAPPY",
            "tags": ["a", "b"],
            "counts": {"x": 3},
            "when": "2026-12-05T10:00:00Z",
            "blob": "AAE=",
            "parts": [{"n": 1}, {}],
            "child": "c-9"
        });
        let mut out = Vec::new();
        codec.encode(&event, &mut out).unwrap();
        assert_eq!(&out[..6], &[0, 0, 0, 0, 7, 2]);
        assert_eq!(out[6], 2, "index list [1]");
        let (back, name) = s.to_value(&out[5..]).unwrap();
        assert_eq!(name, "toy.Said");
        assert_eq!(back, event);
        let mut again = Vec::new();
        codec.encode(&back, &mut again).unwrap();
        assert_eq!(again, out);
        // lowerCamelCase names are accepted on input.
        let mut camel = Vec::new();
        codec
            .encode(&json!({"meta": {"eventId": "e-1"}}), &mut camel)
            .unwrap();
    }

    #[test]
    fn maps_encode_in_one_order_whatever_the_json_order() {
        let s = ProtoSchema::parse(
            "syntax = \"proto3\"; message M { map<string, int32> m = 1; N n = 2; }\nmessage N { map<int32, string> k = 1; }",
            &[],
        )
        .unwrap();
        let codec = ProtoCodec::new(1, s.message(Some("M")).unwrap());
        let a = json!({"m": {"a": 1, "b": 2, "c": 3, "d": 4}, "n": {"k": {"1": "x", "2": "y", "3": "z"}}});
        let b = json!({"n": {"k": {"3": "z", "1": "x", "2": "y"}}, "m": {"d": 4, "c": 3, "b": 2, "a": 1}});
        let mut first = Vec::new();
        codec.encode(&a, &mut first).unwrap();
        for _ in 0..20 {
            let mut again = Vec::new();
            codec.encode(&b, &mut again).unwrap();
            assert_eq!(again, first);
        }
        let (back, _) = s.to_value(&first[5..]).unwrap();
        assert_eq!(back, a);
    }

    /// The fast decoder writes what the dynamic path writes, for generated
    /// events of a schema with every kind of field, and gives up (to the
    /// dynamic path) on layouts it does not take.
    #[test]
    fn the_fast_decoder_agrees_with_the_dynamic_path() {
        let s = ProtoSchema::parse(
            r#"syntax = "proto3";
package f;
import "google/protobuf/timestamp.proto";
import "google/protobuf/wrappers.proto";
enum E { E0 = 0; E1 = 1; E2 = 2; }
message Inner { sint32 s = 1; sint64 l = 2; repeated E es = 3; map<bool, Inner> kids = 4; }
message All {
  int32 i32 = 1; int64 i64 = 2; uint32 u32 = 3; uint64 u64 = 4; sint32 s32 = 5; sint64 s64 = 6;
  fixed32 f32 = 7; fixed64 f64 = 8; sfixed32 sf32 = 9; sfixed64 sf64 = 10; float fl = 11;
  double d = 12; bool b = 13; string s = 14; bytes by = 15; E e = 16; Inner inner = 17;
  repeated int32 ri = 18; repeated string rs = 19; repeated Inner rm = 20;
  map<string, int64> ms = 21; map<int32, E> me = 22; optional int32 oi = 23;
  google.protobuf.Timestamp at = 24; google.protobuf.Int64Value w = 25;
  oneof o { string oa = 26; Inner ob = 27; }
  repeated double rd = 300;
}"#,
            &[],
        )
        .unwrap();
        let all = s.message(Some("All")).unwrap();
        let codec = ProtoCodec::new(1, all.clone());
        let mut g = generate::Generator::new(all, 9, 1_733_400_000_000);
        let (mut fast, mut slow) = (Vec::new(), Vec::new());
        for _ in 0..200 {
            let mut framed = Vec::new();
            codec.encode(&g.next_value().unwrap(), &mut framed).unwrap();
            let (indexes, at) = read_indexes(&framed[5..]).unwrap();
            assert_eq!(indexes, [1]);
            let body = &framed[5 + at..];
            fast.clear();
            slow.clear();
            s.write_json_dynamic(&[1], body, &mut slow).unwrap();
            if s.fast[&vec![1]].1.write_json(body, &mut fast).is_err() {
                panic!("gave up on {body:02x?}: {}", String::from_utf8_lossy(&slow));
            }
            let a: Value = serde_json::from_slice(&fast).unwrap();
            let b: Value = serde_json::from_slice(&slow).unwrap();
            assert_eq!(a, b);
        }
        // Explicit defaults (left out), a field twice (last one wins), fields
        // out of order: the answer is the dynamic path's.
        let d = &s.fast[&vec![1]].1;
        for body in [
            &[0x08, 0x00, 0x68, 0x00][..],
            &[0x08, 0x01, 0x08, 0x02][..],
            &[0x10, 0x01, 0x08, 0x02][..],
        ] {
            let mut got = Vec::new();
            s.write_json(&[&[2u8, 2][..], body].concat(), &mut got)
                .unwrap();
            slow.clear();
            s.write_json_dynamic(&[1], body, &mut slow).unwrap();
            assert_eq!(
                serde_json::from_slice::<Value>(&got).unwrap(),
                serde_json::from_slice::<Value>(&slow).unwrap()
            );
            let mut fast = Vec::new();
            let took = d.write_json(body, &mut fast).is_ok();
            assert_eq!(took, body == [0x08, 0x00, 0x68, 0x00], "{body:?}");
        }
    }

    #[test]
    fn mapping_errors_name_the_field() {
        let s = schema();
        let codec = ProtoCodec::new(1, s.message(Some("Said")).unwrap());
        let mut out = Vec::new();
        let e = codec
            .encode(&json!({"text": "x", "mood": "ANGRY"}), &mut out)
            .unwrap_err();
        assert!(e.starts_with("/mood: "), "{e}");
        let e = codec
            .encode(&json!({"meta": {"at": "soon"}}), &mut out)
            .unwrap_err();
        assert!(e.starts_with("/meta/at: "), "{e}");
        let e = codec
            .encode(&json!({"parts": [{"n": 1}, {"n": -1}]}), &mut out)
            .unwrap_err();
        assert!(e.starts_with("/parts/1/n: "), "{e}");
        let e = codec.encode(&json!({"nope": 1}), &mut out).unwrap_err();
        assert!(e.starts_with("/nope: ") && e.contains("no field"), "{e}");
        let e = codec.encode(&json!([1]), &mut out).unwrap_err();
        assert!(e.starts_with("(root): "), "{e}");
        assert!(out.is_empty(), "nothing written on error");
    }

    #[test]
    fn truncated_or_foreign_bodies_are_errors_not_panics() {
        let s = schema();
        assert!(s.write_json(&[], &mut Vec::new()).is_err());
        assert!(s
            .write_json(&[0, 0x0a, 0x05, b'a'], &mut Vec::new())
            .is_err());
        assert!(s.write_json(&[2, 0xff], &mut Vec::new()).is_err());
    }
}
