//! The Schema Registry vocabulary that both topics.yaml (`spec`) and schema
//! planning (`schema_plan`) use: how subjects are named, and the compatibility
//! levels. A leaf module, so neither of the two depends on the other.

use serde::Serialize;

/// How Schema Registry subjects are named for a topic's schemas.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum SubjectStrategy {
    /// `<topic>-value` / `<topic>-key`: one schema per topic (the default).
    #[default]
    Topic,
    /// `<record full name>`: several record types may share the topic.
    Record,
    /// `<topic>-<record full name>`.
    TopicRecord,
}

/// Schema Registry's compatibility levels.
pub const LEVELS: [&str; 7] = [
    "NONE",
    "BACKWARD",
    "BACKWARD_TRANSITIVE",
    "FORWARD",
    "FORWARD_TRANSITIVE",
    "FULL",
    "FULL_TRANSITIVE",
];

/// The canonical (upper-case) level for `s`, in any case.
pub fn normalize_level(s: &str) -> Option<&'static str> {
    LEVELS
        .into_iter()
        .find(|l| l.eq_ignore_ascii_case(s.trim()))
}
