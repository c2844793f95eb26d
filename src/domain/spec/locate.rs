//! Locating nodes after parsing: errors that span several nodes are placed
//! by re-reading the document up to the node concerned.

use super::*;

pub(super) const LOCATE_MARKER: &str = "\u{0}kctl-locate";

/// The line and column of the key at `path` (a list of map keys from the
/// root), found by reading the document again and stopping with an error at
/// that key: serde_norway attaches the key's position to the error. `None`
/// when the path does not exist or is empty.
pub fn locate(text: &str, path: &[String]) -> Option<(usize, usize)> {
    if path.is_empty() {
        return None;
    }
    match (LocateSeed { path }).deserialize(serde_norway::Deserializer::from_str(text)) {
        Err(e) if e.to_string().contains(LOCATE_MARKER) => {
            e.location().map(|l| (l.line(), l.column()))
        }
        _ => None,
    }
}

pub(super) struct LocateSeed<'a> {
    pub(super) path: &'a [String],
}

impl<'de> DeserializeSeed<'de> for LocateSeed<'_> {
    type Value = ();
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<(), D::Error> {
        d.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for LocateSeed<'_> {
    type Value = ();

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("anything")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<(), A::Error> {
        let (first, rest) = self.path.split_first().expect("non-empty path");
        while let Some(hit) = map.next_key_seed(LocateKey {
            target: first,
            last: rest.is_empty(),
        })? {
            if hit {
                return map.next_value_seed(LocateSeed { path: rest });
            }
            map.next_value::<IgnoredAny>()?;
        }
        Ok(())
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<(), A::Error> {
        while seq.next_element::<IgnoredAny>()?.is_some() {}
        Ok(())
    }

    fn visit_bool<E>(self, _: bool) -> Result<(), E> {
        Ok(())
    }
    fn visit_i64<E>(self, _: i64) -> Result<(), E> {
        Ok(())
    }
    fn visit_u64<E>(self, _: u64) -> Result<(), E> {
        Ok(())
    }
    fn visit_f64<E>(self, _: f64) -> Result<(), E> {
        Ok(())
    }
    fn visit_str<E>(self, _: &str) -> Result<(), E> {
        Ok(())
    }
    fn visit_unit<E>(self) -> Result<(), E> {
        Ok(())
    }
}

pub(super) struct LocateKey<'a> {
    pub(super) target: &'a str,
    pub(super) last: bool,
}

impl<'de> DeserializeSeed<'de> for LocateKey<'_> {
    type Value = bool;
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<bool, D::Error> {
        d.deserialize_str(self)
    }
}

impl<'de> Visitor<'de> for LocateKey<'_> {
    type Value = bool;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a key")
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<bool, E> {
        if v != self.target {
            return Ok(false);
        }
        if self.last {
            return Err(E::custom(LOCATE_MARKER));
        }
        Ok(true)
    }
}
