//! Issue 8: `kctl dlq inspect`, `show` and `replay` against the real broker.
//!
//! DLQ records are written here with rdkafka directly, with the header
//! encodings each framework really uses (binary and decimal-text numbers,
//! null values, repeated keys), and the destination topics are read back with
//! rdkafka to check bytes, headers and partitions independently of kctl.

use std::collections::{BTreeMap, HashMap};
use std::io::{Read, Write};
use std::os::fd::{AsRawFd, FromRawFd, OwnedFd};
use std::process::{Child, Command, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use rdkafka::consumer::{BaseConsumer, Consumer};
use rdkafka::message::{Header as RdHeader, OwnedHeaders};
use rdkafka::producer::{BaseProducer, BaseRecord, Producer};
use serde_json::Value;

use kctl::domain::dlq::java_partition;

use crate::harness::*;

type Hdrs = Vec<(String, Option<Vec<u8>>)>;

fn h(k: &str, v: &[u8]) -> (String, Option<Vec<u8>>) {
    (k.to_string(), Some(v.to_vec()))
}
fn hnull(k: &str) -> (String, Option<Vec<u8>>) {
    (k.to_string(), None)
}
fn i32b(n: i32) -> Vec<u8> {
    n.to_be_bytes().to_vec()
}
fn i64b(n: i64) -> Vec<u8> {
    n.to_be_bytes().to_vec()
}

#[derive(Clone, Debug)]
struct Rec {
    partition: Option<i32>,
    key: Option<Vec<u8>>,
    value: Option<Vec<u8>>,
    headers: Hdrs,
}

fn rec(key: Option<&[u8]>, value: Option<&[u8]>, headers: Hdrs) -> Rec {
    Rec {
        partition: Some(0),
        key: key.map(<[u8]>::to_vec),
        value: value.map(<[u8]>::to_vec),
        headers,
    }
}

/// Writes records with rdkafka (not kctl), in order, and waits for delivery.
fn produce(topic: &str, records: &[Rec]) {
    let producer: BaseProducer = client_config()
        .set("enable.idempotence", "true")
        .set("linger.ms", "0")
        .create()
        .expect("producer");
    for r in records {
        let mut headers = OwnedHeaders::new();
        for (k, v) in &r.headers {
            headers = headers.insert(RdHeader {
                key: k,
                value: v.as_deref(),
            });
        }
        let mut br: BaseRecord<'_, [u8], [u8]> = BaseRecord::to(topic).headers(headers);
        if let Some(k) = &r.key {
            br = br.key(k.as_slice());
        }
        if let Some(v) = &r.value {
            br = br.payload(v.as_slice());
        }
        if let Some(p) = r.partition {
            br = br.partition(p);
        }
        producer.send(br).map_err(|(e, _)| e).expect("enqueue");
        // One at a time keeps DLQ offsets in the order given.
        producer.flush(Duration::from_secs(30)).expect("flush");
    }
}

type Got = TopicRecord;

/// Every record of `topic` in the sandbox, read to the high watermark.
fn consume_all(topic: &str) -> Vec<Got> {
    read_topic(&sandbox().bootstrap, topic, "read_uncommitted")
}

/// Every record of `topic` a reader with `isolation` sees.
fn consume_isolated(topic: &str, isolation: &str) -> Vec<Got> {
    read_topic(&sandbox().bootstrap, topic, isolation)
}

fn run_ok(args: &[&str]) -> std::process::Output {
    let out = kctl().args(args).output().unwrap();
    assert!(
        out.status.success(),
        "kctl {args:?} failed ({:?}):\n{}\n{}",
        out.status.code(),
        stdout(&out),
        stderr(&out)
    );
    out
}

fn ids_of(records: &[Got]) -> Vec<String> {
    let mut v: Vec<String> = records
        .iter()
        .filter_map(|g| g.header("kctl-replay-id"))
        .collect();
    v.sort();
    v
}

/// One DLQ record per header convention (see `domain::dlq`), each pointing at
/// `origin` partition `p`, with the encodings the frameworks write.
fn every_convention(origin: &str, p: i32) -> Vec<(&'static str, Hdrs)> {
    let o = origin.as_bytes();
    let ptext = p.to_string();
    let pt = ptext.as_bytes();
    vec![
        (
            "connect",
            vec![
                h("__connect.errors.topic", o),
                h("__connect.errors.partition", b"9"),
                h("__connect.errors.offset", b"1"),
                h("__connect.errors.exception.class.name", b"old.Error"),
                // A second failure appended a second full set: it wins.
                h("__connect.errors.topic", o),
                h("__connect.errors.partition", pt),
                h("__connect.errors.offset", b"101"),
                h("__connect.errors.stage", b"VALUE_CONVERTER"),
                h("__connect.errors.connector.name", b"jdbc-sink"),
                h("__connect.errors.task.id", b"0"),
                h(
                    "__connect.errors.exception.class.name",
                    b"org.apache.kafka.connect.errors.DataException",
                ),
                h(
                    "__connect.errors.exception.message",
                    b"Converting byte[] to Kafka Connect data failed",
                ),
                hnull("__connect.errors.exception.stacktrace"),
            ],
        ),
        (
            "spring-dlt",
            vec![
                h("kafka_dlt-original-topic", o),
                h("kafka_dlt-original-partition", &i32b(p)),
                h("kafka_dlt-original-offset", &i64b(102)),
                h("kafka_dlt-original-timestamp", &i64b(1_700_000_000_000)),
                h("kafka_dlt-original-timestamp-type", b"CreateTime"),
                h("kafka_dlt-original-consumer-group", b"orders-svc"),
                h(
                    "kafka_dlt-exception-fqcn",
                    b"org.springframework.kafka.listener.ListenerExecutionFailedException",
                ),
                h(
                    "kafka_dlt-exception-cause-fqcn",
                    b"java.lang.IllegalStateException",
                ),
                h("kafka_dlt-exception-message", b"amount must be positive"),
                h(
                    "kafka_dlt-exception-stacktrace",
                    b"java.lang.IllegalStateException: amount\n\tat x",
                ),
            ],
        ),
        (
            "spring-retry",
            vec![
                h("kafka_original-topic", o),
                h("kafka_original-partition", &i32b(p)),
                h("kafka_original-offset", &i64b(103)),
                h("kafka_exception-fqcn", b"java.lang.RuntimeException"),
                h("kafka_exception-message", b"retries exhausted"),
                h("retry_topic-attempts", &i32b(3)),
                h("retry_topic-backoff-timestamp", &i64b(1_700_000_000_500)),
                h("retry_topic-original-timestamp", &i64b(1_700_000_000_000)),
            ],
        ),
        (
            "spring-cloud-stream",
            vec![
                h("x-original-topic", o),
                h("x-original-partition", &i32b(p)),
                h("x-original-offset", &i64b(104)),
                h(
                    "x-exception-fqcn",
                    b"org.springframework.messaging.MessagingException",
                ),
                h("x-exception-message", b"handler failed"),
                h("x-exception-stacktrace", b"..."),
            ],
        ),
        (
            "kafka-streams",
            vec![
                h("__streams.errors.topic", o),
                h("__streams.errors.partition", pt),
                h("__streams.errors.offset", b"105"),
                h(
                    "__streams.errors.exception",
                    b"org.apache.kafka.common.errors.SerializationException",
                ),
                h("__streams.errors.message", b"bad magic byte"),
                h("__streams.errors.stacktrace", b"..."),
            ],
        ),
        (
            "share-group",
            vec![
                h("__dlq.errors.topic", o),
                h("__dlq.errors.partition", pt),
                h("__dlq.errors.offset", b"106"),
                h("__dlq.errors.group", b"workers"),
                h("__dlq.errors.delivery.count", b"5"),
                h("__dlq.errors.message", b"delivery count exceeded"),
            ],
        ),
        (
            "karafka",
            vec![
                h("source_topic", o),
                h("source_partition", pt),
                h("source_offset", b"107"),
                h("source_consumer_group", b"karafka-app"),
                h("source_attempts", b"4"),
            ],
        ),
        (
            "smallrye",
            vec![
                // Newest set first.
                h("dead-letter-reason", b"price missing"),
                h(
                    "dead-letter-exception-class-name",
                    b"java.lang.IllegalArgumentException",
                ),
                h("dead-letter-topic", o),
                h("dead-letter-partition", &i32b(p)),
                h("dead-letter-offset", &i64b(108)),
                h("dead-letter-topic", b"stale-topic"),
                hnull("dead-letter-cause"),
            ],
        ),
    ]
}

#[test]
fn inspect_and_show_detect_every_convention() {
    let dlq = unique("dlq.conv.DLT");
    let origin = unique("dlq.conv.orders");
    create_topic(&dlq, 1, &[]);
    let convs = every_convention(&origin, 0);
    let mut records: Vec<Rec> = convs
        .iter()
        .enumerate()
        .map(|(i, (_, hs))| {
            let mut hs = hs.clone();
            hs.insert(0, h("traceparent", format!("00-{i:032x}-01").as_bytes()));
            rec(
                Some(format!("k{i}").as_bytes()),
                Some(format!("{{\"n\":{i}}}").as_bytes()),
                hs,
            )
        })
        .collect();
    // No convention at all, binary value, null key.
    records.push(rec(
        None,
        Some(&[0xde, 0xad, 0xbe, 0xef]),
        vec![h("app", b"x")],
    ));
    produce(&dlq, &records);

    let out = run_ok(&["dlq", "inspect", &dlq, "-o", "json"]);
    let v = json(&out);
    assert_eq!(v["entries"], 9);
    assert_eq!(v["without_origin"], 1);
    for (name, _) in &convs {
        assert_eq!(v["by_convention"][name], 1, "{name}: {v}");
    }
    let groups = v["groups"].as_array().unwrap();
    let find = |class: &str| {
        groups
            .iter()
            .find(|g| g["error_class"] == class)
            .unwrap_or_else(|| panic!("no group {class}: {v}"))
    };
    assert_eq!(
        find("org.apache.kafka.connect.errors.DataException")["origin"],
        origin.as_str()
    );
    assert_eq!(
        find("java.lang.IllegalArgumentException")["convention"],
        "smallrye"
    );

    let out = run_ok(&["dlq", "inspect", &dlq]);
    let text = stdout(&out);
    assert!(
        text.contains("ORIGIN") && text.contains("ERROR CLASS"),
        "{text}"
    );
    assert!(text.contains("1 entry has no detectable origin"), "{text}");

    let out = run_ok(&["dlq", "show", &dlq, "-o", "json"]);
    let shown = json(&out);
    let shown = shown.as_array().unwrap();
    assert_eq!(shown.len(), 9);
    for (i, (name, _)) in convs.iter().enumerate() {
        let e = &shown[i];
        assert_eq!(e["convention"], *name, "{e}");
        assert_eq!(e["origin"]["topic"], origin.as_str(), "{e}");
        assert_eq!(e["origin"]["partition"], 0, "{e}");
        assert_eq!(e["origin"]["offset"], 101 + i as i64, "{name}: {e}");
        assert_eq!(e["key"]["value"], format!("k{i}"));
        assert_eq!(e["value"]["value"]["n"], i as i64, "{e}");
    }
    assert_eq!(shown[0]["error"]["details"]["connector"], "jdbc-sink");
    assert_eq!(
        shown[0]["error"]["class"],
        "org.apache.kafka.connect.errors.DataException"
    );
    assert_eq!(shown[1]["error"]["message"], "amount must be positive");
    assert_eq!(
        shown[1]["error"]["details"]["cause"],
        "java.lang.IllegalStateException"
    );
    assert_eq!(shown[2]["error"]["details"]["attempts"], "3");
    assert_eq!(shown[5]["error"]["details"]["delivery_count"], "5");
    assert_eq!(shown[6]["error"]["details"]["attempts"], "4");
    assert_eq!(shown[7]["error"]["message"], "price missing");
    let last = &shown[8];
    assert_eq!(last["origin"], Value::Null);
    assert_eq!(last["key"], Value::Null);
    assert_eq!(last["value"]["format"], "base64");
    assert_eq!(last["value"]["value"], "3q2+7w==");

    // --offset narrows show to one entry; the text view names origin and error.
    let out = run_ok(&["dlq", "show", &dlq, "--offset", "1"]);
    let text = stdout(&out);
    assert!(text.starts_with(&format!("{dlq}/0/1 ")), "{text}");
    assert!(
        text.contains(&format!(
            "origin:   {origin} partition 0 offset 102 (spring-dlt)"
        )),
        "{text}"
    );
    assert!(text.contains("amount must be positive"), "{text}");
    assert!(!text.contains(&format!("{dlq}/0/2")), "{text}");
}

#[test]
fn show_decodes_confluent_avro_values_through_the_registry() {
    let dlq = unique("dlq.avro.DLT");
    create_topic(&dlq, 1, &[]);
    let schema = r#"{"type":"record","name":"Order","namespace":"dlq.test","fields":[{"name":"id","type":"long"},{"name":"name","type":"string"}]}"#;
    let registry = kctl::registry::Registry::new(
        &kctl::settings::RegistrySettings {
            url: sandbox().registry.clone(),
            username: None,
            password: None,
        },
        Duration::from_secs(10),
    );
    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
    let id = rt
        .block_on(registry.register(&format!("{dlq}-value"), schema, None, &[]))
        .expect("register");
    // id 17 (zigzag 34 = 0x22), "ab" (length zigzag 4).
    let mut value = vec![0u8];
    value.extend_from_slice(&id.to_be_bytes());
    value.extend_from_slice(&[0x22, 0x04, b'a', b'b']);
    produce(
        &dlq,
        &[rec(
            Some(b"o-17"),
            Some(&value),
            vec![h("kafka_dlt-original-topic", b"orders")],
        )],
    );

    let v = json(&run_ok(&["dlq", "show", &dlq, "-o", "json"]));
    assert_eq!(v[0]["value"]["format"], "avro", "{v}");
    assert_eq!(v[0]["value"]["schema_id"], id);
    assert_eq!(
        v[0]["value"]["value"],
        serde_json::json!({"id": 17, "name": "ab"})
    );
    let v = json(&run_ok(&["dlq", "show", &dlq, "--no-decode", "-o", "json"]));
    assert_eq!(v[0]["value"]["format"], "string", "{v}");
    assert_eq!(v[0]["value"]["schema_id"], Value::Null, "{v}");
    let raw: Vec<u8> = v[0]["value"]["value"].as_str().unwrap().bytes().collect();
    assert_eq!(raw, value);
}

/// Replay to the original topic: byte-identical key and value (null and
/// binary included), user headers in order (repeated keys and null values
/// kept), framework headers gone, kctl's headers added, and the partition the
/// original one when it exists, else Java's murmur2 of the key.
#[test]
fn replay_sends_exact_copies_to_the_original_topic_and_partition() {
    let dlq = unique("dlq.exact.DLT");
    let origin = unique("dlq.exact.orders");
    create_topic(&dlq, 1, &[]);
    create_topic(&origin, 3, &[]);
    let mut records = Vec::new();
    for (i, (_, hs)) in every_convention(&origin, 2).into_iter().enumerate() {
        let mut all = vec![
            h("traceparent", format!("tp-{i}").as_bytes()),
            hnull("empty-marker"),
        ];
        all.extend(hs);
        all.push(h("traceparent", b"second"));
        all.push(h("bin", &[0, 1, 2, 255]));
        records.push(rec(
            Some(format!("key-{i}").as_bytes()),
            Some(&[i as u8, 0, 255, 10]),
            all,
        ));
    }
    // Original partition 7 does not exist in a 3-partition topic: key hash.
    records.push(rec(
        Some(b"21"),
        None,
        vec![
            h("kafka_dlt-original-topic", origin.as_bytes()),
            h("kafka_dlt-original-partition", &i32b(7)),
            h("u", b"1"),
        ],
    ));
    // Empty (not null) key and value survive as empty.
    records.push(rec(
        Some(b""),
        Some(b""),
        vec![
            h("x-original-topic", origin.as_bytes()),
            h("x-original-partition", &i32b(1)),
        ],
    ));
    produce(&dlq, &records);

    // Dry run by default: a plan, nothing sent.
    let plan = json(&run_ok(&["dlq", "replay", &dlq, "-o", "json"]));
    assert_eq!(plan["selected"], 10);
    assert_eq!(plan["to_replay"], 10);
    assert_eq!(plan["entries"][8]["rule"], "key");
    assert_eq!(
        plan["entries"][8]["expected_partition"],
        java_partition(b"21", 3)
    );
    assert!(consume_all(&origin).is_empty(), "a dry run sent records");

    let report = json(&run_ok(&["dlq", "replay", &dlq, "--execute", "-o", "json"]));
    assert_eq!(report["replayed"], 10, "{report}");
    assert_eq!(report["failed"], 0);
    let run_id = report["run_id"].as_str().unwrap().to_string();

    let got = consume_all(&origin);
    assert_eq!(got.len(), 10);
    let by_id: HashMap<String, Got> = got
        .iter()
        .map(|g| (g.header("kctl-replay-id").unwrap(), g.clone()))
        .collect();
    for (offset, r) in records.iter().enumerate() {
        let id = format!("{dlq}/0/{offset}");
        let g = by_id
            .get(&id)
            .unwrap_or_else(|| panic!("{id} not replayed"));
        assert_eq!(g.key, r.key, "{id}");
        assert_eq!(g.value, r.value, "{id}");
        let user: Hdrs = g
            .headers
            .iter()
            .filter(|(k, _)| !k.starts_with("kctl-"))
            .cloned()
            .collect();
        let expected: Hdrs = r
            .headers
            .iter()
            .filter(|(k, _)| ["traceparent", "empty-marker", "bin", "u"].contains(&k.as_str()))
            .cloned()
            .collect();
        assert_eq!(
            user, expected,
            "{id}: framework headers must go, user headers stay in order"
        );
        assert_eq!(g.header("kctl-replay-count").as_deref(), Some("1"));
        assert_eq!(
            g.header("kctl-replay-run").as_deref(),
            Some(run_id.as_str())
        );
        assert_eq!(
            g.header("kctl-replay-topic").as_deref(),
            Some(origin.as_str())
        );
        assert!(g.header("kctl-original-timestamp").is_some());
        let want_partition = match offset {
            8 => java_partition(b"21", 3),
            9 => 1,
            _ => 2,
        };
        assert_eq!(g.partition, want_partition, "{id}");
    }
    // Spring keeps the original timestamp: it is carried over.
    assert_eq!(
        by_id[&format!("{dlq}/0/1")]
            .header("kctl-original-timestamp")
            .as_deref(),
        Some("1700000000000")
    );
    // kctl's headers come last, after the user's.
    let g = &by_id[&format!("{dlq}/0/0")];
    let keys: Vec<&str> = g.headers.iter().map(|(k, _)| k.as_str()).collect();
    assert_eq!(
        keys,
        [
            "traceparent",
            "empty-marker",
            "traceparent",
            "bin",
            "kctl-replay-id",
            "kctl-replay-count",
            "kctl-replay-run",
            "kctl-replay-topic",
            "kctl-original-timestamp"
        ]
    );

    // The same command again replays nothing.
    let again = json(&run_ok(&["dlq", "replay", &dlq, "--execute", "-o", "json"]));
    assert_eq!(
        (
            again["replayed"].as_u64(),
            again["skipped_already_replayed"].as_u64()
        ),
        (Some(0), Some(10)),
        "{again}"
    );
    assert_eq!(consume_all(&origin).len(), 10);
}

/// A replayed record that fails again comes back to the DLQ with kctl's
/// replay count (frameworks copy headers); at `--max-replays` it is parked.
#[test]
fn loop_guard_parks_entries_that_were_replayed_enough() {
    let dlq = unique("dlq.loop.DLT");
    let origin = unique("dlq.loop.orders");
    let park = unique("dlq.loop.parked");
    create_topic(&dlq, 1, &[]);
    create_topic(&origin, 1, &[]);
    create_topic(&park, 1, &[]);
    let spring = |extra: Hdrs| {
        let mut v = vec![
            h("kafka_dlt-original-topic", origin.as_bytes()),
            h("kafka_dlt-original-partition", &i32b(0)),
            h(
                "kafka_dlt-exception-fqcn",
                b"java.lang.IllegalStateException",
            ),
        ];
        v.extend(extra);
        v
    };
    produce(
        &dlq,
        &[rec(Some(b"a"), Some(b"v1"), spring(vec![h("user", b"1")]))],
    );
    let r1 = json(&run_ok(&["dlq", "replay", &dlq, "--execute", "-o", "json"]));
    assert_eq!(r1["replayed"], 1);

    // The consumer fails again: its framework copies the replayed record,
    // kctl headers included, back into the DLQ.
    let replayed = consume_all(&origin).remove(0);
    let mut back = spring(Vec::new());
    back.extend(replayed.headers.clone());
    produce(&dlq, &[rec(Some(b"a"), Some(b"v1"), back)]);

    let show = json(&run_ok(&[
        "dlq", "show", &dlq, "--offset", "1", "-o", "json",
    ]));
    assert_eq!(show[0]["replay_count"], 1);
    assert_eq!(show[0]["previous_replay_id"], format!("{dlq}/0/0"));

    // Default --max-replays 1: entry 1 is parked, listed in the report only.
    let r2 = json(&run_ok(&[
        "dlq",
        "replay",
        &dlq,
        "--offset",
        "1",
        "--execute",
        "-o",
        "json",
    ]));
    assert_eq!(
        (r2["replayed"].as_u64(), r2["parked"].as_u64()),
        (Some(0), Some(1)),
        "{r2}"
    );
    assert_eq!(r2["parked_entries"][0]["replay_id"], format!("{dlq}/0/1"));
    assert_eq!(r2["parked_entries"][0]["topic"], Value::Null);
    assert_eq!(consume_all(&origin).len(), 1);
    let text = stdout(&run_ok(&[
        "dlq",
        "replay",
        &dlq,
        "--offset",
        "1",
        "--execute",
    ]));
    assert!(
        text.contains("Parked (replay limit reached)") && text.contains(&format!("{dlq}/0/1")),
        "{text}"
    );

    // With --park-topic it is copied there, as it is, plus the reason.
    let r3 = json(&run_ok(&[
        "dlq",
        "replay",
        &dlq,
        "--offset",
        "1",
        "--park-topic",
        &park,
        "--execute",
        "-o",
        "json",
    ]));
    assert_eq!(r3["parked"], 1);
    let parked = consume_all(&park);
    assert_eq!(parked.len(), 1);
    assert_eq!(parked[0].value.as_deref(), Some(&b"v1"[..]));
    assert_eq!(
        parked[0].header("kctl-replay-id"),
        Some(format!("{dlq}/0/1"))
    );
    assert!(parked[0]
        .header("kctl-parked-reason")
        .unwrap()
        .contains("--max-replays 1"));
    assert_eq!(
        parked[0].header("kafka_dlt-original-topic"),
        Some(origin.clone())
    );
    // Parking is exactly-once too.
    let r4 = json(&run_ok(&[
        "dlq",
        "replay",
        &dlq,
        "--offset",
        "1",
        "--park-topic",
        &park,
        "--execute",
        "-o",
        "json",
    ]));
    assert_eq!(
        (
            r4["parked"].as_u64(),
            r4["skipped_already_replayed"].as_u64()
        ),
        (Some(0), Some(1)),
        "{r4}"
    );
    assert_eq!(consume_all(&park).len(), 1);

    // Raising the limit replays it a second time, with count 2.
    let r5 = json(&run_ok(&[
        "dlq",
        "replay",
        &dlq,
        "--offset",
        "1",
        "--max-replays",
        "2",
        "--execute",
        "-o",
        "json",
    ]));
    assert_eq!(r5["replayed"], 1, "{r5}");
    let got = consume_all(&origin);
    assert_eq!(got.len(), 2);
    assert_eq!(got[1].header("kctl-replay-count").as_deref(), Some("2"));
    assert_eq!(got[1].header("kctl-replay-id"), Some(format!("{dlq}/0/1")));
    let user: Vec<_> = got[1].headers.iter().filter(|(k, _)| k == "user").collect();
    assert_eq!(user.len(), 1, "{:?}", got[1].headers);
}

fn planned_ids(dlq: &str, extra: &[&str]) -> Vec<String> {
    let mut args = vec!["dlq", "replay", dlq, "-o", "json"];
    args.extend_from_slice(extra);
    let plan = json(&run_ok(&args));
    plan["entries"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| {
            e["replay_id"]
                .as_str()
                .unwrap()
                .rsplit('/')
                .next()
                .unwrap()
                .to_string()
        })
        .collect()
}

#[test]
fn filters_select_by_offset_time_origin_error_key_and_header() {
    let dlq = unique("dlq.filter.DLT");
    let a = unique("dlq.filter.a");
    let b = unique("dlq.filter.b");
    create_topic(&dlq, 1, &[]);
    create_topic(&a, 1, &[]);
    create_topic(&b, 1, &[]);
    let entry = |topic: &str, class: &str, msg: &str, extra: Hdrs| {
        let mut v = vec![
            h("kafka_dlt-original-topic", topic.as_bytes()),
            h("kafka_dlt-exception-fqcn", class.as_bytes()),
            h("kafka_dlt-exception-message", msg.as_bytes()),
        ];
        v.extend(extra);
        v
    };
    produce(
        &dlq,
        &[
            rec(
                Some(b"k0"),
                Some(b"0"),
                entry(
                    &a,
                    "java.lang.IllegalStateException",
                    "amount negative",
                    vec![h("tenant", b"acme")],
                ),
            ),
            rec(
                Some(b"k1"),
                Some(b"1"),
                entry(&a, "java.lang.NullPointerException", "name is null", vec![]),
            ),
            rec(
                Some(b"k2"),
                Some(b"2"),
                entry(
                    &b,
                    "java.lang.IllegalStateException",
                    "amount too big",
                    vec![h("tenant", b"globex")],
                ),
            ),
            rec(
                Some(b"k0"),
                Some(b"3"),
                entry(
                    &b,
                    "com.acme.TimeoutException",
                    "db timeout",
                    vec![hnull("tenant")],
                ),
            ),
        ],
    );
    std::thread::sleep(Duration::from_millis(1100));
    let cut = chrono::Utc::now().to_rfc3339();
    std::thread::sleep(Duration::from_millis(50));
    produce(
        &dlq,
        &[rec(
            Some(b"k4"),
            Some(b"4"),
            entry(&a, "java.lang.IllegalStateException", "late", vec![]),
        )],
    );

    assert_eq!(planned_ids(&dlq, &[]), ["0", "1", "2", "3", "4"]);
    assert_eq!(planned_ids(&dlq, &["--offset", "1..2"]), ["1", "2"]);
    assert_eq!(planned_ids(&dlq, &["--offset", "0:3.."]), ["3", "4"]);
    assert_eq!(
        planned_ids(&dlq, &["--offset", "0", "--offset", "4"]),
        ["0", "4"]
    );
    assert_eq!(planned_ids(&dlq, &["--origin", &b]), ["2", "3"]);
    assert_eq!(
        planned_ids(&dlq, &["--error-class", "IllegalState"]),
        ["0", "2", "4"]
    );
    assert_eq!(
        planned_ids(&dlq, &["--error-message", "^amount"]),
        ["0", "2"]
    );
    assert_eq!(planned_ids(&dlq, &["--key", "k0"]), ["0", "3"]);
    assert_eq!(planned_ids(&dlq, &["--header", "tenant"]), ["0", "2", "3"]);
    assert_eq!(planned_ids(&dlq, &["--header", "tenant=acme"]), ["0"]);
    assert_eq!(planned_ids(&dlq, &["--since", &cut]), ["4"]);
    assert_eq!(planned_ids(&dlq, &["--until", &cut]), ["0", "1", "2", "3"]);
    assert_eq!(
        planned_ids(
            &dlq,
            &[
                "--origin",
                &a,
                "--error-class",
                "IllegalState",
                "--limit",
                "1"
            ]
        ),
        ["0"]
    );
    assert_eq!(
        planned_ids(&dlq, &["--error-class", "NoSuchError"]),
        Vec::<String>::new()
    );

    // The plan says what selected the entries.
    let plan = json(&run_ok(&[
        "dlq", "replay", &dlq, "--origin", &b, "--key", "k0", "-o", "json",
    ]));
    let sel = plan["selection"].to_string();
    assert!(
        sel.contains(&format!("origin {b}")) && sel.contains("key = \\\"k0\\\""),
        "{sel}"
    );

    // Executing a filtered selection sends only it, each to its own origin.
    let r = json(&run_ok(&[
        "dlq",
        "replay",
        &dlq,
        "--error-class",
        "IllegalState",
        "--execute",
        "-o",
        "json",
    ]));
    assert_eq!(r["replayed"], 3);
    assert_eq!(
        ids_of(&consume_all(&a)),
        [format!("{dlq}/0/0"), format!("{dlq}/0/4")]
    );
    assert_eq!(ids_of(&consume_all(&b)), [format!("{dlq}/0/2")]);

    // Bad input: one line naming the flag, exit 2, nothing sent.
    let out = kctl()
        .args(["dlq", "replay", &dlq, "--offset", "9..3", "--execute"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("--offset"), "{}", stderr(&out));
    let out = kctl()
        .args(["dlq", "replay", &dlq, "--error-class", "(", "--execute"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("invalid regex"), "{}", stderr(&out));
}

#[test]
fn entries_without_origin_need_to_and_missing_topics_are_errors() {
    let dlq = unique("dlq.noorigin.DLT");
    let target = unique("dlq.noorigin.target");
    create_topic(&dlq, 2, &[]);
    create_topic(&target, 2, &[]);
    produce(
        &dlq,
        &[Rec {
            partition: Some(1),
            ..rec(Some(b"k"), Some(b"v"), vec![h("only", b"user")])
        }],
    );

    let out = kctl()
        .args(["dlq", "replay", &dlq, "--execute"])
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(1),
        "refused like a plan with a refused step: {}",
        stderr(&out)
    );
    let err = stderr(&out);
    assert!(
        err.contains("no detectable origin")
            && err.contains("--to TOPIC")
            && err.contains(&format!("{dlq}/1/0")),
        "{err}"
    );

    let out = kctl()
        .args(["dlq", "replay", &dlq, "--to", &dlq, "--execute"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("into itself"), "{}", stderr(&out));

    let out = kctl()
        .args([
            "dlq",
            "replay",
            &dlq,
            "--to",
            "dlq.no-such-topic.x",
            "--execute",
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("does not exist"), "{}", stderr(&out));

    let out = kctl()
        .args(["dlq", "inspect", "dlq.no-such-topic.y"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("does not exist"), "{}", stderr(&out));

    let r = json(&run_ok(&[
        "dlq",
        "replay",
        &dlq,
        "--to",
        &target,
        "--execute",
        "-o",
        "json",
    ]));
    assert_eq!(r["replayed"], 1);
    let got = consume_all(&target);
    assert_eq!(got.len(), 1);
    // --to another topic: no original partition applies; the key decides.
    assert_eq!(got[0].partition, java_partition(b"k", 2));
    assert_eq!(got[0].headers[0], h("only", b"user"));
}

/// `--transactions` is exactly-once under SIGKILL for a `read_committed`
/// reader: each kill leaves an open transaction that the next run's
/// `init_transactions` (same transactional.id) aborts, so the records of a
/// killed run stay in the log as aborted, invisible to such readers, and the
/// rerun replays them again. No settle wait is needed: the scan reads
/// committed records only.
#[test]
fn transactional_replay_killed_repeatedly_is_exactly_once_for_read_committed_readers() {
    let dlq = unique("dlq.txn.DLT");
    let origin = unique("dlq.txn.orders");
    create_topic(&dlq, 1, &[]);
    create_topic(&origin, 2, &[]);
    let n = 60;
    let records: Vec<Rec> = (0..n)
        .map(|i| {
            rec(
                Some(format!("k{i}").as_bytes()),
                Some(format!("v{i}").as_bytes()),
                vec![
                    h("kafka_dlt-original-topic", origin.as_bytes()),
                    h("kafka_dlt-original-partition", &i32b(i % 2)),
                    h("trace", format!("t{i}").as_bytes()),
                ],
            )
        })
        .collect();
    produce(&dlq, &records);
    let cmd = [
        "dlq",
        "replay",
        dlq.as_str(),
        "--transactions",
        "--execute",
        "--rate",
        "30",
        "-o",
        "json",
    ];
    let kills = [
        KillAt::More(5),
        KillAt::After(Duration::from_millis(300)),
        KillAt::More(20),
        KillAt::More(2),
    ];
    let hwm = Watermarks::new(&origin, 2);
    let killed_mid_send = kill_repeatedly(&cmd, &kills, &hwm);
    assert!(killed_mid_send >= 2, "the kills did not land while sending");
    assert!(
        consume_isolated(&origin, "read_committed").is_empty(),
        "no killed run got to commit"
    );

    let out = kctl().args(cmd).output().unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    let report = json(&out);
    assert_eq!(report["replayed"], n, "{report}");
    assert_eq!(report["failed"], 0, "{report}");

    let committed = consume_isolated(&origin, "read_committed");
    let mut count: BTreeMap<String, usize> = BTreeMap::new();
    for g in &committed {
        *count
            .entry(g.header("kctl-replay-id").expect("replay id"))
            .or_default() += 1;
    }
    let dupes: Vec<_> = count.iter().filter(|(_, c)| **c != 1).collect();
    assert!(dupes.is_empty(), "duplicates for read_committed: {dupes:?}");
    assert_eq!(count.len(), n as usize);
    for g in &committed {
        let i: i32 = String::from_utf8_lossy(g.value.as_deref().unwrap())[1..]
            .parse()
            .unwrap();
        assert_eq!(g.key.as_deref(), Some(format!("k{i}").as_bytes()));
        assert_eq!(g.partition, i % 2, "the original partition");
        assert_eq!(g.header("trace"), Some(format!("t{i}")));
    }
    // The killed runs' records are in the log, aborted: a read_uncommitted
    // reader sees them, which is why the transactions matter here.
    assert!(
        consume_isolated(&origin, "read_uncommitted").len() > n as usize,
        "aborted records of the killed runs"
    );
}

/// `kctl` as a child process (for kill and pseudo-terminal tests), with the
/// same isolated environment as the harness's `kctl()`.
fn kctl_process(args: &[&str]) -> Command {
    let sb = sandbox();
    let mut c = Command::new(kctl_bin());
    c.args(args)
        .env_remove("KCTL_CONTEXT")
        .env_remove("KCTL_SASL_PASSWORD")
        .env_remove("KCTL_REGISTRY_PASSWORD")
        .env("KCTL_CONFIG", "/nonexistent/kctl-test-config.yaml")
        .env("KAFKA_BOOTSTRAP_SERVERS", &sb.bootstrap)
        .env("SCHEMA_REGISTRY_URL", &sb.registry);
    c
}

/// Sums a topic's high watermarks with one long-lived consumer (polled
/// often while a replay runs).
struct Watermarks {
    consumer: BaseConsumer,
    topic: String,
    partitions: i32,
}

impl Watermarks {
    fn new(topic: &str, partitions: i32) -> Self {
        Watermarks {
            // The high watermark, not the last stable offset: records of an
            // open transaction count as sent (librdkafka's default isolation
            // is read_committed).
            consumer: client_config()
                .set("group.id", "kctl-dlq-test-hwm")
                .set("isolation.level", "read_uncommitted")
                .create()
                .unwrap(),
            topic: topic.to_string(),
            partitions,
        }
    }

    fn total(&self) -> i64 {
        (0..self.partitions)
            .map(|p| {
                self.consumer
                    .fetch_watermarks(&self.topic, p, Duration::from_secs(10))
                    .map(|(_, h)| h)
                    .unwrap_or(0)
            })
            .sum()
    }
}

enum KillAt {
    /// SIGKILL this long after start (startup, DLQ read, scan, settle).
    After(Duration),
    /// SIGKILL once this many more records reached the target (mid-send).
    More(i64),
}

/// Runs `cmd` once per entry of `kills`, SIGKILLing it at that point unless
/// it finished first; returns how many kills landed while records were being
/// sent.
fn kill_repeatedly(cmd: &[&str], kills: &[KillAt], hwm: &Watermarks) -> usize {
    let mut killed_mid_send = 0;
    for k in kills {
        let before = hwm.total();
        let mut child: Child = kctl_process(cmd)
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        let start = Instant::now();
        let finished = loop {
            if child.try_wait().unwrap().is_some() {
                break true;
            }
            let due = match k {
                KillAt::After(d) => start.elapsed() >= *d,
                KillAt::More(n) => hwm.total() >= before + *n,
            };
            if due {
                break false;
            }
            assert!(start.elapsed() < Duration::from_secs(90), "replay hung");
            std::thread::sleep(Duration::from_millis(10));
        };
        eprintln!(
            "kill test: {:?} after {:?}, target {} -> {}, finished by itself: {finished}",
            match k {
                KillAt::After(d) => format!("after {d:?}"),
                KillAt::More(n) => format!("at {n} more records"),
            },
            start.elapsed(),
            before,
            hwm.total()
        );
        if !finished {
            child.kill().unwrap(); // SIGKILL
            child.wait().unwrap();
            if hwm.total() > before && matches!(k, KillAt::More(_)) {
                killed_mid_send += 1;
            }
        }
    }
    killed_mid_send
}

/// Kill kctl with SIGKILL at different points of a replay, several times,
/// rerun the same command each time, and finally let it finish: every
/// selected entry is in the target exactly once, with its key, value and
/// user headers, and no unselected entry is there.
#[test]
fn killed_replays_rerun_to_exactly_once() {
    let dlq = unique("dlq.kill.DLT");
    let origin = unique("dlq.kill.orders");
    let other = unique("dlq.kill.other");
    create_topic(&dlq, 2, &[]);
    create_topic(&origin, 3, &[]);
    create_topic(&other, 1, &[]);
    let mut records = Vec::new();
    for i in 0..80i32 {
        let topic = if i % 8 == 7 { &other } else { &origin };
        let mut hs = vec![
            h("trace", format!("t{i}").as_bytes()),
            h("kafka_dlt-original-topic", topic.as_bytes()),
            // Some original partitions no longer exist (5): key hash.
            h(
                "kafka_dlt-original-partition",
                &i32b(if i % 5 == 0 { 5 } else { i % 3 }),
            ),
            h(
                "kafka_dlt-exception-fqcn",
                b"java.lang.IllegalStateException",
            ),
        ];
        if i % 4 == 0 {
            hs.push(hnull("nullable"));
        }
        records.push(Rec {
            partition: Some(i % 2),
            key: Some(format!("key-{i}").into_bytes()),
            value: Some(vec![i as u8, 0, 0xff, b'\n']),
            headers: hs,
        });
    }
    produce(&dlq, &records);
    let selected = records.len() - records.len() / 8;
    let cmd = [
        "dlq",
        "replay",
        dlq.as_str(),
        "--origin",
        origin.as_str(),
        "--execute",
        "--rate",
        "40",
        "-o",
        "json",
    ];

    let kills = [
        KillAt::After(Duration::from_millis(150)),
        KillAt::More(3),
        KillAt::After(Duration::from_millis(1200)),
        KillAt::More(12),
        KillAt::More(1),
        KillAt::More(15),
    ];
    let hwm = Watermarks::new(&origin, 3);
    let killed_mid_send = kill_repeatedly(&cmd, &kills, &hwm);
    assert!(killed_mid_send >= 2, "the kills did not land while sending");
    assert!(
        hwm.total() < selected as i64,
        "the kills came too late to test anything"
    );

    let out = kctl().args(cmd).output().unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    let report = json(&out);
    assert_eq!(report["selected"], selected);
    assert_eq!(report["failed"], 0);
    let done =
        report["replayed"].as_u64().unwrap() + report["skipped_already_replayed"].as_u64().unwrap();
    assert_eq!(done, selected as u64, "{report}");
    assert!(report["skipped_already_replayed"].as_u64().unwrap() > 0);

    let got = consume_all(&origin);
    let mut count: BTreeMap<String, usize> = BTreeMap::new();
    for g in &got {
        *count
            .entry(g.header("kctl-replay-id").expect("replay id"))
            .or_default() += 1;
    }
    assert!(
        consume_all(&other).is_empty(),
        "an unselected entry was replayed"
    );
    let dupes: Vec<_> = count.iter().filter(|(_, n)| **n != 1).collect();
    assert!(dupes.is_empty(), "duplicates: {dupes:?}");
    assert_eq!(count.len(), selected);
    // Each replay id is the DLQ coordinate of its source: check the bytes.
    let by_value: HashMap<Vec<u8>, &Rec> = records
        .iter()
        .map(|r| (r.value.clone().unwrap(), r))
        .collect();
    for g in &got {
        let src = by_value[g.value.as_ref().unwrap()];
        let i = g.value.as_ref().unwrap()[0] as i32;
        assert_eq!(
            g.header("kctl-replay-id"),
            Some(format!("{dlq}/{}/{}", i % 2, i / 2))
        );
        assert_eq!(g.key, src.key);
        let user: Hdrs = g
            .headers
            .iter()
            .filter(|(k, _)| k == "trace" || k == "nullable")
            .cloned()
            .collect();
        let want: Hdrs = src
            .headers
            .iter()
            .filter(|(k, _)| k == "trace" || k == "nullable")
            .cloned()
            .collect();
        assert_eq!(user, want);
        let want_partition = if i % 5 == 0 {
            java_partition(src.key.as_ref().unwrap(), 3)
        } else {
            i % 3
        };
        assert_eq!(g.partition, want_partition, "entry {i}");
    }
}

/// A pseudo-terminal (openpty) pair: kctl gets the slave as its controlling
/// terminal and stdin/stdout/stderr; the test types on the master and reads
/// what kctl draws.
struct Pty {
    master: std::fs::File,
    screen: Arc<Mutex<String>>,
}

impl Pty {
    fn spawn(mut cmd: Command) -> (Pty, Child) {
        let mut master = -1;
        let mut slave = -1;
        let ws = libc::winsize {
            ws_row: 40,
            ws_col: 200,
            ws_xpixel: 0,
            ws_ypixel: 0,
        };
        // SAFETY: openpty writes two new descriptors; the pointers are valid.
        let rc = unsafe {
            libc::openpty(
                &mut master,
                &mut slave,
                std::ptr::null_mut(),
                std::ptr::null(),
                &ws,
            )
        };
        assert_eq!(rc, 0, "openpty failed");
        // SAFETY: both descriptors were just created and are owned here.
        let (master, slave) =
            unsafe { (OwnedFd::from_raw_fd(master), OwnedFd::from_raw_fd(slave)) };
        let slave_fd = slave.as_raw_fd();
        cmd.stdin(Stdio::from(slave.try_clone().unwrap()))
            .stdout(Stdio::from(slave.try_clone().unwrap()))
            .stderr(Stdio::from(slave))
            .env("TERM", "xterm");
        use std::os::unix::process::CommandExt;
        // SAFETY: only async-signal-safe calls between fork and exec.
        unsafe {
            cmd.pre_exec(move || {
                if libc::setsid() < 0 {
                    return Err(std::io::Error::last_os_error());
                }
                if libc::ioctl(0, libc::TIOCSCTTY as _, 0) < 0 {
                    return Err(std::io::Error::last_os_error());
                }
                let _ = slave_fd;
                Ok(())
            });
        }
        let child = cmd.spawn().unwrap();
        drop(cmd); // closes the parent's copies of the slave
        let master = std::fs::File::from(master);
        let mut reader = master.try_clone().unwrap();
        let screen = Arc::new(Mutex::new(String::new()));
        let sink = screen.clone();
        std::thread::spawn(move || {
            let mut buf = [0u8; 4096];
            while let Ok(n) = reader.read(&mut buf) {
                if n == 0 {
                    break;
                }
                sink.lock()
                    .unwrap()
                    .push_str(&String::from_utf8_lossy(&buf[..n]));
            }
        });
        (Pty { master, screen }, child)
    }

    fn wait_for(&self, text: &str) {
        wait_until(
            &format!("{text:?} on the terminal"),
            Duration::from_secs(60),
            || self.screen.lock().unwrap().contains(text),
        );
    }

    fn type_keys(&mut self, keys: &str) {
        for c in keys.chars() {
            let mut b = [0u8; 4];
            self.master
                .write_all(c.encode_utf8(&mut b).as_bytes())
                .unwrap();
            self.master.flush().unwrap();
            std::thread::sleep(Duration::from_millis(150));
        }
    }
}

/// `--interactive` through a pseudo-terminal: the list shows each entry's
/// error; ticking the 1st and 3rd entries and confirming replays exactly those.
#[test]
fn interactive_selection_in_a_pseudo_terminal_replays_the_chosen_entries() {
    let dlq = unique("dlq.pty.DLT");
    let origin = unique("dlq.pty.orders");
    create_topic(&dlq, 1, &[]);
    create_topic(&origin, 1, &[]);
    let records: Vec<Rec> = ["first-error", "second-error", "third-error", "fourth-error"]
        .iter()
        .map(|m| {
            rec(
                Some(m.as_bytes()),
                Some(b"v"),
                vec![
                    h("kafka_dlt-original-topic", origin.as_bytes()),
                    h("kafka_dlt-exception-fqcn", b"com.acme.Boom"),
                    h("kafka_dlt-exception-message", m.as_bytes()),
                ],
            )
        })
        .collect();
    produce(&dlq, &records);

    let (mut pty, mut child) = Pty::spawn(kctl_process(&[
        "dlq",
        "replay",
        &dlq,
        "--interactive",
        "--execute",
    ]));
    pty.wait_for("fourth-error");
    assert!(pty
        .screen
        .lock()
        .unwrap()
        .contains("com.acme.Boom: first-error"));
    // space toggles, j moves down, enter confirms.
    pty.type_keys(" jj \r");
    pty.wait_for("Send 2 record(s)");
    pty.type_keys("y");
    wait_until("kctl to exit", Duration::from_secs(60), || {
        child.try_wait().unwrap().is_some()
    });
    let status = child.wait().unwrap();
    let screen = pty.screen.lock().unwrap().clone();
    assert!(status.success(), "exit {status:?}; terminal:\n{screen}");
    assert!(screen.contains("2 chosen interactively"), "{screen}");
    assert_eq!(
        ids_of(&consume_all(&origin)),
        [format!("{dlq}/0/0"), format!("{dlq}/0/2")]
    );

    // Without a terminal, --interactive is refused before anything is read.
    let out = kctl()
        .args(["dlq", "replay", &dlq, "--interactive", "--execute"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("needs a terminal"),
        "{}",
        stderr(&out)
    );
}

/// Ctrl-C (SIGINT) during a replay: kctl stops sending, awaits what is in
/// flight, prints a report marked interrupted with what was not done, and
/// exits 130; the same command then finishes the rest, each entry once.
#[test]
fn ctrl_c_reports_what_was_done_and_a_rerun_finishes() {
    let dlq = unique("dlq.sigint.DLT");
    let origin = unique("dlq.sigint.orders");
    create_topic(&dlq, 1, &[]);
    create_topic(&origin, 1, &[]);
    let records: Vec<Rec> = (0..30)
        .map(|i| {
            rec(
                Some(format!("k{i}").as_bytes()),
                Some(b"v"),
                vec![h("kafka_dlt-original-topic", origin.as_bytes())],
            )
        })
        .collect();
    produce(&dlq, &records);
    let cmd = [
        "dlq",
        "replay",
        dlq.as_str(),
        "--execute",
        "--rate",
        "10",
        "-o",
        "json",
    ];
    let child = kctl_process(&cmd)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let hwm = Watermarks::new(&origin, 1);
    wait_until("records to land", Duration::from_secs(60), || {
        hwm.total() >= 3
    });
    // SAFETY: signals our own child process by its id.
    assert_eq!(unsafe { libc::kill(child.id() as i32, libc::SIGINT) }, 0);
    let out = child.wait_with_output().unwrap();
    assert_eq!(out.status.code(), Some(130), "{}", stderr(&out));
    let r = json(&out);
    assert_eq!(r["interrupted"], true, "{r}");
    let done = r["replayed"].as_i64().unwrap();
    assert!((3..30).contains(&done), "{r}");
    assert_eq!(done, hwm.total(), "the report counts exactly what landed");
    assert_eq!(r["failed"], 0);

    let r2 = json(&run_ok(&cmd));
    assert_eq!(
        (
            r2["replayed"].as_i64(),
            r2["skipped_already_replayed"].as_i64()
        ),
        (Some(30 - done), Some(done)),
        "{r2}"
    );
    let expected: Vec<String> = (0..30).map(|o| format!("{dlq}/0/{o}")).collect();
    let mut expected = expected;
    expected.sort();
    assert_eq!(ids_of(&consume_all(&origin)), expected);
}
