//! One entry's settings, each value validated inside the visitor of a small
//! newtype so that errors point at the value.

use super::layers::*;
use super::values::*;
use super::*;
use crate::domain::subject::LEVELS as COMPATIBILITY_LEVELS;

/// The raw shape of an entry: unknown fields are errors, each value validated
/// by its own type.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawFields {
    #[serde(default, deserialize_with = "present")]
    pub(super) partitions: Option<Partitions>,
    #[serde(default, deserialize_with = "present")]
    pub(super) replication_factor: Option<ReplicationFactor>,
    #[serde(default, deserialize_with = "present")]
    pub(super) retention_ms: Option<Retention>,
    #[serde(default, deserialize_with = "present")]
    pub(super) retention: Option<Retention>,
    #[serde(default, deserialize_with = "present")]
    pub(super) cleanup_policy: Option<CleanupPolicy>,
    #[serde(default, deserialize_with = "present")]
    pub(super) config: Option<ConfigMap>,
    #[serde(default, deserialize_with = "present")]
    pub(super) value_schema: Option<SchemaPaths>,
    #[serde(default, deserialize_with = "present")]
    pub(super) key_schema: Option<SchemaPaths>,
    #[serde(default, deserialize_with = "present")]
    pub(super) subject_strategy: Option<Strategy>,
    #[serde(default, deserialize_with = "present")]
    pub(super) compatibility: Option<Compatibility>,
}

/// A field that is present must hold a value: `partitions: ~` is an error, not
/// "unset".
pub(super) fn present<'de, D: Deserializer<'de>, T: Deserialize<'de>>(
    d: D,
) -> Result<Option<T>, D::Error> {
    T::deserialize(d).map(Some)
}

impl<'de> Deserialize<'de> for Fields {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_map(FieldsVisitor)
    }
}

pub(super) struct FieldsVisitor;

impl<'de> Visitor<'de> for FieldsVisitor {
    type Value = Fields;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a map of topic settings (partitions, replication_factor, retention_ms, ...)")
    }

    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<Fields, A::Error> {
        // Deserializing through the same MapAccess keeps every inner error at
        // its own node; the cross-field checks below are raised inside this
        // visitor, so they carry the position of this entry.
        let raw = RawFields::deserialize(de::value::MapAccessDeserializer::new(map))?;
        let mut configs = raw.config.map(|c| c.0).unwrap_or_default();
        let retention = match (raw.retention_ms, raw.retention) {
            (Some(_), Some(_)) => {
                return Err(de::Error::custom(
                    "both `retention_ms` and `retention` are set: keep one",
                ))
            }
            (a, b) => a.or(b),
        };
        if let Some(Retention(ms)) = retention {
            if configs.contains_key("retention.ms") {
                return Err(de::Error::custom(
                    "retention is set both as a field and as `config: retention.ms`: keep one",
                ));
            }
            configs.insert("retention.ms".into(), ms.to_string());
        }
        if let Some(CleanupPolicy(p)) = raw.cleanup_policy {
            if configs.contains_key("cleanup.policy") {
                return Err(de::Error::custom(
                    "cleanup policy is set both as `cleanup_policy` and as `config: cleanup.policy`: keep one",
                ));
            }
            configs.insert("cleanup.policy".into(), p);
        }
        Ok(Fields {
            partitions: raw.partitions.map(|p| p.0),
            replication_factor: raw.replication_factor.map(|r| r.0),
            configs,
            value_schema: raw.value_schema.map(|s| s.0),
            key_schema: raw.key_schema.map(|s| s.0),
            subject_strategy: raw.subject_strategy.map(|s| s.0),
            compatibility: raw.compatibility.map(|c| c.0),
            ..Fields::default()
        })
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

/// `retention_ms` / `retention`: milliseconds, `-1` for unlimited, or a
/// duration such as `30d`.
pub(super) struct Retention(pub(super) i64);

impl<'de> Deserialize<'de> for Retention {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_any(ScalarVisitor::new(
            "milliseconds (-1 for unlimited) or a duration such as 30d",
            |s| canonical_millis(s, -1).map(Retention),
        ))
    }
}

/// `cleanup_policy`: `delete`, `compact`, `compact,delete` or a list of them.
pub(super) struct CleanupPolicy(pub(super) String);

impl<'de> Deserialize<'de> for CleanupPolicy {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = CleanupPolicy;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a cleanup policy: delete, compact, or both")
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<CleanupPolicy, E> {
                canonical_policy(v).map(CleanupPolicy).map_err(E::custom)
            }
            fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<CleanupPolicy, A::Error> {
                let mut words = Vec::new();
                while let Some(w) =
                    seq.next_element_seed(ScalarSeed::new("delete or compact", |s| match s {
                        Scalar::Str(w) => canonical_policy(w),
                        _ => Err("expected delete or compact".into()),
                    }))?
                {
                    words.push(w);
                }
                if words.is_empty() {
                    return Err(de::Error::custom(
                        "empty cleanup policy: expected delete, compact, or both",
                    ));
                }
                canonical_policy(&words.join(","))
                    .map(CleanupPolicy)
                    .map_err(de::Error::custom)
            }
        }
        d.deserialize_any(V)
    }
}

/// `value_schema` / `key_schema`: one path or a list of paths.
pub(super) struct SchemaPaths(pub(super) Vec<String>);

impl<'de> Deserialize<'de> for SchemaPaths {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        fn path(s: Scalar) -> Result<String, String> {
            match s {
                Scalar::Str(p) if !p.trim().is_empty() => Ok(p.to_string()),
                _ => Err("expected a schema file path, e.g. schemas/order.avsc".into()),
            }
        }
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = SchemaPaths;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a schema file path or a list of paths")
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<SchemaPaths, E> {
                path(Scalar::Str(v))
                    .map(|p| SchemaPaths(vec![p]))
                    .map_err(E::custom)
            }
            fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<SchemaPaths, A::Error> {
                let mut out = Vec::new();
                while let Some(p) =
                    seq.next_element_seed(ScalarSeed::new("a schema file path", path))?
                {
                    out.push(p);
                }
                if out.is_empty() {
                    return Err(de::Error::custom(
                        "empty list: expected at least one schema file path",
                    ));
                }
                Ok(SchemaPaths(out))
            }
        }
        d.deserialize_any(V)
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
/// stored in canonical form.
pub(super) struct ConfigMap(pub(super) BTreeMap<String, String>);

impl<'de> Deserialize<'de> for ConfigMap {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = ConfigMap;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a map of Kafka topic configs, e.g. min.insync.replicas: 2")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<ConfigMap, A::Error> {
                let mut out = BTreeMap::new();
                while let Some(key) = map.next_key_seed(ConfigKeySeed { seen: &out })? {
                    let kind = config_kind(&key).unwrap_or(Kind::Text);
                    let value = map.next_value_seed(ScalarSeed::new(kind.expect(), |s| {
                        canonical_scalar(kind, s)
                    }))?;
                    out.insert(key, value);
                }
                Ok(ConfigMap(out))
            }
        }
        d.deserialize_map(V)
    }
}

pub(super) struct ConfigKeySeed<'a> {
    pub(super) seen: &'a BTreeMap<String, String>,
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
                "unknown topic config {v:?}: expected a Kafka topic config such as retention.ms, \
                 min.insync.replicas or max.message.bytes (or a confluent./redpanda. key){hint}"
            )));
        }
        if self.seen.contains_key(v) {
            return Err(E::custom(format!("config {v:?} is set twice")));
        }
        Ok(v.to_string())
    }
}
