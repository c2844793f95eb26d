//! kctl's Avro decoder alone (no broker, no I/O): decodes one ~200-byte
//! datum of the `tail` benchmark's schema (examples/bench_load.rs) N times
//! into JSON text, in both renderings, and prints the time per datum.
//!
//!     cargo run --release --example bench_avro_decode [-- N]

use std::time::Instant;

use apache_avro::types::Value as Avro;
use kctl_avro::decode::{compile, JsonStyle};

const SCHEMA: &str = r#"{"type":"record","name":"Reading","namespace":"bench.tail",
 "fields":[
  {"name":"id","type":"long"},
  {"name":"ts","type":{"type":"long","logicalType":"timestamp-millis"}},
  {"name":"device","type":"string"},
  {"name":"site","type":["null","string"],"default":null},
  {"name":"status","type":{"type":"enum","name":"Status","symbols":["OK","WARN","FAIL"]}},
  {"name":"temperature","type":"double"},
  {"name":"humidity","type":"float"},
  {"name":"tags","type":{"type":"map","values":"string"}},
  {"name":"samples","type":{"type":"array","items":"int"}},
  {"name":"note","type":["null","string"],"default":null},
  {"name":"firmware","type":"string"},
  {"name":"operator","type":["null","string"],"default":null}
 ]}"#;

fn main() {
    let n: u32 = std::env::args()
        .nth(1)
        .map(|a| a.parse().expect("N"))
        .unwrap_or(1_000_000);
    let schema = apache_avro::Schema::parse_str(SCHEMA).unwrap();
    let i: i64 = 14_679;
    let value = Avro::Record(vec![
        ("id".into(), Avro::Long(i)),
        ("ts".into(), Avro::TimestampMillis(1_795_514_400_000 + i)),
        ("device".into(), Avro::String(format!("device-{i:06}"))),
        (
            "site".into(),
            Avro::Union(1, Box::new(Avro::String("plant-0".into()))),
        ),
        ("status".into(), Avro::Enum(0, "OK".into())),
        ("temperature".into(), Avro::Double(31.285714285714285)),
        ("humidity".into(), Avro::Float(0.725)),
        (
            "tags".into(),
            Avro::Map(
                [
                    ("line".to_string(), Avro::String("L3".into())),
                    ("shift".to_string(), Avro::String("night".into())),
                ]
                .into(),
            ),
        ),
        (
            "samples".into(),
            Avro::Array((0..8).map(|k| Avro::Int(455_049 ^ k)).collect()),
        ),
        (
            "note".into(),
            Avro::Union(
                1,
                Box::new(Avro::String(
                    "calibrated; within tolerance; operator ok".into(),
                )),
            ),
        ),
        (
            "firmware".into(),
            Avro::String("fw-2.13.7+build.4411-release".into()),
        ),
        (
            "operator".into(),
            Avro::Union(1, Box::new(Avro::String("operator-0032@plant".into()))),
        ),
    ]);
    let datum = apache_avro::writer::datum::GenericDatumWriter::builder(&schema)
        .build()
        .unwrap()
        .write_value_to_vec(value)
        .unwrap();
    let compiled = compile(&schema, &[]).unwrap();
    let mut out = Vec::with_capacity(1 << 16);
    for (name, mode) in [("avro json", JsonStyle::Avro), ("plain", JsonStyle::Plain)] {
        let start = Instant::now();
        let mut bytes = 0usize;
        for _ in 0..n {
            out.clear();
            compiled.write_json(&datum, mode, &mut out).unwrap();
            bytes += out.len();
        }
        let per = start.elapsed().as_nanos() as f64 / f64::from(n);
        println!(
            "{name}: {per:.0} ns per {}-byte datum ({:.1} M datums/s, {} bytes of JSON each)",
            datum.len(),
            1e3 / per,
            bytes / n as usize
        );
    }
}
