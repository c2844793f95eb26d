//! Avro parsing for the registry: schemas with references, and the
//! normalized form that decides whether two submissions are "the same schema".

use apache_avro::Schema;
use serde_json::Value;

use crate::error::describe;

/// A successfully parsed submission.
#[derive(Debug, Clone)]
pub struct ParsedSchema {
    /// Order- and whitespace-independent rendering of the schema; equal
    /// renderings mean the same schema (see [`normalized_form`]).
    pub normalized: String,
    /// The schema with every reference to another subject's type inlined,
    /// so compatibility checks see complete types rather than bare names.
    pub resolved: Schema,
}

/// Parses `text` together with the (already registered) schemas it references.
///
/// The error is the parser's reason, meant for a 42201 message.
pub fn parse(text: &str, referenced: &[&str]) -> Result<ParsedSchema, String> {
    let mut standalone = Vec::new();
    for r in referenced {
        let json: Value = serde_json::from_str(r).map_err(|e| format!("referenced schema: {e}"))?;
        hoist_named(&json, None, &mut standalone);
    }
    let standalone: Vec<String> = standalone.iter().map(Value::to_string).collect();
    let (schema, named) =
        Schema::parse_str_with_list(text, &standalone).map_err(|error| describe(&error))?;
    let normalized = normalized_form(&schema)?;
    let mut resolved = schema;
    resolved
        .denormalize(&named)
        .map_err(|error| describe(&error))?;
    Ok(ParsedSchema {
        normalized,
        resolved,
    })
}

/// Collects every named type defined in a referenced schema as a standalone
/// top-level definition with its full name, replacing nested definitions by
/// their names. A referenced subject may hold a union of records, or define
/// types inside other types; apache-avro's `parse_str_with_list` accepts only
/// top-level named schemas and does not see definitions nested inside other
/// list items, while Confluent's parser accepts both.
fn hoist_named(json: &Value, namespace: Option<&str>, out: &mut Vec<Value>) -> Value {
    match json {
        Value::Array(branches) => Value::Array(
            branches
                .iter()
                .map(|b| hoist_named(b, namespace, out))
                .collect(),
        ),
        Value::Object(map) => {
            let kind = map.get("type").and_then(Value::as_str);
            let defines = matches!(kind, Some("record" | "error" | "enum" | "fixed"));
            let name = map.get("name").and_then(Value::as_str).filter(|_| defines);
            // Full name and the namespace its fields resolve short names in.
            let (full, inner_ns) = match name {
                Some(n) if n.contains('.') => (
                    Some(n.to_string()),
                    n.rsplit_once('.').map(|(ns, _)| ns.to_string()),
                ),
                Some(n) => {
                    let ns = map
                        .get("namespace")
                        .and_then(Value::as_str)
                        .map(str::to_string)
                        .or_else(|| namespace.map(str::to_string))
                        .filter(|ns| !ns.is_empty());
                    (
                        Some(ns.as_ref().map_or(n.to_string(), |ns| format!("{ns}.{n}"))),
                        ns,
                    )
                }
                None => (None, namespace.map(str::to_string)),
            };
            let mut copy = map.clone();
            if let Some(Value::Array(fields)) = map.get("fields") {
                let fields = fields
                    .iter()
                    .map(|f| {
                        let mut f = f.clone();
                        if let Some(t) = f.get("type").cloned() {
                            f["type"] = hoist_named(&t, inner_ns.as_deref(), out);
                        }
                        f
                    })
                    .collect();
                copy.insert("fields".into(), Value::Array(fields));
            }
            for key in ["items", "values"] {
                if let Some(inner) = map.get(key) {
                    copy.insert(key.into(), hoist_named(inner, inner_ns.as_deref(), out));
                }
            }
            if !defines {
                if let Some(inner) = map.get("type").filter(|t| !t.is_string()) {
                    copy.insert("type".into(), hoist_named(inner, inner_ns.as_deref(), out));
                }
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

/// The identity of a schema: apache-avro's own JSON rendering of the parsed
/// schema with object keys sorted.
///
/// Deliberately stricter than the Avro Parsing Canonical Form, which strips
/// `logicalType`, `default`, `doc` and `aliases`: a real registry gives
/// `{"type":"int","logicalType":"date"}` and `"int"` different ids, and so
/// must we. Whitespace, attribute order, `{"type":"string"}` versus
/// `"string"`, and `namespace` + `name` versus a full name all still compare
/// equal because they parse to the same `Schema`.
pub fn normalized_form(schema: &Schema) -> Result<String, String> {
    let mut json = serde_json::to_value(schema).map_err(|error| describe(&error))?;
    sort_keys(&mut json);
    Ok(json.to_string())
}

/// serde_json is built with `preserve_order` in this workspace, so object
/// keys (custom attributes, record defaults) keep their submission order
/// unless sorted here.
fn sort_keys(value: &mut Value) {
    match value {
        Value::Object(map) => {
            map.sort_keys();
            map.values_mut().for_each(sort_keys);
        }
        Value::Array(items) => items.iter_mut().for_each(sort_keys),
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn normalized(text: &str) -> String {
        parse(text, &[]).expect("schema parses").normalized
    }

    #[test]
    fn whitespace_and_attribute_order_do_not_matter() {
        let a = r#"{"type":"record","name":"User","namespace":"com.x","fields":[{"name":"id","type":"long"}]}"#;
        let b = r#"{
            "fields": [ { "type": {"type": "long"}, "name": "id" } ],
            "name": "com.x.User",
            "type": "record"
        }"#;
        assert_eq!(normalized(a), normalized(b));
    }

    #[test]
    fn logical_types_and_defaults_do_matter() {
        assert_ne!(
            normalized(r#"{"type":"int","logicalType":"date"}"#),
            normalized(r#""int""#)
        );
        let with_default =
            r#"{"type":"record","name":"R","fields":[{"name":"a","type":"int","default":1}]}"#;
        let other_default =
            r#"{"type":"record","name":"R","fields":[{"name":"a","type":"int","default":2}]}"#;
        assert_ne!(normalized(with_default), normalized(other_default));
    }

    #[test]
    fn field_order_matters() {
        let ab = r#"{"type":"record","name":"R","fields":[{"name":"a","type":"int"},{"name":"b","type":"int"}]}"#;
        let ba = r#"{"type":"record","name":"R","fields":[{"name":"b","type":"int"},{"name":"a","type":"int"}]}"#;
        assert_ne!(normalized(ab), normalized(ba));
    }

    #[test]
    fn parse_errors_carry_the_reason() {
        let reason = parse(
            r#"{"type":"record","name":"R","fields":[{"name":"a","type":"nope"}]}"#,
            &[],
        )
        .expect_err("unknown type must fail");
        assert!(reason.contains("nope"), "{reason}");
        let reason = parse("{not json", &[]).expect_err("bad JSON must fail");
        assert!(reason.contains("JSON"), "{reason}");
    }

    #[test]
    fn references_to_unions_and_nested_types_resolve() {
        // The referenced subject is a union whose second branch uses an enum
        // defined inside the first one, as schemas/inspection.avsc does.
        let referenced = r#"[
          {"type":"record","name":"A","namespace":"x","fields":[
            {"name":"kind","type":{"type":"enum","name":"Kind","symbols":["P","Q"]}}]},
          {"type":"record","name":"B","namespace":"x","fields":[{"name":"kind","type":"Kind"}]}
        ]"#;
        let main = r#"{"type":"record","name":"M","namespace":"y","fields":[
            {"name":"k","type":"x.Kind"},{"name":"b","type":"x.B"}]}"#;
        let parsed = parse(main, &[referenced]).unwrap();
        assert!(
            parsed.normalized.contains("x.Kind"),
            "{}",
            parsed.normalized
        );
        assert!(parse(main, &[]).is_err());
    }

    #[test]
    fn references_are_inlined_for_compatibility_checks() {
        let address = r#"{"type":"record","name":"Address","namespace":"com.x","fields":[{"name":"city","type":"string"}]}"#;
        let user = r#"{"type":"record","name":"User","namespace":"com.x","fields":[{"name":"home","type":"com.x.Address"}]}"#;
        let parsed = parse(user, &[address]).expect("parses with its reference");
        let Schema::Record(record) = &parsed.resolved else {
            panic!("expected a record, got {:?}", parsed.resolved);
        };
        assert!(matches!(record.fields[0].schema, Schema::Record(_)));
        // The identity keeps the bare name: the reference list is part of it elsewhere.
        assert!(parsed.normalized.contains(r#""type":"com.x.Address""#));
        assert!(parse(user, &[]).is_err(), "unresolved name must not parse");
    }
}
