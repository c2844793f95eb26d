//! JSON Schema, as Confluent-compatible registries hold it (`schemaType`
//! `JSON`): compiling a schema with the schemas its references name,
//! validating events against it, the Confluent wire frame, random events
//! ([`generate`]) and field-level differences ([`diff`]).
//!
//! Validation and `$ref` resolution are the `jsonschema` crate's: it
//! implements drafts 4, 6, 7, 2019-09 and 2020-12 (the draft is the
//! schema's `$schema`, 2020-12 without one) and passes the official JSON
//! Schema test suite; with its default features off it never fetches
//! anything. Formats (`date-time`, `uuid`, `email`, ...) are checked, as
//! Confluent's Java serializer does.
//!
//! **References.** A registry reference `{"name", "subject", "version"}`
//! makes the referenced schema available under the URI `name`; a `$ref`
//! to `name` (optionally with a `#/pointer`) uses it. A relative name
//! (`metadata.json`) resolves against `json-schema:///`, the base the root
//! schema gets, as with Confluent's Python serializer.

pub mod compact;
pub mod diff;
pub mod generate;
pub mod pattern;
pub mod plan;

use serde_json::Value;

/// The base relative `$ref`s and reference names resolve against.
pub const BASE: &str = "json-schema:///";

/// A JSON Schema compiled with its references.
pub struct JsonSchema {
    root: Value,
    /// Referenced schemas by reference name, transitively.
    refs: Vec<(String, Value)>,
    validator: jsonschema::Validator,
}

impl std::fmt::Debug for JsonSchema {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("JsonSchema")
            .field("root", &self.root)
            .finish()
    }
}

/// The URI a reference name is registered under.
fn absolute(name: &str) -> String {
    if name.contains("://") || name.starts_with("urn:") {
        name.to_string()
    } else {
        format!("{BASE}{}", name.trim_start_matches('/'))
    }
}

impl JsonSchema {
    /// Parses `text` with the referenced schemas `(name, text)`; the error
    /// is the reason (invalid JSON, not a schema, a `$ref` that does not
    /// resolve).
    pub fn parse(text: &str, refs: &[(String, String)]) -> Result<JsonSchema, String> {
        let root: Value = serde_json::from_str(text).map_err(|e| format!("invalid JSON: {e}"))?;
        let mut parsed = Vec::with_capacity(refs.len());
        for (name, text) in refs {
            let v: Value = serde_json::from_str(text)
                .map_err(|e| format!("referenced schema {name:?}: invalid JSON: {e}"))?;
            parsed.push((name.clone(), v));
        }
        JsonSchema::new(root, parsed)
    }

    /// Compiles a parsed schema with parsed references.
    pub fn new(root: Value, refs: Vec<(String, Value)>) -> Result<JsonSchema, String> {
        if !root.is_object() && !root.is_boolean() {
            return Err("a JSON Schema is an object or a boolean".into());
        }
        let validator = {
            let registry = jsonschema::Registry::new()
                .extend(refs.iter().map(|(n, v)| (absolute(n), v)))
                .and_then(|b| b.prepare())
                .map_err(|e| e.to_string())?;
            jsonschema::options()
                .with_base_uri(BASE)
                .with_registry(&registry)
                .should_validate_formats(true)
                .build(&root)
                .map_err(|e| match e.instance_path().as_str() {
                    "" => e.to_string(),
                    p => format!("{p}: {e}"),
                })?
        };
        Ok(JsonSchema {
            root,
            refs,
            validator,
        })
    }

    pub fn root(&self) -> &Value {
        &self.root
    }

    pub fn refs(&self) -> &[(String, Value)] {
        &self.refs
    }

    /// Checks `event`: the first violation as `POINTER: reason` (the JSON
    /// pointer into the event, `(root)` for the event itself).
    pub fn validate(&self, event: &Value) -> Result<(), String> {
        match self.validator.iter_errors(event).next() {
            None => Ok(()),
            Some(e) => Err(format!(
                "{}: {e}",
                pointer_or_root(e.instance_path().as_str())
            )),
        }
    }

    pub fn is_valid(&self, event: &Value) -> bool {
        self.validator.is_valid(event)
    }

    /// Follows `$ref`s from `node` (in the document `doc`; `None` is the
    /// root schema) to the schema they designate, with the document it is
    /// in. Unresolvable references leave the node as it is.
    pub fn deref<'a>(
        &'a self,
        mut node: &'a Value,
        mut doc: Option<&'a Value>,
    ) -> (&'a Value, Option<&'a Value>) {
        for _ in 0..32 {
            let Some(r) = node.get("$ref").and_then(Value::as_str) else {
                break;
            };
            let (file, pointer) = r.split_once('#').unwrap_or((r, ""));
            let target = if file.is_empty() {
                doc.unwrap_or(&self.root)
            } else {
                match self.reference(file) {
                    Some(v) => {
                        doc = Some(v);
                        v
                    }
                    None => break,
                }
            };
            match target.pointer(pointer) {
                Some(n) => node = n,
                None => break,
            }
        }
        (node, doc)
    }

    /// The referenced schema a `$ref` file part names.
    fn reference(&self, file: &str) -> Option<&Value> {
        let want = absolute(file);
        self.refs
            .iter()
            .find(|(n, v)| {
                absolute(n) == want || v.get("$id").and_then(Value::as_str) == Some(file)
            })
            .map(|(_, v)| v)
    }
}

pub fn pointer_or_root(p: &str) -> &str {
    if p.is_empty() {
        "(root)"
    } else {
        p
    }
}

/// Writes the Confluent frame for schema `id` and the event as compact
/// UTF-8 JSON.
pub fn encode(id: u32, event: &Value, out: &mut Vec<u8>) -> Result<(), String> {
    out.push(0);
    out.extend_from_slice(&id.to_be_bytes());
    serde_json::to_writer(out, event).map_err(|e| e.to_string())
}

/// The `$ref` targets of a schema that name other documents (the part
/// before `#`), each once, in order of appearance.
pub fn external_refs(schema: &Value) -> Vec<String> {
    fn walk(v: &Value, out: &mut Vec<String>) {
        match v {
            Value::Object(m) => {
                if let Some(Value::String(r)) = m.get("$ref") {
                    let file = r.split_once('#').map_or(r.as_str(), |(f, _)| f);
                    if !file.is_empty() && !out.iter().any(|o| o == file) {
                        out.push(file.to_string());
                    }
                }
                // `enum`, `const`, `default` and `examples` hold data, not schemas.
                for (k, x) in m {
                    if !matches!(k.as_str(), "enum" | "const" | "default" | "examples") {
                        walk(x, out);
                    }
                }
            }
            Value::Array(a) => a.iter().for_each(|x| walk(x, out)),
            _ => {}
        }
    }
    let mut out = Vec::new();
    walk(schema, &mut out);
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    const META: &str = r#"{"type":"object","properties":{"id":{"type":"string","format":"uuid"}},"required":["id"]}"#;

    #[test]
    fn validates_with_pointer_and_reason() {
        let s = JsonSchema::parse(
            r#"{"type":"object","properties":{"n":{"type":"integer","minimum":0},"k":{"enum":["A","B"]}},"required":["n"]}"#,
            &[],
        )
        .unwrap();
        assert!(s.validate(&json!({"n": 1, "k": "A"})).is_ok());
        let e = s.validate(&json!({"n": -1})).unwrap_err();
        assert!(e.starts_with("/n: "), "{e}");
        assert!(e.contains("minimum"), "{e}");
        let e = s.validate(&json!({"k": "C", "n": 0})).unwrap_err();
        assert!(e.starts_with("/k: "), "{e}");
        let e = s.validate(&json!({})).unwrap_err();
        assert!(e.starts_with("(root): "), "{e}");
        assert!(e.contains("\"n\""), "{e}");
    }

    #[test]
    fn references_resolve_by_name_and_are_followed() {
        let root = r#"{"type":"object","properties":{"metadata":{"$ref":"metadata.json"}},"required":["metadata"]}"#;
        let refs = vec![("metadata.json".to_string(), META.to_string())];
        let s = JsonSchema::parse(root, &refs).unwrap();
        assert!(s
            .validate(&json!({"metadata": {"id": "6f1c2b1e-8a43-4f7e-9a55-0b7d0c1e2f3a"}}))
            .is_ok());
        let e = s
            .validate(&json!({"metadata": {"id": "nope"}}))
            .unwrap_err();
        assert!(e.starts_with("/metadata/id: "), "{e}");
        let (m, doc) = s.deref(&s.root()["properties"]["metadata"], None);
        assert!(doc.is_some());
        assert_eq!(m["required"], json!(["id"]));
        assert_eq!(external_refs(s.root()), ["metadata.json"]);
        assert!(JsonSchema::parse(root, &[]).is_err());
    }

    #[test]
    fn frames_compact_json() {
        let mut out = Vec::new();
        encode(7, &json!({"a": 1, "b": [true]}), &mut out).unwrap();
        assert_eq!(&out[..5], &[0, 0, 0, 0, 7]);
        assert_eq!(&out[5..], br#"{"a":1,"b":[true]}"#);
    }
}
