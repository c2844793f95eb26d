//! Issue 13 (data commands): `produce`, `tail`, `dlq` and `schema` fail
//! loudly instead of quietly changing meaning: a named subject that does not
//! exist, registry-framed data without a reachable registry, every bad line
//! of a dry run, DLQ entries without an origin, replays elsewhere, and time
//! lookups past the end of the log. Against the real broker and registry.

use std::time::Duration;

use rdkafka::message::{Header, OwnedHeaders};
use rdkafka::producer::{BaseProducer, BaseRecord, Producer};
use serde_json::Value;

use crate::harness::*;

const ORDER: &str = r#"{"type":"record","name":"Order","namespace":"com.test.loud",
  "fields":[{"name":"id","type":"long"},{"name":"status","type":"string"}]}"#;

fn block_on<F: std::future::Future>(f: F) -> F::Output {
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap()
        .block_on(f)
}

fn register(subject: &str, schema: &str) -> u32 {
    let reg = kctl::registry::Registry::new(
        &kctl::settings::RegistrySettings {
            url: sandbox().registry.clone(),
            username: None,
            password: None,
        },
        Duration::from_secs(10),
    );
    block_on(reg.register(subject, schema, None, &[])).expect("register fixture schema")
}

/// Key, value and headers of a fixture record.
type Fixture<'a> = (Option<&'a [u8]>, &'a [u8], Vec<(&'a str, &'a [u8])>);

/// Writes records with rdkafka (not kctl), in order, to partition 0.
fn send(topic: &str, records: &[Fixture<'_>]) {
    let producer: BaseProducer = client_config()
        .set("linger.ms", "0")
        .create()
        .expect("producer");
    for (key, value, headers) in records {
        let mut h = OwnedHeaders::new();
        for (k, v) in headers {
            h = h.insert(Header {
                key: k,
                value: Some(*v),
            });
        }
        let mut br: BaseRecord<'_, [u8], [u8]> = BaseRecord::to(topic)
            .partition(0)
            .payload(*value)
            .headers(h);
        if let Some(k) = key {
            br = br.key(*k);
        }
        producer.send(br).map_err(|(e, _)| e).expect("enqueue");
        producer.flush(Duration::from_secs(30)).expect("flush");
    }
}

/// A Confluent-framed Avro `Order` (id, status) with schema id `id`.
fn framed(id: u32, order: i64, status: &str) -> Vec<u8> {
    let mut out = vec![0u8];
    out.extend_from_slice(&id.to_be_bytes());
    // zigzag varint of a small long, then the string's length and bytes.
    out.push((order * 2) as u8);
    out.push((status.len() * 2) as u8);
    out.extend_from_slice(status.as_bytes());
    out
}

/// A loopback URL nothing listens on: connections are refused at once.
fn closed_registry() -> String {
    format!("http://127.0.0.1:{}", free_port())
}

fn code(out: &std::process::Output) -> Option<i32> {
    out.status.code()
}

fn topic_len(topic: &str) -> usize {
    read_topic(&sandbox().bootstrap, topic, "read_uncommitted").len()
}

fn rfc3339(ms: i64) -> String {
    chrono::DateTime::from_timestamp_millis(ms)
        .unwrap()
        .format("%Y-%m-%dT%H:%M:%S%.3fZ")
        .to_string()
}

// ----- 1. a named subject or format is used, or kctl stops -----

#[test]
fn produce_with_a_named_subject_that_does_not_exist_stops_and_writes_nothing() {
    let topic = unique("loud.subject");
    create_topic(&topic, 1, &[]);
    let missing = unique("loud.no-such-subject");

    // Today's fallback was plain JSON and exit 0.
    let out = kctl()
        .args(["produce", &topic, "--value-subject", &missing])
        .write_stdin("{\"id\":1,\"status\":\"NEW\"}\n")
        .output()
        .unwrap();
    assert_eq!(code(&out), Some(1), "{}", stderr(&out));
    let err = stderr(&out);
    assert_eq!(err.lines().count(), 1, "one line: {err}");
    assert!(
        err.contains(&format!("--value-subject {missing}")) && err.contains("not found"),
        "{err}"
    );
    // The dry run refuses it the same way.
    let out = kctl()
        .args(["produce", &topic, "--dry-run", "--value-subject", &missing])
        .write_stdin("{\"id\":1,\"status\":\"NEW\"}\n")
        .output()
        .unwrap();
    assert_eq!(code(&out), Some(1), "{}", stderr(&out));

    // A named key subject makes the key Avro; a missing one is an error,
    // never a string key.
    let value_subject = format!("{topic}-value");
    register(&value_subject, ORDER);
    let out = kctl()
        .args(["produce", &topic, "--key", "k1", "--key-subject", &missing])
        .write_stdin("{\"id\":1,\"status\":\"NEW\"}\n")
        .output()
        .unwrap();
    assert_eq!(code(&out), Some(1), "{}", stderr(&out));
    let err = stderr(&out);
    assert!(
        err.contains(&format!("--key-subject {missing}")) && err.contains("not found"),
        "{err}"
    );
    assert_eq!(err.lines().count(), 1, "{err}");

    // A subject together with a format that uses none is a usage error.
    for args in [
        [
            "--value-subject",
            value_subject.as_str(),
            "--value-format",
            "json",
        ],
        [
            "--key-subject",
            value_subject.as_str(),
            "--key-format",
            "string",
        ],
    ] {
        let out = kctl()
            .args(["produce", &topic])
            .args(args)
            .write_stdin("{\"id\":1,\"status\":\"NEW\"}\n")
            .output()
            .unwrap();
        assert_eq!(code(&out), Some(2), "{args:?}: {}", stderr(&out));
        assert!(stderr(&out).contains("uses none"), "{}", stderr(&out));
    }
    assert_eq!(topic_len(&topic), 0, "nothing was written");

    // The named subject, when it exists, is what encodes the value.
    let out = kctl()
        .args([
            "produce",
            &topic,
            "--value-subject",
            &value_subject,
            "-o",
            "json",
        ])
        .write_stdin("{\"id\":1,\"status\":\"NEW\"}\n")
        .output()
        .unwrap();
    assert_eq!(code(&out), Some(0), "{}", stderr(&out));
    assert_eq!(json(&out)["value_format"], "avro");
}

// ----- 2. registry-framed data needs the registry, or raw bytes asked for -----

#[test]
fn tail_of_framed_data_with_an_unreachable_registry_fails_naming_it() {
    let topic = unique("loud.tail.down");
    create_topic(&topic, 1, &[]);
    let id = register(&format!("{topic}-value"), ORDER);
    send(
        &topic,
        &[
            (None, &framed(id, 1, "NEW"), vec![]),
            (None, b"plain text", vec![]),
        ],
    );
    let down = closed_registry();
    for output in ["json", "raw", "pretty"] {
        let out = kctl()
            .args(["tail", &topic, "-o", output, "--registry", &down])
            .output()
            .unwrap();
        assert_eq!(code(&out), Some(1), "-o {output}: {}", stderr(&out));
        let err = stderr(&out);
        assert!(
            err.contains(&format!("cannot reach schema registry at {down}"))
                && err.contains("partition 0 offset 0"),
            "-o {output}: {err}"
        );
        assert_eq!(err.lines().count(), 1, "-o {output}: one line: {err}");
        assert!(
            stdout(&out).is_empty(),
            "-o {output}: no base64 stand-in printed: {}",
            stdout(&out)
        );
    }
    // Asking for the bytes needs no registry: printed as they are, exit 0.
    let out = kctl()
        .args([
            "tail",
            &topic,
            "-o",
            "raw",
            "--value-format",
            "base64",
            "--registry",
            &down,
        ])
        .output()
        .unwrap();
    assert_eq!(code(&out), Some(0), "{}", stderr(&out));
    assert_eq!(stdout(&out).lines().count(), 2, "{}", stdout(&out));
}

#[test]
fn tail_of_an_unknown_schema_id_prints_every_record_and_exits_1() {
    let topic = unique("loud.tail.unknown");
    create_topic(&topic, 1, &[]);
    let id = register(&format!("{topic}-value"), ORDER);
    send(
        &topic,
        &[
            (None, &framed(id, 1, "NEW"), vec![]),
            (None, &framed(987_654, 2, "LOST"), vec![]),
            (None, &framed(id, 3, "PAID"), vec![]),
        ],
    );
    let out = kctl()
        .args(["tail", &topic, "-o", "json"])
        .output()
        .unwrap();
    assert_eq!(code(&out), Some(1), "{}", stderr(&out));
    let lines: Vec<Value> = stdout(&out)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 3, "every record is still printed");
    assert_eq!(lines[1]["value_format"], "base64");
    assert!(lines[1]["error"].as_str().unwrap().contains("987654"));
    let err = stderr(&out);
    assert!(
        err.contains("1 record could not be decoded as asked") && err.contains("987654"),
        "{err}"
    );
    assert_eq!(err.lines().count(), 1, "{err}");
}

#[test]
fn dlq_show_of_framed_values_with_an_unreachable_registry_fails_naming_it() {
    let dlq = unique("loud.dlq.down.DLT");
    create_topic(&dlq, 1, &[]);
    let id = register(&format!("{dlq}-value"), ORDER);
    send(
        &dlq,
        &[(
            Some(b"k"),
            &framed(id, 5, "NEW"),
            vec![("kafka_dlt-original-topic", b"orders")],
        )],
    );
    let down = closed_registry();
    let out = kctl()
        .args(["dlq", "show", &dlq, "-o", "json", "--registry", &down])
        .output()
        .unwrap();
    assert_eq!(code(&out), Some(1), "{}", stderr(&out));
    let err = stderr(&out);
    assert!(
        err.contains(&format!("cannot reach schema registry at {down}"))
            && err.contains(&format!("{dlq}/0/0"))
            && err.contains("--no-decode"),
        "{err}"
    );
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(stdout(&out).is_empty(), "{}", stdout(&out));
    let out = kctl()
        .args([
            "dlq",
            "show",
            &dlq,
            "--no-decode",
            "-o",
            "json",
            "--registry",
            &down,
        ])
        .output()
        .unwrap();
    assert_eq!(code(&out), Some(0), "{}", stderr(&out));

    // An id the registry does not know: shown with the reason, then exit 1.
    send(&dlq, &[(None, &framed(987_653, 1, "X"), vec![])]);
    let out = kctl()
        .args(["dlq", "show", &dlq, "-o", "json", "--offset", "1"])
        .output()
        .unwrap();
    assert_eq!(code(&out), Some(1), "{}", stderr(&out));
    let v = json(&out);
    assert!(
        v[0]["value"]["decode_error"]
            .as_str()
            .unwrap()
            .contains("987653"),
        "{v}"
    );
    assert!(
        stderr(&out).contains("1 entry could not be decoded"),
        "{}",
        stderr(&out)
    );
}

// ----- 3. a dry run reports every bad line; a real run accounts exactly -----

#[test]
fn produce_dry_run_reports_every_bad_line_and_a_real_run_stops_at_the_first() {
    let topic = unique("loud.dry");
    create_topic(&topic, 1, &[]);
    register(&format!("{topic}-value"), ORDER);
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("events.ndjson");
    std::fs::write(
        &file,
        [
            r#"{"id":1,"status":"NEW"}"#,
            r#"{"id":2,"status":"NEW"}"#,
            r#"{"id":"three","status":"NEW"}"#,
            "",
            r#"{"id":5,"status":"NEW","extra":true}"#,
            r#"{"id":6,"status":"NEW"}"#,
            "{not json",
        ]
        .join("\n"),
    )
    .unwrap();
    let f = file.display().to_string();
    let out = kctl()
        .args(["produce", &topic, "--dry-run", "-f", &f])
        .output()
        .unwrap();
    assert_eq!(code(&out), Some(1), "{}", stderr(&out));
    let err = stderr(&out);
    for line in [3, 5, 7] {
        assert!(
            err.contains(&format!("error: {f}:{line}:")),
            "line {line} reported: {err}"
        );
    }
    assert!(
        err.contains(&format!("3 invalid lines in {f} (3, 5, 7;")),
        "{err}"
    );
    // -o json carries them too.
    let out = kctl()
        .args(["produce", &topic, "--dry-run", "-o", "json", "-f", &f])
        .output()
        .unwrap();
    assert_eq!(code(&out), Some(1));
    let s = json(&out);
    let lines: Vec<u64> = s["invalid"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| i["line"].as_u64().unwrap())
        .collect();
    assert_eq!(lines, [3, 5, 7]);
    assert_eq!(s["records"], 3, "the valid lines were encoded");
    assert_eq!(topic_len(&topic), 0, "a dry run sends nothing");

    // A real run stops at line 3 after delivering exactly lines 1 and 2.
    let out = kctl()
        .args(["produce", &topic, "-o", "json", "-f", &f])
        .output()
        .unwrap();
    assert_eq!(code(&out), Some(1), "{}", stderr(&out));
    let s = json(&out);
    assert_eq!(s["delivered_lines"], serde_json::json!([[1, 2]]));
    assert_eq!(s["stopped_at"]["line"], 3);
    assert_eq!(s["delivered"], 2);
    assert_eq!(topic_len(&topic), 2);
}

// ----- 4. DLQ: entries without an origin, replays elsewhere -----

#[test]
fn dlq_entries_without_origin_show_in_the_plan_as_needing_to_and_block_execute() {
    let dlq = unique("loud.noorigin.DLT");
    let origin = unique("loud.noorigin.orders");
    create_topic(&dlq, 1, &[]);
    create_topic(&origin, 1, &[]);
    send(
        &dlq,
        &[
            (
                Some(b"a"),
                b"with origin",
                vec![("kafka_dlt-original-topic", origin.as_bytes())],
            ),
            (Some(b"b"), b"no origin", vec![("only", b"user")]),
        ],
    );
    // Dry run: the whole plan, the entry marked, exit 1 (execute would refuse).
    let out = kctl().args(["dlq", "replay", &dlq]).output().unwrap();
    assert_eq!(code(&out), Some(1), "{}", stderr(&out));
    assert!(stdout(&out).contains("needs --to"), "{}", stdout(&out));
    let err = stderr(&out);
    assert!(
        err.contains("1 selected entry has no detectable origin topic")
            && err.contains(&format!("{dlq}/0/1"))
            && err.contains("--to TOPIC"),
        "{err}"
    );
    let out = kctl()
        .args(["dlq", "replay", &dlq, "-o", "json"])
        .output()
        .unwrap();
    assert_eq!(code(&out), Some(1));
    let plan = json(&out);
    assert_eq!(plan["needs_to"], 1, "{plan}");
    assert_eq!(plan["to_replay"], 1, "{plan}");
    assert_eq!(plan["entries"][1]["action"], "needs-to", "{plan}");

    // Executing refuses the whole run: not even the entry with an origin.
    let out = kctl()
        .args(["dlq", "replay", &dlq, "--execute"])
        .output()
        .unwrap();
    assert_eq!(code(&out), Some(1), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("nothing was sent"),
        "{}",
        stderr(&out)
    );
    assert_eq!(topic_len(&origin), 0, "nothing was written");
}

#[test]
fn dlq_replay_to_another_topic_warns_about_entries_already_replayed_to_their_origin() {
    let dlq = unique("loud.elsewhere.DLT");
    let origin = unique("loud.elsewhere.orders");
    let other = unique("loud.elsewhere.orders-v2");
    create_topic(&dlq, 1, &[]);
    create_topic(&origin, 1, &[]);
    create_topic(&other, 1, &[]);
    let hdr = vec![("kafka_dlt-original-topic", origin.as_bytes())];
    send(
        &dlq,
        &[
            (Some(b"a"), b"one", hdr.clone()),
            (Some(b"b"), b"two", hdr.clone()),
        ],
    );
    // Entry 0 goes back to its origin first.
    let out = kctl()
        .args([
            "dlq",
            "replay",
            &dlq,
            "--offset",
            "0",
            "--execute",
            "--settle",
            "0s",
        ])
        .output()
        .unwrap();
    assert_eq!(code(&out), Some(0), "{}", stderr(&out));
    assert_eq!(topic_len(&origin), 1);

    let out = kctl()
        .args(["dlq", "replay", &dlq, "--to", &other, "-o", "json"])
        .output()
        .unwrap();
    assert_eq!(code(&out), Some(0), "{}", stderr(&out));
    let plan = json(&out);
    assert_eq!(plan["replayed_elsewhere"], 1, "{plan}");
    assert_eq!(
        plan["entries"][0]["replayed_elsewhere"],
        serde_json::json!([origin]),
        "{plan}"
    );
    let err = stderr(&out);
    assert!(
        err.contains("warning: 1 of the entries to replay was already replayed to another topic")
            && err.contains(&format!("{dlq}/0/0 in {origin}"))
            && err.contains(&other),
        "{err}"
    );
}

// ----- 5. time lookups past the end of the log -----

#[test]
fn times_after_the_last_record_resolve_to_the_log_end() {
    let topic = unique("loud.future");
    create_topic(&topic, 2, &[]);
    send(
        &topic,
        &[
            (None, b"a", vec![]),
            (None, b"b", vec![]),
            (None, b"c", vec![]),
        ],
    );
    let future = rfc3339(chrono::Utc::now().timestamp_millis() + 3_600_000);
    // Partition 0 has records, partition 1 none: both start at their end.
    let out = kctl()
        .args(["tail", &topic, "--from", &future, "-o", "json"])
        .output()
        .unwrap();
    assert_eq!(code(&out), Some(0), "{}", stderr(&out));
    assert!(stdout(&out).is_empty(), "{}", stdout(&out));
    // An --until past the end reads everything.
    let out = kctl()
        .args(["tail", &topic, "--until", &future, "-o", "raw"])
        .output()
        .unwrap();
    assert_eq!(code(&out), Some(0), "{}", stderr(&out));
    assert_eq!(stdout(&out), "a\nb\nc\n");
    // DLQ: --until in the future selects every entry, --since none, and a
    // replay scan from the future starts at the end (reads nothing).
    let dlq = unique("loud.future.DLT");
    let dest = unique("loud.future.dest");
    create_topic(&dlq, 1, &[]);
    create_topic(&dest, 1, &[]);
    let hdr = vec![("kafka_dlt-original-topic", dest.as_bytes())];
    send(
        &dlq,
        &[(None, b"x", hdr.clone()), (None, b"y", hdr.clone())],
    );
    send(&dest, &[(None, b"old", vec![])]);
    let v = json(
        &kctl()
            .args(["dlq", "inspect", &dlq, "--until", &future, "-o", "json"])
            .output()
            .unwrap(),
    );
    assert_eq!(v["entries"], 2, "{v}");
    let v = json(
        &kctl()
            .args(["dlq", "inspect", &dlq, "--since", &future, "-o", "json"])
            .output()
            .unwrap(),
    );
    assert_eq!(v["entries"], 0, "{v}");
    let out = kctl()
        .args(["dlq", "replay", &dlq, "--scan-from", &future, "-o", "json"])
        .output()
        .unwrap();
    assert_eq!(code(&out), Some(0), "{}", stderr(&out));
    let plan = json(&out);
    assert_eq!(plan["scan"]["records_scanned"], 0, "{plan}");
    assert_eq!(plan["to_replay"], 2, "{plan}");
}

// ----- 7. schema commands: names that do not exist -----

#[test]
fn schema_commands_naming_what_does_not_exist_fail_in_one_line() {
    let missing = unique("loud.schema.missing");
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("order.avsc");
    std::fs::write(&file, ORDER).unwrap();
    let f = file.display().to_string();
    for args in [
        vec!["schema", "get", missing.as_str()],
        vec!["schema", "get", missing.as_str(), "--version", "1"],
        vec!["schema", "get", "--id", "987651"],
        vec!["schema", "diff", missing.as_str(), f.as_str()],
        vec!["schema", "delete", missing.as_str(), "--yes"],
    ] {
        let out = kctl().args(&args).output().unwrap();
        let err = stderr(&out);
        assert_eq!(code(&out), Some(1), "{args:?}: {err}");
        assert_eq!(err.lines().count(), 1, "{args:?}: {err}");
        assert!(err.contains("not found"), "{args:?}: {err}");
    }
}

// ----- 7. DLQ selections naming what does not exist -----

#[test]
fn dlq_selection_naming_a_partition_the_dlq_lacks_is_an_error() {
    let dlq = unique("loud.dlqpart.DLT");
    create_topic(&dlq, 2, &[]);
    send(
        &dlq,
        &[(None, b"v", vec![("kafka_dlt-original-topic", b"orders")])],
    );
    for (args, p) in [
        (vec!["dlq", "inspect", dlq.as_str(), "--partition", "5"], 5),
        (vec!["dlq", "show", dlq.as_str(), "--offset", "7:0.."], 7),
        (vec!["dlq", "replay", dlq.as_str(), "--partition", "2"], 2),
    ] {
        let out = kctl().args(&args).output().unwrap();
        let err = stderr(&out);
        assert_eq!(code(&out), Some(1), "{args:?}: {err}");
        assert!(
            err.contains(&format!(
                "partition {p} does not exist in the dead-letter topic (it has partitions 0 to 1)"
            )),
            "{args:?}: {err}"
        );
        assert_eq!(err.lines().count(), 1, "{err}");
        assert!(stdout(&out).is_empty(), "no empty table: {}", stdout(&out));
    }
}

#[test]
fn tail_from_an_offset_past_the_end_says_so() {
    let topic = unique("loud.offset");
    create_topic(&topic, 1, &[]);
    send(
        &topic,
        &[
            (None, b"a", vec![]),
            (None, b"b", vec![]),
            (None, b"c", vec![]),
        ],
    );
    let out = kctl()
        .args(["tail", &topic, "--from", "99", "-o", "raw"])
        .output()
        .unwrap();
    assert_eq!(code(&out), Some(0), "{}", stderr(&out));
    assert!(stdout(&out).is_empty());
    let err = stderr(&out);
    assert!(
        err.contains(&format!(
            "{topic}/0: --from 99 is past the log end (3): nothing to read before new records"
        )),
        "{err}"
    );
    let out = kctl()
        .args(["tail", &topic, "--from", "3", "-o", "raw"])
        .output()
        .unwrap();
    assert!(stderr(&out).is_empty(), "the end itself: {}", stderr(&out));
}

#[test]
fn a_dry_run_whose_registry_is_unreachable_stops_in_one_line() {
    let topic = unique("loud.dry.down");
    let line = r#"{"value":{"id":1,"status":"NEW"},"value_format":"avro","value_schema_id":7}"#;
    let out = kctl()
        .args([
            "produce",
            &topic,
            "--dry-run",
            "--value-format",
            "json",
            "--registry",
            &closed_registry(),
        ])
        .write_stdin(format!("{line}\n{line}\n{line}\n"))
        .output()
        .unwrap();
    assert_eq!(code(&out), Some(1), "{}", stderr(&out));
    let err = stderr(&out);
    assert!(
        err.contains("\nerror: line 1: cannot reach schema registry at"),
        "{err}"
    );
    assert_eq!(
        err.lines().filter(|l| l.starts_with("error:")).count(),
        1,
        "not one error per line: {err}"
    );
}
