//! Issue 13 (topics as code): a mistake in topics.yaml or a plan that apply
//! would refuse never passes as success. Against the sandbox broker.

use std::path::{Path, PathBuf};

use serde_json::Value;

use crate::harness::*;

fn write(dir: &Path, text: &str) -> PathBuf {
    let path = dir.join("topics.yaml");
    std::fs::write(&path, text).unwrap();
    path
}

fn topic_exists(name: &str) -> bool {
    let out = kctl()
        .args(["topics", "list", "-o", "json"])
        .output()
        .unwrap();
    json(&out)
        .as_array()
        .unwrap()
        .iter()
        .any(|t| t["name"] == name)
}

/// A topic config as the broker reports it.
fn config(topic: &str, key: &str) -> Option<String> {
    let out = kctl()
        .args(["topics", "describe", topic, "-o", "json"])
        .output()
        .unwrap();
    let v = json(&out);
    let configs = v["configs"].as_array()?;
    configs
        .iter()
        .find(|c| c["name"] == key)
        .and_then(|c| c["value"].as_str().map(str::to_string))
}

#[test]
fn a_duration_without_a_unit_is_refused_before_anything_is_contacted() {
    let dir = tempfile::tempdir().unwrap();
    let t = unique("fl.units");
    let file = write(
        dir.path(),
        &format!("{t}:\n  partitions: 1\n  replication_factor: 1\n  retention: 7\n"),
    );
    // No broker at all: the file is refused before any connection is tried.
    let out = kctl_offline()
        .args(["-b", &format!("127.0.0.1:{}", free_port()), "plan", "-f"])
        .arg(&file)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    let err = stderr(&out);
    assert!(
        err.contains(&format!(
            "{}:4:14: {t}.retention: 7 has no unit",
            file.display()
        )),
        "{err}"
    );
    assert!(err.contains("7d") && err.contains("retention_ms"), "{err}");
    assert!(!err.contains("cannot reach"), "{err}");

    // Where the name says milliseconds, a number is milliseconds.
    let file = write(
        dir.path(),
        &format!("{t}:\n  partitions: 1\n  replication_factor: 1\n  retention_ms: 7\n"),
    );
    let out = kctl().args(["plan", "-f"]).arg(&file).output().unwrap();
    assert_eq!(out.status.code(), Some(3), "{}", stderr(&out));
}

#[test]
fn every_mistake_in_topics_yaml_is_listed_in_one_run() {
    let dir = tempfile::tempdir().unwrap();
    let file = write(
        dir.path(),
        "\
defaults:
  replication_factor: 1
fl.one:
  partitons: 3
fl.two:
  partitions: 2
  retention: 30
fl.three:
  partitions: 1
  config:
    retention.mss: 5
fl.four:
  partitions: 1
  cleanup_policy: compcat
",
    );
    let out = kctl().args(["plan", "-f"]).arg(&file).output().unwrap();
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    let err = stderr(&out);
    let f = file.display().to_string();
    let lines: Vec<&str> = err.trim().lines().collect();
    assert_eq!(lines[0], format!("error: 4 problems in {f}:"), "{err}");
    let want = [
        format!("{f}:4:3: fl.one: unknown field `partitons`"),
        format!("{f}:7:14: fl.two.retention: 30 has no unit"),
        format!("{f}:11:5: fl.three.config: unknown topic config \"retention.mss\" (did you mean \"retention.ms\"?)"),
        format!("{f}:14:19: fl.four.cleanup_policy: unknown cleanup policy \"compcat\""),
    ];
    assert_eq!(lines.len(), 5, "{err}");
    for (line, want) in lines[1..].iter().zip(&want) {
        assert!(
            line.starts_with(want.as_str()),
            "\n got: {line}\nwant: {want}"
        );
    }
    assert!(lines[1].contains("(did you mean \"partitions\"?)"), "{err}");
    for t in ["fl.one", "fl.two", "fl.three", "fl.four"] {
        assert!(!topic_exists(t), "{t} must not exist");
    }
}

#[test]
fn min_insync_replicas_above_the_replication_factor_is_a_refused_step() {
    let dir = tempfile::tempdir().unwrap();
    let (new, old) = (unique("fl.isr-new"), unique("fl.isr-old"));
    create_topic(&old, 1, &[]);
    let file = write(
        dir.path(),
        &format!(
            "defaults:\n  partitions: 1\n  replication_factor: 1\n  config:\n    min.insync.replicas: 2\n\
             {new}: {{}}\n{old}: {{}}\n"
        ),
    );
    let out = kctl().args(["plan", "-f"]).arg(&file).output().unwrap();
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    let text = stdout(&out);
    assert_eq!(text.matches("REFUSED").count(), 2, "{text}");
    assert!(
        text.contains("min.insync.replicas 2 is larger than the replication factor 1"),
        "{text}"
    );
    assert!(
        stderr(&out).contains("2 refused step(s)"),
        "{}",
        stderr(&out)
    );

    let out = kctl()
        .args(["plan", "-o", "json", "-f"])
        .arg(&file)
        .output()
        .unwrap();
    let plan: Value = json(&out);
    assert_eq!(plan["summary"]["refused"], 2, "{plan:#}");
    let actions: Vec<&str> = plan["steps"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["action"].as_str().unwrap())
        .collect();
    assert!(actions.contains(&"refuse_create"), "{actions:?}");
    assert!(actions.contains(&"refuse_config"), "{actions:?}");

    let out = kctl()
        .args(["apply", "--yes", "-f"])
        .arg(&file)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert!(!topic_exists(&new), "the refused topic was not created");
    assert_ne!(config(&old, "min.insync.replicas").as_deref(), Some("2"));
}

#[test]
fn missing_schema_files_are_all_named_at_their_place_in_topics_yaml() {
    let dir = tempfile::tempdir().unwrap();
    let file = write(
        dir.path(),
        "\
fl.a:
  partitions: 1
  replication_factor: 1
  value_schema: schemas/none.avsc
fl.b:
  partitions: 1
  replication_factor: 1
  key_schema: schemas/k.avsc
  value_schema: schemas/v.avsc
",
    );
    let out = kctl().args(["plan", "-f"]).arg(&file).output().unwrap();
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    let err = stderr(&out);
    let f = file.display();
    for want in [
        format!(
            "{f}:4:3: topic \"fl.a\": value_schema file {}/schemas/none.avsc does not exist",
            dir.path().display()
        ),
        format!(
            "{f}:8:3: topic \"fl.b\": key_schema file {}/schemas/k.avsc does not exist",
            dir.path().display()
        ),
        format!(
            "{f}:9:3: topic \"fl.b\": value_schema file {}/schemas/v.avsc does not exist",
            dir.path().display()
        ),
    ] {
        assert!(err.contains(&want), "want {want}\n in {err}");
    }
}
