//! The Avro/JSON codec's hot paths (`kctl-avro`): decoding a datum to JSON
//! text as `tail -o json` and `-o raw --avro-json plain` do, encoding JSON to
//! a datum as `produce` does, and the JSON text writer underneath.
//!
//!     cargo bench --bench codec
//!
//! The datum is one ~190-byte record of the `tail` benchmark's schema
//! (benches/programs/bench_load.rs writes a million of them).

use std::hint::black_box;

use apache_avro::types::Value as Avro;
use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use kctl_avro::decode::{compile, JsonStyle};
use kctl_avro::encode::{AvroSchema, InputDialect};
use kctl_avro::json_text::{write_f64, write_i64, write_str};

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

fn reading() -> Avro {
    let i: i64 = 14_679;
    let some = |s: &str| Avro::Union(1, Box::new(Avro::String(s.into())));
    Avro::Record(vec![
        ("id".into(), Avro::Long(i)),
        ("ts".into(), Avro::TimestampMillis(1_795_514_400_000 + i)),
        ("device".into(), Avro::String(format!("device-{i:06}"))),
        ("site".into(), some("plant-0")),
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
            some("calibrated; within tolerance; operator ok"),
        ),
        (
            "firmware".into(),
            Avro::String("fw-2.13.7+build.4411-release".into()),
        ),
        ("operator".into(), some("operator-0032@plant")),
    ])
}

fn codec(c: &mut Criterion) {
    let schema = apache_avro::Schema::parse_str(SCHEMA).unwrap();
    let datum = apache_avro::writer::datum::GenericDatumWriter::builder(&schema)
        .build()
        .unwrap()
        .write_value_to_vec(reading())
        .unwrap();
    let compiled = compile(&schema, &[]).unwrap();
    let mut out = Vec::with_capacity(1 << 12);

    let mut g = c.benchmark_group("decode");
    g.throughput(Throughput::Elements(1));
    for (name, style) in [("avro_json", JsonStyle::Avro), ("plain", JsonStyle::Plain)] {
        g.bench_function(name, |b| {
            b.iter(|| {
                out.clear();
                compiled
                    .write_json(black_box(&datum), style, &mut out)
                    .unwrap();
            })
        });
    }
    g.finish();

    out.clear();
    compiled
        .write_json(&datum, JsonStyle::Avro, &mut out)
        .unwrap();
    let json: serde_json::Value = serde_json::from_slice(&out).unwrap();
    let encoder = AvroSchema::new(schema, &[]);
    let mut g = c.benchmark_group("encode");
    g.throughput(Throughput::Elements(1));
    // From the JSON text, as produce gets each line: streamed, or parsed
    // into a value first.
    out.clear();
    compiled
        .write_json(&datum, JsonStyle::Plain, &mut out)
        .unwrap();
    // Timestamps as the integers producers usually send (the plain form
    // prints them as RFC 3339 text, which the streamed path leaves to the
    // value encoder).
    let mut plain: serde_json::Value = serde_json::from_slice(&out).unwrap();
    plain["ts"] = serde_json::json!(1_795_514_414_679_i64);
    let plain_text = serde_json::to_vec(&plain).unwrap();
    g.bench_function("text_streamed", |b| {
        b.iter(|| {
            out.clear();
            if encoder
                .encode_text(black_box(&plain_text), &mut out)
                .is_err()
            {
                let v: serde_json::Value = serde_json::from_slice(&plain_text).unwrap();
                encoder.encode(&v, InputDialect::Auto, &mut out).unwrap();
            }
        })
    });
    g.bench_function("text_via_value", |b| {
        b.iter(|| {
            out.clear();
            let v: serde_json::Value = serde_json::from_slice(black_box(&plain_text)).unwrap();
            encoder.encode(&v, InputDialect::Auto, &mut out).unwrap();
        })
    });
    for (name, dialect) in [
        ("avro_json", InputDialect::AvroJson),
        ("auto", InputDialect::Auto),
    ] {
        g.bench_function(name, |b| {
            b.iter(|| {
                out.clear();
                encoder.encode(black_box(&json), dialect, &mut out).unwrap();
            })
        });
    }
    g.finish();

    let mut g = c.benchmark_group("json_text");
    g.bench_function("integers", |b| {
        b.iter(|| {
            out.clear();
            for n in [0, 7, -42, 1_795_514_414_679, i64::MIN, i64::MAX] {
                write_i64(&mut out, black_box(n));
            }
        })
    });
    g.bench_function("doubles", |b| {
        b.iter(|| {
            out.clear();
            for x in [0.725, 31.285714285714285, 1e300, -2.5] {
                write_f64(&mut out, black_box(x));
            }
        })
    });
    g.bench_function("strings", |b| {
        b.iter(|| {
            out.clear();
            for s in ["device-014679", "line \"L3\"\n\ttab", "calibrated; ok"] {
                write_str(&mut out, black_box(s));
            }
        })
    });
    g.finish();
}

criterion_group!(benches, codec);
criterion_main!(benches);
