//! kctl's Avro/JSON codec, a crate of its own so that its hot paths can be
//! benchmarked and fuzzed without the rest of kctl:
//!
//! - [`decode`]: an Avro binary datum to JSON text, directed by the writer
//!   schema (what `kctl tail` prints);
//! - [`encode`]: JSON to an Avro binary datum (what `kctl produce` sends);
//! - [`wire`]: the Confluent frame (magic byte and schema id) around a datum;
//! - [`schema`]: parsing schemas whose named types live in other schemas
//!   (registry references, other files);
//! - [`names`]: named types, in parsed schemas (one routine collects them for
//!   the decoder, the encoder and kctl's schema diff) and in schema JSON;
//! - [`json_text`]: the JSON text writer both sides share.
//!
//! The codec is written by hand rather than through `apache_avro::types::Value`
//! for exactness: apache-avro's JSON conversion is lossy (bytes, logical types,
//! unions) and its maps lose their order, while `tail -o json | produce` must
//! give back the same bytes. apache-avro still parses the schemas.

pub mod decode;
pub mod encode;
pub mod json_text;
pub mod names;
pub mod schema;
pub mod stream;
pub mod wire;
