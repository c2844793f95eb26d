//! kctl: a command-line toolkit for operating Kafka-based event streaming.
//!
//! Layering (each layer may use only the ones below it):
//!
//! - `cli` holds the clap definitions and nothing else.
//! - `settings` resolves connection settings: flags > environment > config-file
//!   context > defaults, and owns the [`settings::Secret`] type.
//! - `commands` has one thin module per subcommand: resolve inputs, call `domain` or
//!   `ops`, hand the result to `output`.
//! - `ops` holds async steps written against traits (apply a plan, replay a DLQ).
//! - `domain` is pure: parsing, planning, wire formats, decoding. No async, no I/O.
//! - `kafka` is the only module that imports rdkafka (and its FFI); `registry` the
//!   only one that imports reqwest; `output` the only code that writes to the
//!   terminal.
//! - `exit` lists the exit codes in one place.

pub mod cli;
pub mod commands;
pub mod domain;
pub mod exit;
pub mod kafka;
pub mod ops;
pub mod output;
pub mod registry;
pub mod settings;
