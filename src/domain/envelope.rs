//! The record envelope: one JSON object per record, printed by `kctl tail -o json`
//! and accepted line by line by `kctl produce`, so that
//! `kctl tail -o json | kctl produce` copies records binary-safe.
//!
//! ```json
//! {"topic":"t","partition":0,"offset":42,"timestamp":1732440000000,
//!  "key":"order-1","key_format":"string",
//!  "value":{"id":1},"value_format":"avro","value_schema_id":7,
//!  "headers":[{"key":"trace","value":"abc"},{"key":"bin","value":"AAE=","encoding":"base64"},{"key":"n","value":null}]}
//! ```
//!
//! Formats, per key and value: `avro` (Avro JSON encoding of the datum; with the
//! schema id, re-encoding gives the same bytes), `json` (only used when
//! re-serialising the parsed JSON reproduces the exact bytes), `string` (UTF-8
//! text), `base64` (anything else). A missing or null payload is a null record
//! key or value (a tombstone), which is not the same as an empty one.

use base64::Engine as _;
use serde::{Deserialize, Serialize};
use serde_json::Value;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Format {
    Avro,
    /// Confluent-framed JSON validated by a JSON Schema (`json-schema`).
    JsonSchema,
    /// Confluent-framed Protobuf, shown in the proto3 JSON mapping; the
    /// message is `key_message`/`value_message`.
    Protobuf,
    Json,
    String,
    Base64,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Header {
    pub key: String,
    /// UTF-8 text, base64 when `encoding` says so, or null.
    pub value: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub encoding: Option<HeaderEncoding>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum HeaderEncoding {
    Base64,
}

impl Header {
    /// A header from its raw bytes: text when valid UTF-8, otherwise base64.
    pub fn from_bytes(key: &str, value: Option<&[u8]>) -> Header {
        match value {
            None => Header {
                key: key.to_string(),
                value: None,
                encoding: None,
            },
            Some(b) => match std::str::from_utf8(b) {
                Ok(s) => Header {
                    key: key.to_string(),
                    value: Some(s.to_string()),
                    encoding: None,
                },
                Err(_) => Header {
                    key: key.to_string(),
                    value: Some(base64::engine::general_purpose::STANDARD.encode(b)),
                    encoding: Some(HeaderEncoding::Base64),
                },
            },
        }
    }

    /// The raw bytes this header stands for.
    pub fn to_bytes(&self) -> Result<Option<Vec<u8>>, String> {
        match (&self.value, self.encoding) {
            (None, _) => Ok(None),
            (Some(v), None) => Ok(Some(v.as_bytes().to_vec())),
            (Some(v), Some(HeaderEncoding::Base64)) => base64::engine::general_purpose::STANDARD
                .decode(v)
                .map(Some)
                .map_err(|e| format!("header {:?}: invalid base64: {e}", self.key)),
        }
    }
}

/// One record. Every field is optional on input: `produce` fills in what is
/// missing (topic from the command line, partition from the partitioner, ...).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Envelope {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub topic: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub partition: Option<i32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub offset: Option<i64>,
    /// Milliseconds since the epoch.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub timestamp: Option<i64>,
    #[serde(default)]
    pub key: Option<Value>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub key_format: Option<Format>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub key_schema_id: Option<u32>,
    /// Protobuf: the key's message (full name).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub key_message: Option<String>,
    #[serde(default)]
    pub value: Option<Value>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value_format: Option<Format>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value_schema_id: Option<u32>,
    /// Protobuf: the value's message (full name).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value_message: Option<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub headers: Vec<Header>,
    /// Why the key or value could not be decoded (tail prints the record anyway).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<String>,
}

/// Represents non-Avro payload bytes exactly: JSON when re-serialising the
/// parsed value reproduces the bytes, UTF-8 text otherwise, base64 for binary.
pub fn payload_to_json(bytes: &[u8]) -> (Value, Format) {
    if let Ok(text) = std::str::from_utf8(bytes) {
        let first = text.as_bytes().first().copied();
        if matches!(first, Some(b'{' | b'[')) {
            if let Ok(v) = serde_json::from_str::<Value>(text) {
                if serde_json::to_string(&v).is_ok_and(|s| s == text) {
                    return (v, Format::Json);
                }
            }
        }
        return (Value::String(text.to_string()), Format::String);
    }
    (
        Value::String(base64::engine::general_purpose::STANDARD.encode(bytes)),
        Format::Base64,
    )
}

/// The bytes a non-Avro payload stands for (the inverse of [`payload_to_json`]).
pub fn payload_from_json(value: &Value, format: Format) -> Result<Vec<u8>, String> {
    match (format, value) {
        (Format::String, Value::String(s)) => Ok(s.as_bytes().to_vec()),
        (Format::String, other) => Err(format!("format string needs a JSON string, got {other}")),
        (Format::Base64, Value::String(s)) => base64::engine::general_purpose::STANDARD
            .decode(s)
            .map_err(|e| format!("invalid base64: {e}")),
        (Format::Base64, other) => Err(format!("format base64 needs a JSON string, got {other}")),
        (Format::Json, v) => serde_json::to_vec(v).map_err(|e| e.to_string()),
        (Format::Avro | Format::JsonSchema | Format::Protobuf, _) => {
            Err("Avro, JSON Schema and Protobuf payloads are encoded with their schema".into())
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn payloads_round_trip_exactly() {
        let cases: [&[u8]; 6] = [
            b"{\"a\":1,\"b\":[true,null]}",
            b"{\"a\": 1}",
            b"plain text",
            b"",
            &[0, 159, 146, 150, 255],
            b"[1e3]",
        ];
        for bytes in cases {
            let (v, f) = payload_to_json(bytes);
            assert_eq!(payload_from_json(&v, f).unwrap(), bytes, "{f:?} {v}");
        }
        assert_eq!(payload_to_json(b"{\"a\":1}").1, Format::Json);
        assert_eq!(payload_to_json(b"{\"a\": 1}").1, Format::String);
        assert_eq!(payload_to_json(&[0xff]).1, Format::Base64);
    }

    #[test]
    fn headers_keep_binary_and_null_values() {
        let bin = Header::from_bytes("b", Some(&[0, 1, 0xff]));
        assert_eq!(bin.encoding, Some(HeaderEncoding::Base64));
        assert_eq!(bin.to_bytes().unwrap(), Some(vec![0, 1, 0xff]));
        let null = Header::from_bytes("n", None);
        assert_eq!(null.to_bytes().unwrap(), None);
        let text = Header::from_bytes("t", Some(b"abc"));
        assert_eq!(
            serde_json::to_string(&text).unwrap(),
            r#"{"key":"t","value":"abc"}"#
        );
    }

    #[test]
    fn envelope_round_trips_through_json_and_rejects_unknown_fields() {
        let e = Envelope {
            topic: Some("t".into()),
            partition: Some(2),
            offset: Some(9),
            timestamp: Some(1),
            key: None,
            value: Some(Value::String("x".into())),
            value_format: Some(Format::String),
            headers: vec![Header::from_bytes("h", Some(b"v"))],
            ..Default::default()
        };
        let text = serde_json::to_string(&e).unwrap();
        assert!(
            text.contains("\"key\":null"),
            "a null key is explicit: {text}"
        );
        assert_eq!(serde_json::from_str::<Envelope>(&text).unwrap(), e);
        assert!(serde_json::from_str::<Envelope>(r#"{"valeu":1}"#).is_err());
    }
}
