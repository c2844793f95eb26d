//! The layers of topics.yaml: the root and each override block, read as maps
//! from topic names (and reserved keys) to settings.

use std::collections::BTreeSet;

use super::fields::FieldsSeed;
use super::recover::Recover;
use super::*;

#[derive(Debug, Clone, Default)]
pub(super) struct Layer {
    pub(super) defaults: Fields,
    pub(super) topics: Vec<Fields>,
    /// Only on the root layer, moved out by `parse`.
    pub(super) overrides: Vec<(String, Layer)>,
}

/// Settings as written in one place (a topic, `defaults`, or an override
/// entry); `None` means "not set here".
#[derive(Debug, Clone, Default)]
pub(super) struct Fields {
    pub(super) name: String,
    /// Keys leading to this entry in the document, for locating errors.
    pub(super) path: Vec<String>,
    pub(super) partitions: Option<i32>,
    pub(super) replication_factor: Option<i16>,
    pub(super) configs: BTreeMap<String, String>,
    pub(super) value_schema: Option<Vec<String>>,
    pub(super) key_schema: Option<Vec<String>>,
    pub(super) subject_strategy: Option<SubjectStrategy>,
    pub(super) compatibility: Option<String>,
    /// Fields present with a value that was reported as invalid: merging
    /// does not report them again as missing.
    pub(super) invalid: BTreeSet<&'static str>,
}

/// Where a map of topics sits, which decides the reserved keys it accepts.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum LayerKind {
    /// The document root: `access`, `defaults`, `overrides`, `topics` and topic names.
    Root,
    /// An override block: `defaults`, `topics` and topic names.
    Override,
    /// A `topics:` block: topic names only.
    Topics,
}

impl LayerKind {
    pub(super) fn reserved(self) -> &'static [&'static str] {
        match self {
            LayerKind::Root => &["access", "defaults", "overrides", "topics"],
            LayerKind::Override => &["defaults", "topics"],
            LayerKind::Topics => &[],
        }
    }
}

pub(super) struct LayerSeed<'a> {
    pub(super) prefix: Vec<String>,
    pub(super) mode: LayerKind,
    /// Names already declared (shared with a nested `topics:` block).
    pub(super) declared: Option<&'a mut HashSet<String>>,
    pub(super) problems: &'a Problems,
}

impl<'de> DeserializeSeed<'de> for LayerSeed<'_> {
    type Value = Layer;
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<Layer, D::Error> {
        d.deserialize_map(self)
    }
}

impl<'de> Visitor<'de> for LayerSeed<'_> {
    type Value = Layer;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a map from topic name to settings")
    }

    fn visit_unit<E: de::Error>(self) -> Result<Layer, E> {
        Ok(Layer::default())
    }

    fn visit_map<A: MapAccess<'de>>(mut self, mut map: A) -> Result<Layer, A::Error> {
        let mut own = HashSet::new();
        let declared = match self.declared.take() {
            Some(d) => d,
            None => &mut own,
        };
        let problems = self.problems;
        let mut layer = Layer::default();
        let mut reserved_seen = HashSet::new();
        while let Some(key) = map.next_key_seed(Recover::new(
            KeySeed {
                mode: self.mode,
                declared: &*declared,
                reserved_seen: &reserved_seen,
            },
            problems,
        ))? {
            let Some(key) = key else {
                map.next_value::<IgnoredAny>()?;
                continue;
            };
            let mut path = self.prefix.clone();
            match key {
                Key::Reserved(word) => {
                    reserved_seen.insert(word);
                    path.push(word.into());
                    match word {
                        // Read by `domain::access::spec`.
                        "access" => {
                            map.next_value::<IgnoredAny>()?;
                        }
                        "defaults" => {
                            let seed = FieldsSeed {
                                path: path.clone(),
                                problems,
                            };
                            if let Some(mut f) =
                                map.next_value_seed(Recover::new(seed, problems))?
                            {
                                f.name = "defaults".into();
                                f.path = path;
                                layer.defaults = f;
                            }
                        }
                        "topics" => {
                            let seed = LayerSeed {
                                prefix: path,
                                mode: LayerKind::Topics,
                                declared: Some(&mut *declared),
                                problems,
                            };
                            if let Some(nested) =
                                map.next_value_seed(Recover::new(seed, problems))?
                            {
                                layer.topics.extend(nested.topics);
                            }
                        }
                        _ => {
                            let seed = OverridesSeed { path, problems };
                            if let Some(o) = map.next_value_seed(Recover::new(seed, problems))? {
                                layer.overrides = o;
                            }
                        }
                    }
                }
                Key::Topic(name) => {
                    path.push(name.clone());
                    let seed = FieldsSeed {
                        path: path.clone(),
                        problems,
                    };
                    let read = map.next_value_seed(Recover::new(seed, problems))?;
                    declared.insert(name.clone());
                    if let Some(mut f) = read {
                        f.name = name;
                        f.path = path;
                        layer.topics.push(f);
                    }
                }
            }
        }
        Ok(layer)
    }
}

pub(super) enum Key {
    Reserved(&'static str),
    Topic(String),
}

pub(super) struct KeySeed<'a> {
    pub(super) mode: LayerKind,
    pub(super) declared: &'a HashSet<String>,
    pub(super) reserved_seen: &'a HashSet<&'static str>,
}

impl<'de> DeserializeSeed<'de> for KeySeed<'_> {
    type Value = Key;
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<Key, D::Error> {
        d.deserialize_str(self)
    }
}

impl<'de> Visitor<'de> for KeySeed<'_> {
    type Value = Key;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a topic name")
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<Key, E> {
        // A `topics:` block holds only topic names, reserved words included.
        if let Some(word) = self.mode.reserved().iter().copied().find(|w| *w == v) {
            if self.reserved_seen.contains(word) {
                return Err(E::custom(format!("duplicate key `{word}`")));
            }
            return Ok(Key::Reserved(word));
        }
        validate_topic_name(v).map_err(E::custom)?;
        if self.declared.contains(v) {
            return Err(E::custom(format!("topic {v:?} is declared twice")));
        }
        Ok(Key::Topic(v.to_string()))
    }
}

/// Validates a topic name as Kafka does: 1 to 249 characters from
/// `[a-zA-Z0-9._-]`, and not `.` or `..`.
pub fn validate_topic_name(name: &str) -> Result<(), String> {
    if name.is_empty() {
        return Err("invalid topic name \"\": expected 1 to 249 characters".into());
    }
    if name == "." || name == ".." {
        return Err(format!(
            "invalid topic name {name:?}: Kafka does not allow \".\" or \"..\""
        ));
    }
    if let Some(c) = name
        .chars()
        .find(|c| !(c.is_ascii_alphanumeric() || matches!(c, '.' | '_' | '-')))
    {
        return Err(format!(
            "invalid topic name {name:?}: character {c:?} is not allowed \
             (expected letters, digits, '.', '_' and '-')"
        ));
    }
    // Only ASCII is left, so slicing by bytes is safe.
    if name.len() > 249 {
        return Err(format!(
            "invalid topic name {:?}...: {} characters, Kafka allows at most 249",
            &name[..20],
            name.len()
        ));
    }
    Ok(())
}

pub(super) struct OverridesSeed<'p> {
    pub(super) path: Vec<String>,
    pub(super) problems: &'p Problems,
}

impl<'de> DeserializeSeed<'de> for OverridesSeed<'_> {
    type Value = Vec<(String, Layer)>;
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<Self::Value, D::Error> {
        d.deserialize_map(self)
    }
}

impl<'de> Visitor<'de> for OverridesSeed<'_> {
    type Value = Vec<(String, Layer)>;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a map from override name (e.g. a kctl context) to settings")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
        let problems = self.problems;
        let mut out: Vec<(String, Layer)> = Vec::new();
        while let Some(name) = map.next_key_seed(Recover::new(
            OverrideNameSeed {
                seen: out.iter().map(|(n, _)| n.as_str()).collect(),
            },
            problems,
        ))? {
            let Some(name) = name else {
                map.next_value::<IgnoredAny>()?;
                continue;
            };
            let mut path = self.path.clone();
            path.push(name.clone());
            let seed = LayerSeed {
                prefix: path,
                mode: LayerKind::Override,
                declared: None,
                problems,
            };
            if let Some(layer) = map.next_value_seed(Recover::new(seed, problems))? {
                out.push((name, layer));
            }
        }
        Ok(out)
    }
}

pub(super) struct OverrideNameSeed<'a> {
    pub(super) seen: HashSet<&'a str>,
}

impl<'de> DeserializeSeed<'de> for OverrideNameSeed<'_> {
    type Value = String;
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<String, D::Error> {
        d.deserialize_str(self)
    }
}

impl<'de> Visitor<'de> for OverrideNameSeed<'_> {
    type Value = String;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("an override block name")
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<String, E> {
        if v.trim().is_empty() {
            return Err(E::custom("empty override block name"));
        }
        if self.seen.contains(v) {
            return Err(E::custom(format!("override block {v:?} is declared twice")));
        }
        Ok(v.to_string())
    }
}
