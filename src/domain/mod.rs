//! Pure functions: parsing, planning, wire formats, decoding. No async, no I/O.

pub mod access;
pub mod config_edit;
pub mod dlq;
pub mod duration;
pub mod envelope;
pub mod export;
pub mod filter;
pub mod flags;
pub mod generate;
pub mod groups;
pub mod health;
pub mod inventory;
pub mod json_schema;
pub mod lag;
pub mod model;
pub mod plan;
pub mod produce;
pub mod protobuf;
pub mod schema_diff;
pub mod schema_plan;
pub mod spec;
pub mod subject;
pub mod suggest;
pub mod tail;
pub mod time;
