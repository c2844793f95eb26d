//! Differences between two JSON Schemas (`kctl schema diff` on `.json`
//! files), on the parsed schemas, never their text: properties added or
//! removed, type changes (`integer -> number`, `string -> [string, null]`),
//! properties that became required or optional, enum values added or
//! removed, defaults, descriptions, and validation keywords (`maximum`,
//! `maxLength`, `pattern`, `format`, `additionalProperties`, ...). `$ref`s
//! are followed (into other subjects' schemas too), each pair once.
//!
//! Paths are property names joined by dots (`payload.current_stock`), `[]`
//! for array items, `(root)` for the schema itself.

use std::collections::HashSet;

use serde_json::Value;

use super::JsonSchema;
use crate::domain::schema_diff::{Change, ChangeKind};

const CONSTRAINTS: [&str; 16] = [
    "format",
    "minimum",
    "maximum",
    "exclusiveMinimum",
    "exclusiveMaximum",
    "multipleOf",
    "minLength",
    "maxLength",
    "pattern",
    "minItems",
    "maxItems",
    "uniqueItems",
    "minProperties",
    "maxProperties",
    "additionalProperties",
    "const",
];

/// Differences from `old` to `new`.
pub fn diff(old: &JsonSchema, new: &JsonSchema) -> Vec<Change> {
    let mut d = Differ {
        old,
        new,
        seen: HashSet::new(),
        out: Vec::new(),
    };
    d.compare(old.root(), None, new.root(), None, "");
    d.out
}

struct Differ<'a> {
    old: &'a JsonSchema,
    new: &'a JsonSchema,
    seen: HashSet<(*const Value, *const Value)>,
    out: Vec<Change>,
}

/// The types a schema admits, in a few words: `string`, `[string, null]`,
/// `object`; `any` without a `type`.
pub fn describe(s: &Value) -> String {
    match s.get("type") {
        Some(Value::String(t)) => t.clone(),
        Some(Value::Array(ts)) => format!(
            "[{}]",
            ts.iter()
                .map(|t| t.as_str().unwrap_or("?"))
                .collect::<Vec<_>>()
                .join(", ")
        ),
        _ if s.get("properties").is_some() => "object".into(),
        _ if s.get("enum").is_some() => "enum".into(),
        _ => "any".into(),
    }
}

fn join(path: &str, name: &str) -> String {
    if path.is_empty() {
        name.to_string()
    } else {
        format!("{path}.{name}")
    }
}

fn shown(path: &str) -> String {
    if path.is_empty() {
        "(root)".into()
    } else {
        path.to_string()
    }
}

fn text(v: Option<&Value>) -> Option<String> {
    v.map(|v| match v {
        Value::String(s) => s.clone(),
        other => other.to_string(),
    })
}

impl<'a> Differ<'a> {
    fn push(&mut self, path: &str, change: ChangeKind, old: Option<String>, new: Option<String>) {
        self.out.push(Change {
            path: shown(path),
            change,
            old,
            new,
        });
    }

    fn compare(
        &mut self,
        old: &'a Value,
        odoc: Option<&'a Value>,
        new: &'a Value,
        ndoc: Option<&'a Value>,
        path: &str,
    ) {
        let (old, odoc) = self.old.deref(old, odoc);
        let (new, ndoc) = self.new.deref(new, ndoc);
        if !self.seen.insert((old as *const Value, new as *const Value)) {
            return;
        }
        let (ot, nt) = (describe(old), describe(new));
        if ot != nt {
            self.push(path, ChangeKind::TypeChanged, Some(ot), Some(nt));
        }
        self.enums(old, new, path);
        for (key, kind) in [
            ("default", ChangeKind::DefaultChanged),
            ("description", ChangeKind::DocChanged),
        ] {
            if old.get(key) != new.get(key) {
                self.push(path, kind, text(old.get(key)), text(new.get(key)));
            }
        }
        for key in CONSTRAINTS {
            let (o, n) = (old.get(key), new.get(key));
            if o != n
                && !(key == "additionalProperties"
                    && (o.is_some_and(Value::is_object) || n.is_some_and(Value::is_object))
                    && o.is_some()
                    && n.is_some())
            {
                self.push(
                    path,
                    ChangeKind::ConstraintChanged,
                    text(o).map(|v| format!("{key}: {v}")),
                    text(n).map(|v| format!("{key}: {v}")),
                );
            }
        }
        self.properties(old, odoc, new, ndoc, path);
        if let (Some(oi), Some(ni)) = (old.get("items"), new.get("items")) {
            self.compare(oi, odoc, ni, ndoc, &format!("{path}[]"));
        }
        if let (Some(Value::Object(_)), Some(Value::Object(_))) = (
            old.get("additionalProperties"),
            new.get("additionalProperties"),
        ) {
            self.compare(
                &old["additionalProperties"],
                odoc,
                &new["additionalProperties"],
                ndoc,
                &format!("{path}{{}}"),
            );
        }
    }

    fn enums(&mut self, old: &Value, new: &Value, path: &str) {
        let (Some(o), Some(n)) = (
            old.get("enum").and_then(Value::as_array),
            new.get("enum").and_then(Value::as_array),
        ) else {
            return;
        };
        for v in n.iter().filter(|v| !o.contains(v)) {
            self.push(path, ChangeKind::SymbolAdded, None, text(Some(v)));
        }
        for v in o.iter().filter(|v| !n.contains(v)) {
            self.push(path, ChangeKind::SymbolRemoved, text(Some(v)), None);
        }
    }

    fn properties(
        &mut self,
        old: &'a Value,
        odoc: Option<&'a Value>,
        new: &'a Value,
        ndoc: Option<&'a Value>,
        path: &str,
    ) {
        let props = |s: &'a Value| -> Vec<(&'a String, &'a Value)> {
            s.get("properties")
                .and_then(Value::as_object)
                .map(|m| m.iter().collect())
                .unwrap_or_default()
        };
        let (op, np) = (props(old), props(new));
        let find = |list: &[(&'a String, &'a Value)], name: &str| {
            list.iter()
                .find(|(n, _)| n.as_str() == name)
                .map(|(_, v)| *v)
        };
        let req = |s: &Value, name: &str| {
            s.get("required")
                .and_then(Value::as_array)
                .is_some_and(|r| r.iter().any(|x| x == name))
        };
        for &(name, os) in &op {
            let here = join(path, name);
            match find(&np, name) {
                Some(ns) => {
                    match (req(old, name), req(new, name)) {
                        (false, true) => self.push(&here, ChangeKind::RequiredAdded, None, None),
                        (true, false) => self.push(&here, ChangeKind::RequiredRemoved, None, None),
                        _ => {}
                    }
                    self.compare(os, odoc, ns, ndoc, &here);
                }
                None => {
                    let (os, _) = self.old.deref(os, odoc);
                    self.push(&here, ChangeKind::FieldRemoved, Some(describe(os)), None);
                }
            }
        }
        for &(name, ns) in &np {
            if find(&op, name).is_none() {
                let (ns, _) = self.new.deref(ns, ndoc);
                let mut kind = describe(ns);
                if req(new, name) {
                    kind.push_str(", required");
                }
                self.push(&join(path, name), ChangeKind::FieldAdded, None, Some(kind));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn property_type_required_and_enum_changes() {
        let old = JsonSchema::new(
            json!({"type": "object", "properties": {
                "a": {"type": "integer"},
                "b": {"type": "string"},
                "k": {"enum": ["X", "Y"]},
                "p": {"type": "object", "properties": {"q": {"type": "string"}}}
            }, "required": ["a"]}),
            Vec::new(),
        )
        .unwrap();
        // Same schema, other key order and whitespace: no change.
        let same = JsonSchema::parse(
            r#"{"required":["a"],"properties":{"k":{"enum":["X","Y"]},"p":{"properties":{"q":{"type":"string"}},"type":"object"},"b":{"type":"string"},"a":{"type":"integer"}},"type":"object"}"#,
            &[],
        )
        .unwrap();
        assert!(diff(&old, &same).is_empty());
        let new = JsonSchema::new(
            json!({"type": "object", "properties": {
                "a": {"type": "number"},
                "k": {"enum": ["X", "Z"]},
                "c": {"type": "boolean"},
                "p": {"type": "object", "properties": {"q": {"type": "string", "maxLength": 5}}}
            }, "required": ["a", "c"]}),
            Vec::new(),
        )
        .unwrap();
        let changes: Vec<(String, ChangeKind)> = diff(&old, &new)
            .into_iter()
            .map(|c| (c.path, c.change))
            .collect();
        assert_eq!(
            changes,
            [
                ("a".into(), ChangeKind::TypeChanged),
                ("b".into(), ChangeKind::FieldRemoved),
                ("k".into(), ChangeKind::SymbolAdded),
                ("k".into(), ChangeKind::SymbolRemoved),
                ("p.q".into(), ChangeKind::ConstraintChanged),
                ("c".into(), ChangeKind::FieldAdded),
            ]
        );
    }
}
