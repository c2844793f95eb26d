//! kctl against an authenticated cluster: SASL/SCRAM-SHA-256 and -512 over TLS
//! through config-file contexts, refused credentials, untrusted certificates,
//! and registry basic auth. Every kctl run here goes through [`run`], which
//! fails the test if any password of the secure sandbox appears in stdout or
//! stderr (including `-v` and `-vv` runs).
//!
//! The broker is Apache Kafka serving SASL_SSL, SSL and SASL_PLAINTEXT
//! listeners itself, with SCRAM users created through Kafka's own API: see
//! `secure_broker.rs`.

use std::path::{Path, PathBuf};
use std::process::Output;
use std::time::Duration;

use rdkafka::admin::{AdminClient, AdminOptions, NewTopic, TopicReplication};
use rdkafka::client::DefaultClientContext;
use rdkafka::config::ClientConfig;

use crate::harness::*;
use crate::secure_broker::{secure, User};

const WRONG_PASSWORD: &str = "Definitely-not-the-pw-9431";
const S256_ENV: &str = "KCTL_TEST_SCRAM256_PW";
const SR_ENV: &str = "KCTL_TEST_SR_PW";
const WRONG_ENV: &str = "KCTL_TEST_WRONG_PW";

/// A config file (mode 0600) with one context per way of connecting.
struct Config {
    _dir: tempfile::TempDir,
    path: PathBuf,
}

fn write_private(path: &Path, text: &str) {
    use std::os::unix::fs::PermissionsExt;
    std::fs::write(path, text).unwrap();
    std::fs::set_permissions(path, std::fs::Permissions::from_mode(0o600)).unwrap();
}

fn config() -> Config {
    let s = secure();
    let dir = tempfile::tempdir().unwrap();
    let bob_pw = dir.path().join("bob.pw");
    write_private(&bob_pw, &format!("{}\n", s.scram512.password));
    let sr_pw = dir.path().join("sr.pw");
    write_private(&sr_pw, &s.registry_password);
    let tls = format!("{{ca: {}}}", s.ca.display());
    let registry = |source: &str| {
        format!(
            "{{url: \"{}\", username: {}, {source}}}",
            s.registry, s.registry_user
        )
    };
    let text = format!(
        "contexts:
  scram256-env:
    bootstrap-servers: localhost:{port}
    timeout: 10s
    sasl: {{mechanism: SCRAM-SHA-256, username: {u256}, password-env: {S256_ENV}}}
    tls: {tls}
    registry: {reg_env}
  scram512-file:
    bootstrap-servers: 127.0.0.1:{port}
    timeout: 10s
    sasl: {{mechanism: SCRAM-SHA-512, username: {u512}, password-file: {bob_pw}}}
    tls: {tls}
    registry: {reg_file}
  wrong-password:
    bootstrap-servers: 127.0.0.1:{port}
    timeout: 5s
    sasl: {{mechanism: SCRAM-SHA-512, username: {u512}, password-env: {WRONG_ENV}}}
    tls: {tls}
    registry: {reg_wrong}
  unknown-user:
    bootstrap-servers: 127.0.0.1:{port}
    timeout: 5s
    sasl: {{mechanism: SCRAM-SHA-256, username: mallory, password-env: {S256_ENV}}}
    tls: {tls}
  system-cas-only:
    bootstrap-servers: 127.0.0.1:{port}
    timeout: 5s
    sasl: {{mechanism: SCRAM-SHA-256, username: {u256}, password-env: {S256_ENV}}}
    tls: {{enabled: true}}
  rogue-ca:
    bootstrap-servers: 127.0.0.1:{port}
    timeout: 5s
    sasl: {{mechanism: SCRAM-SHA-256, username: {u256}, password-env: {S256_ENV}}}
    tls: {{ca: {rogue}}}
  wrong-host:
    bootstrap-servers: 127.0.0.1:{wrong_port}
    timeout: 5s
    sasl: {{mechanism: SCRAM-SHA-256, username: {u256}, password-env: {S256_ENV}}}
    tls: {tls}
  tls-only:
    bootstrap-servers: 127.0.0.1:{ssl_port}
    timeout: 10s
    tls: {tls}
  scram-plaintext:
    bootstrap-servers: 127.0.0.1:{sasl_port}
    timeout: 10s
    sasl: {{mechanism: SCRAM-SHA-512, username: {u512}, password-file: {bob_pw}}}
  no-tls-to-tls:
    bootstrap-servers: 127.0.0.1:{ssl_port}
    timeout: 3s
",
        port = s.tls_port,
        wrong_port = s.wrong_host_port,
        ssl_port = s.ssl_port,
        sasl_port = s.sasl_port,
        u256 = s.scram256.name,
        u512 = s.scram512.name,
        bob_pw = bob_pw.display(),
        rogue = s.rogue_ca.display(),
        reg_env = registry(&format!("password-env: {SR_ENV}")),
        reg_file = registry(&format!("password-file: {}", sr_pw.display())),
        reg_wrong = registry(&format!("password-env: {WRONG_ENV}")),
    );
    let path = dir.path().join("config.yaml");
    write_private(&path, &text);
    Config { _dir: dir, path }
}

/// Runs kctl with `context` from `cfg` and the password variables set, and
/// fails if any password shows up in its output.
fn run(cfg: &Config, context: &str, args: &[&str]) -> Output {
    let s = secure();
    let out = kctl_offline()
        .env("KCTL_CONFIG", &cfg.path)
        .env(S256_ENV, &s.scram256.password)
        .env(SR_ENV, &s.registry_password)
        .env(WRONG_ENV, WRONG_PASSWORD)
        .args(["--context", context])
        .args(args)
        .output()
        .unwrap();
    assert_no_secret(&format!("--context {context} {args:?}"), &out);
    out
}

fn assert_no_secret(what: &str, out: &Output) {
    let all = format!("{}{}", stdout(out), stderr(out));
    for pw in secure().passwords().iter().chain([&WRONG_PASSWORD]) {
        assert!(!all.contains(pw), "{what} printed a password:\n{all}");
    }
}

fn ok(out: &Output) {
    assert!(
        out.status.success(),
        "exit {:?}\nstdout:\n{}\nstderr:\n{}",
        out.status.code(),
        stdout(out),
        stderr(out)
    );
}

/// The one error line of a failed run, after checking there is only one.
fn one_error_line(out: &Output) -> String {
    assert_eq!(out.status.code(), Some(1), "{}", stderr(out));
    let err = stderr(out);
    let lines: Vec<&str> = err.lines().collect();
    assert_eq!(lines.len(), 1, "expected one stderr line:\n{err}");
    assert!(lines[0].starts_with("error: "), "{err}");
    lines[0].to_string()
}

/// An rdkafka client config for fixtures, as `user` over TLS.
fn fixture_config(user: &User) -> ClientConfig {
    let s = secure();
    let mut cfg = ClientConfig::new();
    cfg.set("bootstrap.servers", format!("127.0.0.1:{}", s.tls_port))
        .set("security.protocol", "sasl_ssl")
        .set("sasl.mechanism", user.mechanism)
        .set("sasl.username", user.name)
        .set("sasl.password", &user.password)
        .set("ssl.ca.location", s.ca.display().to_string());
    cfg
}

fn create_secure_topic(name: &str, partitions: i32) {
    let admin: AdminClient<DefaultClientContext> = fixture_config(&secure().scram512)
        .create()
        .expect("admin client");
    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
    let topic = NewTopic::new(name, partitions, TopicReplication::Fixed(1));
    for r in rt
        .block_on(admin.create_topics([&topic], &AdminOptions::new()))
        .expect("create_topics")
    {
        r.unwrap_or_else(|(t, e)| panic!("create topic {t}: {e}"));
    }
    wait_until(
        &format!("topic {name} in metadata"),
        Duration::from_secs(30),
        || {
            admin
                .inner()
                .fetch_metadata(Some(name), Duration::from_secs(5))
                .is_ok_and(|md| {
                    md.topics()
                        .iter()
                        .any(|t| t.partitions().len() == partitions as usize)
                })
        },
    );
}

#[test]
fn scram_256_and_512_over_tls_run_cluster_and_topic_commands() {
    let cfg = config();
    let topic = unique("secure.orders");
    create_secure_topic(&topic, 3);
    let port = secure().tls_port as i64;
    for context in ["scram256-env", "scram512-file"] {
        let out = run(&cfg, context, &["cluster", "info", "-o", "json"]);
        ok(&out);
        let info = json(&out);
        assert_eq!(info["brokers"][0]["port"], port, "{info}");

        let out = run(&cfg, context, &["topics", "list", "-o", "json"]);
        ok(&out);
        let names: Vec<String> = json(&out)
            .as_array()
            .unwrap()
            .iter()
            .map(|t| t["name"].as_str().unwrap().to_string())
            .collect();
        assert!(names.contains(&topic), "{names:?}");

        let out = run(&cfg, context, &["topics", "describe", &topic, "-o", "json"]);
        ok(&out);
        let d = json(&out);
        assert_eq!(d["partitions"].as_array().map(Vec::len), Some(3), "{d}");

        // Debug output goes through the same redaction.
        ok(&run(&cfg, context, &["-v", "topics", "list"]));
        ok(&run(
            &cfg,
            context,
            &[
                "-vv",
                "-X",
                "debug=security,broker,protocol",
                "cluster",
                "info",
            ],
        ));
    }
}

#[test]
fn plaintext_password_in_a_private_config_works_and_a_readable_one_is_refused() {
    use std::os::unix::fs::PermissionsExt;
    let s = secure();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("config.yaml");
    write_private(
        &path,
        &format!(
            "current-context: c\ncontexts:\n  c:\n    bootstrap-servers: 127.0.0.1:{}\n    sasl: {{mechanism: SCRAM-SHA-512, username: {}, password: \"{}\"}}\n    tls: {{ca: {}}}\n",
            s.tls_port,
            s.scram512.name,
            s.scram512.password,
            s.ca.display()
        ),
    );
    let cmd = |args: &[&str]| {
        let out = kctl_offline()
            .env("KCTL_CONFIG", &path)
            .args(args)
            .output()
            .unwrap();
        assert_no_secret(&format!("{args:?}"), &out);
        out
    };
    ok(&cmd(&["cluster", "info"]));
    let view = cmd(&["config", "view"]);
    ok(&view);
    assert!(stdout(&view).contains("<redacted>"), "{}", stdout(&view));

    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o644)).unwrap();
    let line = one_error_line(&cmd(&["cluster", "info"]));
    assert!(line.contains("readable by other users"), "{line}");
    ok(&cmd(&["--insecure-config", "cluster", "info"]));
}

#[test]
fn wrong_password_or_unknown_user_fails_with_one_line_saying_authentication_failed() {
    let cfg = config();
    for context in ["wrong-password", "unknown-user"] {
        for verbosity in [None, Some("-v")] {
            let mut args = vec!["topics", "list"];
            if let Some(v) = verbosity {
                args.insert(0, v);
            }
            let out = run(&cfg, context, &args);
            if verbosity.is_some() {
                // -v adds kctl's debug lines; the error is still the last line.
                assert_eq!(out.status.code(), Some(1));
                let err = stderr(&out);
                let last = err.lines().last().unwrap_or_default();
                assert!(last.contains("authentication failed"), "{err}");
                continue;
            }
            let line = one_error_line(&out);
            assert!(line.contains("authentication failed"), "{context}: {line}");
            assert!(
                line.contains(&format!("127.0.0.1:{}", secure().tls_port)),
                "{line}"
            );
        }
    }
    // librdkafka's own debug lines about the SASL exchange are scrubbed too.
    let out = run(
        &cfg,
        "wrong-password",
        &["-vv", "-X", "debug=security,broker", "cluster", "info"],
    );
    assert_eq!(out.status.code(), Some(1));
}

/// The broker's other listeners: TLS without SASL, and SCRAM without TLS.
#[test]
fn tls_without_sasl_and_scram_without_tls_work_too() {
    let cfg = config();
    let s = secure();
    for (context, port) in [("tls-only", s.ssl_port), ("scram-plaintext", s.sasl_port)] {
        let out = run(&cfg, context, &["cluster", "info", "-o", "json"]);
        ok(&out);
        assert_eq!(json(&out)["brokers"][0]["port"], port as i64, "{context}");
        ok(&run(&cfg, context, &["topics", "list"]));
    }
    // Plaintext spoken to a TLS listener: one line, not a hang.
    let out = run(&cfg, "no-tls-to-tls", &["cluster", "info"]);
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    assert_eq!(err.trim_end().lines().count(), 1, "{err}");
    assert!(err.contains(&format!("127.0.0.1:{}", s.ssl_port)), "{err}");
}

#[test]
fn untrusted_or_mismatched_certificate_fails_with_one_clear_line() {
    let cfg = config();
    for context in ["system-cas-only", "rogue-ca"] {
        let line = one_error_line(&run(&cfg, context, &["cluster", "info"]));
        assert!(line.contains("TLS certificate"), "{context}: {line}");
        assert!(line.contains("could not be verified"), "{context}: {line}");
    }
    // The right CA, but the certificate names another host.
    let line = one_error_line(&run(&cfg, "wrong-host", &["cluster", "info"]));
    assert!(line.contains("could not be verified"), "{line}");
    assert!(line.contains("host name"), "{line}");
}

#[test]
fn secrets_stay_out_of_help_and_config_view() {
    let cfg = config();
    for args in [
        vec!["--help"],
        vec!["cluster", "info", "--help"],
        vec!["config", "view"],
        vec!["config", "get-contexts"],
    ] {
        let out = run(&cfg, "scram512-file", &args);
        ok(&out);
    }
    // A password that reaches an error message by another way (here typed as
    // a topic name) is scrubbed too: `run` fails the test if it shows.
    let pw = secure().scram256.password.clone();
    let out = run(&cfg, "scram256-env", &["topics", "describe", &pw]);
    let line = one_error_line(&out);
    assert!(line.contains("<redacted>"), "{line}");
}

/// Finds an object anywhere in `v` for which `pred` holds.
fn find<'a>(
    v: &'a serde_json::Value,
    pred: &dyn Fn(&serde_json::Map<String, serde_json::Value>) -> bool,
) -> Option<&'a serde_json::Map<String, serde_json::Value>> {
    match v {
        serde_json::Value::Object(o) if pred(o) => Some(o),
        serde_json::Value::Object(o) => o.values().find_map(|x| find(x, pred)),
        serde_json::Value::Array(a) => a.iter().find_map(|x| find(x, pred)),
        _ => None,
    }
}

#[test]
fn plan_and_apply_work_over_scram_and_tls() {
    let cfg = config();
    let topic = unique("secure.applied");
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("topics.yaml");
    std::fs::write(
        &file,
        format!("{topic}:\n  partitions: 2\n  replication_factor: 1\n  retention: 1d\n"),
    )
    .unwrap();
    let file = file.to_str().unwrap();

    let out = run(&cfg, "scram256-env", &["plan", "-f", file]);
    assert_eq!(
        out.status.code(),
        Some(3),
        "changes pending: {}",
        stderr(&out)
    );
    let out = run(
        &cfg,
        "scram256-env",
        &["apply", "-f", file, "--yes", "-o", "json"],
    );
    ok(&out);
    assert_eq!(json(&out)["report"]["failed"], 0);
    let out = run(&cfg, "scram512-file", &["plan", "-f", file]);
    assert_eq!(out.status.code(), Some(0), "in sync: {}", stdout(&out));
    let out = run(
        &cfg,
        "scram512-file",
        &["topics", "describe", &topic, "-o", "json"],
    );
    ok(&out);
    assert_eq!(json(&out)["partitions"].as_array().map(Vec::len), Some(2));
}

#[test]
fn avro_produce_tail_and_schema_commands_work_with_scram_tls_and_registry_basic_auth() {
    let cfg = config();
    let topic = unique("secure.events");
    create_secure_topic(&topic, 1);
    let dir = tempfile::tempdir().unwrap();
    let schema = dir.path().join("event.avsc");
    std::fs::write(
        &schema,
        r#"{"type":"record","name":"Event","namespace":"secure","fields":[{"name":"id","type":"long"},{"name":"what","type":"string"}]}"#,
    )
    .unwrap();
    let subject = format!("{topic}-value");

    // Registry basic auth with the password from the environment ...
    let out = run(
        &cfg,
        "scram256-env",
        &["schema", "register", &subject, schema.to_str().unwrap()],
    );
    ok(&out);
    // ... and from a file.
    let out = run(&cfg, "scram512-file", &["schema", "list", "-o", "json"]);
    ok(&out);
    assert!(stdout(&out).contains(&subject), "{}", stdout(&out));

    let events = dir.path().join("events.ndjson");
    std::fs::write(
        &events,
        "{\"id\":1,\"what\":\"a\"}\n{\"id\":2,\"what\":\"b\"}\n{\"id\":3,\"what\":\"c\"}\n",
    )
    .unwrap();
    let out = run(
        &cfg,
        "scram512-file",
        &[
            "produce",
            &topic,
            "-f",
            events.to_str().unwrap(),
            "-o",
            "json",
        ],
    );
    ok(&out);
    let summary = json(&out);
    assert_eq!(summary["delivered"], 3, "{summary}");
    assert_eq!(summary["value_format"], "avro", "{summary}");

    let out = run(
        &cfg,
        "scram256-env",
        &["tail", &topic, "-o", "json", "--max-messages", "3"],
    );
    ok(&out);
    let values: Vec<serde_json::Value> = stdout(&out)
        .lines()
        .map(|l| serde_json::from_str::<serde_json::Value>(l).unwrap()["value"].clone())
        .collect();
    assert_eq!(values.len(), 3, "{}", stdout(&out));
    assert_eq!(values[2]["what"], "c", "{values:?}");
}

#[test]
fn registry_with_a_wrong_password_is_one_line_saying_it_refused_the_credentials() {
    let cfg = config();
    for args in [vec!["schema", "list"], vec!["-v", "schema", "list"]] {
        let out = run(&cfg, "wrong-password", &args);
        assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
        let err = stderr(&out);
        let last = err.lines().last().unwrap_or_default();
        assert!(last.contains("refused the credentials"), "{err}");
        if args.len() == 2 {
            assert_eq!(one_error_line(&out), last);
        }
    }
}

#[test]
fn lag_and_groups_work_over_scram_and_tls() {
    let cfg = config();
    let topic = unique("secure.lagged");
    let group = unique("secure.group");
    create_secure_topic(&topic, 1);
    let s = secure();
    let producer: rdkafka::producer::BaseProducer =
        fixture_config(&s.scram256).create().expect("producer");
    for i in 0..5 {
        let v = format!("v{i}");
        producer
            .send(rdkafka::producer::BaseRecord::<(), _>::to(&topic).payload(&v))
            .expect("queue");
    }
    rdkafka::producer::Producer::flush(&producer, Duration::from_secs(30)).expect("flush");
    // Commit offset 2 for the group: a lag of 3.
    let mut ccfg = fixture_config(&s.scram512);
    ccfg.set("group.id", &group);
    let consumer: rdkafka::consumer::BaseConsumer = ccfg.create().expect("consumer");
    let mut tpl = rdkafka::TopicPartitionList::new();
    tpl.add_partition_offset(&topic, 0, rdkafka::Offset::Offset(2))
        .unwrap();
    rdkafka::consumer::Consumer::commit(&consumer, &tpl, rdkafka::consumer::CommitMode::Sync)
        .expect("commit");

    let out = run(&cfg, "scram256-env", &["lag", &group, "-o", "json"]);
    ok(&out);
    let lag = json(&out);
    assert!(
        find(&lag, &|o| o.get("topic").and_then(|t| t.as_str())
            == Some(topic.as_str())
            && o.get("lag").and_then(|l| l.as_i64()) == Some(3))
        .is_some(),
        "{lag}"
    );
    let out = run(&cfg, "scram512-file", &["groups", "list", "-o", "json"]);
    ok(&out);
    assert!(stdout(&out).contains(&group), "{}", stdout(&out));
}

#[test]
fn dlq_inspect_and_replay_plan_work_over_scram_and_tls() {
    let cfg = config();
    let origin = unique("secure.orders");
    let dlq = format!("{origin}.dlq");
    create_secure_topic(&origin, 1);
    create_secure_topic(&dlq, 1);
    let producer: rdkafka::producer::BaseProducer = fixture_config(&secure().scram512)
        .create()
        .expect("producer");
    let headers = rdkafka::message::OwnedHeaders::new()
        .insert(rdkafka::message::Header {
            key: "kafka_dlt-original-topic",
            value: Some(origin.as_str()),
        })
        .insert(rdkafka::message::Header {
            key: "kafka_dlt-exception-fqcn",
            value: Some("java.lang.IllegalStateException"),
        });
    producer
        .send(
            rdkafka::producer::BaseRecord::<(), _>::to(&dlq)
                .payload("failed")
                .headers(headers),
        )
        .expect("queue");
    rdkafka::producer::Producer::flush(&producer, Duration::from_secs(30)).expect("flush");

    let out = run(
        &cfg,
        "scram256-env",
        &["dlq", "inspect", &dlq, "-o", "json"],
    );
    ok(&out);
    let text = stdout(&out);
    assert!(
        text.contains(&origin) && text.contains("java.lang.IllegalStateException"),
        "{text}"
    );
    // Without --execute, replay only plans (and reads the origin topic).
    let out = run(
        &cfg,
        "scram512-file",
        &["dlq", "replay", &dlq, "-o", "json"],
    );
    ok(&out);
    assert!(stdout(&out).contains(&origin), "{}", stdout(&out));
}
