//! Issue 6: `kctl tail` against the sandbox broker and registry.
//!
//! Fixtures are produced with rdkafka directly (explicit partitions, keys,
//! timestamps and headers) and Avro values are framed by hand (apache-avro for
//! the datum, `kctl_avro::wire` for the Confluent header), so nothing here depends
//! on `kctl produce`. Schemas are registered with kctl's registry client.

use std::io::{BufRead, BufReader, Read};
use std::process::{Command, Stdio};
use std::sync::mpsc;
use std::time::{Duration, Instant};

use apache_avro::types::Value as Avro;
use rdkafka::message::{Header, OwnedHeaders};
use rdkafka::producer::{BaseProducer, BaseRecord, Producer};
use serde_json::{json, Value};

use crate::harness::*;
use kctl::domain::envelope::{payload_from_json, Envelope, Format};
use kctl::registry::Registry;
use kctl::settings::RegistrySettings;
use kctl_avro::wire;

// ----- fixtures -----

#[derive(Clone, Default)]
struct Rec {
    partition: i32,
    key: Option<Vec<u8>>,
    value: Option<Vec<u8>>,
    headers: Vec<(&'static str, Option<Vec<u8>>)>,
    timestamp: Option<i64>,
}

fn rec(partition: i32, key: &str, value: &[u8]) -> Rec {
    Rec {
        partition,
        key: Some(key.as_bytes().to_vec()),
        value: Some(value.to_vec()),
        ..Default::default()
    }
}

fn produce(topic: &str, records: &[Rec]) {
    let producer: BaseProducer = client_config()
        .set("linger.ms", "5")
        .create()
        .expect("producer");
    for r in records {
        let mut br: BaseRecord<'_, [u8], [u8]> = BaseRecord::to(topic).partition(r.partition);
        if let Some(k) = &r.key {
            br = br.key(k.as_slice());
        }
        if let Some(v) = &r.value {
            br = br.payload(v.as_slice());
        }
        if let Some(ts) = r.timestamp {
            br = br.timestamp(ts);
        }
        if !r.headers.is_empty() {
            let mut h = OwnedHeaders::new();
            for (k, v) in &r.headers {
                h = h.insert(Header {
                    key: k,
                    value: v.as_deref(),
                });
            }
            br = br.headers(h);
        }
        let mut br = br;
        loop {
            match producer.send(br) {
                Ok(()) => break,
                Err((e, back)) => {
                    assert!(
                        matches!(
                            e,
                            rdkafka::error::KafkaError::MessageProduction(
                                rdkafka::types::RDKafkaErrorCode::QueueFull
                            )
                        ),
                        "produce: {e}"
                    );
                    producer.poll(Duration::from_millis(50));
                    br = back;
                }
            }
        }
    }
    producer
        .flush(Duration::from_secs(60))
        .expect("flush fixtures");
}

fn block_on<F: std::future::Future>(f: F) -> F::Output {
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap()
        .block_on(f)
}

fn register(subject: &str, schema: &str) -> u32 {
    let reg = Registry::new(
        &RegistrySettings {
            url: sandbox().registry.clone(),
            username: None,
            password: None,
        },
        Duration::from_secs(10),
    );
    block_on(reg.register(subject, schema, None, &[])).expect("register fixture schema")
}

/// A Confluent-framed Avro value: apache-avro for the datum, kctl_avro::wire for
/// the frame.
fn framed(id: u32, schema: &apache_avro::Schema, v: Avro) -> Vec<u8> {
    let datum = apache_avro::writer::datum::GenericDatumWriter::builder(schema)
        .build()
        .unwrap()
        .write_value_to_vec(v)
        .unwrap();
    let mut out = Vec::new();
    wire::frame_into(id, &datum, &mut out);
    out
}

fn tail(topic: &str, extra: &[&str]) -> std::process::Output {
    let mut args = vec!["tail", topic];
    args.extend_from_slice(extra);
    kctl().args(&args).output().unwrap()
}

/// `kctl tail -o json` lines, each parsed as the envelope `kctl produce` reads.
fn envelopes(topic: &str, extra: &[&str]) -> Vec<Envelope> {
    let mut args = vec!["-o", "json"];
    args.extend_from_slice(extra);
    let out = tail(topic, &args);
    assert!(out.status.success(), "tail failed: {}", stderr(&out));
    stdout(&out)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("not an envelope ({e}): {l}")))
        .collect()
}

fn offsets(envs: &[Envelope]) -> Vec<(i32, i64)> {
    let mut v: Vec<(i32, i64)> = envs
        .iter()
        .map(|e| (e.partition.unwrap(), e.offset.unwrap()))
        .collect();
    v.sort();
    v
}

fn now_ms() -> i64 {
    chrono::Utc::now().timestamp_millis()
}

fn rfc3339(ms: i64) -> String {
    chrono::DateTime::from_timestamp_millis(ms)
        .unwrap()
        .format("%Y-%m-%dT%H:%M:%S%.3fZ")
        .to_string()
}

const ORDER: &str = r#"{"type":"record","name":"Order","namespace":"com.test.tail",
  "fields":[{"name":"id","type":"long"},{"name":"status","type":"string"},
            {"name":"note","type":["null","string"],"default":null},
            {"name":"amount","type":"double"}]}"#;

fn order(id: i64, status: &str, note: Option<&str>, amount: f64) -> Avro {
    Avro::Record(vec![
        ("id".into(), Avro::Long(id)),
        ("status".into(), Avro::String(status.into())),
        (
            "note".into(),
            match note {
                None => Avro::Union(0, Box::new(Avro::Null)),
                Some(n) => Avro::Union(1, Box::new(Avro::String(n.into()))),
            },
        ),
        ("amount".into(), Avro::Double(amount)),
    ])
}

// ----- positions -----

#[test]
fn tail_stops_at_the_end_that_existed_at_start_across_partitions() {
    let topic = unique("tail.end");
    create_topic(&topic, 3, &[]);
    produce(
        &topic,
        &[
            rec(0, "a", b"v0"),
            rec(1, "b", b"v1"),
            rec(1, "c", b"v2"),
            rec(0, "d", b"v3"),
        ],
    );
    // Partition 2 is empty: it must not keep tail waiting.
    let start = Instant::now();
    let envs = envelopes(&topic, &[]);
    assert!(start.elapsed() < Duration::from_secs(30));
    assert_eq!(offsets(&envs), [(0, 0), (0, 1), (1, 0), (1, 1)]);
    let e = envs.iter().find(|e| e.key == Some(json!("c"))).unwrap();
    assert_eq!(e.topic.as_deref(), Some(topic.as_str()));
    assert_eq!(e.value, Some(json!("v2")));
    assert_eq!(e.value_format, Some(Format::String));
    assert!(e.timestamp.is_some());

    // An empty topic ends at once with nothing printed.
    let empty = unique("tail.empty");
    create_topic(&empty, 2, &[]);
    let out = tail(&empty, &["-o", "raw"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(out.stdout.is_empty());
}

#[test]
fn every_from_form_and_last_n_until_and_max_messages() {
    let topic = unique("tail.from");
    create_topic(&topic, 1, &[]);
    let now = now_ms();
    let old = now - 2 * 3_600_000; // offsets 0..4: two hours ago
    let recent = now - 30 * 60_000; // offsets 5..9: half an hour ago
    let records: Vec<Rec> = (0..10)
        .map(|i| Rec {
            timestamp: Some(if i < 5 {
                old + i * 1000
            } else {
                recent + i * 1000
            }),
            ..rec(0, &format!("k{i}"), format!("v{i}").as_bytes())
        })
        .collect();
    produce(&topic, &records);
    let offs = |extra: &[&str]| -> Vec<i64> {
        offsets(&envelopes(&topic, extra))
            .into_iter()
            .map(|(_, o)| o)
            .collect()
    };
    assert_eq!(offs(&[]), (0..10).collect::<Vec<_>>(), "default: beginning");
    assert_eq!(offs(&["--from", "beginning"]).len(), 10);
    assert_eq!(offs(&["--from", "end"]), Vec::<i64>::new());
    assert_eq!(offs(&["--from", "7"]), [7, 8, 9]);
    assert_eq!(offs(&["--from", "99"]), Vec::<i64>::new(), "past the end");
    assert_eq!(offs(&["--from", "-1h"]), [5, 6, 7, 8, 9]);
    assert_eq!(
        offs(&["--from", &rfc3339(old + 3000)]),
        [3, 4, 5, 6, 7, 8, 9]
    );
    assert_eq!(offs(&["-n", "2"]), [8, 9]);
    assert_eq!(offs(&["-n", "50"]).len(), 10);
    assert_eq!(offs(&["--until", &rfc3339(old + 2000)]), [0, 1, 2]);
    assert_eq!(
        offs(&[
            "--from",
            &rfc3339(old + 1000),
            "--until",
            &rfc3339(old + 3000)
        ]),
        [1, 2, 3]
    );
    assert_eq!(offs(&["--max-messages", "4"]), [0, 1, 2, 3]);
    assert_eq!(offs(&["--from", "-1h", "--max-messages", "1"]), [5]);

    let out = tail(&topic, &["--from", "yesterday"]);
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("a duration ago (1h or -1h)"),
        "{}",
        stderr(&out)
    );
    // The same grammar as every TIME flag: 1h is an hour ago, as -1h.
    assert_eq!(offs(&["--from", "1h", "--max-messages", "1"]), [5]);
    let out = tail(&topic, &["-n", "2", "--from", "end"]);
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn partition_flags_select_partitions_and_reject_unknown_ones() {
    let topic = unique("tail.part");
    create_topic(&topic, 3, &[]);
    produce(
        &topic,
        &[rec(0, "a", b"0"), rec(1, "b", b"1"), rec(2, "c", b"2")],
    );
    let envs = envelopes(&topic, &["-p", "2", "--partition", "0"]);
    assert_eq!(offsets(&envs), [(0, 0), (2, 0)]);
    let out = tail(&topic, &["-p", "7"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains("partition 7 does not exist"),
        "{}",
        stderr(&out)
    );
    let out = tail(&unique("tail.missing"), &[]);
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("does not exist"), "{}", stderr(&out));
}

#[test]
fn follow_prints_records_produced_after_start_until_killed() {
    let topic = unique("tail.follow");
    create_topic(&topic, 2, &[]);
    produce(&topic, &[rec(0, "k", b"before")]);
    let sb = sandbox();
    let mut child = Command::new(kctl_bin())
        .args(["tail", &topic, "-F", "-o", "raw"])
        .env("KAFKA_BOOTSTRAP_SERVERS", &sb.bootstrap)
        .env("SCHEMA_REGISTRY_URL", &sb.registry)
        .env("KCTL_CONFIG", "/nonexistent/kctl-test-config.yaml")
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let (tx, rx) = mpsc::channel();
    let stdout = child.stdout.take().unwrap();
    std::thread::spawn(move || {
        for line in BufReader::new(stdout).lines() {
            let Ok(line) = line else { break };
            if tx.send(line).is_err() {
                break;
            }
        }
    });
    let first = rx.recv_timeout(Duration::from_secs(30));
    assert_eq!(first.as_deref(), Ok("before"));
    // Still running after reaching the end: it follows.
    std::thread::sleep(Duration::from_millis(500));
    assert!(
        child.try_wait().unwrap().is_none(),
        "tail -f exited at the end"
    );
    produce(&topic, &[rec(1, "k", b"after-1"), rec(0, "k", b"after-2")]);
    let mut got = vec![
        rx.recv_timeout(Duration::from_secs(30))
            .expect("a new record"),
        rx.recv_timeout(Duration::from_secs(30))
            .expect("a second record"),
    ];
    got.sort();
    assert_eq!(got, ["after-1", "after-2"]);
    child.kill().unwrap();
    child.wait().unwrap();
}

// ----- decoding -----

#[test]
fn auto_decoding_of_avro_json_text_binary_and_tombstones() {
    let topic = unique("tail.auto");
    create_topic(&topic, 1, &[]);
    let id = register(&format!("{topic}-value"), ORDER);
    let schema = apache_avro::Schema::parse_str(ORDER).unwrap();
    let avro = framed(id, &schema, order(7, "NEW", Some("é\"x"), 12.5));
    produce(
        &topic,
        &[
            rec(0, "avro", &avro),
            rec(0, "json", br#"{"a":[1,true,null],"b":"x"}"#),
            rec(0, "json-spaced", br#"{"a": 1}"#),
            rec(0, "text", b"hello world"),
            rec(0, "bin", &[0xff, 0xfe, 0x00, 0x01]),
            Rec {
                key: Some(b"tomb".to_vec()),
                value: None,
                ..Default::default()
            },
            Rec {
                key: None,
                value: Some(b"no key".to_vec()),
                ..Default::default()
            },
        ],
    );
    let envs = envelopes(&topic, &[]);
    assert_eq!(envs.len(), 7);
    assert_eq!(envs[0].value_format, Some(Format::Avro));
    assert_eq!(envs[0].value_schema_id, Some(id));
    assert_eq!(
        envs[0].value,
        Some(json!({"id": 7, "status": "NEW", "note": {"string": "é\"x"}, "amount": 12.5}))
    );
    assert_eq!(envs[1].value_format, Some(Format::Json));
    assert_eq!(envs[1].value, Some(json!({"a": [1, true, null], "b": "x"})));
    assert_eq!(
        envs[2].value_format,
        Some(Format::String),
        "not byte-exact JSON"
    );
    assert_eq!(envs[3].value, Some(json!("hello world")));
    assert_eq!(envs[4].value_format, Some(Format::Base64));
    // Every non-Avro value round-trips to its exact bytes.
    for (e, bytes) in envs[1..5].iter().zip([
        &br#"{"a":[1,true,null],"b":"x"}"#[..],
        br#"{"a": 1}"#,
        b"hello world",
        &[0xff, 0xfe, 0x00, 0x01],
    ]) {
        assert_eq!(
            payload_from_json(e.value.as_ref().unwrap(), e.value_format.unwrap()).unwrap(),
            bytes
        );
    }
    assert_eq!(envs[5].value, None, "a tombstone is a null value");
    assert_eq!(envs[5].value_format, None);
    assert_eq!(envs[6].key, None);

    // Plain Avro JSON and raw output.
    let plain = envelopes(&topic, &["--avro-json", "plain", "--max-messages", "1"]);
    assert_eq!(plain[0].value.as_ref().unwrap()["note"], json!("é\"x"));
    let out = tail(&topic, &["-o", "raw"]);
    assert!(out.status.success());
    let text = stdout(&out);
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(
        lines,
        [
            r#"{"id":7,"status":"NEW","note":{"string":"é\"x"},"amount":12.5}"#,
            r#"{"a":[1,true,null],"b":"x"}"#,
            r#"{"a": 1}"#,
            "hello world",
            "//4AAQ==",
            "",
            "no key",
        ]
    );
    // Forced formats.
    let forced = envelopes(&topic, &["--value-format", "base64", "--max-messages", "1"]);
    assert_eq!(
        payload_from_json(forced[0].value.as_ref().unwrap(), Format::Base64).unwrap(),
        avro
    );
    let out = tail(&topic, &["--value-format", "json", "-o", "json"]);
    let text = stdout(&out);
    let bad: Vec<Value> = text
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert!(
        bad[3]["error"].as_str().unwrap().contains("not JSON"),
        "{text}"
    );
    assert!(stderr(&out).contains("could not be decoded"));
    assert_eq!(
        out.status.code(),
        Some(1),
        "a format that cannot be honoured fails the run"
    );
}

#[test]
fn unknown_schema_ids_and_corrupt_frames_are_reported_inline_counted_and_fail_the_run() {
    let topic = unique("tail.corrupt");
    create_topic(&topic, 1, &[]);
    let id = register(&format!("{topic}-value"), ORDER);
    let schema = apache_avro::Schema::parse_str(ORDER).unwrap();
    let good = framed(id, &schema, order(1, "OK", None, 1.0));
    let mut unknown = Vec::new();
    wire::frame_into(987_654, &good[5..], &mut unknown);
    let mut corrupt = good.clone();
    corrupt.truncate(good.len() - 3);
    produce(
        &topic,
        &[
            rec(0, "good", &good),
            rec(0, "unknown", &unknown),
            rec(0, "corrupt", &corrupt),
            rec(0, "good2", &good),
        ],
    );
    let out = tail(&topic, &["-o", "json"]);
    assert_eq!(
        out.status.code(),
        Some(1),
        "documented: every record printed, then exit 1 (issue 13)"
    );
    let lines: Vec<Value> = stdout(&out)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 4, "every record is printed");
    assert_eq!(lines[0]["value"]["status"], "OK");
    assert!(lines[1]["error"]
        .as_str()
        .unwrap()
        .contains("schema id 987654"));
    assert!(lines[2]["error"].as_str().unwrap().contains("truncated"));
    assert_eq!(lines[3]["value"]["status"], "OK");
    for l in &lines[1..3] {
        assert_eq!(l["value_format"], "base64", "kept binary-safe: {l}");
    }
    let err = stderr(&out);
    assert!(
        err.contains("2 records could not be decoded"),
        "the count is always reported: {err}"
    );
    // Pretty output shows the error under the record.
    let out = tail(
        &topic,
        &[
            "-o",
            "pretty",
            "-p",
            "0",
            "--from",
            "1",
            "--max-messages",
            "1",
        ],
    );
    assert!(
        stdout(&out).contains("! value: schema id 987654"),
        "{}",
        stdout(&out)
    );
}

#[test]
fn headers_keep_binary_null_and_repeated_values() {
    let topic = unique("tail.headers");
    create_topic(&topic, 1, &[]);
    produce(
        &topic,
        &[Rec {
            headers: vec![
                ("trace", Some(b"abc".to_vec())),
                ("bin", Some(vec![0, 0xff, 1])),
                ("none", None),
                ("trace", Some(b"def".to_vec())),
                ("empty", Some(vec![])),
            ],
            ..rec(0, "k", b"v")
        }],
    );
    let out = tail(&topic, &["-o", "json"]);
    let v: Value = serde_json::from_str(stdout(&out).trim()).unwrap();
    assert_eq!(
        v["headers"],
        json!([
            {"key": "trace", "value": "abc"},
            {"key": "bin", "value": "AP8B", "encoding": "base64"},
            {"key": "none", "value": null},
            {"key": "trace", "value": "def"},
            {"key": "empty", "value": ""},
        ])
    );
    let out = tail(
        &topic,
        &[
            "--fields",
            "headers.trace,headers.none,headers.bin",
            "-o",
            "json",
        ],
    );
    assert_eq!(
        serde_json::from_str::<Value>(stdout(&out).trim()).unwrap(),
        json!({"headers.trace": "def", "headers.none": null, "headers.bin": "AP8B"})
    );
}

// ----- filters and output -----

#[test]
fn filters_on_key_header_value_fields_and_time() {
    let topic = unique("tail.filter");
    create_topic(&topic, 2, &[]);
    let id = register(&format!("{topic}-value"), ORDER);
    let schema = apache_avro::Schema::parse_str(ORDER).unwrap();
    let base = now_ms() - 60_000;
    let records: Vec<Rec> = (0..8)
        .map(|i| Rec {
            partition: (i % 2) as i32,
            timestamp: Some(base + i * 1000),
            headers: vec![(
                "src",
                Some(if i < 4 {
                    b"web".to_vec()
                } else {
                    b"cli".to_vec()
                }),
            )],
            ..rec(
                (i % 2) as i32,
                &format!("order-{i}"),
                &framed(
                    id,
                    &schema,
                    order(
                        i,
                        if i % 3 == 0 { "SHIPPED" } else { "NEW" },
                        None,
                        i as f64 * 10.0,
                    ),
                ),
            )
        })
        .collect();
    produce(&topic, &records);
    let ids = |extra: &[&str]| -> Vec<i64> {
        let mut v: Vec<i64> = envelopes(&topic, extra)
            .iter()
            .map(|e| e.value.as_ref().unwrap()["id"].as_i64().unwrap())
            .collect();
        v.sort();
        v
    };
    assert_eq!(ids(&["--key", "order-5"]), [5]);
    assert_eq!(ids(&["--header", "src=cli"]), [4, 5, 6, 7]);
    assert_eq!(ids(&["--header", "src"]).len(), 8);
    assert_eq!(ids(&["--header", "nope"]), Vec::<i64>::new());
    assert_eq!(ids(&["--where", "value.status==SHIPPED"]), [0, 3, 6]);
    assert_eq!(
        ids(&["--where", "status!=SHIPPED", "--where", "amount>=40"]),
        [4, 5, 7]
    );
    assert_eq!(ids(&["--where", "amount<20"]), [0, 1]);
    assert_eq!(
        ids(&["--where", "status=~^SHIP", "--header", "src=web"]),
        [0, 3]
    );
    assert_eq!(ids(&["--where", "key=~-[12]$"]), [1, 2]);
    assert_eq!(
        ids(&["--where", "partition==1", "--where", "offset<2"]),
        [1, 3]
    );
    assert_eq!(
        ids(&[
            "--from",
            &rfc3339(base + 2000),
            "--until",
            &rfc3339(base + 4000)
        ]),
        [2, 3, 4]
    );
    // The summary counts what the filters dropped (shown with -v).
    let out = tail(&topic, &["-v", "-o", "raw", "--where", "amount>50"]);
    assert!(
        stderr(&out).contains("2 records printed, 6 filtered out\n"),
        "{}",
        stderr(&out)
    );
    let out = tail(&topic, &["--where", "amount"]);
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn pretty_output_and_field_selection() {
    let topic = unique("tail.pretty");
    create_topic(&topic, 1, &[]);
    let id = register(&format!("{topic}-value"), ORDER);
    let schema = apache_avro::Schema::parse_str(ORDER).unwrap();
    produce(
        &topic,
        &[Rec {
            timestamp: Some(1_795_514_400_000),
            headers: vec![("trace", Some(b"t-1".to_vec()))],
            ..rec(
                0,
                "order-9",
                &framed(id, &schema, order(9, "NEW", Some("rush"), 2.5)),
            )
        }],
    );
    let out = tail(&topic, &["-o", "pretty"]);
    assert!(out.status.success());
    let text = stdout(&out);
    assert!(
        !text.contains('\x1b'),
        "no colour when stdout is not a terminal"
    );
    assert_eq!(
        text,
        format!(
            "partition 0  offset 0  2026-11-24T10:00:00.000Z\nkey: order-9\nheader trace: t-1\navro, schema id {id}\n{{\n  \"id\": 9,\n  \"status\": \"NEW\",\n  \"note\": \"rush\",\n  \"amount\": 2.5\n}}\n\n"
        )
    );
    let out = tail(
        &topic,
        &[
            "-o",
            "raw",
            "--fields",
            "partition,offset,key,value.note,value_schema_id",
        ],
    );
    assert_eq!(stdout(&out), format!("0\t0\torder-9\trush\t{id}\n"));
    let out = tail(
        &topic,
        &["-o", "json", "--fields", "timestamp,value.status,value"],
    );
    assert_eq!(
        serde_json::from_str::<Value>(stdout(&out).trim()).unwrap(),
        json!({"timestamp": 1_795_514_400_000i64, "value.status": "NEW",
               "value": {"id": 9, "status": "NEW", "note": {"string": "rush"}, "amount": 2.5}})
    );
}

#[test]
fn a_closed_stdout_ends_tail_quietly_with_status_zero() {
    let topic = unique("tail.pipe");
    create_topic(&topic, 1, &[]);
    let value = vec![b'x'; 200];
    let records: Vec<Rec> = (0..20_000)
        .map(|i| rec(0, &i.to_string(), &value))
        .collect();
    produce(&topic, &records);
    let sb = sandbox();
    let mut child = Command::new(kctl_bin())
        .args(["tail", &topic, "-o", "raw"])
        .env("KAFKA_BOOTSTRAP_SERVERS", &sb.bootstrap)
        .env("SCHEMA_REGISTRY_URL", &sb.registry)
        .env("KCTL_CONFIG", "/nonexistent/kctl-test-config.yaml")
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdout = child.stdout.take().unwrap();
    let mut first = [0u8; 201];
    stdout.read_exact(&mut first).unwrap();
    assert_eq!(&first[..200], &value[..]);
    drop(stdout); // like `| head -1`
    let out = child.wait_with_output().unwrap();
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(stderr(&out), "", "quiet on a closed pipe");
}

#[test]
fn tail_never_creates_or_commits_a_consumer_group() {
    let topic = unique("tail.nogroup");
    create_topic(&topic, 1, &[]);
    produce(&topic, &[rec(0, "k", b"v")]);
    let out = tail(&topic, &["-o", "raw"]);
    assert!(out.status.success());
    let out = kctl()
        .args(["groups", "list", "-o", "json"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    let groups = json(&out);
    let ours: Vec<String> = groups
        .as_array()
        .expect("a JSON array of groups")
        .iter()
        .filter_map(|g| g["group"].as_str())
        .filter(|n| n.starts_with("kctl-tail"))
        .map(str::to_string)
        .collect();
    assert!(
        ours.is_empty(),
        "tail left consumer groups behind: {ours:?}"
    );
}

// ----- interoperability with Confluent's Python AvroSerializer -----

fn python() -> String {
    std::env::var("KCTL_TEST_PYTHON").unwrap_or_else(|_| {
        format!(
            "{}/.cache/kctl/venv/bin/python",
            std::env::var("HOME").unwrap_or_default()
        )
    })
}

/// Records written by Confluent's `AvroSerializer` + `SerializingProducer`
/// (unions, logical types, bytes, maps, nested records, a schema reference to
/// another subject) decode to exactly the values the script wrote.
#[test]
fn confluent_python_avro_serializer_records_decode_exactly() {
    let py = python();
    assert!(
        std::path::Path::new(&py).exists(),
        "Confluent's Python client is required for this test: {py} is missing (run scripts/setup, or set KCTL_TEST_PYTHON)"
    );
    let topic = unique("tail.interop");
    create_topic(&topic, 1, &[]);
    let sb = sandbox();
    let out = Command::new(&py)
        .arg(repo_root().join("tests/interop/produce_avro.py"))
        .args([
            "--bootstrap",
            &sb.bootstrap,
            "--registry",
            &sb.registry,
            "--topic",
            &topic,
        ])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "produce_avro.py failed:\n{}\n{}",
        stdout(&out),
        stderr(&out)
    );
    // The script prints the Avro JSON encoding and the plain rendering it
    // expects for each record, one JSON object per line.
    let expected: Vec<Value> = stdout(&out)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(expected.len(), 3);
    let envs = envelopes(&topic, &[]);
    assert_eq!(envs.len(), 3);
    for (e, x) in envs.iter().zip(&expected) {
        assert_eq!(e.value_format, Some(Format::Avro));
        assert_eq!(e.value.as_ref().unwrap(), &x["avro"], "Avro JSON encoding");
        assert_eq!(e.key, Some(x["key"].clone()));
    }
    let plain = envelopes(&topic, &["--avro-json", "plain"]);
    for (e, x) in plain.iter().zip(&expected) {
        assert_eq!(e.value.as_ref().unwrap(), &x["plain"], "plain rendering");
    }
    // Text too: field order, map entry order, escapes and numbers exactly
    // as Python's json.dumps writes the same values.
    let out = tail(&topic, &["-o", "raw"]);
    let text = stdout(&out);
    let lines: Vec<&str> = text.lines().collect();
    for (line, x) in lines.iter().zip(&expected) {
        assert_eq!(*line, x["avro_text"].as_str().unwrap());
    }
}

/// `kctl tail -F ... | head -1`: once head has its line and exits, tail ends
/// (exit 0, quietly) even though the topic stays idle and nothing more is
/// written that would hit the closed pipe.
#[test]
fn follow_into_a_pipe_ends_when_the_reader_goes_away_even_while_idle() {
    let topic = unique("tail.pipe");
    create_topic(&topic, 1, &[]);
    produce(&topic, &[rec(0, "k", b"only")]);
    let sb = sandbox();
    let mut child = Command::new(kctl_bin())
        .args(["tail", &topic, "-F", "-o", "raw"])
        .env("KAFKA_BOOTSTRAP_SERVERS", &sb.bootstrap)
        .env("SCHEMA_REGISTRY_URL", &sb.registry)
        .env("KCTL_CONFIG", "/nonexistent/kctl-test-config.yaml")
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut reader = BufReader::new(child.stdout.take().unwrap());
    let mut first = String::new();
    reader.read_line(&mut first).unwrap();
    assert_eq!(first, "only\n");
    // head -1 exits: the read end closes.
    drop(reader);
    let closed = Instant::now();
    let status = loop {
        if let Some(s) = child.try_wait().unwrap() {
            break s;
        }
        if closed.elapsed() > Duration::from_secs(10) {
            let _ = child.kill();
            panic!("tail -F kept running after its reader left");
        }
        std::thread::sleep(Duration::from_millis(50));
    };
    assert_eq!(status.code(), Some(0));
    let mut err = String::new();
    child
        .stderr
        .take()
        .unwrap()
        .read_to_string(&mut err)
        .unwrap();
    assert!(!err.contains("error"), "{err}");
}

/// `--format` prints each record as a template of `--fields` names, decoding
/// what a path needs, and refuses a bad template before connecting.
#[test]
fn format_template_prints_each_record_as_given() {
    let topic = unique("tail.format");
    create_topic(&topic, 2, &[]);
    produce(
        &topic,
        &[
            rec(0, "k0", br#"{"id":1,"customer":{"name":"Ada"}}"#),
            rec(1, "k1", br#"{"id":2,"customer":{"name":"Bob"}}"#),
        ],
    );
    let out = tail(
        &topic,
        &[
            "--format",
            "{partition}:{offset} {key} -> {value.customer.name}",
        ],
    );
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let mut lines: Vec<String> = stdout(&out).lines().map(str::to_string).collect();
    lines.sort();
    assert_eq!(lines, ["0:0 k0 -> Ada", "1:0 k1 -> Bob"]);
    let out = tail(&topic, &["--format", "{offset", "-o", "json"]);
    assert_eq!(out.status.code(), Some(2));
    let out = tail(&topic, &["--format", "{nope}"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("--format field"), "{}", stderr(&out));
}

/// Several topics, or a regex, are read side by side: every record once,
/// each envelope naming its topic; a missing topic stops it before anything
/// is printed.
#[test]
fn several_topics_or_a_regex_are_read_side_by_side() {
    let prefix = unique("tail.many");
    let (a, b, c) = (
        format!("{prefix}.a"),
        format!("{prefix}.b"),
        format!("{prefix}.c"),
    );
    for t in [&a, &b, &c] {
        create_topic(t, 2, &[]);
    }
    produce(&a, &[rec(0, "a0", b"1"), rec(1, "a1", b"2")]);
    produce(&b, &[rec(0, "b0", b"3")]);
    produce(&c, &[rec(1, "c1", b"4")]);
    let seen = |out: &std::process::Output| -> Vec<(String, String)> {
        let mut v: Vec<(String, String)> = stdout(out)
            .lines()
            .map(|l| {
                let e: Value = serde_json::from_str(l).unwrap();
                (
                    e["topic"].as_str().unwrap().to_string(),
                    e["key"].as_str().unwrap().to_string(),
                )
            })
            .collect();
        v.sort();
        v
    };
    let out = kctl()
        .args(["tail", &a, &b, "-o", "json"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_eq!(
        seen(&out),
        [
            (a.clone(), "a0".into()),
            (a.clone(), "a1".into()),
            (b.clone(), "b0".into())
        ]
    );
    let pattern = format!("^{}\\.[bc]$", regex::escape(&prefix));
    let out = kctl()
        .args(["tail", "--regex", &pattern, "-o", "json"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_eq!(
        seen(&out),
        [(b.clone(), "b0".into()), (c.clone(), "c1".into())]
    );

    let out = kctl()
        .args(["tail", &a, &format!("{prefix}.zz")])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(stdout(&out).is_empty());
    assert!(stderr(&out).contains("does not exist"), "{}", stderr(&out));
}

// ----- kctl's own Fetch requests, and the hand-over to librdkafka -----

/// Values produced to partition 0 by a producer with `config`, in one
/// transaction when `txn` says how it ends (true: committed).
fn produce_values(topic: &str, config: &[(&str, &str)], txn: Option<bool>, values: &[&str]) {
    let mut cfg = client_config();
    cfg.set("linger.ms", "5");
    for (k, v) in config {
        cfg.set(*k, *v);
    }
    let producer: BaseProducer = cfg.create().expect("producer");
    let wait = Duration::from_secs(30);
    if txn.is_some() {
        producer.init_transactions(wait).expect("init transactions");
        producer.begin_transaction().expect("begin");
    }
    for v in values {
        producer
            .send(
                BaseRecord::<[u8], [u8]>::to(topic)
                    .partition(0)
                    .payload(v.as_bytes()),
            )
            .expect("queue a record");
    }
    // BaseProducer serves delivery reports only when polled: flushed first.
    producer.flush(wait).expect("flush");
    match txn {
        Some(true) => producer.commit_transaction(wait).expect("commit"),
        Some(false) => producer.abort_transaction(wait).expect("abort"),
        None => {}
    }
}

fn text_values(envs: &[Envelope]) -> Vec<String> {
    envs.iter()
        .map(|e| {
            e.value
                .as_ref()
                .and_then(Value::as_str)
                .unwrap_or("?")
                .to_string()
        })
        .collect()
}

fn parsed(out: &std::process::Output) -> Vec<Envelope> {
    assert!(out.status.success(), "tail failed: {}", stderr(out));
    stdout(out)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("not an envelope ({e}): {l}")))
        .collect()
}

#[test]
fn own_fetch_hands_over_to_librdkafka_at_a_compressed_batch_printing_each_record_once() {
    let topic = unique("tail.own");
    create_topic(&topic, 1, &[]);
    produce_values(&topic, &[], None, &["a0", "a1", "a2"]);
    // Long enough to compress (librdkafka sends a batch that compression
    // would make larger as it is).
    let z3 = format!("z3{}", "-".repeat(2000));
    let z4 = format!("z4{}", "-".repeat(2000));
    produce_values(&topic, &[("compression.type", "lz4")], None, &[&z3, &z4]);
    produce_values(&topic, &[], None, &["a5"]);
    let out = tail(&topic, &["-o", "json", "-v"]);
    let err = stderr(&out);
    let envs = parsed(&out);
    assert!(
        err.contains(&format!("{topic}: reading with kctl's own Fetch requests")),
        "{err}"
    );
    // The three plain records are read here; librdkafka goes on exactly
    // from the first compressed batch.
    assert!(
        err.contains(&format!(
            "{topic}: reading on through librdkafka from 0@3 (partition 0: compressed batch (lz4))"
        )),
        "{err}"
    );
    assert_eq!(offsets(&envs), (0..6).map(|o| (0, o)).collect::<Vec<_>>());
    assert_eq!(text_values(&envs), ["a0", "a1", "a2", &z3, &z4, "a5"]);
    // Any -X property leaves the whole read to librdkafka: the same lines.
    let rd = tail(&topic, &["-o", "json", "-X", "fetch.wait.max.ms=100", "-v"]);
    assert!(rd.status.success(), "{}", stderr(&rd));
    assert!(!stderr(&rd).contains("own Fetch"), "{}", stderr(&rd));
    assert_eq!(stdout(&rd), stdout(&out));
}

#[test]
fn own_fetch_skips_transaction_markers_and_leaves_aborted_records_to_librdkafka() {
    let committed = unique("tail.txn-ok");
    create_topic(&committed, 1, &[]);
    let id = unique("tail-txn");
    let txn = [("transactional.id", id.as_str())];
    produce_values(&committed, &txn, Some(true), &["c0", "c1"]);
    produce_values(&committed, &txn, Some(true), &["c2"]);
    let out = tail(&committed, &["-o", "json", "-v"]);
    let envs = parsed(&out);
    let err = stderr(&out);
    assert!(err.contains("own Fetch requests"), "{err}");
    assert!(!err.contains("through librdkafka"), "{err}");
    // Offsets 2 and 4 are the commit markers.
    assert_eq!(offsets(&envs), [(0, 0), (0, 1), (0, 3)]);
    assert_eq!(text_values(&envs), ["c0", "c1", "c2"]);

    let aborted = unique("tail.txn-abort");
    create_topic(&aborted, 1, &[]);
    produce_values(&aborted, &txn, Some(true), &["c0"]);
    produce_values(&aborted, &txn, Some(false), &["x1", "x2"]);
    produce_values(&aborted, &txn, Some(true), &["c3"]);
    let out = tail(&aborted, &["-o", "json", "-v"]);
    let envs = parsed(&out);
    let err = stderr(&out);
    assert!(
        err.contains(&format!(
            "{aborted}: reading on through librdkafka from 0@0 (partition 0 holds aborted transactions)"
        )),
        "{err}"
    );
    assert_eq!(text_values(&envs), ["c0", "c3"]);
}
