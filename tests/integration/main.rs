//! kctl's one integration-test binary: runs the `kctl` binary as a process
//! against a real broker and registry.
//!
//! By default the harness starts the sandbox (`scripts/sandbox`: tansu 0.6.0 with
//! SQLite storage and the test registry) once per run on free loopback ports and
//! stops it when the run ends. Set `KCTL_TEST_BOOTSTRAP` and `KCTL_TEST_REGISTRY`
//! to run the same suite against an external Apache Kafka and Confluent Schema
//! Registry instead (see `tests/compose.yaml`).

mod harness;
mod imperative;

mod acls;
mod apply;
mod broker_proc;
mod cli_vocabulary;
mod cluster3;
mod completion;
mod config;
mod dlq;
mod docs;
mod export;
mod fail_loudly;
mod fail_loudly_data;
mod faults;
mod foundation;
mod health;
mod json_schema;
mod lag;
mod produce;
mod protobuf;
mod registry_contract;
mod schema;
mod schema_plan;
mod secure;
mod secure_broker;
mod tail;
