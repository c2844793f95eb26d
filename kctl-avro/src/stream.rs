//! JSON text straight to Avro binary, driven by the schema as the text is
//! read: what `produce` runs per line, instead of building a
//! `serde_json::Value` (an index map per object, a `String` per string) for
//! [`AvroSchema::encode`] to walk.
//!
//! It takes the common shape of an event and writes exactly what
//! [`AvroSchema::encode`] writes in its `Auto` dialect: a record's fields
//! all present and in the schema's order; primitives, enums, UUID strings
//! and the integer forms of the date and time types; arrays and maps; a
//! union value that is `null`, a boolean, a number or a string (the first
//! branch of the value's own kind that takes it, as `encode` picks). Any
//! other input (fields missing, out of order or unknown, a map key twice, a
//! union value that is an object or an array, conversions such as an RFC
//! 3339 timestamp, bytes, fixed, decimals, `NaN`) makes it give up, and the
//! caller encodes the parsed value instead, which also words any error.

use std::fmt;

use apache_avro::schema::UuidSchema;
use apache_avro::Schema;
use serde::de::{DeserializeSeed, Deserializer, Error as _, MapAccess, SeqAccess, Visitor};

use crate::encode::{is_long_based, parse_uuid, put_bytes, put_long, AvroSchema};

/// The streaming encoder gave up: encode the parsed value instead.
#[derive(Debug)]
pub struct GiveUp;

impl AvroSchema {
    /// Appends the Avro binary of the JSON `text` (one value, whitespace
    /// around it allowed); on `GiveUp` `out` is left as it was.
    pub fn encode_text(&self, text: &[u8], out: &mut Vec<u8>) -> Result<(), GiveUp> {
        let start = out.len();
        let mut de = serde_json::Deserializer::from_slice(text);
        let r = Seed {
            s: self,
            node: self.root(),
            out: &mut *out,
        }
        .deserialize(&mut de)
        .and_then(|()| de.end());
        if r.is_err() {
            out.truncate(start);
            return Err(GiveUp);
        }
        Ok(())
    }
}

struct Seed<'a, 's> {
    s: &'s AvroSchema,
    node: &'s Schema,
    out: &'a mut Vec<u8>,
}

fn give_up<E: serde::de::Error>() -> E {
    E::custom("not taken by the streaming encoder")
}

impl<'de> DeserializeSeed<'de> for Seed<'_, '_> {
    type Value = ();

    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<(), D::Error> {
        let node = self
            .s
            .resolve(self.node)
            .map_err(|_| give_up::<D::Error>())?;
        d.deserialize_any(Node {
            s: self.s,
            node,
            out: self.out,
        })
    }
}

/// Writes one value of `node` (already resolved) from whatever JSON comes.
struct Node<'a, 's> {
    s: &'s AvroSchema,
    node: &'s Schema,
    out: &'a mut Vec<u8>,
}

/// Int-based types that take an integer as it is.
fn is_int_like(s: &Schema) -> bool {
    matches!(s, Schema::Int | Schema::Date | Schema::TimeMillis)
}

impl<'s> Node<'_, 's> {
    /// The union branch a value of a kind goes to: the first whose
    /// (resolved) type `take` accepts.
    fn branch(&self, take: impl Fn(&'s Schema) -> bool) -> Option<(usize, &'s Schema)> {
        let Schema::Union(u) = self.node else {
            return None;
        };
        u.variants()
            .iter()
            .enumerate()
            .filter_map(|(i, b)| self.s.resolve(b).ok().map(|r| (i, r)))
            .find(|(_, r)| take(r))
    }

    fn integer<E: serde::de::Error>(self, n: i128) -> Result<(), E> {
        let fits_int = i32::try_from(n).is_ok();
        let fits_long = i64::try_from(n).is_ok();
        let target = match self.node {
            Schema::Union(_) => {
                let (i, b) = self
                    .branch(|b| (is_int_like(b) && fits_int) || (is_long_based(b) && fits_long))
                    .ok_or_else(give_up)?;
                put_long(self.out, i as i64);
                b
            }
            other => other,
        };
        match target {
            t if (is_int_like(t) && fits_int) || (is_long_based(t) && fits_long) => {
                put_long(self.out, n as i64)
            }
            Schema::Float if fits_long => self
                .out
                .extend_from_slice(&((n as i64 as f64) as f32).to_le_bytes()),
            Schema::Double if fits_long => {
                self.out.extend_from_slice(&(n as i64 as f64).to_le_bytes())
            }
            _ => return Err(give_up()),
        }
        Ok(())
    }
}

impl<'de> Visitor<'de> for Node<'_, '_> {
    type Value = ();

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a value of the schema")
    }

    fn visit_unit<E: serde::de::Error>(self) -> Result<(), E> {
        match self.node {
            Schema::Null => Ok(()),
            Schema::Union(_) => {
                let (i, _) = self
                    .branch(|b| matches!(b, Schema::Null))
                    .ok_or_else(give_up)?;
                put_long(self.out, i as i64);
                Ok(())
            }
            _ => Err(give_up()),
        }
    }

    fn visit_bool<E: serde::de::Error>(self, v: bool) -> Result<(), E> {
        match self.node {
            Schema::Boolean => {}
            Schema::Union(_) => {
                let (i, _) = self
                    .branch(|b| matches!(b, Schema::Boolean))
                    .ok_or_else(give_up)?;
                put_long(self.out, i as i64);
            }
            _ => return Err(give_up()),
        }
        self.out.push(u8::from(v));
        Ok(())
    }

    fn visit_i64<E: serde::de::Error>(self, v: i64) -> Result<(), E> {
        self.integer(i128::from(v))
    }

    fn visit_u64<E: serde::de::Error>(self, v: u64) -> Result<(), E> {
        self.integer(i128::from(v))
    }

    fn visit_f64<E: serde::de::Error>(self, v: f64) -> Result<(), E> {
        let target = match self.node {
            Schema::Union(_) => {
                let (i, b) = self
                    .branch(|b| matches!(b, Schema::Float | Schema::Double))
                    .ok_or_else(give_up)?;
                put_long(self.out, i as i64);
                b
            }
            other => other,
        };
        match target {
            Schema::Float => self.out.extend_from_slice(&(v as f32).to_le_bytes()),
            Schema::Double => self.out.extend_from_slice(&v.to_le_bytes()),
            _ => return Err(give_up()),
        }
        Ok(())
    }

    fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<(), E> {
        let takes = |b: &Schema| match b {
            Schema::String => true,
            Schema::Enum(e) => e.symbols.iter().any(|s| s == v),
            Schema::Uuid(UuidSchema::String) => parse_uuid(v).is_some(),
            _ => false,
        };
        let target = match self.node {
            Schema::Union(_) => {
                let (i, b) = self.branch(takes).ok_or_else(give_up)?;
                put_long(self.out, i as i64);
                b
            }
            other if takes(other) => other,
            _ => return Err(give_up()),
        };
        match target {
            Schema::Enum(e) => {
                let i = e.symbols.iter().position(|s| s == v).ok_or_else(give_up)?;
                put_long(self.out, i as i64);
            }
            _ => put_bytes(self.out, v.as_bytes()),
        }
        Ok(())
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<(), A::Error> {
        let Schema::Array(a) = self.node else {
            return Err(give_up());
        };
        let start = self.out.len();
        let mut n: i64 = 0;
        while seq
            .next_element_seed(Seed {
                s: self.s,
                node: &a.items,
                out: &mut *self.out,
            })?
            .is_some()
        {
            n += 1;
        }
        close_block(self.out, start, n);
        Ok(())
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<(), A::Error> {
        match self.node {
            Schema::Record(r) => {
                for f in &r.fields {
                    if map.next_key_seed(KeyIs(&f.name))? != Some(true) {
                        return Err(give_up());
                    }
                    map.next_value_seed(Seed {
                        s: self.s,
                        node: &f.schema,
                        out: &mut *self.out,
                    })?;
                }
                if map.next_key::<serde::de::IgnoredAny>()?.is_some() {
                    return Err(give_up());
                }
                Ok(())
            }
            Schema::Map(m) => {
                let start = self.out.len();
                // Where each key's bytes are, to catch a key given twice
                // (the parsed value keeps one entry for it).
                let mut keys: Vec<(usize, usize)> = Vec::new();
                let mut n: i64 = 0;
                while let Some((a, b)) = map.next_key_seed(WriteKey(&mut *self.out))? {
                    if keys.iter().any(|&(c, d)| self.out[c..d] == self.out[a..b]) {
                        return Err(give_up());
                    }
                    keys.push((a, b));
                    map.next_value_seed(Seed {
                        s: self.s,
                        node: &m.types,
                        out: &mut *self.out,
                    })?;
                    n += 1;
                }
                close_block(self.out, start, n);
                Ok(())
            }
            _ => Err(A::Error::custom("not taken by the streaming encoder")),
        }
    }
}

/// A map key that must be `.0` (a record's next field): whether it is.
struct KeyIs<'n>(&'n str);

impl<'de> DeserializeSeed<'de> for KeyIs<'_> {
    type Value = bool;

    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<bool, D::Error> {
        d.deserialize_str(self)
    }
}

impl<'de> Visitor<'de> for KeyIs<'_> {
    type Value = bool;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a field name")
    }

    fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<bool, E> {
        Ok(v == self.0)
    }
}

/// A map key, written as an Avro string; returns where its bytes are.
struct WriteKey<'a>(&'a mut Vec<u8>);

impl<'de> DeserializeSeed<'de> for WriteKey<'_> {
    type Value = (usize, usize);

    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<(usize, usize), D::Error> {
        d.deserialize_str(self)
    }
}

impl<'de> Visitor<'de> for WriteKey<'_> {
    type Value = (usize, usize);

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a map key")
    }

    fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<(usize, usize), E> {
        put_long(self.0, v.len() as i64);
        let start = self.0.len();
        self.0.extend_from_slice(v.as_bytes());
        Ok((start, self.0.len()))
    }
}

/// Ends an array or map whose `n` items were written from `start`: the
/// count goes before them (none for an empty one), a 0 after.
fn close_block(out: &mut Vec<u8>, start: usize, n: i64) {
    if n > 0 {
        let mut count = Vec::with_capacity(10);
        put_long(&mut count, n);
        out.splice(start..start, count);
    }
    out.push(0);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::encode::InputDialect;
    use serde_json::Value;

    const SCHEMA: &str = r#"{"type":"record","name":"E","namespace":"t","fields":[
      {"name":"id","type":{"type":"string","logicalType":"uuid"}},
      {"name":"ts","type":{"type":"long","logicalType":"timestamp-millis"}},
      {"name":"kind","type":{"type":"enum","name":"K","symbols":["A","B"]}},
      {"name":"n","type":"int"},
      {"name":"x","type":"double"},
      {"name":"f","type":"float"},
      {"name":"ok","type":"boolean"},
      {"name":"s","type":["null","string"],"default":null},
      {"name":"u","type":["null","long","double","K","string"]},
      {"name":"tags","type":{"type":"array","items":"string"}},
      {"name":"attrs","type":{"type":"map","values":"long"}},
      {"name":"inner","type":{"type":"record","name":"I","fields":[{"name":"k","type":"K"}]}}
    ]}"#;

    fn both(schema: &AvroSchema, text: &str) -> (Option<Vec<u8>>, Result<Vec<u8>, String>) {
        let mut fast = Vec::new();
        let took = schema.encode_text(text.as_bytes(), &mut fast).is_ok();
        let v: Value = serde_json::from_str(text).unwrap();
        let mut slow = Vec::new();
        let slow = schema
            .encode(&v, InputDialect::Auto, &mut slow)
            .map(|()| slow)
            .map_err(|e| e.to_string());
        (took.then_some(fast), slow)
    }

    #[test]
    fn writes_what_the_value_encoder_writes_or_gives_up() {
        let s = AvroSchema::parse(SCHEMA).unwrap();
        let base = r#""id":"6f1c2b1e-8a43-4f7e-9a55-0b7d0c1e2f3a","ts":1735689600000,"kind":"B","n":-3,"x":2.5,"f":0.1,"ok":true"#;
        let taken = [
            format!(r#"{{{base},"s":null,"u":null,"tags":[],"attrs":{{}},"inner":{{"k":"A"}}}}"#),
            format!(
                r#"{{{base},"s":"x","u":7,"tags":["a","b"],"attrs":{{"a":1,"b":-2}},"inner":{{"k":"B"}}}}"#
            ),
            format!(
                r#" {{{base},"s":"é\n","u":1.5,"tags":["a"],"attrs":{{"z":0}},"inner":{{"k":"A"}}}} "#
            ),
            format!(r#"{{{base},"s":"y","u":"B","tags":[],"attrs":{{}},"inner":{{"k":"A"}}}}"#),
            format!(r#"{{{base},"s":"y","u":"Q","tags":[],"attrs":{{}},"inner":{{"k":"A"}}}}"#),
            r#"{"id":"6f1c2b1e-8a43-4f7e-9a55-0b7d0c1e2f3a","ts":1,"kind":"A","n":1,"x":3,"f":4,"ok":false,"s":null,"u":null,"tags":[],"attrs":{},"inner":{"k":"A"}}"#.to_string(),
        ];
        for t in &taken {
            let (fast, slow) = both(&s, t);
            assert_eq!(fast.as_ref(), slow.as_ref().ok(), "{t}");
            assert!(fast.is_some(), "not taken: {t}");
        }
        // Given up on (the value encoder decides, and words any error).
        let given_up = [
            format!(r#"{{{base},"u":null,"s":null,"tags":[],"attrs":{{}},"inner":{{"k":"A"}}}}"#),
            format!(
                r#"{{{base},"s":null,"u":null,"tags":[],"attrs":{{"a":1,"a":2}},"inner":{{"k":"A"}}}}"#
            ),
            format!(
                r#"{{{base},"s":null,"u":{{"string":"x"}},"tags":[],"attrs":{{}},"inner":{{"k":"A"}}}}"#
            ),
            format!(r#"{{{base},"s":null,"u":null,"tags":[],"attrs":{{}},"inner":{{"k":"C"}}}}"#),
            format!(
                r#"{{{base},"s":null,"u":null,"tags":[],"attrs":{{}},"inner":{{"k":"A"}},"extra":1}}"#
            ),
            format!(r#"{{{base},"s":null,"u":null,"tags":[],"attrs":{{}}}}"#),
            r#"{"id":"nope"}"#.to_string(),
            r#"{"id":"6f1c2b1e-8a43-4f7e-9a55-0b7d0c1e2f3a","ts":"2024-05-01T12:00:00Z"}"#
                .to_string(),
        ];
        for t in &given_up {
            let (fast, _) = both(&s, t);
            assert!(fast.is_none(), "taken: {t}");
        }
        let mut out = vec![9];
        assert!(s.encode_text(b"{\"id\":1}", &mut out).is_err());
        assert_eq!(out, [9], "left as it was");
    }

    /// Random events of the schema above, as producers write them: every
    /// one taken, and every one the same bytes as the value encoder's.
    #[test]
    fn random_events_agree_with_the_value_encoder() {
        let s = AvroSchema::parse(SCHEMA).unwrap();
        let mut state: u64 = 7;
        let mut next = move |n: u64| {
            state = state
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            (state >> 33) % n
        };
        let words = ["amber", "basil", "cedar", "é\"q", "\u{1}x", ""];
        for i in 0..2000 {
            let mut pick = |n: usize| next(n as u64) as usize;
            let w = |k: usize| serde_json::to_string(words[k]).unwrap();
            let u = match pick(5) {
                0 => "null".to_string(),
                1 => format!("{}", pick(1000) as i64 - 500),
                2 => format!("{}.25", pick(100)),
                3 => "\"A\"".to_string(),
                _ => w(pick(words.len())),
            };
            let tags: Vec<String> = (0..pick(4)).map(|_| w(pick(words.len()))).collect();
            let attrs: Vec<String> = (0..pick(3))
                .map(|k| format!("\"k{k}\":{}", pick(1 << 20) as i64 - (1 << 19)))
                .collect();
            let text = format!(
                r#"{{"id":"6f1c2b1e-8a43-4f7e-9a55-0b7d0c1e2f3a","ts":{},"kind":"{}","n":{},"x":{},"f":{},"ok":{},"s":{},"u":{u},"tags":[{}],"attrs":{{{}}},"inner":{{"k":"B"}}}}"#,
                1_735_689_600_000_i64 + i,
                ["A", "B"][pick(2)],
                pick(1 << 16) as i64 - (1 << 15),
                pick(10_000) as f64 / 8.0,
                pick(400) as f64 / 4.0,
                pick(2) == 1,
                if pick(3) == 0 {
                    "null".to_string()
                } else {
                    w(pick(words.len()))
                },
                tags.join(","),
                attrs.join(","),
            );
            let (fast, slow) = both(&s, &text);
            assert!(fast.is_some(), "not taken: {text}");
            assert_eq!(fast.as_ref(), slow.as_ref().ok(), "{text}");
        }
    }
}
