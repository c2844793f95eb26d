//! The producer behind `kctl produce`: idempotent with `acks=all`, the
//! Java-compatible murmur2 partitioner, batching for throughput, and a
//! bounded queue. Nothing waits for a single record: each record carries its
//! line number to the delivery callback, which fills a [`Tracker`], so the
//! summary can say exactly which lines were delivered.

use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use anyhow::{anyhow, Result};
use rdkafka::client::ClientContext;
use rdkafka::config::{ClientConfig, RDKafkaLogLevel};
use rdkafka::error::{KafkaError, RDKafkaErrorCode};
use rdkafka::message::{Header, Message, OwnedHeaders};
use rdkafka::producer::{
    BaseProducer, BaseRecord, DeliveryResult, Producer, ProducerContext, PurgeConfig,
};

use super::errors::Explainer;
use super::{client_config, KctlContext};
use crate::domain::produce::{OutRecord, Tracker};
use crate::ops::ports::{ProduceSink, SendResult};
use crate::settings::Settings;

/// librdkafka properties kctl sets for producing, unless `-X` (or the
/// context's `properties`) sets them: those win.
pub const PRODUCER_DEFAULTS: [(&str, &str); 7] = [
    ("enable.idempotence", "true"),
    ("acks", "all"),
    // murmur2 for keyed records, as Java's default partitioner; random for
    // records without a key.
    ("partitioner", "murmur2_random"),
    // Idempotent producing wakes librdkafka's broker thread for every record
    // until a batch may go: with 20 ms that thread took twice the CPU of
    // 50 ms producing 1,000,000 lines (docs/benchmarks.md). The last batch
    // never waits it out: the final flush sends at once.
    ("linger.ms", "50"),
    ("batch.num.messages", "10000"),
    // The bound on memory: at most this many records (and 32 MiB) queued.
    // Twice that reached 63 MB of RSS producing 200-byte lines, at the same
    // speed (docs/benchmarks.md).
    ("queue.buffering.max.messages", "50000"),
    ("queue.buffering.max.kbytes", "32768"),
];

/// How long a record may wait for its acknowledgement before it counts as
/// failed: three times `--timeout`, at least 30 s.
pub fn delivery_timeout(settings: &Settings) -> Duration {
    (settings.timeout * 3).max(Duration::from_secs(30))
}

/// The producer configuration: `client_config` (connection, security, `-X`),
/// plus [`PRODUCER_DEFAULTS`] and the delivery timeout where `-X` left them.
pub fn producer_config(settings: &Settings) -> ClientConfig {
    let mut cfg = client_config(settings);
    let timeout = delivery_timeout(settings).as_millis().to_string();
    let defaults = PRODUCER_DEFAULTS
        .iter()
        .map(|(k, v)| (*k, *v))
        .chain([("message.timeout.ms", timeout.as_str())]);
    for (k, v) in defaults {
        // client_config sets no producer property itself, so one present
        // here came from the user.
        if cfg.get(k).is_none() {
            cfg.set(k, v);
        }
    }
    cfg
}

/// Client context that records delivery reports by line number.
pub struct ProduceContext {
    inner: KctlContext,
    tracker: Arc<Mutex<Tracker>>,
}

impl ClientContext for ProduceContext {
    fn log(&self, level: RDKafkaLogLevel, fac: &str, message: &str) {
        self.inner.log(level, fac, message);
    }

    fn error(&self, error: KafkaError, reason: &str) {
        self.inner.error(error, reason);
    }
}

impl ProducerContext for ProduceContext {
    /// The input line number.
    type DeliveryOpaque = usize;

    fn delivery(&self, result: &DeliveryResult<'_>, line: usize) {
        let Ok(mut t) = self.tracker.lock() else {
            return;
        };
        match result {
            Ok(m) => {
                let bytes = m.payload_len() + m.key().map_or(0, <[u8]>::len);
                t.delivered(line as u64, m.partition(), bytes);
            }
            Err((e, m)) => {
                // A purged record says only "purged"; when librdkafka gave
                // up because of an error it reported apart (a producer id
                // refused by the authorizer, say), that error is the reason.
                let mut text = e.to_string();
                let purged = matches!(
                    e.rdkafka_error_code(),
                    Some(RDKafkaErrorCode::PurgeQueue | RDKafkaErrorCode::PurgeInflight)
                );
                if let Some(last) = self.inner.last_error().filter(|_| purged) {
                    text = format!("{text}, after: {last}");
                }
                t.failed(line as u64, Some(m.partition()), &text)
            }
        }
    }
}

pub struct KafkaSink {
    /// The topic's handle, for records without headers or a timestamp (see
    /// [`KafkaSink::send`]). Declared first: fields drop in order, and the
    /// handle must be released before the producer it belongs to.
    rkt: TopicHandle,
    producer: BaseProducer<ProduceContext>,
    topic: String,
    tracker: Arc<Mutex<Tracker>>,
    explain: Explainer,
}

impl KafkaSink {
    pub fn connect(settings: &Settings, topic: &str) -> Result<KafkaSink> {
        let context = KctlContext::default();
        let tracker = Arc::new(Mutex::new(Tracker::default()));
        let producer: BaseProducer<ProduceContext> = producer_config(settings)
            .create_with_context(ProduceContext {
                inner: context.clone(),
                tracker: tracker.clone(),
            })
            .map_err(|e| anyhow!("invalid Kafka producer configuration: {e}"))?;
        let explain = Explainer {
            context,
            bootstrap: settings.bootstrap_servers.clone(),
            timeout: settings.timeout,
        };
        super::wait_for_broker(producer.client(), &explain)?;
        let rkt = TopicHandle::new(producer.client().native_ptr(), topic)?;
        Ok(KafkaSink {
            rkt,
            producer,
            topic: topic.to_string(),
            tracker,
            explain,
        })
    }

    /// The topic's partition count. Blocks for up to `--timeout`; an
    /// unreachable broker or a missing topic is a one-line error.
    pub fn partition_count(&self) -> Result<i32> {
        let md = self
            .producer
            .client()
            .fetch_metadata(Some(&self.topic), self.explain.timeout)
            .map_err(|e| {
                // Error events wait on the main queue until served.
                self.producer.poll(Duration::ZERO);
                self.explain.failure(e)
            })?;
        // Connected: from here on a broker lost mid-produce is announced.
        self.explain.context.watch_brokers();
        Ok(super::partition_ids(&md, &self.topic)?.len() as i32)
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, Tracker> {
        // A poisoned lock only means a delivery callback panicked; the
        // counts it holds are still the best account there is.
        self.tracker.lock().unwrap_or_else(|p| p.into_inner())
    }
}

impl KafkaSink {
    /// Serves every event waiting on the producer's queue (delivery reports,
    /// errors, logs): rdkafka's `poll(0)` serves one event per call.
    fn serve_ready(&self) {
        // SAFETY: a live producer handle; the queue reference is released
        // right after its length was read.
        let waiting = |rk| unsafe {
            let q = rdkafka_sys::rd_kafka_queue_get_main(rk);
            if q.is_null() {
                return 0;
            }
            let n = rdkafka_sys::rd_kafka_queue_length(q);
            rdkafka_sys::rd_kafka_queue_destroy(q);
            n
        };
        let rk = self.producer.client().native_ptr();
        // Bounded, in case events keep arriving as fast as they are served.
        for _ in 0..1024 {
            if waiting(rk) == 0 {
                break;
            }
            self.producer.poll(Duration::ZERO);
        }
    }

    fn send_plain(&mut self, rec: &OutRecord, line: u64) -> SendResult {
        let (payload, len) = rec.value.as_deref().map_or((std::ptr::null_mut(), 0), |v| {
            (v.as_ptr() as *mut _, v.len())
        });
        let (key, key_len) = rec
            .key
            .as_deref()
            .map_or((std::ptr::null(), 0), |k| (k.as_ptr() as *const _, k.len()));
        // The line number travels as the opaque, as rdkafka's `send` carries
        // a `usize` DeliveryOpaque (the pointer's value is the number).
        let opaque = line as usize as *mut std::ffi::c_void;
        // SAFETY: a live topic handle; librdkafka copies payload and key
        // (F_COPY) before returning.
        let rc = unsafe {
            rdkafka_sys::rd_kafka_produce(
                self.rkt.0,
                rec.partition.unwrap_or(PARTITION_UA),
                rdkafka_sys::RD_KAFKA_MSG_F_COPY as std::os::raw::c_int,
                payload,
                len,
                key,
                key_len,
                opaque,
            )
        };
        if rc == 0 {
            return SendResult::Queued;
        }
        // SAFETY: reads this thread's last librdkafka error.
        let code = RDKafkaErrorCode::from(unsafe { rdkafka_sys::rd_kafka_last_error() });
        if code == RDKafkaErrorCode::QueueFull {
            return SendResult::Full;
        }
        let message = KafkaError::MessageProduction(code).to_string();
        self.lock().failed(line, rec.partition, &message);
        SendResult::Rejected(message)
    }

    /// Serves events for `wait`, sleeping a millisecond at a time when there
    /// are none. rdkafka's `poll(wait)` spins through its last millisecond
    /// (it waits whole milliseconds, rounded down, until its deadline):
    /// perf showed a tenth of produce's CPU in clock_gettime there.
    fn serve_for(&self, wait: Duration) {
        let deadline = Instant::now() + wait;
        loop {
            self.serve_ready();
            let now = Instant::now();
            if now >= deadline {
                return;
            }
            std::thread::sleep((deadline - now).min(Duration::from_millis(1)));
        }
    }

    /// Waits until every record is delivered or failed and its report
    /// served, up to `timeout`; true when nothing is left.
    fn flush_within(&mut self, timeout: Duration) -> bool {
        let deadline = Instant::now() + timeout;
        loop {
            self.serve_ready();
            // SAFETY: a live producer handle. While it runs (1 ms, or until
            // nothing is left: queued, in flight or reports unserved),
            // librdkafka sends queued records without waiting for linger.ms.
            let left =
                unsafe { rdkafka_sys::rd_kafka_flush(self.producer.client().native_ptr(), 1) };
            if left == rdkafka_sys::rd_kafka_resp_err_t::RD_KAFKA_RESP_ERR_NO_ERROR {
                return true;
            }
            if Instant::now() >= deadline {
                return false;
            }
        }
    }
}

/// librdkafka's RD_KAFKA_PARTITION_UA: let the partitioner choose.
const PARTITION_UA: i32 = -1;

/// A librdkafka topic handle (`rd_kafka_topic_new`), with the topic
/// settings of the producer's configuration (its partitioner among them).
struct TopicHandle(*mut rdkafka_sys::rd_kafka_topic_t);

// SAFETY: librdkafka topic handles may be used from any thread.
unsafe impl Send for TopicHandle {}

impl TopicHandle {
    fn new(rk: *mut rdkafka_sys::rd_kafka_t, topic: &str) -> Result<Self> {
        let name = std::ffi::CString::new(topic)
            .map_err(|_| anyhow!("topic name {topic:?} contains a NUL byte"))?;
        // SAFETY: a live client; a null topic conf means the client's defaults.
        let rkt =
            unsafe { rdkafka_sys::rd_kafka_topic_new(rk, name.as_ptr(), std::ptr::null_mut()) };
        if rkt.is_null() {
            return Err(anyhow!("librdkafka refused the topic {topic:?}"));
        }
        Ok(TopicHandle(rkt))
    }
}

impl Drop for TopicHandle {
    fn drop(&mut self) {
        // SAFETY: created in `new`, released once; queued records keep
        // their own references.
        unsafe { rdkafka_sys::rd_kafka_topic_destroy(self.0) }
    }
}

impl ProduceSink for KafkaSink {
    /// Records without headers or a timestamp (raw lines, most events) go
    /// through `rd_kafka_produce` on a topic handle, as kcat sends them;
    /// rdkafka's `send` (`rd_kafka_producev`) builds a C string of the topic
    /// name and looks the topic up by it for every record. Both copy the
    /// payload, carry the line number to the delivery report and report a
    /// full queue alike.
    fn send(&mut self, rec: &OutRecord, line: u64) -> SendResult {
        if rec.headers.is_empty() && rec.timestamp.is_none() {
            return self.send_plain(rec, line);
        }
        let mut r: BaseRecord<'_, [u8], [u8], usize> =
            BaseRecord::with_opaque_to(&self.topic, line as usize);
        r.key = rec.key.as_deref();
        r.payload = rec.value.as_deref();
        r.partition = rec.partition;
        r.timestamp = rec.timestamp;
        if !rec.headers.is_empty() {
            let mut h = OwnedHeaders::new_with_capacity(rec.headers.len());
            for (key, value) in &rec.headers {
                h = h.insert(Header {
                    key,
                    value: value.as_deref(),
                });
            }
            r.headers = Some(h);
        }
        match self.producer.send(r) {
            Ok(()) => SendResult::Queued,
            Err((KafkaError::MessageProduction(RDKafkaErrorCode::QueueFull), _)) => {
                SendResult::Full
            }
            Err((e, _)) => {
                let message = e.to_string();
                self.lock().failed(line, rec.partition, &message);
                SendResult::Rejected(message)
            }
        }
    }

    fn poll(&mut self, wait: Duration) {
        if wait.is_zero() {
            self.serve_ready();
        } else {
            self.serve_for(wait);
        }
    }

    fn flush(&mut self, timeout: Duration) -> u64 {
        if self.flush_within(timeout) {
            return 0;
        }
        // Give up on what is left: purging makes librdkafka report each such
        // record as failed ("purged"), so every line is accounted for. A
        // purged in-flight record may still have reached the broker.
        let left = self.producer.in_flight_count().max(0) as u64;
        self.producer
            .purge(PurgeConfig::default().queue().inflight());
        let _ = self.producer.flush(Duration::from_secs(5));
        left
    }

    fn delivered(&self) -> u64 {
        self.lock().delivered.len()
    }

    fn tracker(&self) -> Tracker {
        let mut t = self.lock().clone();
        // Records failed by a fatal error say only "Fatal error"; the
        // producer keeps the reason (e.g. a producer id refused by the
        // authorizer).
        if let Some((_, reason)) = self.producer.client().fatal_error() {
            for e in t
                .errors
                .iter_mut()
                .filter(|e| e.error.contains("Fatal error"))
            {
                e.error = format!("{}: {reason}", e.error);
            }
        }
        t
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::settings::{PropertyValue, RegistrySettings};

    fn settings(props: &[(&str, &str)]) -> Settings {
        Settings {
            context: None,
            bootstrap_servers: "127.0.0.1:1".into(),
            registry: RegistrySettings {
                url: "http://127.0.0.1:1".into(),
                username: None,
                password: None,
            },
            kafka_properties: props
                .iter()
                .map(|(k, v)| (k.to_string(), PropertyValue::Plain(v.to_string())))
                .collect(),
            timeout: Duration::from_secs(5),
            verbose: 0,
        }
    }

    #[test]
    fn producer_defaults_apply_unless_the_user_set_them() {
        let cfg = producer_config(&settings(&[]));
        assert_eq!(cfg.get("enable.idempotence"), Some("true"));
        assert_eq!(cfg.get("acks"), Some("all"));
        assert_eq!(cfg.get("partitioner"), Some("murmur2_random"));
        assert_eq!(cfg.get("message.timeout.ms"), Some("30000"));
        let cfg = producer_config(&settings(&[
            ("partitioner", "consistent_random"),
            ("linger.ms", "0"),
            ("message.timeout.ms", "1000"),
        ]));
        assert_eq!(cfg.get("partitioner"), Some("consistent_random"));
        assert_eq!(cfg.get("linger.ms"), Some("0"));
        assert_eq!(cfg.get("message.timeout.ms"), Some("1000"));
        assert_eq!(cfg.get("acks"), Some("all"));
    }
}
