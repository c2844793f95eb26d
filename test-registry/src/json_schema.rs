//! JSON Schema for the registry: parsing a submission with its references,
//! the form that decides whether two submissions are "the same schema", and
//! the compatibility rules Confluent documents for JSON Schema.
//!
//! Compatibility is "can a reader schema accept every document the writer
//! schema accepts", decided structurally, as Confluent's registry does:
//!
//! - **Content models.** An object schema is *open* when it has no
//!   `patternProperties` and `additionalProperties` is absent or `true`,
//!   *closed* when `additionalProperties` is `false` and it has no patterns,
//!   else *partially open* (patterns, or `additionalProperties` as a
//!   schema). A reader that adds a property the writer did not declare is
//!   incompatible when the writer is open (its documents may already hold
//!   that name with any value: `PROPERTY_ADDED_TO_OPEN_CONTENT_MODEL`),
//!   unless the property's schema is empty. A reader that drops a property
//!   the writer declared is compatible when the reader is open, else
//!   incompatible (`PROPERTY_REMOVED_FROM_CLOSED_CONTENT_MODEL`) unless the
//!   writer's schema for it was `false`. Closing an open model is
//!   `ADDITIONAL_PROPERTIES_REMOVED`.
//! - **Partially open content models.** A property added to the reader
//!   that the writer's patterns (the first whose regex is found in the
//!   name), else the writer's additional-property schema, cover is compared
//!   with that covering schema: compatible
//!   (`PROPERTY_ADDED_IS_COVERED_BY_PARTIALLY_OPEN_CONTENT_MODEL`) or not
//!   (`PROPERTY_ADDED_NOT_COVERED_BY_PARTIALLY_OPEN_CONTENT_MODEL`); one
//!   nothing covers is taken, as by a closed writer, even where the
//!   writer's `additionalProperties` is absent (Confluent's rule, laxer
//!   than the documents). A property dropped from the reader is compared
//!   the same way with the reader's covering schema
//!   (`PROPERTY_REMOVED_IS_COVERED_BY_PARTIALLY_OPEN_CONTENT_MODEL`, or
//!   `..._NOT_COVERED_...`); one nothing covers is
//!   `PROPERTY_REMOVED_FROM_CLOSED_CONTENT_MODEL`, even where the reader's
//!   `additionalProperties` is absent (Confluent's rule, stricter than the
//!   documents). A reader whose additional properties become a schema where
//!   the writer admitted any value is `ADDITIONAL_PROPERTIES_NARROWED`;
//!   dropping the schema is `ADDITIONAL_PROPERTIES_EXTENDED`; two schemas
//!   are compared, with or without declared properties (maps). Changes to
//!   `patternProperties` themselves are not compared, as in Confluent.
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

/// `additionalProperties` when it is a schema rather than a boolean.
fn additional_schema(s: &Value) -> Option<&Value> {
    s.get("additionalProperties").filter(|a| a.is_object())
}

/// The `patternProperties` of a model, when it has any.
fn patterns(s: &Value) -> Option<&Map<String, Value>> {
    s.get("patternProperties")
        .and_then(Value::as_object)
        .filter(|p| !p.is_empty())
}

/// The schema a partially open content model gives an undeclared property
/// `name`: the first `patternProperties` entry whose pattern matches
/// somewhere in it (a search, not a whole-name match, as JSON Schema and
/// Confluent have it), else `additionalProperties` when it is a schema.
/// `None` when neither says anything. A pattern the `regex` crate cannot
/// compile (look-around, back-references) matches nothing.
fn covering<'v>(s: &'v Value, name: &str) -> Option<&'v Value> {
    let by_pattern = patterns(s)
        .into_iter()
        .flatten()
        .find(|(p, _)| regex::Regex::new(p).is_ok_and(|re| re.is_match(name)))
        .map(|(_, v)| v);
    by_pattern.or_else(|| additional_schema(s))
}

/// Confluent's open content model: no `patternProperties`, and
/// `additionalProperties` absent or `true`. A model with patterns or an
/// additional-property schema is partially open; one with
/// `additionalProperties: false` and neither is closed.
fn is_open(s: &Value) -> bool {
    patterns(s).is_none()
        && matches!(
            s.get("additionalProperties"),
            None | Some(Value::Bool(true))
        )
}

/// `true` or `{}`: a schema that accepts anything.
fn is_empty_schema(s: &Value) -> bool {
    s == &Value::Bool(true) || s.as_object().is_some_and(Map::is_empty)
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
        let no_properties = wp.is_empty() && rp.is_empty() && r.get("required").is_none();
        if is_closed(r)
            && !is_closed(w)
            && (!no_properties || types(w).is_some_and(|t| t.iter().any(|t| t == "object")))
        {
            self.problem(
                "ADDITIONAL_PROPERTIES_REMOVED",
                path,
                "the reader is closed (additionalProperties false), the writer open".into(),
            );
        }
        self.compare_additional(w, wdoc, r, rdoc, path);
        if no_properties {
            return;
        }
        for (name, rs) in rp {
            let here = format!("{path}/properties/{name}");
            if let Some(ws) = wp.get(name) {
                self.compare(ws, wdoc, rs, rdoc, &here);
            } else if is_open(w) {
                // PROPERTY_WITH_EMPTY_SCHEMA_ADDED_TO_OPEN_CONTENT_MODEL is
                // compatible: the reader takes the name with any value.
                if !is_empty_schema(rs) {
                    self.problem(
                        "PROPERTY_ADDED_TO_OPEN_CONTENT_MODEL",
                        &here,
                        format!("property {name:?} is new, and the writer's open content model may already hold it with any value"),
                    );
                }
            } else if let Some(cover) = covering(w, name) {
                // The writer's documents hold the name under the covering
                // schema: PROPERTY_ADDED_IS_COVERED_BY_PARTIALLY_OPEN_CONTENT_MODEL
                // when the reader's schema reads it, else NOT_COVERED.
                if self.compare_reports(cover, wdoc, rs, rdoc, &here) {
                    self.problem(
                        "PROPERTY_ADDED_NOT_COVERED_BY_PARTIALLY_OPEN_CONTENT_MODEL",
                        &here,
                        format!("property {name:?} is new, and the writer's pattern or additional-property schema for it holds values the reader's schema does not take"),
                    );
                }
            }
            // Else the writer is closed, or partially open by patterns none
            // of which matches the name: Confluent takes the property
            // (OPTIONAL_PROPERTY_ADDED_TO_UNOPEN_CONTENT_MODEL), even where
            // the writer's additionalProperties is absent or `true`.
        }
        for (name, ws) in wp {
            if rp.contains_key(name) || is_open(r) {
                // Removed from an open reader: PROPERTY_REMOVED_FROM_OPEN_CONTENT_MODEL.
                continue;
            }
            let here = format!("{path}/properties/{name}");
            if let Some(cover) = covering(r, name) {
                if self.compare_reports(ws, wdoc, cover, rdoc, &here) {
                    self.problem(
                        "PROPERTY_REMOVED_NOT_COVERED_BY_PARTIALLY_OPEN_CONTENT_MODEL",
                        &here,
                        format!("property {name:?} is gone, and the reader's pattern or additional-property schema for it does not take the writer's values"),
                    );
                }
            } else if ws != &Value::Bool(false) {
                // PROPERTY_WITH_FALSE_REMOVED_FROM_CLOSED_CONTENT_MODEL (a
                // property the writer forbade) is compatible; any other is
                // refused, also where the reader's patterns leave
                // additionalProperties absent or `true`, as Confluent does.
                self.problem(
                    "PROPERTY_REMOVED_FROM_CLOSED_CONTENT_MODEL",
                    &here,
                    format!("property {name:?} is gone, and the reader's content model is not open and does not cover it"),
                );
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

    /// `additionalProperties`: closing an open model was judged by the
    /// caller; a schema where the writer had none (and admitted any value)
    /// is `ADDITIONAL_PROPERTIES_NARROWED`; the reader dropping the writer's
    /// schema (`ADDITIONAL_PROPERTIES_EXTENDED`) or adding one to a closed
    /// writer (`ADDITIONAL_PROPERTIES_ADDED`) is compatible; two schemas are
    /// compared.
    fn compare_additional(
        &mut self,
        w: &Value,
        wdoc: Option<&Value>,
        r: &Value,
        rdoc: Option<&Value>,
        path: &str,
    ) {
        match (additional_schema(w), additional_schema(r)) {
            (Some(wa), Some(ra)) => {
                self.compare(wa, wdoc, ra, rdoc, &format!("{path}/additionalProperties"))
            }
            (None, Some(_)) if !is_closed(w) => self.problem(
                "ADDITIONAL_PROPERTIES_NARROWED",
                path,
                "the reader's additionalProperties is a schema, the writer's admits any value"
                    .into(),
            ),
            _ => {}
        }
    }

    /// Compares like [`Walk::compare`] and says whether that found problems.
    fn compare_reports(
        &mut self,
        w: &Value,
        wdoc: Option<&Value>,
        r: &Value,
        rdoc: Option<&Value>,
        path: &str,
    ) -> bool {
        let before = self.out.len();
        self.compare(w, wdoc, r, rdoc, path);
        self.out.len() > before
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

    /// An object schema from its parts (JSON text each): `properties`,
    /// `patternProperties` (`""`: none) and `additionalProperties` (`""`: none).
    fn obj(properties: &str, patterns: &str, additional: &str) -> String {
        let mut s = format!(r#"{{"type":"object","properties":{properties}"#);
        if !patterns.is_empty() {
            s += &format!(r#","patternProperties":{patterns}"#);
        }
        if !additional.is_empty() {
            s += &format!(r#","additionalProperties":{additional}"#);
        }
        s + "}"
    }

    const A: &str = r#"{"a":{"type":"string"}}"#;
    const X_INT: &str = r#"{"^x_":{"type":"integer"}}"#;

    fn kinds(problems: &[String]) -> Vec<&str> {
        problems
            .iter()
            .map(|p| p.split(' ').next().unwrap_or_default())
            .collect()
    }

    #[test]
    fn added_property_covered_by_a_pattern_is_compared_with_it() {
        let old = obj(A, X_INT, "false");
        let number = obj(
            r#"{"a":{"type":"string"},"x_n":{"type":"number"}}"#,
            X_INT,
            "false",
        );
        let string = obj(
            r#"{"a":{"type":"string"},"x_n":{"type":"string"}}"#,
            X_INT,
            "false",
        );
        // Integers under x_n read as numbers: covered, compatible.
        assert_eq!(backward(&number, &old), Vec::<String>::new());
        // The writer's x_n integers do not read as strings, although a
        // closed writer would otherwise take any added property.
        assert_eq!(
            kinds(&backward(&string, &old)),
            [
                "TYPE_CHANGED",
                "PROPERTY_ADDED_NOT_COVERED_BY_PARTIALLY_OPEN_CONTENT_MODEL"
            ]
        );
    }

    #[test]
    fn added_property_covered_by_an_additional_property_schema() {
        let old = obj(A, "", r#"{"type":"integer"}"#);
        let ok = obj(
            r#"{"a":{"type":"string"},"n":{"type":"number"}}"#,
            "",
            r#"{"type":"integer"}"#,
        );
        let bad = obj(
            r#"{"a":{"type":"string"},"n":{"type":"string"}}"#,
            "",
            r#"{"type":"integer"}"#,
        );
        assert_eq!(backward(&ok, &old), Vec::<String>::new());
        assert_eq!(
            kinds(&backward(&bad, &old)),
            [
                "TYPE_CHANGED",
                "PROPERTY_ADDED_NOT_COVERED_BY_PARTIALLY_OPEN_CONTENT_MODEL"
            ]
        );
    }

    #[test]
    fn patterns_search_the_name_and_come_before_the_additional_schema() {
        // "id$" matches inside "user_id" (a search, like Java's find), and
        // its integer schema, not the additional-property string schema,
        // covers the name.
        let old = obj(A, r#"{"id$":{"type":"integer"}}"#, r#"{"type":"string"}"#);
        let new = obj(
            r#"{"a":{"type":"string"},"user_id":{"type":"integer"}}"#,
            r#"{"id$":{"type":"integer"}}"#,
            r#"{"type":"string"}"#,
        );
        assert_eq!(backward(&new, &old), Vec::<String>::new());
        // A pattern the regex crate cannot compile (a look-ahead) matches
        // nothing, so the additional-property schema covers the name.
        let lookahead = obj(A, r#"{"(?=u)":{"type":"integer"}}"#, r#"{"type":"string"}"#);
        let new = obj(
            r#"{"a":{"type":"string"},"user_id":{"type":"integer"}}"#,
            r#"{"(?=u)":{"type":"integer"}}"#,
            r#"{"type":"string"}"#,
        );
        assert_eq!(
            kinds(&backward(&new, &lookahead)),
            [
                "TYPE_CHANGED",
                "PROPERTY_ADDED_NOT_COVERED_BY_PARTIALLY_OPEN_CONTENT_MODEL"
            ]
        );
    }

    #[test]
    fn added_property_no_pattern_covers_is_taken_from_a_partially_open_writer() {
        // Confluent only refuses an uncovered addition to an open writer;
        // one with patterns is not open, even with additionalProperties
        // absent, so the addition passes (as to a closed writer).
        let old = obj(A, X_INT, "");
        let new = obj(
            r#"{"a":{"type":"string"},"b":{"type":"string"}}"#,
            X_INT,
            "",
        );
        assert_eq!(backward(&new, &old), Vec::<String>::new());
    }

    #[test]
    fn empty_pattern_properties_leave_a_model_open() {
        let old = obj(A, "{}", "");
        let new = obj(r#"{"a":{"type":"string"},"b":{"type":"string"}}"#, "{}", "");
        assert_eq!(
            kinds(&backward(&new, &old)),
            ["PROPERTY_ADDED_TO_OPEN_CONTENT_MODEL"]
        );
        // And removing a property from such a reader is compatible.
        assert_eq!(backward(&old, &new), Vec::<String>::new());
    }

    #[test]
    fn removed_property_covered_by_the_readers_pattern_is_compared_with_it() {
        let old = obj(
            r#"{"a":{"type":"string"},"x_n":{"type":"integer"}}"#,
            "",
            "false",
        );
        let old_string = obj(
            r#"{"a":{"type":"string"},"x_n":{"type":"string"}}"#,
            "",
            "false",
        );
        let new = obj(A, r#"{"^x_":{"type":"number"}}"#, "false");
        assert_eq!(backward(&new, &old), Vec::<String>::new());
        assert_eq!(
            kinds(&backward(&new, &old_string)),
            [
                "TYPE_CHANGED",
                "PROPERTY_REMOVED_NOT_COVERED_BY_PARTIALLY_OPEN_CONTENT_MODEL"
            ]
        );
    }

    #[test]
    fn removed_property_covered_by_the_readers_additional_schema() {
        let old = obj(
            r#"{"a":{"type":"string"},"b":{"type":"string"}}"#,
            "",
            "false",
        );
        let old_number = obj(
            r#"{"a":{"type":"string"},"b":{"type":"number"}}"#,
            "",
            "false",
        );
        let new = obj(A, "", r#"{"type":"string"}"#);
        assert_eq!(backward(&new, &old), Vec::<String>::new());
        assert_eq!(
            kinds(&backward(&new, &old_number)),
            [
                "TYPE_CHANGED",
                "PROPERTY_REMOVED_NOT_COVERED_BY_PARTIALLY_OPEN_CONTENT_MODEL"
            ]
        );
    }

    #[test]
    fn removed_property_no_pattern_covers_is_refused_by_a_partially_open_reader() {
        let old = obj(
            r#"{"a":{"type":"string"},"y":{"type":"integer"}}"#,
            "",
            "false",
        );
        // Closed besides its patterns, and (as Confluent has it) also with
        // additionalProperties absent: the reader is not open.
        for additional in ["false", ""] {
            let new = obj(A, X_INT, additional);
            assert_eq!(
                kinds(&backward(&new, &old)),
                ["PROPERTY_REMOVED_FROM_CLOSED_CONTENT_MODEL"],
                "additionalProperties {additional:?}"
            );
        }
    }

    #[test]
    fn empty_and_false_property_schemas() {
        // A property with the empty schema added to an open writer: its
        // values, whatever they are, read.
        let any = obj(r#"{"a":{"type":"string"},"b":{}}"#, "", "");
        let any_true = obj(r#"{"a":{"type":"string"},"b":true}"#, "", "");
        assert_eq!(backward(&any, OPEN), Vec::<String>::new());
        assert_eq!(backward(&any_true, OPEN), Vec::<String>::new());
        // A property the writer forbade (false) removed from a closed reader.
        let forbidden = obj(r#"{"a":{"type":"string"},"b":false}"#, "", "false");
        assert_eq!(backward(CLOSED, &forbidden), Vec::<String>::new());
    }

    #[test]
    fn additional_property_schemas() {
        let int = obj(A, "", r#"{"type":"integer"}"#);
        let num = obj(A, "", r#"{"type":"number"}"#);
        // Narrowed from an open model; extended back to it.
        assert_eq!(
            kinds(&backward(&int, OPEN)),
            ["ADDITIONAL_PROPERTIES_NARROWED"]
        );
        assert_eq!(backward(OPEN, &int), Vec::<String>::new());
        // Added to a closed model; removed (closed) from a schema.
        assert_eq!(backward(&int, CLOSED), Vec::<String>::new());
        assert_eq!(
            kinds(&backward(CLOSED, &int)),
            ["ADDITIONAL_PROPERTIES_REMOVED"]
        );
        // Two schemas are compared.
        assert_eq!(backward(&num, &int), Vec::<String>::new());
        assert_eq!(kinds(&backward(&int, &num)), ["TYPE_CHANGED"]);
    }

    #[test]
    fn map_schemas_without_properties_compare_their_value_schemas() {
        let map = |v: &str| format!(r#"{{"type":"object","additionalProperties":{v}}}"#);
        let ints = map(r#"{"type":"integer"}"#);
        let strings = map(r#"{"type":"string"}"#);
        assert_eq!(kinds(&backward(&strings, &ints)), ["TYPE_CHANGED"]);
        assert_eq!(
            backward(&map(r#"{"type":"number"}"#), &ints),
            Vec::<String>::new()
        );
        assert_eq!(
            kinds(&backward(&ints, r#"{"type":"object"}"#)),
            ["ADDITIONAL_PROPERTIES_NARROWED"]
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
