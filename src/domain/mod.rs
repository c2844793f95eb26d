//! Pure functions: parsing, planning, wire formats, decoding. No async, no I/O.

pub mod avro_decode;
pub mod avro_encode;
pub mod avro_names;
pub mod avro_schema;
pub mod dlq;
pub mod duration;
pub mod envelope;
pub mod filter;
pub mod generate;
pub mod groups;
pub mod json_text;
pub mod lag;
pub mod model;
pub mod plan;
pub mod produce;
pub mod schema_diff;
pub mod schema_plan;
pub mod spec;
pub mod tail;
pub mod wire;
