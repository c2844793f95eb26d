//! Random events for a Protobuf message (`kctl produce --generate`): a
//! dynamic message built field by field, then written in the same JSON
//! mapping tail prints, so every event encodes.
//!
//! Every field without presence gets a value; fields with presence
//! (messages, `optional`) always at the top level, below it most of the
//! time, and never past [`MAX_DEPTH`];
//! one member of each `oneof`; lists and maps of up to four entries.
//! Well-known types get values their JSON form accepts: a timestamp near
//! the run's start, a short duration; `Any`, `FieldMask` and `Struct` are
//! left empty.

use std::collections::HashMap;

use prost_reflect::bytes::Bytes;
use prost_reflect::{
    Cardinality, DynamicMessage, FieldDescriptor, Kind, MapKey, MessageDescriptor, Value as PValue,
};
use serde_json::Value;

use super::serialize_options;
use crate::domain::generate::{word, Rng, MAX_DEPTH};

/// Depth at which a message whose required fields never stop is an error.
const HARD_LIMIT: usize = 64;

pub struct Generator {
    message: MessageDescriptor,
    rng: Rng,
    base_millis: i64,
    turn: i64,
}

impl Generator {
    pub fn new(message: MessageDescriptor, seed: u64, base_millis: i64) -> Generator {
        Generator {
            message,
            rng: Rng::new(seed),
            base_millis,
            turn: 0,
        }
    }

    /// The next event, as JSON.
    pub fn next_value(&mut self) -> Result<Value, String> {
        let desc = self.message.clone();
        let msg = self.message_of(&desc, 0)?;
        self.turn += 1;
        msg.serialize_with_options(serde_json::value::Serializer, &serialize_options())
            .map_err(|e| e.to_string())
    }

    fn message_of(
        &mut self,
        d: &MessageDescriptor,
        depth: usize,
    ) -> Result<DynamicMessage, String> {
        if depth > HARD_LIMIT {
            return Err(format!(
                "{} nests deeper than {HARD_LIMIT} levels through required fields",
                d.full_name()
            ));
        }
        let mut m = DynamicMessage::new(d.clone());
        match d.full_name() {
            "google.protobuf.Timestamp" => {
                let millis = self.base_millis + self.turn * 1000 + self.rng.below(1000) as i64;
                set(&mut m, d, "seconds", PValue::I64(millis.div_euclid(1000)));
                set(
                    &mut m,
                    d,
                    "nanos",
                    PValue::I32((millis.rem_euclid(1000) * 1_000_000) as i32),
                );
                return Ok(m);
            }
            "google.protobuf.Duration" => {
                set(
                    &mut m,
                    d,
                    "seconds",
                    PValue::I64(self.rng.below(3600) as i64),
                );
                return Ok(m);
            }
            "google.protobuf.Any"
            | "google.protobuf.FieldMask"
            | "google.protobuf.Struct"
            | "google.protobuf.Value"
            | "google.protobuf.ListValue" => return Ok(m),
            _ => {}
        }
        // One member of each real oneof.
        for o in d.oneofs().filter(|o| !o.is_synthetic()) {
            let members: Vec<FieldDescriptor> = o.fields().collect();
            if members.is_empty() {
                continue;
            }
            let f = &members[self.rng.below(members.len() as u64) as usize];
            let v = self.single(f, depth)?;
            m.set_field(f, v);
        }
        for f in d.fields() {
            if f.containing_oneof().is_some_and(|o| !o.is_synthetic()) {
                continue;
            }
            let required = f.cardinality() == Cardinality::Required;
            if f.is_map() || f.is_list() {
                let n = if depth >= MAX_DEPTH {
                    0
                } else {
                    self.rng.below(5)
                };
                if n == 0 {
                    continue;
                }
                if f.is_map() {
                    let Kind::Message(entry) = f.kind() else {
                        continue;
                    };
                    let (kf, vf) = (entry.map_entry_key_field(), entry.map_entry_value_field());
                    let mut map = HashMap::new();
                    for i in 0..n {
                        let key = self.map_key(&kf, i);
                        map.insert(key, self.single(&vf, depth + 1)?);
                    }
                    m.set_field(&f, PValue::Map(map));
                } else {
                    let mut items = Vec::with_capacity(n as usize);
                    for _ in 0..n {
                        items.push(self.single(&f, depth + 1)?);
                    }
                    m.set_field(&f, PValue::List(items));
                }
                continue;
            }
            // Fields with presence: always at the top (an event has its
            // parts), most of the time below it.
            if f.supports_presence() && !required && depth > 0 {
                let deep = matches!(f.kind(), Kind::Message(_)) && depth >= MAX_DEPTH;
                if deep || self.rng.below(5) == 0 {
                    continue;
                }
            }
            let v = self.single(&f, depth)?;
            m.set_field(&f, v);
        }
        Ok(m)
    }

    fn map_key(&mut self, f: &FieldDescriptor, i: u64) -> MapKey {
        match f.kind() {
            Kind::Bool => MapKey::Bool(i % 2 == 1),
            Kind::Int32 | Kind::Sint32 | Kind::Sfixed32 => MapKey::I32(i as i32),
            Kind::Int64 | Kind::Sint64 | Kind::Sfixed64 => MapKey::I64(i as i64),
            Kind::Uint32 | Kind::Fixed32 => MapKey::U32(i as u32),
            Kind::Uint64 | Kind::Fixed64 => MapKey::U64(i),
            _ => MapKey::String(format!("{}-{i}", word(&mut self.rng))),
        }
    }

    /// One value of `f`'s type.
    fn single(&mut self, f: &FieldDescriptor, depth: usize) -> Result<PValue, String> {
        let rng = &mut self.rng;
        Ok(match f.kind() {
            Kind::Double => PValue::F64(rng.below(10_000_000) as f64 / 100.0),
            // Quarters print exactly and survive f32.
            Kind::Float => PValue::F32(rng.below(40_000) as f32 / 4.0),
            Kind::Int32 | Kind::Sint32 | Kind::Sfixed32 => {
                PValue::I32(rng.below(1000) as i32 - 100)
            }
            Kind::Int64 | Kind::Sint64 | Kind::Sfixed64 => PValue::I64(rng.below(1_000_000) as i64),
            Kind::Uint32 | Kind::Fixed32 => PValue::U32(rng.below(1000) as u32),
            Kind::Uint64 | Kind::Fixed64 => PValue::U64(rng.below(1_000_000)),
            Kind::Bool => PValue::Bool(rng.below(2) == 1),
            Kind::String => PValue::String(word(rng)),
            Kind::Bytes => {
                let n = rng.below(9) as usize;
                PValue::Bytes(Bytes::from(
                    (0..n).map(|_| rng.next_u64() as u8).collect::<Vec<_>>(),
                ))
            }
            Kind::Enum(e) => {
                let values: Vec<i32> = e.values().map(|v| v.number()).collect();
                PValue::EnumNumber(values[rng.below(values.len() as u64) as usize])
            }
            Kind::Message(m) => PValue::Message(self.message_of(&m, depth + 1)?),
        })
    }
}

fn set(m: &mut DynamicMessage, d: &MessageDescriptor, name: &str, v: PValue) {
    if let Some(f) = d.get_field_by_name(name) {
        m.set_field(&f, v);
    }
}

#[cfg(test)]
mod tests {
    use super::super::{ProtoCodec, ProtoSchema};
    use super::*;

    #[test]
    fn generated_events_encode_and_cover_the_message() {
        let s = ProtoSchema::parse(
            r#"syntax = "proto3";
package t;
import "google/protobuf/timestamp.proto";
import "google/protobuf/struct.proto";
enum Kind { K0 = 0; K1 = 1; K2 = 2; }
message Tree { string name = 1; repeated Tree children = 2; }
message Ev {
  string id = 1; int64 n = 2; Kind kind = 3; map<int32, string> m = 4;
  google.protobuf.Timestamp at = 5; Tree tree = 6; google.protobuf.Struct extra = 7;
  oneof who { string a = 8; uint64 b = 9; }
  optional double score = 10; bytes raw = 11;
}"#,
            &[],
        )
        .unwrap();
        let ev = s.message(Some("Ev")).unwrap();
        let codec = ProtoCodec::new(3, ev.clone());
        let mut g = Generator::new(ev, 42, 1_733_400_000_000);
        let mut seen_a = false;
        let mut seen_b = false;
        for _ in 0..50 {
            let v = g.next_value().unwrap();
            let mut out = Vec::new();
            codec.encode(&v, &mut out).unwrap();
            assert!(v["id"].is_string(), "{v}");
            assert!(v["at"].as_str().unwrap().starts_with("2024-12-05T"), "{v}");
            seen_a |= v.get("a").is_some();
            seen_b |= v.get("b").is_some();
            assert!(!(v.get("a").is_some() && v.get("b").is_some()));
        }
        assert!(seen_a && seen_b, "both oneof members drawn");
        let mut again = Generator::new(s.message(Some("Ev")).unwrap(), 42, 1_733_400_000_000);
        let mut g2 = Generator::new(s.message(Some("Ev")).unwrap(), 42, 1_733_400_000_000);
        assert_eq!(again.next_value().unwrap(), g2.next_value().unwrap());
    }
}
