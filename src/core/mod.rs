//! Pure functions: parsing, planning, wire formats, decoding. No async, no I/O.

pub mod avro_schema;
pub mod duration;
pub mod envelope;
pub mod model;
pub mod wire;
