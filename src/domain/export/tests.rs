use super::*;
use crate::domain::plan::{self, ClusterState, PlanOptions, TopicState};

fn dynamic(k: &str, v: &str) -> ConfigEntry {
    ConfigEntry {
        name: k.into(),
        value: Some(v.into()),
        source: "DynamicTopic".into(),
        is_default: false,
        is_sensitive: false,
    }
}

fn broker_default(k: &str, v: &str) -> ConfigEntry {
    ConfigEntry {
        name: k.into(),
        value: Some(v.into()),
        source: "Default".into(),
        is_default: true,
        is_sensitive: false,
    }
}

fn topic(name: &str, partitions: i32, rf: i32, configs: &[(&str, &str)]) -> LiveTopic {
    let mut entries: Vec<ConfigEntry> = configs.iter().map(|(k, v)| dynamic(k, v)).collect();
    entries.push(broker_default("segment.ms", "604800000"));
    LiveTopic {
        name: name.into(),
        partitions,
        replication_factor: rf,
        configs: entries,
        replica_counts: BTreeSet::from([rf]),
    }
}

fn source() -> Source {
    Source {
        bootstrap: "localhost:9092".into(),
        cluster_id: Some("abc".into()),
        context: None,
        registry: None,
        exported_at: "2026-12-04T22:00:00Z".into(),
    }
}

/// The plan of the exported text against the very state it came from.
fn plan_of(text: &str, topics: &[LiveTopic]) -> plan::TopicPlan {
    let spec = spec::parse(text, Path::new("topics.yaml"))
        .unwrap_or_else(|e| panic!("{e}\n{text}"))
        .resolve(None)
        .unwrap();
    let state = ClusterState {
        broker_count: 3,
        topics: topics
            .iter()
            .map(|t| {
                (
                    t.name.clone(),
                    TopicState {
                        partitions: t.partitions,
                        replication_factor: t.replication_factor,
                        configs: t.configs.clone(),
                    },
                )
            })
            .collect(),
    };
    plan::compute(&spec, &state, &PlanOptions::default())
}

#[test]
fn exported_topics_plan_empty_against_the_state_they_came_from() {
    let topics = vec![
        topic(
            "orders",
            12,
            3,
            &[("retention.ms", "604800000"), ("min.insync.replicas", "2")],
        ),
        topic(
            "payments",
            6,
            3,
            &[("retention.ms", "-1"), ("min.insync.replicas", "2")],
        ),
        topic(
            "users",
            3,
            3,
            &[
                ("cleanup.policy", "compact,delete"),
                ("min.insync.replicas", "2"),
                ("segment.bytes", "1073741824"),
                ("max.message.bytes", "1000000"),
                ("min.cleanable.dirty.ratio", "0.25"),
                ("compression.type", "zstd"),
                ("message.timestamp.type", "LogAppendTime"),
                ("unclean.leader.election.enable", "true"),
                ("delete.retention.ms", "1500"),
            ],
        ),
    ];
    let p = export(&topics, None, None, &source()).unwrap();
    let text = &p.topics_yaml;
    assert!(p.omissions.is_empty(), "{:?}", p.omissions);
    let plan = plan_of(text, &topics);
    assert!(plan.in_sync(), "{:?}\n{text}", plan.steps);
    assert!(
        plan.unmanaged_configs.is_empty(),
        "{:?}\n{text}",
        plan.unmanaged_configs
    );
    // Human units where exact; explicit numbers otherwise.
    assert!(text.contains("retention: 7d"), "{text}");
    assert!(text.contains("retention.ms: -1"), "{text}");
    assert!(text.contains("segment.bytes: 1GiB"), "{text}");
    assert!(text.contains("max.message.bytes: 1000000"), "{text}");
    assert!(text.contains("delete.retention.ms: 1500ms"), "{text}");
    assert!(text.contains("cleanup_policy: compact,delete"), "{text}");
    // A broker default is not exported.
    assert!(!text.contains("segment.ms"), "{text}");
    // Shared by every topic: in `defaults`, once.
    assert_eq!(text.matches("min.insync.replicas").count(), 1, "{text}");
    assert!(
        text.contains(
            "defaults:\n  replication_factor: 3\n  config:\n    min.insync.replicas: 2\n"
        ),
        "{text}"
    );
    // Sorted, with the header.
    let (o, pay, u) = (
        text.find("\norders:").unwrap(),
        text.find("\npayments:").unwrap(),
        text.find("\nusers:").unwrap(),
    );
    assert!(o < pay && pay < u, "{text}");
    assert!(text.starts_with("# Exported by `kctl export`"), "{text}");
    assert!(
        text.contains("abc (bootstrap localhost:9092)") && text.contains("2026-12-04T22:00:00Z")
    );
}

#[test]
fn a_config_only_some_topics_set_stays_on_those_topics() {
    let topics = vec![
        topic("a", 1, 1, &[("retention.ms", "86400000")]),
        topic("b", 1, 1, &[("retention.ms", "86400000")]),
        topic("c", 1, 1, &[]),
    ];
    let p = export(&topics, None, None, &source()).unwrap();
    assert!(
        !p.topics_yaml
            .contains("defaults:\n  partitions: 1\n  replication_factor: 1\n  retention"),
        "{}",
        p.topics_yaml
    );
    assert!(p.topics_yaml.contains("c: {}"), "{}", p.topics_yaml);
    let plan = plan_of(&p.topics_yaml, &topics);
    assert!(
        plan.in_sync() && plan.unmanaged_configs.is_empty(),
        "{:?}",
        plan
    );
}

#[test]
fn a_config_the_file_cannot_hold_is_reported_not_written() {
    let mut t = topic("odd", 1, 1, &[("retention.ms", "86400000")]);
    t.configs.push(dynamic("some.future.config", "x"));
    t.configs.push(ConfigEntry {
        name: "confluent.secret".into(),
        value: None,
        source: "DynamicTopic".into(),
        is_default: false,
        is_sensitive: true,
    });
    let p = export(std::slice::from_ref(&t), None, None, &source()).unwrap();
    assert!(!p.topics_yaml.contains("some.future.config"));
    let whats: BTreeSet<&str> = p.omissions.iter().map(|o| o.what.as_str()).collect();
    assert_eq!(
        whats,
        BTreeSet::from([
            r#"topic "odd" config "some.future.config" = "x""#,
            r#"topic "odd" config "confluent.secret""#,
        ]),
        "{:?}",
        p.omissions
    );
    assert_eq!(p.omissions.len(), 2);
    assert!(
        p.omissions
            .iter()
            .any(|o| o.reason.contains("unknown topic config")),
        "{:?}",
        p.omissions
    );
    assert!(p.omissions.iter().any(|o| o.reason.contains("sensitive")));
}

#[test]
fn names_yaml_would_misread_are_quoted_and_reserved_names_go_under_topics() {
    let topics = vec![
        topic("true", 1, 1, &[]),
        topic("123", 1, 1, &[]),
        topic("defaults", 2, 1, &[]),
        topic("-dash", 1, 1, &[]),
    ];
    let p = export(&topics, None, None, &source()).unwrap();
    let spec = spec::parse(&p.topics_yaml, Path::new("t.yaml"))
        .unwrap()
        .resolve(None)
        .unwrap();
    let names: BTreeSet<&str> = spec.topics.iter().map(|t| t.name.as_str()).collect();
    assert_eq!(
        names,
        BTreeSet::from(["true", "123", "defaults", "-dash"]),
        "{}",
        p.topics_yaml
    );
    assert!(
        p.topics_yaml.contains("\ntopics:\n  defaults:"),
        "{}",
        p.topics_yaml
    );
}

fn avro(name: &str, fields: &str) -> String {
    format!(r#"{{"type":"record","name":"{name}","namespace":"com.acme","fields":[{fields}]}}"#)
}

fn subject(name: &str, version: i32, schema: String, refs: &[(&str, &str, i32)]) -> LiveSubject {
    LiveSubject {
        subject: name.into(),
        version,
        schema_type: "AVRO".into(),
        schema,
        references: refs
            .iter()
            .map(|(n, s, v)| Reference {
                name: n.to_string(),
                subject: s.to_string(),
                version: *v,
            })
            .collect(),
        own_level: None,
        history: Vec::new(),
    }
}

fn live(subjects: Vec<LiveSubject>) -> LiveSchemas {
    LiveSchemas {
        global_level: "BACKWARD".into(),
        chosen: subjects.iter().map(|s| s.subject.clone()).collect(),
        subjects: subjects
            .into_iter()
            .map(|s| (s.subject.clone(), s))
            .collect(),
        missing: BTreeMap::new(),
    }
}

#[test]
fn subjects_are_bound_by_topic_and_references_by_their_record_name() {
    let address = avro("Address", r#"{"name":"city","type":"string"}"#);
    let order = avro(
        "Order",
        r#"{"name":"id","type":"long"},{"name":"to","type":"com.acme.Address"}"#,
    );
    let mut value = subject(
        "orders-value",
        2,
        order,
        &[("com.acme.Address", "com.acme.Address", 1)],
    );
    value.own_level = Some("FULL".into());
    let mut key = subject("orders-key", 1, r#""string""#.into(), &[]);
    key.own_level = Some("FULL".into());
    let schemas = live(vec![
        value,
        key,
        subject("com.acme.Address", 1, address, &[]),
        subject("com.acme.Unused", 1, avro("Unused", ""), &[]),
        // What Confluent's Python serializer registers: a base64 descriptor.
        LiveSubject {
            schema_type: "PROTOBUF".into(),
            ..subject("pings-value", 1, "CgpwaW5nLnByb3RvIgYKBFBpbmc=".into(), &[])
        },
    ]);
    let topics = vec![topic("orders", 3, 1, &[]), topic("pings", 1, 1, &[])];
    let p = export(&topics, Some(&schemas), None, &source()).unwrap();
    let text = &p.topics_yaml;
    assert!(
        text.contains("key_schema: schemas/orders-key.avsc"),
        "{text}"
    );
    assert!(
        text.contains("value_schema: schemas/orders-value.avsc"),
        "{text}"
    );
    assert!(text.contains("compatibility: FULL"), "{text}");
    let files: BTreeMap<String, &str> = p
        .files
        .iter()
        .map(|(p, t)| (p.display().to_string(), t.as_str()))
        .collect();
    assert!(
        files.contains_key("schemas/com.acme.Address.avsc"),
        "{files:?}"
    );
    assert!(
        files.contains_key("schemas/unmanaged/com.acme.Unused.avsc"),
        "{files:?}"
    );
    assert!(
        files.contains_key("schemas/unmanaged/pings-value.proto"),
        "{files:?}"
    );
    assert_eq!(p.subjects, 3);
    let reasons: BTreeMap<&str, &str> = p
        .omissions
        .iter()
        .map(|o| (o.what.as_str(), o.reason.as_str()))
        .collect();
    assert!(
        reasons[r#"subject "com.acme.Unused""#].contains("not tied to an exported topic"),
        "{reasons:?}"
    );
    assert!(
        reasons[r#"subject "pings-value""#].contains("serialized Protobuf descriptor"),
        "{reasons:?}"
    );
    assert_eq!(reasons.len(), 2, "{reasons:?}");
}

/// A JSON Schema's `$ref` and a Protobuf `import` are written where plan
/// finds them (the reference's name), when plan would derive the same
/// subject from there; otherwise the schema is kept unmanaged, with why.
#[test]
fn json_schema_references_and_protobuf_imports_are_written_as_code() {
    let typed = |t: &str, s: LiveSubject| LiveSubject {
        schema_type: t.into(),
        ..s
    };
    let meta = r#"{"type":"object","properties":{"id":{"type":"string"}}}"#;
    let ev = r#"{"type":"object","properties":{"metadata":{"$ref":"erp-meta.json"}}}"#;
    let common = "syntax = \"proto3\";\npackage toy.v1;\nmessage Meta { string id = 1; }\n";
    let said = "syntax = \"proto3\";\npackage toy.v1;\nimport \"toy/v1/common.proto\";\nmessage Said { Meta meta = 1; }\n";
    let other = "syntax = \"proto3\";\nimport \"c.proto\";\nmessage X { C c = 1; }\n";
    let schemas = live(vec![
        typed("JSON", subject("erp-meta", 1, meta.into(), &[])),
        typed(
            "JSON",
            subject(
                "inv-value",
                1,
                ev.into(),
                &[("erp-meta.json", "erp-meta", 1)],
            ),
        ),
        typed(
            "PROTOBUF",
            subject("toy/v1/common.proto", 1, common.into(), &[]),
        ),
        typed(
            "PROTOBUF",
            subject(
                "said-value",
                1,
                said.into(),
                &[("toy/v1/common.proto", "toy/v1/common.proto", 1)],
            ),
        ),
        // Imported as c.proto, but registered under another subject name:
        // plan would register the import under "c.proto".
        typed(
            "PROTOBUF",
            subject(
                "c-types",
                1,
                "syntax = \"proto3\";\nmessage C {}\n".into(),
                &[],
            ),
        ),
        typed(
            "PROTOBUF",
            subject("x-value", 1, other.into(), &[("c.proto", "c-types", 1)]),
        ),
    ]);
    let topics = vec![
        topic("inv", 1, 1, &[]),
        topic("said", 1, 1, &[]),
        topic("x", 1, 1, &[]),
    ];
    let p = export(&topics, Some(&schemas), None, &source()).unwrap();
    let files: BTreeMap<String, &str> = p
        .files
        .iter()
        .map(|(p, t)| (p.display().to_string(), t.as_str()))
        .collect();
    for f in [
        "schemas/erp-meta.json",
        "schemas/inv-value.json",
        "schemas/toy/v1/common.proto",
        "schemas/said-value.proto",
        "schemas/unmanaged/x-value.proto",
    ] {
        assert!(files.contains_key(f), "{f}: {files:?}");
    }
    assert_eq!(files["schemas/said-value.proto"], said);
    assert!(
        p.topics_yaml
            .contains("value_schema: schemas/said-value.proto"),
        "{}",
        p.topics_yaml
    );
    assert!(
        p.topics_yaml
            .contains("value_schema: schemas/inv-value.json"),
        "{}",
        p.topics_yaml
    );
    assert_eq!(p.subjects, 4);
    let reasons: BTreeMap<&str, &str> = p
        .omissions
        .iter()
        .map(|o| (o.what.as_str(), o.reason.as_str()))
        .collect();
    assert_eq!(reasons.len(), 2, "{reasons:?}");
    assert!(reasons.contains_key(r#"subject "x-value""#), "{reasons:?}");
}

#[test]
fn a_reference_to_an_older_version_or_under_another_name_is_reported() {
    let address = avro("Address", r#"{"name":"city","type":"string"}"#);
    let order = avro("Order", r#"{"name":"to","type":"com.acme.Address"}"#);
    let pay = avro("Payment", r#"{"name":"to","type":"com.acme.Address"}"#);
    let schemas = live(vec![
        subject(
            "orders-value",
            1,
            order,
            &[("com.acme.Address", "com.acme.Address", 1)],
        ),
        subject("com.acme.Address", 2, address.clone(), &[]),
        subject(
            "pay-value",
            1,
            pay,
            &[("com.acme.Address", "shared-address", 1)],
        ),
        subject("shared-address", 1, address, &[]),
    ]);
    let topics = vec![topic("orders", 1, 1, &[]), topic("pay", 1, 1, &[])];
    let p = export(&topics, Some(&schemas), None, &source()).unwrap();
    let reasons: BTreeMap<&str, &str> = p
        .omissions
        .iter()
        .map(|o| (o.what.as_str(), o.reason.as_str()))
        .collect();
    assert!(
        reasons[r#"subject "orders-value""#].contains("version 1"),
        "{reasons:?}"
    );
    assert!(
        reasons.contains_key(r#"subject "pay-value""#),
        "{reasons:?}"
    );
    assert!(!p.topics_yaml.contains("value_schema"), "{}", p.topics_yaml);
}

#[test]
fn different_key_and_value_levels_are_reported() {
    let mut value = subject("t-value", 1, avro("V", ""), &[]);
    value.own_level = Some("FULL".into());
    let key = subject("t-key", 1, avro("K", ""), &[]);
    let p = export(
        &[topic("t", 1, 1, &[])],
        Some(&live(vec![value, key])),
        None,
        &source(),
    )
    .unwrap();
    assert!(
        !p.topics_yaml.contains("compatibility"),
        "{}",
        p.topics_yaml
    );
    assert_eq!(p.omissions.len(), 1, "{:?}", p.omissions);
    assert!(p.omissions[0].what.contains("FULL"), "{:?}", p.omissions);
}

#[test]
fn partitions_with_different_replica_counts_are_reported() {
    let mut t = topic("moved", 2, 3, &[]);
    t.replica_counts = BTreeSet::from([2, 3]);
    let p = export(&[t], None, None, &source()).unwrap();
    assert!(
        p.topics_yaml.contains("replication_factor: 3"),
        "{}",
        p.topics_yaml
    );
    assert_eq!(p.omissions.len(), 1, "{:?}", p.omissions);
    assert!(
        p.omissions[0].reason.contains("2 and 3 replicas"),
        "{:?}",
        p.omissions
    );
}

#[test]
fn text_yaml_would_misread_is_quoted() {
    let t = topic(
        "t",
        1,
        1,
        &[
            ("confluent.placement", "null"),
            ("follower.replication.throttled.replicas", "*"),
        ],
    );
    let p = export(std::slice::from_ref(&t), None, None, &source()).unwrap();
    assert!(p.omissions.is_empty(), "{:?}", p.omissions);
    assert!(
        p.topics_yaml
            .contains(r#"follower.replication.throttled.replicas: "*""#),
        "{}",
        p.topics_yaml
    );
    let plan = plan_of(&p.topics_yaml, &[t]);
    assert!(
        plan.in_sync() && plan.unmanaged_configs.is_empty(),
        "{plan:?}"
    );
}

#[test]
fn subjects_follow_the_topic_selection_unless_chosen_by_name() {
    let topics_only = Selection {
        topics: Some(Selection::anchored("orders.*").unwrap()),
        ..Selection::default()
    };
    let selected = BTreeSet::from(["orders".to_string()]);
    assert!(topics_only.subject("orders-value", &selected));
    assert!(topics_only.subject("orders-key", &selected));
    assert!(!topics_only.subject("payments-value", &selected));
    assert!(!topics_only.subject("com.acme.Order", &selected));
    let by_name = Selection {
        subjects: Some(Selection::anchored("com\\..*").unwrap()),
        ..topics_only.clone()
    };
    assert!(by_name.subject("com.acme.Order", &selected));
    assert!(!by_name.subject("orders-value", &selected));
    assert!(Selection::default().subject("anything", &BTreeSet::new()));
    assert!(!Selection::default().topic("__consumer_offsets"));
    assert!(Selection::anchored("(").is_err());
    // Anchored: a partial match is no match.
    assert!(!topics_only.topic("old.orders"));
}
