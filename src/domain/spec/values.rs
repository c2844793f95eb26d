//! Scalars and canonical config values.
//!
//! Sizes are read in binary units (`KiB`, `MiB`, `GiB`, ...; 1 MiB = 1,048,576
//! bytes) by hand: Kafka's size configs are byte counts, and the canonical
//! value must be exactly the number of bytes Kafka reports, which decimal
//! units or a general-purpose size crate would round or reinterpret.

use super::*;

/// A YAML scalar as the visitor received it.
#[derive(Clone, Copy)]
pub(super) enum Scalar<'a> {
    Bool(bool),
    Int(i64),
    UInt(u64),
    Float(f64),
    Str(&'a str),
}

impl fmt::Display for Scalar<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Scalar::Bool(b) => write!(f, "{b}"),
            Scalar::Int(i) => write!(f, "{i}"),
            Scalar::UInt(u) => write!(f, "{u}"),
            Scalar::Float(x) => write!(f, "{x}"),
            Scalar::Str(s) => write!(f, "{s:?}"),
        }
    }
}

/// Visits one scalar and converts it, raising conversion errors inside the
/// visitor so they point at the value.
pub(super) struct ScalarVisitor<F> {
    pub(super) expect: &'static str,
    pub(super) convert: F,
}

impl<F> ScalarVisitor<F> {
    // Building through a function with the `Fn` bound lets closure arguments
    // be inferred as `Scalar<'_>` for every lifetime.
    pub(super) fn new<T>(expect: &'static str, convert: F) -> Self
    where
        F: FnOnce(Scalar) -> Result<T, String>,
    {
        ScalarVisitor { expect, convert }
    }
}

impl<'de, T, F: FnOnce(Scalar) -> Result<T, String>> Visitor<'de> for ScalarVisitor<F> {
    type Value = T;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str(self.expect)
    }
    fn visit_bool<E: de::Error>(self, v: bool) -> Result<T, E> {
        (self.convert)(Scalar::Bool(v)).map_err(E::custom)
    }
    fn visit_i64<E: de::Error>(self, v: i64) -> Result<T, E> {
        (self.convert)(Scalar::Int(v)).map_err(E::custom)
    }
    fn visit_u64<E: de::Error>(self, v: u64) -> Result<T, E> {
        (self.convert)(Scalar::UInt(v)).map_err(E::custom)
    }
    fn visit_f64<E: de::Error>(self, v: f64) -> Result<T, E> {
        (self.convert)(Scalar::Float(v)).map_err(E::custom)
    }
    fn visit_str<E: de::Error>(self, v: &str) -> Result<T, E> {
        (self.convert)(Scalar::Str(v)).map_err(E::custom)
    }
}

/// [`ScalarVisitor`] as a seed, for list elements and map values.
pub(super) struct ScalarSeed<F> {
    pub(super) expect: &'static str,
    pub(super) convert: F,
}

impl<F> ScalarSeed<F> {
    pub(super) fn new<T>(expect: &'static str, convert: F) -> Self
    where
        F: FnOnce(Scalar) -> Result<T, String>,
    {
        ScalarSeed { expect, convert }
    }
}

impl<'de, T, F: FnOnce(Scalar) -> Result<T, String>> DeserializeSeed<'de> for ScalarSeed<F> {
    type Value = T;
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<T, D::Error> {
        d.deserialize_any(ScalarVisitor {
            expect: self.expect,
            convert: self.convert,
        })
    }
}

/// How a topic config's value is checked and put in canonical form.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Kind {
    /// Milliseconds; human durations (`7d`) accepted. The minimum allows -1
    /// (unlimited) or -2 (local retention follows the total) where Kafka does.
    Millis {
        min: i64,
    },
    /// Bytes; binary units (`1GiB`) accepted.
    Bytes {
        min: i64,
    },
    Int {
        min: i64,
    },
    Bool,
    /// A fraction from 0 to 1.
    Ratio,
    /// `cleanup.policy`: an order-insensitive set.
    Policy,
    OneOf(&'static [&'static str]),
    Text,
}

impl Kind {
    pub(super) fn expect(self) -> &'static str {
        match self {
            Kind::Millis { .. } => "milliseconds or a duration such as 7d",
            Kind::Bytes { .. } => "bytes or a binary size such as 1GiB",
            Kind::Int { .. } => "a whole number",
            Kind::Bool => "true or false",
            Kind::Ratio => "a number from 0 to 1",
            Kind::Policy => "delete, compact, or compact,delete",
            Kind::OneOf(_) => "one of the allowed values",
            Kind::Text => "a value",
        }
    }
}

pub(super) const COMPRESSION: &[&str] =
    &["uncompressed", "zstd", "lz4", "snappy", "gzip", "producer"];
pub(super) const TIMESTAMP_TYPES: &[&str] = &["CreateTime", "LogAppendTime"];

/// Apache Kafka's topic-level configs (Kafka 3.x and 4.x documentation).
pub(super) const TOPIC_CONFIGS: &[(&str, Kind)] = &[
    ("cleanup.policy", Kind::Policy),
    ("compression.gzip.level", Kind::Int { min: -1 }),
    ("compression.lz4.level", Kind::Int { min: 1 }),
    ("compression.type", Kind::OneOf(COMPRESSION)),
    ("compression.zstd.level", Kind::Int { min: -131072 }),
    ("delete.retention.ms", Kind::Millis { min: 0 }),
    ("file.delete.delay.ms", Kind::Millis { min: 0 }),
    ("flush.messages", Kind::Int { min: 1 }),
    ("flush.ms", Kind::Millis { min: 0 }),
    ("follower.replication.throttled.replicas", Kind::Text),
    ("index.interval.bytes", Kind::Bytes { min: 0 }),
    ("leader.replication.throttled.replicas", Kind::Text),
    ("local.retention.bytes", Kind::Bytes { min: -2 }),
    ("local.retention.ms", Kind::Millis { min: -2 }),
    ("max.compaction.lag.ms", Kind::Millis { min: 1 }),
    ("max.message.bytes", Kind::Bytes { min: 0 }),
    ("message.downconversion.enable", Kind::Bool),
    ("message.format.version", Kind::Text),
    ("message.timestamp.after.max.ms", Kind::Millis { min: 0 }),
    ("message.timestamp.before.max.ms", Kind::Millis { min: 0 }),
    (
        "message.timestamp.difference.max.ms",
        Kind::Millis { min: 0 },
    ),
    ("message.timestamp.type", Kind::OneOf(TIMESTAMP_TYPES)),
    ("min.cleanable.dirty.ratio", Kind::Ratio),
    ("min.compaction.lag.ms", Kind::Millis { min: 0 }),
    ("min.insync.replicas", Kind::Int { min: 1 }),
    ("preallocate", Kind::Bool),
    ("remote.log.copy.disable", Kind::Bool),
    ("remote.log.delete.on.disable", Kind::Bool),
    ("remote.storage.enable", Kind::Bool),
    ("retention.bytes", Kind::Bytes { min: -1 }),
    ("retention.ms", Kind::Millis { min: -1 }),
    ("segment.bytes", Kind::Bytes { min: 14 }),
    ("segment.index.bytes", Kind::Bytes { min: 4 }),
    ("segment.jitter.ms", Kind::Millis { min: 0 }),
    ("segment.ms", Kind::Millis { min: 1 }),
    ("unclean.leader.election.enable", Kind::Bool),
];

/// Vendor extensions passed through as text (Confluent Platform/Cloud, Redpanda).
pub(super) const VENDOR_PREFIXES: &[&str] = &["confluent.", "redpanda."];

pub(super) fn config_kind(key: &str) -> Option<Kind> {
    TOPIC_CONFIGS
        .iter()
        .find(|(k, _)| *k == key)
        .map(|(_, kind)| *kind)
        .or_else(|| {
            VENDOR_PREFIXES
                .iter()
                .any(|p| key.starts_with(p) && key.len() > p.len())
                .then_some(Kind::Text)
        })
}

/// True for configs whose values are milliseconds (plans show them as `7d`).
pub fn is_millis_config(key: &str) -> bool {
    matches!(config_kind(key), Some(Kind::Millis { .. }))
}

/// The canonical form of a config value as a broker reports it, so that
/// `604800000` and `7d`, `compact,delete` and `delete,compact`, `TRUE` and
/// `true` compare equal. Values kctl cannot interpret are returned trimmed.
pub fn canonical_value(key: &str, raw: &str) -> String {
    let kind = config_kind(key).unwrap_or(Kind::Text);
    canonical_scalar(kind, Scalar::Str(raw.trim())).unwrap_or_else(|_| raw.trim().to_string())
}

pub(super) fn canonical_scalar(kind: Kind, s: Scalar) -> Result<String, String> {
    match kind {
        Kind::Millis { min } => canonical_millis(s, min).map(|v| v.to_string()),
        Kind::Bytes { min } => canonical_bytes(s, min).map(|v| v.to_string()),
        Kind::Int { min } => {
            let v = match s {
                Scalar::Int(i) => Some(i),
                Scalar::UInt(u) => i64::try_from(u).ok(),
                Scalar::Str(t) => t.trim().parse::<i64>().ok(),
                _ => None,
            };
            match v {
                Some(v) if v >= min => Ok(v.to_string()),
                Some(v) => Err(format!("invalid value {v}: expected at least {min}")),
                None => Err(format!("invalid value {s}: expected a whole number")),
            }
        }
        Kind::Bool => match s {
            Scalar::Bool(b) => Ok(b.to_string()),
            Scalar::Str(t) if t.eq_ignore_ascii_case("true") => Ok("true".into()),
            Scalar::Str(t) if t.eq_ignore_ascii_case("false") => Ok("false".into()),
            _ => Err(format!("invalid value {s}: expected true or false")),
        },
        Kind::Ratio => {
            let v = match s {
                Scalar::Float(f) => Some(f),
                Scalar::Int(i) => Some(i as f64),
                Scalar::UInt(u) => Some(u as f64),
                Scalar::Str(t) => t.trim().parse::<f64>().ok(),
                Scalar::Bool(_) => None,
            };
            match v {
                Some(v) if (0.0..=1.0).contains(&v) => Ok(format!("{v}")),
                _ => Err(format!("invalid value {s}: expected a number from 0 to 1")),
            }
        }
        Kind::Policy => match s {
            Scalar::Str(t) => canonical_policy(t),
            _ => Err(format!(
                "invalid cleanup policy {s}: expected delete, compact, or compact,delete"
            )),
        },
        Kind::OneOf(allowed) => match s {
            Scalar::Str(t) if allowed.contains(&t) => Ok(t.to_string()),
            _ => Err(format!(
                "invalid value {s}: expected one of {}",
                allowed.join(", ")
            )),
        },
        Kind::Text => match s {
            Scalar::Str(t) => Ok(t.to_string()),
            other => Ok(other.to_string()),
        },
    }
}

/// A topic config given on the command line (`--config KEY=VALUE`),
/// checked and canonicalised as a topics.yaml `config:` entry is: an unknown
/// key, or a value of the wrong kind, is an error naming it. A number for a
/// `*.ms` or `*.bytes` key is taken as milliseconds or bytes, as in the file.
pub fn config_from_flag(text: &str) -> Result<(String, String), String> {
    let (key, raw) = text
        .split_once('=')
        .ok_or_else(|| format!("{text:?}: expected KEY=VALUE, e.g. retention.ms=7d"))?;
    let key = key.trim();
    let kind = known_config(key)?;
    let raw = raw.trim();
    let scalar = match raw.parse::<i64>() {
        Ok(i) => Scalar::Int(i),
        Err(_) => Scalar::Str(raw),
    };
    canonical_scalar(kind, scalar)
        .map(|v| (key.to_string(), v))
        .map_err(|e| format!("{key}: {e}"))
}

/// Checks that `key` is a topic config kctl knows (for `--delete KEY`).
pub fn check_config_key(key: &str) -> Result<(), String> {
    known_config(key).map(|_| ())
}

fn known_config(key: &str) -> Result<Kind, String> {
    config_kind(key).ok_or_else(|| {
        format!(
            "unknown topic config {key:?}{}: expected a Kafka topic config such as retention.ms, \
             min.insync.replicas or max.message.bytes (or a confluent./redpanda. key)",
            crate::domain::suggest::did_you_mean(key, TOPIC_CONFIGS.iter().map(|(k, _)| *k))
        )
    })
}

/// `delete`, `compact`, or both in any order and case → `compact,delete`.
pub(super) fn canonical_policy(text: &str) -> Result<String, String> {
    let mut words: Vec<String> = Vec::new();
    for w in text.split(',') {
        let w = w.trim().to_ascii_lowercase();
        if w != "delete" && w != "compact" {
            return Err(format!(
                "unknown cleanup policy {:?}: expected delete, compact, or compact,delete",
                text.trim()
            ));
        }
        if !words.contains(&w) {
            words.push(w);
        }
    }
    words.sort();
    Ok(words.join(","))
}

pub(super) fn canonical_millis(s: Scalar, min: i64) -> Result<i64, String> {
    let v = match s {
        Scalar::Int(i) => Ok(i),
        Scalar::UInt(u) => i64::try_from(u).map_err(|_| format!("{u} is too large")),
        Scalar::Str(t) => {
            let t = t.trim();
            if let Ok(i) = t.parse::<i64>() {
                Ok(i)
            } else {
                duration::parse_millis(t).and_then(|ms| {
                    i64::try_from(ms).map_err(|_| format!("duration {t:?} is too large"))
                })
            }
        }
        Scalar::Float(_) | Scalar::Bool(_) => Err(format!(
            "invalid duration {s}: expected whole milliseconds or a duration such as 7d"
        )),
    }?;
    if v < min {
        return Err(format!(
            "invalid duration {v}: expected {}",
            match min {
                -1 => "-1 (unlimited) or more",
                -2 => "-2 (follow retention), -1 (unlimited) or more",
                0 => "0 or more milliseconds",
                _ => "a positive number of milliseconds",
            }
        ));
    }
    Ok(v)
}

pub(super) const SIZE_UNITS: &[(&str, i64)] = &[
    ("B", 1),
    ("KiB", 1 << 10),
    ("MiB", 1 << 20),
    ("GiB", 1 << 30),
    ("TiB", 1 << 40),
];

pub(super) fn canonical_bytes(s: Scalar, min: i64) -> Result<i64, String> {
    let v = match s {
        Scalar::Int(i) => Ok(i),
        Scalar::UInt(u) => i64::try_from(u).map_err(|_| format!("{u} is too large")),
        Scalar::Str(t) => parse_bytes(t.trim()),
        Scalar::Float(_) | Scalar::Bool(_) => Err(format!(
            "invalid size {s}: expected whole bytes or a binary size such as 1GiB"
        )),
    }?;
    if v < min {
        return Err(format!("invalid size {v}: expected at least {min}"));
    }
    Ok(v)
}

/// `1048576`, `512KiB`, `1GiB`. Decimal units (`1GB`) are refused: whether they
/// mean 10⁹ or 2³⁰ bytes is exactly the ambiguity canonical values avoid.
pub(super) fn parse_bytes(t: &str) -> Result<i64, String> {
    if let Ok(i) = t.parse::<i64>() {
        return Ok(i);
    }
    let split = t.find(|c: char| !c.is_ascii_digit()).unwrap_or(t.len());
    let (digits, unit) = t.split_at(split);
    let unit = unit.trim();
    let Some(&(_, per)) = SIZE_UNITS.iter().find(|(u, _)| *u == unit) else {
        return Err(format!(
            "invalid size {t:?}: expected whole bytes or a number with a binary unit \
             (B, KiB, MiB, GiB, TiB), e.g. 1GiB"
        ));
    };
    let n: i64 = digits
        .parse()
        .map_err(|_| format!("invalid size {t:?}: expected a number before {unit}"))?;
    n.checked_mul(per)
        .ok_or_else(|| format!("invalid size {t:?}: too large"))
}
