//! Issue 17, the JSON Schema slice: `kctl schema` with `.json` files and
//! references, `produce` validating and framing JSON Schema records (and
//! `--generate`), `tail` decoding them by schema id, the copy round trip,
//! interop with Confluent's Python JSONSerializer/JSONDeserializer both
//! ways, and the ERP example applied, produced and tailed.

use std::path::Path;
use std::process::Command;

use serde_json::{json, Value};

use crate::harness::*;

fn write(dir: &Path, name: &str, v: &Value) -> std::path::PathBuf {
    let p = dir.join(name);
    std::fs::write(&p, serde_json::to_string_pretty(v).unwrap()).unwrap();
    p
}

fn code(out: &std::process::Output) -> i32 {
    out.status.code().unwrap_or(-1)
}

fn run(args: &[&str]) -> std::process::Output {
    kctl().args(args).output().unwrap()
}

fn meta_schema() -> Value {
    json!({"type": "object", "additionalProperties": false,
           "properties": {"id": {"type": "string", "format": "uuid"}, "source": {"type": "string"}},
           "required": ["id"]})
}

fn event_schema() -> Value {
    json!({"type": "object",
           "properties": {
               "metadata": {"$ref": "meta.json"},
               "qty": {"type": "integer", "minimum": 0},
               "kind": {"enum": ["IN", "OUT"]}},
           "required": ["metadata", "qty"]})
}

/// register / check / diff on `.json` files, with a `$ref` to another
/// subject bound by `--reference`.
#[test]
fn schema_commands_register_check_and_diff_json_schemas_with_references() {
    let dir = tempfile::tempdir().unwrap();
    let meta = write(dir.path(), "meta.json", &meta_schema());
    let ev = write(dir.path(), "ev.json", &event_schema());
    let ms = unique("js.meta");
    let es = unique("js.ev") + "-value";
    let out = run(&[
        "schema",
        "register",
        &ms,
        meta.to_str().unwrap(),
        "-o",
        "json",
    ]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let r = format!("meta.json={ms}:1");
    let out = run(&[
        "schema",
        "register",
        &es,
        ev.to_str().unwrap(),
        "--reference",
        &r,
        "-o",
        "json",
    ]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    assert_eq!(json(&out)["registered"], true);
    // Again, reformatted: unchanged.
    std::fs::write(&ev, event_schema().to_string()).unwrap();
    let out = run(&[
        "schema",
        "register",
        &es,
        ev.to_str().unwrap(),
        "-o",
        "json",
    ]);
    assert_eq!(json(&out)["registered"], false, "{}", stderr(&out));
    let out = run(&["schema", "list", "--prefix", &es, "-o", "json"]);
    assert_eq!(json(&out)[0]["schemaType"], "JSON");

    // A new required property breaks BACKWARD; the registry says why.
    let mut v2 = event_schema();
    v2["properties"]["sku"] = json!({"type": "string"});
    v2["required"] = json!(["metadata", "qty", "sku"]);
    v2["properties"]["kind"] = json!({"enum": ["IN", "OUT", "MOVE"]});
    let v2f = write(dir.path(), "ev2.json", &v2);
    let out = run(&["schema", "check", &es, v2f.to_str().unwrap(), "-o", "json"]);
    if apicurio() {
        // Deviation (a bug): Apicurio 2.4.2's compatibility rule cannot
        // resolve a JSON Schema reference whose name is not an absolute URL
        // (Confluent's serializers use file-like names): HTTP 500
        // "MalformedURLException: no protocol: meta.json". kctl reports it.
        assert_eq!(code(&out), 1);
        assert!(
            stderr(&out).contains("no protocol: meta.json"),
            "{}",
            stderr(&out)
        );
    } else {
        assert_eq!(code(&out), 1, "{}", stdout(&out));
        let msgs = json(&out)["messages"].to_string();
        assert!(msgs.contains("sku"), "{msgs}");
    }
    // The diff compares parsed schemas.
    let out = run(&["schema", "diff", &es, v2f.to_str().unwrap(), "-o", "json"]);
    assert_eq!(code(&out), 3, "{}", stderr(&out));
    let changes: Vec<(String, String)> = json(&out)["changes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| {
            (
                c["path"].as_str().unwrap().into(),
                c["change"].as_str().unwrap().into(),
            )
        })
        .collect();
    assert!(
        changes.contains(&("sku".into(), "field_added".into())),
        "{changes:?}"
    );
    assert!(
        changes.contains(&("kind".into(), "symbol_added".into())),
        "{changes:?}"
    );
    // An invalid file is refused before anything is sent.
    let bad = write(dir.path(), "bad.json", &json!({"type": 12}));
    let out = run(&[
        "schema",
        "register",
        &unique("js.bad"),
        bad.to_str().unwrap(),
    ]);
    assert_eq!(code(&out), 1);
    assert!(
        stderr(&out).contains("invalid JSON Schema"),
        "{}",
        stderr(&out)
    );
}

fn register_topic_schema(topic: &str, dir: &Path) -> u32 {
    let meta = write(dir, "meta.json", &meta_schema());
    let ev = write(dir, "ev.json", &event_schema());
    let ms = format!("{topic}-meta");
    let out = run(&["schema", "register", &ms, meta.to_str().unwrap()]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let r = format!("meta.json={ms}:1");
    let subject = format!("{topic}-value");
    let out = run(&[
        "schema",
        "register",
        &subject,
        ev.to_str().unwrap(),
        "--reference",
        &r,
        "-o",
        "json",
    ]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    json(&out)["id"].as_u64().unwrap() as u32
}

/// produce validates each line against the subject's JSON Schema (line,
/// pointer, reason), frames the valid ones; tail decodes them by id; the
/// copy through `tail -o json | produce` is byte for byte.
#[test]
fn produce_validates_and_frames_and_tail_round_trips_exactly() {
    let dir = tempfile::tempdir().unwrap();
    let topic = unique("js.produce");
    create_topic(&topic, 1, &[]);
    let id = register_topic_schema(&topic, dir.path());
    let events = dir.path().join("events.ndjson");
    std::fs::write(
        &events,
        concat!(
            r#"{"metadata":{"id":"6f1c2b1e-8a43-4f7e-9a55-0b7d0c1e2f3a"},"qty":3,"kind":"IN"}"#, "\n",
            r#"{"metadata":{"id":"6f1c2b1e-8a43-4f7e-9a55-0b7d0c1e2f3a"},"qty":-1}"#, "\n",
            r#"{"metadata":{"id":"not-a-uuid"},"qty":1}"#, "\n",
            r#"{"metadata": {"id": "0b7d0c1e-8a43-4f7e-9a55-6f1c2b1e2f3a", "source": "x"}, "qty": 7}"#, "\n",
        ),
    )
    .unwrap();
    let out = run(&[
        "produce",
        &topic,
        "-f",
        events.to_str().unwrap(),
        "--dry-run",
    ]);
    assert_eq!(code(&out), 1);
    let err = stderr(&out);
    assert!(err.contains(":2: /qty: "), "{err}");
    assert!(err.contains(":3: /metadata/id: "), "{err}");
    // A real run stops at the first bad line, after what was valid before it.
    let out = run(&[
        "produce",
        &topic,
        "-f",
        events.to_str().unwrap(),
        "-o",
        "json",
    ]);
    assert_eq!(code(&out), 1, "{}", stderr(&out));
    assert_eq!(json(&out)["value_format"], "json-schema");
    assert_eq!(json(&out)["delivered"], 1);
    let out = run(&["produce", &topic, "--generate", "20", "--seed", "7"]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let sb = sandbox();
    let records = read_topic(&sb.bootstrap, &topic, "read_uncommitted");
    assert_eq!(records.len(), 21);
    let first = records[0].value.as_deref().unwrap();
    assert_eq!(
        &first[..5],
        &[
            0,
            (id >> 24) as u8,
            (id >> 16) as u8,
            (id >> 8) as u8,
            id as u8
        ]
    );
    assert_eq!(
        &first[5..],
        br#"{"metadata":{"id":"6f1c2b1e-8a43-4f7e-9a55-0b7d0c1e2f3a"},"qty":3,"kind":"IN"}"#
    );
    // tail: every format, and filters on the decoded value.
    let out = run(&["tail", &topic, "-o", "json"]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let text = stdout(&out);
    let envs: Vec<Value> = text
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(envs.len(), 21);
    assert_eq!(envs[0]["value_format"], "json-schema");
    assert_eq!(envs[0]["value_schema_id"], id);
    assert_eq!(envs[0]["value"]["kind"], "IN");
    let out = run(&[
        "tail",
        &topic,
        "-o",
        "raw",
        "--where",
        "qty==3",
        "--fields",
        "value.metadata.id",
    ]);
    assert_eq!(
        stdout(&out).lines().next(),
        Some("6f1c2b1e-8a43-4f7e-9a55-0b7d0c1e2f3a")
    );
    let out = run(&["tail", &topic, "--max-messages", "1"]);
    assert!(
        stdout(&out).contains("json-schema, schema id"),
        "{}",
        stdout(&out)
    );
    // The copy.
    let copy = unique("js.copy");
    create_topic(&copy, 1, &[]);
    let out = kctl()
        .args(["produce", &copy])
        .write_stdin(text)
        .output()
        .unwrap();
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let copied = read_topic(&sb.bootstrap, &copy, "read_uncommitted");
    let a: Vec<_> = records.iter().map(|r| r.value.clone()).collect();
    let b: Vec<_> = copied.iter().map(|r| r.value.clone()).collect();
    assert_eq!(a, b, "the copy is byte for byte");
}

fn python() -> String {
    std::env::var("KCTL_TEST_PYTHON").unwrap_or_else(|_| {
        format!(
            "{}/.cache/kctl/venv/bin/python",
            std::env::var("HOME").unwrap_or_default()
        )
    })
}

/// What kctl writes, Confluent's JSONDeserializer reads (validating it);
/// what Confluent's JSONSerializer writes, kctl's tail decodes exactly.
#[test]
fn confluent_python_json_schema_interop_both_ways() {
    let py = python();
    assert!(
        Path::new(&py).exists(),
        "Confluent's Python client is required for this test: {py} is missing (run scripts/setup, or set KCTL_TEST_PYTHON)"
    );
    let sb = sandbox();
    let script = repo_root().join("tests/interop/json_schema.py");
    let dir = tempfile::tempdir().unwrap();
    let schema = json!({"type": "object", "properties": {
        "sku": {"type": "string"}, "qty": {"type": "integer"}, "price": {"type": "number"},
        "tags": {"type": "array", "items": {"type": "string"}}, "note": {"type": ["string", "null"]}},
        "required": ["sku", "qty"]});
    let schema_file = write(dir.path(), "s.json", &schema);
    let events = [
        json!({"sku": "A-1", "qty": 3, "price": 9.99, "tags": ["x", "é"], "note": null}),
        json!({"sku": "B\"2", "qty": -7, "price": 1e-7, "tags": []}),
    ];

    // Python writes, kctl reads.
    let topic = unique("js.py2kctl");
    create_topic(&topic, 1, &[]);
    let ev = dir.path().join("events.ndjson");
    std::fs::write(
        &ev,
        events
            .iter()
            .map(|e| e.to_string() + "\n")
            .collect::<String>(),
    )
    .unwrap();
    let out = Command::new(&py)
        .arg(&script)
        .args(["produce", &sb.bootstrap, &sb.registry, &topic])
        .arg(&schema_file)
        .arg(&ev)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "json_schema.py produce: {}",
        stderr(&out)
    );
    let out = run(&["tail", &topic, "-o", "raw"]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let got: Vec<Value> = stdout(&out)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(
        got, events,
        "kctl decodes what Confluent's JSONSerializer wrote"
    );
    // Python spells JSON with spaces: -o json keeps the exact bytes (base64),
    // and the plain form shows the value.
    let out = run(&["tail", &topic, "-o", "json", "--avro-json", "plain"]);
    let first: Value = serde_json::from_str(stdout(&out).lines().next().unwrap()).unwrap();
    assert_eq!(first["value_format"], "json-schema");
    assert_eq!(first["value"], events[0]);

    // kctl writes, Python reads (the subject exists now: kctl uses it).
    let out = kctl()
        .args(["produce", &topic])
        .write_stdin(
            events
                .iter()
                .map(|e| e.to_string() + "\n")
                .collect::<String>(),
        )
        .output()
        .unwrap();
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let out = Command::new(&py)
        .arg(&script)
        .args(["consume", &sb.bootstrap, &sb.registry, &topic, "4"])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "json_schema.py consume: {}",
        stderr(&out)
    );
    let read: Vec<Value> = stdout(&out)
        .lines()
        .map(|l| serde_json::from_str::<Value>(l).unwrap()["value"].clone())
        .collect();
    assert_eq!(
        read[2..],
        events,
        "Confluent's JSONDeserializer reads what kctl wrote"
    );
}

/// The ERP example (with its topics renamed for this run): apply registers
/// its JSON Schemas with the shared metadata reference; generated events of
/// every type are produced and tailed.
#[test]
fn erp_example_applies_and_every_event_type_is_produced_and_tailed() {
    let root = repo_root().join("examples/erp");
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir(dir.path().join("schemas")).unwrap();
    for f in std::fs::read_dir(root.join("schemas")).unwrap().flatten() {
        std::fs::copy(f.path(), dir.path().join("schemas").join(f.file_name())).unwrap();
    }
    let prefix = unique("erp");
    let yaml = std::fs::read_to_string(root.join("topics.yaml"))
        .unwrap()
        .replace("inventory-events:", &format!("{prefix}.inventory-events:"))
        .replace("sales-events:", &format!("{prefix}.sales-events:"));
    let file = dir.path().join("topics.yaml");
    std::fs::write(&file, yaml).unwrap();
    let f = file.to_str().unwrap();
    let out = run(&["apply", "-f", f, "--overrides", "sandbox", "--yes"]);
    assert_eq!(code(&out), 0, "{}\n{}", stdout(&out), stderr(&out));
    let out = run(&["plan", "-f", f, "--overrides", "sandbox"]);
    assert_eq!(
        code(&out),
        0,
        "a second plan has nothing to do: {}",
        stdout(&out)
    );
    let out = run(&[
        "schema",
        "get",
        &format!("{prefix}.inventory-events-value"),
        "-o",
        "json",
    ]);
    assert_eq!(json(&out)["references"][0]["subject"], "erp-event-metadata");
    for (topic, types) in [
        (
            "inventory-events",
            [
                "inventory.low_stock",
                "inventory.stock_adjusted",
                "inventory.stock_received",
            ],
        ),
        (
            "sales-events",
            [
                "sales.order_placed",
                "sales.order_cancelled",
                "sales.order_shipped",
            ],
        ),
    ] {
        let t = format!("{prefix}.{topic}");
        let out = run(&[
            "produce",
            &t,
            "--generate",
            "30",
            "--seed",
            "17",
            "--key-field",
            "metadata.event_id",
        ]);
        assert_eq!(code(&out), 0, "{t}: {}", stderr(&out));
        let out = run(&[
            "tail",
            &t,
            "-o",
            "raw",
            "--fields",
            "value.metadata.event_type",
        ]);
        assert_eq!(code(&out), 0, "{}", stderr(&out));
        let seen = stdout(&out);
        assert_eq!(seen.lines().count(), 30);
        for ty in types {
            assert!(seen.lines().any(|l| l == ty), "{t}: no {ty} among\n{seen}");
        }
        let out = run(&[
            "tail",
            &t,
            "-o",
            "raw",
            "--where",
            "metadata.event_type==inventory.low_stock",
            "--fields",
            "value.payload.days_of_stock_remaining",
        ]);
        assert_eq!(code(&out), 0, "{}", stderr(&out));
    }
}

/// A DLQ entry framed with a JSON Schema id is shown decoded by `dlq show`
/// (the DLQ keeps the original record's bytes, so its framing is the main
/// topic's): JSON, with the schema id and format named.
#[test]
fn dlq_show_decodes_json_schema_entries() {
    let dir = tempfile::tempdir().unwrap();
    let topic = unique("js.dlqmain");
    let dlq = format!("{topic}.dlq");
    create_topic(&topic, 1, &[]);
    create_topic(&dlq, 1, &[]);
    let id = register_topic_schema(&topic, dir.path());
    // Produce to the DLQ with the main topic's subject, as a failing
    // consumer's error handler copies the record's bytes there.
    let value = r#"{"metadata":{"id":"6f1c2b1e-8a43-4f7e-9a55-0b7d0c1e2f3a"},"qty":3,"kind":"IN"}"#;
    let out = run(&[
        "produce",
        &dlq,
        "--value-subject",
        &format!("{topic}-value"),
        "--value",
        value,
        "-H",
        &format!("kafka_dlt-original-topic={topic}"),
    ]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let out = run(&["dlq", "show", &dlq, "-o", "json"]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let shown = json(&out);
    let entry = &shown.as_array().map_or(&shown["entries"][0], |a| &a[0]);
    let v = &entry["value"];
    assert_eq!(v["format"], "json-schema", "{shown}");
    assert_eq!(v["schema_id"], id, "{shown}");
    assert_eq!(v["value"]["qty"], 3, "{shown}");
}
