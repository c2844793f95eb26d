//! `kctl produce` against the sandbox broker and registry. Every test checks
//! what reached the topic by reading it back with rdkafka directly (a
//! consumer assigned to every partition, no group), never with `kctl tail`.

use std::collections::BTreeSet;
use std::io::Write as _;
use std::process::Stdio;
use std::time::{Duration, Instant};

use rdkafka::consumer::{BaseConsumer, Consumer};
use rdkafka::message::{Headers, Message};
use rdkafka::{Offset, TopicPartitionList};
use serde_json::{json, Value};

use crate::harness::*;

#[derive(Debug, Clone, PartialEq)]
struct Rec {
    partition: i32,
    offset: i64,
    timestamp: Option<i64>,
    key: Option<Vec<u8>>,
    value: Option<Vec<u8>>,
    headers: Vec<(String, Option<Vec<u8>>)>,
}

/// Every record of `topic`, by (partition, offset). The count comes from the
/// partitions' watermarks, so a missing or extra record fails the test.
fn consume_all(topic: &str) -> Vec<Rec> {
    let consumer: BaseConsumer = client_config()
        .set("group.id", "kctl-produce-test-unused")
        .set("enable.auto.commit", "false")
        .set("fetch.wait.max.ms", "10")
        .create()
        .expect("consumer");
    let md = consumer
        .fetch_metadata(Some(topic), Duration::from_secs(10))
        .expect("metadata");
    let parts: Vec<i32> = md.topics()[0].partitions().iter().map(|p| p.id()).collect();
    let mut total = 0i64;
    let mut tpl = TopicPartitionList::new();
    for p in &parts {
        let (lo, hi) = consumer
            .fetch_watermarks(topic, *p, Duration::from_secs(10))
            .expect("watermarks");
        total += hi - lo;
        tpl.add_partition_offset(topic, *p, Offset::Beginning)
            .unwrap();
    }
    consumer.assign(&tpl).expect("assign");
    let mut out = Vec::new();
    let deadline = Instant::now() + Duration::from_secs(30);
    while (out.len() as i64) < total && Instant::now() < deadline {
        if let Some(m) = consumer.poll(Duration::from_millis(200)) {
            let m = m.expect("consume");
            out.push(Rec {
                partition: m.partition(),
                offset: m.offset(),
                timestamp: m.timestamp().to_millis(),
                key: m.key().map(<[u8]>::to_vec),
                value: m.payload().map(<[u8]>::to_vec),
                headers: m
                    .headers()
                    .map(|hs| {
                        hs.iter()
                            .map(|h| (h.key.to_string(), h.value.map(<[u8]>::to_vec)))
                            .collect()
                    })
                    .unwrap_or_default(),
            });
        }
    }
    assert_eq!(out.len() as i64, total, "records of {topic}");
    out.sort_by_key(|r| (r.partition, r.offset));
    out
}

fn values(recs: &[Rec]) -> Vec<Vec<u8>> {
    recs.iter()
        .map(|r| r.value.clone().unwrap_or_default())
        .collect()
}

fn rt() -> tokio::runtime::Runtime {
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap()
}

fn registry() -> kctl::registry::Registry {
    kctl::registry::Registry::new(
        &kctl::settings::RegistrySettings {
            url: sandbox().registry.clone(),
            username: None,
            password: None,
        },
        Duration::from_secs(10),
    )
}

fn register(subject: &str, schema: &str) -> u32 {
    rt().block_on(registry().register(subject, schema, None, &[]))
        .unwrap_or_else(|e| panic!("register {subject}: {e}"))
}

/// The schema id in a Confluent frame.
fn frame_id(bytes: &[u8]) -> u32 {
    assert_eq!(bytes[0], 0, "magic byte");
    u32::from_be_bytes([bytes[1], bytes[2], bytes[3], bytes[4]])
}

/// Decodes a framed value with apache-avro (an implementation other than
/// kctl's encoder).
#[allow(deprecated)] // from_avro_datum's replacement needs a builder for one call
fn decode(schema: &str, framed: &[u8]) -> apache_avro::types::Value {
    let s = apache_avro::Schema::parse_str(schema).unwrap();
    let mut payload = &framed[5..];
    let v = apache_avro::from_avro_datum(&s, &mut payload, None).expect("decodes");
    assert!(payload.is_empty(), "trailing bytes after the datum");
    v
}

/// Java's murmur2 (Kafka's `Utils.murmur2`), seed 0x9747b28c.
fn murmur2(data: &[u8]) -> i32 {
    const M: u32 = 0x5bd1_e995;
    let mut h: u32 = 0x9747_b28c ^ data.len() as u32;
    let chunks = data.chunks_exact(4);
    let tail = chunks.remainder();
    for c in chunks {
        let mut k = u32::from_le_bytes([c[0], c[1], c[2], c[3]]);
        k = k.wrapping_mul(M);
        k ^= k >> 24;
        k = k.wrapping_mul(M);
        h = h.wrapping_mul(M);
        h ^= k;
    }
    if tail.len() == 3 {
        h ^= u32::from(tail[2]) << 16;
    }
    if tail.len() >= 2 {
        h ^= u32::from(tail[1]) << 8;
    }
    if !tail.is_empty() {
        h ^= u32::from(tail[0]);
        h = h.wrapping_mul(M);
    }
    h ^= h >> 13;
    h = h.wrapping_mul(M);
    h ^= h >> 15;
    h as i32
}

fn java_partition(key: &[u8], partitions: i32) -> i32 {
    (murmur2(key) & 0x7fff_ffff) % partitions
}

fn python() -> String {
    std::env::var("KCTL_TEST_PYTHON").unwrap_or_else(|_| {
        format!(
            "{}/.cache/kctl/venv/bin/python",
            std::env::var("HOME").unwrap_or_default()
        )
    })
}

/// Decodes `count` records of `topic` with Confluent's Python
/// AvroDeserializer (tests/interop/decode_produced.py).
fn python_decode(topic: &str, count: usize) -> Vec<Value> {
    let py = python();
    assert!(
        std::path::Path::new(&py).exists(),
        "Confluent's Python client is needed for this test: {py} is missing (run scripts/setup, or set KCTL_TEST_PYTHON)"
    );
    let sb = sandbox();
    let out = std::process::Command::new(&py)
        .arg(repo_root().join("tests/interop/decode_produced.py"))
        .args([&sb.bootstrap, &sb.registry, topic, &count.to_string()])
        .output()
        .expect("run python");
    assert!(
        out.status.success(),
        "decode_produced.py failed: {}",
        stderr(&out)
    );
    stdout(&out)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect()
}

const ORDER: &str = r#"{"type":"record","name":"Order","namespace":"kctl.test","fields":[
  {"name":"id","type":"string"},
  {"name":"qty","type":"int"},
  {"name":"status","type":{"type":"enum","name":"Status","symbols":["NEW","PAID","SHIPPED"]}},
  {"name":"note","type":["null","string"],"default":null},
  {"name":"customer","type":["null",{"type":"record","name":"Customer","fields":[{"name":"cid","type":"string"}]}],"default":null}
]}"#;

/// The same schema with one more field (backward compatible).
const ORDER_V2: &str = r#"{"type":"record","name":"Order","namespace":"kctl.test","fields":[
  {"name":"id","type":"string"},
  {"name":"qty","type":"int"},
  {"name":"status","type":{"type":"enum","name":"Status","symbols":["NEW","PAID","SHIPPED"]}},
  {"name":"note","type":["null","string"],"default":null},
  {"name":"customer","type":["null",{"type":"record","name":"Customer","fields":[{"name":"cid","type":"string"}]}],"default":null},
  {"name":"channel","type":"string","default":"web"}
]}"#;

fn order_line(i: u32, status: &str) -> String {
    format!(r#"{{"id":"o-{i}","qty":{i},"status":"{status}","customer":{{"cid":"c-{i}"}}}}"#)
}

#[test]
fn ndjson_from_stdin_and_from_a_file_is_sent_one_record_per_line() {
    let topic = unique("produce.ndjson");
    create_topic(&topic, 1, &[]);
    // No subject: the value format defaults to JSON, sent as written.
    let out = kctl()
        .args(["produce", &topic, "-o", "json"])
        .write_stdin("{\"a\":1}\n\n{\"a\": 2}\r\n")
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    let s = json(&out);
    assert_eq!(s["value_format"], "json");
    assert_eq!(s["delivered"], 2);
    assert_eq!(
        s["delivered_lines"],
        json!([[1, 1], [3, 3]]),
        "blank line 2 is skipped"
    );

    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("events.ndjson");
    std::fs::write(&file, "{\"a\":3}\n{\"a\":4}").unwrap();
    let out = kctl()
        .args(["produce", &topic, "-f"])
        .arg(&file)
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    let err = stderr(&out);
    assert!(err.contains("delivered 2 of 2 records"), "{err}");
    assert!(err.contains("delivered lines: 1-2"), "{err}");
    let recs = consume_all(&topic);
    assert_eq!(
        values(&recs),
        [
            b"{\"a\":1}".to_vec(),
            b"{\"a\": 2}".to_vec(),
            b"{\"a\":3}".to_vec(),
            b"{\"a\":4}".to_vec()
        ]
    );
    assert!(recs.iter().all(|r| r.key.is_none()));
}

#[test]
fn string_bytes_and_json_formats_send_the_expected_bytes() {
    let topic = unique("produce.formats");
    create_topic(&topic, 1, &[]);
    for (format, input) in [
        ("string", "plain text {not json\n"),
        ("bytes", "AAH/\n"),
        ("json", "[1, 2]\n"),
    ] {
        let out = kctl()
            .args(["produce", &topic, "--value-format", format])
            .write_stdin(input)
            .output()
            .unwrap();
        assert!(out.status.success(), "{format}: {}", stderr(&out));
    }
    assert_eq!(
        values(&consume_all(&topic)),
        [
            b"plain text {not json".to_vec(),
            vec![0, 1, 255],
            b"[1, 2]".to_vec()
        ]
    );
    let out = kctl()
        .args(["produce", &topic, "--value-format", "json"])
        .write_stdin("not json\n")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains("error: line 1, column 2: invalid JSON"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn avro_uses_the_latest_schema_or_the_pinned_version_id_or_file() {
    let topic = unique("produce.avro");
    create_topic(&topic, 1, &[]);
    let subject = format!("{topic}-value");
    let id1 = register(&subject, ORDER);
    let id2 = register(&subject, ORDER_V2);
    assert_ne!(id1, id2);
    let line = order_line(1, "NEW");
    let id1_text = id1.to_string();
    for args in [
        vec![],
        vec!["--schema-version", "1"],
        vec!["--schema-id", id1_text.as_str()],
    ] {
        let out = kctl()
            .args(["produce", &topic])
            .args(&args)
            .write_stdin(format!("{line}\n"))
            .output()
            .unwrap();
        assert!(out.status.success(), "{args:?}: {}", stderr(&out));
    }
    let dir = tempfile::tempdir().unwrap();
    let v3 = dir.path().join("order-v3.avsc");
    std::fs::write(&v3, ORDER_V2.replace("\"web\"", "\"shop\"")).unwrap();
    let out = kctl()
        .args(["produce", &topic, "--schema-file"])
        .arg(&v3)
        .write_stdin(format!("{line}\n"))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains("is not registered under subject")
            && stderr(&out).contains("--register"),
        "{}",
        stderr(&out)
    );
    let out = kctl()
        .args([
            "produce",
            &topic,
            "--register",
            "-o",
            "json",
            "--schema-file",
        ])
        .arg(&v3)
        .write_stdin(format!("{line}\n"))
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    let id3 = json(&out)["value_schema_id"].as_u64().unwrap() as u32;
    assert!(id3 != id1 && id3 != id2);

    let recs = consume_all(&topic);
    let ids: Vec<u32> = recs
        .iter()
        .map(|r| frame_id(r.value.as_ref().unwrap()))
        .collect();
    assert_eq!(ids, [id2, id1, id1, id3]);
    use apache_avro::types::Value as A;
    match decode(ORDER_V2, recs[0].value.as_ref().unwrap()) {
        A::Record(fields) => {
            assert_eq!(fields[0], ("id".into(), A::String("o-1".into())));
            assert_eq!(fields[2], ("status".into(), A::Enum(0, "NEW".into())));
            assert_eq!(fields[3], ("note".into(), A::Union(0, Box::new(A::Null))));
            assert_eq!(
                fields[5],
                ("channel".into(), A::String("web".into())),
                "default"
            );
        }
        other => panic!("{other:?}"),
    }
}

#[test]
fn plain_json_and_avro_json_encodings_give_the_same_bytes() {
    let topic = unique("produce.dialects");
    create_topic(&topic, 1, &[]);
    register(&format!("{topic}-value"), ORDER);
    let plain = r#"{"id":"o-1","qty":2,"status":"PAID","note":"gift","customer":{"cid":"c-9"}}"#;
    let avro_json = r#"{"id":"o-1","qty":2,"status":"PAID","note":{"string":"gift"},"customer":{"kctl.test.Customer":{"cid":"c-9"}}}"#;
    let out = kctl()
        .args(["produce", &topic])
        .write_stdin(format!("{plain}\n{avro_json}\n"))
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    let v = values(&consume_all(&topic));
    assert_eq!(v.len(), 2);
    assert_eq!(v[0], v[1]);
}

#[test]
fn keyed_records_land_on_the_partition_java_producers_choose() {
    let topic = unique("produce.keys");
    create_topic(&topic, 6, &[]);
    let lines: String = (0..24)
        .map(|i| format!("{{\"customer\":{{\"id\":\"cust-{i}\"}},\"n\":{i}}}\n"))
        .collect();
    let out = kctl()
        .args([
            "produce",
            &topic,
            "--key-field",
            "customer.id",
            "-o",
            "json",
        ])
        .write_stdin(lines)
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    let s = json(&out);
    let per_partition: u64 = s["partitions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["delivered"].as_u64().unwrap())
        .sum();
    assert_eq!(per_partition, 24);
    let out = kctl()
        .args(["produce", &topic, "--key", "fixed-key"])
        .write_stdin("{\"n\":100}\n{\"n\":101}\n")
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));

    let recs = consume_all(&topic);
    assert_eq!(recs.len(), 26);
    let used: BTreeSet<i32> = recs.iter().map(|r| r.partition).collect();
    assert!(used.len() > 1, "keys spread over partitions: {used:?}");
    for r in &recs {
        let key = r.key.as_ref().expect("every record has a key");
        assert_eq!(
            r.partition,
            java_partition(key, 6),
            "key {:?}",
            String::from_utf8_lossy(key)
        );
    }
    assert_eq!(
        recs.iter()
            .filter(|r| r.key.as_deref() == Some(b"fixed-key"))
            .count(),
        2
    );
    // The Java algorithm itself, on Kafka's own test vectors.
    assert_eq!(murmur2(b"21"), -973_932_308);
    assert_eq!(murmur2(b"a-little-bit-longer-string"), -1_486_304_829);
}

#[test]
fn headers_are_added_to_every_record() {
    let topic = unique("produce.headers");
    create_topic(&topic, 1, &[]);
    let out = kctl()
        .args([
            "produce",
            &topic,
            "-H",
            "source=test",
            "-H",
            "trace=a=b",
            "-H",
            "empty=",
        ])
        .write_stdin("{}\n{}\n")
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    for r in consume_all(&topic) {
        assert_eq!(
            r.headers,
            [
                ("source".to_string(), Some(b"test".to_vec())),
                ("trace".to_string(), Some(b"a=b".to_vec())),
                ("empty".to_string(), Some(vec![])),
            ]
        );
    }
    let out = kctl()
        .args(["produce", &topic, "-H", "novalue"])
        .write_stdin("{}\n")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2), "a bad -H is a usage error");
}

#[test]
fn envelope_lines_copy_records_binary_safe() {
    let src = unique("produce.env.src");
    let dst = unique("produce.env.dst");
    create_topic(&src, 1, &[]);
    create_topic(&dst, 3, &[]);
    let id = register(&format!("{src}-value"), ORDER);
    // The original record, Avro-encoded by kctl from plain JSON.
    let out = kctl()
        .args(["produce", &src])
        .write_stdin(format!("{}\n", order_line(5, "SHIPPED")))
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    let original = consume_all(&src).remove(0).value.unwrap();

    // Envelopes as `kctl tail -o json` prints them: the Avro value in Avro's
    // JSON encoding with its schema id, binary keys and headers in base64,
    // a null header, partition and timestamp. dst has no subject at all.
    let lines = [
        json!({"topic": src, "partition": 2, "offset": 0, "timestamp": 1_700_000_000_123i64,
               "key": "AP8=", "key_format": "base64",
               "value": {"id": "o-5", "qty": 5, "status": "SHIPPED", "note": null,
                         "customer": {"kctl.test.Customer": {"cid": "c-5"}}},
               "value_format": "avro", "value_schema_id": id,
               "headers": [{"key": "bin", "value": "AAE=", "encoding": "base64"},
                           {"key": "none", "value": null},
                           {"key": "text", "value": "hello"}]}),
        json!({"partition": 1, "key": "k-2", "key_format": "string",
               "value": "AAEC/w==", "value_format": "base64"}),
        json!({"partition": 0, "key": "tomb", "key_format": "string", "value": null}),
    ];
    let input: String = lines.iter().map(|l| format!("{l}\n")).collect();
    let out = kctl()
        .args(["produce", &dst, "-o", "json"])
        .write_stdin(input)
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(json(&out)["value_format"], "json", "no subject for dst");

    let recs = consume_all(&dst);
    assert_eq!(recs.len(), 3);
    let (p0, p1, p2) = (&recs[0], &recs[1], &recs[2]);
    assert_eq!(p2.partition, 2);
    assert_eq!(
        p2.value.as_deref(),
        Some(&original[..]),
        "byte-identical copy"
    );
    assert_eq!(p2.key.as_deref(), Some(&[0u8, 255][..]));
    assert_eq!(p2.timestamp, Some(1_700_000_000_123));
    assert_eq!(
        p2.headers,
        [
            ("bin".to_string(), Some(vec![0, 1])),
            ("none".to_string(), None),
            ("text".to_string(), Some(b"hello".to_vec())),
        ]
    );
    assert_eq!(
        (p1.partition, p1.value.as_deref()),
        (1, Some(&[0u8, 1, 2, 255][..]))
    );
    assert_eq!(
        (p0.partition, p0.key.as_deref(), p0.value.as_deref()),
        (0, Some(&b"tomb"[..]), None),
        "a null value is a tombstone"
    );
}

#[test]
fn an_invalid_line_stops_the_run_and_the_summary_lists_exactly_the_delivered_lines() {
    let topic = unique("produce.invalid");
    create_topic(&topic, 2, &[]);
    register(&format!("{topic}-value"), ORDER);
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("orders.ndjson");
    let body = [
        order_line(1, "NEW"),
        String::new(),
        order_line(3, "PAID"),
        order_line(4, "HUGE"),
        order_line(5, "NEW"),
    ]
    .join("\n");
    std::fs::write(&file, body).unwrap();
    let out = kctl()
        .args(["produce", &topic, "-o", "json", "-f"])
        .arg(&file)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    let err = stderr(&out);
    assert!(
        err.contains(&format!(
            "error: {}:4: $.status: \"HUGE\" is not one of NEW, PAID, SHIPPED",
            file.display()
        )),
        "{err}"
    );
    let s = json(&out);
    assert_eq!(s["delivered_lines"], json!([[1, 1], [3, 3]]));
    assert_eq!(s["stopped_at"]["line"], 4);
    assert_eq!(s["delivered"], 2);
    let recs = consume_all(&topic);
    let ids: BTreeSet<String> = recs
        .iter()
        .map(|r| match decode(ORDER, r.value.as_ref().unwrap()) {
            apache_avro::types::Value::Record(f) => format!("{:?}", f[0].1),
            other => panic!("{other:?}"),
        })
        .collect();
    assert_eq!(ids.len(), 2);
    assert!(
        ids.iter().all(|i| i.contains("o-1") || i.contains("o-3")),
        "{ids:?}"
    );

    // The same line from stdin names the line (and the table summary says
    // what was delivered).
    let out = kctl()
        .args(["produce", &topic])
        .write_stdin(format!(
            "{}\n{}\n",
            order_line(6, "NEW"),
            r#"{"id":"o-7","qty":"many","status":"NEW"}"#
        ))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    assert!(err.contains("delivered lines: 1\n"), "{err}");
    assert!(
        err.contains("error: line 2: $.qty: expected an integer, got \"many\""),
        "{err}"
    );
    assert_eq!(consume_all(&topic).len(), 3);
}

#[test]
fn dry_run_validates_and_encodes_everything_and_sends_nothing() {
    let topic = unique("produce.dry");
    create_topic(&topic, 1, &[]);
    register(&format!("{topic}-value"), ORDER);
    let lines = format!("{}\n{}\n", order_line(1, "NEW"), order_line(2, "PAID"));
    let out = kctl()
        .args(["produce", &topic, "--dry-run", "-o", "json"])
        .write_stdin(lines)
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    let s = json(&out);
    assert_eq!(
        (
            s["dry_run"].clone(),
            s["records"].clone(),
            s["delivered"].clone()
        ),
        (json!(true), json!(2), json!(0))
    );
    assert!(s["bytes"].as_u64().unwrap() > 10);
    let out = kctl()
        .args(["produce", &topic, "--dry-run"])
        .write_stdin(format!(
            "{}\n{}\n",
            order_line(1, "NEW"),
            order_line(2, "LOST")
        ))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains("line 2: $.status"),
        "{}",
        stderr(&out)
    );
    assert!(consume_all(&topic).is_empty(), "a dry run sends nothing");
}

#[test]
fn generate_with_a_seed_is_reproducible_and_exercises_every_union_branch() {
    let a = unique("produce.gen.a");
    let b = unique("produce.gen.b");
    let c = unique("produce.gen.c");
    let inspection = std::fs::read_to_string(repo_root().join("schemas/inspection.avsc")).unwrap();
    for t in [&a, &b, &c] {
        create_topic(t, 1, &[]);
        register(&format!("{t}-value"), &inspection);
    }
    let run = |topic: &str, seed: &str| {
        let out = kctl()
            .args([
                "produce",
                topic,
                "--generate",
                "12",
                "--seed",
                seed,
                "-o",
                "json",
            ])
            .output()
            .unwrap();
        assert!(out.status.success(), "{}", stderr(&out));
        let s = json(&out);
        assert_eq!(s["delivered"], 12);
        assert_eq!(s["seed"].as_u64(), seed.parse().ok());
        values(&consume_all(topic))
    };
    let va = run(&a, "7");
    let vb = run(&b, "7");
    let vc = run(&c, "8");
    assert_eq!(va, vb, "same seed, same bytes");
    assert_ne!(va, vc, "another seed, other events");
    // inspection.avsc is a union of 6 records: round-robin uses each twice.
    let branches: Vec<u8> = va.iter().map(|v| v[5]).collect();
    assert_eq!(branches, [0, 2, 4, 6, 8, 10, 0, 2, 4, 6, 8, 10]);
    for v in &va {
        decode(&inspection, v);
    }
}

/// A schema exercising what Confluent's deserializer must read back.
const SHIPMENT: &str = r#"{"type":"record","name":"Shipment","namespace":"kctl.test","fields":[
  {"name":"id","type":{"type":"string","logicalType":"uuid"}},
  {"name":"at","type":{"type":"long","logicalType":"timestamp-millis"}},
  {"name":"day","type":{"type":"int","logicalType":"date"}},
  {"name":"price","type":{"type":"bytes","logicalType":"decimal","precision":8,"scale":2}},
  {"name":"weight","type":{"type":"fixed","name":"Weight","size":4,"logicalType":"decimal","precision":6,"scale":3}},
  {"name":"blob","type":"bytes"},
  {"name":"labels","type":{"type":"map","values":"string"}},
  {"name":"dest","type":{"type":"record","name":"Address","fields":[
     {"name":"city","type":"string"},{"name":"zip","type":["null","string"]}]}},
  {"name":"contact","type":["null","string",{"type":"record","name":"Phone","fields":[{"name":"number","type":"string"}]}]},
  {"name":"tags","type":{"type":"array","items":"string"}},
  {"name":"ratio","type":"double"}
]}"#;

#[test]
fn confluent_python_deserializer_reads_what_kctl_produced() {
    let topic = unique("produce.interop");
    create_topic(&topic, 1, &[]);
    register(&format!("{topic}-value"), SHIPMENT);
    register(&format!("{topic}-key"), r#""string""#);
    // Line 1 is plain JSON: RFC 3339 time, date string, decimal string and
    // number, a union record picked by its fields. Line 2 is Avro's JSON
    // encoding with a null key field (so a null key). Line 3 mixes both.
    let l1 = json!({"id": "7c0e6e5e-1b1a-4c6e-9a51-2d9c1f3a4b5c", "at": "2024-05-01T12:00:00.250Z",
               "day": "2024-05-01", "price": "1234.50", "weight": 1.25, "blob": "\u{0}\u{1}\u{ff}",
               "labels": {"fragile": "yes"}, "dest": {"city": "Oslo", "zip": {"string": "0150"}},
               "contact": {"number": "+47 123"}, "tags": ["a", "b"], "ratio": 0.5});
    let l2 = json!({"id": "00000000-0000-4000-8000-000000000000", "at": 0, "day": 0,
               "price": "\u{ff}\u{9c}", "weight": "\u{0}\u{0}\u{0}\u{1}", "blob": "",
               "labels": {}, "dest": {"city": "Bergen", "zip": null},
               "contact": {"string": "desk"}, "tags": [], "ratio": -1.0});
    let l3 = json!({"id": "11111111-1111-4111-8111-111111111111", "at": 1, "day": 1,
               "price": 0, "weight": "0", "blob": "x", "labels": {"a": "b"},
               "dest": {"city": "Tromsø", "zip": null}, "contact": null, "tags": ["t"], "ratio": 2.0});
    let input = format!("{l1}\n{l2}\n{l3}\n");
    let out = kctl()
        .args(["produce", &topic, "--key-field", "dest.zip", "-o", "json"])
        .write_stdin(input)
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(json(&out)["key_format"], "avro");

    let got = python_decode(&topic, 3);
    let expected = [
        json!({"partition": 0, "offset": 0, "headers": [],
               "key": "0150",
               "value": {"id": "7c0e6e5e-1b1a-4c6e-9a51-2d9c1f3a4b5c", "at": {"$millis": 1_714_564_800_250i64},
                         "day": {"$date": "2024-05-01"}, "price": {"$decimal": "1234.50"},
                         "weight": {"$decimal": "1.250"}, "blob": {"$bytes": "0001ff"},
                         "labels": {"fragile": "yes"}, "dest": {"city": "Oslo", "zip": "0150"},
                         "contact": {"$record": "kctl.test.Phone", "value": {"number": "+47 123"}},
                         "tags": ["a", "b"], "ratio": 0.5}}),
        json!({"partition": 0, "offset": 1, "headers": [], "key": null,
               "value": {"id": "00000000-0000-4000-8000-000000000000", "at": {"$millis": 0},
                         "day": {"$date": "1970-01-01"}, "price": {"$decimal": "-1.00"},
                         "weight": {"$decimal": "0.001"}, "blob": {"$bytes": ""},
                         "labels": {}, "dest": {"city": "Bergen", "zip": null},
                         "contact": "desk", "tags": [], "ratio": -1.0}}),
        json!({"partition": 0, "offset": 2, "headers": [], "key": null,
               "value": {"id": "11111111-1111-4111-8111-111111111111", "at": {"$millis": 1},
                         "day": {"$date": "1970-01-02"}, "price": {"$decimal": "0.00"},
                         "weight": {"$decimal": "0.000"}, "blob": {"$bytes": "78"},
                         "labels": {"a": "b"}, "dest": {"city": "Tromsø", "zip": null},
                         "contact": null, "tags": ["t"], "ratio": 2.0}}),
    ];
    assert_eq!(got, expected);

    // One of the project's own schemas: a union of six event records.
    let inspection = std::fs::read_to_string(repo_root().join("schemas/inspection.avsc")).unwrap();
    let gen = unique("produce.interop.gen");
    create_topic(&gen, 1, &[]);
    register(&format!("{gen}-value"), &inspection);
    let out = kctl()
        .args(["produce", &gen, "--generate", "12", "--seed", "3"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    let got = python_decode(&gen, 12);
    let names: BTreeSet<String> = got
        .iter()
        .map(|r| r["value"]["$record"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(names.len(), 6, "{names:?}");
    for r in &got {
        assert_eq!(r["key"], Value::Null);
        let v = &r["value"]["value"];
        let id = v["event_id"].as_str().unwrap();
        assert_eq!((id.len(), &id[14..15]), (36, "4"), "uuid v4: {id}");
        let ts = v["timestamp"]["$millis"].as_i64().unwrap();
        // --seed anchors timestamps at 2025-01-01T00:00:00Z: within the day before.
        assert!(
            (1_735_603_200_000..=1_735_689_600_000).contains(&ts),
            "{ts}"
        );
    }
}

#[test]
fn an_unreachable_registry_or_broker_is_a_clear_error() {
    let topic = unique("produce.unreachable");
    let out = kctl()
        .args(["produce", &topic, "--registry", "http://127.0.0.1:1"])
        .write_stdin("{}\n")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    assert!(
        err.starts_with("error: cannot reach schema registry at http://127.0.0.1:1")
            && err.contains("--value-format json"),
        "{err}"
    );
    assert_eq!(err.lines().count(), 1, "{err}");

    let out = kctl()
        .args([
            "produce",
            &topic,
            "-b",
            "127.0.0.1:1",
            "--timeout",
            "2s",
            "--value-format",
            "json",
        ])
        .write_stdin("{}\n")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    assert!(err.contains("127.0.0.1:1"), "{err}");
    assert_eq!(err.lines().count(), 1, "{err}");

    let out = kctl()
        .args(["produce", &topic, "--value-format", "json"])
        .write_stdin("{}\n")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("does not exist"), "{}", stderr(&out));
}

#[test]
fn records_the_producer_refuses_are_reported_as_failed_with_exit_4() {
    let topic = unique("produce.refused");
    create_topic(&topic, 1, &[]);
    let big = format!("\"{}\"", "x".repeat(3000));
    let out = kctl()
        .args([
            "produce",
            &topic,
            "-X",
            "message.max.bytes=2000",
            "-o",
            "json",
        ])
        .write_stdin(format!("{{}}\n{big}\n[1]\n"))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(4), "{}", stderr(&out));
    let s = json(&out);
    assert_eq!(s["delivered_lines"], json!([[1, 1], [3, 3]]));
    assert_eq!(s["failed_lines"], json!([[2, 2]]));
    assert!(
        s["errors"][0]["error"]
            .as_str()
            .unwrap()
            .contains("too large"),
        "{s}"
    );
    assert_eq!(
        values(&consume_all(&topic)),
        [b"{}".to_vec(), b"[1]".to_vec()]
    );
}

#[test]
fn ctrl_c_flushes_what_was_sent_and_reports_it() {
    let topic = unique("produce.sigint");
    create_topic(&topic, 1, &[]);
    let sb = sandbox();
    let mut child = std::process::Command::new(kctl_bin())
        .args(["produce", &topic, "-o", "json"])
        .env("KAFKA_BOOTSTRAP_SERVERS", &sb.bootstrap)
        .env("SCHEMA_REGISTRY_URL", &sb.registry)
        .env("KCTL_CONFIG", "/nonexistent/kctl-test-config.yaml")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    stdin
        .write_all(b"{\"n\":1}\n{\"n\":2}\n{\"n\":3}\n")
        .unwrap();
    stdin.flush().unwrap();
    // stdin stays open: kctl is waiting for more when Ctrl-C arrives.
    wait_until("3 records on the topic", Duration::from_secs(30), || {
        consume_all(&topic).len() == 3
    });
    // SAFETY: sending a signal to our own child process.
    unsafe {
        libc::kill(child.id() as i32, libc::SIGINT);
    }
    let deadline = Instant::now() + Duration::from_secs(60);
    while child.try_wait().unwrap().is_none() {
        if Instant::now() > deadline {
            let _ = child.kill();
            panic!("kctl produce did not stop within 60 s of Ctrl-C");
        }
        std::thread::sleep(Duration::from_millis(100));
    }
    let out = child.wait_with_output().unwrap();
    drop(stdin);
    assert_eq!(out.status.code(), Some(130), "{}", stderr(&out));
    let s = json(&out);
    assert_eq!(s["interrupted"], true);
    assert_eq!(s["delivered_lines"], json!([[1, 3]]));
}

/// `--value` sends one record without a pipe, as kcat's `-P` with one line
/// would; `--key` and `-H` apply to it; a bad value names `--value`.
#[test]
fn value_flag_sends_exactly_one_record_with_its_key_and_headers() {
    let topic = unique("produce.value");
    create_topic(&topic, 1, &[]);
    let out = kctl()
        .args(["produce", &topic, "--value", r#"{"id":7,"ok":true}"#])
        .args(["--key", "order-7", "-H", "source=cli"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    let recs = consume_all(&topic);
    assert_eq!(recs.len(), 1);
    assert_eq!(
        recs[0].value.as_deref(),
        Some(&br#"{"id":7,"ok":true}"#[..])
    );
    assert_eq!(recs[0].key.as_deref(), Some(&b"order-7"[..]));
    assert_eq!(
        recs[0].headers,
        [("source".to_string(), Some(b"cli".to_vec()))]
    );

    let out = kctl()
        .args([
            "produce",
            &topic,
            "--value-format",
            "json",
            "--value",
            "{oops",
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains("--value, column 2: invalid JSON"),
        "{}",
        stderr(&out)
    );
    let out = kctl()
        .args(["produce", &topic, "--value", "a\nb"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    assert_eq!(consume_all(&topic).len(), 1, "nothing more was written");
}
