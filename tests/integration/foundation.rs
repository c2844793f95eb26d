//! Issue 2: cluster info, topics list/describe, failure behaviour.

use std::process::Stdio;
use std::time::{Duration, Instant};

use crate::harness::*;

#[test]
fn cluster_info_json_lists_the_sandbox_broker() {
    let out = kctl()
        .args(["cluster", "info", "-o", "json"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    let v = json(&out);
    let brokers = v["brokers"].as_array().expect("brokers array");
    assert!(!brokers.is_empty());
    let port: i64 = sandbox()
        .bootstrap
        .rsplit(':')
        .next()
        .unwrap()
        .parse()
        .unwrap();
    assert!(
        brokers.iter().any(|b| b["port"].as_i64() == Some(port)),
        "no broker on port {port}: {v}"
    );
    assert!(v["topic_count"].is_u64());
}

#[test]
fn cluster_info_table_and_yaml() {
    let out = kctl().args(["cluster", "info"]).output().unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    let text = stdout(&out);
    assert!(
        text.contains("Cluster id:") && text.contains("BROKER"),
        "{text}"
    );
    let out = kctl()
        .args(["cluster", "info", "-o", "yaml"])
        .output()
        .unwrap();
    let text = stdout(&out);
    assert!(text.contains("brokers:"), "{text}");
}

#[test]
fn topics_list_and_describe_show_a_created_topic() {
    let topic = unique("found.describe");
    create_topic(
        &topic,
        3,
        &[("retention.ms", "86400000"), ("cleanup.policy", "delete")],
    );

    let out = kctl()
        .args(["topics", "list", "-o", "json"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    let list = json(&out);
    let row = list
        .as_array()
        .unwrap()
        .iter()
        .find(|t| t["name"] == topic.as_str())
        .unwrap_or_else(|| panic!("{topic} missing from {list}"));
    assert_eq!(row["partitions"], 3);
    assert_eq!(row["replication_factor"], 1);

    let out = kctl()
        .args(["topics", "describe", &topic, "-o", "json"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    let d = json(&out);
    assert_eq!(d["name"], topic.as_str());
    let parts = d["partitions"].as_array().unwrap();
    assert_eq!(parts.len(), 3);
    for (i, p) in parts.iter().enumerate() {
        assert_eq!(p["partition"], i as i64);
        assert!(p["leader"].as_i64().unwrap() >= 0, "{p}");
        assert_eq!(p["replicas"].as_array().unwrap().len(), 1);
    }
    let retention = d["configs"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["name"] == "retention.ms")
        .unwrap_or_else(|| panic!("retention.ms missing: {d}"));
    assert_eq!(retention["value"], "86400000");

    let out = kctl()
        .args(["topics", "describe", &topic])
        .output()
        .unwrap();
    let text = stdout(&out);
    assert!(text.contains(&format!("Topic:        {topic}")), "{text}");
    assert!(
        text.contains("PARTITION") && text.contains("retention.ms"),
        "{text}"
    );
}

#[test]
fn describe_of_a_missing_topic_is_a_one_line_error() {
    let topic = unique("found.missing");
    let out = kctl()
        .args(["topics", "describe", &topic])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(
        err.contains(&topic) && err.contains("does not exist"),
        "{err}"
    );
}

#[test]
fn unreachable_broker_fails_fast_with_one_line_naming_the_address() {
    let port = free_port();
    let addr = format!("127.0.0.1:{port}");
    let start = Instant::now();
    let out = kctl_offline()
        .args(["-b", &addr, "--timeout", "2s", "topics", "list"])
        .output()
        .unwrap();
    let took = start.elapsed();
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    assert_eq!(err.lines().count(), 1, "expected one line, got:\n{err}");
    assert!(err.starts_with("error: ") && err.contains(&addr), "{err}");
    assert!(
        took < Duration::from_secs(8),
        "took {took:?} with --timeout 2s"
    );
    assert!(out.stdout.is_empty());
}

#[test]
fn unreachable_broker_default_timeout_is_bounded() {
    let addr = format!("127.0.0.1:{}", free_port());
    let start = Instant::now();
    let out = kctl_offline()
        .args(["-b", &addr, "cluster", "info"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(
        start.elapsed() < Duration::from_secs(15),
        "{:?}",
        start.elapsed()
    );
}

#[test]
fn librdkafka_logs_appear_only_with_vv() {
    let addr = format!("127.0.0.1:{}", free_port());
    let quiet = kctl_offline()
        .args(["-b", &addr, "--timeout", "1s", "topics", "list"])
        .output()
        .unwrap();
    assert_eq!(stderr(&quiet).lines().count(), 1);
    let loud = kctl_offline()
        .args(["-b", &addr, "--timeout", "1s", "-vv", "topics", "list"])
        .output()
        .unwrap();
    assert!(stderr(&loud).lines().count() > 3, "{}", stderr(&loud));
}

#[test]
fn x_passthrough_reaches_librdkafka() {
    let out = kctl()
        .args(["-X", "no.such.property=1", "topics", "list"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    assert!(err.contains("no.such.property"), "{err}");
    let out = kctl()
        .args(["-X", "fetch.wait.max.ms=10", "topics", "list"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    let out = kctl()
        .args(["-X", "novalue", "topics", "list"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
}

#[test]
fn flag_beats_environment_for_bootstrap_servers() {
    // The environment points at the sandbox; the flag at a dead port must win.
    let dead = format!("127.0.0.1:{}", free_port());
    let out = kctl()
        .args(["-b", &dead, "--timeout", "1s", "topics", "list"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains(&dead));
}

#[test]
fn closed_stdout_exits_quietly() {
    for args in [vec!["completions", "bash"], vec!["topics", "list", "--all"]] {
        let mut cmd = std::process::Command::new(kctl_bin());
        cmd.args(&args)
            .env("KAFKA_BOOTSTRAP_SERVERS", &sandbox().bootstrap)
            .env("KCTL_CONFIG", "/nonexistent")
            .stdout(Stdio::piped())
            .stderr(Stdio::piped());
        let mut child = cmd.spawn().unwrap();
        drop(child.stdout.take()); // the reader goes away, as `| head -0` would
        let out = child.wait_with_output().unwrap();
        assert_eq!(out.status.code(), Some(0), "{args:?}: {}", stderr(&out));
        assert!(out.stderr.is_empty(), "{args:?}: {}", stderr(&out));
    }
}
