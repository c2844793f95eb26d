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
    let (schema, named) =
        Schema::parse_str_with_list(text, referenced).map_err(|error| describe(&error))?;
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
