//! Compatibility levels, and the Avro schema-evolution check behind them
//! (JSON Schema's rules are in [`crate::json_schema`], Protobuf's in
//! [`crate::protobuf`]).

use std::fmt;

use apache_avro::schema_compatibility::{Compatibility, SchemaCompatibility};
use apache_avro::Schema;

use crate::error::describe;
use crate::json_schema::{self, JsonResolved};
use crate::protobuf::{self, ProtoResolved};
use crate::store::Resolved;

/// A compatibility level, as configured globally or per subject.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Level {
    None,
    Backward,
    BackwardTransitive,
    Forward,
    ForwardTransitive,
    Full,
    FullTransitive,
}

impl Level {
    const ALL: [Level; 7] = [
        Level::None,
        Level::Backward,
        Level::BackwardTransitive,
        Level::Forward,
        Level::ForwardTransitive,
        Level::Full,
        Level::FullTransitive,
    ];

    /// Confluent accepts the level names in any case.
    pub fn parse(text: &str) -> Option<Level> {
        Self::ALL
            .into_iter()
            .find(|level| level.as_str().eq_ignore_ascii_case(text))
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Level::None => "NONE",
            Level::Backward => "BACKWARD",
            Level::BackwardTransitive => "BACKWARD_TRANSITIVE",
            Level::Forward => "FORWARD",
            Level::ForwardTransitive => "FORWARD_TRANSITIVE",
            Level::Full => "FULL",
            Level::FullTransitive => "FULL_TRANSITIVE",
        }
    }

    /// Transitive levels compare with every live version, others with the latest.
    pub fn is_transitive(self) -> bool {
        matches!(
            self,
            Level::BackwardTransitive | Level::ForwardTransitive | Level::FullTransitive
        )
    }

    /// The new schema must be able to read data written with the old one.
    fn checks_backward(self) -> bool {
        matches!(
            self,
            Level::Backward | Level::BackwardTransitive | Level::Full | Level::FullTransitive
        )
    }

    /// The old schema must be able to read data written with the new one.
    fn checks_forward(self) -> bool {
        matches!(
            self,
            Level::Forward | Level::ForwardTransitive | Level::Full | Level::FullTransitive
        )
    }
}

impl fmt::Display for Level {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Human-readable reasons why `new` may not follow `old` (registered as
/// `old_version`) under `level`; empty when it may.
pub fn check(level: Level, new: &Resolved, old: &Resolved, old_version: u32) -> Vec<String> {
    match (new, old) {
        (Resolved::Avro(new), Resolved::Avro(old)) => check_avro(level, new, old, old_version),
        (Resolved::Json(new), Resolved::Json(old)) => check_json(level, new, old, old_version),
        (Resolved::Protobuf(new), Resolved::Protobuf(old)) => {
            check_protobuf(level, new, old, old_version)
        }
        _ if level == Level::None => Vec::new(),
        _ => vec![format!(
            "the schema type differs from version {old_version}'s (compatibility {level})"
        )],
    }
}

fn check_json(
    level: Level,
    new: &JsonResolved,
    old: &JsonResolved,
    old_version: u32,
) -> Vec<String> {
    both_ways(level, new, old, old_version, json_schema::read_problems)
}

/// Confluent's Protobuf checker judges BACKWARD as the differences from the
/// old schema to the new one, FORWARD as those from the new to the old.
fn check_protobuf(
    level: Level,
    new: &ProtoResolved,
    old: &ProtoResolved,
    old_version: u32,
) -> Vec<String> {
    both_ways(level, new, old, old_version, protobuf::read_problems)
}

/// The reasons `read_problems(writer, reader)` gives in the directions
/// `level` checks.
fn both_ways<T>(
    level: Level,
    new: &T,
    old: &T,
    old_version: u32,
    read_problems: fn(&T, &T) -> Vec<String>,
) -> Vec<String> {
    let mut reasons = Vec::new();
    if level.checks_backward() {
        for reason in read_problems(old, new) {
            reasons.push(format!(
                "{reason} (the new schema cannot read data written with version \
                 {old_version}; compatibility {level})"
            ));
        }
    }
    if level.checks_forward() {
        for reason in read_problems(new, old) {
            reasons.push(format!(
                "{reason} (version {old_version} cannot read data written with the new \
                 schema; compatibility {level})"
            ));
        }
    }
    reasons
}

fn check_avro(level: Level, new: &Schema, old: &Schema, old_version: u32) -> Vec<String> {
    let mut reasons = Vec::new();
    if level.checks_backward() {
        if let Some(reason) = read_problem(old, new) {
            reasons.push(format!(
                "{reason} (the new schema cannot read data written with version \
                 {old_version}; compatibility {level})"
            ));
        }
    }
    if level.checks_forward() {
        if let Some(reason) = read_problem(new, old) {
            reasons.push(format!(
                "{reason} (version {old_version} cannot read data written with the new \
                 schema; compatibility {level})"
            ));
        }
    }
    reasons
}

/// Why `reader` cannot read everything written with `writer`, if it cannot.
///
/// apache-avro calls a reader that lacks some enum symbols or union branches
/// of the writer "partially" compatible; a registry must reject that, since
/// some records written with the writer would then fail to decode.
fn read_problem(writer: &Schema, reader: &Schema) -> Option<String> {
    match SchemaCompatibility::can_read(writer, reader) {
        Ok(Compatibility::Full) => None,
        Ok(Compatibility::Partial) => Some(
            "Incompatible schemata! The reader schema lacks enum symbols or union branches \
             of the writer schema"
                .to_owned(),
        ),
        Err(error) => Some(describe(&error)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn record(fields: &str) -> Schema {
        Schema::parse_str(&format!(
            r#"{{"type":"record","name":"R","fields":[{fields}]}}"#
        ))
        .expect("test schema parses")
    }

    #[test]
    fn levels_parse_in_any_case() {
        assert_eq!(Level::parse("full_transitive"), Some(Level::FullTransitive));
        assert_eq!(Level::parse("NONE"), Some(Level::None));
        assert_eq!(Level::parse("SIDEWAYS"), None);
        for level in Level::ALL {
            assert_eq!(Level::parse(level.as_str()), Some(level));
        }
    }

    #[test]
    fn backward_needs_defaults_for_new_fields() {
        let v1 = record(r#"{"name":"a","type":"int"}"#);
        let without_default = record(r#"{"name":"a","type":"int"},{"name":"b","type":"int"}"#);
        let with_default =
            record(r#"{"name":"a","type":"int"},{"name":"b","type":"int","default":0}"#);
        let reasons = check_avro(Level::Backward, &without_default, &v1, 1);
        assert_eq!(reasons.len(), 1, "{reasons:?}");
        assert!(reasons[0].contains("'b'"), "{}", reasons[0]);
        assert!(reasons[0].contains("default"), "{}", reasons[0]);
        assert!(check_avro(Level::Backward, &with_default, &v1, 1).is_empty());
        // Old readers simply ignore the new field.
        assert!(check_avro(Level::Forward, &without_default, &v1, 1).is_empty());
    }

    #[test]
    fn forward_and_full_check_the_other_direction() {
        let v1 = record(r#"{"name":"a","type":"int"},{"name":"b","type":"int"}"#);
        let dropped = record(r#"{"name":"a","type":"int"}"#);
        assert!(check_avro(Level::Backward, &dropped, &v1, 1).is_empty());
        assert_eq!(check_avro(Level::Forward, &dropped, &v1, 1).len(), 1);
        assert_eq!(check_avro(Level::FullTransitive, &dropped, &v1, 1).len(), 1);
        assert!(check_avro(Level::None, &dropped, &v1, 1).is_empty());
    }

    #[test]
    fn type_changes_and_partial_reads_are_reported() {
        let v1 = record(r#"{"name":"a","type":"long"}"#);
        let narrowed = record(r#"{"name":"a","type":"int"}"#);
        let reasons = check_avro(Level::Backward, &narrowed, &v1, 3);
        assert_eq!(reasons.len(), 1);
        assert!(reasons[0].contains("version 3"), "{}", reasons[0]);

        let wide =
            Schema::parse_str(r#"{"type":"enum","name":"E","symbols":["A","B"]}"#).expect("parses");
        let narrow =
            Schema::parse_str(r#"{"type":"enum","name":"E","symbols":["A"]}"#).expect("parses");
        assert_eq!(check_avro(Level::Backward, &narrow, &wide, 1).len(), 1);
        assert!(check_avro(Level::Backward, &wide, &narrow, 1).is_empty());
    }
}
