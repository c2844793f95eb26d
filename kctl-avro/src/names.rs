//! Named types (records, enums, fixed).
//!
//! In a parsed schema: [`named_types`] is the one routine that collects the
//! named types a schema and its dependencies define, for the decoder, the
//! encoder and kctl's schema diff.
//!
//! In schema JSON: which named types a document defines and uses, and
//! rewriting a document so that named types defined elsewhere are defined
//! inline at their first use. This works on the JSON, not on apache-avro's
//! parsed `Schema`, because the result is what kctl registers: the text must
//! stay the author's (field order, docs, custom attributes) apart from the
//! definitions moved in.

use std::collections::{HashMap, HashSet};

use apache_avro::schema::{InnerDecimalSchema, Name, Schema, UuidSchema};
use serde_json::{Map, Value};

/// The name a named schema defines: a record, enum or fixed, including the
/// logical types built on a fixed (`duration`, a fixed `uuid` or `decimal`).
/// `None` for anything else, references included.
pub fn defined_name(schema: &Schema) -> Option<&Name> {
    match schema {
        Schema::Record(r) => Some(&r.name),
        Schema::Enum(e) => Some(&e.name),
        Schema::Fixed(f) | Schema::Duration(f) | Schema::Uuid(UuidSchema::Fixed(f)) => {
            Some(&f.name)
        }
        Schema::Decimal(d) => match &d.inner {
            InnerDecimalSchema::Fixed(f) => Some(&f.name),
            InnerDecimalSchema::Bytes => None,
        },
        _ => None,
    }
}

/// Every named type that `dependencies` and then `schema` define, by full
/// name. The first definition of a name wins; references are not followed,
/// so recursive types end.
pub fn named_types<'s>(
    schema: &'s Schema,
    dependencies: &'s [Schema],
) -> HashMap<String, &'s Schema> {
    let mut out = HashMap::new();
    for s in dependencies.iter().chain(std::iter::once(schema)) {
        collect(s, &mut out);
    }
    out
}

fn collect<'s>(schema: &'s Schema, out: &mut HashMap<String, &'s Schema>) {
    if let Some(name) = defined_name(schema) {
        out.entry(name.fullname(None)).or_insert(schema);
    }
    match schema {
        Schema::Record(r) => r.fields.iter().for_each(|f| collect(&f.schema, out)),
        Schema::Array(a) => collect(&a.items, out),
        Schema::Map(m) => collect(&m.types, out),
        Schema::Union(u) => u.variants().iter().for_each(|v| collect(v, out)),
        _ => {}
    }
}

/// Avro's primitive type names: never references to named types.
pub const PRIMITIVES: [&str; 8] = [
    "null", "boolean", "int", "long", "float", "double", "bytes", "string",
];

fn is_named_kind(t: &str) -> bool {
    matches!(t, "record" | "error" | "enum" | "fixed")
}

/// `(namespace, full name)` of the named definition `o` inside `enclosing`.
/// A dotted name carries its own namespace; an empty `namespace` means none.
pub fn definition_name(
    o: &Map<String, Value>,
    enclosing: Option<&str>,
) -> Option<(Option<String>, String)> {
    let name = o.get("name")?.as_str()?;
    if let Some((ns, _)) = name.rsplit_once('.') {
        return Some((Some(ns.to_string()), name.to_string()));
    }
    let ns = match o.get("namespace").and_then(Value::as_str) {
        Some("") => None,
        Some(ns) => Some(ns.to_string()),
        None => enclosing.map(str::to_string),
    };
    let full = match &ns {
        Some(ns) => format!("{ns}.{name}"),
        None => name.to_string(),
    };
    Some((ns, full))
}

/// The full name a type reference `name` denotes inside `enclosing`.
pub fn reference_name(name: &str, enclosing: Option<&str>) -> String {
    match enclosing {
        Some(ns) if !name.contains('.') => format!("{ns}.{name}"),
        _ => name.to_string(),
    }
}

/// One named type defined in a document.
#[derive(Debug, Clone)]
pub struct Definition {
    pub full_name: String,
    /// The definition with its namespace made explicit, so it means the same
    /// wherever it is moved.
    pub json: Value,
    /// Index of the top-level union branch holding it (0 when the document is
    /// not a union).
    pub branch: usize,
}

/// Every named type `doc` defines, in document order.
pub fn definitions(doc: &Value) -> Vec<Definition> {
    let mut w = Walker::default();
    match doc {
        Value::Array(items) => {
            for (i, item) in items.iter().enumerate() {
                w.branch = i;
                w.walk(item, None);
            }
        }
        other => {
            w.walk(other, None);
        }
    }
    w.definitions
}

/// Full names `doc` uses without defining them, in order of first use.
pub fn external_names(doc: &Value) -> Vec<String> {
    let mut w = Walker::default();
    w.walk(doc, None);
    w.external
}

/// `doc` rewritten so that each named type it uses and `available` defines is
/// defined at its first use (in document order), and a later definition of a
/// name already defined becomes a reference to it. Names neither defined nor
/// available stay references. A document that already defines everything it
/// uses comes back unchanged.
pub fn inline(doc: &Value, available: &HashMap<String, Value>) -> Value {
    let mut w = Walker {
        available: Some(available),
        ..Walker::default()
    };
    w.walk(doc, None)
}

#[derive(Default)]
struct Walker<'a> {
    available: Option<&'a HashMap<String, Value>>,
    defined: HashSet<String>,
    definitions: Vec<Definition>,
    external: Vec<String>,
    external_seen: HashSet<String>,
    branch: usize,
}

impl Walker<'_> {
    fn walk(&mut self, v: &Value, enclosing: Option<&str>) -> Value {
        match v {
            Value::String(s) => self.reference(s, enclosing).unwrap_or_else(|| v.clone()),
            Value::Array(items) => {
                Value::Array(items.iter().map(|i| self.walk(i, enclosing)).collect())
            }
            Value::Object(o) => match o.get("type") {
                Some(Value::String(t)) if is_named_kind(t) => self.definition(o, enclosing),
                Some(Value::String(t)) if t == "array" => self.walk_key(o, "items", enclosing),
                Some(Value::String(t)) if t == "map" => self.walk_key(o, "values", enclosing),
                Some(Value::String(t)) if PRIMITIVES.contains(&t.as_str()) => v.clone(),
                // `{"type": "com.x.Name"}` or `{"type": {...}}` / `{"type": [...]}`.
                Some(_) => self.walk_key(o, "type", enclosing),
                None => v.clone(),
            },
            other => other.clone(),
        }
    }

    fn walk_key(&mut self, o: &Map<String, Value>, key: &str, enclosing: Option<&str>) -> Value {
        let mut copy = o.clone();
        if let Some(inner) = o.get(key) {
            copy.insert(key.to_string(), self.walk(inner, enclosing));
        }
        Value::Object(copy)
    }

    /// A type reference: `Some(definition)` when it gets inlined here.
    fn reference(&mut self, name: &str, enclosing: Option<&str>) -> Option<Value> {
        if PRIMITIVES.contains(&name) {
            return None;
        }
        let full = reference_name(name, enclosing);
        if self.defined.contains(&full) {
            return None;
        }
        if let Some(def) = self.available.and_then(|a| a.get(&full)) {
            // The stored definition has an explicit namespace: no enclosing one.
            return Some(self.walk(def, None));
        }
        if self.external_seen.insert(full.clone()) {
            self.external.push(full);
        }
        None
    }

    fn definition(&mut self, o: &Map<String, Value>, enclosing: Option<&str>) -> Value {
        let Some((ns, full)) = definition_name(o, enclosing) else {
            // No name: invalid, left for the Avro parser to report.
            return Value::Object(o.clone());
        };
        if !self.defined.insert(full.clone()) {
            return Value::String(full);
        }
        let mut explicit = o.clone();
        let dotted = o
            .get("name")
            .and_then(Value::as_str)
            .is_some_and(|n| n.contains('.'));
        if !dotted && !o.contains_key("namespace") {
            explicit.insert(
                "namespace".into(),
                Value::String(ns.clone().unwrap_or_default()),
            );
        }
        self.definitions.push(Definition {
            full_name: full,
            json: Value::Object(explicit),
            branch: self.branch,
        });
        let mut copy = o.clone();
        if let Some(fields) = o.get("fields").and_then(Value::as_array) {
            let walked = fields
                .iter()
                .map(|f| match f {
                    Value::Object(fo) => {
                        let mut fc = fo.clone();
                        if let Some(t) = fo.get("type") {
                            fc.insert("type".into(), self.walk(t, ns.as_deref()));
                        }
                        Value::Object(fc)
                    }
                    other => other.clone(),
                })
                .collect();
            copy.insert("fields".into(), Value::Array(walked));
        }
        Value::Object(copy)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn definitions_get_explicit_namespaces_and_branches() {
        let doc = json!([
            {"type": "record", "name": "A", "namespace": "x", "fields": [
                {"name": "e", "type": {"type": "enum", "name": "E", "symbols": ["P"]}}
            ]},
            {"type": "record", "name": "y.B", "fields": [{"name": "e", "type": "x.E"}]}
        ]);
        let defs = definitions(&doc);
        let names: Vec<_> = defs
            .iter()
            .map(|d| (d.full_name.as_str(), d.branch))
            .collect();
        assert_eq!(names, [("x.A", 0), ("x.E", 0), ("y.B", 1)]);
        assert_eq!(defs[1].json["namespace"], "x");
        assert!(defs[2].json.get("namespace").is_none(), "dotted name kept");
    }

    #[test]
    fn external_names_resolve_short_names_in_the_enclosing_namespace() {
        let doc = json!({"type": "record", "name": "R", "namespace": "n", "fields": [
            {"name": "a", "type": "Local"},
            {"name": "b", "type": ["null", "other.Type"]},
            {"name": "c", "type": {"type": "array", "items": "Local"}},
            {"name": "d", "type": {"type": "map", "values": {"type": "string", "logicalType": "uuid"}}},
            {"name": "e", "type": {"type": "m.Named"}}
        ]});
        assert_eq!(external_names(&doc), ["n.Local", "other.Type", "m.Named"]);
    }

    #[test]
    fn inline_defines_at_first_use_and_turns_redefinitions_into_references() {
        let sev = json!({"type": "enum", "name": "Sev", "namespace": "i", "symbols": ["LOW"]});
        let available = HashMap::from([("i.Sev".to_string(), sev.clone())]);
        let doc = json!({"type": "record", "name": "R", "namespace": "q", "fields": [
            {"name": "a", "type": "i.Sev"},
            {"name": "b", "type": ["null", "i.Sev"]}
        ]});
        let out = inline(&doc, &available);
        assert_eq!(out["fields"][0]["type"], sev);
        assert_eq!(out["fields"][1]["type"], json!(["null", "i.Sev"]));
        assert!(external_names(&out).is_empty());

        let twice = json!([
            {"type": "record", "name": "A", "fields": [{"name": "s", "type": sev.clone()}]},
            {"type": "record", "name": "B", "fields": [{"name": "s", "type": sev.clone()}]}
        ]);
        let out = inline(&twice, &HashMap::new());
        assert_eq!(out[1]["fields"][0]["type"], "i.Sev");
    }

    #[test]
    fn a_self_contained_document_is_unchanged() {
        let text = std::fs::read_to_string(
            std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../schemas/inspection.avsc"),
        )
        .unwrap();
        let doc: Value = serde_json::from_str(&text).unwrap();
        assert_eq!(inline(&doc, &HashMap::new()), doc);
        assert!(external_names(&doc).is_empty());
    }
}
