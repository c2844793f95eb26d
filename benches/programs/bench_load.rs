//! Loads the `tail` benchmark's data (scripts/bench) quickly: COUNT
//! records of about 200 bytes into one topic, either as UTF-8 text (`raw`) or
//! as Confluent-framed Avro (`avro`, schema registered under TOPIC-value).
//!
//!     cargo run --release --example bench_load -- BOOTSTRAP REGISTRY TOPIC raw|avro COUNT [PARTITIONS]
//!
//! The topic must exist. With PARTITIONS, record i goes to partition
//! i mod PARTITIONS (default: everything to partition 0).

use std::time::{Duration, Instant};

use apache_avro::types::Value as Avro;
use rdkafka::config::ClientConfig;
use rdkafka::producer::{BaseProducer, BaseRecord, Producer};

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

fn reading(i: i64) -> Avro {
    Avro::Record(vec![
        ("id".into(), Avro::Long(i)),
        ("ts".into(), Avro::TimestampMillis(1_795_514_400_000 + i)),
        (
            "device".into(),
            Avro::String(format!("device-{:06}", i % 100_000)),
        ),
        (
            "site".into(),
            Avro::Union(1, Box::new(Avro::String(format!("plant-{}", i % 7)))),
        ),
        (
            "status".into(),
            Avro::Enum(
                (i % 3) as u32,
                ["OK", "WARN", "FAIL"][(i % 3) as usize].into(),
            ),
        ),
        (
            "temperature".into(),
            Avro::Double(20.0 + (i % 100) as f64 / 7.0),
        ),
        ("humidity".into(), Avro::Float(0.5 + (i % 10) as f32 / 40.0)),
        (
            "tags".into(),
            Avro::Map(
                [
                    ("line".to_string(), Avro::String(format!("L{}", i % 12))),
                    ("shift".to_string(), Avro::String("night".into())),
                ]
                .into(),
            ),
        ),
        (
            "samples".into(),
            Avro::Array(
                (0..8)
                    .map(|k| Avro::Int((i as i32).wrapping_mul(31) ^ k))
                    .collect(),
            ),
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
            Avro::Union(
                1,
                Box::new(Avro::String(format!("operator-{:04}@plant", i % 97))),
            ),
        ),
    ])
}

fn text(i: i64) -> Vec<u8> {
    // ~200 bytes of JSON-looking UTF-8 text.
    let mut s = format!(
        "{{\"id\":{i},\"ts\":{},\"device\":\"device-{:06}\",\"site\":\"plant-{}\",\"status\":\"OK\",\"temperature\":{:.3},\"note\":\"calibrated; within tolerance",
        1_795_514_400_000 + i,
        i % 100_000,
        i % 7,
        20.0 + (i % 100) as f64 / 7.0
    );
    while s.len() < 198 {
        s.push('.');
    }
    s.push_str("\"}");
    s.into_bytes()
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (bootstrap, registry, topic, kind, count, partitions) = match args.as_slice() {
        [b, r, t, k, c] => (b, r, t, k, c, "1"),
        [b, r, t, k, c, p] => (b, r, t, k, c, p.as_str()),
        _ => {
            eprintln!("usage: bench_load BOOTSTRAP REGISTRY TOPIC raw|avro COUNT [PARTITIONS]");
            std::process::exit(2);
        }
    };
    let count: i64 = count.parse().expect("COUNT");
    let partitions: i64 = partitions.parse().expect("PARTITIONS");
    let mut id = 0u32;
    let schema = apache_avro::Schema::parse_str(SCHEMA).unwrap();
    if kind == "avro" {
        let reg = kctl::registry::Registry::new(
            &kctl::settings::RegistrySettings {
                url: registry.clone(),
                username: None,
                password: None,
            },
            Duration::from_secs(10),
        );
        let rt = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .unwrap();
        id = rt
            .block_on(reg.register(&format!("{topic}-value"), SCHEMA, None, &[]))
            .expect("register");
    }
    let writer = apache_avro::writer::datum::GenericDatumWriter::builder(&schema)
        .build()
        .unwrap();
    let producer: BaseProducer = ClientConfig::new()
        .set("bootstrap.servers", bootstrap)
        .set("linger.ms", "20")
        .set("batch.size", "1000000")
        .set("batch.num.messages", "10000")
        .set("queue.buffering.max.messages", "500000")
        .set("queue.buffering.max.kbytes", "1048576")
        .create()
        .expect("producer");
    let start = Instant::now();
    let mut bytes: u64 = 0;
    for i in 0..count {
        let value = if kind == "avro" {
            let datum = writer.write_value_to_vec(reading(i)).unwrap();
            let mut v = Vec::with_capacity(datum.len() + 5);
            kctl_avro::wire::frame_into(id, &datum, &mut v);
            v
        } else {
            text(i)
        };
        bytes += value.len() as u64;
        let key = format!("k{}", i % 1000);
        let mut rec = BaseRecord::to(topic)
            .partition((i % partitions) as i32)
            .key(&key)
            .payload(&value);
        loop {
            match producer.send(rec) {
                Ok(()) => break,
                Err((_, back)) => {
                    producer.poll(Duration::from_millis(5));
                    rec = back;
                }
            }
        }
        if i % 10_000 == 0 {
            producer.poll(Duration::ZERO);
        }
    }
    producer.flush(Duration::from_secs(120)).expect("flush");
    eprintln!(
        "loaded {count} {kind} records ({:.0} bytes average) in {:.1}s",
        bytes as f64 / count as f64,
        start.elapsed().as_secs_f64()
    );
}
