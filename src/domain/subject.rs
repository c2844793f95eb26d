//! The Schema Registry vocabulary that topics.yaml (`spec`), schema planning
//! (`schema_plan`) and the registry client share: how subjects are named, the
//! compatibility levels, and references between schemas. A leaf module, so
//! that neither `spec` nor `schema_plan` depends on the other.

use serde::{Deserialize, Serialize};

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

/// A schema reference: a named type defined by another subject's version.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Reference {
    pub name: String,
    pub subject: String,
    pub version: i32,
}
