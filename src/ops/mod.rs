//! Async steps written against traits, so their logic can be tested against
//! fakes where the test broker lacks an API.
pub mod interrupt;
