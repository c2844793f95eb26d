//! The steps of each command, written against the traits in [`ports`] (which
//! `ops` owns and `kafka/`, `registry/` and `output/` implement), so their
//! logic can be tested against fakes where a real broker cannot stage the
//! case. `ops` never imports an adapter: commands connect the adapters and
//! hand them in.
pub mod acls;
pub mod apply;
pub mod codecs;
pub mod dlq;
pub mod export;
pub mod groups;
pub mod groups_edit;
pub mod interrupt;
pub mod lag;
pub mod ports;
pub mod produce;
pub mod replay;
pub mod schema;
pub mod schemas;
pub mod tail;
