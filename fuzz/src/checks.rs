//! What each fuzz target checks, one function per target. Each takes the raw
//! input and panics when kctl misbehaves on it; returning means the input was
//! handled (accepted or cleanly rejected).
//!
//! Shared by the fuzz targets (fuzz_targets/*.rs) and by the regression test
//! `tests/fuzz_regressions.rs`, which includes this file with `#[path]` and
//! replays every seed in fuzz/corpus/ and every crash in fuzz/regressions/.

use std::path::Path;
use std::sync::OnceLock;

use apache_avro::Schema;
use kctl::domain::dlq::{self, DlqRecord, OffsetRange, RecordHeader, Stamp};
use kctl::domain::envelope::{self, Envelope, Format};
use kctl::domain::spec;
use kctl::settings::{is_secret_property, ConfigFile};
use kctl_avro::decode::{self, Compiled};
use kctl_avro::encode::{self, AvroSchema};
use kctl_avro::schema::parse_with_dependencies;
use kctl_avro::wire;

/// A check: panics when kctl misbehaves on the input.
pub type Check = fn(&[u8]);

/// Every target: its name (the fuzz_targets/ file and corpus directory) and check.
pub const TARGETS: &[(&str, Check)] = &[
    ("wire_frame", wire_frame),
    ("envelope", envelope),
    ("config_file", config_file),
    ("avro_schema", avro_schema),
    ("spec", spec),
    ("avro_decode", avro_decode),
    ("avro_encode", avro_encode),
    ("dlq_headers", dlq_headers),
];

// ---------------------------------------------------------------------------
// Schemas for the Avro targets: the first input byte picks one, so the fuzzer
// spends its time on datums rather than on schemas apache-avro rejects.

/// Small schemas, one per type and logical type, so that random bytes often
/// form a complete datum. Their indexes are used by the seed files.
const SMALL: &[&str] = &[
    r#""null""#,
    r#""boolean""#,
    r#""int""#,
    r#""long""#,
    r#""float""#,
    r#""double""#,
    r#""bytes""#,
    r#""string""#,
    r#"{"type":"array","items":"long"}"#,
    r#"{"type":"map","values":["null","string"]}"#,
    r#"{"type":"enum","name":"E","symbols":["LOW","MEDIUM","HIGH"]}"#,
    r#"{"type":"fixed","name":"F4","size":4}"#,
    r#"["null","int","string",{"type":"record","name":"Inner","fields":[{"name":"x","type":"long"}]},{"type":"array","items":"Inner"}]"#,
    r#"{"type":"bytes","logicalType":"decimal","precision":10,"scale":2}"#,
    r#"{"type":"fixed","name":"D8","size":8,"logicalType":"decimal","precision":18,"scale":4}"#,
    r#"{"type":"string","logicalType":"uuid"}"#,
    r#"{"type":"fixed","name":"U16","size":16,"logicalType":"uuid"}"#,
    r#"{"type":"int","logicalType":"date"}"#,
    r#"{"type":"int","logicalType":"time-millis"}"#,
    r#"{"type":"long","logicalType":"time-micros"}"#,
    r#"{"type":"long","logicalType":"timestamp-millis"}"#,
    r#"{"type":"long","logicalType":"timestamp-micros"}"#,
    r#"{"type":"long","logicalType":"timestamp-nanos"}"#,
    r#"{"type":"long","logicalType":"local-timestamp-millis"}"#,
    r#"{"type":"long","logicalType":"local-timestamp-micros"}"#,
    r#"{"type":"fixed","name":"Dur","size":12,"logicalType":"duration"}"#,
    r#"{"type":"bytes","logicalType":"big-decimal"}"#,
    r#"{"type":"record","name":"Node","namespace":"fuzz","fields":[{"name":"value","type":"int"},{"name":"next","type":["null","Node"]}]}"#,
    r#"{"type":"record","name":"Mixed","namespace":"fuzz","fields":[{"name":"id","type":"long"},{"name":"tags","type":{"type":"map","values":{"type":"array","items":"string"}}},{"name":"amount","type":["null",{"type":"bytes","logicalType":"decimal","precision":9,"scale":3}]},{"name":"at","type":{"type":"long","logicalType":"timestamp-millis"}},{"name":"kind","type":{"type":"enum","name":"Kind","symbols":["A","B"]}},{"name":"f","type":["float","double"]}]}"#,
];

/// The project's own event schemas (schemas/), indexes 29..=33 after SMALL.
const INSPECTION: &str = include_str!("../../schemas/inspection.avsc");
const FILES: &[(&str, bool)] = &[
    (include_str!("../../schemas/inspection.avsc"), false),
    (include_str!("../../schemas/manufacturing.avsc"), true),
    (include_str!("../../schemas/quality.avsc"), true),
    (include_str!("../../schemas/system.avsc"), true),
    (include_str!("../../schemas/user.avsc"), false),
];

/// Every schema, compiled for decoding and prepared for encoding.
fn schemas() -> &'static [(Compiled, AvroSchema)] {
    static ALL: OnceLock<Vec<(Compiled, AvroSchema)>> = OnceLock::new();
    ALL.get_or_init(|| {
        let mut all: Vec<(Schema, Vec<Schema>)> = Vec::new();
        for text in SMALL {
            let s = Schema::parse_str(text).unwrap_or_else(|e| panic!("{text}: {e}"));
            all.push((s, Vec::new()));
        }
        for (text, uses_inspection) in FILES {
            let deps = if *uses_inspection {
                vec![INSPECTION.to_string()]
            } else {
                Vec::new()
            };
            all.push(parse_with_dependencies(text, &deps).expect("schemas/ parse"));
        }
        all.iter()
            .map(|(s, deps)| {
                (
                    decode::compile(s, deps).expect("compile"),
                    AvroSchema::new(s.clone(), deps),
                )
            })
            .collect()
    })
}

/// The schema the first byte of `data` picks, and the rest of `data`.
fn pick(data: &[u8]) -> Option<(&'static (Compiled, AvroSchema), &[u8])> {
    let (&first, rest) = data.split_first()?;
    let all = schemas();
    Some((&all[first as usize % all.len()], rest))
}

// ---------------------------------------------------------------------------
// Checks

/// The Confluent frame header (`kctl_avro::wire`): any bytes split without a panic,
/// and a frame that splits re-frames to the same bytes.
pub fn wire_frame(data: &[u8]) {
    match wire::split(data) {
        Ok((id, payload)) => {
            assert!(wire::looks_framed(data));
            let mut again = Vec::new();
            wire::frame_into(id, payload, &mut again);
            assert_eq!(
                again, data,
                "split then frame_into must give back the input"
            );
        }
        Err(e) => {
            assert!(!e.to_string().contains('\n'));
            assert!(!wire::looks_framed(data));
        }
    }
}

/// The record envelope (`domain::envelope`) read by `produce` and written by
/// `tail`: any payload round-trips exactly through its JSON form, and any
/// envelope line is read without a panic and re-read unchanged after writing.
pub fn envelope(data: &[u8]) {
    let (json, format) = envelope::payload_to_json(data);
    let back = envelope::payload_from_json(&json, format)
        .unwrap_or_else(|e| panic!("{format:?} payload does not round-trip: {e}"));
    assert_eq!(back, data);

    let Ok(env) = serde_json::from_slice::<Envelope>(data) else {
        return;
    };
    for h in &env.headers {
        let _ = h.to_bytes();
    }
    for (payload, format) in [(&env.key, env.key_format), (&env.value, env.value_format)] {
        if let Some(p) = payload {
            for f in [Format::Json, Format::String, Format::Base64, Format::Avro] {
                let _ = envelope::payload_from_json(p, format.unwrap_or(f));
            }
        }
    }
    let text = serde_json::to_string(&env).expect("an envelope serialises");
    let again: Envelope = serde_json::from_str(&text).expect("re-read own output");
    assert_eq!(again, env, "envelope changed through its own JSON: {text}");
}

/// The config file (`settings::ConfigFile::parse`): any text gives a config or
/// an error naming the file; the redacted view holds no plaintext password; a
/// parsed config written out as YAML reads back the same.
pub fn config_file(data: &[u8]) {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    match ConfigFile::parse(text, Path::new("fuzz.yaml")) {
        Ok(cfg) => {
            assert!(only_markers_left(&cfg.redacted()));
            let yaml = serde_norway::to_string(&cfg).expect("a config serialises");
            let again = ConfigFile::parse(&yaml, Path::new("fuzz.yaml"))
                .unwrap_or_else(|e| panic!("own output does not re-parse: {e}\n{yaml}"));
            assert_eq!(serde_norway::to_string(&again).unwrap(), yaml);
        }
        Err(e) => {
            let msg = e.to_string();
            assert!(msg.starts_with("fuzz.yaml"), "{msg}");
        }
    }
}

/// True when every plaintext password left in `cfg` is the redaction marker.
fn only_markers_left(cfg: &ConfigFile) -> bool {
    let ok = |p: &Option<String>| p.as_deref().is_none_or(|v| v == "<redacted>");
    cfg.contexts.values().all(|c| {
        c.sasl.as_ref().is_none_or(|s| ok(&s.password.password))
            && c.registry.as_ref().is_none_or(|r| ok(&r.password.password))
            && c.properties
                .iter()
                .all(|(k, v)| !is_secret_property(k) || v == "<redacted>")
    })
}

/// Avro schemas with references (`kctl_avro::schema`), as fetched from a
/// registry or read from schemas/: any text parses or fails, never panics.
/// Input: the main schema, then dependency schemas, separated by NUL bytes.
pub fn avro_schema(data: &[u8]) {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let mut parts = text.split('\0');
    let main = parts.next().unwrap_or_default();
    let deps: Vec<String> = parts.map(str::to_string).collect();
    let _ = kctl_avro::schema::named_parts(main);
    let _ = parse_with_dependencies(main, &deps);
}

/// topics.yaml for `kctl plan/apply` (`domain::spec`): any text parses or fails
/// with an error naming the file, never panics; every override block of a
/// parsed file resolves (parse promises it).
pub fn spec(data: &[u8]) {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let file = Path::new("fuzz/topics.yaml");
    match spec::parse(text, file) {
        Ok(parsed) => {
            let _ = parsed.resolve(None);
            for name in parsed.override_names() {
                if let Err(e) = parsed.resolve(Some(name)) {
                    panic!("override {name:?} passed parse but not resolve: {e}");
                }
            }
        }
        Err(e) => {
            assert!(!e.0.is_empty(), "an error lists at least one problem");
            for problem in &e.0 {
                assert_eq!(problem.file, file);
            }
            let _ = e.to_string();
        }
    }
}

/// Avro datum decoding for `kctl tail` (`kctl_avro::decode`): any bytes under
/// any schema decode or fail with a position, never panic; what decodes is
/// JSON that serde_json (and so `kctl produce`) reads; and the Avro JSON text
/// re-encodes (`kctl produce`, `kctl_avro::encode`) to a datum that decodes to
/// the same value.
/// Input: one schema-selector byte, then the datum.
pub fn avro_decode(data: &[u8]) {
    let Some(((c, enc), datum)) = pick(data) else {
        return;
    };
    let mut plain = Vec::new();
    if c.write_json(datum, decode::JsonStyle::Plain, &mut plain)
        .is_ok()
    {
        if let Err(e) = serde_json::from_slice::<serde_json::Value>(&plain) {
            panic!(
                "plain output is not JSON ({e}): {}",
                String::from_utf8_lossy(&plain)
            );
        }
    }
    let mut text = Vec::new();
    match c.write_json(datum, decode::JsonStyle::Avro, &mut text) {
        Ok(()) => {
            let value: serde_json::Value = serde_json::from_slice(&text).unwrap_or_else(|e| {
                panic!(
                    "Avro JSON output is not JSON ({e}): {}",
                    String::from_utf8_lossy(&text)
                )
            });
            let mut again = Vec::new();
            if let Err(e) = enc.encode(&value, encode::InputDialect::AvroJson, &mut again) {
                panic!("tail output does not re-encode: {e}\n{value}");
            }
            let mut text2 = Vec::new();
            if let Err(e) = c.write_json(&again, decode::JsonStyle::Avro, &mut text2) {
                panic!("re-encoded datum does not decode: {e}");
            }
            // Compared as JSON values: a map whose bytes repeat a key prints
            // every entry, and reads back (as in Java's decoder) with the
            // last one, so the re-encoded datum may be shorter but means the same.
            let value2: serde_json::Value = serde_json::from_slice(&text2).expect("decoded again");
            assert_eq!(value2, value, "decode → encode → decode changed the value");
        }
        Err(e) => {
            assert!(text.is_empty(), "output left behind after an error");
            assert!(e.position <= datum.len(), "error position past the end");
        }
    }
}

/// JSON → Avro encoding for `kctl produce` (`kctl_avro::encode`): any JSON
/// under any schema encodes or fails with a JSON path, never panics; and what
/// encodes is a valid datum of the schema (it decodes with `kctl_avro::decode`).
/// Input: one schema-selector byte, then the JSON text.
pub fn avro_encode(data: &[u8]) {
    let Some(((c, enc), json)) = pick(data) else {
        return;
    };
    let Ok(value) = serde_json::from_slice::<serde_json::Value>(json) else {
        return;
    };
    for mode in [encode::InputDialect::AvroJson, encode::InputDialect::Auto] {
        let mut out = vec![0xAA];
        match enc.encode(&value, mode, &mut out) {
            Ok(()) => {
                let mut text = Vec::new();
                if let Err(e) = c.write_json(&out[1..], decode::JsonStyle::Avro, &mut text) {
                    panic!("{mode:?}: encoded datum does not decode: {e}\n{value}");
                }
            }
            Err(e) => {
                assert_eq!(out, [0xAA], "output left behind after an error");
                assert!(e.path.starts_with('$'), "{e}");
            }
        }
    }
}

/// Builds a header list from `[key len][key][0 = null | value len + 1][value]`.
fn headers(mut data: &[u8]) -> Vec<RecordHeader> {
    let mut out = Vec::new();
    while let Some((&klen, rest)) = data.split_first() {
        let klen = (klen as usize).min(rest.len());
        let key = String::from_utf8_lossy(&rest[..klen]).into_owned();
        data = &rest[klen..];
        let Some((&vlen, rest)) = data.split_first() else {
            out.push((key, None));
            break;
        };
        if vlen == 0 {
            out.push((key, None));
            data = rest;
            continue;
        }
        let vlen = (vlen as usize - 1).min(rest.len());
        out.push((key, Some(rest[..vlen].to_vec())));
        data = &rest[vlen..];
    }
    out
}

/// DLQ header decoding for `kctl dlq` (`domain::dlq`): any header list (keys,
/// binary or null values, repeats) is detected without a panic, a replayed
/// record keeps key and value, and the selection parsers take any text.
pub fn dlq_headers(data: &[u8]) {
    let hs = headers(data);
    let d = dlq::detect(&hs);
    let kept = dlq::user_headers(&hs, &d);
    assert!(kept.len() <= hs.len());
    let rec = DlqRecord {
        partition: 0,
        offset: 7,
        timestamp: Some(1),
        key: Some(b"k".to_vec()),
        value: Some(data.to_vec()),
        headers: hs,
    };
    let stamp = Stamp {
        dlq: "orders.dlq",
        run_id: "run",
    };
    let dest = d.origin_topic().unwrap_or("orders").to_string();
    let partition = dlq::choose_partition(d.origin.as_ref(), &dest, 3);
    let out = dlq::replay_record(&rec, &d, &dest, partition, &stamp);
    assert_eq!(out.key, rec.key);
    assert_eq!(out.value, rec.value);
    let _ = dlq::park_record(&rec, "orders.parked", "fuzz", &stamp);
    let _ = dlq::parse_number(data);
    let _ = dlq::java_partition(data, 7);
    if let Ok(text) = std::str::from_utf8(data) {
        let _ = OffsetRange::parse(text);
        let _ = kctl::domain::filter::parse_header(text);
        let _ = kctl::domain::time::parse_time(text);
    }
}
