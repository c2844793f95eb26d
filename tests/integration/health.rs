//! `cluster health`, `brokers list|describe` and `topics list|describe` in
//! depth, against the real sandbox broker; the unhealthy case on the
//! three-node cluster with one node SIGKILLed.

use std::process::Output;
use std::time::{Duration, Instant};

use rdkafka::admin::{AdminClient, AdminOptions, AlterConfig, ResourceSpecifier};
use rdkafka::client::DefaultClientContext;
use serde_json::Value;

use crate::cluster3::{cluster, kctl_at};
use crate::harness::*;
use crate::lag::{commit, produce};

fn run(cmd: &mut assert_cmd::Command) -> Output {
    cmd.output().expect("run kctl")
}

fn code(out: &Output) -> i32 {
    out.status.code().unwrap_or(-1)
}

fn partition(d: &Value, p: i64) -> &Value {
    d["partitions"]
        .as_array()
        .and_then(|ps| ps.iter().find(|x| x["partition"] == p))
        .unwrap_or_else(|| panic!("no partition {p} in {d}"))
}

#[test]
fn topics_describe_shows_watermarks_message_counts_and_sizes_per_partition() {
    let t = unique("depth.orders");
    create_topic(&t, 2, &[]);
    produce(&sandbox().bootstrap, &t, &[7, 3], None);
    let out = run(kctl().args(["topics", "describe", &t, "-o", "json"]));
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let d = json(&out);
    assert_eq!(partition(&d, 0)["low_watermark"], 0, "{d}");
    assert_eq!(partition(&d, 0)["high_watermark"], 7, "{d}");
    assert_eq!(partition(&d, 0)["messages"], 7, "{d}");
    assert_eq!(partition(&d, 1)["messages"], 3, "{d}");
    assert_eq!(d["messages"], 10, "{d}");
    let size = partition(&d, 0)["size_bytes"].as_i64().unwrap_or(-1);
    assert!(
        size > 0,
        "a partition holding 7 records has bytes on disk: {d}"
    );
    let total = d["size_bytes"].as_i64().unwrap();
    assert!(total >= size, "{d}");

    // The table carries the same figures.
    let out = run(kctl().args(["topics", "describe", &t]));
    let text = stdout(&out);
    let row: Vec<&str> = text
        .lines()
        .find(|l| l.split_whitespace().next() == Some("0"))
        .unwrap()
        .split_whitespace()
        .collect();
    assert_eq!(&row[4..7], ["0", "7", "7"], "{text}");
}

#[test]
fn topics_describe_takes_several_topics_or_a_regex_and_names_a_missing_one() {
    let prefix = unique("depth.many");
    let (a, b) = (format!("{prefix}.a"), format!("{prefix}.b"));
    create_topic(&a, 1, &[]);
    create_topic(&b, 3, &[]);
    let out = run(kctl().args(["topics", "describe", &b, &a, "-o", "json"]));
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let names: Vec<Value> = json(&out)
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["name"].clone())
        .collect();
    assert_eq!(names, [Value::from(a.clone()), Value::from(b.clone())]);

    let pattern = format!("^{}\\.", regex::escape(&prefix));
    let out = run(kctl().args(["topics", "describe", "--regex", &pattern, "-o", "json"]));
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    assert_eq!(json(&out).as_array().map(Vec::len), Some(2));

    let out = run(kctl().args(["topics", "describe", &a, &format!("{prefix}.c")]));
    assert_eq!(code(&out), 1);
    assert!(
        stdout(&out).is_empty(),
        "nothing printed for a half-valid request"
    );
    assert!(
        stderr(&out).contains(&format!("topic \"{prefix}.c\" does not exist")),
        "{}",
        stderr(&out)
    );
    let out = run(kctl().args(["topics", "describe", "--regex", "^no-such-topic-at-all$"]));
    assert_eq!(code(&out), 1);
    assert!(
        stderr(&out).contains("no topic matches"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn topics_list_filters_by_regex_and_shows_sizes() {
    let prefix = unique("depth.list");
    let (a, b) = (format!("{prefix}.x"), format!("{prefix}.y"));
    create_topic(&a, 1, &[]);
    create_topic(&b, 1, &[]);
    produce(&sandbox().bootstrap, &a, &[4], None);
    let out = run(kctl().args([
        "topics",
        "list",
        &format!("{}\\.x$", regex::escape(&prefix)),
        "--sizes",
        "-o",
        "json",
    ]));
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let rows = json(&out);
    let rows = rows.as_array().unwrap();
    assert_eq!(rows.len(), 1, "{rows:?}");
    assert_eq!(rows[0]["name"], a.as_str());
    assert_eq!(rows[0]["messages"], 4);
    assert!(rows[0]["size_bytes"].as_i64().unwrap() > 0, "{rows:?}");

    let out = run(kctl().args(["topics", "list", &regex::escape(&prefix)]));
    let text = stdout(&out);
    assert!(text.contains(&a) && text.contains(&b), "{text}");
    assert!(!text.contains("SIZE"), "sizes only with --sizes: {text}");

    let out = run(kctl().args(["topics", "list", "("]));
    assert_eq!(code(&out), 1);
    assert!(stderr(&out).contains("invalid regex"), "{}", stderr(&out));
}

#[test]
fn brokers_list_shows_leaders_and_disk_use_from_describe_log_dirs() {
    let t = unique("brokers.led");
    create_topic(&t, 3, &[]);
    produce(&sandbox().bootstrap, &t, &[5, 5, 5], None);
    let out = run(kctl().args(["brokers", "list", "-o", "json"]));
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let rows = json(&out);
    let b = &rows.as_array().unwrap()[0];
    assert_eq!(rows.as_array().unwrap().len(), 1, "{rows}");
    assert!(b["partitions_led"].as_u64().unwrap() >= 3, "{b}");
    assert!(b["size_bytes"].as_i64().unwrap() > 0, "{b}");
    assert!(b["usable_bytes"].as_i64().unwrap() > 0, "{b}");
    assert!(!b["log_dirs"].as_array().unwrap().is_empty(), "{b}");
    assert_eq!(b["controller"], true, "{b}");
    let out = run(kctl().args(["brokers", "list"]));
    assert!(stdout(&out).starts_with("ID"), "{}", stdout(&out));
}

#[test]
fn brokers_describe_marks_dynamic_static_and_default_configs() {
    let id = json(&run(kctl().args(["brokers", "list", "-o", "json"])))[0]["id"]
        .as_i64()
        .unwrap() as i32;
    // A per-broker dynamic config, set by a client independent of kctl.
    // log.cleaner.backoff.ms is harmless for the other tests sharing the broker.
    let admin: AdminClient<DefaultClientContext> = client_config().create().unwrap();
    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
    let alter =
        AlterConfig::new(ResourceSpecifier::Broker(id)).set("log.cleaner.backoff.ms", "15001");
    let res = rt
        .block_on(admin.alter_configs([&alter], &AdminOptions::new()))
        .expect("AlterConfigs");
    assert!(res.iter().all(Result::is_ok), "{res:?}");

    let source = |configs: &Value, name: &str| -> Value {
        configs
            .as_array()
            .and_then(|cs| cs.iter().find(|c| c["name"] == name))
            .map(|c| c["source"].clone())
            .unwrap_or(Value::Null)
    };
    let mut configs = Value::Null;
    wait_until(
        "the dynamic config visible",
        Duration::from_secs(30),
        || {
            configs = json(&run(kctl().args([
                "brokers",
                "describe",
                &id.to_string(),
                "-o",
                "json",
            ])));
            source(&configs, "log.cleaner.backoff.ms") == "dynamic"
        },
    );
    // The sandbox's server.properties sets the listeners; nothing sets this.
    assert_eq!(source(&configs, "listeners"), "static", "{configs}");
    assert_eq!(
        source(&configs, "log.retention.check.interval.ms"),
        "default"
    );

    let changed = json(&run(kctl().args([
        "brokers",
        "describe",
        &id.to_string(),
        "--changed",
        "-o",
        "json",
    ])));
    assert!(changed
        .as_array()
        .unwrap()
        .iter()
        .all(|c| c["source"] != "default"));
    assert_eq!(source(&changed, "log.cleaner.backoff.ms"), "dynamic");

    let out = run(kctl().args(["brokers", "describe", "4711"]));
    assert_eq!(code(&out), 1);
    assert!(
        stderr(&out).contains("broker 4711 is not in the cluster"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn cluster_health_with_lag_above_names_the_lagging_group_and_exits_3() {
    let t = unique("health.lag");
    let g = unique("health.group");
    create_topic(&t, 1, &[]);
    produce(&sandbox().bootstrap, &t, &[60], None);
    commit(&sandbox().bootstrap, &g, &[(&t, 0, 10)]);
    let out = run(kctl().args(["cluster", "health", "--lag-above", "40", "-o", "json"]));
    assert_eq!(code(&out), 3, "{}", stderr(&out));
    let r = json(&out);
    assert_eq!(r["healthy"], false);
    let p = r["problems"]
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["group"] == g.as_str())
        .unwrap_or_else(|| panic!("group {g} not reported: {r}"));
    assert_eq!(p["kind"], "consumer_lag");
    assert_eq!(p["lag"], 50);
    let out = run(kctl().args(["cluster", "health", "--lag-above", "40"]));
    assert!(
        stdout(&out).contains(&format!("consumer lag: group {g} lag 50 above 40")),
        "{}",
        stdout(&out)
    );
    // A single snapshot cannot tell how long lag has been high.
    let out = run(kctl().args(["cluster", "health", "--lag-above", "40", "--lag-for", "5m"]));
    assert_eq!(code(&out), 2, "{}", stderr(&out));
}

#[test]
fn cluster_health_cannot_tell_without_a_broker_and_says_so() {
    let port = free_port();
    let started = Instant::now();
    let out = run(kctl_offline()
        .args(["cluster", "health", "--timeout", "3s"])
        .env("KAFKA_BOOTSTRAP_SERVERS", format!("127.0.0.1:{port}")));
    assert_eq!(code(&out), 1, "{}", stderr(&out));
    assert!(stdout(&out).is_empty());
    assert!(
        stderr(&out).contains("Connection refused"),
        "{}",
        stderr(&out)
    );
    assert!(started.elapsed() < Duration::from_secs(5));
}

/// The three-node cluster: healthy, then node 3 SIGKILLed (under-replicated
/// partitions naming topic and partition, broker 3 down, exit 3), then
/// healthy again once it is back.
#[test]
fn cluster_health_on_three_nodes_reports_a_killed_node_and_recovers() {
    let mut c = cluster();
    for i in 1..=3 {
        if !c.node_alive(i) {
            c.start_node(i);
        }
    }
    let t = unique("health.c3");
    let dir = tempfile::tempdir().unwrap();
    let spec = dir.path().join("topics.yaml");
    std::fs::write(
        &spec,
        format!("defaults:\n  replication_factor: 3\n  config:\n    min.insync.replicas: 2\n{t}:\n  partitions: 3\n"),
    )
    .unwrap();
    let out = kctl_at(&c)
        .args(["apply", "--yes", "-f"])
        .arg(&spec)
        .output()
        .unwrap();
    assert_eq!(code(&out), 0, "{}", stderr(&out));

    let (bootstrap, registry) = (c.bootstrap(), c.registry.clone());
    let health = |args: &[&str]| {
        let mut cmd = std::process::Command::new(kctl_bin());
        cmd.env_remove("KCTL_CONTEXT")
            .env("KCTL_CONFIG", "/nonexistent/kctl-test-config.yaml")
            .env("KAFKA_BOOTSTRAP_SERVERS", &bootstrap)
            .env("SCHEMA_REGISTRY_URL", &registry)
            .args(["cluster", "health"])
            .args(args)
            .output()
            .unwrap()
    };
    let mut last = None;
    wait_until(
        "a healthy three-node cluster",
        Duration::from_secs(120),
        || {
            let out = health(&["-o", "json"]);
            let ok = code(&out) == 0;
            last = Some(out);
            ok
        },
    );
    let r = json(last.as_ref().unwrap());
    assert_eq!(
        (r["brokers_alive"].clone(), r["brokers_registered"].clone()),
        (3.into(), 3.into()),
        "{r}"
    );
    let voters = r["quorum"]["voters"]
        .as_array()
        .expect("the KRaft quorum, from DescribeQuorum");
    assert_eq!(voters.len(), 3, "{r}");
    assert!(r["quorum"]["leader_id"].as_i64().unwrap() >= 1, "{r}");

    c.kill_node(3);
    let mut text = String::new();
    wait_until(
        "health to report node 3 down",
        Duration::from_secs(90),
        || {
            let out = health(&[]);
            text = stdout(&out);
            code(&out) == 3 && text.contains(&format!("under-replicated: {t}/0 "))
        },
    );
    assert!(text.contains("broker 3 is down"), "{text}");
    assert!(text.contains("(missing [3])"), "{text}");
    let prom = stdout(&health(&["-o", "prometheus"]));
    assert!(prom.contains("kctl_cluster_healthy 0"), "{prom}");
    assert!(
        prom.contains("kctl_cluster_broker_down{broker=\"3\"} 1"),
        "{prom}"
    );
    let under: i64 = prom
        .lines()
        .find_map(|l| l.strip_prefix("kctl_cluster_under_replicated_partitions "))
        .and_then(|v| v.parse().ok())
        .unwrap_or(0);
    assert!(under >= 3, "{prom}");

    c.start_node(3);
    let mut last = String::new();
    wait_until(
        "health to recover once node 3 is back",
        Duration::from_secs(180),
        || {
            let out = health(&[]);
            last = stdout(&out);
            code(&out) == 0
        },
    );
    assert!(
        last.contains("HEALTHY") && !last.contains("UNHEALTHY"),
        "{last}"
    );
}

/// `--watch` prints one JSON report per interval; with `--lag-for` a lagging
/// group becomes a problem only once its lag has stayed above the threshold
/// that long; Ctrl-C ends the watch with 130.
#[test]
fn cluster_health_watch_holds_lag_for_the_given_time_then_reports_it() {
    use std::io::{BufRead, BufReader};
    let t = unique("health.watch");
    let g = unique("health.wgroup");
    create_topic(&t, 1, &[]);
    produce(&sandbox().bootstrap, &t, &[30], None);
    commit(&sandbox().bootstrap, &g, &[(&t, 0, 5)]);
    let mut cmd = std::process::Command::new(kctl_bin());
    cmd.env_remove("KCTL_CONTEXT")
        .env("KCTL_CONFIG", "/nonexistent/kctl-test-config.yaml")
        .env("KAFKA_BOOTSTRAP_SERVERS", &sandbox().bootstrap)
        .args(["cluster", "health", "--watch=1s", "-o", "json"])
        .args(["--lag-above", "20", "--lag-for", "3s"]);
    let mut child = spawn(cmd);
    let lines = BufReader::new(child.stdout.take().unwrap()).lines();
    let started = Instant::now();
    let mut reported_after = None;
    let mut samples = 0;
    for line in lines {
        let r: Value = serde_json::from_str(&line.unwrap()).expect("one JSON report per line");
        samples += 1;
        let mine = r["problems"]
            .as_array()
            .unwrap()
            .iter()
            .find(|p| p["group"] == g.as_str())
            .cloned();
        if let Some(p) = mine {
            assert_eq!(p["lag"], 25, "{p}");
            assert!(p["above_for_secs"].as_u64().unwrap() >= 3, "{p}");
            reported_after = Some(started.elapsed());
            break;
        }
        assert!(
            started.elapsed() < Duration::from_secs(60),
            "never reported"
        );
    }
    let after = reported_after.expect("the group reported");
    assert!(
        after >= Duration::from_secs(3),
        "held for --lag-for: {after:?}"
    );
    assert!(samples >= 3, "{samples} samples before the report");
    // SAFETY: plain kill(2) on the pid of our own child.
    unsafe { libc::kill(child.id() as i32, libc::SIGINT) };
    let out = finish(child, Duration::from_secs(20));
    assert_eq!(code(&out), 130, "{}", stderr(&out));
}
