//! librdkafka's errors, read in one place: the one-line explanation of a
//! failed call, a lost broker, and the classification the rest of kctl
//! branches on ([`BrokerErrorKind`]). librdkafka reports many conditions only
//! as text; nothing outside this module looks at that text.

use std::fmt::Display;
use std::time::Duration;

use anyhow::anyhow;
use rdkafka::error::RDKafkaErrorCode;

use super::KctlContext;
use crate::domain::model::{BrokerError, BrokerErrorKind};

/// What a client needs to explain its failures: where it connects, how long
/// it waits, and (through its context) the last error librdkafka reported.
#[derive(Clone)]
pub(crate) struct Explainer {
    pub(crate) context: KctlContext,
    pub(crate) bootstrap: String,
    pub(crate) timeout: Duration,
}

impl Explainer {
    /// The one-line error when every connection was refused: said at once,
    /// since waiting longer cannot help.
    pub(crate) fn refused(&self) -> anyhow::Error {
        let reason = self.context.last_error().unwrap_or_default();
        anyhow!("cannot reach Kafka at {}: {reason}", self.bootstrap)
    }

    /// The one-line error for a call that failed with `err`.
    pub(crate) fn failure(&self, err: impl Display) -> anyhow::Error {
        anyhow!(explain_failure(
            &self.bootstrap,
            &crate::domain::duration::format_millis(self.timeout.as_millis() as u64),
            self.context.last_error().as_deref(),
            &err,
        ))
    }
}

/// A connection attempt the other side refused (nothing listens there).
pub(crate) fn is_refusal(reason: &str) -> bool {
    reason.contains("Connection refused")
}

/// How a broker error is classified, from librdkafka's text.
pub fn classify(text: &str) -> BrokerErrorKind {
    if text.contains("not supported by broker") {
        BrokerErrorKind::Unsupported
    } else if text.contains("transport failure") || text.contains("Disconnected") {
        BrokerErrorKind::ConnectionClosed
    } else {
        BrokerErrorKind::Other
    }
}

/// `err` as a [`BrokerError`], classified.
pub fn broker_error(err: impl Display) -> BrokerError {
    let message = err.to_string();
    BrokerError {
        kind: classify(&message),
        message,
    }
}

/// Errors that end a read: the topic or partition is gone, or reading it is
/// not allowed. Anything else librdkafka recovers from by itself.
pub(crate) fn ends_a_read(code: RDKafkaErrorCode) -> bool {
    matches!(
        code,
        RDKafkaErrorCode::UnknownTopicOrPartition
            | RDKafkaErrorCode::UnknownTopic
            | RDKafkaErrorCode::UnknownPartition
            | RDKafkaErrorCode::TopicAuthorizationFailed
            | RDKafkaErrorCode::ClusterAuthorizationFailed
    )
}

/// The one-line error for a call that failed, from the last error librdkafka
/// reported (if any): refused credentials and untrusted certificates are named
/// as such, since retrying or raising `--timeout` cannot fix them.
pub fn explain_failure(
    bootstrap: &str,
    timeout: &str,
    last_error: Option<&str>,
    err: &dyn std::fmt::Display,
) -> String {
    let Some(reason) = last_error else {
        // No connection-level error was reported: the broker accepted the
        // connection and never answered, or the call failed for another reason.
        let text = err.to_string();
        if text.contains("transport failure") || text.contains("imed out") {
            return format!("cannot reach Kafka at {bootstrap} within {timeout}: {text}");
        }
        return format!("Kafka at {bootstrap}: {text}");
    };
    if reason.contains("SASL authentication error") || reason.contains("Authentication failed") {
        format!("authentication failed at Kafka {bootstrap} (check the SASL mechanism, username and password): {reason}")
    } else if reason.contains("certificate verify failed") {
        format!(
            "the TLS certificate of Kafka at {bootstrap} could not be verified: it is not signed by a \
             trusted CA (set one with --tls-ca or tls.ca in the context) or not issued for this host \
             name: {reason}"
        )
    } else if reason.contains("SSL handshake failed") {
        format!("TLS handshake with Kafka at {bootstrap} failed: {reason}")
    } else {
        format!("cannot reach Kafka at {bootstrap} within {timeout}: {reason}")
    }
}

/// A broker that became unreachable, from one of librdkafka's error strings
/// (`HOST:PORT/ID: Connect to ipv4#HOST:PORT failed: Connection refused ...`):
/// the broker's name and the line that announces it. Only a failed
/// reconnection counts: a plain "Disconnected" is also what a broker closing
/// an idle connection looks like. `None` for anything else.
pub fn broker_loss(reason: &str) -> Option<(String, String)> {
    if reason.contains("brokers are down") {
        return Some((
            "*".into(),
            format!("all Kafka brokers are unreachable ({reason}); waiting for one to come back"),
        ));
    }
    let (name, message) = reason.split_once(": ")?;
    let (address, id) = name.rsplit_once('/')?;
    if id.is_empty() || !id.bytes().all(|b| b.is_ascii_digit()) {
        return None; // a bootstrap connection, not a broker of the cluster
    }
    if !(message.starts_with("Connect to") && message.contains("failed")) {
        return None;
    }
    let cause = message
        .rsplit_once("failed: ")
        .map_or(message, |(_, c)| c)
        .split(" (after")
        .next()
        .unwrap_or(message)
        .trim();
    Some((
        name.to_string(),
        format!(
            "lost Kafka broker {id} at {address} ({cause}); the other brokers take over \
             its partitions while kctl keeps reconnecting"
        ),
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn librdkafka_errors_are_classified_here_and_only_here() {
        let kind = |t: &str| classify(t);
        assert_eq!(
            kind("begin transaction: Local: Required feature not supported by broker"),
            BrokerErrorKind::Unsupported
        );
        assert_eq!(
            kind("Local: Broker transport failure"),
            BrokerErrorKind::ConnectionClosed
        );
        assert_eq!(
            kind("127.0.0.1:9092/1: Disconnected"),
            BrokerErrorKind::ConnectionClosed
        );
        assert_eq!(kind("Broker: Message too large"), BrokerErrorKind::Other);
        let e = broker_error("Local: Broker transport failure");
        assert_eq!(e.to_string(), "Local: Broker transport failure");
    }

    #[test]
    fn a_failed_reconnection_announces_the_broker_once_named() {
        let (name, line) = broker_loss(
            "127.0.0.1:29094/2: Connect to ipv4#127.0.0.1:29094 failed: Connection refused \
             (after 0ms in state CONNECT)",
        )
        .expect("a lost broker");
        assert_eq!(name, "127.0.0.1:29094/2");
        assert_eq!(
            line,
            "lost Kafka broker 2 at 127.0.0.1:29094 (Connection refused); the other brokers \
             take over its partitions while kctl keeps reconnecting"
        );
        assert!(broker_loss("3/3 brokers are down")
            .unwrap()
            .1
            .contains("all Kafka brokers"));
    }

    #[test]
    fn idle_disconnects_bootstrap_and_other_errors_are_not_losses() {
        for reason in [
            "127.0.0.1:29094/2: Disconnected (after 600000ms in state UP)",
            "127.0.0.1:9092/bootstrap: Connect to ipv4#127.0.0.1:9092 failed: Connection refused",
            "Local: Broker transport failure",
            "",
        ] {
            assert_eq!(broker_loss(reason), None, "{reason}");
        }
    }

    const SASL: &str = "sasl_ssl://127.0.0.1:1/bootstrap: SASL authentication error: SASL SCRAM \
        authentication failed: broker responded with invalid-proof (after 14ms in state AUTH_REQ)";
    const CERT: &str = "sasl_ssl://127.0.0.1:1/bootstrap: SSL handshake failed: \
        error:0A000086:SSL routines::certificate verify failed: broker certificate could not be verified";

    #[test]
    fn refused_credentials_and_untrusted_certificates_are_named() {
        let e = explain_failure("h:1", "5s", Some(SASL), &"timed out");
        assert!(e.starts_with("authentication failed at Kafka h:1"), "{e}");
        assert!(e.contains("invalid-proof"), "{e}");
        let e = explain_failure("h:1", "5s", Some(CERT), &"timed out");
        assert!(
            e.starts_with("the TLS certificate of Kafka at h:1 could not be verified"),
            "{e}"
        );
        assert!(e.contains("--tls-ca"), "{e}");
    }

    #[test]
    fn other_failures_say_unreachable_or_pass_the_error_through() {
        let e = explain_failure("h:1", "5s", Some("Connection refused"), &"x");
        assert_eq!(e, "cannot reach Kafka at h:1 within 5s: Connection refused");
        assert_eq!(
            explain_failure("h:1", "5s", None, &"boom"),
            "Kafka at h:1: boom"
        );
    }
}
