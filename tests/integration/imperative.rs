//! `kctl topics create | delete | alter-config` against the real sandbox:
//! apply's planning, confirmation and per-step report, for one-off changes.

use std::process::Output;

use serde_json::Value;

use crate::harness::*;

fn run(args: &[&str]) -> Output {
    kctl().args(args).output().unwrap()
}

fn code(out: &Output) -> i32 {
    out.status.code().unwrap_or(-1)
}

fn describe(topic: &str) -> Value {
    let out = run(&["topics", "describe", topic, "-o", "json"]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    json(&out)
}

fn config(d: &Value, key: &str) -> Option<(String, String)> {
    d["configs"]
        .as_array()?
        .iter()
        .find(|c| c["name"] == key)
        .map(|c| {
            (
                c["value"].as_str().unwrap_or_default().to_string(),
                c["source"].as_str().unwrap_or_default().to_string(),
            )
        })
}

fn exists(topic: &str) -> bool {
    let out = run(&["topics", "list", "-o", "json"]);
    json(&out)
        .as_array()
        .unwrap()
        .iter()
        .any(|t| t["name"] == topic)
}

#[test]
fn create_shows_the_plan_then_creates_with_configs_checked_as_in_topics_yaml() {
    let t = unique("imp.create");
    let out = run(&[
        "topics",
        "create",
        &t,
        "--partitions",
        "3",
        "--set",
        "retention.ms=2d",
        "--dry-run",
    ]);
    assert_eq!(
        code(&out),
        3,
        "dry run with a change pending: {}",
        stderr(&out)
    );
    assert!(stdout(&out).contains("create"), "{}", stdout(&out));
    assert!(!exists(&t), "a dry run creates nothing");

    let out = run(&[
        "topics",
        "create",
        &t,
        "--partitions",
        "3",
        "--set",
        "retention.ms=2d",
        "-o",
        "json",
    ]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let r = json(&out);
    assert_eq!(r["report"]["done"], 1, "{r}");
    let d = describe(&t);
    assert_eq!(d["partitions"].as_array().map(Vec::len), Some(3));
    assert_eq!(
        config(&d, "retention.ms").map(|c| c.0),
        Some("172800000".into())
    );

    let out = run(&["topics", "create", &t]);
    assert_eq!(code(&out), 1);
    assert!(stderr(&out).contains("already exists"), "{}", stderr(&out));
    let out = run(&[
        "topics",
        "create",
        &unique("imp.bad"),
        "--set",
        "retention=7",
    ]);
    assert_eq!(code(&out), 2);
    assert!(
        stderr(&out).contains("unknown topic config \"retention\""),
        "{}",
        stderr(&out)
    );
    let out = run(&[
        "topics",
        "create",
        &unique("imp.bad"),
        "--set",
        "min.insync.replicas=2",
        "--replication-factor",
        "1",
    ]);
    assert_eq!(code(&out), 1, "refused like apply: {}", stdout(&out));
    assert!(stdout(&out).contains("REFUSED"), "{}", stdout(&out));
}

#[test]
fn delete_needs_yes_without_a_terminal_refuses_internal_topics_and_reports_each() {
    let (a, b) = (unique("imp.del.a"), unique("imp.del.b"));
    create_topic(&a, 1, &[]);
    create_topic(&b, 2, &[]);
    let out = run(&["topics", "delete", &a, &b]);
    assert_eq!(code(&out), 2, "destructive without --yes: {}", stderr(&out));
    assert!(stderr(&out).contains("without --yes"), "{}", stderr(&out));
    assert!(exists(&a) && exists(&b), "nothing deleted");

    let out = run(&["topics", "delete", "__consumer_offsets", "--yes"]);
    assert_eq!(code(&out), 2);
    assert!(stderr(&out).contains("internal topic"), "{}", stderr(&out));
    let out = run(&["topics", "delete", &format!("{a}.nope"), "--yes"]);
    assert_eq!(code(&out), 1);
    assert!(stderr(&out).contains("does not exist"), "{}", stderr(&out));

    let out = run(&["topics", "delete", &a, &b, "--yes", "-o", "json"]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let r = json(&out);
    assert_eq!(r["plan"]["summary"]["delete"], 2, "{r}");
    assert_eq!(r["report"]["done"], 2, "{r}");
    wait_until(
        "both topics gone",
        std::time::Duration::from_secs(30),
        || !exists(&a) && !exists(&b),
    );
}

#[test]
fn alter_config_sets_and_resets_only_the_named_keys() {
    let t = unique("imp.alter");
    create_topic(
        &t,
        1,
        &[
            ("retention.ms", "3600000"),
            ("max.message.bytes", "2000000"),
        ],
    );
    let out = run(&[
        "topics",
        "alter-config",
        &t,
        "--set",
        "retention.ms=2h",
        "--set",
        "cleanup.policy=compact",
        "--yes",
    ]);
    assert_eq!(code(&out), 0, "{}\n{}", stdout(&out), stderr(&out));
    let d = describe(&t);
    assert_eq!(
        config(&d, "retention.ms").map(|c| c.0),
        Some("7200000".into())
    );
    assert_eq!(
        config(&d, "cleanup.policy").map(|c| c.0),
        Some("compact".into())
    );
    assert_eq!(
        config(&d, "max.message.bytes").map(|c| c.0),
        Some("2000000".into()),
        "untouched"
    );

    let out = run(&[
        "topics",
        "alter-config",
        &t,
        "--delete",
        "retention.ms",
        "--yes",
    ]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let d = describe(&t);
    assert_eq!(
        config(&d, "retention.ms").map(|c| c.1),
        Some("Default".into()),
        "{d}"
    );
    assert_eq!(
        config(&d, "max.message.bytes").map(|c| c.0),
        Some("2000000".into()),
        "untouched"
    );

    // Nothing to do: exit 0, no change.
    let out = run(&[
        "topics",
        "alter-config",
        &t,
        "--set",
        "max.message.bytes=2000000",
        "--dry-run",
    ]);
    assert_eq!(code(&out), 0, "{}", stdout(&out));
    let out = run(&["topics", "alter-config", &t]);
    assert_eq!(code(&out), 2);
}

fn groups() -> Vec<String> {
    let out = run(&["groups", "list", "-o", "json"]);
    json(&out)
        .as_array()
        .unwrap()
        .iter()
        .map(|g| g["group"].as_str().unwrap().to_string())
        .collect()
}

fn committed_topics(group: &str) -> Vec<String> {
    let out = run(&["lag", group, "-o", "json"]);
    let r = json(&out);
    let mut t: Vec<String> = r["groups"][0]["topics"]
        .as_array()
        .map(|ts| {
            ts.iter()
                .filter(|t| {
                    t["partitions"]
                        .as_array()
                        .unwrap()
                        .iter()
                        .any(|p| p["committed"].is_number())
                })
                .map(|t| t["topic"].as_str().unwrap().to_string())
                .collect()
        })
        .unwrap_or_default();
    t.sort();
    t
}

#[test]
fn groups_delete_removes_an_idle_group_and_refuses_one_in_use() {
    let bs = &sandbox().bootstrap;
    let t = unique("imp.grp");
    let (idle, busy) = (unique("imp-idle"), unique("imp-busy"));
    create_topic(&t, 1, &[]);
    crate::lag::produce(bs, &t, &[4], None);
    crate::lag::commit(bs, &idle, &[(&t, 0, 2)]);
    crate::lag::commit(bs, &busy, &[(&t, 0, 1)]);
    let consumer = crate::lag::LiveConsumer::start(bs, &busy, &t, "kctl-test-busy");

    let out = run(&["groups", "delete", &idle]);
    assert_eq!(code(&out), 2, "destructive without --yes: {}", stderr(&out));
    assert!(groups().contains(&idle));
    let out = run(&["groups", "delete", &busy, "--yes"]);
    assert_eq!(code(&out), 1, "{}", stdout(&out));
    assert!(
        stdout(&out).contains("member(s) connected"),
        "{}",
        stdout(&out)
    );
    let out = run(&["groups", "delete", &format!("{idle}x"), "--yes"]);
    assert_eq!(code(&out), 1);
    assert!(stderr(&out).contains("does not exist"), "{}", stderr(&out));

    let out = run(&["groups", "delete", &idle, "--yes", "-o", "json"]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    assert_eq!(json(&out)["report"]["done"], 1);
    assert!(!groups().contains(&idle), "deleted");
    assert!(groups().contains(&busy), "untouched");
    drop(consumer);
}

#[test]
fn groups_delete_offsets_removes_only_the_named_topics_offsets() {
    let bs = &sandbox().bootstrap;
    let (a, b) = (unique("imp.off.a"), unique("imp.off.b"));
    let g = unique("imp-off");
    create_topic(&a, 2, &[]);
    create_topic(&b, 1, &[]);
    crate::lag::commit(bs, &g, &[(&a, 0, 0), (&a, 1, 0), (&b, 0, 0)]);
    assert_eq!(committed_topics(&g), [a.clone(), b.clone()]);

    let out = run(&["groups", "delete-offsets", &g, "--topic", &a, "--dry-run"]);
    assert_eq!(code(&out), 3, "{}", stderr(&out));
    assert!(stdout(&out).contains(&format!("{a}/1")), "{}", stdout(&out));
    let out = run(&[
        "groups",
        "delete-offsets",
        &g,
        "--topic",
        &a,
        "--yes",
        "-o",
        "json",
    ]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    assert_eq!(json(&out)["report"]["done"], 2);
    assert_eq!(committed_topics(&g), vec![b.clone()]);
    let out = run(&["groups", "delete-offsets", &g, "--topic", &a, "--yes"]);
    assert_eq!(code(&out), 1, "nothing left to delete: {}", stderr(&out));
}
