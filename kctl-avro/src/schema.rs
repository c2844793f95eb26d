//! Parsing Avro schemas that use named types defined elsewhere (Schema
//! Registry references, or other files under `schemas/`).
//!
//! apache-avro parses dependencies only as a list of *named* schemas, while a
//! referenced subject (or a file) is often a union of several records: such a
//! union is split into its branches before parsing, in order, so a type defined
//! inside an earlier branch is known to later ones.

use apache_avro::Schema;
use serde_json::{Map, Value};

/// The JSON texts of every named type defined in `text`, each made a
/// standalone top-level schema with its full name, and nested definitions
/// replaced by references. apache-avro resolves a list of top-level named
/// schemas in any order, but not a type defined *inside* another list item.
pub fn named_parts(text: &str) -> Result<Vec<String>, String> {
    let v: Value = serde_json::from_str(text).map_err(|e| format!("invalid JSON: {e}"))?;
    let mut out = Vec::new();
    flatten(&v, None, &mut out);
    Ok(out.into_iter().map(|v| v.to_string()).collect())
}

/// Splits a possibly dotted `name` into (namespace, full name) under `enclosing`.
fn full_name(o: &Map<String, Value>, enclosing: Option<&str>) -> Option<(Option<String>, String)> {
    let name = o.get("name")?.as_str()?;
    if let Some((ns, _)) = name.rsplit_once('.') {
        return Some((Some(ns.to_string()), name.to_string()));
    }
    let ns = match o.get("namespace").and_then(Value::as_str) {
        Some(ns) if !ns.is_empty() => Some(ns.to_string()),
        Some(_) => None,
        None => enclosing.map(str::to_string),
    };
    let full = match &ns {
        Some(ns) => format!("{ns}.{name}"),
        None => name.to_string(),
    };
    Some((ns, full))
}

/// Returns `v` with named definitions replaced by their full names, pushing each
/// definition (itself flattened) onto `out`.
fn flatten(v: &Value, enclosing: Option<&str>, out: &mut Vec<Value>) -> Value {
    match v {
        Value::Array(items) => {
            Value::Array(items.iter().map(|i| flatten(i, enclosing, out)).collect())
        }
        Value::Object(o) => {
            let ty = o.get("type").and_then(Value::as_str).unwrap_or("");
            let named = matches!(ty, "record" | "error" | "enum" | "fixed");
            let (ns, full) = match (named, full_name(o, enclosing)) {
                (true, Some((ns, full))) => (ns, Some(full)),
                _ => (enclosing.map(str::to_string), None),
            };
            let mut copy = Map::new();
            for (k, val) in o {
                let val = match k.as_str() {
                    "fields" => Value::Array(
                        val.as_array()
                            .map(|fs| {
                                fs.iter()
                                    .map(|f| match f {
                                        Value::Object(fo) => {
                                            let mut fc = fo.clone();
                                            if let Some(t) = fo.get("type") {
                                                fc.insert(
                                                    "type".into(),
                                                    flatten(t, ns.as_deref(), out),
                                                );
                                            }
                                            Value::Object(fc)
                                        }
                                        other => other.clone(),
                                    })
                                    .collect()
                            })
                            .unwrap_or_default(),
                    ),
                    "items" | "values" => flatten(val, ns.as_deref(), out),
                    "type" if !named => flatten(val, ns.as_deref(), out),
                    _ => val.clone(),
                };
                copy.insert(k.clone(), val);
            }
            match full {
                Some(full) => {
                    copy.insert("name".into(), Value::String(full.clone()));
                    copy.remove("namespace");
                    out.push(Value::Object(copy));
                    Value::String(full)
                }
                None => Value::Object(copy),
            }
        }
        other => other.clone(),
    }
}

/// Parses `main` with `dependencies` (schema texts, dependencies first) known.
/// Returns the main schema and the parsed dependencies, which decoding needs
/// to resolve `Schema::Ref`s.
pub fn parse_with_dependencies(
    main: &str,
    dependencies: &[String],
) -> Result<(Schema, Vec<Schema>), String> {
    if dependencies.is_empty() {
        return Schema::parse_str(main)
            .map(|s| (s, Vec::new()))
            .map_err(|e| e.to_string());
    }
    let mut parts = Vec::new();
    for d in dependencies {
        parts.extend(named_parts(d)?);
    }
    Schema::parse_str_with_list(main, &parts).map_err(|e| e.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(name: &str) -> String {
        let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("../schemas")
            .join(name);
        std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
    }

    #[test]
    fn every_schema_file_parses_with_its_dependencies() {
        let inspection = read("inspection.avsc");
        let (s, _) = parse_with_dependencies(&inspection, &[]).unwrap();
        let Schema::Union(u) = s else {
            panic!("inspection.avsc is not a union")
        };
        assert_eq!(u.variants().len(), 6);
        let mut total = 6;
        for f in ["manufacturing.avsc", "quality.avsc", "system.avsc"] {
            let (s, deps) = parse_with_dependencies(&read(f), std::slice::from_ref(&inspection))
                .unwrap_or_else(|e| panic!("{f}: {e}"));
            assert!(!deps.is_empty());
            let Schema::Union(u) = s else {
                panic!("{f} is not a union")
            };
            total += u.variants().len();
        }
        let (s, _) = parse_with_dependencies(&read("user.avsc"), &[]).unwrap();
        let Schema::Union(u) = s else {
            panic!("user.avsc is not a union")
        };
        total += u.variants().len();
        assert_eq!(total, 32, "32 event types in all");
    }

    #[test]
    fn a_file_using_another_files_types_fails_without_it() {
        let err = parse_with_dependencies(&read("quality.avsc"), &[]).unwrap_err();
        assert!(err.contains("com.chipinspect.inspection"), "{err}");
    }
}
