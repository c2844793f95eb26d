use super::*;
use crate::domain::filter::parse_header;

fn h(k: &str, v: &[u8]) -> RecordHeader {
    (k.to_string(), Some(v.to_vec()))
}
fn null(k: &str) -> RecordHeader {
    (k.to_string(), None)
}
fn i32b(n: i32) -> Vec<u8> {
    n.to_be_bytes().to_vec()
}
fn i64b(n: i64) -> Vec<u8> {
    n.to_be_bytes().to_vec()
}

#[test]
fn numbers_are_decimal_text_or_big_endian_binary() {
    assert_eq!(parse_number(b"42"), Some(42));
    assert_eq!(parse_number(b"0"), Some(0));
    assert_eq!(parse_number(&i32b(7)), Some(7));
    assert_eq!(parse_number(&i32b(-1)), Some(-1));
    assert_eq!(
        parse_number(&i64b(1_714_000_000_000)),
        Some(1_714_000_000_000)
    );
    // Four ASCII digits are text, not the integer 0x31323334.
    assert_eq!(parse_number(b"1234"), Some(1234));
    assert_eq!(parse_number(b""), None);
    assert_eq!(parse_number(b"12a"), None);
    assert_eq!(parse_number(&[1, 2, 3]), None);
    assert_eq!(parse_number(b"99999999999999999999"), None);
}

#[test]
fn connect_headers_use_the_last_set_with_decimal_numbers() {
    let headers = vec![
        h("trace", b"t1"),
        h("__connect.errors.topic", b"orders"),
        h("__connect.errors.partition", b"1"),
        h("__connect.errors.offset", b"10"),
        h("__connect.errors.stage", b"VALUE_CONVERTER"),
        h(
            "__connect.errors.exception.class.name",
            b"org.apache.kafka.connect.errors.DataException",
        ),
        h("__connect.errors.exception.message", b"first failure"),
        h("__connect.errors.topic", b"orders"),
        h("__connect.errors.partition", b"2"),
        h("__connect.errors.offset", b"20"),
        h("__connect.errors.connector.name", b"sink-1"),
        h("__connect.errors.task.id", b"0"),
        h("__connect.errors.stage", b"TASK_PUT"),
        h(
            "__connect.errors.exception.class.name",
            b"java.sql.SQLException",
        ),
        null("__connect.errors.exception.message"),
        h("__connect.errors.exception.stacktrace", b"at x"),
    ];
    let d = detect(&headers);
    assert_eq!(d.convention, Some(Convention::Connect));
    assert_eq!(
        d.origin,
        Some(Origin {
            topic: "orders".into(),
            partition: Some(2),
            offset: Some(20),
            timestamp: None
        })
    );
    assert_eq!(d.error.class.as_deref(), Some("java.sql.SQLException"));
    // The last set's message is null: "not set", not the first set's.
    assert_eq!(d.error.message, None);
    assert_eq!(d.error.details["stage"], "TASK_PUT");
    assert_eq!(d.error.details["connector"], "sink-1");
    assert_eq!(user_headers(&headers, &d), vec![h("trace", b"t1")]);
}

#[test]
fn spring_dlt_headers_use_binary_numbers() {
    let headers = vec![
        h("kafka_dlt-original-topic", b"payments"),
        h("kafka_dlt-original-partition", &i32b(3)),
        h("kafka_dlt-original-offset", &i64b(123_456)),
        h("kafka_dlt-original-timestamp", &i64b(1_700_000_000_000)),
        h("kafka_dlt-original-timestamp-type", b"CreateTime"),
        h("kafka_dlt-original-consumer-group", b"payments-svc"),
        h(
            "kafka_dlt-exception-fqcn",
            b"org.springframework.kafka.listener.ListenerExecutionFailedException",
        ),
        h(
            "kafka_dlt-exception-cause-fqcn",
            b"java.lang.IllegalStateException",
        ),
        h("kafka_dlt-exception-message", b"bad amount"),
        h("kafka_dlt-exception-stacktrace", b"..."),
        h("b3", b"abc"),
    ];
    let d = detect(&headers);
    assert_eq!(d.convention, Some(Convention::SpringDlt));
    let o = d.origin.clone().unwrap();
    assert_eq!(
        (o.topic.as_str(), o.partition, o.offset),
        ("payments", Some(3), Some(123_456))
    );
    assert_eq!(o.timestamp, Some(1_700_000_000_000));
    assert_eq!(d.error.message.as_deref(), Some("bad amount"));
    assert_eq!(d.error.details["cause"], "java.lang.IllegalStateException");
    assert_eq!(d.error.details["consumer_group"], "payments-svc");
    assert_eq!(user_headers(&headers, &d), vec![h("b3", b"abc")]);
}

#[test]
fn spring_dlt_accepts_text_numbers_and_repeated_keys_take_the_last() {
    let headers = vec![
        h("kafka_dlt-original-topic", b"old"),
        h("kafka_dlt-original-partition", b"1"),
        h("kafka_dlt-original-topic", b"payments"),
        h("kafka_dlt-original-partition", b"4"),
        h("kafka_dlt-original-offset", b"99"),
    ];
    let o = detect(&headers).origin.unwrap();
    assert_eq!(
        (o.topic.as_str(), o.partition, o.offset),
        ("payments", Some(4), Some(99))
    );
}

#[test]
fn spring_retry_wins_over_dlt_and_retry_headers_are_stripped() {
    let headers = vec![
        h("app", b"1"),
        h("kafka_original-topic", b"orders"),
        h("kafka_original-partition", &i32b(0)),
        h("kafka_original-offset", &i64b(5)),
        h("kafka_exception-fqcn", b"java.lang.RuntimeException"),
        h("kafka_exception-message", b"boom"),
        h("retry_topic-attempts", &i32b(3)),
        h("retry_topic-backoff-timestamp", &i64b(1)),
        h("retry_topic-original-timestamp", &i64b(2)),
        h("kafka_dlt-original-topic", b"orders-retry-1"),
        h("kafka_dlt-original-partition", &i32b(0)),
        h("kafka_dlt-exception-fqcn", b"x"),
        h("app", b"2"),
    ];
    let d = detect(&headers);
    assert_eq!(d.convention, Some(Convention::SpringRetry));
    assert_eq!(d.origin_topic(), Some("orders"));
    assert_eq!(d.error.class.as_deref(), Some("java.lang.RuntimeException"));
    assert_eq!(d.error.details["attempts"], "3");
    assert_eq!(
        d.families,
        vec![Convention::SpringRetry, Convention::SpringDlt]
    );
    assert_eq!(
        user_headers(&headers, &d),
        vec![h("app", b"1"), h("app", b"2")]
    );
}

#[test]
fn spring_cloud_stream_headers() {
    let headers = vec![
        h("x-original-topic", b"input"),
        h("x-original-partition", &i32b(2)),
        h("x-original-offset", &i64b(77)),
        h("x-exception-fqcn", b"java.lang.NullPointerException"),
        h("x-exception-message", b"npe"),
        h("x-exception-stacktrace", b"..."),
        h("contentType", b"application/json"),
    ];
    let d = detect(&headers);
    assert_eq!(d.convention, Some(Convention::SpringCloudStream));
    let o = d.origin.clone().unwrap();
    assert_eq!(
        (o.topic.as_str(), o.partition, o.offset),
        ("input", Some(2), Some(77))
    );
    assert_eq!(d.error.message.as_deref(), Some("npe"));
    assert_eq!(
        user_headers(&headers, &d),
        vec![h("contentType", b"application/json")]
    );
}

#[test]
fn x_headers_without_the_origin_topic_are_user_headers() {
    let headers = vec![h("x-exception-message", b"mine")];
    let d = detect(&headers);
    assert!(d.families.is_empty());
    assert_eq!(user_headers(&headers, &d), headers);
}

#[test]
fn kafka_streams_headers() {
    let headers = vec![
        h("__streams.errors.topic", b"clicks"),
        h("__streams.errors.partition", b"0"),
        h("__streams.errors.offset", b"12"),
        h(
            "__streams.errors.exception",
            b"org.apache.kafka.common.errors.SerializationException",
        ),
        h("__streams.errors.message", b"bad bytes"),
        h("__streams.errors.stacktrace", b"..."),
    ];
    let d = detect(&headers);
    assert_eq!(d.convention, Some(Convention::KafkaStreams));
    assert_eq!(d.origin.as_ref().unwrap().offset, Some(12));
    assert_eq!(
        d.error.class.as_deref(),
        Some("org.apache.kafka.common.errors.SerializationException")
    );
    assert!(user_headers(&headers, &d).is_empty());
}

#[test]
fn share_group_headers() {
    let headers = vec![
        h("__dlq.errors.topic", b"jobs"),
        h("__dlq.errors.partition", b"1"),
        h("__dlq.errors.offset", b"8"),
        h("__dlq.errors.group", b"workers"),
        h("__dlq.errors.delivery.count", b"5"),
        h("__dlq.errors.message", b"delivery count exceeded"),
    ];
    let d = detect(&headers);
    assert_eq!(d.convention, Some(Convention::ShareGroup));
    assert_eq!(d.origin.as_ref().unwrap().partition, Some(1));
    assert_eq!(d.error.class, None);
    assert_eq!(d.error.message.as_deref(), Some("delivery count exceeded"));
    assert_eq!(d.error.details["delivery_count"], "5");
    assert_eq!(d.error.details["group"], "workers");
}

#[test]
fn karafka_headers() {
    let headers = vec![
        h("source_topic", b"events"),
        h("source_partition", b"3"),
        h("source_offset", b"1000"),
        h("source_consumer_group", b"app"),
        h("source_attempts", b"4"),
        h("source_system", b"mine"),
    ];
    let d = detect(&headers);
    assert_eq!(d.convention, Some(Convention::Karafka));
    let o = d.origin.clone().unwrap();
    assert_eq!(
        (o.topic.as_str(), o.partition, o.offset),
        ("events", Some(3), Some(1000))
    );
    assert_eq!(d.error.details["attempts"], "4");
    // Only Karafka's exact names go; a look-alike stays.
    assert_eq!(
        user_headers(&headers, &d),
        vec![h("source_system", b"mine")]
    );
}

#[test]
fn smallrye_takes_the_newest_set_which_comes_first() {
    let headers = vec![
        h("dead-letter-reason", b"second failure"),
        h(
            "dead-letter-exception-class-name",
            b"java.lang.IllegalArgumentException",
        ),
        h("dead-letter-topic", b"prices"),
        h("dead-letter-partition", &i32b(1)),
        h("dead-letter-offset", &i64b(44)),
        h("dead-letter-reason", b"first failure"),
        h("dead-letter-topic", b"prices-old"),
        h("dead-letter-partition", &i32b(0)),
        null("dead-letter-cause"),
    ];
    let d = detect(&headers);
    assert_eq!(d.convention, Some(Convention::Smallrye));
    let o = d.origin.clone().unwrap();
    assert_eq!(
        (o.topic.as_str(), o.partition, o.offset),
        ("prices", Some(1), Some(44))
    );
    assert_eq!(d.error.message.as_deref(), Some("second failure"));
    assert!(!d.error.details.contains_key("cause"));
    assert!(user_headers(&headers, &d).is_empty());
}

#[test]
fn null_origin_topic_means_no_origin_but_headers_still_go() {
    let headers = vec![
        null("kafka_dlt-original-topic"),
        h("kafka_dlt-exception-message", b"m"),
        null("user"),
    ];
    let d = detect(&headers);
    assert_eq!(d.origin, None);
    assert_eq!(d.error.message.as_deref(), Some("m"));
    assert_eq!(user_headers(&headers, &d), vec![null("user")]);
}

#[test]
fn kctl_headers_give_replay_count_and_a_fallback_origin() {
    let headers = vec![
        h("u", b"1"),
        h(H_REPLAY_ID, b"orders.DLT/0/7"),
        h(H_REPLAY_COUNT, b"2"),
        h(H_REPLAY_RUN, b"r1"),
        h(H_REPLAY_TOPIC, b"orders"),
        h(H_ORIGINAL_TIMESTAMP, b"1600000000000"),
    ];
    let d = detect(&headers);
    assert_eq!(d.convention, Some(Convention::Kctl));
    assert_eq!(d.origin_topic(), Some("orders"));
    assert_eq!(d.replay_count, 2);
    assert_eq!(d.previous_replay_id.as_deref(), Some("orders.DLT/0/7"));
    assert_eq!(d.original_timestamp, Some(1_600_000_000_000));
    // A framework's headers describe the newest failure and win.
    let mut with_spring = headers.clone();
    with_spring.push(h("kafka_dlt-original-topic", b"orders-v2"));
    let d2 = detect(&with_spring);
    assert_eq!(d2.origin_topic(), Some("orders-v2"));
    assert_eq!(d2.replay_count, 2);
    // Binary replay counts are read too.
    assert_eq!(detect(&[h(H_REPLAY_COUNT, &i32b(3))]).replay_count, 3);
}

#[test]
fn replay_record_keeps_bytes_and_user_headers_and_adds_kctl_headers() {
    let rec = DlqRecord {
        partition: 1,
        offset: 9,
        timestamp: Some(1_000),
        key: None,
        value: Some(vec![0, 255, 1]),
        headers: vec![
            h("a", b"1"),
            h("kafka_dlt-original-topic", b"orders"),
            h("kafka_dlt-original-timestamp", &i64b(500)),
            null("n"),
            h(H_REPLAY_COUNT, b"1"),
            h("a", b"2"),
        ],
    };
    let d = detect(&rec.headers);
    let out = replay_record(
        &rec,
        &d,
        "orders",
        Some(2),
        &Stamp {
            dlq: "orders.DLT",
            run_id: "run-x",
        },
    );
    assert_eq!(out.key, None);
    assert_eq!(out.value, Some(vec![0, 255, 1]));
    assert_eq!(out.partition, Some(2));
    assert_eq!(out.replay_id, "orders.DLT/1/9");
    assert_eq!(
        out.headers,
        vec![
            h("a", b"1"),
            null("n"),
            h("a", b"2"),
            h(H_REPLAY_ID, b"orders.DLT/1/9"),
            h(H_REPLAY_COUNT, b"2"),
            h(H_REPLAY_RUN, b"run-x"),
            h(H_REPLAY_TOPIC, b"orders"),
            h(H_ORIGINAL_TIMESTAMP, b"500"),
        ]
    );
}

#[test]
fn park_record_keeps_all_headers_and_does_not_count_a_replay() {
    let rec = DlqRecord {
        partition: 0,
        offset: 3,
        timestamp: None,
        key: Some(b"k".to_vec()),
        value: None,
        headers: vec![
            h("kafka_dlt-original-topic", b"o"),
            h(H_REPLAY_COUNT, b"1"),
            h(H_REPLAY_ID, b"d/0/1"),
        ],
    };
    let out = park_record(
        &rec,
        "parked",
        "limit",
        &Stamp {
            dlq: "d",
            run_id: "r",
        },
    );
    assert_eq!(out.value, None);
    assert_eq!(
        out.headers,
        vec![
            h("kafka_dlt-original-topic", b"o"),
            h(H_REPLAY_COUNT, b"1"),
            h(H_REPLAY_ID, b"d/0/3"),
            h(H_REPLAY_RUN, b"r"),
            h(H_PARKED_REASON, b"limit"),
        ]
    );
}

#[test]
fn murmur2_matches_java_and_librdkafka() {
    // Values from Kafka's Utils.murmur2 tests and librdkafka's rdmurmur2.c.
    assert_eq!(murmur2(b"21"), -973_932_308);
    assert_eq!(murmur2(b"foobar"), -790_332_482);
    assert_eq!(murmur2(b"abc"), 479_470_107);
    assert_eq!(murmur2(b"kafka") as u32, 0xd067_cf64);
    assert_eq!(murmur2(b"giberish123456789") as u32, 0x8f55_2b0c);
    assert_eq!(murmur2(b"1234") as u32, 0x9fc9_7b14);
    assert_eq!(murmur2(b"234") as u32, 0xe7c0_09ca);
    assert_eq!(murmur2(b"34") as u32, 0x8739_30da);
    assert_eq!(murmur2(b"4") as u32, 0x5a4b_5ca1);
    assert_eq!(murmur2(b"") as u32, 0x106e_08d9);
    assert_eq!(
        java_partition(b"21", 3),
        (-973_932_308i32 & 0x7fff_ffff) % 3
    );
}

#[test]
fn original_partition_only_when_it_exists_in_the_origin_topic() {
    let o = Origin {
        topic: "t".into(),
        partition: Some(4),
        offset: None,
        timestamp: None,
    };
    assert_eq!(choose_partition(Some(&o), "t", 6), Some(4));
    assert_eq!(choose_partition(Some(&o), "t", 4), None);
    assert_eq!(choose_partition(Some(&o), "other", 6), None);
    assert_eq!(choose_partition(None, "t", 6), None);
}

#[test]
fn offset_ranges_parse_and_match() {
    let r = OffsetRange::parse("2:10..20").unwrap();
    assert!(r.contains(2, 10) && r.contains(2, 20) && !r.contains(2, 21) && !r.contains(1, 15));
    assert_eq!(OffsetRange::parse("5").unwrap().to_string(), "5");
    assert_eq!(
        OffsetRange::parse("..5").unwrap(),
        OffsetRange {
            partition: None,
            from: 0,
            to: Some(5)
        }
    );
    assert_eq!(OffsetRange::parse("7..").unwrap().to, None);
    for bad in ["", "a", "5..2", "-1", "x:1", "1..b"] {
        assert!(OffsetRange::parse(bad).is_err(), "{bad}");
    }
}

#[test]
fn read_range_narrows_to_the_offsets_asked_for() {
    let f = EntryFilter {
        offsets: vec![
            OffsetRange::parse("1:5..8").unwrap(),
            OffsetRange::parse("1:20").unwrap(),
        ],
        ..Default::default()
    };
    assert_eq!(f.read_range(1, 0, 100), Some((5, 21)));
    assert_eq!(f.read_range(0, 0, 100), None);
    assert_eq!(f.read_range(1, 30, 100), None);
    assert_eq!(EntryFilter::default().read_range(3, 2, 9), Some((2, 9)));
    assert_eq!(EntryFilter::default().read_range(3, 9, 9), None);
}

#[test]
fn filters_combine_all_criteria() {
    let headers = vec![
        h("kafka_dlt-original-topic", b"orders"),
        h(
            "kafka_dlt-exception-fqcn",
            b"java.lang.IllegalStateException",
        ),
        h("kafka_dlt-exception-message", b"amount is negative"),
        h("tenant", b"acme"),
    ];
    let d = detect(&headers);
    let m = |f: &EntryFilter| f.matches(0, 10, Some(1_000), Some(b"k1"), &headers, &d);
    assert!(m(&EntryFilter::default()));
    let f = EntryFilter {
        origin_topics: vec!["orders".into()],
        error_class: Some(Regex::new("IllegalState").unwrap()),
        error_message: Some(Regex::new("^amount").unwrap()),
        key: Some(b"k1".to_vec()),
        headers: vec![
            parse_header("tenant=acme").unwrap(),
            parse_header("tenant").unwrap(),
        ],
        since: Some(1_000),
        until: Some(1_000),
        offsets: vec![OffsetRange::parse("0:10").unwrap()],
        partitions: vec![0],
    };
    assert!(m(&f));
    for broken in [
        EntryFilter {
            origin_topics: vec!["x".into()],
            ..Default::default()
        },
        EntryFilter {
            error_class: Some(Regex::new("Null").unwrap()),
            ..Default::default()
        },
        EntryFilter {
            error_message: Some(Regex::new("positive").unwrap()),
            ..Default::default()
        },
        EntryFilter {
            key: Some(b"k2".to_vec()),
            ..Default::default()
        },
        EntryFilter {
            headers: vec![parse_header("tenant=other").unwrap()],
            ..Default::default()
        },
        EntryFilter {
            headers: vec![parse_header("missing").unwrap()],
            ..Default::default()
        },
        EntryFilter {
            since: Some(1_001),
            ..Default::default()
        },
        EntryFilter {
            until: Some(999),
            ..Default::default()
        },
        EntryFilter {
            offsets: vec![OffsetRange::parse("11..").unwrap()],
            ..Default::default()
        },
        EntryFilter {
            partitions: vec![1],
            ..Default::default()
        },
    ] {
        assert!(!m(&broken), "{:?}", broken.describe());
    }
    assert!(f.describe().iter().any(|s| s.contains("error class")));
}

#[test]
fn times_parse_in_every_accepted_form() {
    let now = 1_700_000_000_000;
    let parse_time = |t: &str, now: i64| crate::domain::time::parse_time(t).map(|p| p.resolve(now));
    assert_eq!(parse_time("2h", now), Ok(now - 7_200_000));
    assert_eq!(parse_time("-2h", now), Ok(now - 7_200_000));
    assert_eq!(parse_time("1600000000000", now), Ok(1_600_000_000_000));
    assert_eq!(
        parse_time("2024-05-01T00:00:00Z", now),
        Ok(1_714_521_600_000)
    );
    assert_eq!(parse_time("2024-05-01", now), Ok(1_714_521_600_000));
    assert!(parse_time("yesterday", now)
        .unwrap_err()
        .contains("RFC 3339"));
}

fn entry(
    p: i32,
    o: i64,
    ts: i64,
    origin: Option<(&str, i32)>,
    count: u32,
    key: Option<&[u8]>,
) -> Entry {
    let mut headers = Vec::new();
    if let Some((t, part)) = origin {
        headers.push(h("kafka_dlt-original-topic", t.as_bytes()));
        headers.push(h("kafka_dlt-original-partition", &i32b(part)));
    }
    if count > 0 {
        headers.push(h(H_REPLAY_COUNT, count.to_string().as_bytes()));
    }
    Entry {
        partition: p,
        offset: o,
        timestamp: Some(ts),
        key: key.map(<[u8]>::to_vec),
        value_len: Some(1),
        detection: detect(&headers),
    }
}

fn opts() -> ReplayOptions {
    ReplayOptions {
        dlq: "orders.DLT".into(),
        to: None,
        max_replays: 1,
        park_topic: None,
    }
}

#[test]
fn plan_routes_by_origin_partition_and_key_and_parks_at_the_limit() {
    let entries = vec![
        entry(0, 0, 100, Some(("orders", 1)), 0, Some(b"k")),
        entry(0, 1, 50, Some(("orders", 9)), 0, Some(b"21")),
        entry(0, 2, 70, Some(("orders", 9)), 0, None),
        entry(0, 3, 10, Some(("orders", 0)), 1, None),
    ];
    let parts = HashMap::from([("orders".to_string(), 3)]);
    let mut plan = build_plan(&entries, &opts(), vec!["all entries".into()], &parts).unwrap();
    assert_eq!((plan.selected, plan.to_replay, plan.to_park), (4, 3, 1));
    let actions: Vec<_> = plan.entries.iter().map(|e| e.action.clone()).collect();
    assert_eq!(
        actions[0],
        Action::Replay {
            topic: "orders".into(),
            partition: Some(1),
            rule: PartitionRule::Original,
            expected_partition: Some(1)
        }
    );
    assert_eq!(
        actions[1],
        Action::Replay {
            topic: "orders".into(),
            partition: None,
            rule: PartitionRule::Key,
            expected_partition: Some(java_partition(b"21", 3))
        }
    );
    assert!(matches!(
        actions[2],
        Action::Replay {
            rule: PartitionRule::Any,
            ..
        }
    ));
    assert!(matches!(&actions[3], Action::Park { topic: None, .. }));
    // The parked entry writes nothing, so the scan starts at the oldest
    // replayed entry's time.
    assert_eq!(plan.scan_since(5), Some(45));
    assert_eq!(plan.scan_topics(), vec!["orders".to_string()]);
    let present =
        std::collections::HashSet::from([("orders".to_string(), "orders.DLT/0/1".to_string())]);
    plan.mark_already(&present);
    assert_eq!((plan.to_replay, plan.already_replayed), (2, 1));
}

#[test]
fn entries_without_origin_are_planned_as_needing_to_and_refuse_execution() {
    let entries = vec![
        entry(0, 0, 1, None, 0, None),
        entry(0, 1, 1, Some(("orders", 0)), 0, None),
        entry(1, 4, 1, None, 0, None),
    ];
    let parts = HashMap::from([("orders".to_string(), 1)]);
    let plan = build_plan(&entries, &opts(), vec![], &parts).unwrap();
    assert_eq!((plan.selected, plan.to_replay, plan.needs_to), (3, 1, 2));
    assert_eq!(plan.entries[0].action, Action::NeedsTo);
    assert_eq!(plan.entries[2].action, Action::NeedsTo);
    assert_eq!(plan.scan_topics(), vec!["orders".to_string()]);
    let json = serde_json::to_value(&plan.entries[0]).unwrap();
    assert_eq!(json["action"], "needs-to");
    let d = plan
        .destinations
        .iter()
        .find(|d| d.kind == "needs --to")
        .unwrap();
    assert_eq!(d.entries, 2);
    let err = plan.refusal().unwrap();
    assert_eq!(
        err,
        PlanError::NoOrigin {
            count: 2,
            first: "orders.DLT/0/0".into()
        }
    );
    assert!(err.to_string().contains("--to TOPIC"));
    assert!(err.to_string().contains("nothing was sent"));

    let to = ReplayOptions {
        to: Some("orders.DLT".into()),
        ..opts()
    };
    assert!(matches!(
        build_plan(&entries, &to, vec![], &HashMap::new()),
        Err(PlanError::IntoItself(_))
    ));
    let to = ReplayOptions {
        to: Some("fixed".into()),
        park_topic: Some("parked".into()),
        ..opts()
    };
    assert_eq!(
        destinations(&entries, &to).unwrap(),
        vec!["fixed".to_string(), "parked".to_string()]
    );
    let fixed = build_plan(&entries, &to, vec![], &HashMap::new()).unwrap();
    assert_eq!((fixed.to_replay, fixed.needs_to), (3, 0));
    assert!(fixed.refusal().is_none());
    // Parked entries need no origin.
    let parked_only = vec![entry(0, 0, 1, None, 1, None)];
    let p = build_plan(&parked_only, &opts(), vec![], &HashMap::new()).unwrap();
    assert!(p.refusal().is_none());
}

#[test]
fn entries_sent_elsewhere_with_to_are_flagged_when_already_in_their_origin() {
    let entries = vec![
        entry(0, 0, 1, Some(("orders", 0)), 0, None),
        entry(0, 1, 1, Some(("orders", 0)), 0, None),
        entry(0, 2, 1, Some(("payments", 0)), 0, None),
    ];
    let to = ReplayOptions {
        to: Some("orders-v2".into()),
        ..opts()
    };
    let mut plan = build_plan(&entries, &to, vec![], &HashMap::new()).unwrap();
    assert_eq!(
        plan.origin_topics(),
        vec!["orders".to_string(), "payments".to_string()]
    );
    let present = std::collections::HashSet::from([
        ("orders".to_string(), "orders.DLT/0/1".to_string()),
        ("orders-v2".to_string(), "orders.DLT/0/2".to_string()),
    ]);
    plan.mark_already(&present);
    assert_eq!(
        plan.entries[1].replayed_elsewhere,
        vec!["orders".to_string()]
    );
    assert!(plan.entries[0].replayed_elsewhere.is_empty());
    assert!(plan.entries[2].already_replayed);
    assert_eq!(
        (
            plan.to_replay,
            plan.already_replayed,
            plan.replayed_elsewhere
        ),
        (2, 1, 1)
    );
    // Without --to, the origin is the destination: nothing extra to scan.
    let plan = build_plan(&entries, &opts(), vec![], &HashMap::new()).unwrap();
    assert!(plan.origin_topics().is_empty());
}

#[test]
fn summary_groups_by_origin_and_error_class() {
    let mut a = entry(0, 0, 100, Some(("orders", 0)), 0, None);
    a.detection.error.class = Some("E1".into());
    let mut b = a.clone();
    b.timestamp = Some(300);
    b.detection.replay_count = 1;
    let c = entry(0, 2, 200, None, 0, None);
    let s = summarize(&[a, b, c]);
    assert_eq!(
        (s.entries, s.without_origin, s.oldest, s.newest),
        (3, 1, Some(100), Some(300))
    );
    assert_eq!(s.groups[0].entries, 2);
    assert_eq!(s.groups[0].replayed_before, 1);
    assert_eq!(
        (s.groups[0].oldest, s.groups[0].newest),
        (Some(100), Some(300))
    );
    assert_eq!(s.by_convention["spring-dlt"], 2);
    assert_eq!(s.by_convention["none"], 1);
}

#[test]
fn partitions_named_by_the_selection_must_exist() {
    let f = EntryFilter {
        partitions: vec![0],
        offsets: vec![
            OffsetRange::parse("3:5..").unwrap(),
            OffsetRange::parse("7").unwrap(),
        ],
        ..Default::default()
    };
    assert_eq!(f.unknown_partition(&[0, 1, 2]), Some(3));
    assert_eq!(f.unknown_partition(&[0, 1, 2, 3]), None);
    let f = EntryFilter {
        partitions: vec![4],
        ..Default::default()
    };
    assert_eq!(f.unknown_partition(&[0]), Some(4));
    assert_eq!(EntryFilter::default().unknown_partition(&[0]), None);
}
