//! Decoding one record of each schema format to JSON text, as `tail -o
//! json` does: the same ~190-byte reading as `benches/codec.rs`, written as
//! Avro, as Protobuf (Confluent framing: the message-index byte, then the
//! message) and as JSON Schema JSON. Issue 17's target: Protobuf and JSON
//! Schema within 1.5x of Avro.
//!
//!     cargo bench --bench formats

use std::hint::black_box;

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use kctl::domain::json_schema::compact::is_compact;
use kctl::domain::protobuf::{ProtoCodec, ProtoSchema};
use kctl_avro::decode::{compile, JsonStyle};
use kctl_avro::encode::{AvroSchema, InputDialect};
use serde_json::{json, Value};

const AVRO: &str = r#"{"type":"record","name":"Reading","namespace":"bench.tail",
 "fields":[
  {"name":"id","type":"long"},
  {"name":"ts","type":"long"},
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

const PROTO: &str = r#"syntax = "proto3";
package bench.tail;
enum Status { OK = 0; WARN = 1; FAIL = 2; }
message Reading {
  int64 id = 1;
  int64 ts = 2;
  string device = 3;
  optional string site = 4;
  Status status = 5;
  double temperature = 6;
  float humidity = 7;
  map<string, string> tags = 8;
  repeated int32 samples = 9;
  optional string note = 10;
  string firmware = 11;
  optional string operator = 12;
}
"#;

/// The reading in plain JSON (every format's input).
fn reading() -> Value {
    json!({
        "id": 14679, "ts": 1_795_514_414_679_i64, "device": "device-014679", "site": "plant-0",
        "status": "WARN", "temperature": 31.285714285714285, "humidity": 0.725,
        "tags": {"line": "L3", "shift": "night"},
        "samples": (0..8).map(|k| 455_049 ^ k).collect::<Vec<i32>>(),
        "note": "calibrated; within tolerance; operator ok",
        "firmware": "fw-2.13.7+build.4411-release", "operator": "operator-0032@plant"
    })
}

fn formats(c: &mut Criterion) {
    let mut out = Vec::with_capacity(1 << 12);

    let avro = apache_avro::Schema::parse_str(AVRO).unwrap();
    let mut datum = Vec::new();
    AvroSchema::new(avro.clone(), &[])
        .encode(&reading(), InputDialect::Auto, &mut datum)
        .unwrap();
    let compiled = compile(&avro, &[]).unwrap();

    let proto = ProtoSchema::parse(PROTO, &[]).unwrap();
    let codec = ProtoCodec::new(1, proto.message(None).unwrap());
    let mut framed = Vec::new();
    codec.encode(&reading(), &mut framed).unwrap();
    let body = framed[5..].to_vec();

    let json_body = serde_json::to_vec(&reading()).unwrap();

    println!(
        "payload sizes: avro {} B, protobuf {} B, json-schema {} B",
        datum.len(),
        body.len(),
        json_body.len()
    );
    let mut g = c.benchmark_group("decode_to_json");
    g.throughput(Throughput::Elements(1));
    g.bench_function("avro", |b| {
        b.iter(|| {
            out.clear();
            compiled
                .write_json(black_box(&datum), JsonStyle::Avro, &mut out)
                .unwrap();
        })
    });
    g.bench_function("protobuf", |b| {
        b.iter(|| {
            out.clear();
            proto.write_json(black_box(&body), &mut out).unwrap();
        })
    });
    // What tail does with a JSON Schema payload: check in one pass that it
    // is what serde_json writes (then copy it), else parse and re-write it.
    g.bench_function("json_schema", |b| {
        b.iter(|| {
            out.clear();
            assert!(is_compact(black_box(&json_body)));
            out.extend_from_slice(&json_body);
        })
    });
    g.bench_function("json_schema_parsed", |b| {
        b.iter(|| {
            out.clear();
            let v: Value = serde_json::from_slice(black_box(&json_body)).unwrap();
            assert!(serde_json::to_vec(&v).unwrap() == json_body);
            serde_json::to_writer(&mut out, &v).unwrap();
        })
    });
    g.finish();
}

criterion_group!(benches, formats);
criterion_main!(benches);
