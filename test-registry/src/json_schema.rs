//! JSON Schema for the registry: parsing a submission with its references,
//! the form that decides whether two submissions are "the same schema", and
//! the compatibility rules Confluent documents for JSON Schema.
//!
//! Compatibility is "can a reader schema accept every document the writer
//! schema accepts", decided structurally, as Confluent's registry does:
//!
//! - **Content models.** An object schema is *closed* when
//!   `additionalProperties` is `false`, else *open*. A reader that adds a
//!   property the writer did not declare is incompatible when the writer is
//!   open (its documents may already hold that name with any value:
//!   `PROPERTY_ADDED_TO_OPEN_CONTENT_MODEL`), compatible when it is closed.
//!   A reader that drops a property the writer declared is incompatible when
//!   the reader is closed (`PROPERTY_REMOVED_FROM_CLOSED_CONTENT_MODEL`),
//!   compatible when it is open. Closing an open model is
//!   `ADDITIONAL_PROPERTIES_REMOVED`.
//! - **Partially open content models** (`patternProperties`, or
//!   `additionalProperties` as a schema). A property added to or removed
//!   from the reader that the other side's patterns (or additional-property
//!   schema) cover is compared with that covering schema
//!   (`PROPERTY_ADDED_IS_COVERED_BY_PARTIALLY_OPEN_CONTENT_MODEL` and its
//!   removed twin); one they do not cover is incompatible when the writer
//!   still admits other names (`PROPERTY_ADDED_NOT_COVERED_BY_PARTIALLY_OPEN_CONTENT_MODEL`)
//!   or the reader is closed (`PROPERTY_REMOVED_NOT_COVERED_BY_PARTIALLY_OPEN_CONTENT_MODEL`).
//!   A reader whose additional properties become a schema where the writer
//!   was open is `ADDITIONAL_PROPERTIES_NARROWED`; two such schemas are
//!   compared.
//! - **Required.** A reader requiring a property the writer did not require:
//!   `REQUIRED_PROPERTY_ADDED_TO_UNOPEN_CONTENT_MODEL`.
//! - **Types.** Every writer type must be a reader type (`integer` reads as
//!   `number`): else `TYPE_CHANGED` (or `TYPE_NARROWED`).
//! - **Enums.** Every writer value must be a reader value: else
//!   `ENUM_ARRAY_NARROWED` (adding values is widening).
//! - **Bounds.** A reader with a tighter `maxLength`, `minLength`,
//!   `maximum`, `minimum`, `maxItems` or `minItems` than the writer:
//!   `MAX_LENGTH_DECREASED` and the like.
//!
//! BACKWARD asks whether the new schema reads what the old wrote, FORWARD
//! the reverse, FULL both.

use std::collections::HashSet;

use serde_json::{Map, Value};

/// A parsed submission: the schema and its (transitively) referenced
/// schemas by reference name.
#[derive(Debug, Clone)]
pub struct JsonResolved {
    pub root: Value,
    pub refs: Vec<(String, Value)>,
}

/// The base the registry resolves relative `$ref`s (reference names) against.
const BASE: &str = "json-schema:///";

/// Parses and compiles `text` with the referenced schemas (name, text); the
/// error is the reason, for a 42201 message. Returns the normalized form too.
pub fn parse(
    text: &str,
    referenced: &[(String, String)],
) -> Result<(String, JsonResolved), String> {
    let root: Value = serde_json::from_str(text).map_err(|e| format!("Invalid JSON: {e}"))?;
    if !root.is_object() && !root.is_boolean() {
        return Err("Invalid schema: a JSON Schema is an object or a boolean".into());
    }
    let mut refs = Vec::with_capacity(referenced.len());
    for (name, text) in referenced {
        let v: Value = serde_json::from_str(text)
            .map_err(|e| format!("referenced schema {name}: invalid JSON: {e}"))?;
        refs.push((name.clone(), v));
    }
    {
        let registry = jsonschema::Registry::new()
            .extend(refs.iter().map(|(n, v)| (absolute(n), v)))
            .and_then(|b| b.prepare())
            .map_err(|e| format!("Invalid schema: {e}"))?;
        jsonschema::options()
            .with_base_uri(BASE)
            .with_registry(&registry)
            .build(&root)
            .map_err(|e| format!("Invalid schema: {e}"))?;
    }
    Ok((root.to_string(), JsonResolved { root, refs }))
}

fn absolute(name: &str) -> String {
    if name.contains("://") || name.starts_with("urn:") {
        name.to_string()
    } else {
        format!("{BASE}{}", name.trim_start_matches('/'))
    }
}

/// Reasons why `reader` cannot read everything `writer` accepts.
pub fn read_problems(writer: &JsonResolved, reader: &JsonResolved) -> Vec<String> {
    let mut out = Vec::new();
    let mut seen = HashSet::new();
    Walk {
        writer,
        reader,
        seen: &mut seen,
        out: &mut out,
    }
    .compare(&writer.root, None, &reader.root, None, "#");
    out
}

struct Walk<'a, 'o> {
    writer: &'a JsonResolved,
    reader: &'a JsonResolved,
    seen: &'o mut HashSet<(String, String)>,
    out: &'o mut Vec<String>,
}

/// Follows `$ref` (local pointers, or a reference name with an optional
/// pointer) to the schema it designates; `doc` is the referenced document
/// the node lives in (`None`: the root document).
fn deref<'a>(
    s: &'a JsonResolved,
    mut node: &'a Value,
    mut doc: Option<&'a Value>,
) -> (&'a Value, Option<&'a Value>, Option<String>) {
    let mut via = None;
    for _ in 0..32 {
        let Some(r) = node.get("$ref").and_then(Value::as_str) else {
            break;
        };
        via = Some(r.to_string());
        let (file, pointer) = r.split_once('#').unwrap_or((r, ""));
        let target_doc = if file.is_empty() {
            doc.unwrap_or(&s.root)
        } else {
            match s
                .refs
                .iter()
                .find(|(n, _)| n == file || n.ends_with(&format!("/{file}")))
            {
                Some((_, v)) => {
                    doc = Some(v);
                    v
                }
                None => break,
            }
        };
        match target_doc.pointer(pointer) {
            Some(n) => node = n,
            None => break,
        }
    }
    (node, doc, via)
}

fn types(s: &Value) -> Option<Vec<String>> {
    match s.get("type")? {
        Value::String(t) => Some(vec![t.clone()]),
        Value::Array(ts) => Some(
            ts.iter()
                .filter_map(Value::as_str)
                .map(String::from)
                .collect(),
        ),
        _ => None,
    }
}

fn is_closed(s: &Value) -> bool {
    s.get("additionalProperties") == Some(&Value::Bool(false))
}

/// The schema a partially open content model gives an undeclared property
/// `name`: the first `patternProperties` entry whose pattern matches it,
/// else `additionalProperties` when it is a schema. `None` when neither
/// says anything (the name is then open or closed as the model is).
fn covering<'v>(s: &'v Value, name: &str) -> Option<&'v Value> {
    let by_pattern = s
        .get("patternProperties")
        .and_then(Value::as_object)
        .into_iter()
        .flatten()
        .find(|(p, _)| regex::Regex::new(p).is_ok_and(|re| re.is_match(name)))
        .map(|(_, v)| v);
    by_pattern.or_else(|| s.get("additionalProperties").filter(|a| a.is_object()))
}

/// Whether any name outside `properties` may hold any value: no
/// `patternProperties`, and `additionalProperties` absent or `true`.
fn is_open(s: &Value) -> bool {
    s.get("patternProperties").is_none()
        && matches!(
            s.get("additionalProperties"),
            None | Some(Value::Bool(true))
        )
}

/// Whether a model has `patternProperties`.
fn is_open_partially(s: &Value) -> bool {
    s.get("patternProperties").is_some()
}

fn props(s: &Value) -> Option<&Map<String, Value>> {
    s.get("properties").and_then(Value::as_object)
}

fn required(s: &Value) -> Vec<&str> {
    s.get("required")
        .and_then(Value::as_array)
        .map(|a| a.iter().filter_map(Value::as_str).collect())
        .unwrap_or_default()
}

impl Walk<'_, '_> {
    fn problem(&mut self, kind: &str, path: &str, detail: String) {
        self.out.push(format!("{kind} at {path}: {detail}"));
    }

    fn compare(
        &mut self,
        w: &Value,
        wdoc: Option<&Value>,
        r: &Value,
        rdoc: Option<&Value>,
        path: &str,
    ) {
        let (w, wdoc, wvia) = deref(self.writer, w, wdoc);
        let (r, rdoc, rvia) = deref(self.reader, r, rdoc);
        if wvia.is_some() || rvia.is_some() {
            let key = (
                format!("{path}|{}", wvia.unwrap_or_default()),
                rvia.unwrap_or_default(),
            );
            if !self.seen.insert(key) {
                return;
            }
        }
        // `true` / `{}` accept anything; `false` nothing.
        if r == &Value::Bool(true) || r.as_object().is_some_and(Map::is_empty) {
            return;
        }
        if w == &Value::Bool(false) {
            return;
        }
        self.compare_types(w, r, path);
        self.compare_enums(w, r, path);
        self.compare_bounds(w, r, path);
        self.compare_objects(w, wdoc, r, rdoc, path);
        if let (Some(wi), Some(ri)) = (w.get("items"), r.get("items")) {
            self.compare(wi, wdoc, ri, rdoc, &format!("{path}/items"));
        }
    }

    fn compare_types(&mut self, w: &Value, r: &Value, path: &str) {
        let Some(rt) = types(r) else { return };
        let wt = types(w).unwrap_or_else(|| {
            // An untyped writer with an enum or const: the types of its values.
            let mut out: Vec<String> = Vec::new();
            for v in w
                .get("enum")
                .and_then(Value::as_array)
                .into_iter()
                .flatten()
            {
                out.push(json_type(v).to_string());
            }
            out
        });
        if wt.is_empty() && w.get("enum").is_none() {
            self.problem(
                "TYPE_NARROWED",
                path,
                format!(
                    "the writer accepts any type, the reader only {}",
                    rt.join(", ")
                ),
            );
            return;
        }
        let missing: Vec<&String> = wt
            .iter()
            .filter(|t| {
                !(rt.contains(t) || (t.as_str() == "integer" && rt.iter().any(|r| r == "number")))
            })
            .collect();
        if !missing.is_empty() {
            let kind = if wt.iter().all(|t| !rt.contains(t)) && rt.len() <= wt.len() {
                "TYPE_CHANGED"
            } else {
                "TYPE_NARROWED"
            };
            self.problem(
                kind,
                path,
                format!("type {} cannot be read as {}", wt.join(", "), rt.join(", ")),
            );
        }
    }

    fn compare_enums(&mut self, w: &Value, r: &Value, path: &str) {
        let Some(re) = r.get("enum").and_then(Value::as_array) else {
            return;
        };
        match w.get("enum").and_then(Value::as_array) {
            Some(we) => {
                let gone: Vec<String> = we
                    .iter()
                    .filter(|v| !re.contains(v))
                    .map(Value::to_string)
                    .collect();
                if !gone.is_empty() {
                    self.problem(
                        "ENUM_ARRAY_NARROWED",
                        path,
                        format!("the reader lacks {}", gone.join(", ")),
                    );
                }
            }
            None => self.problem(
                "ENUM_ARRAY_NARROWED",
                path,
                "the reader restricts the values to an enum the writer does not have".into(),
            ),
        }
    }

    fn compare_bounds(&mut self, w: &Value, r: &Value, path: &str) {
        for (key, upper, kind) in [
            ("maxLength", true, "MAX_LENGTH_DECREASED"),
            ("minLength", false, "MIN_LENGTH_INCREASED"),
            ("maximum", true, "MAXIMUM_DECREASED"),
            ("minimum", false, "MINIMUM_INCREASED"),
            ("maxItems", true, "MAX_ITEMS_DECREASED"),
            ("minItems", false, "MIN_ITEMS_INCREASED"),
        ] {
            let Some(rb) = r.get(key).and_then(Value::as_f64) else {
                continue;
            };
            let tighter = match w.get(key).and_then(Value::as_f64) {
                None => true,
                Some(wb) if upper => rb < wb,
                Some(wb) => rb > wb,
            };
            if tighter {
                self.problem(
                    kind,
                    path,
                    format!("{key} {rb} is tighter than the writer's"),
                );
            }
        }
    }

    fn compare_objects(
        &mut self,
        w: &Value,
        wdoc: Option<&Value>,
        r: &Value,
        rdoc: Option<&Value>,
        path: &str,
    ) {
        let empty = Map::new();
        let (wp, rp) = (props(w).unwrap_or(&empty), props(r).unwrap_or(&empty));
        if wp.is_empty() && rp.is_empty() && r.get("required").is_none() {
            if is_closed(r)
                && !is_closed(w)
                && types(w).is_some_and(|t| t.iter().any(|t| t == "object"))
            {
                self.problem(
                    "ADDITIONAL_PROPERTIES_REMOVED",
                    path,
                    "the reader is closed (additionalProperties false)".into(),
                );
            }
            return;
        }
        if is_closed(r) && !is_closed(w) {
            self.problem(
                "ADDITIONAL_PROPERTIES_REMOVED",
                path,
                "the reader is closed (additionalProperties false), the writer open".into(),
            );
        }
        // additionalProperties as schemas: the reader's must read the writer's.
        match (w.get("additionalProperties"), r.get("additionalProperties")) {
            (Some(wa), Some(ra)) if wa.is_object() && ra.is_object() => {
                self.compare(wa, wdoc, ra, rdoc, &format!("{path}/additionalProperties"))
            }
            (None | Some(Value::Bool(true)), Some(ra)) if ra.is_object() => self.problem(
                "ADDITIONAL_PROPERTIES_NARROWED",
                path,
                "the reader's additionalProperties is a schema, the writer's model open".into(),
            ),
            _ => {}
        }
        for (name, rs) in rp {
            let here = format!("{path}/properties/{name}");
            match (wp.get(name), covering(w, name)) {
                (Some(ws), _) => self.compare(ws, wdoc, rs, rdoc, &here),
                // PROPERTY_ADDED_IS_COVERED_BY_PARTIALLY_OPEN_CONTENT_MODEL:
                // the writer's documents hold it under the covering schema.
                (None, Some(cover)) => self.compare(cover, wdoc, rs, rdoc, &here),
                (None, None) if is_open(w) => self.problem(
                    "PROPERTY_ADDED_TO_OPEN_CONTENT_MODEL",
                    &here,
                    format!("property {name:?} is new, and the writer's open content model may already hold it with any value"),
                ),
                (None, None) if !is_closed(w) => self.problem(
                    "PROPERTY_ADDED_NOT_COVERED_BY_PARTIALLY_OPEN_CONTENT_MODEL",
                    &here,
                    format!("property {name:?} is new, no pattern of the writer covers it, and the writer admits other names with any value"),
                ),
                (None, None) => {}
            }
        }
        for (name, ws) in wp {
            if rp.contains_key(name) {
                continue;
            }
            let here = format!("{path}/properties/{name}");
            match covering(r, name) {
                // PROPERTY_REMOVED_IS_COVERED_BY_PARTIALLY_OPEN_CONTENT_MODEL.
                Some(cover) => self.compare(ws, wdoc, cover, rdoc, &here),
                None if is_closed(r) && !is_open_partially(r) => self.problem(
                    "PROPERTY_REMOVED_FROM_CLOSED_CONTENT_MODEL",
                    &here,
                    format!("property {name:?} is gone and the reader's content model is closed"),
                ),
                None if is_closed(r) => self.problem(
                    "PROPERTY_REMOVED_NOT_COVERED_BY_PARTIALLY_OPEN_CONTENT_MODEL",
                    &here,
                    format!("property {name:?} is gone and no pattern of the reader covers it"),
                ),
                None => {}
            }
        }
        let wreq = required(w);
        for name in required(r) {
            if !wreq.contains(&name) {
                self.problem(
                    "REQUIRED_PROPERTY_ADDED_TO_UNOPEN_CONTENT_MODEL",
                    &format!("{path}/properties/{name}"),
                    format!("property {name:?} is required by the reader, not by the writer"),
                );
            }
        }
    }
}

fn json_type(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "boolean",
        Value::Number(n) if n.is_i64() || n.is_u64() => "integer",
        Value::Number(_) => "number",
        Value::String(_) => "string",
        Value::Array(_) => "array",
        Value::Object(_) => "object",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn s(text: &str) -> JsonResolved {
        parse(text, &[]).expect("test schema parses").1
    }

    fn backward(new: &str, old: &str) -> Vec<String> {
        read_problems(&s(old), &s(new))
    }

    fn forward(new: &str, old: &str) -> Vec<String> {
        read_problems(&s(new), &s(old))
    }

    const OPEN: &str = r#"{"type":"object","properties":{"a":{"type":"string"}}}"#;
    const OPEN_B: &str =
        r#"{"type":"object","properties":{"a":{"type":"string"},"b":{"type":"integer"}}}"#;
    const CLOSED: &str =
        r#"{"type":"object","additionalProperties":false,"properties":{"a":{"type":"string"}}}"#;
    const CLOSED_B: &str = r#"{"type":"object","additionalProperties":false,"properties":{"a":{"type":"string"},"b":{"type":"integer"}}}"#;

    #[test]
    fn open_and_closed_content_models() {
        // Open: adding is forward only, removing backward only.
        assert_eq!(backward(OPEN_B, OPEN).len(), 1);
        assert!(forward(OPEN_B, OPEN).is_empty());
        assert!(backward(OPEN, OPEN_B).is_empty());
        assert_eq!(forward(OPEN, OPEN_B).len(), 1);
        // Closed: adding is backward only, removing forward only.
        assert!(backward(CLOSED_B, CLOSED).is_empty());
        assert_eq!(forward(CLOSED_B, CLOSED).len(), 1);
        assert_eq!(backward(CLOSED, CLOSED_B).len(), 1);
        assert!(forward(CLOSED, CLOSED_B).is_empty());
    }

    /// Partially open content models: each rule fails its case if removed.
    #[test]
    fn pattern_properties_and_additional_property_schemas() {
        // The writer's pattern covers the added property with a compatible
        // schema: compatible; with another type: the type change is named.
        let w = r#"{"type":"object","properties":{"a":{"type":"string"}},"patternProperties":{"^x_":{"type":"integer"}},"additionalProperties":false}"#;
        let added_ok = r#"{"type":"object","properties":{"a":{"type":"string"},"x_n":{"type":"number"}},"patternProperties":{"^x_":{"type":"integer"}},"additionalProperties":false}"#;
        let added_bad = r#"{"type":"object","properties":{"a":{"type":"string"},"x_n":{"type":"string"}},"patternProperties":{"^x_":{"type":"integer"}},"additionalProperties":false}"#;
        assert!(
            backward(added_ok, w).is_empty(),
            "{:?}",
            backward(added_ok, w)
        );
        let p = backward(added_bad, w);
        assert!(
            p[0].starts_with("TYPE_CHANGED at #/properties/x_n"),
            "{p:?}"
        );
        // Not covered, the writer open besides its patterns: incompatible.
        let w_open = r#"{"type":"object","properties":{"a":{"type":"string"}},"patternProperties":{"^x_":{"type":"integer"}}}"#;
        let added_other = r#"{"type":"object","properties":{"a":{"type":"string"},"b":{"type":"string"}},"patternProperties":{"^x_":{"type":"integer"}}}"#;
        let p = backward(added_other, w_open);
        assert!(
            p[0].starts_with("PROPERTY_ADDED_NOT_COVERED_BY_PARTIALLY_OPEN_CONTENT_MODEL"),
            "{p:?}"
        );
        // Removed: covered by the reader's pattern (compared), or not (the
        // reader closed besides its patterns: incompatible).
        let w2 = r#"{"type":"object","properties":{"a":{"type":"string"},"x_n":{"type":"integer"}},"additionalProperties":false}"#;
        assert!(backward(w, w2).is_empty(), "{:?}", backward(w, w2));
        let w3 = r#"{"type":"object","properties":{"a":{"type":"string"},"y":{"type":"integer"}},"additionalProperties":false}"#;
        let p = backward(w, w3);
        assert!(
            p[0].starts_with("PROPERTY_REMOVED_NOT_COVERED_BY_PARTIALLY_OPEN_CONTENT_MODEL"),
            "{p:?}"
        );
        // additionalProperties as a schema: narrowed from open, compared
        // with another schema, and covering added properties.
        let ap_int = r#"{"type":"object","properties":{"a":{"type":"string"}},"additionalProperties":{"type":"integer"}}"#;
        let ap_num = r#"{"type":"object","properties":{"a":{"type":"string"}},"additionalProperties":{"type":"number"}}"#;
        assert!(backward(ap_int, OPEN)[0].starts_with("ADDITIONAL_PROPERTIES_NARROWED"));
        assert!(backward(ap_num, ap_int).is_empty());
        assert!(backward(ap_int, ap_num)[0].starts_with("TYPE_CHANGED"));
        let ap_added = r#"{"type":"object","properties":{"a":{"type":"string"},"n":{"type":"integer"}},"additionalProperties":{"type":"integer"}}"#;
        assert!(
            backward(ap_added, ap_int).is_empty(),
            "{:?}",
            backward(ap_added, ap_int)
        );
    }

    #[test]
    fn required_types_and_enums() {
        let req = r#"{"type":"object","additionalProperties":false,"properties":{"a":{"type":"string"},"b":{"type":"integer"}},"required":["b"]}"#;
        assert!(backward(req, CLOSED)[0].starts_with("REQUIRED_PROPERTY_ADDED"));
        let int = r#"{"type":"object","properties":{"a":{"type":"integer"}}}"#;
        assert!(backward(int, OPEN)[0].starts_with("TYPE_CHANGED"));
        let num = r#"{"type":"object","properties":{"a":{"type":"number"}}}"#;
        assert!(backward(num, int).is_empty());
        assert_eq!(forward(num, int).len(), 1);
        let e2 = r#"{"enum":["A","B"]}"#;
        let e1 = r#"{"enum":["A"]}"#;
        assert!(backward(e2, e1).is_empty());
        assert!(backward(e1, e2)[0].starts_with("ENUM_ARRAY_NARROWED"));
    }
}
