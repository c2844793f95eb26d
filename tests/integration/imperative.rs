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

    // No terminal and no --yes: a one-off change is refused, destructive or not.
    let out = run(&["topics", "create", &t, "--partitions", "3"]);
    assert_eq!(code(&out), 2, "{}", stderr(&out));
    assert!(
        stderr(&out).contains("refusing 1 step(s) without --yes"),
        "{}",
        stderr(&out)
    );
    assert!(!exists(&t), "nothing created");

    let out = run(&[
        "topics",
        "create",
        &t,
        "--partitions",
        "3",
        "--set",
        "retention.ms=2d",
        "--yes",
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

/// A group with a connected consumer is planned like any other; Kafka
/// refuses it (NON_EMPTY_GROUP) and the report says so for that group only,
/// while the idle group named with it is deleted: exit 4.
#[test]
fn groups_delete_removes_an_idle_group_and_reports_the_brokers_refusal_of_one_in_use() {
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
    assert!(stderr(&out).contains("without --yes"), "{}", stderr(&out));
    assert!(
        stdout(&out).contains(&format!("delete group  {idle}")),
        "the plan is shown: {}",
        stdout(&out)
    );
    assert!(groups().contains(&idle), "nothing deleted");

    let out = run(&["groups", "delete", &format!("{idle}x"), "--yes"]);
    assert_eq!(code(&out), 1);
    assert!(
        stderr(&out).contains(&format!(
            "{idle}x\" does not exist (did you mean \"{idle}\"?)"
        )),
        "{}",
        stderr(&out)
    );

    let out = run(&["groups", "delete", &idle, "--dry-run"]);
    assert_eq!(code(&out), 3, "{}", stderr(&out));
    assert!(groups().contains(&idle), "a dry run deletes nothing");

    let out = run(&["groups", "delete", &busy, &idle, "--yes", "-o", "json"]);
    assert_eq!(code(&out), 4, "one done, one refused: {}", stderr(&out));
    let r = json(&out);
    assert_eq!(r["plan"]["steps"][0]["action"], "delete_group", "{r}");
    assert_eq!(r["plan"]["steps"][0]["members"], 1, "{r}");
    assert_eq!(r["report"]["done"], 1, "{r}");
    assert_eq!(r["report"]["failed"], 1, "{r}");
    let refused = &r["report"]["results"][0];
    assert_eq!(refused["group"], busy.as_str(), "{r}");
    assert_eq!(refused["status"], "failed", "{r}");
    assert!(
        refused["error"]
            .as_str()
            .is_some_and(|e| e.contains("NON_EMPTY_GROUP")),
        "{r}"
    );
    assert!(!groups().contains(&idle), "deleted");
    assert!(groups().contains(&busy), "refused by Kafka, still there");

    // The same refusal in the table, alone: every step failed, exit 1.
    let out = run(&["groups", "delete", &busy, "--yes"]);
    assert_eq!(code(&out), 1, "{}", stdout(&out));
    assert!(
        stdout(&out).contains(&format!("FAILED  delete group {busy}"))
            && stdout(&out).contains("NON_EMPTY_GROUP"),
        "{}",
        stdout(&out)
    );
    drop(consumer);
}

/// Offsets of one topic go, the group's others stay (`kctl lag` shows it);
/// a rerun has nothing to do; while a consumer is subscribed to the topic,
/// Kafka refuses (GROUP_SUBSCRIBED_TO_TOPIC) and the report says so.
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
    let out = run(&["groups", "delete-offsets", &g, "--topic", &a]);
    assert_eq!(code(&out), 2, "destructive without --yes: {}", stderr(&out));
    assert_eq!(
        committed_topics(&g),
        [a.clone(), b.clone()],
        "nothing deleted"
    );

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
    let r = json(&out);
    assert_eq!(r["plan"]["summary"]["delete_offsets"], 2, "{r}");
    assert_eq!(r["report"]["done"], 2, "{r}");
    assert_eq!(committed_topics(&g), vec![b.clone()]);

    let out = run(&["groups", "delete-offsets", &g, "--topic", &a, "--dry-run"]);
    assert_eq!(code(&out), 0, "nothing left to delete: {}", stderr(&out));
    assert!(stdout(&out).contains("nothing to do"), "{}", stdout(&out));
    let out = run(&["groups", "delete-offsets", &g, "--topic", &format!("{a}x")]);
    assert_eq!(code(&out), 1);
    assert!(stderr(&out).contains("does not exist"), "{}", stderr(&out));

    // A subscribed consumer: the broker refuses, the offset stays.
    crate::lag::produce(bs, &b, &[3], None);
    let consumer = crate::lag::LiveConsumer::start(bs, &g, &b, "kctl-test-off");
    let out = run(&["groups", "delete-offsets", &g, "--topic", &b, "--yes"]);
    assert_eq!(code(&out), 1, "{}\n{}", stdout(&out), stderr(&out));
    assert!(
        stdout(&out).contains(&format!("FAILED  delete offset {g}: {b}/0"))
            && stdout(&out).contains("GROUP_SUBSCRIBED_TO_TOPIC"),
        "{}",
        stdout(&out)
    );
    drop(consumer);
    assert_eq!(committed_topics(&g), vec![b.clone()], "kept");
}
