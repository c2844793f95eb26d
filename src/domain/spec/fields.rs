//! One entry's settings, each value validated inside the visitor of a small
//! newtype so that errors point at the value.

use super::layers::*;
use super::recover::{recover, Recover};
use super::values::*;
use super::*;
use crate::domain::subject::LEVELS as COMPATIBILITY_LEVELS;

/// The settings an entry may hold.
const FIELD_NAMES: &[&str] = &[
    "partitions",
    "replication_factor",
    "retention_ms",
    "retention",
    "cleanup_policy",
    "config",
    "value_schema",
    "key_schema",
    "subject_strategy",
    "compatibility",
];

/// Reads one entry (a topic, `defaults`, an override entry) at `path`.
pub(super) struct FieldsSeed<'p> {
    pub(super) path: Vec<String>,
    pub(super) problems: &'p Problems,
}

impl<'de> DeserializeSeed<'de> for FieldsSeed<'_> {
    type Value = Fields;
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<Fields, D::Error> {
        d.deserialize_map(self)
    }
}

impl<'de> Visitor<'de> for FieldsSeed<'_> {
    type Value = Fields;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a map of topic settings (partitions, replication_factor, retention_ms, ...)")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Fields, A::Error> {
        // Every key and value is read through `Recover`, so a bad one is noted
        // and the rest of the entry is still read (and checked).
        let problems = self.problems;
        let mut f = Fields::default();
        let mut seen: HashSet<&'static str> = HashSet::new();
        let mut retention_ms = None;
        let mut retention = None;
        let mut cleanup_policy = None;
        let mut config = None;
        let suggested = std::cell::Cell::new(None);
        while let Some(key) = map.next_key_seed(Recover::new(
            FieldName {
                seen: &seen,
                suggested: &suggested,
            },
            problems,
        ))? {
            let Some(key) = key else {
                // A misspelt `partitons` is reported once, not again as
                // "no partitions".
                if let Some(meant) = suggested.take() {
                    f.invalid.insert(meant);
                }
                map.next_value::<IgnoredAny>()?;
                continue;
            };
            seen.insert(key);
            let at = || {
                let mut p = self.path.clone();
                p.push(key.to_string());
                p
            };
            let ok = match key {
                "partitions" => map
                    .next_value_seed(recover::<Partitions>(problems))?
                    .map(|v| f.partitions = Some(v.0))
                    .is_some(),
                "replication_factor" => map
                    .next_value_seed(recover::<ReplicationFactor>(problems))?
                    .map(|v| f.replication_factor = Some(v.0))
                    .is_some(),
                "retention_ms" => map
                    .next_value_seed(recover::<RetentionMs>(problems))?
                    .map(|v| retention_ms = Some(v.0 .0))
                    .is_some(),
                "retention" => map
                    .next_value_seed(recover::<RetentionDuration>(problems))?
                    .map(|v| retention = Some(v.0 .0))
                    .is_some(),
                "cleanup_policy" => {
                    let seed = CleanupPolicySeed { at: at(), problems };
                    map.next_value_seed(Recover::new(seed, problems))?
                        .flatten()
                        .map(|v| cleanup_policy = Some(v))
                        .is_some()
                }
                "config" => {
                    let seed = ConfigSeed { problems };
                    map.next_value_seed(Recover::new(seed, problems))?
                        .map(|v| config = Some(v))
                        .is_some()
                }
                "value_schema" | "key_schema" => {
                    let seed = SchemaPathsSeed { at: at(), problems };
                    match map.next_value_seed(Recover::new(seed, problems))?.flatten() {
                        Some(paths) if key == "value_schema" => {
                            f.value_schema = Some(paths);
                            true
                        }
                        Some(paths) => {
                            f.key_schema = Some(paths);
                            true
                        }
                        None => false,
                    }
                }
                "subject_strategy" => map
                    .next_value_seed(recover::<Strategy>(problems))?
                    .map(|v| f.subject_strategy = Some(v.0))
                    .is_some(),
                "compatibility" => map
                    .next_value_seed(recover::<Compatibility>(problems))?
                    .map(|v| f.compatibility = Some(v.0))
                    .is_some(),
                _ => unreachable!("FieldName only returns names from FIELD_NAMES"),
            };
            if !ok {
                f.invalid.insert(key);
            }
        }
        let mut configs = config.unwrap_or_default();
        let field = |name: &str| {
            let mut p = self.path.clone();
            p.push(name.into());
            p
        };
        if retention_ms.is_some() && retention.is_some() {
            problems.note_at(
                &field("retention"),
                "both `retention_ms` and `retention` are set: keep one",
            );
        } else if let Some(ms) = retention_ms.or(retention) {
            if configs.contains_key("retention.ms") {
                let which = if retention.is_some() {
                    "retention"
                } else {
                    "retention_ms"
                };
                problems.note_at(
                    &field(which),
                    "retention is set both as a field and as `config: retention.ms`: keep one",
                );
            } else {
                configs.insert("retention.ms".into(), ms.to_string());
            }
        }
        if let Some(CleanupPolicy(p)) = cleanup_policy {
            if configs.contains_key("cleanup.policy") {
                problems.note_at(
                    &field("cleanup_policy"),
                    "cleanup policy is set both as `cleanup_policy` and as `config: cleanup.policy`: keep one",
                );
            } else {
                configs.insert("cleanup.policy".into(), p);
            }
        }
        f.configs = configs;
        Ok(f)
    }
}

/// A settings key: one of [`FIELD_NAMES`], each at most once.
struct FieldName<'a> {
    seen: &'a HashSet<&'static str>,
    /// Set to the field a misspelt key most likely meant.
    suggested: &'a std::cell::Cell<Option<&'static str>>,
}

impl<'de> DeserializeSeed<'de> for FieldName<'_> {
    type Value = &'static str;
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<&'static str, D::Error> {
        d.deserialize_str(self)
    }
}

impl<'de> Visitor<'de> for FieldName<'_> {
    type Value = &'static str;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a topic setting")
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<&'static str, E> {
        let Some(name) = FIELD_NAMES.iter().copied().find(|n| *n == v) else {
            let expected: Vec<String> = FIELD_NAMES.iter().map(|n| format!("`{n}`")).collect();
            self.suggested
                .set(suggest::closest(v, FIELD_NAMES.iter().copied()));
            return Err(E::custom(format!(
                "unknown field `{v}`, expected one of {}{}",
                expected.join(", "),
                suggest::did_you_mean(v, FIELD_NAMES.iter().copied())
            )));
        };
        if self.seen.contains(name) {
            return Err(E::custom(format!("duplicate field `{name}`")));
        }
        Ok(name)
    }
}

// Each newtype validates inside its visitor so the error points at the value.

macro_rules! int_visitor {
    ($ty:ident, $expect:literal, $check:expr) => {
        impl<'de> Deserialize<'de> for $ty {
            fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                struct V;
                impl<'de> Visitor<'de> for V {
                    type Value = $ty;
                    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                        f.write_str($expect)
                    }
                    fn visit_i64<E: de::Error>(self, v: i64) -> Result<$ty, E> {
                        let check: fn(i64) -> Option<$ty> = $check;
                        check(v).ok_or_else(|| {
                            E::custom(format!("invalid value {v}: expected {}", $expect))
                        })
                    }
                    fn visit_u64<E: de::Error>(self, v: u64) -> Result<$ty, E> {
                        match i64::try_from(v) {
                            Ok(v) => self.visit_i64(v),
                            Err(_) => Err(E::custom(format!(
                                "invalid value {v}: expected {}",
                                $expect
                            ))),
                        }
                    }
                }
                d.deserialize_any(V)
            }
        }
    };
}

pub(super) struct Partitions(pub(super) i32);
int_visitor!(
    Partitions,
    "a whole number of partitions, at least 1",
    |v| (1..=i32::MAX as i64)
        .contains(&v)
        .then_some(Partitions(v as i32))
);

pub(super) struct ReplicationFactor(pub(super) i16);
int_visitor!(
    ReplicationFactor,
    "a replication factor from 1 to 32767",
    |v| (1..=i16::MAX as i64)
        .contains(&v)
        .then_some(ReplicationFactor(v as i16))
);

/// `retention_ms` / `retention`, in milliseconds (`-1` for unlimited).
pub(super) struct Retention(pub(super) i64);

/// `retention_ms`: the name states the unit, so a bare number is milliseconds;
/// a duration such as `30d` is accepted too.
pub(super) struct RetentionMs(pub(super) Retention);

impl<'de> Deserialize<'de> for RetentionMs {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_any(ScalarVisitor::new(
            "milliseconds (-1 for unlimited) or a duration such as 30d",
            |s| canonical_millis(s, -1).map(|ms| RetentionMs(Retention(ms))),
        ))
    }
}

/// `retention`: a duration with its unit (`30d`), or `-1` / `unlimited`. A
/// bare number is refused, never guessed to be milliseconds: `retention: 7`
/// meant as seven days would otherwise delete almost everything.
pub(super) struct RetentionDuration(pub(super) Retention);

impl<'de> Deserialize<'de> for RetentionDuration {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_any(ScalarVisitor::new(
            "a duration with a unit such as 30d, or -1 / unlimited",
            |s| {
                let ms = match s {
                    Scalar::Int(-1) => -1,
                    Scalar::Str(t) if t.trim() == "unlimited" || t.trim() == "-1" => -1,
                    Scalar::Int(_) | Scalar::UInt(_) | Scalar::Float(_) => {
                        return Err(format!(
                            "{s} has no unit: write a duration such as 7d, 12h or 30m \
                             (units ms, s, m, h, d, w, y), -1 or unlimited, or give \
                             milliseconds explicitly with `retention_ms`"
                        ))
                    }
                    Scalar::Str(t) if t.trim().parse::<f64>().is_ok() => {
                        return Err(format!(
                            "{s} has no unit: write a duration such as 7d, 12h or 30m \
                             (units ms, s, m, h, d, w, y), -1 or unlimited, or give \
                             milliseconds explicitly with `retention_ms`"
                        ))
                    }
                    other => canonical_millis(other, -1)?,
                };
                Ok(RetentionDuration(Retention(ms)))
            },
        ))
    }
}

/// `cleanup_policy`: `delete`, `compact`, `compact,delete` or a list of them.
pub(super) struct CleanupPolicy(pub(super) String);

/// Reads a [`CleanupPolicy`] at `at`; `None` when a list was noted as bad.
pub(super) struct CleanupPolicySeed<'p> {
    pub(super) at: Vec<String>,
    pub(super) problems: &'p Problems,
}

impl<'de> DeserializeSeed<'de> for CleanupPolicySeed<'_> {
    type Value = Option<CleanupPolicy>;
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<Self::Value, D::Error> {
        d.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for CleanupPolicySeed<'_> {
    type Value = Option<CleanupPolicy>;
    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a cleanup policy: delete, compact, or both")
    }
    fn visit_str<E: de::Error>(self, v: &str) -> Result<Self::Value, E> {
        canonical_policy(v)
            .map(|p| Some(CleanupPolicy(p)))
            .map_err(E::custom)
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Self::Value, A::Error> {
        let mut words = Vec::new();
        let mut bad = false;
        while let Some(w) = seq.next_element_seed(Recover::new(
            ScalarSeed::new("delete or compact", |s| match s {
                Scalar::Str(w) => canonical_policy(w),
                _ => Err("expected delete or compact".into()),
            }),
            self.problems,
        ))? {
            match w {
                Some(w) => words.push(w),
                None => bad = true,
            }
        }
        if bad {
            return Ok(None);
        }
        if words.is_empty() {
            self.problems.note_at(
                &self.at,
                "empty cleanup policy: expected delete, compact, or both",
            );
            return Ok(None);
        }
        // Each word is valid, so their union is.
        Ok(canonical_policy(&words.join(",")).ok().map(CleanupPolicy))
    }
}

/// `value_schema` / `key_schema`: one path or a list of paths, read at `at`;
/// `None` when a list was noted as bad.
pub(super) struct SchemaPathsSeed<'p> {
    pub(super) at: Vec<String>,
    pub(super) problems: &'p Problems,
}

fn schema_path(s: Scalar) -> Result<String, String> {
    match s {
        Scalar::Str(p) if !p.trim().is_empty() => Ok(p.to_string()),
        _ => Err("expected a schema file path, e.g. schemas/order.avsc".into()),
    }
}

impl<'de> DeserializeSeed<'de> for SchemaPathsSeed<'_> {
    type Value = Option<Vec<String>>;
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<Self::Value, D::Error> {
        d.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for SchemaPathsSeed<'_> {
    type Value = Option<Vec<String>>;
    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a schema file path or a list of paths")
    }
    fn visit_str<E: de::Error>(self, v: &str) -> Result<Self::Value, E> {
        schema_path(Scalar::Str(v))
            .map(|p| Some(vec![p]))
            .map_err(E::custom)
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Self::Value, A::Error> {
        let mut out = Vec::new();
        let mut bad = false;
        while let Some(p) = seq.next_element_seed(Recover::new(
            ScalarSeed::new("a schema file path", schema_path),
            self.problems,
        ))? {
            match p {
                Some(p) => out.push(p),
                None => bad = true,
            }
        }
        if bad {
            return Ok(None);
        }
        if out.is_empty() {
            self.problems.note_at(
                &self.at,
                "empty list: expected at least one schema file path",
            );
            return Ok(None);
        }
        Ok(Some(out))
    }
}

pub(super) struct Strategy(pub(super) SubjectStrategy);

impl<'de> Deserialize<'de> for Strategy {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_any(ScalarVisitor::new(
            "a subject strategy: topic, record or topic_record",
            |s| match s {
                Scalar::Str("topic") => Ok(Strategy(SubjectStrategy::Topic)),
                Scalar::Str("record") => Ok(Strategy(SubjectStrategy::Record)),
                Scalar::Str("topic_record") => Ok(Strategy(SubjectStrategy::TopicRecord)),
                other => Err(format!(
                    "unknown subject strategy {other}: expected topic, record or topic_record"
                )),
            },
        ))
    }
}

/// Schema Registry compatibility levels, as Confluent spells them.
pub(super) struct Compatibility(pub(super) String);

impl<'de> Deserialize<'de> for Compatibility {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_any(ScalarVisitor::new("a compatibility level", |s| match s {
            Scalar::Str(c) if COMPATIBILITY_LEVELS.contains(&c) => Ok(Compatibility(c.to_string())),
            other => Err(format!(
                "unknown compatibility level {other}: expected one of {}",
                COMPATIBILITY_LEVELS.join(", ")
            )),
        }))
    }
}

/// `config:`: any Kafka topic config, checked against the keys Kafka knows and
/// stored in canonical form. A bad key or value is noted and left out.
pub(super) struct ConfigSeed<'p> {
    pub(super) problems: &'p Problems,
}

impl<'de> DeserializeSeed<'de> for ConfigSeed<'_> {
    type Value = BTreeMap<String, String>;
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<Self::Value, D::Error> {
        d.deserialize_map(self)
    }
}

impl<'de> Visitor<'de> for ConfigSeed<'_> {
    type Value = BTreeMap<String, String>;
    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a map of Kafka topic configs, e.g. min.insync.replicas: 2")
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
        let mut out = BTreeMap::new();
        let mut keys: HashSet<String> = HashSet::new();
        while let Some(key) =
            map.next_key_seed(Recover::new(ConfigKeySeed { seen: &keys }, self.problems))?
        {
            let Some(key) = key else {
                map.next_value::<IgnoredAny>()?;
                continue;
            };
            keys.insert(key.clone());
            let kind = config_kind(&key).unwrap_or(Kind::Text);
            let value = map.next_value_seed(Recover::new(
                ScalarSeed::new(kind.expect(), |s| canonical_scalar(kind, s)),
                self.problems,
            ))?;
            if let Some(value) = value {
                out.insert(key, value);
            }
        }
        Ok(out)
    }
}

pub(super) struct ConfigKeySeed<'a> {
    pub(super) seen: &'a HashSet<String>,
}

impl<'de> DeserializeSeed<'de> for ConfigKeySeed<'_> {
    type Value = String;
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<String, D::Error> {
        d.deserialize_str(self)
    }
}

impl<'de> Visitor<'de> for ConfigKeySeed<'_> {
    type Value = String;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a Kafka topic config name")
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<String, E> {
        if config_kind(v).is_none() {
            let hint = match v {
                "retention" | "retention_ms" => "; use the `retention_ms` field or `retention.ms`",
                "cleanup_policy" => "; use the `cleanup_policy` field or `cleanup.policy`",
                _ => "",
            };
            return Err(E::custom(format!(
                "unknown topic config {v:?}{}: expected a Kafka topic config such as retention.ms, \
                 min.insync.replicas or max.message.bytes (or a confluent./redpanda. key){hint}",
                suggest::did_you_mean(v, TOPIC_CONFIGS.iter().map(|(k, _)| *k))
            )));
        }
        if self.seen.contains(v) {
            return Err(E::custom(format!("config {v:?} is set twice")));
        }
        Ok(v.to_string())
    }
}
