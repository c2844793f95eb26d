//! Faults in the middle of an operation: each test starts a single-node Kafka
//! cluster of its own, SIGKILLs it while a kctl command is working, restarts
//! it on the same data, and checks that kctl's account of
//! what happened matches what the broker holds afterwards, and that a rerun
//! converges. The registry-down tests point kctl at a registry that is not
//! listening.

use std::collections::{BTreeMap, BTreeSet};
use std::io::{BufRead, BufReader};
use std::path::Path;
use std::process::{Command, Output, Stdio};
use std::sync::mpsc;
use std::time::{Duration, Instant};

use rdkafka::admin::{AdminClient, AdminOptions, NewTopic, TopicReplication};
use rdkafka::client::DefaultClientContext;
use rdkafka::config::ClientConfig;
use rdkafka::consumer::{BaseConsumer, Consumer};
use rdkafka::message::{Headers, Message, OwnedHeaders};
use rdkafka::producer::{BaseProducer, BaseRecord, Producer};
use rdkafka::{Offset, TopicPartitionList};

use crate::broker_proc::{self, Broker};
use crate::harness::*;

/// A broker of the test's own, and rdkafka fixtures that talk to it.
struct Own {
    broker: Broker,
}

impl Own {
    fn start(name: &str) -> Own {
        let dir = broker_proc::state_dir(&format!("faults-{name}"));
        let own = Own {
            broker: Broker::start(&dir),
        };
        own.wait_ready();
        own
    }

    fn bootstrap(&self) -> String {
        self.broker.bootstrap()
    }

    /// The broker listens before it answers: wait for a metadata response.
    fn wait_ready(&self) {
        let admin = self.admin();
        wait_until("the broker to answer", Duration::from_secs(60), || {
            admin
                .inner()
                .fetch_metadata(None, Duration::from_secs(2))
                .is_ok()
        });
    }

    fn restart(&mut self) {
        self.broker.restart();
        self.wait_ready();
    }

    fn config(&self) -> ClientConfig {
        let mut cfg = ClientConfig::new();
        cfg.set("bootstrap.servers", self.bootstrap());
        cfg
    }

    fn admin(&self) -> AdminClient<DefaultClientContext> {
        self.config().create().expect("admin client")
    }

    fn create_topic(&self, name: &str, partitions: i32) {
        let rt = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .unwrap();
        let admin = self.admin();
        let topic = NewTopic::new(name, partitions, TopicReplication::Fixed(1));
        for r in rt
            .block_on(admin.create_topics([&topic], &AdminOptions::new()))
            .expect("create_topics")
        {
            r.unwrap_or_else(|(t, e)| panic!("create topic {t}: {e}"));
        }
        wait_until(
            &format!("{name} in metadata"),
            Duration::from_secs(30),
            || self.topics().contains(name),
        );
    }

    /// Topic names the broker reports (empty while it is down).
    fn topics(&self) -> BTreeSet<String> {
        self.admin()
            .inner()
            .fetch_metadata(None, Duration::from_secs(2))
            .map(|md| {
                md.topics()
                    .iter()
                    .filter(|t| t.error().is_none())
                    .map(|t| t.name().to_string())
                    .collect()
            })
            .unwrap_or_default()
    }

    fn high_watermark(&self, consumer: &BaseConsumer, topic: &str) -> Option<i64> {
        consumer
            .fetch_watermarks(topic, 0, Duration::from_secs(1))
            .ok()
            .map(|(_, hi)| hi)
    }

    fn consumer(&self) -> BaseConsumer {
        let mut cfg = self.config();
        cfg.set("group.id", unique("faults.reader"))
            .set("enable.auto.commit", "false")
            .set("fetch.wait.max.ms", "10");
        cfg.create().expect("consumer")
    }

    /// Every record of partition 0 of `topic`, as (value text, headers).
    fn read_all(&self, topic: &str) -> Vec<(String, BTreeMap<String, String>)> {
        let consumer = self.consumer();
        // Just after a restart the broker may not answer ListOffsets yet.
        let mut hi = 0;
        wait_until(
            &format!("the high watermark of {topic}"),
            Duration::from_secs(60),
            || match consumer.fetch_watermarks(topic, 0, Duration::from_secs(5)) {
                Ok((_, h)) => {
                    hi = h;
                    true
                }
                Err(_) => false,
            },
        );
        let mut tpl = TopicPartitionList::new();
        tpl.add_partition_offset(topic, 0, Offset::Beginning)
            .unwrap();
        consumer.assign(&tpl).unwrap();
        let mut out = Vec::new();
        let start = Instant::now();
        while (out.len() as i64) < hi {
            assert!(
                start.elapsed() < Duration::from_secs(60),
                "read {} of {hi} records of {topic}",
                out.len()
            );
            let Some(m) = consumer.poll(Duration::from_millis(500)) else {
                continue;
            };
            let m = m.expect("fetch");
            let value = String::from_utf8_lossy(m.payload().unwrap_or_default()).into_owned();
            let headers = m
                .headers()
                .map(|hs| {
                    hs.iter()
                        .map(|h| {
                            (
                                h.key.to_string(),
                                String::from_utf8_lossy(h.value.unwrap_or_default()).into_owned(),
                            )
                        })
                        .collect()
                })
                .unwrap_or_default();
            out.push((value, headers));
        }
        out
    }

    /// kctl pointed at this broker; the registry is a port nobody listens on
    /// unless the test sets one.
    fn kctl(&self) -> Command {
        let mut cmd = Command::new(kctl_bin());
        for var in [
            "KCTL_CONTEXT",
            "KCTL_SASL_PASSWORD",
            "KCTL_REGISTRY_PASSWORD",
        ] {
            cmd.env_remove(var);
        }
        cmd.env("KCTL_CONFIG", "/nonexistent/kctl-test-config.yaml")
            .env("KAFKA_BOOTSTRAP_SERVERS", self.bootstrap())
            .env(
                "SCHEMA_REGISTRY_URL",
                format!("http://127.0.0.1:{}", free_port()),
            );
        cmd
    }
}

impl Drop for Own {
    /// Keeps the broker's logs and data only when the test failed.
    fn drop(&mut self) {
        self.broker.kill();
        if !std::thread::panicking() {
            let _ = std::fs::remove_dir_all(&self.broker.dir);
        }
    }
}

fn parse_json(out: &Output) -> serde_json::Value {
    json(out)
}

/// Line numbers in `[[first, last], ...]` ranges.
fn lines_in(ranges: &serde_json::Value) -> BTreeSet<u64> {
    let mut out = BTreeSet::new();
    for r in ranges.as_array().expect("line ranges") {
        let (a, b) = (r[0].as_u64().unwrap(), r[1].as_u64().unwrap());
        out.extend(a..=b);
    }
    out
}

fn write_lines(dir: &Path, n: u64) -> std::path::PathBuf {
    let path = dir.join("lines.txt");
    let text: String = (1..=n).map(|i| format!("line-{i}\n")).collect();
    std::fs::write(&path, text).unwrap();
    path
}

/// `line-N` values as numbers, checking there is no duplicate and that the
/// order is the order of the input.
fn line_numbers(values: &[(String, BTreeMap<String, String>)]) -> Vec<u64> {
    let nums: Vec<u64> = values
        .iter()
        .map(|(v, _)| {
            v.strip_prefix("line-")
                .and_then(|n| n.parse().ok())
                .unwrap_or_else(|| panic!("unexpected record {v:?}"))
        })
        .collect();
    let unique: BTreeSet<u64> = nums.iter().copied().collect();
    assert_eq!(unique.len(), nums.len(), "duplicate records in the topic");
    assert!(
        nums.windows(2).all(|w| w[0] < w[1]),
        "records out of input order"
    );
    nums
}

/// Waits until `topic` holds at least `n` records, then SIGKILLs the broker.
fn kill_after(own: &mut Own, topic: &str, n: i64) {
    let consumer = own.consumer();
    wait_until(
        &format!("{n} records in {topic}"),
        Duration::from_secs(60),
        || own.high_watermark(&consumer, topic).unwrap_or(0) >= n,
    );
    own.broker.kill();
}

#[test]
fn produce_through_a_broker_restart_delivers_every_line_exactly_once() {
    let mut own = Own::start("produce-restart");
    let topic = unique("faults.produce");
    own.create_topic(&topic, 1);
    let dir = tempfile::tempdir().unwrap();
    let file = write_lines(dir.path(), 3000);

    let mut cmd = own.kctl();
    cmd.args([
        "produce",
        &topic,
        "--value-format",
        "string",
        "--rate",
        "300",
    ])
    .arg("-f")
    .arg(&file)
    .args(["-o", "json"]);
    let child = spawn(cmd);
    kill_after(&mut own, &topic, 500);
    std::thread::sleep(Duration::from_secs(2));
    own.restart();
    let out = finish(child, Duration::from_secs(120));
    assert!(out.status.success(), "{}", stderr(&out));
    let summary = parse_json(&out);
    assert_eq!(summary["records"], 3000, "{summary}");
    assert_eq!(summary["delivered"], 3000, "{summary}");
    assert_eq!(summary["failed"], 0, "{summary}");

    // The idempotent producer's retries leave neither gaps nor duplicates.
    let nums = line_numbers(&own.read_all(&topic));
    assert_eq!(nums, (1..=3000).collect::<Vec<_>>());
}

#[test]
fn produce_with_the_broker_down_past_the_delivery_timeout_reports_exactly_what_was_delivered() {
    let mut own = Own::start("produce-down");
    let topic = unique("faults.produce");
    own.create_topic(&topic, 1);
    let dir = tempfile::tempdir().unwrap();
    let file = write_lines(dir.path(), 3000);

    let mut cmd = own.kctl();
    cmd.args([
        "produce",
        &topic,
        "--value-format",
        "string",
        "--rate",
        "300",
    ])
    .args(["-X", "message.timeout.ms=3000", "--timeout", "2s"])
    .arg("-f")
    .arg(&file)
    .args(["-o", "json"]);
    let child = spawn(cmd);
    kill_after(&mut own, &topic, 500);
    // Down for longer than the delivery timeout: queued records fail.
    std::thread::sleep(Duration::from_secs(7));
    own.restart();
    let out = finish(child, Duration::from_secs(120));
    assert_eq!(out.status.code(), Some(4), "partial: {}", stderr(&out));
    let summary = parse_json(&out);
    let delivered = lines_in(&summary["delivered_lines"]);
    let failed = lines_in(&summary["failed_lines"]);
    assert_eq!(summary["delivered"], delivered.len() as u64, "{summary}");
    assert_eq!(summary["failed"], failed.len() as u64, "{summary}");
    assert!(!failed.is_empty() && delivered.len() >= 500, "{summary}");
    assert!(delivered.is_disjoint(&failed));
    let all: BTreeSet<u64> = delivered.union(&failed).copied().collect();
    assert_eq!(all, (1..=3000).collect(), "every line is accounted for");

    // Every line reported delivered is in the topic, once.
    let present: BTreeSet<u64> = line_numbers(&own.read_all(&topic)).into_iter().collect();
    let missing: Vec<_> = delivered.difference(&present).take(10).collect();
    assert!(
        missing.is_empty(),
        "reported delivered but absent: {missing:?}"
    );
    // A line reported failed can only be present if the broker wrote it but
    // died before acknowledging (Kafka cannot tell the producer): that is at
    // most what was in flight at the kill.
    let written_but_failed = present.difference(&delivered).count();
    assert!(
        written_but_failed <= 200,
        "{written_but_failed} lines reported failed are in the topic"
    );
}

#[test]
fn tail_follow_resumes_after_a_broker_restart_without_gaps_or_duplicates() {
    let mut own = Own::start("tail-follow");
    let topic = unique("faults.tail");
    own.create_topic(&topic, 1);

    let mut cmd = own.kctl();
    cmd.args(["tail", &topic, "-F", "-o", "json"]);
    let mut child = spawn(cmd);
    let stdout = child.stdout.take().unwrap();
    let (tx, rx) = mpsc::channel::<String>();
    std::thread::spawn(move || {
        for line in BufReader::new(stdout).lines() {
            let Ok(line) = line else { break };
            if tx.send(line).is_err() {
                break;
            }
        }
    });

    let produce = |own: &Own, from: u64, to: u64| {
        let producer: BaseProducer = own.config().create().expect("producer");
        for i in from..=to {
            let v = format!("line-{i}");
            producer
                .send(BaseRecord::<(), _>::to(&topic).payload(&v))
                .expect("queue");
        }
        producer.flush(Duration::from_secs(30)).expect("flush");
    };
    let mut seen: Vec<serde_json::Value> = Vec::new();
    let read_until = |n: usize, seen: &mut Vec<serde_json::Value>| {
        let start = Instant::now();
        while seen.len() < n {
            assert!(
                start.elapsed() < Duration::from_secs(90),
                "tail printed {} of {n} records",
                seen.len()
            );
            if let Ok(line) = rx.recv_timeout(Duration::from_millis(200)) {
                seen.push(serde_json::from_str(&line).expect("an envelope per line"));
            }
        }
    };

    produce(&own, 1, 100);
    read_until(100, &mut seen);
    own.broker.kill();
    std::thread::sleep(Duration::from_secs(2));
    own.restart();
    produce(&own, 101, 200);
    read_until(200, &mut seen);
    // Nothing more arrives: no record printed twice after the reconnect.
    std::thread::sleep(Duration::from_secs(2));
    while let Ok(line) = rx.try_recv() {
        seen.push(serde_json::from_str(&line).unwrap());
    }
    let _ = child.kill();
    let _ = child.wait();

    let offsets: Vec<i64> = seen.iter().map(|e| e["offset"].as_i64().unwrap()).collect();
    assert_eq!(
        offsets,
        (0..200).collect::<Vec<_>>(),
        "offsets without gaps or duplicates"
    );
    let values: Vec<String> = seen
        .iter()
        .map(|e| e["value"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(
        values,
        (1..=200).map(|i| format!("line-{i}")).collect::<Vec<_>>()
    );
}

/// Runs `kctl apply` for 1200 topics of 1 partition and SIGKILLs the broker
/// as soon as the first of them exists, in the middle of a CreateTopics
/// request, then restarts it. Returns apply's output, the topics it was to
/// create, those that exist after the restart, and the file.
fn apply_killed_mid_request(
    own: &mut Own,
    dir: &Path,
) -> (
    Output,
    BTreeSet<String>,
    BTreeSet<String>,
    std::path::PathBuf,
) {
    let prefix = unique("faults.apply");
    let n = 1200;
    let file = dir.join("topics.yaml");
    let mut text = String::from(
        "defaults:\n  partitions: 1\n  replication_factor: 1\n  config:\n    max.message.bytes: \"100000\"\n",
    );
    for i in 0..n {
        text.push_str(&format!("{prefix}.{i:04}: {{}}\n"));
    }
    std::fs::write(&file, text).unwrap();
    let wanted: BTreeSet<String> = (0..n).map(|i| format!("{prefix}.{i:04}")).collect();

    let mut cmd = own.kctl();
    cmd.args(["--timeout", "3s", "apply", "--yes", "-o", "json", "-f"])
        .arg(&file);
    let child = spawn(cmd);
    let mut created_at_kill = 0;
    wait_until("the first topics", Duration::from_secs(60), || {
        created_at_kill = own.topics().intersection(&wanted).count();
        created_at_kill > 0
    });
    own.broker.freeze_node(1);
    own.broker.kill();
    assert!(
        created_at_kill < n,
        "apply finished before the kill: raise the topic count"
    );
    let out = finish(child, Duration::from_secs(120));
    own.restart();
    let exist: BTreeSet<String> = own.topics().intersection(&wanted).cloned().collect();
    assert!(!exist.is_empty());
    (out, wanted, exist, file)
}

/// `kctl apply` killed in the middle of a CreateTopics request fails, every
/// step it reports `done` exists, and a rerun converges (plan in sync).
#[test]
fn apply_killed_mid_request_fails_and_a_rerun_converges() {
    let mut own = Own::start("apply-rerun");
    let dir = tempfile::tempdir().unwrap();
    let (out, wanted, exist, file) = apply_killed_mid_request(&mut own, dir.path());
    assert_ne!(out.status.code(), Some(0), "{}", stderr(&out));
    let report = parse_json(&out);
    for r in report["report"]["results"]
        .as_array()
        .expect("step results")
    {
        let topic = r["topic"].as_str().unwrap();
        if r["status"] == "done" {
            assert!(exist.contains(topic), "{topic} reported done but absent");
        }
    }

    let mut rerun = own.kctl();
    rerun
        .args(["apply", "--yes", "-o", "json", "-f"])
        .arg(&file);
    let out = rerun.output().unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    let mut plan = own.kctl();
    plan.args(["plan", "-f"]).arg(&file);
    let out = plan.output().unwrap();
    assert_eq!(
        out.status.code(),
        Some(0),
        "in sync after the rerun: {}",
        stdout(&out)
    );
    assert_eq!(own.topics().intersection(&wanted).count(), wanted.len());
}

/// The same fault, on what apply *says*: the broker created part of the batch
/// before it died and the response was lost, so a step reported `failed` must
/// not exist (a step whose outcome kctl cannot know must be reported as
/// neither done nor failed), and "nothing was changed" must be true when said.
#[test]
fn apply_killed_mid_request_reports_no_created_topic_as_failed() {
    let mut own = Own::start("apply-report");
    let dir = tempfile::tempdir().unwrap();
    let (out, wanted, exist, _) = apply_killed_mid_request(&mut own, dir.path());
    let report = parse_json(&out);
    for r in report["report"]["results"]
        .as_array()
        .expect("step results")
    {
        let topic = r["topic"].as_str().unwrap();
        if r["status"] == "failed" {
            assert!(
                !exist.contains(topic),
                "{topic} reported failed but the broker created it ({} of {} exist)",
                exist.len(),
                wanted.len()
            );
        }
    }
    assert!(
        !stderr(&out).contains("nothing was changed"),
        "apply said nothing was changed, but {} topics exist: {}",
        exist.len(),
        stderr(&out)
    );
}

/// `kctl dlq replay` with the broker killed part-way: the run stops, and a
/// rerun after the restart replays the rest, every entry exactly once.
#[test]
fn dlq_replay_killed_broker_then_rerun_publishes_every_entry_once() {
    let mut own = Own::start("dlq");
    let origin = unique("faults.orders");
    let dlq = format!("{origin}.dlq");
    own.create_topic(&origin, 1);
    own.create_topic(&dlq, 1);
    let n = 300;
    let producer: BaseProducer = own.config().create().expect("producer");
    for i in 0..n {
        let headers = OwnedHeaders::new()
            .insert(rdkafka::message::Header {
                key: "kafka_dlt-original-topic",
                value: Some(origin.as_str()),
            })
            .insert(rdkafka::message::Header {
                key: "kafka_dlt-original-partition",
                value: Some(&0i32.to_be_bytes()[..]),
            })
            .insert(rdkafka::message::Header {
                key: "kafka_dlt-original-offset",
                value: Some(&(i as i64).to_be_bytes()[..]),
            })
            .insert(rdkafka::message::Header {
                key: "kafka_dlt-exception-fqcn",
                value: Some("java.lang.IllegalStateException"),
            });
        let v = format!("line-{i}");
        producer
            .send(BaseRecord::<(), _>::to(&dlq).payload(&v).headers(headers))
            .expect("queue");
    }
    producer.flush(Duration::from_secs(30)).expect("flush");

    let replay = |own: &Own| {
        let mut cmd = own.kctl();
        cmd.args([
            "--timeout",
            "3s",
            "dlq",
            "replay",
            &dlq,
            "--execute",
            "--yes",
        ])
        .args(["--rate", "60", "--settle", "1s", "-o", "json"]);
        cmd
    };
    let child = spawn(replay(&own));
    kill_after(&mut own, &origin, 60);
    let first = finish(child, Duration::from_secs(180));
    assert_ne!(first.status.code(), Some(0), "{}", stderr(&first));
    own.restart();
    let second = replay(&own).output().unwrap();
    assert!(second.status.success(), "{}", stderr(&second));

    let replayed = own.read_all(&origin);
    let mut ids: BTreeMap<String, usize> = BTreeMap::new();
    for (_, headers) in &replayed {
        let id = headers.get("kctl-replay-id").expect("a replay id").clone();
        *ids.entry(id).or_default() += 1;
    }
    let twice: Vec<_> = ids.iter().filter(|(_, c)| **c > 1).collect();
    assert!(twice.is_empty(), "published more than once: {twice:?}");
    assert_eq!(ids.len(), n, "every entry replayed");
    assert_eq!(replayed.len(), n);
}

#[test]
fn registry_down_gives_one_clear_line_and_writes_nothing() {
    let own = Own::start("registry-down");
    let topic = unique("faults.avro");
    own.create_topic(&topic, 1);
    let consumer = own.consumer();

    // Avro needs the registry: kctl must stop before sending anything.
    let out = own
        .kctl()
        .args([
            "--timeout",
            "2s",
            "produce",
            &topic,
            "--value-format",
            "avro",
        ])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .and_then(|mut c| {
            use std::io::Write;
            c.stdin.take().unwrap().write_all(b"{\"id\":1}\n")?;
            c.wait_with_output()
        })
        .unwrap();
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    let err = stderr(&out);
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(err.contains("schema registry"), "{err}");
    assert_eq!(
        own.high_watermark(&consumer, &topic),
        Some(0),
        "nothing written"
    );

    let dir = tempfile::tempdir().unwrap();
    let schema = dir.path().join("s.avsc");
    std::fs::write(
        &schema,
        r#"{"type":"record","name":"R","fields":[{"name":"id","type":"int"}]}"#,
    )
    .unwrap();
    let out = own
        .kctl()
        .args([
            "--timeout",
            "2s",
            "schema",
            "register",
            &format!("{topic}-value"),
        ])
        .arg(&schema)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    let err = stderr(&out);
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(err.contains("cannot reach schema registry"), "{err}");
}
