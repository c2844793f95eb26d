//! `kctl lag` and `kctl groups` against real brokers, with groups whose
//! commits were made by real rdkafka consumers.
//!
//! Everything runs on the shared sandbox (Apache Kafka), DescribeGroups
//! included: owners and member counts come from the broker. A broker that
//! fails DescribeGroups cannot be staged on Kafka (the same Describe
//! permission guards it and OffsetFetch), so that degradation is tested
//! against a fake in `ops::groups`.

use std::process::Output;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use rdkafka::config::ClientConfig;
use rdkafka::consumer::{BaseConsumer, CommitMode, Consumer};
use rdkafka::producer::{BaseProducer, BaseRecord, Producer};
use rdkafka::{Offset, TopicPartitionList};
use serde_json::Value;

use crate::harness::*;

fn config(bootstrap: &str) -> ClientConfig {
    let mut c = ClientConfig::new();
    c.set("bootstrap.servers", bootstrap);
    c
}

/// Produces `counts[p]` records to partition `p`; record `i` of a partition
/// gets timestamp `base_ts + i * 1000` when `base_ts` is given.
pub(crate) fn produce(bootstrap: &str, topic: &str, counts: &[usize], base_ts: Option<i64>) {
    let p: BaseProducer = config(bootstrap).create().expect("producer");
    for (part, n) in counts.iter().enumerate() {
        for i in 0..*n {
            let mut rec = BaseRecord::<str, str>::to(topic)
                .partition(part as i32)
                .payload("x");
            if let Some(ts) = base_ts {
                rec = rec.timestamp(ts + i as i64 * 1000);
            }
            p.send(rec).map_err(|(e, _)| e).expect("enqueue a record");
            p.poll(Duration::ZERO);
        }
    }
    p.flush(Duration::from_secs(30)).expect("flush");
}

/// A real consumer of `group` reads the first `n` records of one partition
/// and commits the offset after the last one it read (`n`).
fn consume_and_commit(bootstrap: &str, group: &str, topic: &str, partition: i32, n: usize) {
    let c: BaseConsumer = config(bootstrap)
        .set("group.id", group)
        .set("enable.auto.commit", "false")
        .set("fetch.wait.max.ms", "10")
        .create()
        .expect("consumer");
    let mut tpl = TopicPartitionList::new();
    tpl.add_partition_offset(topic, partition, Offset::Beginning)
        .unwrap();
    c.assign(&tpl).expect("assign");
    let mut read = Vec::new();
    let start = Instant::now();
    while read.len() < n {
        assert!(
            start.elapsed() < Duration::from_secs(30),
            "read {read:?} of {n} records"
        );
        if let Some(m) = c.poll(Duration::from_millis(100)) {
            read.push(rdkafka::Message::offset(&m.expect("a record")));
        }
    }
    assert_eq!(read, (0..n as i64).collect::<Vec<_>>());
    let mut commit = TopicPartitionList::new();
    commit
        .add_partition_offset(topic, partition, Offset::Offset(n as i64))
        .unwrap();
    c.commit(&commit, CommitMode::Sync).expect("commit");
}

/// Commits offsets for `group` the way a consumer does (OffsetCommit).
pub(crate) fn commit(bootstrap: &str, group: &str, offsets: &[(&str, i32, i64)]) {
    let c: BaseConsumer = config(bootstrap)
        .set("group.id", group)
        .set("enable.auto.commit", "false")
        .create()
        .expect("consumer");
    let mut tpl = TopicPartitionList::new();
    for (t, p, o) in offsets {
        tpl.add_partition_offset(t, *p, Offset::Offset(*o)).unwrap();
    }
    c.commit(&tpl, CommitMode::Sync).expect("commit");
}

fn run(cmd: &mut assert_cmd::Command) -> Output {
    cmd.output().expect("run kctl")
}

fn code(out: &Output) -> i32 {
    out.status.code().unwrap_or(-1)
}

/// `groups[g].topics[t].partitions[p]` of a `kctl lag -o json` report.
fn partition<'a>(report: &'a Value, group: &str, topic: &str, p: i64) -> &'a Value {
    report["groups"]
        .as_array()
        .and_then(|gs| gs.iter().find(|g| g["group"] == group))
        .and_then(|g| g["topics"].as_array())
        .and_then(|ts| ts.iter().find(|t| t["topic"] == topic))
        .and_then(|t| t["partitions"].as_array())
        .and_then(|ps| ps.iter().find(|x| x["partition"] == p))
        .unwrap_or_else(|| panic!("{group} {topic}/{p} missing in {report:#}"))
}

fn group<'a>(report: &'a Value, name: &str) -> &'a Value {
    report["groups"]
        .as_array()
        .and_then(|gs| gs.iter().find(|g| g["group"] == name))
        .unwrap_or_else(|| panic!("group {name} missing in {report:#}"))
}

/// Topic `a` (3 partitions: 10, 20, 5 records) and `b` (1 partition: 7
/// records); the group's consumer read 4 records of a/0, and it committed
/// a/1 at 20 and b/0 at 2. a/2 has no commit.
fn fixture() -> (String, String, String) {
    let bs = &sandbox().bootstrap;
    let (a, b, g) = (unique("lag.a"), unique("lag.b"), unique("lag-g"));
    create_topic(&a, 3, &[]);
    create_topic(&b, 1, &[]);
    produce(bs, &a, &[10, 20, 5], None);
    produce(bs, &b, &[7], None);
    consume_and_commit(bs, &g, &a, 0, 4);
    commit(bs, &g, &[(&a, 1, 20), (&b, 0, 2)]);
    (a, b, g)
}

#[test]
fn lag_numbers_are_exact_per_partition_topic_and_group() {
    let (a, b, g) = fixture();
    let out = run(kctl().args(["lag", &g, "-o", "json"]));
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let r = json(&out);
    let a0 = partition(&r, &g, &a, 0);
    assert_eq!(
        (&a0["committed"], &a0["log_end"], &a0["lag"]),
        (&4.into(), &10.into(), &6.into())
    );
    assert_eq!(a0["status"], "ok");
    assert_eq!(partition(&r, &g, &a, 1)["lag"], 0);
    assert_eq!(partition(&r, &g, &b, 0)["lag"], 5);
    // The partition without a commit: log end known, lag unknown, never zero.
    let a2 = partition(&r, &g, &a, 2);
    assert_eq!(a2["committed"], Value::Null);
    assert_eq!(a2["lag"], Value::Null);
    assert_eq!(a2["log_end"], 5);
    assert_eq!(a2["status"], "no_commit_new_partition");
    assert_eq!(
        a2["owner"]["status"], "unassigned",
        "DescribeGroups: the group has no member"
    );
    let grp = group(&r, &g);
    assert_eq!(grp["lag"], 11);
    assert_eq!(grp["partitions"], 4);
    assert_eq!(grp["partitions_without_lag"], 1);
    assert_eq!(grp["members"], 0);
    let topics = grp["topics"].as_array().unwrap();
    assert_eq!(topics[0]["topic"], a.as_str(), "largest topic lag first");
    assert_eq!(
        (&topics[0]["lag"], &topics[1]["lag"]),
        (&6.into(), &5.into())
    );
    assert_eq!(topics[0]["partitions_without_lag"], 1);

    // The table shows the same numbers, "-" where there is no commit.
    let out = run(kctl().args(["lag", &g]));
    let text = stdout(&out);
    let row = |t: &str, p: &str| -> Vec<String> {
        text.lines()
            .find(|l| {
                let f: Vec<&str> = l.split_whitespace().collect();
                f.len() > 2 && f[0] == g && f[1] == t && f[2] == p
            })
            .unwrap_or_else(|| panic!("no row for {t}/{p} in\n{text}"))
            .split_whitespace()
            .map(str::to_string)
            .collect()
    };
    assert_eq!(row(&a, "0")[3..7], ["4", "10", "6", "-"]);
    assert_eq!(row(&a, "2")[3..7], ["-", "5", "-", "-"]);
    assert!(text.contains("UNKNOWN-LAG"), "{text}");

    // --skip-members: no DescribeGroups, so owners and members are unknown
    // (never guessed), and the lag numbers are the same.
    let out = run(kctl().args(["lag", &g, "--skip-members", "-o", "json"]));
    let r = json(&out);
    assert_eq!(partition(&r, &g, &a, 2)["owner"]["status"], "unknown");
    assert_eq!(group(&r, &g)["members"], Value::Null);
    assert_eq!(group(&r, &g)["lag"], 11);
}

#[test]
fn topic_filter_and_a_named_group_on_a_topic_it_never_committed() {
    let (a, b, g) = fixture();
    let out = run(kctl().args(["lag", &g, "--topic", &b, "-o", "json"]));
    let r = json(&out);
    let topics = group(&r, &g)["topics"].as_array().unwrap().clone();
    assert_eq!(topics.len(), 1);
    assert_eq!(topics[0]["topic"], b.as_str());
    assert_eq!(group(&r, &g)["lag"], 5);

    let c = unique("lag.c");
    create_topic(&c, 2, &[]);
    produce(&sandbox().bootstrap, &c, &[3, 0], None);
    let out = run(kctl().args(["lag", &g, "--topic", &c, "-o", "json"]));
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let r = json(&out);
    let c0 = partition(&r, &g, &c, 0);
    assert_eq!(
        (&c0["lag"], &c0["status"], &c0["log_end"]),
        (&Value::Null, &"no_commit".into(), &3.into())
    );
    let c1 = partition(&r, &g, &c, 1);
    assert_eq!(c1["lag"], Value::Null);
    assert_eq!(c1["note"], "no commit (nothing was ever written here)");
    assert_eq!(group(&r, &g)["partitions_without_lag"], 2);
    let _ = a;
}

#[test]
fn prometheus_output_is_text_exposition_with_exact_samples() {
    let (a, b, g) = fixture();
    let out = run(kctl().args(["lag", &g, "-o", "prometheus"]));
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let text = stdout(&out);
    let sample = regex::Regex::new(
        r#"^([a-z_]+)\{([a-z]+="(?:[^"\\]|\\.)*")(,[a-z]+="(?:[^"\\]|\\.)*")*\} -?[0-9]+$"#,
    )
    .unwrap();
    let mut typed = std::collections::HashSet::new();
    for line in text.lines() {
        if let Some(rest) = line.strip_prefix("# TYPE ") {
            let (name, kind) = rest.split_once(' ').unwrap();
            assert_eq!(kind, "gauge");
            typed.insert(name.to_string());
        } else if !line.starts_with("# HELP ") {
            let caps = sample
                .captures(line)
                .unwrap_or_else(|| panic!("bad sample line {line:?}"));
            assert!(typed.contains(&caps[1]), "{line:?} before its # TYPE");
        }
    }
    for expected in [
        format!("kafka_consumergroup_lag{{group=\"{g}\",topic=\"{a}\",partition=\"0\"}} 6"),
        format!("kafka_consumergroup_lag{{group=\"{g}\",topic=\"{b}\",partition=\"0\"}} 5"),
        format!(
            "kafka_consumergroup_current_offset{{group=\"{g}\",topic=\"{a}\",partition=\"0\"}} 4"
        ),
        format!("kafka_topic_partition_log_end_offset{{topic=\"{a}\",partition=\"2\"}} 5"),
        format!("kafka_consumergroup_topic_lag_sum{{group=\"{g}\",topic=\"{a}\"}} 6"),
        format!("kafka_consumergroup_lag_sum{{group=\"{g}\"}} 11"),
        format!("kafka_consumergroup_partitions_without_lag{{group=\"{g}\"}} 1"),
        format!("kafka_consumergroup_lag_error{{group=\"{g}\"}} 0"),
    ] {
        assert!(
            text.lines().any(|l| l == expected),
            "missing {expected:?} in\n{text}"
        );
    }
    assert!(
        !text.contains(&format!(
            "kafka_consumergroup_lag{{group=\"{g}\",topic=\"{a}\",partition=\"2\"}}"
        )),
        "a partition without a commit has no lag sample"
    );
    assert!(text.contains("# HELP kafka_consumergroup_lag_sum "));
}

#[test]
fn fail_above_exits_3_only_when_a_groups_total_lag_is_above_n() {
    let (_, _, g) = fixture();
    let out = run(kctl().args(["lag", &g, "--fail-above", "10"]));
    assert_eq!(code(&out), 3, "{}", stderr(&out));
    assert!(
        stderr(&out).contains(&format!("group {g:?}: lag 11 is above 10")),
        "{}",
        stderr(&out)
    );
    let out = run(kctl().args(["lag", &g, "--fail-above", "11", "-o", "json"]));
    assert_eq!(
        code(&out),
        0,
        "lag equal to N is not above N: {}",
        stderr(&out)
    );
    json(&out);
    let out = run(kctl().args(["lag", &unique("lag-nosuch"), "--fail-above", "1"]));
    assert_eq!(
        code(&out),
        1,
        "a named group that does not exist is an error"
    );
    assert!(
        stderr(&out).contains("consumer group not found"),
        "{}",
        stderr(&out)
    );
    let out = run(kctl_offline().args(["lag", "--for", "5m", "--fail-above", "1"]));
    assert_eq!(code(&out), 2, "--for needs --watch: {}", stderr(&out));
    let out = run(kctl_offline().args(["lag", "--watch", "-o", "prometheus"]));
    assert_eq!(code(&out), 2, "{}", stderr(&out));
}

#[test]
fn watch_prints_json_lines_with_rates_and_for_holds_before_exit_3() {
    let (_, _, g) = fixture();
    let start = Instant::now();
    let out = run(kctl().args([
        "lag",
        &g,
        "--watch=1s",
        "-o",
        "json",
        "--fail-above",
        "10",
        "--for",
        "2s",
    ]));
    assert_eq!(code(&out), 3, "{}", stderr(&out));
    assert!(
        start.elapsed() >= Duration::from_secs(2),
        "exit 3 only after 2 s above"
    );
    let lines: Vec<Value> = stdout(&out)
        .lines()
        .map(|l| serde_json::from_str(l).expect("each line is one JSON report"))
        .collect();
    assert!(lines.len() >= 3, "{} samples", lines.len());
    assert!(lines.iter().all(|r| group(r, &g)["lag"] == 11));
    assert_eq!(
        group(&lines[0], &g).get("rate"),
        None,
        "no rate from one sample"
    );
    let rate = &group(&lines[1], &g)["rate"];
    assert_eq!(rate["consumed_per_sec"], 0.0);
    assert_eq!(rate["catching_up"], false);
    assert!(
        stderr(&out).contains("lag 11 has been above 10 for"),
        "{}",
        stderr(&out)
    );

    // Piped (not a terminal): plain snapshots, no cursor movement.
    let out = run(kctl().args(["lag", &g, "--watch=1s", "--fail-above", "0"]));
    assert_eq!(code(&out), 3);
    let text = stdout(&out);
    assert!(text.starts_with("Every 1s: kctl lag"), "{text}");
    assert!(!text.contains('\x1b'), "no escape codes when piped");
}

#[test]
fn reset_offsets_dry_run_then_execute_then_lag_reflects_it() {
    let (a, _, g) = fixture();
    let bs = &sandbox().bootstrap;
    let lag_of = |p: i64| {
        let out = run(kctl().args(["lag", &g, "-o", "json"]));
        partition(&json(&out), &g, &a, p)["lag"].clone()
    };

    let out = run(kctl().args([
        "groups",
        "reset-offsets",
        &g,
        "--topic",
        &a,
        "--to",
        "latest",
    ]));
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let table = stdout(&out);
    let rows: Vec<Vec<&str>> = table
        .lines()
        .map(|l| l.split_whitespace().collect())
        .collect();
    assert_eq!(
        rows[0],
        [
            "GROUP",
            "TOPIC",
            "PARTITION",
            "OLD",
            "NEW",
            "CHANGE",
            "NOTE"
        ]
    );
    assert_eq!(rows[1][2..6], ["0", "4", "10", "+6"]);
    assert_eq!(rows[2][2..6], ["1", "20", "20", "+0"]);
    assert_eq!(rows[3][2..6], ["2", "-", "5", "-"]);
    assert!(
        stderr(&out).contains("Dry run: nothing was written"),
        "{}",
        stderr(&out)
    );
    assert_eq!(lag_of(0), 6, "a dry run writes nothing");

    // Even without DescribeGroups (--skip-members), Kafka's ListGroups tells
    // the group's state (Empty), which is enough to allow the reset. (A
    // broker that tells neither needs --force-unknown-members: the fake in
    // ops::groups plays it.)
    let out = run(kctl().args([
        "groups",
        "reset-offsets",
        &g,
        "--topic",
        &format!("{a}:0,2"),
        "--to",
        "latest",
        "--execute",
        "--skip-members",
        "-o",
        "json",
    ]));
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let r = json(&out);
    assert_eq!(r["executed"], true);
    let statuses: Vec<(i64, i64, &str)> = r["rows"]
        .as_array()
        .unwrap()
        .iter()
        .map(|x| {
            (
                x["partition"].as_i64().unwrap(),
                x["new"].as_i64().unwrap(),
                x["status"].as_str().unwrap(),
            )
        })
        .collect();
    assert_eq!(statuses, [(0, 10, "committed"), (2, 5, "committed")]);
    assert_eq!(lag_of(0), 0);
    assert_eq!(lag_of(2), 0, "the partition without a commit now has one");
    assert_eq!(
        lag_of(1),
        0,
        "partition 1 was not selected and kept its commit"
    );

    // An offset past the log end is clamped, and says so.
    let out = run(kctl().args([
        "groups",
        "reset-offsets",
        &g,
        "--topic",
        &format!("{a}:1"),
        "--to",
        "3",
        "--execute",
    ]));
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    assert_eq!(lag_of(1), 17);
    let out = run(kctl().args([
        "groups",
        "reset-offsets",
        &g,
        "--topic",
        &format!("{a}:1"),
        "--to",
        "99",
    ]));
    assert!(
        stdout(&out).contains("99 is past the log end: using 20"),
        "{}",
        stdout(&out)
    );

    // Errors: bad target, unknown topic, unknown partition; nothing written.
    let out = run(kctl().args([
        "groups",
        "reset-offsets",
        &g,
        "--topic",
        &a,
        "--to",
        "yesterday",
    ]));
    assert_eq!(code(&out), 2);
    let out = run(kctl().args([
        "groups",
        "reset-offsets",
        &g,
        "--topic",
        "lag.nope",
        "--to",
        "earliest",
    ]));
    assert_eq!(code(&out), 1);
    assert!(stderr(&out).contains("topic \"lag.nope\" does not exist; nothing was written"));
    let out = run(kctl().args([
        "groups",
        "reset-offsets",
        &g,
        "--topic",
        &format!("{a}:9"),
        "--to",
        "earliest",
    ]));
    assert!(
        stderr(&out).contains("has no partition 9 (it has 3)"),
        "{}",
        stderr(&out)
    );
    let _ = bs;
}

#[test]
fn reset_to_a_time_uses_the_first_record_at_or_after_it() {
    let bs = &sandbox().bootstrap;
    let (t, g) = (unique("lag.ts"), unique("lag-ts"));
    // Records from 2020 are years past the default retention (7 days): the
    // broker's retention check (every 5 minutes) would delete them, segment
    // and all, in the middle of the test. Kept forever here.
    create_topic(&t, 1, &[("retention.ms", "-1")]);
    // Records at 2020-09-13T12:26:40Z + i seconds.
    produce(bs, &t, &[10], Some(1_600_000_000_000));
    commit(bs, &g, &[(&t, 0, 10)]);
    let reset = |to: &str| {
        let out = run(kctl().args([
            "groups",
            "reset-offsets",
            &g,
            "--topic",
            &t,
            "--to",
            to,
            "-o",
            "json",
        ]));
        assert_eq!(code(&out), 0, "{}", stderr(&out));
        json(&out)["rows"][0]["new"].clone()
    };
    assert_eq!(reset("2020-09-13T12:26:45Z"), 5);
    assert_eq!(reset("2020-09-13T12:26:45.500Z"), 6);
    assert_eq!(reset("2020-09-13T14:26:45+02:00"), 5);
    assert_eq!(reset("earliest"), 0);
    assert_eq!(reset("latest"), 10);
    // Every record is older than an hour ago: Kafka answers "no offset" for
    // a time after the last record, and kctl uses the log end.
    assert_eq!(reset("-1h"), 10);
    assert_eq!(reset("2030-01-01T00:00:00Z"), 10);
    assert_eq!(reset("2000-01-01T00:00:00Z"), 0);
}

/// A consumer subscribed to `topic` in `group`, polling on its own thread
/// until dropped (then it leaves the group).
pub(crate) struct LiveConsumer {
    stop: Arc<AtomicBool>,
    thread: Option<std::thread::JoinHandle<()>>,
}

impl LiveConsumer {
    pub(crate) fn start(
        bootstrap: &str,
        group: &str,
        topic: &str,
        client_id: &str,
    ) -> LiveConsumer {
        Self::start_with(bootstrap, group, topic, client_id, &[])
    }

    /// A consumer with extra librdkafka settings (`group.protocol`).
    pub(crate) fn start_with(
        bootstrap: &str,
        group: &str,
        topic: &str,
        client_id: &str,
        extra: &[(&str, &str)],
    ) -> LiveConsumer {
        let mut cfg = config(bootstrap);
        cfg.set("group.id", group)
            .set("client.id", client_id)
            .set("enable.auto.commit", "false")
            .set("fetch.wait.max.ms", "10");
        for (k, v) in extra {
            cfg.set(*k, *v);
        }
        let c: BaseConsumer = cfg.create().unwrap();
        c.subscribe(&[topic]).unwrap();
        let stop = Arc::new(AtomicBool::new(false));
        let assigned = Arc::new(AtomicBool::new(false));
        let (s, a) = (stop.clone(), assigned.clone());
        let thread = std::thread::spawn(move || {
            while !s.load(Ordering::SeqCst) {
                let _ = c.poll(Duration::from_millis(100));
                if c.assignment().is_ok_and(|t| t.count() > 0) {
                    a.store(true, Ordering::SeqCst);
                }
            }
            drop(c);
        });
        wait_until(
            "the consumer to get its partitions",
            Duration::from_secs(30),
            || assigned.load(Ordering::SeqCst),
        );
        LiveConsumer {
            stop,
            thread: Some(thread),
        }
    }
}

impl Drop for LiveConsumer {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::SeqCst);
        if let Some(t) = self.thread.take() {
            let _ = t.join();
        }
    }
}

/// Many groups in one request each way: `lag` asks every group's committed
/// offsets and description of its coordinator in one OffsetFetch and one
/// DescribeGroups (kctl's own client), where librdkafka sends one of each
/// per group (plus a FindCoordinator and a ConsumerGroupDescribe). A KIP-848
/// group, which Kafka's DescribeGroups answers as Dead, is still described,
/// through librdkafka's ConsumerGroupDescribe: its member and owners show.
#[test]
fn many_groups_are_asked_in_one_request_and_a_kip848_group_is_still_described() {
    let bs = &sandbox().bootstrap;
    let t = unique("lag.many");
    create_topic(&t, 2, &[]);
    produce(bs, &t, &[5, 5], None);
    let groups: Vec<String> = (0..20).map(|i| unique(&format!("lag-many-{i}"))).collect();
    for (i, g) in groups.iter().enumerate() {
        commit(bs, g, &[(&t, 0, (i % 5) as i64), (&t, 1, 5)]);
    }
    let g848 = unique("lag-848");
    commit(bs, &g848, &[(&t, 0, 1), (&t, 1, 2)]);
    let consumer = LiveConsumer::start_with(
        bs,
        &g848,
        &t,
        "kctl-test-848",
        &[("group.protocol", "consumer")],
    );

    let mut args: Vec<&str> = vec!["-vv", "-X", "debug=protocol", "lag", "-o", "json"];
    args.extend(groups.iter().map(String::as_str));
    args.push(&g848);
    let out = run(kctl().args(&args));
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let r = json(&out);
    for (i, g) in groups.iter().enumerate() {
        assert_eq!(partition(&r, g, &t, 0)["lag"], 5 - (i % 5) as i64, "{g}");
        assert_eq!(partition(&r, g, &t, 1)["lag"], 0, "{g}");
        assert_eq!(group(&r, g)["state"], "Empty", "{g}");
        assert_eq!(group(&r, g)["members"], 0, "{g}");
    }
    assert_eq!(partition(&r, &g848, &t, 0)["lag"], 4);
    assert_eq!(partition(&r, &g848, &t, 1)["lag"], 3);
    assert_eq!(group(&r, &g848)["members"], 1, "{r}");
    for p in 0..2 {
        let owner = &partition(&r, &g848, &t, p)["owner"];
        assert_eq!(owner["status"], "assigned", "{r}");
        assert_eq!(owner["client_id"], "kctl-test-848", "{r}");
    }

    let err = stderr(&out);
    let sent = |request: &str| err.matches(&format!("Sent {request}Request")).count();
    assert_eq!(sent("OffsetFetch"), 0, "librdkafka fetched offsets itself");
    assert_eq!(
        sent("DescribeGroups"),
        0,
        "librdkafka described groups itself"
    );
    assert_eq!(sent("ConsumerGroupDescribe"), 1, "only the KIP-848 group");
    assert!(
        err.contains("OffsetFetch of 21 groups from ")
            && err.contains("DescribeGroups of 21 groups from "),
        "{err}"
    );
    drop(consumer);
}

/// DescribeGroups for real: while a subscribed consumer is connected, `lag`
/// names it as the owner of each partition, `groups list` and `lag` count one
/// member, `groups describe` lists it with its assignment, and kctl refuses to
/// reset offsets (Kafka itself would answer UNKNOWN_MEMBER_ID to a commit from
/// outside the group). Once the consumer leaves, the group is Empty and the
/// reset goes through without any override.
#[test]
fn reset_is_refused_while_a_consumer_is_connected_and_allowed_once_it_left() {
    let bs = &sandbox().bootstrap;
    let (t, g) = (unique("lag.live"), unique("lag-live"));
    create_topic(&t, 2, &[]);
    produce(bs, &t, &[3, 3], None);
    commit(bs, &g, &[(&t, 0, 1), (&t, 1, 2)]);
    let consumer = LiveConsumer::start(bs, &g, &t, "kctl-test-live");

    let out = run(kctl().args(["groups", "describe", &g, "-o", "json"]));
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let d = json(&out);
    assert_eq!(d["state"], "Stable", "{d}");
    assert_eq!(d["members"].as_array().map(Vec::len), Some(1), "{d}");
    assert_eq!(d["members"][0]["client_id"], "kctl-test-live", "{d}");
    let out = run(kctl().args(["groups", "describe", &g]));
    let text = stdout(&out);
    assert!(text.contains("Members:      1"), "{text}");
    assert!(
        text.contains("kctl-test-live") && text.contains(&format!("{t}:0,1")),
        "{text}"
    );

    // Owners and member counts in lag.
    let out = run(kctl().args(["lag", &g, "-o", "json"]));
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let r = json(&out);
    assert_eq!(group(&r, &g)["members"], 1, "{r}");
    for p in 0..2 {
        let owner = &partition(&r, &g, &t, p)["owner"];
        assert_eq!(owner["status"], "assigned", "{r}");
        assert_eq!(owner["client_id"], "kctl-test-live", "{r}");
    }
    assert_eq!(partition(&r, &g, &t, 0)["lag"], 2);
    assert_eq!(partition(&r, &g, &t, 1)["lag"], 1);
    let out = run(kctl().args(["lag", &g]));
    assert!(stdout(&out).contains("kctl-test-live"), "{}", stdout(&out));

    let out = run(kctl().args(["groups", "list", "-o", "json"]));
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let listed = json(&out);
    let row = listed
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["group"] == g.as_str())
        .unwrap();
    assert_eq!(row["state"], "Stable");
    assert_eq!(row["members"], 1, "{row}");

    let out = run(kctl().args([
        "groups",
        "reset-offsets",
        &g,
        "--topic",
        &t,
        "--to",
        "earliest",
        "--execute",
    ]));
    assert_eq!(code(&out), 1, "{}", stdout(&out));
    let err = stderr(&out);
    assert!(
        err.contains("has active members")
            && err.contains("state Stable")
            && err.contains("Nothing was written"),
        "{err}"
    );
    // Forcing does not help: the group is known to be active, not unknown.
    let out = run(kctl().args([
        "groups",
        "reset-offsets",
        &g,
        "--topic",
        &t,
        "--to",
        "earliest",
        "--execute",
        "--force-unknown-members",
    ]));
    assert_eq!(code(&out), 1);

    drop(consumer);
    wait_until("the group to be empty", Duration::from_secs(30), || {
        let out = run(kctl().args(["groups", "describe", &g, "-o", "json"]));
        code(&out) == 0 && json(&out)["state"] == "Empty"
    });
    let out = run(kctl().args(["lag", &g, "-o", "json"]));
    let r = json(&out);
    assert_eq!(group(&r, &g)["members"], 0, "{r}");
    assert_eq!(partition(&r, &g, &t, 0)["owner"]["status"], "unassigned");
    let out = run(kctl().args([
        "groups",
        "reset-offsets",
        &g,
        "--topic",
        &t,
        "--to",
        "earliest",
        "--execute",
    ]));
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    assert!(
        stderr(&out).contains("Committed 2 offset(s)"),
        "{}",
        stderr(&out)
    );
    let out = run(kctl().args(["lag", &g, "-o", "json"]));
    assert_eq!(partition(&json(&out), &g, &t, 0)["lag"], 3);
}

#[test]
fn an_unreachable_broker_fails_within_the_timeout_with_one_line() {
    let port = free_port();
    let start = Instant::now();
    let out =
        run(kctl_offline().args(["-b", &format!("127.0.0.1:{port}"), "--timeout", "2s", "lag"]));
    assert_eq!(code(&out), 1);
    let err = stderr(&out);
    assert!(err.contains(&format!("127.0.0.1:{port}")), "{err}");
    assert_eq!(err.trim().lines().count(), 1, "{err}");
    assert!(
        start.elapsed() < Duration::from_secs(8),
        "{:?}",
        start.elapsed()
    );
}

/// A group whose consumer joined and left without committing: listed by the
/// cluster, reported with a note, and its partitions never shown as zero lag.
#[test]
fn a_group_that_never_committed_is_reported_as_such() {
    let bs = &sandbox().bootstrap;
    let (t, g) = (unique("lag.nc"), unique("lag-nc"));
    create_topic(&t, 2, &[]);
    produce(bs, &t, &[4, 4], None);
    drop(LiveConsumer::start(bs, &g, &t, "kctl-test-nc"));
    wait_until("the group to be listed", Duration::from_secs(30), || {
        let out = run(kctl().args(["groups", "list", "-o", "json"]));
        json(&out)
            .as_array()
            .unwrap()
            .iter()
            .any(|r| r["group"] == g.as_str())
    });

    let out = run(kctl().args(["lag", &g, "-o", "json"]));
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let r = json(&out);
    let grp = group(&r, &g);
    assert_eq!(grp["notes"][0], "no committed offsets");
    assert_eq!(grp["topics"].as_array().unwrap().len(), 0);
    assert_eq!(grp.get("error"), None);

    let out = run(kctl().args(["lag", &g, "--topic", &t, "-o", "json"]));
    let r = json(&out);
    for p in 0..2 {
        let x = partition(&r, &g, &t, p);
        assert_eq!(
            (&x["lag"], &x["log_end"], &x["status"]),
            (&Value::Null, &4.into(), &"no_commit".into())
        );
    }
    assert_eq!(group(&r, &g)["partitions_without_lag"], 2);
    // Nothing committed: no lag is known, so none is reported (never 0).
    assert_eq!(group(&r, &g)["lag"], Value::Null);
    assert_eq!(group(&r, &g)["topics"][0]["lag"], Value::Null);
    let out = run(kctl().args(["lag", &g, "--topic", &t, "-o", "prometheus"]));
    let text = stdout(&out);
    let label = format!("group=\"{g}\"");
    for family in [
        "kafka_consumergroup_lag{",
        "kafka_consumergroup_lag_sum{",
        "kafka_consumergroup_topic_lag_sum{",
    ] {
        assert!(
            !text
                .lines()
                .any(|l| l.starts_with(family) && l.contains(&label)),
            "no {family} sample for a group without commits:\n{text}"
        );
    }
    let out = run(kctl().args(["lag", &g, "--topic", &t, "--fail-above", "0"]));
    assert_eq!(
        code(&out),
        0,
        "an unknown lag is not above 0: {}",
        stderr(&out)
    );
}

/// Issue 13: a misspelt --topic or group never reads as "no lag".
#[test]
fn a_topic_or_group_that_does_not_exist_is_an_error_with_no_output() {
    let (a, _, g) = fixture();
    let misspelt = format!("{a}x");
    let out = run(kctl().args(["lag", &g, "--topic", &misspelt, "--fail-above", "10"]));
    assert_eq!(code(&out), 1, "{}", stderr(&out));
    assert_eq!(stdout(&out), "");
    let err = stderr(&out);
    assert!(
        err.contains(&format!("topic {misspelt:?} does not exist in the cluster")),
        "{err}"
    );
    assert!(err.contains(&format!("did you mean {a:?}")), "{err}");
    assert_eq!(err.trim().lines().count(), 1, "{err}");

    let missing = unique("lag-nosuch");
    let out = run(kctl().args(["lag", &g, &missing, "-o", "prometheus"]));
    assert_eq!(code(&out), 1, "{}", stderr(&out));
    assert!(
        !stdout(&out).contains(&missing),
        "no sample for a group that does not exist:\n{}",
        stdout(&out)
    );
    assert!(
        stderr(&out).contains(&format!("consumer group not found: {missing:?}")),
        "{}",
        stderr(&out)
    );
}

/// Issue 13: an unreachable cluster is never an empty group list, and a
/// refused connection fails at once (not after --timeout) in the same words
/// in every command.
#[test]
fn a_refused_connection_fails_fast_in_the_same_words_everywhere() {
    let port = free_port();
    let addr = format!("127.0.0.1:{port}");
    let commands: &[&[&str]] = &[
        &["groups", "list"],
        &["groups", "describe", "g"],
        &["lag"],
        &["lag", "g"],
        &["topics", "list"],
        &["topics", "describe", "t"],
        &["cluster", "info"],
        &["tail", "t", "-n", "1"],
        &["produce", "t", "--value-format", "json"],
        &["dlq", "inspect", "t.dlq"],
        &["cluster", "health"],
        &["brokers", "list"],
        &["brokers", "describe", "1"],
        &["topics", "create", "t", "--yes"],
        &["topics", "delete", "t", "--yes"],
        &[
            "topics",
            "alter-config",
            "t",
            "--set",
            "retention.ms=1d",
            "--yes",
        ],
        &["groups", "delete", "g", "--yes"],
        &["groups", "delete-offsets", "g", "--topic", "t", "--yes"],
        &["acls", "list"],
        &["users", "list"],
    ];
    for args in commands {
        let start = Instant::now();
        let out = run(kctl_offline()
            .args(["-b", &addr, "--timeout", "20s"])
            .args(*args)
            .write_stdin("{}\n"));
        let took = start.elapsed();
        assert_eq!(code(&out), 1, "{args:?}: {}", stderr(&out));
        let err = stderr(&out);
        assert_eq!(err.trim().lines().count(), 1, "{args:?}: {err}");
        assert!(
            err.starts_with(&format!("error: cannot reach Kafka at {addr}: ")),
            "{args:?}: {err}"
        );
        assert!(err.contains("Connection refused"), "{args:?}: {err}");
        assert!(
            took < Duration::from_secs(10),
            "{args:?} took {took:?} for a refused connection (timeout 20s)"
        );
    }
}

/// A fake, said plainly: a loopback port that accepts connections and never
/// answers stands for a broker that does not respond. Every command fails
/// after --timeout with the same line.
#[test]
fn a_broker_that_never_answers_fails_after_the_timeout_in_the_same_words_everywhere() {
    let silent = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let addr = silent.local_addr().unwrap().to_string();
    let commands: &[&[&str]] = &[
        &["topics", "list"],
        &["lag"],
        &["groups", "list"],
        &["cluster", "health"],
        &["brokers", "list"],
        &["tail", "t", "-n", "1"],
        &["topics", "delete", "t", "--yes"],
    ];
    for args in commands {
        let out = run(kctl_offline()
            .args(["-b", &addr, "--timeout", "2s"])
            .args(*args));
        assert_eq!(code(&out), 1, "{args:?}: {}", stderr(&out));
        let err = stderr(&out);
        assert_eq!(err.trim().lines().count(), 1, "{args:?}: {err}");
        assert!(
            err.starts_with(&format!("error: cannot reach Kafka at {addr} within 2s")),
            "{args:?}: {err}"
        );
    }
    drop(silent);
}
