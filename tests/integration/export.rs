//! `kctl export`: the live cluster and registry written as a kctl project,
//! proven by the round trip: export, then `plan` on the exported files
//! reports no change (exit 0), and every topic and subject built by the test
//! is in that plan (a dropped one would not be).
//!
//! The shared sandbox holds other tests' topics and subjects, so each test
//! exports only its own (`--topics` / `--subjects` on a unique prefix).

use std::collections::BTreeSet;
use std::path::Path;
use std::process::{Command, Output};
use std::time::Duration;

use rdkafka::admin::{AdminClient, AdminOptions, NewTopic, TopicReplication};
use rdkafka::client::DefaultClientContext;
use rdkafka::config::ClientConfig;
use serde_json::{json, Value};

use crate::broker_proc::{self, Broker};
use crate::harness::*;

/// A raw registry call (a fixture independent of kctl). A server error is
/// retried, as kctl does: Apicurio 2.4.2's in-memory store fails concurrent
/// writes with HTTP 500, and other tests write at the same time.
fn http(registry: &str, method: &str, path: &str, body: Option<Value>) -> (u16, Value) {
    let mut answer = http_once(registry, method, path, body.clone());
    for _ in 0..10 {
        if answer.0 < 500 {
            break;
        }
        std::thread::sleep(Duration::from_millis(300));
        answer = http_once(registry, method, path, body.clone());
    }
    answer
}

fn http_once(registry: &str, method: &str, path: &str, body: Option<Value>) -> (u16, Value) {
    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
    rt.block_on(async {
        let client = reqwest::Client::new();
        let mut req = client.request(
            reqwest::Method::from_bytes(method.as_bytes()).unwrap(),
            format!("{registry}{path}"),
        );
        if let Some(b) = body {
            req = req
                .header("Content-Type", "application/vnd.schemaregistry.v1+json")
                .body(b.to_string());
        }
        let resp = req.send().await.expect("registry answers");
        let status = resp.status().as_u16();
        let text = resp.text().await.unwrap_or_default();
        (status, serde_json::from_str(&text).unwrap_or(Value::Null))
    })
}

fn register(registry: &str, subject: &str, schema: &Value, refs: Value) {
    let (status, body) = http(
        registry,
        "POST",
        &format!(
            "/subjects/{}/versions",
            kctl::registry::encode_segment(subject)
        ),
        Some(json!({"schema": schema.to_string(), "references": refs})),
    );
    assert_eq!(status, 200, "register {subject}: {body}");
}

fn set_level(registry: &str, subject: &str, level: &str) {
    let (status, body) = http(
        registry,
        "PUT",
        &format!("/config/{}", kctl::registry::encode_segment(subject)),
        Some(json!({ "compatibility": level })),
    );
    assert_eq!(status, 200, "level of {subject}: {body}");
}

/// A topic to create: name, partitions, replication factor, configs.
type TopicFixture = (String, i32, i32, Vec<(&'static str, &'static str)>);

/// Creates topics directly through rdkafka (a fixture independent of kctl).
fn create_topics(bootstrap: &str, topics: &[TopicFixture]) {
    let admin: AdminClient<DefaultClientContext> = ClientConfig::new()
        .set("bootstrap.servers", bootstrap)
        .create()
        .expect("admin client");
    let news: Vec<NewTopic> = topics
        .iter()
        .map(|(name, p, rf, configs)| {
            let mut t = NewTopic::new(name, *p, TopicReplication::Fixed(*rf));
            for (k, v) in configs {
                t = t.set(k, v);
            }
            t
        })
        .collect();
    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
    let result = rt
        .block_on(admin.create_topics(&news, &AdminOptions::new()))
        .expect("create_topics request");
    for r in result {
        r.unwrap_or_else(|(t, e)| panic!("create topic {t}: {e}"));
    }
    wait_until("the topics in metadata", Duration::from_secs(30), || {
        admin
            .inner()
            .fetch_metadata(None, Duration::from_secs(5))
            .is_ok_and(|md| {
                topics.iter().all(|(name, ..)| {
                    md.topics()
                        .iter()
                        .any(|t| t.name() == name && !t.partitions().is_empty())
                })
            })
    });
}

fn code(out: &Output) -> i32 {
    out.status.code().unwrap_or(-1)
}

/// `--topics` for every topic under `prefix`.
fn under(prefix: &str) -> String {
    format!("{}\\..*", regex::escape(prefix))
}

/// An Avro namespace unique to the test (`[A-Za-z0-9_]`).
fn namespace(prefix: &str) -> String {
    prefix.replace(['.', '-'], "_")
}

/// Asserts `plan -o json` of `file` is empty and covers `topics` topics and
/// `subjects` subjects (all unchanged): nothing was dropped on the way.
fn assert_round_trip(plan: &Output, topics: usize, subjects: usize) {
    assert_eq!(
        code(plan),
        0,
        "plan is not empty:\n{}\n{}",
        stdout(plan),
        stderr(plan)
    );
    let p = json(plan);
    assert_eq!(p["steps"], json!([]), "{p:#}");
    assert_eq!(
        p["unmanaged_configs"],
        json!([]),
        "a config was dropped: {p:#}"
    );
    assert_eq!(p["summary"]["unchanged"], topics, "{p:#}");
    if subjects > 0 {
        let subs = p["schemas"]["subjects"]
            .as_array()
            .expect("schemas in the plan");
        assert_eq!(subs.len(), subjects, "{p:#}");
        for s in subs {
            assert_eq!(s["action"], "unchanged", "{s:#}");
            assert!(
                s.get("compatibility").is_none(),
                "a level would change: {s:#}"
            );
        }
    }
}

/// Many topics with mixed configs (delete, compact and compact+delete
/// policies, durations, sizes, unlimited retention, ratios, enums), schemas
/// with a reference, a key schema and per-subject levels: exported, the
/// plan on the export is empty, and `--stdout` gives the same topics.
#[test]
fn export_then_plan_is_empty_for_mixed_topics_and_schemas_with_references() {
    let sb = sandbox();
    let p = unique("exp");
    let t = |n: &str| format!("{p}.{n}");
    let mut topics: Vec<TopicFixture> = vec![
        (
            t("orders"),
            6,
            1,
            vec![("retention.ms", "604800000"), ("min.insync.replicas", "1")],
        ),
        (
            t("customers"),
            3,
            1,
            vec![
                ("cleanup.policy", "compact"),
                ("min.insync.replicas", "1"),
                ("min.cleanable.dirty.ratio", "0.3"),
                ("delete.retention.ms", "3600000"),
                ("segment.bytes", "268435456"),
            ],
        ),
        (
            t("sessions"),
            2,
            1,
            vec![
                ("cleanup.policy", "compact,delete"),
                ("retention.ms", "86400000"),
                ("min.insync.replicas", "1"),
                ("max.message.bytes", "1000000"),
            ],
        ),
        (
            t("audit"),
            1,
            1,
            vec![
                ("retention.ms", "-1"),
                ("retention.bytes", "10737418240"),
                ("min.insync.replicas", "1"),
                ("compression.type", "zstd"),
                ("message.timestamp.type", "LogAppendTime"),
                ("segment.ms", "1500"),
            ],
        ),
        (t("plain"), 1, 1, vec![("min.insync.replicas", "1")]),
    ];
    for i in 0..7 {
        topics.push((
            t(&format!("bulk{i:02}")),
            3,
            1,
            vec![("min.insync.replicas", "1"), ("retention.ms", "172800000")],
        ));
    }
    create_topics(&sb.bootstrap, &topics);

    let ns = namespace(&p);
    let address = json!({"type": "record", "name": "Address", "namespace": ns,
        "fields": [{"name": "city", "type": "string"}]});
    let order = json!({"type": "record", "name": "Order", "namespace": ns,
        "fields": [{"name": "id", "type": "long"}, {"name": "to", "type": format!("{ns}.Address")}]});
    let customer_v1 = json!({"type": "record", "name": "Customer", "namespace": ns,
        "fields": [{"name": "id", "type": "string"}]});
    let customer_v2 = json!({"type": "record", "name": "Customer", "namespace": ns,
        "fields": [{"name": "id", "type": "string"},
                   {"name": "name", "type": "string", "default": ""}]});
    let reg = &sb.registry;
    register(reg, &format!("{ns}.Address"), &address, json!([]));
    let refs = json!([{"name": format!("{ns}.Address"), "subject": format!("{ns}.Address"), "version": 1}]);
    register(reg, &format!("{}-value", t("orders")), &order, refs);
    register(
        reg,
        &format!("{}-key", t("orders")),
        &json!("string"),
        json!([]),
    );
    set_level(reg, &format!("{}-value", t("orders")), "FULL");
    set_level(reg, &format!("{}-key", t("orders")), "FULL");
    register(
        reg,
        &format!("{}-value", t("customers")),
        &customer_v1,
        json!([]),
    );
    register(
        reg,
        &format!("{}-value", t("customers")),
        &customer_v2,
        json!([]),
    );
    set_level(reg, &format!("{}-value", t("customers")), "NONE");

    let dir = tempfile::tempdir().unwrap();
    let out_dir = dir.path().join("adopted");
    let out = kctl()
        .args(["export", "--all-versions", "--topics", &under(&p), "--dir"])
        .arg(&out_dir)
        .output()
        .unwrap();
    let err = stderr(&out);
    if apicurio() {
        // Deviation: Apicurio answers GET /config/{subject} with a level
        // (NONE) for a subject without one of its own, so the referenced
        // subject seems to hold a level topics.yaml cannot express. Export
        // reports it (exit 4); the rest is the same.
        assert_eq!(code(&out), 4, "{err}");
        let lines: Vec<&str> = err
            .lines()
            .filter(|l| l.starts_with("not exported"))
            .collect();
        assert_eq!(
            lines,
            [format!(
                "not exported: compatibility NONE of subject \"{ns}.Address\": topics.yaml sets \
                 levels through topics, and no topic binds this subject (it is registered because \
                 others reference it)"
            )],
            "{err}"
        );
    } else {
        assert_eq!(code(&out), 0, "{err}");
    }
    assert!(
        stderr(&out).contains("exported 12 topics and 4 subjects"),
        "{}",
        stderr(&out)
    );
    let yaml = std::fs::read_to_string(out_dir.join("topics.yaml")).unwrap();
    assert!(yaml.starts_with("# Exported by `kctl export`"), "{yaml}");
    assert!(yaml.contains("defaults:"), "{yaml}");
    assert!(yaml.contains("retention: 2d"), "human units: {yaml}");
    assert!(yaml.contains("segment.bytes: 256MiB"), "{yaml}");
    assert!(yaml.contains("retention.bytes: 10GiB"), "{yaml}");
    assert!(yaml.contains("compatibility: FULL"), "{yaml}");
    assert!(yaml.contains("compatibility: NONE"), "{yaml}");
    for f in [
        format!("schemas/{ns}.Address.avsc"),
        format!("schemas/{}-value.avsc", t("orders")),
        format!("schemas/{}-key.avsc", t("orders")),
        format!("schemas/history/{}-value/v1.avsc", t("customers")),
    ] {
        assert!(out_dir.join(&f).is_file(), "{f} missing");
    }

    // The round trip, from another directory (paths are the file's own).
    let plan = kctl()
        .current_dir(dir.path())
        .args(["plan", "-o", "json", "-f", "adopted/topics.yaml"])
        .output()
        .unwrap();
    assert_round_trip(&plan, topics.len(), 4);

    // A second export refuses to overwrite, and --force does.
    let again = kctl()
        .args(["export", "--topics", &under(&p), "--dir"])
        .arg(&out_dir)
        .output()
        .unwrap();
    assert_eq!(code(&again), 1, "{}", stderr(&again));
    assert!(
        stderr(&again).contains("already exist"),
        "{}",
        stderr(&again)
    );
    let forced = kctl()
        .args(["export", "--force", "--topics", &under(&p), "--dir"])
        .arg(&out_dir)
        .output()
        .unwrap();
    assert_eq!(code(&forced), code(&out), "{}", stderr(&forced));

    // --stdout: the topics file alone, which plans empty for topics.
    let out = kctl()
        .args(["export", "--stdout", "--topics", &under(&p)])
        .output()
        .unwrap();
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let only = dir.path().join("stdout.yaml");
    std::fs::write(&only, &out.stdout).unwrap();
    assert!(!stdout(&out).contains("value_schema"), "{}", stdout(&out));
    let plan = kctl()
        .args(["plan", "-o", "json", "-f"])
        .arg(&only)
        .output()
        .unwrap();
    assert_round_trip(&plan, topics.len(), 0);
}

/// What topics.yaml cannot express is reported on stderr as "not exported"
/// and makes the export exit 4: a topic config kctl's file format does not
/// know, and a subject tied to no topic (kept in schemas/unmanaged/). The
/// rest still round-trips.
#[test]
fn what_the_file_cannot_express_is_reported_and_exits_4() {
    let sb = sandbox();
    let p = unique("expx");
    let t = format!("{p}.odd");
    // Kafka 4.4 topic config that kctl's topics.yaml does not list.
    create_topics(
        &sb.bootstrap,
        &[(
            t.clone(),
            1,
            1,
            vec![
                ("retention.ms", "3600000"),
                ("max.decompressed.message.bytes", "2097152"),
            ],
        )],
    );
    let ns = namespace(&p);
    let lonely = format!("{p}.lonely");
    register(
        &sb.registry,
        &lonely,
        &json!({"type": "record", "name": "Lonely", "namespace": ns, "fields": []}),
        json!([]),
    );
    let dir = tempfile::tempdir().unwrap();
    let out = kctl()
        .args([
            "export",
            "--topics",
            &under(&p),
            "--subjects",
            &under(&p),
            "--dir",
        ])
        .arg(dir.path())
        .output()
        .unwrap();
    let err = stderr(&out);
    assert_eq!(code(&out), 4, "{err}");
    assert!(
        err.contains(&format!(
            "not exported: topic {t:?} config \"max.decompressed.message.bytes\" = \"2097152\": topics.yaml cannot hold it: unknown topic config"
        )),
        "{err}"
    );
    assert!(
        err.contains(&format!(
            "not exported: subject {lonely:?}: it is not tied to an exported topic"
        )),
        "{err}"
    );
    let kept = dir.path().join(format!("schemas/unmanaged/{lonely}.avsc"));
    assert!(
        err.contains(&format!("(kept in {})", kept.display())),
        "{err}"
    );
    assert!(kept.is_file());
    assert!(err.contains("2 item(s) not exported as code"), "{err}");
    let yaml = std::fs::read_to_string(dir.path().join("topics.yaml")).unwrap();
    assert!(!yaml.contains("max.decompressed"), "{yaml}");
    // The rest is exact; the dropped config is what plan leaves unmanaged.
    let plan = kctl()
        .args(["plan", "-o", "json", "-f"])
        .arg(dir.path().join("topics.yaml"))
        .output()
        .unwrap();
    assert_eq!(code(&plan), 0, "{}", stderr(&plan));
    let keys: Vec<Value> = json(&plan)["unmanaged_configs"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["key"].clone())
        .collect();
    assert_eq!(keys, [json!("max.decompressed.message.bytes")]);
}

/// Bad input fails in one line: an invalid regex is a usage error (2); an
/// unreachable broker, an unreachable registry (the message names
/// `--no-schemas`, which then works) and a selection without topics exit 1;
/// none writes anything.
#[test]
fn bad_input_and_unreachable_services_fail_in_one_line_and_write_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let out = kctl_offline()
        .args(["export", "--topics", "(", "--dir"])
        .arg(dir.path())
        .output()
        .unwrap();
    assert_eq!(code(&out), 2, "{}", stderr(&out));
    assert_eq!(stderr(&out).trim().lines().count(), 1, "{}", stderr(&out));
    let port = free_port();
    let out = kctl_offline()
        .args([
            "--timeout",
            "2s",
            "-b",
            &format!("127.0.0.1:{port}"),
            "export",
            "--dir",
        ])
        .arg(dir.path())
        .output()
        .unwrap();
    assert_eq!(code(&out), 1, "{}", stderr(&out));
    assert_eq!(stderr(&out).trim().lines().count(), 1, "{}", stderr(&out));
    let out = kctl()
        .args(["export", "--topics", "no-such-topic-anywhere", "--dir"])
        .arg(dir.path())
        .output()
        .unwrap();
    assert_eq!(code(&out), 1, "{}", stderr(&out));
    assert_eq!(
        stderr(&out).trim(),
        "error: no topic to export: none matches --topics \"no-such-topic-anywhere\"; nothing was written"
    );
    assert!(std::fs::read_dir(dir.path()).unwrap().next().is_none());

    // An unreachable registry: one line naming --no-schemas, which works.
    let p = unique("expr");
    create_topics(&sandbox().bootstrap, &[(format!("{p}.t"), 1, 1, vec![])]);
    let dead = format!("http://127.0.0.1:{}", free_port());
    let out = kctl()
        .env("SCHEMA_REGISTRY_URL", &dead)
        .args(["--timeout", "2s", "export", "--topics", &under(&p), "--dir"])
        .arg(dir.path())
        .output()
        .unwrap();
    assert_eq!(code(&out), 1, "{}", stderr(&out));
    let err = stderr(&out);
    assert_eq!(err.trim().lines().count(), 1, "{err}");
    assert!(err.contains("--no-schemas") && err.contains(&dead), "{err}");
    assert!(std::fs::read_dir(dir.path()).unwrap().next().is_none());
    let out = kctl()
        .env("SCHEMA_REGISTRY_URL", &dead)
        .args(["export", "--no-schemas", "--topics", &under(&p), "--dir"])
        .arg(dir.path())
        .output()
        .unwrap();
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    assert!(dir.path().join("topics.yaml").is_file());
}

fn kctl_with_config(config: &Path) -> Command {
    let mut cmd = Command::new(kctl_bin());
    for var in [
        "KAFKA_BOOTSTRAP_SERVERS",
        "SCHEMA_REGISTRY_URL",
        "KCTL_CONTEXT",
        "KCTL_SASL_PASSWORD",
        "KCTL_REGISTRY_PASSWORD",
    ] {
        cmd.env_remove(var);
    }
    cmd.env("KCTL_CONFIG", config);
    cmd
}

/// Drift between environments: the sandbox exported through context
/// `staging`, then planned against context `prod`, a second (one-node)
/// cluster holding one of the topics with other settings: the plan shows
/// the differences (exit 3); applied, the two environments agree.
#[test]
fn an_export_plans_against_another_context_as_the_drift_between_them() {
    let sb = sandbox();
    let p = unique("expd");
    let (a, b) = (format!("{p}.a"), format!("{p}.b"));
    create_topics(
        &sb.bootstrap,
        &[
            (a.clone(), 3, 1, vec![("retention.ms", "86400000")]),
            (b.clone(), 1, 1, vec![("cleanup.policy", "compact")]),
        ],
    );
    let ns = namespace(&p);
    register(
        &sb.registry,
        &format!("{a}-value"),
        &json!({"type": "record", "name": "A", "namespace": ns, "fields": []}),
        json!([]),
    );

    let prod = Broker::start_full(&broker_proc::state_dir("export-drift"), 1, None, "kctl");
    create_topics(
        &prod.bootstrap(),
        &[(a.clone(), 1, 1, vec![("retention.ms", "3600000")])],
    );

    let dir = tempfile::tempdir().unwrap();
    let config = dir.path().join("kctl.yaml");
    std::fs::write(
        &config,
        format!(
            "current-context: staging\ncontexts:\n  staging:\n    bootstrap-servers: {}\n    registry:\n      url: {}\n  prod:\n    bootstrap-servers: {}\n    registry:\n      url: {}\n",
            sb.bootstrap,
            sb.registry,
            prod.bootstrap(),
            prod.registry
        ),
    )
    .unwrap();
    let export = dir.path().join("staging");
    let out = kctl_with_config(&config)
        .args(["export", "--topics", &under(&p), "--dir"])
        .arg(&export)
        .output()
        .unwrap();
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let yaml = std::fs::read_to_string(export.join("topics.yaml")).unwrap();
    assert!(yaml.contains("context staging"), "{yaml}");

    let file = export.join("topics.yaml");
    let plan = |ctx: &str| {
        kctl_with_config(&config)
            .args(["plan", "-o", "json", "--context", ctx, "-f"])
            .arg(&file)
            .output()
            .unwrap()
    };
    assert_eq!(code(&plan("staging")), 0, "{}", stderr(&plan("staging")));
    let out = plan("prod");
    assert_eq!(code(&out), 3, "{}", stderr(&out));
    let drift = json(&out);
    let steps: BTreeSet<String> = drift["steps"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| {
            format!(
                "{} {}",
                s["action"].as_str().unwrap(),
                s["topic"].as_str().unwrap()
            )
        })
        .collect();
    assert_eq!(
        steps,
        BTreeSet::from([
            format!("add_partitions {a}"),
            format!("set_config {a}"),
            format!("create_topic {b}"),
        ]),
        "{drift:#}"
    );
    let subjects: Vec<(String, String)> = drift["schemas"]["subjects"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| {
            (
                s["subject"].as_str().unwrap().to_string(),
                s["action"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    assert_eq!(
        subjects,
        [(format!("{a}-value"), "register".to_string())],
        "{drift:#}"
    );

    let out = kctl_with_config(&config)
        .args(["apply", "--yes", "--context", "prod", "-f"])
        .arg(&file)
        .output()
        .unwrap();
    assert_eq!(code(&out), 0, "{}\n{}", stdout(&out), stderr(&out));
    assert_eq!(code(&plan("prod")), 0, "{}", stdout(&plan("prod")));
}

/// The three-node cluster: replication factors 3 and 2 and
/// `min.insync.replicas` 2 round-trip like the rest (kept cheap: three
/// topics and one subject, no node killed).
#[test]
fn export_then_plan_is_empty_on_the_three_node_cluster() {
    let mut c = crate::cluster3::cluster();
    for i in 1..=3 {
        if !c.node_alive(i) {
            c.start_node(i);
        }
    }
    let p = unique("exp3");
    let t = |n: &str| format!("{p}.{n}");
    let topics = vec![
        (
            t("events"),
            6,
            3,
            vec![("min.insync.replicas", "2"), ("retention.ms", "259200000")],
        ),
        (
            t("state"),
            3,
            3,
            vec![("min.insync.replicas", "2"), ("cleanup.policy", "compact")],
        ),
        (t("scratch"), 2, 2, vec![("min.insync.replicas", "1")]),
    ];
    create_topics(&c.bootstrap(), &topics);
    let ns = namespace(&p);
    register(
        &c.registry,
        &format!("{}-value", t("events")),
        &json!({"type": "record", "name": "Event", "namespace": ns,
                "fields": [{"name": "id", "type": "string"}]}),
        json!([]),
    );
    let dir = tempfile::tempdir().unwrap();
    let out = crate::cluster3::kctl_at(&c)
        .args(["export", "--topics", &under(&p), "--dir"])
        .arg(dir.path())
        .output()
        .unwrap();
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let yaml = std::fs::read_to_string(dir.path().join("topics.yaml")).unwrap();
    assert!(yaml.contains("replication_factor: 2"), "{yaml}");
    assert!(
        yaml.contains("defaults:\n  replication_factor: 3\n"),
        "{yaml}"
    );
    let plan = crate::cluster3::kctl_at(&c)
        .args(["plan", "-o", "json", "-f"])
        .arg(dir.path().join("topics.yaml"))
        .output()
        .unwrap();
    assert_round_trip(&plan, 3, 1);
    assert_eq!(json(&plan)["broker_count"], 3);
}

/// Kafka's own ACL tool (a fixture independent of kctl).
fn kafka_acls(bootstrap: &str, args: &[&str]) {
    let out = Command::new("java")
        .args(["-cp", &broker_proc::kafka_classpath()])
        .arg("org.apache.kafka.tools.AclCommand")
        .args(["--bootstrap-server", bootstrap, "--add", "--force"])
        .args(args)
        .output()
        .expect("run kafka-acls");
    assert!(
        out.status.success(),
        "kafka-acls {args:?}: {}",
        stderr(&out)
    );
}

/// ACLs round-trip too, on a broker of the test's own with
/// `StandardAuthorizer` (PLAINTEXT, `User:ANONYMOUS` a super user): Kafka's
/// `--producer` and `--consumer` conveniences become services (with the
/// extra `create` as an explicit entry), a prefixed deny for one host and a
/// cluster ACL become `acls:` entries, and the plan is empty.
#[test]
fn acls_are_exported_as_services_and_entries_and_plan_empty() {
    let broker = Broker::start_with(
        &broker_proc::state_dir("export-acls"),
        1,
        Some(
            "authorizer.class.name=org.apache.kafka.metadata.authorizer.StandardAuthorizer\n\
             super.users=User:ANONYMOUS\n",
        ),
    );
    let bootstrap = broker.bootstrap();
    create_topics(
        &bootstrap,
        &[
            ("orders".into(), 3, 1, vec![("retention.ms", "86400000")]),
            ("payments".into(), 1, 1, vec![]),
        ],
    );
    kafka_acls(
        &bootstrap,
        &[
            "--allow-principal",
            "User:orders-svc",
            "--producer",
            "--topic",
            "orders",
        ],
    );
    kafka_acls(
        &bootstrap,
        &[
            "--allow-principal",
            "User:billing",
            "--consumer",
            "--topic",
            "orders",
            "--group",
            "billing",
        ],
    );
    kafka_acls(
        &bootstrap,
        &[
            "--deny-principal",
            "User:billing",
            "--deny-host",
            "10.1.2.3",
            "--operation",
            "Read",
            "--topic",
            "pay",
            "--resource-pattern-type",
            "prefixed",
        ],
    );
    kafka_acls(
        &bootstrap,
        &[
            "--allow-principal",
            "User:ops",
            "--operation",
            "DescribeConfigs",
            "--cluster",
        ],
    );

    let dir = tempfile::tempdir().unwrap();
    let kctl_here = || {
        let mut cmd = kctl_offline();
        cmd.args(["-b", &bootstrap]);
        cmd
    };
    let out = kctl_here()
        .args(["export", "--no-schemas", "--dir"])
        .arg(dir.path())
        .output()
        .unwrap();
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    assert!(
        stderr(&out).contains("exported 2 topics, 8 ACLs"),
        "{}",
        stderr(&out)
    );
    let yaml = std::fs::read_to_string(dir.path().join("topics.yaml")).unwrap();
    for want in [
        "    orders-svc:\n      principal: User:orders-svc\n      produces:\n        topics: [orders]\n",
        "    billing:\n      principal: User:billing\n      consumes:\n        topics: [orders]\n        groups: [billing]\n",
        "      operations: [create]\n",
        "      pattern: prefixed\n      operations: [read]\n      permission: deny\n      host: \"10.1.2.3\"\n",
        "      type: cluster\n      operations: [describe_configs]\n",
    ] {
        assert!(yaml.contains(want), "{want}\nnot in\n{yaml}");
    }
    let plan = kctl_here()
        .args(["plan", "-o", "json", "-f"])
        .arg(dir.path().join("topics.yaml"))
        .output()
        .unwrap();
    assert_round_trip(&plan, 2, 0);
    let p = json(&plan);
    assert_eq!(p["acls"]["steps"], json!([]), "{p:#}");
    assert_eq!(p["acls"]["summary"]["unchanged"], 8, "{p:#}");
    assert_eq!(
        p["acls"]["summary"]["unmanaged"], 0,
        "an ACL was dropped: {p:#}"
    );
}

/// A JSON Schema subject is exported in its own format and bound like an
/// Avro one; the plan on the export is empty. (A JSON Schema with references
/// is still reported and kept under schemas/unmanaged/.)
#[test]
fn json_schema_subjects_are_exported_as_bindings_and_plan_empty() {
    let sb = sandbox();
    let p = unique("expj");
    let t = format!("{p}.stock");
    create_topics(&sb.bootstrap, &[(t.clone(), 1, 1, vec![])]);
    let schema = json!({
        "$schema": "http://json-schema.org/draft-07/schema#",
        "title": "Stock",
        "type": "object",
        "properties": {"sku": {"type": "string"}, "count": {"type": "integer"}},
        "required": ["sku"]
    });
    let subject = format!("{t}-value");
    let (status, body) = http(
        &sb.registry,
        "POST",
        &format!(
            "/subjects/{}/versions",
            kctl::registry::encode_segment(&subject)
        ),
        Some(json!({"schema": schema.to_string(), "schemaType": "JSON"})),
    );
    assert_eq!(status, 200, "{body}");
    let dir = tempfile::tempdir().unwrap();
    let out = kctl()
        .args(["export", "--topics", &under(&p), "--dir"])
        .arg(dir.path())
        .output()
        .unwrap();
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let file = dir.path().join(format!("schemas/{subject}.json"));
    assert!(file.is_file(), "{}", file.display());
    let yaml = std::fs::read_to_string(dir.path().join("topics.yaml")).unwrap();
    assert!(yaml.contains(&format!("schemas/{subject}.json")), "{yaml}");
    let plan = kctl()
        .args(["plan", "-o", "json", "-f"])
        .arg(dir.path().join("topics.yaml"))
        .output()
        .unwrap();
    assert_round_trip(&plan, 1, 1);
}

/// A JSON Schema whose `$ref` names another subject's file, and a Protobuf
/// schema whose `import` names another subject's file, applied from
/// topics.yaml: export writes the referenced files where plan finds them
/// (next to the schema, and under the import path), and the plan on the
/// export is empty.
#[test]
fn export_writes_json_schema_references_and_protobuf_imports_as_code() {
    let p = unique("expr");
    let pkg = namespace(&p);
    let src = tempfile::tempdir().unwrap();
    let schemas = src.path().join("schemas");
    std::fs::create_dir_all(schemas.join(&pkg)).unwrap();
    let write = |rel: String, text: String| std::fs::write(schemas.join(rel), text).unwrap();
    write(
        format!("{pkg}-meta.json"),
        json!({"type": "object", "properties": {"id": {"type": "string"}}}).to_string(),
    );
    write(
        "ev.json".into(),
        json!({"type": "object", "properties": {"metadata": {"$ref": format!("{pkg}-meta.json")}}})
            .to_string(),
    );
    write(
        format!("{pkg}/common.proto"),
        format!("syntax = \"proto3\";\npackage {pkg};\nmessage Meta {{ string id = 1; }}\n"),
    );
    write(
        "said.proto".into(),
        format!(
            "syntax = \"proto3\";\npackage {pkg};\nimport \"{pkg}/common.proto\";\nmessage Said {{ Meta meta = 1; }}\n"
        ),
    );
    let yaml = format!(
        "{p}.inv:\n  partitions: 1\n  replication_factor: 1\n  value_schema: schemas/ev.json\n\
         {p}.said:\n  partitions: 1\n  replication_factor: 1\n  value_schema: schemas/said.proto\n"
    );
    let file = src.path().join("topics.yaml");
    std::fs::write(&file, yaml).unwrap();
    let out = kctl()
        .args(["apply", "--yes", "-f"])
        .arg(&file)
        .output()
        .unwrap();
    assert_eq!(code(&out), 0, "{}\n{}", stdout(&out), stderr(&out));

    let dir = tempfile::tempdir().unwrap();
    let out = kctl()
        .args(["export", "--topics", &under(&p), "--dir"])
        .arg(dir.path())
        .output()
        .unwrap();
    let err = stderr(&out);
    if apicurio() {
        // Deviation (as above): Apicurio answers a level (NONE) for the
        // referenced subjects, which have none of their own; export
        // reports the two levels (exit 4), the files are the same.
        assert_eq!(code(&out), 4, "{err}");
        let lines = err
            .lines()
            .filter(|l| l.starts_with("not exported"))
            .count();
        assert_eq!(lines, 2, "{err}");
        assert!(err.contains("compatibility NONE of subject"), "{err}");
    } else {
        assert_eq!(code(&out), 0, "{err}");
    }
    assert!(dir
        .path()
        .join(format!("schemas/{pkg}-meta.json"))
        .is_file());
    assert!(dir
        .path()
        .join(format!("schemas/{pkg}/common.proto"))
        .is_file());
    let plan = kctl()
        .args(["plan", "-o", "json", "-f"])
        .arg(dir.path().join("topics.yaml"))
        .output()
        .unwrap();
    assert_round_trip(&plan, 2, 4);
}
