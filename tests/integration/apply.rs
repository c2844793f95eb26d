//! `kctl plan` and `kctl apply` against the sandbox broker (Apache Kafka).
//!
//! Exercised for real: Metadata, CreateTopics (with configs), CreatePartitions,
//! DeleteTopics (scoped pruning), DescribeConfigs (with each key's source, so
//! `--prune-configs` resets exactly the keys set on the topic) and
//! IncrementalAlterConfigs (SET and DELETE), and the broker's own validation
//! errors, reported in Kafka's words.
//!
//! Cluster state is checked with rdkafka directly, independently of kctl.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::time::Duration;

use rdkafka::admin::{AdminClient, AdminOptions, ResourceSpecifier};
use rdkafka::client::DefaultClientContext;

use crate::harness::*;

fn write(dir: &Path, name: &str, text: &str) -> PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, text).unwrap();
    path
}

fn rt() -> tokio::runtime::Runtime {
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap()
}

fn admin() -> AdminClient<DefaultClientContext> {
    client_config().create().expect("admin client")
}

/// Partition count of `topic` as the broker reports it, `None` if absent.
fn partitions(topic: &str) -> Option<usize> {
    let md = admin()
        .inner()
        .fetch_metadata(None, Duration::from_secs(10))
        .expect("metadata");
    md.topics()
        .iter()
        .find(|t| t.name() == topic && t.error().is_none())
        .map(|t| t.partitions().len())
}

/// The configs set on `topic` itself (source DynamicTopic), as the broker
/// reports them; defaults are left out.
fn configs(topic: &str) -> BTreeMap<String, String> {
    let a = admin();
    let r = rt()
        .block_on(a.describe_configs([&ResourceSpecifier::Topic(topic)], &AdminOptions::new()))
        .expect("describe configs");
    let resource = r.into_iter().next().unwrap().expect("topic configs");
    resource
        .entries
        .into_iter()
        .filter(|e| e.source == rdkafka::admin::ConfigSource::DynamicTopic)
        .filter_map(|e| e.value.map(|v| (e.name, v)))
        .collect()
}

fn code(out: &std::process::Output) -> i32 {
    out.status.code().unwrap_or(-1)
}

fn run_file(cmd: &str, file: &Path, extra: &[&str]) -> std::process::Output {
    kctl()
        .arg(cmd)
        .arg("-f")
        .arg(file)
        .args(extra)
        .output()
        .unwrap()
}

fn actions(plan: &serde_json::Value) -> Vec<(String, String)> {
    plan["steps"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| {
            (
                s["action"].as_str().unwrap().to_string(),
                s["topic"].as_str().unwrap().to_string(),
            )
        })
        .collect()
}

#[test]
fn apply_creates_topics_with_configs_and_a_rerun_changes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let a = unique("apply.create");
    let b = unique("apply.create");
    let file = write(
        dir.path(),
        "topics.yaml",
        &format!(
            "{a}:\n  partitions: 3\n  replication_factor: 1\n  retention: 30d\n  cleanup_policy: delete\n\
             {b}:\n  partitions: 1\n  replication_factor: 1\n  cleanup_policy: [delete, compact]\n  \
             config:\n    max.message.bytes: 2MiB\n"
        ),
    );
    let out = run_file("plan", &file, &["-o", "json"]);
    assert_eq!(code(&out), 3, "pending changes exit 3: {}", stderr(&out));
    let plan = json(&out);
    assert_eq!(
        actions(&plan),
        [
            ("create_topic".to_string(), a.clone()),
            ("create_topic".to_string(), b.clone())
        ]
    );
    assert_eq!(plan["steps"][0]["configs"]["retention.ms"], "2592000000");

    // No terminal and no --yes: creating is not destructive, so it proceeds.
    let out = run_file("apply", &file, &[]);
    assert_eq!(code(&out), 0, "{}\n{}", stdout(&out), stderr(&out));
    let text = stdout(&out);
    assert!(text.contains(&format!("done    create {a}")), "{text}");
    assert!(text.contains("Applied 2 of 2 step(s)."), "{text}");

    assert_eq!(partitions(&a), Some(3));
    assert_eq!(partitions(&b), Some(1));
    let ca = configs(&a);
    assert_eq!(
        ca.get("retention.ms").map(String::as_str),
        Some("2592000000")
    );
    assert_eq!(ca.get("cleanup.policy").map(String::as_str), Some("delete"));
    let cb = configs(&b);
    assert_eq!(
        cb.get("cleanup.policy").map(String::as_str),
        Some("compact,delete")
    );
    assert_eq!(
        cb.get("max.message.bytes").map(String::as_str),
        Some("2097152")
    );

    let out = run_file("plan", &file, &[]);
    assert_eq!(code(&out), 0, "in sync exits 0: {}", stdout(&out));
    assert!(
        stdout(&out).starts_with("No changes: the cluster matches"),
        "{}",
        stdout(&out)
    );
    let out = run_file("apply", &file, &[]);
    assert_eq!(code(&out), 0);
    assert!(stdout(&out).starts_with("No changes"), "{}", stdout(&out));
}

/// IncrementalAlterConfigs changes only the keys named: a key set outside the
/// file survives an update, until `--prune-configs` resets it (destructive:
/// it needs --yes without a terminal).
#[test]
fn config_update_is_incremental_and_keeps_keys_outside_the_file() {
    let dir = tempfile::tempdir().unwrap();
    let t = unique("apply.config");
    create_topic(
        &t,
        1,
        &[("retention.ms", "86400000"), ("segment.ms", "3600000")],
    );
    let file = write(
        dir.path(),
        "topics.yaml",
        &format!("{t}:\n  partitions: 1\n  replication_factor: 1\n  retention: 30d\n"),
    );
    let out = run_file("plan", &file, &["-o", "json"]);
    assert_eq!(code(&out), 3);
    let plan = json(&out);
    assert_eq!(actions(&plan), [("set_config".to_string(), t.clone())]);
    assert_eq!(plan["steps"][0]["key"], "retention.ms");
    assert_eq!(plan["steps"][0]["old"], "86400000");
    assert_eq!(plan["steps"][0]["new"], "2592000000");
    // Lengthening retention is not destructive: no --yes needed without a terminal.
    assert_eq!(plan["steps"][0]["destructive"], false);

    let out = run_file("apply", &file, &[]);
    assert_eq!(code(&out), 0, "{}\n{}", stdout(&out), stderr(&out));
    assert!(stdout(&out).contains(&format!(
        "done    set config {t}: retention.ms: 86400000 (1d) → 2592000000 (30d)"
    )));
    let c = configs(&t);
    assert_eq!(
        c.get("retention.ms").map(String::as_str),
        Some("2592000000")
    );
    assert_eq!(
        c.get("segment.ms").map(String::as_str),
        Some("3600000"),
        "{c:?}"
    );
    assert_eq!(code(&run_file("plan", &file, &[])), 0);

    // Shortening retention is destructive: refused without a terminal and --yes.
    let shorter = write(
        dir.path(),
        "shorter.yaml",
        &format!("{t}:\n  partitions: 1\n  replication_factor: 1\n  retention: 1d\n"),
    );
    let out = run_file("apply", &shorter, &[]);
    assert_eq!(code(&out), 2, "{}", stderr(&out));
    assert!(stderr(&out).contains("refusing 1 destructive step(s) without --yes"));
    assert!(stderr(&out).contains("nothing was changed"));
    assert_eq!(
        configs(&t).get("retention.ms").map(String::as_str),
        Some("2592000000")
    );
    assert_eq!(code(&run_file("apply", &shorter, &["--yes"])), 0);
    assert_eq!(
        configs(&t).get("retention.ms").map(String::as_str),
        Some("86400000")
    );

    let out = run_file("plan", &shorter, &["--prune-configs", "-o", "json"]);
    assert_eq!(code(&out), 3);
    let plan = json(&out);
    assert_eq!(actions(&plan), [("delete_config".to_string(), t.clone())]);
    assert_eq!(plan["steps"][0]["key"], "segment.ms");
    assert_eq!(code(&run_file("apply", &shorter, &["--prune-configs"])), 2);
    assert_eq!(
        configs(&t).get("segment.ms").map(String::as_str),
        Some("3600000"),
        "refused: nothing was reset"
    );
    assert_eq!(
        code(&run_file("apply", &shorter, &["--prune-configs", "--yes"])),
        0
    );
    let c = configs(&t);
    assert!(!c.contains_key("segment.ms"), "reset to the default: {c:?}");
    assert_eq!(c.get("retention.ms").map(String::as_str), Some("86400000"));
    assert_eq!(code(&run_file("plan", &shorter, &["--prune-configs"])), 0);
}

/// The DELETE operation of IncrementalAlterConfigs, for real, through kctl's
/// own admin (`kafka::topics_admin`): one key is reset, another set in the same
/// request, and a resource the broker rejects fails alone.
#[test]
fn incremental_alter_configs_sets_and_deletes_single_keys() {
    use kctl::ops::ports::{AlterRequest, TopicAdmin};
    let t = unique("apply.ffi");
    create_topic(
        &t,
        1,
        &[("retention.ms", "86400000"), ("segment.ms", "3600000")],
    );
    let global = kctl::cli::GlobalArgs {
        bootstrap_servers: Some(sandbox().bootstrap.clone()),
        ..Default::default()
    };
    let settings =
        kctl::settings::resolve(&global, &|_| None, &Default::default()).expect("settings");
    let admin = kctl::kafka::Admin::connect(&settings).expect("admin");
    let missing = unique("apply.ffi.missing");
    let rt = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(1)
        .enable_all()
        .build()
        .unwrap();
    let outcomes = rt
        .block_on(admin.alter_configs(&[
            AlterRequest {
                topic: t.clone(),
                ops: vec![
                    ("segment.ms".into(), None),
                    ("retention.ms".into(), Some("172800000".into())),
                ],
            },
            AlterRequest {
                topic: missing.clone(),
                ops: vec![("retention.ms".into(), Some("1000".into()))],
            },
        ]))
        .expect("IncrementalAlterConfigs request");
    let by_topic: BTreeMap<String, Result<(), String>> = outcomes.into_iter().collect();
    assert_eq!(by_topic.get(&t), Some(&Ok(())), "{by_topic:?}");
    let c = configs(&t);
    assert!(!c.contains_key("segment.ms"), "{c:?}");
    assert_eq!(c.get("retention.ms").map(String::as_str), Some("172800000"));
    match by_topic.get(&missing) {
        Some(Err(e)) => assert!(
            e.contains("does not exist") || e.contains("nknown topic"),
            "Kafka's own words for an unknown topic: {e}"
        ),
        other => panic!("Kafka must reject an unknown topic, got {other:?}"),
    }
}

#[test]
fn human_units_and_reordered_policies_are_not_drift() {
    let dir = tempfile::tempdir().unwrap();
    let t = unique("apply.canonical");
    create_topic(
        &t,
        2,
        &[
            ("retention.ms", "2592000000"),
            ("cleanup.policy", "delete,compact"),
            ("segment.bytes", "1073741824"),
        ],
    );
    let file = write(
        dir.path(),
        "topics.yaml",
        &format!(
            "{t}:\n  partitions: 2\n  replication_factor: 1\n  retention: 30d\n  \
             cleanup_policy: compact,delete\n  config:\n    segment.bytes: 1GiB\n"
        ),
    );
    let out = run_file("plan", &file, &[]);
    assert_eq!(code(&out), 0, "{}", stdout(&out));
}

#[test]
fn drift_made_outside_kctl_exits_3_and_errors_exit_1() {
    let dir = tempfile::tempdir().unwrap();
    let t = unique("apply.drift");
    let file = write(
        dir.path(),
        "topics.yaml",
        &format!("{t}:\n  partitions: 1\n  replication_factor: 1\n  retention: 7d\n"),
    );
    assert_eq!(code(&run_file("apply", &file, &["--yes"])), 0);
    assert_eq!(code(&run_file("plan", &file, &[])), 0);

    // Someone changes retention by hand, with another client.
    let other = tempfile::tempdir().unwrap();
    let by_hand = write(
        other.path(),
        "hand.yaml",
        &format!("{t}:\n  partitions: 1\n  replication_factor: 1\n  retention: 1d\n"),
    );
    assert_eq!(code(&run_file("apply", &by_hand, &["--yes"])), 0);
    let out = run_file("plan", &file, &[]);
    assert_eq!(code(&out), 3, "{}", stdout(&out));
    assert!(
        stdout(&out).contains("retention.ms: 86400000 (1d) → 604800000 (1w)"),
        "{}",
        stdout(&out)
    );

    // An unreachable broker is an error, not drift.
    let dead = format!("127.0.0.1:{}", free_port());
    let out = kctl()
        .args(["-b", &dead, "--timeout", "1s", "plan", "-f"])
        .arg(&file)
        .output()
        .unwrap();
    assert_eq!(code(&out), 1, "{}", stderr(&out));
    assert!(stderr(&out).contains(&dead), "{}", stderr(&out));
}

/// Prune scoping and protection, and the scoped deletion itself: exactly the
/// topics inside the scope go, nothing else does.
#[test]
fn prune_deletes_only_inside_its_scope_and_never_internal_topics() {
    let dir = tempfile::tempdir().unwrap();
    let p = unique("prune");
    let keep = format!("{p}.keep");
    let old = format!("{p}.old");
    let internal = format!("__{p}.internal");
    let outside = unique("outside");
    for t in [&keep, &old, &internal, &outside] {
        create_topic(t, 1, &[]);
    }
    let file = write(
        dir.path(),
        "topics.yaml",
        &format!("{keep}:\n  partitions: 1\n  replication_factor: 1\n"),
    );

    // Without --prune nothing outside the file is touched.
    assert_eq!(code(&run_file("plan", &file, &[])), 0);

    // --prune needs a scope.
    let out = run_file("plan", &file, &["--prune"]);
    assert_eq!(code(&out), 2, "{}", stderr(&out));

    let scope = format!("(__)?{}\\..*", regex::escape(&p));
    let out = run_file(
        "plan",
        &file,
        &["--prune", "--prune-regex", &scope, "-o", "json"],
    );
    assert_eq!(code(&out), 3, "{}", stderr(&out));
    let plan = json(&out);
    assert_eq!(actions(&plan), [("delete_topic".to_string(), old.clone())]);
    assert_eq!(plan["protected_topics"], serde_json::json!([internal]));

    // Deleting is destructive: refused without a terminal unless --yes.
    let prefix = format!("{p}.");
    let out = run_file("apply", &file, &["--prune", "--prune-prefix", &prefix]);
    assert_eq!(code(&out), 2, "{}", stderr(&out));
    assert_eq!(partitions(&old), Some(1), "nothing was deleted");

    let out = run_file(
        "apply",
        &file,
        &["--prune", "--prune-prefix", &prefix, "--yes"],
    );
    assert_eq!(code(&out), 0, "{}\n{}", stdout(&out), stderr(&out));
    assert!(
        stdout(&out).contains(&format!("done    delete topic {old}")),
        "{}",
        stdout(&out)
    );
    wait_until(
        "the pruned topic to disappear",
        Duration::from_secs(30),
        || partitions(&old).is_none(),
    );
    assert_eq!(partitions(&keep), Some(1));
    assert_eq!(partitions(&outside), Some(1));
    assert_eq!(partitions(&internal), Some(1));
    let out = run_file("plan", &file, &["--prune", "--prune-regex", &scope]);
    assert_eq!(code(&out), 0, "{}", stdout(&out));
}

/// Partition increases for real, and a partial failure for real: Kafka
/// rejects one step (a segment size under Kafka 4's 1 MiB minimum: kctl only
/// checks that a size is a size, the broker owns its limits), the partition
/// increase and the create in the same plan succeed, and the failed step
/// carries Kafka's own words.
#[test]
fn a_rejected_step_leaves_the_others_applied_and_exits_4() {
    let dir = tempfile::tempdir().unwrap();
    let grow = unique("partial.grow");
    let new = unique("partial.new");
    let bad = unique("partial.bad");
    create_topic(&grow, 1, &[]);
    create_topic(&bad, 1, &[]);
    let file = write(
        dir.path(),
        "topics.yaml",
        &format!(
            "{grow}:\n  partitions: 3\n  replication_factor: 1\n\
             {new}:\n  partitions: 1\n  replication_factor: 1\n\
             {bad}:\n  partitions: 1\n  replication_factor: 1\n  config:\n    segment.bytes: 1000\n"
        ),
    );
    let out = run_file("apply", &file, &["--yes", "-o", "json"]);
    let doc = json(&out);
    let results = doc["report"]["results"].as_array().unwrap();
    let result = |topic: &str| {
        results
            .iter()
            .find(|r| r["topic"] == topic)
            .unwrap_or_else(|| panic!("no result for {topic}: {doc}"))
    };
    assert_eq!(code(&out), 4, "{}", stderr(&out));
    assert_eq!(result(&new)["status"], "done");
    assert_eq!(result(&grow)["status"], "done");
    assert_eq!(result(&grow)["action"], "add_partitions");
    assert_eq!(partitions(&new), Some(1));
    assert_eq!(partitions(&grow), Some(3), "CreatePartitions for real");
    let failed = result(&bad);
    assert_eq!(failed["status"], "failed", "{doc}");
    let error = failed["error"].as_str().unwrap();
    assert!(
        error.contains("Invalid value 1000 for configuration segment.bytes"),
        "Kafka's words: {error}"
    );
    assert_eq!(doc["report"]["done"], 2);
    assert_eq!(doc["report"]["failed"], 1);
    assert!(!configs(&bad).contains_key("segment.bytes"));

    // The table report names the failure, and a rerun plans only what is left.
    let out = run_file("apply", &file, &["--yes"]);
    assert_eq!(
        code(&out),
        1,
        "all remaining steps failed: {}",
        stderr(&out)
    );
    assert!(
        stdout(&out).contains(&format!("FAILED  set config {bad}")),
        "{}",
        stdout(&out)
    );
    assert!(
        stdout(&out).contains("Value must be at least 1048576"),
        "{}",
        stdout(&out)
    );
    let out = run_file("plan", &file, &["-o", "json"]);
    assert_eq!(
        actions(&json(&out)),
        [("set_config".to_string(), bad.clone())]
    );
}

#[test]
fn kafka_rules_are_planned_even_where_the_broker_is_laxer() {
    let dir = tempfile::tempdir().unwrap();
    // RF 3 on one broker: Kafka would refuse it, and kctl refuses it at plan
    // time, before anything is sent.
    let t = unique("refuse.rf");
    let file = write(
        dir.path(),
        "topics.yaml",
        &format!("{t}:\n  partitions: 1\n  replication_factor: 3\n"),
    );
    if !sandbox().external {
        let out = run_file("plan", &file, &[]);
        assert_eq!(code(&out), 1, "{}", stdout(&out));
        assert!(stdout(&out).contains("REFUSED"), "{}", stdout(&out));
        assert!(stdout(&out).contains("replication factor 3 is larger than the 1 broker(s)"));
        let out = run_file("apply", &file, &["--yes"]);
        assert_eq!(code(&out), 1);
        assert!(
            stderr(&out).contains("nothing was changed"),
            "{}",
            stderr(&out)
        );
        assert_eq!(partitions(&t), None);
    }

    // Partitions never shrink; the replication factor is not reassigned.
    let shrink = unique("refuse.shrink");
    create_topic(&shrink, 3, &[]);
    let file = write(
        dir.path(),
        "shrink.yaml",
        &format!("{shrink}:\n  partitions: 1\n  replication_factor: 2\n"),
    );
    let out = run_file("plan", &file, &["-o", "json"]);
    assert_eq!(code(&out), 1);
    let plan = json(&out);
    let kinds: Vec<String> = actions(&plan).into_iter().map(|(a, _)| a).collect();
    assert_eq!(
        kinds,
        ["refuse_partition_decrease", "refuse_replication_change"]
    );
    assert!(plan["steps"][0]["reason"]
        .as_str()
        .unwrap()
        .contains("cannot remove partitions"));
}

#[test]
fn override_block_named_like_the_context_is_applied() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let t = unique("overrides");
    let file = write(
        dir.path(),
        "topics.yaml",
        &format!(
            "defaults:\n  replication_factor: 3\n{t}:\n  partitions: 6\n\
             overrides:\n  sandbox:\n    defaults:\n      replication_factor: 1\n    {t}:\n      partitions: 2\n"
        ),
    );
    let cfg = write(
        dir.path(),
        "config.yaml",
        &format!(
            "current-context: sandbox\ncontexts:\n  sandbox:\n    bootstrap-servers: {}\n",
            sandbox().bootstrap
        ),
    );
    std::fs::set_permissions(&cfg, std::fs::Permissions::from_mode(0o600)).unwrap();
    let out = kctl_offline()
        .env("KCTL_CONFIG", &cfg)
        .args(["plan", "-o", "json", "-f"])
        .arg(&file)
        .output()
        .unwrap();
    assert_eq!(code(&out), 3, "{}", stderr(&out));
    assert!(stderr(&out).contains("using override block \"sandbox\""));
    let plan = json(&out);
    assert_eq!(plan["overrides"], "sandbox");
    assert_eq!(plan["steps"][0]["partitions"], 2);
    assert_eq!(plan["steps"][0]["replication_factor"], 1);

    // --no-overrides plans the production settings: RF 3 on one broker is refused.
    let out = kctl_offline()
        .env("KCTL_CONFIG", &cfg)
        .args(["plan", "--no-overrides", "-o", "json", "-f"])
        .arg(&file)
        .output()
        .unwrap();
    if !sandbox().external {
        assert_eq!(code(&out), 1, "{}", stderr(&out));
        assert_eq!(json(&out)["steps"][0]["action"], "refuse_create");
    }

    // An override block that does not exist is a usage error.
    let out = run_file("plan", &file, &["--overrides", "prod"]);
    assert_eq!(code(&out), 2);
    assert!(stderr(&out).contains("has no such override block (it has: sandbox)"));
}

/// The root topics.yaml and both examples apply to the single-broker sandbox
/// with their `sandbox` override block, and are in sync afterwards.
#[test]
fn shipped_topic_files_apply_cleanly_to_the_sandbox() {
    let root = repo_root();
    for (file, expected) in [
        ("topics.yaml", 6),
        ("examples/erp/topics.yaml", 2),
        ("examples/toy-backend/topics.yaml", 15),
    ] {
        let path = root.join(file);
        let out = run_file("plan", &path, &["--overrides", "sandbox", "-o", "json"]);
        assert!(matches!(code(&out), 0 | 3), "{file}: {}", stderr(&out));
        let plan = json(&out);
        assert_eq!(plan["summary"]["refused"], 0, "{file}");
        let out = run_file("apply", &path, &["--overrides", "sandbox", "--yes"]);
        assert_eq!(code(&out), 0, "{file}: {}\n{}", stdout(&out), stderr(&out));
        let out = run_file("plan", &path, &["--overrides", "sandbox", "-o", "json"]);
        assert_eq!(code(&out), 0, "{file}: {}", stdout(&out));
        assert_eq!(json(&out)["summary"]["unchanged"], expected, "{file}");
    }
    assert_eq!(partitions("inspection.lifecycle"), Some(12));
    assert_eq!(partitions("conversation.started"), Some(6));
    assert_eq!(
        configs("audit.events")
            .get("retention.ms")
            .map(String::as_str),
        Some("31536000000")
    );
}

/// Bad files fail before anything touches the cluster, with file:line:column.
#[test]
fn every_kind_of_bad_file_is_reported_with_its_position() {
    let dir = tempfile::tempdir().unwrap();
    let cases: &[(&str, &str)] = &[
        (
            "a.b:\n  partitions: 0\n  replication_factor: 1\n",
            ":2:15: a.b.partitions: invalid value 0",
        ),
        (
            "a.b:\n  partitions: 1\n  replication_factor: 1\n  colour: red\n",
            ":4:3: a.b: unknown field `colour`",
        ),
        (
            "bad name:\n  partitions: 1\n  replication_factor: 1\n",
            ":1:1: invalid topic name \"bad name\"",
        ),
        (
            "a.b:\n  partitions: 1\n  replication_factor: 1\n  cleanup_policy: shred\n",
            ":4:19: a.b.cleanup_policy: unknown cleanup policy \"shred\"",
        ),
        (
            "a.b:\n  partitions: 1\n  replication_factor: 1\n  retention: a month\n",
            ":4:14: a.b.retention: invalid duration \"a month\"",
        ),
        (
            "a.b:\n  partitions: 1\n  replication_factor: 1\n  retention_ms: 1.5\n",
            ":4:17: a.b.retention_ms: invalid duration 1.5",
        ),
        (
            "a.b:\n  partitions: 1\n  replication_factor: 1\n  config:\n    retention.mss: 1\n",
            ":5:5: a.b.config: unknown topic config \"retention.mss\"",
        ),
        (
            "a.b:\n  partitions: 1\n  replication_factor: 1\na.b:\n  partitions: 2\n",
            ":4:1: topic \"a.b\" is declared twice",
        ),
        (
            "a.b:\n  partitions: 1\n",
            ":1:1: topic \"a.b\" has no replication_factor",
        ),
        (
            "a.b:\n  partitions: 1\n  replication_factor: 1\noverrides:\n  dev:\n    c.d: {}\n",
            ":6:5: override block \"dev\" names topic \"c.d\"",
        ),
        ("a.b: [1, 2\n", ":"),
        ("", ":1:1: no topics declared"),
    ];
    for (i, (text, want)) in cases.iter().enumerate() {
        let file = write(dir.path(), &format!("bad{i}.yaml"), text);
        let out = kctl_offline()
            .args(["plan", "-f"])
            .arg(&file)
            .output()
            .unwrap();
        assert_eq!(code(&out), 1, "{text:?}: {}", stderr(&out));
        assert!(out.stdout.is_empty(), "{text:?}");
        let err = stderr(&out);
        let expected = format!("error: {}{want}", file.display());
        assert!(
            err.starts_with(&expected),
            "{text:?}\n got: {err}\nwant: {expected}"
        );
        assert_eq!(err.trim_end().lines().count(), 1, "one line: {err}");
        assert!(!err.contains("panicked"));
    }
    let missing = dir.path().join("missing.yaml");
    let out = kctl_offline()
        .args(["apply", "-f"])
        .arg(&missing)
        .output()
        .unwrap();
    assert_eq!(code(&out), 1);
    assert!(stderr(&out).contains("cannot read"), "{}", stderr(&out));
}
