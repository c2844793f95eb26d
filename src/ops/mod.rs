//! Async steps written against traits, so their logic can be tested against
//! fakes where the test broker lacks an API.
pub mod apply;
pub mod codecs;
pub mod dlq;
pub mod groups;
pub mod interrupt;
pub mod lag;
pub mod ports;
pub mod produce;
pub mod replay;
pub mod schema;
pub mod schemas;
pub mod tail;
