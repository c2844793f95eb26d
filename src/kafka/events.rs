//! Serves the main event queue of clients that rdkafka never polls.
//!
//! rdkafka's `AdminClient` polls only its own result queue, so librdkafka's log
//! lines and error events (a refused SASL handshake, a failed certificate check)
//! pile up unseen on the client's main queue. [`drain`] hands them to the
//! client's context, which records the last error and logs at `-vv`.

use std::ffi::{c_char, CStr};

use rdkafka::client::{Client, ClientContext};
use rdkafka::config::RDKafkaLogLevel;
use rdkafka::error::{KafkaError, RDKafkaErrorCode};
use rdkafka_sys as rdsys;

/// Passes every event waiting on `client`'s main queue to its context,
/// without blocking. Returns how many events it served.
pub fn drain<C: ClientContext>(client: &Client<C>) -> usize {
    // SAFETY: `client` is alive for the whole call; the queue handle returned
    // by rd_kafka_queue_get_main is destroyed below, and each polled event is
    // destroyed after its strings (owned by the event) have been copied.
    unsafe {
        let queue = rdsys::rd_kafka_queue_get_main(client.native_ptr());
        if queue.is_null() {
            return 0;
        }
        let mut served = 0;
        loop {
            let event = rdsys::rd_kafka_queue_poll(queue, 0);
            if event.is_null() {
                break;
            }
            served += 1;
            match rdsys::rd_kafka_event_type(event) {
                rdsys::RD_KAFKA_EVENT_LOG => {
                    let mut fac: *const c_char = std::ptr::null();
                    let mut text: *const c_char = std::ptr::null();
                    let mut level: i32 = 0;
                    if rdsys::rd_kafka_event_log(event, &mut fac, &mut text, &mut level) == 0 {
                        client.context().log(
                            log_level(level),
                            lossy(fac).trim(),
                            lossy(text).trim(),
                        );
                    }
                }
                rdsys::RD_KAFKA_EVENT_ERROR => {
                    let code = rdsys::rd_kafka_event_error(event);
                    let reason = lossy(rdsys::rd_kafka_event_error_string(event));
                    client.context().error(
                        KafkaError::Global(RDKafkaErrorCode::from(code)),
                        reason.trim(),
                    );
                }
                // Other events (stats, results of calls kctl did not make on
                // this queue) carry nothing to report.
                _ => {}
            }
            rdsys::rd_kafka_event_destroy(event);
        }
        rdsys::rd_kafka_queue_destroy(queue);
        served
    }
}

/// librdkafka's syslog-style level as rdkafka's enum (whose own conversion
/// is private to the crate).
fn log_level(level: i32) -> RDKafkaLogLevel {
    match level {
        i32::MIN..=0 => RDKafkaLogLevel::Emerg,
        1 => RDKafkaLogLevel::Alert,
        2 => RDKafkaLogLevel::Critical,
        3 => RDKafkaLogLevel::Error,
        4 => RDKafkaLogLevel::Warning,
        5 => RDKafkaLogLevel::Notice,
        6 => RDKafkaLogLevel::Info,
        _ => RDKafkaLogLevel::Debug,
    }
}

/// # Safety
/// `p` is null or a NUL-terminated string valid for the duration of the call.
unsafe fn lossy(p: *const c_char) -> String {
    if p.is_null() {
        String::new()
    } else {
        CStr::from_ptr(p).to_string_lossy().into_owned()
    }
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
        return format!("Kafka at {bootstrap}: {err}");
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
    use super::{broker_loss, explain_failure};

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
