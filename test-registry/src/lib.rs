//! `kctl-test-registry`: a small in-memory, Confluent-compatible Schema
//! Registry.
//!
//! **This is a test fixture** for kctl's tests and local sandbox; it is never
//! part of kctl itself. It follows the subset of Confluent's Schema Registry
//! REST API that kctl relies on (the contract `tests/integration/registry_contract.rs`
//! checks against it and against Apicurio) and keeps everything in memory: a
//! restart starts empty.
//!
//! Behaviour worth knowing when writing tests against it:
//! - AVRO, JSON (JSON Schema) and PROTOBUF are supported (a missing
//!   `schemaType` means AVRO). JSON Schema `$ref`s resolve reference names
//!   against `json-schema:///`; its compatibility rules are in
//!   [`json_schema`]. Protobuf schemas are `.proto` text or a base64
//!   `FileDescriptorProto`, imports resolve to reference names (import
//!   paths) and the well-known types, `format=serialized` answers the
//!   base64 descriptor, and its rules (Confluent's) are in [`protobuf`].
//! - Ids are global. Two submissions are the same schema when they parse to
//!   the same Avro schema (whitespace, attribute order and name spelling do
//!   not matter) and have the same references; see [`avro::normalized_form`]
//!   for why that is stricter than the Parsing Canonical Form.
//! - Compatibility uses apache-avro's `schema_compatibility`; a reader that
//!   only "partially" reads the writer (missing enum symbols or union
//!   branches) counts as incompatible.
//! - Incompatible registers answer HTTP 409 with `error_code` 409 (older
//!   registries' code; newer ones use 40901).
//! - `HTTP basic` auth is on when `KCTL_TEST_REGISTRY_AUTH=user:password`.

pub mod api;
pub mod auth;
pub mod avro;
pub mod cli;
pub mod compat;
pub mod error;
pub mod json_schema;
pub mod protobuf;
pub mod store;

use anyhow::Context as _;
use tokio::net::TcpListener;

pub use api::router;
pub use auth::{Credentials, AUTH_ENV};

/// Serves the registry on `listen` until SIGINT or SIGTERM.
///
/// Announces `kctl-test-registry listening on http://ADDR` on stderr once the
/// socket is bound, with the real port when `listen` asked for port 0, so
/// that scripts can wait for that line.
pub async fn serve(listen: &str, auth: Option<Credentials>) -> anyhow::Result<()> {
    let listener = TcpListener::bind(listen)
        .await
        .with_context(|| format!("cannot listen on {listen}"))?;
    let address = listener
        .local_addr()
        .context("cannot read the bound address")?;
    eprintln!("kctl-test-registry listening on http://{address}");
    axum::serve(listener, router(auth))
        .with_graceful_shutdown(shutdown_signal())
        .await
        .context("server failed")
}

/// Resolves on SIGINT or SIGTERM. A signal that cannot be hooked is simply
/// never awaited, rather than shutting the server down at once.
async fn shutdown_signal() {
    let interrupt = async {
        if tokio::signal::ctrl_c().await.is_err() {
            std::future::pending::<()>().await;
        }
    };
    #[cfg(unix)]
    let terminate = async {
        use tokio::signal::unix::{signal, SignalKind};
        match signal(SignalKind::terminate()) {
            Ok(mut stream) => {
                stream.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    tokio::select! {
        () = interrupt => {}
        () = terminate => {}
    }
}
