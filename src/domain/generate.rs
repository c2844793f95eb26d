//! Random events that conform to an Avro schema, for `kctl produce --generate`.
//!
//! Values come out in Avro's JSON encoding (unions as `{"<branch>": value}`,
//! bytes as code-point strings), which `kctl_avro::encode` in `InputDialect::AvroJson`
//! encodes exactly. The generator is pure and seeded: the same seed, schema and
//! base time give the same values, hence the same bytes.
//!
//! What it produces: enum symbols from the schema; `uuid` in version 4 form;
//! timestamps within the day before the base time and dates within the year
//! before it; decimals within their precision; every branch of each union in
//! turn (round-robin per union, so N records exercise all of them once N
//! reaches the branch count); array and map sizes from 0 to 4; short readable
//! strings. Below a nesting depth of [`MAX_DEPTH`] recursive types stop at a
//! `null` branch or an empty array or map.
//!
//! The random numbers come from a hand-written SplitMix64 ([`Rng`]) rather
//! than the `rand` crate on purpose: `--seed` promises the same bytes on any
//! machine and with any later kctl, and rand documents that its `StdRng`
//! may change its output between versions. Eight lines of arithmetic fix the
//! sequence for good.

use std::collections::HashMap;

use apache_avro::schema::{DecimalSchema, InnerDecimalSchema, UnionSchema, UuidSchema};
use apache_avro::Schema;
use serde_json::{Map, Number, Value};

use kctl_avro::encode::{put_bytes, put_long, AvroSchema};

/// Nesting depth after which recursive types are cut short.
pub const MAX_DEPTH: usize = 12;
/// Depth at which a schema that cannot stop recursing is an error.
const HARD_LIMIT: usize = 64;

/// SplitMix64: a tiny, fast, well-distributed seedable generator. Enough for
/// test data; not for anything secret.
#[derive(Debug, Clone)]
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Rng {
        Rng(seed)
    }

    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    /// Uniform in `0..n` (`n > 0`), by widening multiplication.
    pub fn below(&mut self, n: u64) -> u64 {
        ((u128::from(self.next_u64()) * u128::from(n)) >> 64) as u64
    }

    fn byte(&mut self) -> u8 {
        self.next_u64() as u8
    }
}

/// Syllables for readable strings ("tavo-417").
const SYLLABLES: [&str; 24] = [
    "ka", "lo", "mi", "ne", "ru", "sa", "ti", "vo", "ba", "de", "fi", "go", "ha", "ju", "ke", "la",
    "mo", "nu", "pa", "ri", "se", "to", "za", "xe",
];

pub struct Generator<'s> {
    schema: &'s AvroSchema,
    rng: Rng,
    base_millis: i64,
    /// Next branch per union, keyed by the union's address in `schema`.
    turns: HashMap<*const UnionSchema, usize>,
}

impl<'s> Generator<'s> {
    /// `base_millis` anchors timestamps and dates (pass "now", or a fixed
    /// instant for byte-for-byte reproducible runs).
    pub fn new(schema: &'s AvroSchema, seed: u64, base_millis: i64) -> Generator<'s> {
        Generator {
            schema,
            rng: Rng::new(seed),
            base_millis,
            turns: HashMap::new(),
        }
    }

    /// The next event, in Avro's JSON encoding.
    pub fn next_value(&mut self) -> Result<Value, String> {
        self.gen(self.schema.root(), 0)
    }

    fn gen(&mut self, s: &'s Schema, depth: usize) -> Result<Value, String> {
        if depth > HARD_LIMIT {
            return Err(format!(
                "the schema recurses deeper than {HARD_LIMIT} levels without a null branch, array or map to stop at"
            ));
        }
        let rng = &mut self.rng;
        Ok(match s {
            Schema::Null => Value::Null,
            Schema::Boolean => Value::Bool(rng.below(2) == 1),
            Schema::Int => Value::from(rng.below(1000) as i64 - 100),
            Schema::Long => Value::from(rng.below(1_000_000) as i64),
            // Quarters and hundredths print exactly and survive f32.
            Schema::Float => num(rng.below(40_000) as f64 / 4.0),
            Schema::Double => num(rng.below(10_000_000) as f64 / 100.0),
            Schema::Bytes => {
                let n = rng.below(9) as usize;
                code_points((0..n).map(|_| rng.byte()))
            }
            Schema::String => Value::String(word(rng)),
            Schema::Enum(e) => {
                let i = rng.below(e.symbols.len() as u64) as usize;
                Value::String(e.symbols[i].clone())
            }
            Schema::Fixed(f) => code_points((0..f.size).map(|_| rng.byte())),
            Schema::Array(a) => {
                let n = if depth >= MAX_DEPTH { 0 } else { rng.below(5) };
                let mut items = Vec::with_capacity(n as usize);
                for _ in 0..n {
                    items.push(self.gen(&a.items, depth + 1)?);
                }
                Value::Array(items)
            }
            Schema::Map(m) => {
                let n = if depth >= MAX_DEPTH { 0 } else { rng.below(5) };
                let mut entries = Map::new();
                for i in 0..n {
                    let key = format!("{}-{i}", word(&mut self.rng));
                    entries.insert(key, self.gen(&m.types, depth + 1)?);
                }
                Value::Object(entries)
            }
            Schema::Union(u) => return self.gen_union(u, depth),
            Schema::Record(r) => {
                let mut obj = Map::new();
                for f in &r.fields {
                    obj.insert(f.name.clone(), self.gen(&f.schema, depth + 1)?);
                }
                Value::Object(obj)
            }
            Schema::Decimal(ds) => {
                let unscaled = decimal_bytes(rng, ds);
                code_points(unscaled.into_iter())
            }
            Schema::BigDecimal => {
                let digits = 1 + rng.below(12) as u32;
                let v = rng.below(10u64.pow(digits)) as i128;
                let v = if rng.below(2) == 1 { -v } else { v };
                let mut inner = Vec::new();
                put_bytes(&mut inner, &minimal_twos_complement(v));
                put_long(&mut inner, rng.below(5) as i64);
                code_points(inner.into_iter())
            }
            Schema::Uuid(UuidSchema::String) => Value::String(uuid_text(&uuid_v4(rng))),
            Schema::Uuid(UuidSchema::Fixed(_) | UuidSchema::Bytes) => {
                code_points(uuid_v4(rng).into_iter())
            }
            Schema::Date => {
                let days = self.base_millis.div_euclid(86_400_000) - rng.below(365) as i64;
                Value::from(days)
            }
            Schema::TimeMillis => Value::from(rng.below(86_400_000) as i64),
            Schema::TimeMicros => Value::from(rng.below(86_400_000_000) as i64),
            Schema::TimestampMillis | Schema::LocalTimestampMillis => {
                Value::from(self.base_millis - rng.below(86_400_000) as i64)
            }
            Schema::TimestampMicros | Schema::LocalTimestampMicros => {
                let ms = self.base_millis - rng.below(86_400_000) as i64;
                Value::from(ms * 1000 + rng.below(1000) as i64)
            }
            Schema::TimestampNanos | Schema::LocalTimestampNanos => {
                let ms = self.base_millis - rng.below(86_400_000) as i64;
                Value::from(ms * 1_000_000 + rng.below(1_000_000) as i64)
            }
            Schema::Duration(_) => {
                let mut b = Vec::with_capacity(12);
                b.extend_from_slice(&(rng.below(12) as u32).to_le_bytes());
                b.extend_from_slice(&(rng.below(31) as u32).to_le_bytes());
                b.extend_from_slice(&(rng.below(86_400_000) as u32).to_le_bytes());
                code_points(b.into_iter())
            }
            Schema::Ref { .. } => {
                let target = self.schema.resolve(s)?;
                return self.gen(target, depth);
            }
        })
    }

    fn gen_union(&mut self, u: &'s UnionSchema, depth: usize) -> Result<Value, String> {
        let variants = u.variants();
        if variants.is_empty() {
            return Err("empty union".into());
        }
        let i = if depth >= MAX_DEPTH {
            // Deep inside a recursive type: prefer a branch that ends it.
            variants
                .iter()
                .position(|s| matches!(s, Schema::Null))
                .or_else(|| variants.iter().position(|s| !is_composite(s)))
                .unwrap_or(0)
        } else {
            let turn = self.turns.entry(u as *const UnionSchema).or_insert(0);
            let i = *turn % variants.len();
            *turn += 1;
            i
        };
        let branch = &variants[i];
        if matches!(branch, Schema::Null) {
            return Ok(Value::Null);
        }
        let name = self.schema.branch_name(branch);
        let inner = self.gen(branch, depth + 1)?;
        let mut tagged = Map::new();
        tagged.insert(name, inner);
        Ok(Value::Object(tagged))
    }
}

fn is_composite(s: &Schema) -> bool {
    matches!(
        s,
        Schema::Record(_) | Schema::Ref { .. } | Schema::Array(_) | Schema::Map(_)
    )
}

fn num(x: f64) -> Value {
    Number::from_f64(x).map_or(Value::Null, Value::Number)
}

fn code_points(bytes: impl Iterator<Item = u8>) -> Value {
    Value::String(bytes.map(char::from).collect())
}

pub fn word(rng: &mut Rng) -> String {
    let n = 2 + rng.below(2) as usize;
    let mut s = String::with_capacity(12);
    for _ in 0..n {
        s.push_str(SYLLABLES[rng.below(SYLLABLES.len() as u64) as usize]);
    }
    s.push('-');
    let n = rng.below(1000) as u32;
    for d in [n / 100, n / 10 % 10, n % 10] {
        s.push(char::from_digit(d, 10).unwrap_or('0'));
    }
    s
}

pub fn uuid_v4(rng: &mut Rng) -> [u8; 16] {
    let mut b = [0u8; 16];
    b[..8].copy_from_slice(&rng.next_u64().to_be_bytes());
    b[8..].copy_from_slice(&rng.next_u64().to_be_bytes());
    b[6] = (b[6] & 0x0f) | 0x40;
    b[8] = (b[8] & 0x3f) | 0x80;
    b
}

pub fn uuid_text(b: &[u8; 16]) -> String {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    let mut s = String::with_capacity(36);
    for (i, byte) in b.iter().enumerate() {
        if matches!(i, 4 | 6 | 8 | 10) {
            s.push('-');
        }
        s.push(char::from(HEX[usize::from(byte >> 4)]));
        s.push(char::from(HEX[usize::from(byte & 0xf)]));
    }
    s
}

/// A random unscaled value within the decimal's precision (at most 18
/// digits), as the bytes or the sign-extended fixed it is written as.
fn decimal_bytes(rng: &mut Rng, ds: &DecimalSchema) -> Vec<u8> {
    let max_digits = ds.precision.clamp(1, 18) as u32;
    let digits = 1 + rng.below(u64::from(max_digits)) as u32;
    let v = rng.below(10u64.pow(digits)) as i128;
    let v = if rng.below(2) == 1 { -v } else { v };
    let b = minimal_twos_complement(v);
    match &ds.inner {
        InnerDecimalSchema::Bytes => b,
        InnerDecimalSchema::Fixed(f) if b.len() <= f.size => {
            let fill = if v < 0 { 0xff } else { 0 };
            let mut out = vec![fill; f.size - b.len()];
            out.extend_from_slice(&b);
            out
        }
        // A fixed too small for its declared precision: zero fits any size.
        InnerDecimalSchema::Fixed(f) => vec![0; f.size],
    }
}

fn minimal_twos_complement(v: i128) -> Vec<u8> {
    let full = v.to_be_bytes();
    let mut start = 0;
    while start < full.len() - 1 {
        let (b, next) = (full[start], full[start + 1]);
        if (b == 0 && next & 0x80 == 0) || (b == 0xff && next & 0x80 != 0) {
            start += 1;
        } else {
            break;
        }
    }
    full[start..].to_vec()
}

#[cfg(test)]
mod tests {
    use super::*;
    use kctl_avro::encode::InputDialect;

    const SCHEMA: &str = r#"{
      "type": "record", "name": "Event", "namespace": "t",
      "fields": [
        {"name": "id", "type": {"type": "string", "logicalType": "uuid"}},
        {"name": "at", "type": {"type": "long", "logicalType": "timestamp-millis"}},
        {"name": "amount", "type": {"type": "bytes", "logicalType": "decimal", "precision": 5, "scale": 2}},
        {"name": "fx", "type": {"type": "fixed", "name": "Fx", "size": 3, "logicalType": "decimal", "precision": 6, "scale": 0}},
        {"name": "level", "type": {"type": "enum", "name": "Level", "symbols": ["LOW", "HIGH"]}},
        {"name": "choice", "type": ["null", "string", "int", {"type": "record", "name": "Sub", "fields": [{"name": "x", "type": "double"}]}]},
        {"name": "tags", "type": {"type": "array", "items": "string"}},
        {"name": "attrs", "type": {"type": "map", "values": "bytes"}},
        {"name": "next", "type": ["null", "Event"], "default": null}
      ]}"#;

    const BASE: i64 = 1_735_689_600_000;

    #[test]
    fn generated_values_encode_with_the_schema() {
        let s = AvroSchema::parse(SCHEMA).unwrap();
        let mut g = Generator::new(&s, 7, BASE);
        for _ in 0..200 {
            let v = g.next_value().unwrap();
            let mut out = Vec::new();
            s.encode(&v, InputDialect::AvroJson, &mut out)
                .unwrap_or_else(|e| panic!("{e}: {v}"));
            let id = v["id"].as_str().unwrap();
            assert_eq!(&id[14..15], "4", "version 4 uuid: {id}");
            let at = v["at"].as_i64().unwrap();
            assert!((BASE - 86_400_000..=BASE).contains(&at));
            assert!(["LOW", "HIGH"].contains(&v["level"].as_str().unwrap()));
            assert!(v["tags"].as_array().unwrap().len() <= 4);
        }
    }

    #[test]
    fn every_union_branch_is_exercised_in_turn() {
        let s = AvroSchema::parse(SCHEMA).unwrap();
        let mut g = Generator::new(&s, 1, BASE);
        let kinds: Vec<String> = (0..4)
            .map(|_| {
                let v = g.next_value().unwrap();
                match &v["choice"] {
                    Value::Null => "null".to_string(),
                    Value::Object(o) => o.keys().next().unwrap().clone(),
                    other => panic!("untagged union value {other}"),
                }
            })
            .collect();
        assert_eq!(kinds, ["null", "string", "int", "t.Sub"]);
    }

    #[test]
    fn the_same_seed_gives_the_same_values_and_another_seed_does_not() {
        let s = AvroSchema::parse(SCHEMA).unwrap();
        let run = |seed| {
            let mut g = Generator::new(&s, seed, BASE);
            (0..20).map(|_| g.next_value().unwrap()).collect::<Vec<_>>()
        };
        assert_eq!(run(42), run(42));
        assert_ne!(run(42), run(43));
    }

    #[test]
    fn decimals_stay_within_their_precision() {
        let s = AvroSchema::parse(SCHEMA).unwrap();
        let mut g = Generator::new(&s, 3, BASE);
        for _ in 0..300 {
            let v = g.next_value().unwrap();
            let bytes: Vec<u8> = v["amount"]
                .as_str()
                .unwrap()
                .chars()
                .map(|c| c as u8)
                .collect();
            let mut n: i64 = if bytes[0] & 0x80 != 0 { -1 } else { 0 };
            for b in &bytes {
                n = (n << 8) | i64::from(*b);
            }
            assert!(n.abs() < 100_000, "{n} exceeds precision 5");
            assert_eq!(v["fx"].as_str().unwrap().chars().count(), 3);
        }
    }

    /// The project's schema files, each parsed with the files it references.
    fn schema_files() -> Vec<(&'static str, apache_avro::Schema, Vec<apache_avro::Schema>)> {
        let read = |f: &str| {
            let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
                .join("schemas")
                .join(f);
            std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
        };
        let inspection = read("inspection.avsc");
        [
            ("inspection.avsc", vec![]),
            ("manufacturing.avsc", vec![inspection.clone()]),
            ("quality.avsc", vec![inspection.clone()]),
            ("system.avsc", vec![inspection.clone()]),
            ("user.avsc", vec![]),
        ]
        .into_iter()
        .map(|(file, deps)| {
            let (root, parsed) =
                kctl_avro::schema::parse_with_dependencies(&read(file), &deps).unwrap();
            (file, root, parsed)
        })
        .collect()
    }

    #[test]
    fn every_schema_file_generates_encodable_events() {
        for (file, root, parsed) in schema_files() {
            let s = AvroSchema::new(root, &parsed);
            let mut g = Generator::new(&s, 11, BASE);
            for _ in 0..50 {
                let v = g.next_value().unwrap();
                let mut out = Vec::new();
                s.encode(&v, InputDialect::AvroJson, &mut out)
                    .unwrap_or_else(|e| panic!("{file}: {e}: {v}"));
            }
        }
    }

    /// The streaming encoder (what produce runs per line) writes what the
    /// value encoder writes, on every schema file's events in plain JSON,
    /// whenever it takes the text.
    #[test]
    fn the_streaming_encoder_agrees_with_the_value_encoder() {
        for (file, root, parsed) in schema_files() {
            let s = AvroSchema::new(root.clone(), &parsed);
            let decoder = kctl_avro::decode::compile(&root, &parsed).unwrap();
            let mut g = Generator::new(&s, 5, BASE);
            for _ in 0..200 {
                let v = g.next_value().unwrap();
                let mut datum = Vec::new();
                s.encode(&v, InputDialect::AvroJson, &mut datum).unwrap();
                for style in [
                    kctl_avro::decode::JsonStyle::Plain,
                    kctl_avro::decode::JsonStyle::Avro,
                ] {
                    let mut text = Vec::new();
                    decoder.write_json(&datum, style, &mut text).unwrap();
                    let parsed: Value = serde_json::from_slice(&text).unwrap();
                    let mut slow = Vec::new();
                    let slow = s
                        .encode(&parsed, InputDialect::Auto, &mut slow)
                        .map(|()| slow)
                        .ok();
                    let mut fast = Vec::new();
                    if s.encode_text(&text, &mut fast).is_ok() {
                        assert_eq!(
                            Some(fast),
                            slow,
                            "{file}: {}",
                            String::from_utf8_lossy(&text)
                        );
                    }
                }
            }
        }
        // These schemas' events mostly fall to the value encoder (unions of
        // records, timestamps written as text): the agreement is what counts
        // here; kctl_avro::stream's own tests cover events it takes.
    }

    #[test]
    fn recursion_without_an_exit_is_an_error_not_a_hang() {
        let s = AvroSchema::parse(
            r#"{"type":"record","name":"Loop","fields":[{"name":"me","type":"Loop"}]}"#,
        )
        .unwrap();
        let e = Generator::new(&s, 0, BASE).next_value().unwrap_err();
        assert!(e.contains("recurses deeper"), "{e}");
    }

    #[test]
    fn uuid_text_is_lowercase_8_4_4_4_12() {
        let b: [u8; 16] = std::array::from_fn(|i| (i as u8) * 17);
        assert_eq!(uuid_text(&b), "00112233-4455-6677-8899-aabbccddeeff");
    }

    #[test]
    fn twos_complement_is_minimal() {
        assert_eq!(minimal_twos_complement(0), [0]);
        assert_eq!(minimal_twos_complement(-1), [0xff]);
        assert_eq!(minimal_twos_complement(128), [0, 0x80]);
        assert_eq!(minimal_twos_complement(-129), [0xff, 0x7f]);
    }

    #[test]
    fn splitmix_matches_its_reference_sequence() {
        // First outputs of SplitMix64 seeded with 0, from the algorithm's
        // published reference implementation.
        let mut r = Rng::new(0);
        assert_eq!(r.next_u64(), 0xe220_a839_7b1d_cdaf);
        assert_eq!(r.next_u64(), 0x6e78_9e6a_a1b9_65f4);
    }
}
