//! Three Kafka nodes (KRaft, each controller and broker), started once per
//! run with `scripts/sandbox start --brokers 3` and the project's registry.
//! The root topics.yaml applies to it verbatim (replication factor 3,
//! `min.insync.replicas` 2, no override block), and one node is SIGKILLed
//! while kctl works: nothing may be lost or duplicated, the user is told,
//! the ISR shrinks and recovers.
//!
//! The tests kill nodes, so they take the cluster's lock for their whole run
//! and never overlap.

use std::collections::{BTreeMap, BTreeSet};
use std::io::{BufRead, BufReader};
use std::process::{Command, Output, Stdio};
use std::sync::{mpsc, Mutex, MutexGuard, OnceLock};
use std::time::{Duration, Instant};

use rdkafka::config::ClientConfig;
use rdkafka::message::{Header, OwnedHeaders};
use rdkafka::producer::{BaseProducer, BaseRecord, Producer};
use serde_json::Value;

use crate::broker_proc::{self, Broker};
use crate::harness::*;

pub(crate) fn cluster() -> MutexGuard<'static, Broker> {
    static CLUSTER: OnceLock<Mutex<Broker>> = OnceLock::new();
    CLUSTER
        .get_or_init(|| {
            let dir = broker_proc::state_dir("cluster3");
            Mutex::new(Broker::start_full(&dir, 3, None, "kctl"))
        })
        .lock()
        // A test that panicked while holding the lock leaves the cluster
        // usable: every test brings all nodes back before asserting.
        .unwrap_or_else(|p| p.into_inner())
}

pub(crate) fn kctl_at(c: &Broker) -> Command {
    let mut cmd = Command::new(kctl_bin());
    for var in [
        "KCTL_CONTEXT",
        "KCTL_SASL_PASSWORD",
        "KCTL_REGISTRY_PASSWORD",
    ] {
        cmd.env_remove(var);
    }
    cmd.env("KCTL_CONFIG", "/nonexistent/kctl-test-config.yaml")
        .env("KAFKA_BOOTSTRAP_SERVERS", c.bootstrap())
        .env("SCHEMA_REGISTRY_URL", &c.registry);
    cmd
}

fn run(cmd: &mut Command) -> Output {
    cmd.output().expect("run kctl")
}

fn code(out: &Output) -> i32 {
    out.status.code().unwrap_or(-1)
}

/// `topics describe` as JSON: partition -> (leader, replicas, isr).
fn describe(c: &Broker, topic: &str) -> Value {
    let out = run(kctl_at(c).args(["topics", "describe", topic, "-o", "json"]));
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    json(&out)
}

fn isrs(c: &Broker, topic: &str) -> Vec<Vec<i64>> {
    describe(c, topic)["partitions"]
        .as_array()
        .expect("partitions")
        .iter()
        .map(|p| {
            let mut isr: Vec<i64> = p["isr"]
                .as_array()
                .unwrap()
                .iter()
                .map(|n| n.as_i64().unwrap())
                .collect();
            isr.sort_unstable();
            isr
        })
        .collect()
}

/// Brings every node back (a test that failed may have left one down) and
/// waits until every partition of `topic` is fully in sync.
fn heal(c: &mut Broker, topic: &str) {
    for i in 1..=3 {
        if !c.node_alive(i) {
            c.start_node(i);
        }
    }
    wait_until(
        &format!("every replica of {topic} in sync"),
        Duration::from_secs(120),
        || isrs(c, topic).iter().all(|isr| isr == &[1, 2, 3]),
    );
}

fn client(c: &Broker) -> ClientConfig {
    let mut cfg = ClientConfig::new();
    cfg.set("bootstrap.servers", c.bootstrap());
    cfg
}

/// The root topics.yaml plans and applies to three nodes as it is, with no
/// override block: replication factor 3 and `min.insync.replicas` 2. A node
/// killed shows as a shrunken ISR in `topics describe`, and the ISR recovers
/// once it is back.
#[test]
fn root_topics_yaml_applies_verbatim_and_the_isr_follows_a_killed_node() {
    let mut c = cluster();
    let root = repo_root();
    let file = root.join("topics.yaml");
    let out = run(kctl_at(&c)
        .current_dir(&root)
        .args(["plan", "--no-overrides", "-o", "json", "-f"])
        .arg(&file));
    assert!(matches!(code(&out), 0 | 3), "{}", stderr(&out));
    let plan = json(&out);
    assert_eq!(plan["broker_count"], 3, "{plan}");
    assert_eq!(plan["summary"]["refused"], 0, "{plan}");
    let out = run(kctl_at(&c)
        .current_dir(&root)
        .args(["apply", "--no-overrides", "--yes", "-f"])
        .arg(&file));
    assert_eq!(code(&out), 0, "{}\n{}", stdout(&out), stderr(&out));
    let out = run(kctl_at(&c)
        .current_dir(&root)
        .args(["plan", "--no-overrides", "-f"])
        .arg(&file));
    assert_eq!(code(&out), 0, "in sync: {}", stdout(&out));

    let topic = "inspection.lifecycle";
    let d = describe(&c, topic);
    assert_eq!(d["partitions"].as_array().map(Vec::len), Some(12));
    assert!(isrs(&c, topic).iter().all(|isr| isr == &[1, 2, 3]), "{d}");
    let min_isr = d["configs"]
        .as_array()
        .and_then(|cs| cs.iter().find(|e| e["name"] == "min.insync.replicas"))
        .map(|e| e["value"].clone());
    assert_eq!(min_isr, Some("2".into()), "{d}");

    c.kill_node(3);
    wait_until("node 3 out of every ISR", Duration::from_secs(60), || {
        isrs(&c, topic).iter().all(|isr| isr == &[1, 2])
    });
    let out = run(kctl_at(&c).args(["topics", "describe", topic]));
    let text = stdout(&out);
    let row = text
        .lines()
        .find(|l| l.split_whitespace().next() == Some("0"))
        .unwrap_or_else(|| panic!("no row for partition 0:\n{text}"));
    let cols: Vec<&str> = row.split_whitespace().collect();
    assert_eq!(cols[2].split(',').count(), 3, "all replicas listed: {row}");
    assert_eq!(cols[3].split(',').count(), 2, "the ISR shrank: {row}");
    let out = run(kctl_at(&c).args(["cluster", "info", "-o", "json"]));
    assert_eq!(json(&out)["brokers"].as_array().map(Vec::len), Some(2));

    c.start_node(3);
    heal(&mut c, topic);
}

/// One node SIGKILLed while `produce`, `tail -f` and `dlq replay --execute`
/// run against the three-node cluster: every produced line arrives once,
/// tail prints each record once, every DLQ entry is replayed once, each
/// command says in one line that it lost the broker, and the ISR recovers
/// once the node is back.
#[test]
fn a_node_killed_mid_produce_tail_and_replay_loses_and_duplicates_nothing() {
    let mut c = cluster();
    let lines = unique("c3.lines");
    let orders = unique("c3.orders");
    let dlq = format!("{orders}.dlq");
    let dir = tempfile::tempdir().unwrap();
    let spec = dir.path().join("topics.yaml");
    std::fs::write(
        &spec,
        format!(
            "defaults:\n  replication_factor: 3\n  config:\n    min.insync.replicas: 2\n\
             {lines}:\n  partitions: 6\n{orders}:\n  partitions: 3\n{dlq}:\n  partitions: 1\n"
        ),
    )
    .unwrap();
    let out = run(kctl_at(&c).args(["apply", "--yes", "-f"]).arg(&spec));
    assert_eq!(code(&out), 0, "{}\n{}", stdout(&out), stderr(&out));
    heal(&mut c, &lines);

    // DLQ entries as Spring Kafka writes them, pointing at `orders`.
    let entries = 1500;
    let producer: BaseProducer = client(&c).create().expect("producer");
    for i in 0..entries {
        let headers = OwnedHeaders::new()
            .insert(Header {
                key: "kafka_dlt-original-topic",
                value: Some(orders.as_str()),
            })
            .insert(Header {
                key: "kafka_dlt-original-partition",
                value: Some(&((i % 3) as i32).to_be_bytes()[..]),
            });
        let (k, v) = (format!("k{i}"), format!("order-{i}"));
        producer
            .send(BaseRecord::to(&dlq).key(&k).payload(&v).headers(headers))
            .expect("queue");
        producer.poll(Duration::ZERO);
    }
    producer.flush(Duration::from_secs(30)).expect("flush");

    let n = 4000u64;
    let input = dir.path().join("lines.txt");
    std::fs::write(
        &input,
        (1..=n).map(|i| format!("line-{i}\n")).collect::<String>(),
    )
    .unwrap();

    // tail -f first, so it sees every record as it arrives.
    let mut tail = kctl_at(&c)
        .args(["tail", &lines, "-F", "-o", "json"])
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("start tail");
    let tail_out = tail.stdout.take().unwrap();
    let (tx, rx) = mpsc::channel::<String>();
    std::thread::spawn(move || {
        for line in BufReader::new(tail_out).lines() {
            let Ok(line) = line else { break };
            if tx.send(line).is_err() {
                break;
            }
        }
    });
    let mut produce = kctl_at(&c);
    produce
        .args([
            "produce",
            &lines,
            "--value-format",
            "string",
            "--rate",
            "400",
            "-o",
            "json",
            "-f",
        ])
        .arg(&input);
    let produce = spawn(produce);
    let mut replay = kctl_at(&c);
    replay.args([
        "dlq",
        "replay",
        &dlq,
        "--execute",
        "--yes",
        "--rate",
        "150",
        "-o",
        "json",
    ]);
    let replay = spawn(replay);

    // Kill node 2 once every command is under way.
    std::thread::sleep(Duration::from_secs(3));
    c.kill_node(2);
    wait_until(
        "node 2 out of the ISRs of the produced topic",
        Duration::from_secs(60),
        || isrs(&c, &lines).iter().all(|isr| !isr.contains(&2)),
    );

    let produced = finish(produce, Duration::from_secs(120));
    let replayed = finish(replay, Duration::from_secs(120));
    let mut seen: Vec<Value> = Vec::new();
    let start = Instant::now();
    while (seen.len() as u64) < n && start.elapsed() < Duration::from_secs(60) {
        if let Ok(line) = rx.recv_timeout(Duration::from_millis(200)) {
            seen.push(serde_json::from_str(&line).expect("an envelope per line"));
        }
    }
    // Nothing more arrives: no record printed twice after the failover.
    std::thread::sleep(Duration::from_secs(2));
    while let Ok(line) = rx.try_recv() {
        seen.push(serde_json::from_str(&line).unwrap());
    }
    let _ = tail.kill();
    let tail_done = tail.wait_with_output().expect("tail's output");

    // The node comes back and the ISR recovers.
    c.start_node(2);
    heal(&mut c, &lines);

    // produce: every line delivered, once, as the summary says.
    assert_eq!(code(&produced), 0, "{}", stderr(&produced));
    let summary = json(&produced);
    assert_eq!(
        (&summary["delivered"], &summary["failed"]),
        (&Value::from(n), &Value::from(0)),
        "{summary}"
    );
    let stored = read_topic(&c.bootstrap(), &lines, "read_committed");
    let values: BTreeSet<String> = stored.iter().map(TopicRecord::value_text).collect();
    assert_eq!(stored.len() as u64, n, "no duplicates in the topic");
    assert_eq!(values.len() as u64, n, "every line once");

    // tail -f: every record once, in offset order per partition.
    let mut by_partition: BTreeMap<i64, Vec<i64>> = BTreeMap::new();
    for e in &seen {
        by_partition
            .entry(e["partition"].as_i64().unwrap())
            .or_default()
            .push(e["offset"].as_i64().unwrap());
    }
    assert_eq!(seen.len() as u64, n, "tail printed every record once");
    for (p, offsets) in &by_partition {
        let expected: Vec<i64> = (0..offsets.len() as i64).collect();
        assert_eq!(offsets, &expected, "partition {p}: no gap, no duplicate");
    }

    // dlq replay: every entry once.
    assert_eq!(code(&replayed), 0, "{}", stderr(&replayed));
    let report = json(&replayed);
    assert_eq!(report["replayed"], entries, "{report}");
    assert_eq!(report["failed"], 0, "{report}");
    let ids: Vec<String> = read_topic(&c.bootstrap(), &orders, "read_committed")
        .iter()
        .map(|r| r.header("kctl-replay-id").expect("a replay id"))
        .collect();
    let unique_ids: BTreeSet<&String> = ids.iter().collect();
    assert_eq!(ids.len(), entries, "no entry replayed twice");
    assert_eq!(unique_ids.len(), entries);

    // Each command told the user, in one line, which broker it lost.
    for (what, err) in [
        ("produce", stderr(&produced)),
        ("dlq replay", stderr(&replayed)),
        (
            "tail -f",
            String::from_utf8_lossy(&tail_done.stderr).into_owned(),
        ),
    ] {
        let lost: Vec<&str> = err
            .lines()
            .filter(|l| l.contains("lost Kafka broker 2"))
            .collect();
        assert_eq!(
            lost.len(),
            1,
            "{what} says once that it lost broker 2:\n{err}"
        );
        assert!(lost[0].starts_with("warning: "), "{what}: {err}");
    }
}
