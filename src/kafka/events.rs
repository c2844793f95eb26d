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
