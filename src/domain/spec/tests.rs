use super::layers::*;
use super::locate::*;
use super::values::*;
use super::*;

fn parse_str(text: &str) -> Result<TopicsFile, SpecErrors> {
    parse(text, Path::new("dir/topics.yaml"))
}

fn err(text: &str) -> String {
    parse_str(text).expect_err("expected an error").to_string()
}

const SERVICES_FORMAT: &str = "\
inspection.lifecycle:
  partitions: 12
  replication_factor: 3
  retention_ms: 2592000000  # 30 days
  cleanup_policy: delete
";

#[test]
fn accepts_the_services_format_verbatim() {
    let spec = parse_str(SERVICES_FORMAT).unwrap().resolve(None).unwrap();
    assert_eq!(spec.topics.len(), 1);
    let t = &spec.topics[0];
    assert_eq!(t.name, "inspection.lifecycle");
    assert_eq!(t.partitions, 12);
    assert_eq!(t.replication_factor, 3);
    assert_eq!(t.configs["retention.ms"], "2592000000");
    assert_eq!(t.configs["cleanup.policy"], "delete");
    assert_eq!(t.subject_strategy, SubjectStrategy::Topic);
    assert!(t.value_schema.is_empty());
}

#[test]
fn human_units_give_the_same_canonical_values() {
    let spec = parse_str(
        "a:\n  partitions: 1\n  replication_factor: 1\n  retention: 30d\n  config:\n    \
             segment.bytes: 1GiB\n    max.message.bytes: 1048576\n    preallocate: TRUE\n    \
             min.cleanable.dirty.ratio: 0.5\n    delete.retention.ms: 1d\n",
    )
    .unwrap()
    .resolve(None)
    .unwrap();
    let c = &spec.topics[0].configs;
    assert_eq!(c["retention.ms"], "2592000000");
    assert_eq!(c["segment.bytes"], "1073741824");
    assert_eq!(c["max.message.bytes"], "1048576");
    assert_eq!(c["preallocate"], "true");
    assert_eq!(c["min.cleanable.dirty.ratio"], "0.5");
    assert_eq!(c["delete.retention.ms"], "86400000");
}

#[test]
fn cleanup_policy_is_an_order_insensitive_set() {
    for v in [
        "compact,delete",
        "delete, compact",
        "[delete, compact]",
        "[compact, delete, compact]",
    ] {
        let spec = parse_str(&format!(
            "a:\n  partitions: 1\n  replication_factor: 1\n  cleanup_policy: {v}\n"
        ))
        .unwrap()
        .resolve(None)
        .unwrap();
        assert_eq!(
            spec.topics[0].configs["cleanup.policy"], "compact,delete",
            "{v}"
        );
    }
    assert_eq!(
        canonical_value("cleanup.policy", "delete,compact"),
        "compact,delete"
    );
}

#[test]
fn broker_values_are_canonicalised_like_file_values() {
    assert_eq!(canonical_value("retention.ms", "2592000000"), "2592000000");
    assert_eq!(canonical_value("retention.ms", "-1"), "-1");
    assert_eq!(canonical_value("preallocate", "FALSE"), "false");
    assert_eq!(canonical_value("min.cleanable.dirty.ratio", "0.50"), "0.5");
    assert_eq!(canonical_value("unknown.key", " x "), "x");
}

#[test]
fn defaults_and_overrides_merge_in_order() {
    let text = "\
defaults:
  replication_factor: 3
  retention: 7d
  config:
    min.insync.replicas: 2
a:
  partitions: 12
  replication_factor: 3
b:
  partitions: 4
  retention: 1d
overrides:
  sandbox:
    defaults:
      replication_factor: 1
      config:
        min.insync.replicas: 1
    a:
      partitions: 2
";
    let f = parse_str(text).unwrap();
    assert_eq!(f.override_names(), vec!["sandbox"]);
    let prod = f.resolve(None).unwrap();
    assert_eq!(prod.topics[0].replication_factor, 3);
    assert_eq!(prod.topics[0].partitions, 12);
    assert_eq!(prod.topics[0].configs["retention.ms"], "604800000");
    assert_eq!(prod.topics[1].configs["retention.ms"], "86400000");
    let dev = f.resolve(Some("sandbox")).unwrap();
    assert_eq!(dev.overrides.as_deref(), Some("sandbox"));
    // The override's defaults beat the topic's own setting.
    assert_eq!(dev.topics[0].replication_factor, 1);
    assert_eq!(dev.topics[0].partitions, 2);
    assert_eq!(dev.topics[1].partitions, 4);
    assert_eq!(dev.topics[1].configs["min.insync.replicas"], "1");
    assert_eq!(dev.topics[1].configs["retention.ms"], "86400000");
    let e = f.resolve(Some("prod")).unwrap_err().to_string();
    assert!(e.contains("no override block \"prod\""), "{e}");
    assert!(e.contains("sandbox"), "{e}");
}

#[test]
fn the_topics_block_allows_reserved_names() {
    let f = parse_str(
        "defaults:\n  partitions: 1\n  replication_factor: 1\ntopics:\n  defaults: {}\n  a: {}\n",
    )
    .unwrap();
    let names: Vec<String> = f
        .resolve(None)
        .unwrap()
        .topics
        .into_iter()
        .map(|t| t.name)
        .collect();
    assert_eq!(names, ["defaults", "a"]);
    let e = err("a:\n  partitions: 1\n  replication_factor: 1\ntopics:\n  a: {}\n");
    assert_eq!(
        e,
        "dir/topics.yaml:5:3: topics: topic \"a\" is declared twice"
    );
}

#[test]
fn schema_bindings_are_parsed_and_resolved_relative_to_the_file() {
    let text = "\
defaults:
  partitions: 1
  replication_factor: 1
  compatibility: BACKWARD
a:
  value_schema: schemas/a.avsc
  key_schema: schemas/k.avsc
b:
  value_schema: [schemas/u.avsc, schemas/s.avsc]
  subject_strategy: record
  compatibility: FULL_TRANSITIVE
";
    let spec = parse_str(text).unwrap().resolve(None).unwrap();
    let (a, b) = (&spec.topics[0], &spec.topics[1]);
    assert_eq!(a.value_schema, [PathBuf::from("dir/schemas/a.avsc")]);
    assert_eq!(a.key_schema, [PathBuf::from("dir/schemas/k.avsc")]);
    assert_eq!(a.compatibility.as_deref(), Some("BACKWARD"));
    assert_eq!(
        b.value_schema,
        [
            PathBuf::from("dir/schemas/u.avsc"),
            PathBuf::from("dir/schemas/s.avsc")
        ]
    );
    assert_eq!(b.subject_strategy, SubjectStrategy::Record);
    assert_eq!(b.compatibility.as_deref(), Some("FULL_TRANSITIVE"));
}

#[test]
fn every_bad_value_names_its_position_and_what_was_expected() {
    let base = "a:\n  replication_factor: 1\n";
    let cases: &[(&str, &str)] = &[
            (
                "a:\n  partitions: 0\n  replication_factor: 1\n",
                "dir/topics.yaml:2:15: a.partitions: invalid value 0: expected a whole number of partitions, at least 1",
            ),
            (
                "a:\n  partitions: twelve\n  replication_factor: 1\n",
                "dir/topics.yaml:2:15: a.partitions: invalid type: string \"twelve\", expected a whole number of partitions, at least 1",
            ),
            (
                "a:\n  partitions: 1\n  replication_factor: 1\n  cleanup_policy: compcat\n",
                "dir/topics.yaml:4:19: a.cleanup_policy: unknown cleanup policy \"compcat\": expected delete, compact, or compact,delete",
            ),
            (
                "a:\n  partitions: 1\n  replication_factor: 1\n  retention: 7\n",
                "dir/topics.yaml:4:14: a.retention: 7 has no unit: write a duration such as 7d, 12h or 30m",
            ),
            (
                "a:\n  partitions: 1\n  replication_factor: 1\n  retention: \"7\"\n",
                "dir/topics.yaml:4:14: a.retention: \"7\" has no unit",
            ),
            (
                "a:\n  partitions: 1\n  replication_factor: 1\n  retention: thirty days\n",
                "dir/topics.yaml:4:14: a.retention: invalid duration \"thirty days\": expected a number followed by a unit (ms, s, m, h, d, w, y), e.g. 30d",
            ),
            (
                "a:\n  partitions: 1\n  replication_factor: 1\n  partitons: 2\n",
                "dir/topics.yaml:4:3: a: unknown field `partitons`, expected one of",
            ),
            (
                "bad/name:\n  partitions: 1\n",
                "dir/topics.yaml:1:1: invalid topic name \"bad/name\": character '/' is not allowed",
            ),
            (
                "a:\n  partitions: 1\n  replication_factor: 1\n  config:\n    retention.mss: 5\n",
                "dir/topics.yaml:5:5: a.config: unknown topic config \"retention.mss\"",
            ),
            (
                "a:\n  partitions: 1\n  replication_factor: 1\n  config:\n    segment.bytes: 1GB\n",
                "dir/topics.yaml:5:20: a.config.segment.bytes: invalid size \"1GB\"",
            ),
            (
                "a:\n  partitions: 1\n  replication_factor: 1\n  subject_strategy: topicname\n",
                "dir/topics.yaml:4:21: a.subject_strategy: unknown subject strategy \"topicname\"",
            ),
            (
                "a:\n  partitions: 1\n  replication_factor: 1\n  compatibility: backward\n",
                "dir/topics.yaml:4:18: a.compatibility: unknown compatibility level \"backward\"",
            ),
            (
                "a:\n  partitions: 1\n  replication_factor: 1\n  value_schema: [x.avsc, y.avsc]\n",
                "dir/topics.yaml:4:3: topic \"a\": value_schema lists 2 schemas, but the `topic` subject strategy allows one",
            ),
            (
                base,
                "dir/topics.yaml:1:1: topic \"a\" has no partitions: set `partitions`",
            ),
            (
                "a:\n  partitions: 1\n",
                "dir/topics.yaml:1:1: topic \"a\" has no replication_factor",
            ),
            (
                "a:\n  partitions: 1\n  replication_factor: 1\noverrides:\n  dev:\n    b:\n      partitions: 2\n",
                "dir/topics.yaml:6:5: override block \"dev\" names topic \"b\", which the file does not declare",
            ),
            (
                "a:\n  partitions: 1\n  replication_factor: 1\n  retention: 1d\n  retention_ms: 5\n",
                "dir/topics.yaml:4:3: a.retention: both `retention_ms` and `retention` are set",
            ),
            (
                "a:\n  partitions: ~\n  replication_factor: 1\n",
                "dir/topics.yaml:2:15: a.partitions: invalid type: unit value, expected a whole number of partitions",
            ),
            (
                "a.b:\n  partitions: 1\n  replication_factor: 1\na_b:\n  partitions: 1\n  replication_factor: 1\n",
                "dir/topics.yaml:4:1: topic \"a_b\" collides with \"a.b\"",
            ),
            ("# nothing\n", "dir/topics.yaml:1:1: no topics declared"),
            (
                "a:\n  partitions: 1\n a: [\n",
                "dir/topics.yaml:",
            ),
            (
                "a:\n  partitions: 1\n  replication_factor: 1\noverrides:\n  dev:\n    a:\n      replication_factor: 0\n",
                "dir/topics.yaml:7:27: overrides.dev.a.replication_factor: invalid value 0: expected a replication factor from 1 to 32767",
            ),
        ];
    for (text, want) in cases {
        let got = err(text);
        assert!(
            got.starts_with(want),
            "for {text:?}\n got: {got}\nwant: {want}"
        );
    }
}

#[test]
fn topic_names_follow_kafka_rules() {
    assert!(validate_topic_name("inspection.lifecycle").is_ok());
    assert!(validate_topic_name("child.profile-updated_v2").is_ok());
    assert!(validate_topic_name(&"a".repeat(249)).is_ok());
    assert!(validate_topic_name(&"a".repeat(250)).is_err());
    assert!(validate_topic_name(".").is_err());
    assert!(validate_topic_name("..").is_err());
    assert!(validate_topic_name("a b").is_err());
    assert!(validate_topic_name("ä").is_err());
    assert!(validate_topic_name(&"ä".repeat(200)).is_err());
}

#[test]
fn locate_finds_nested_keys() {
    let text = "a:\n  partitions: 1\nb:\n  config:\n    x: 1\n";
    assert_eq!(locate(text, &["b".into()]), Some((3, 1)));
    assert_eq!(
        locate(text, &["b".into(), "config".into(), "x".into()]),
        Some((5, 5))
    );
    assert_eq!(locate(text, &["c".into()]), None);
}

#[test]
fn retention_takes_a_bare_number_only_where_the_name_says_milliseconds() {
    let ms = |text: &str| {
        parse_str(text).unwrap().resolve(None).unwrap().topics[0].configs["retention.ms"].clone()
    };
    let head = "a:\n  partitions: 1\n  replication_factor: 1\n";
    assert_eq!(ms(&format!("{head}  retention_ms: 7\n")), "7");
    assert_eq!(ms(&format!("{head}  retention: 7d\n")), "604800000");
    assert_eq!(ms(&format!("{head}  retention: -1\n")), "-1");
    assert_eq!(ms(&format!("{head}  retention: unlimited\n")), "-1");
    assert_eq!(ms(&format!("{head}  config:\n    retention.ms: 7\n")), "7");
    for bare in ["7", "7.5", "\"604800000\""] {
        let e = err(&format!("{head}  retention: {bare}\n"));
        assert!(e.contains("has no unit"), "{bare}: {e}");
        assert!(e.contains("retention_ms"), "names the explicit form: {e}");
    }
}

#[test]
fn one_reading_reports_every_problem_in_file_order_with_suggestions() {
    let text = "\
defaults:
  replication_factor: 1
inspection.lifecycle:
  partitons: 3
  retention: 7
quality.result:
  partitions: 0
  config:
    retention.mss: 5
    min.insync.replicas: two
alerts.raised:
  partitions: 2
  cleanup_policy: compcat
";
    let e = parse_str(text).unwrap_err();
    let lines: Vec<String> = e.0.iter().map(ToString::to_string).collect();
    assert_eq!(lines.len(), 6, "{lines:#?}");
    let want = [
        "dir/topics.yaml:4:3: inspection.lifecycle: unknown field `partitons`",
        "dir/topics.yaml:5:14: inspection.lifecycle.retention: 7 has no unit",
        "dir/topics.yaml:7:15: quality.result.partitions: invalid value 0",
        "dir/topics.yaml:9:5: quality.result.config: unknown topic config \"retention.mss\" (did you mean \"retention.ms\"?)",
        "dir/topics.yaml:10:26: quality.result.config.min.insync.replicas: invalid value \"two\"",
        "dir/topics.yaml:13:19: alerts.raised.cleanup_policy: unknown cleanup policy \"compcat\"",
    ];
    for (line, want) in lines.iter().zip(want) {
        assert!(line.starts_with(want), "\n got: {line}\nwant: {want}");
    }
    assert!(
        lines[0].contains("(did you mean \"partitions\"?)"),
        "{}",
        lines[0]
    );
    // Not reported again: inspection.lifecycle's missing partitions follow
    // from the misspelt key, quality.result's from the bad value.
    let text = e.to_string();
    assert!(
        text.starts_with("6 problems in dir/topics.yaml:\n"),
        "{text}"
    );
    assert!(!text.contains("has no partitions"), "{text}");
}

#[test]
fn problems_after_merging_are_all_reported_too() {
    let text = "\
a:
  partitions: 1
b:
  replication_factor: 1
overrides:
  dev:
    c:
      partitions: 2
";
    let e = parse_str(text).unwrap_err();
    let lines: Vec<String> = e.0.iter().map(ToString::to_string).collect();
    assert_eq!(lines.len(), 3, "{lines:#?}");
    assert!(lines[0].starts_with("dir/topics.yaml:1:1: topic \"a\" has no replication_factor"));
    assert!(lines[1].starts_with("dir/topics.yaml:3:1: topic \"b\" has no partitions"));
    assert!(lines[2].starts_with(
        "dir/topics.yaml:7:5: override block \"dev\" names topic \"c\", which the file does not declare"
    ));
}

#[test]
fn a_map_where_a_value_belongs_ends_the_reading_with_what_was_found() {
    let text = "a:\n  partitons: 1\n  partitions: {x: 1}\nb:\n  partitions: 0\n";
    let e = parse_str(text).unwrap_err();
    let lines: Vec<String> = e.0.iter().map(ToString::to_string).collect();
    assert_eq!(lines.len(), 2, "{lines:#?}");
    assert!(
        lines[0].contains("unknown field `partitons`"),
        "{}",
        lines[0]
    );
    assert!(lines[1].contains("invalid type: map"), "{}", lines[1]);
}
