//! The one builder of assign-only consumers, used by `tail` and by `dlq`'s
//! reader and replay scanner: they never join a consumer group and never
//! commit offsets. librdkafka wants a `group.id` for a consumer, so a
//! throwaway one is set, with auto-commit and offset storing off; partitions
//! are assigned explicitly, so no JoinGroup, SyncGroup or OffsetCommit is ever
//! sent.
//!
//! Throughput: records are handed out zero-copy (borrowed from librdkafka's
//! buffers), taken from librdkafka's consumer queue up to [`BATCH`] at a time
//! (`rd_kafka_consume_batch_queue`, as Confluent's Python client's
//! `consume()` does) rather than one event per poll: rdkafka's per-message
//! poll (an event, a reference count, clock readings per record) cost more
//! CPU than kcat spends per record in all. `tail`'s fetch settings below are
//! defaults only: `-X` (or a context's `properties`) overrides each one.

use std::cell::Cell;
use std::ffi::CStr;
use std::marker::PhantomData;
use std::ptr;
use std::sync::Mutex;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use anyhow::{anyhow, Result};
use rdkafka::consumer::{BaseConsumer, Consumer};
use rdkafka::error::RDKafkaErrorCode;
use rdkafka::topic_partition_list::{Offset, TopicPartitionList};
use rdkafka_sys as rdsys;

use super::errors::{ends_a_read, Explainer};
use super::{client_config, KctlContext};
use crate::domain::tail::{RecordView, Watermarks};
use crate::ops::ports::{Event, RecordSource};
use crate::settings::Settings;

/// librdkafka settings `tail` uses unless `-X` says otherwise, with why.
pub const TAIL_DEFAULTS: &[(&str, &str)] = &[
    // How long a broker may hold a fetch when no new data is waiting. Kafka
    // answers as soon as data exists, so this only bounds the latency of
    // `--follow` and the rate of empty fetches (10/s per broker when idle).
    // librdkafka's default is 500 ms.
    ("fetch.wait.max.ms", "100"),
    // Small fetches, a small prefetch: 1 MiB per partition (librdkafka's
    // default), 2 MiB per fetch response (librdkafka: 50 MiB) and at most
    // 4 MiB prefetched (librdkafka: 64 MiB). A fetch response stays in memory
    // while any of its records waits in the queue, so these three bound
    // tail's memory whatever the topic's size or partition count (the larger
    // settings used before cost 80 to 220 MB of RSS and no speed on Kafka,
    // which answers a fetch at once: docs/benchmarks.md). Kafka still
    // returns a record batch larger than these limits whole (KIP-74).
    ("max.partition.fetch.bytes", "1048576"),
    ("fetch.max.bytes", "2097152"),
    ("queued.max.messages.kbytes", "4096"),
    // When that prefetch queue is full (decoding Avro is slower than the
    // network), librdkafka waits this long before fetching again: 1000 ms
    // by default, which left the consumer idle most of the time (an Avro
    // backlog read at a quarter of the speed). See docs/benchmarks.md.
    ("fetch.queue.backoff.ms", "10"),
    // An offset outside the log (deleted by retention meanwhile): start from
    // the first record that still exists.
    ("auto.offset.reset", "earliest"),
];

/// How many records one call takes from librdkafka's queue at most.
const BATCH: usize = 1024;

/// A record in librdkafka's fetch buffer, owned until dropped; it cannot
/// outlive the consumer it came from.
pub struct Record<'a> {
    msg: *mut rdsys::rd_kafka_message_t,
    /// Parsed on first use: `-o raw` never looks at headers.
    headers: Cell<Option<*mut rdsys::rd_kafka_headers_t>>,
    _consumer: PhantomData<&'a AssignedConsumer>,
}

impl Drop for Record<'_> {
    fn drop(&mut self) {
        // SAFETY: the message came from rd_kafka_consume_batch_queue and is
        // destroyed exactly once, here.
        unsafe { rdsys::rd_kafka_message_destroy(self.msg) }
    }
}

impl Record<'_> {
    fn raw(&self) -> &rdsys::rd_kafka_message_t {
        // SAFETY: valid until this record is dropped.
        unsafe { &*self.msg }
    }

    /// `len` bytes at `p`, a pointer into this record's message.
    fn bytes(&self, p: *mut std::ffi::c_void, len: usize) -> Option<&[u8]> {
        // SAFETY: p points at len bytes owned by the message, which lives as
        // long as the borrow of self.
        (!p.is_null()).then(|| unsafe { std::slice::from_raw_parts(p as *const u8, len) })
    }

    fn headers(&self) -> *mut rdsys::rd_kafka_headers_t {
        if let Some(h) = self.headers.get() {
            return h;
        }
        let mut h = ptr::null_mut();
        // SAFETY: the message pointer is valid while `msg` lives; librdkafka
        // returns a headers list owned by the message (or an error and null).
        let err = unsafe { rdsys::rd_kafka_message_headers(self.msg, &mut h) };
        if err != rdsys::rd_kafka_resp_err_t::RD_KAFKA_RESP_ERR_NO_ERROR {
            h = ptr::null_mut();
        }
        self.headers.set(Some(h));
        h
    }
}

impl RecordView for Record<'_> {
    fn partition(&self) -> i32 {
        self.raw().partition
    }

    fn offset(&self) -> i64 {
        self.raw().offset
    }

    fn timestamp(&self) -> Option<i64> {
        let mut kind = rdsys::rd_kafka_timestamp_type_t::RD_KAFKA_TIMESTAMP_NOT_AVAILABLE;
        // SAFETY: a valid message.
        let ts = unsafe { rdsys::rd_kafka_message_timestamp(self.msg, &mut kind) };
        (kind != rdsys::rd_kafka_timestamp_type_t::RD_KAFKA_TIMESTAMP_NOT_AVAILABLE && ts >= 0)
            .then_some(ts)
    }

    fn key(&self) -> Option<&[u8]> {
        let m = self.raw();
        self.bytes(m.key, m.key_len)
    }

    fn value(&self) -> Option<&[u8]> {
        let m = self.raw();
        self.bytes(m.payload, m.len)
    }

    fn header_count(&self) -> usize {
        let h = self.headers();
        if h.is_null() {
            return 0;
        }
        // SAFETY: non-null headers owned by the live message.
        unsafe { rdsys::rd_kafka_header_cnt(h) }
    }

    /// Read through the C API rather than rdkafka's `Headers`, which panics on
    /// a header name that is not UTF-8: bad data must never crash `tail`.
    fn header(&self, i: usize) -> Option<(&[u8], Option<&[u8]>)> {
        let h = self.headers();
        if h.is_null() {
            return None;
        }
        let mut name = ptr::null();
        let mut value = ptr::null();
        let mut size = 0usize;
        // SAFETY: non-null headers owned by the live message; the returned
        // pointers point into the message and live as long as it does.
        unsafe {
            let err = rdsys::rd_kafka_header_get_all(h, i, &mut name, &mut value, &mut size);
            if err != rdsys::rd_kafka_resp_err_t::RD_KAFKA_RESP_ERR_NO_ERROR || name.is_null() {
                return None;
            }
            let name = CStr::from_ptr(name).to_bytes();
            let value =
                (!value.is_null()).then(|| std::slice::from_raw_parts(value as *const u8, size));
            Some((name, value))
        }
    }
}

/// A consumer of one topic that reads only the partitions assigned to it.
pub struct AssignedConsumer {
    /// Dropped by [`super::retire`] (it only waits: nothing was committed).
    consumer: std::mem::ManuallyDrop<BaseConsumer<KctlContext>>,
    topic: String,
    explain: Explainer,
    batch: Mutex<Batch>,
}

/// The consumer queue and the records taken from it but not handed out yet;
/// librdkafka's main queue (errors and logs), served at each batch.
struct Batch {
    queue: *mut rdsys::rd_kafka_queue_t,
    main: *mut rdsys::rd_kafka_queue_t,
    taken: Vec<*mut rdsys::rd_kafka_message_t>,
    next: usize,
}

// SAFETY: librdkafka's queue handle and messages may be used from any
// thread; the Mutex serialises access to them.
unsafe impl Send for Batch {}

impl Drop for AssignedConsumer {
    fn drop(&mut self) {
        if let Ok(b) = self.batch.get_mut() {
            // SAFETY: the records not handed out are still owned here; the main
            // queue goes back to rdkafka's arrangement (forwarded to the consumer
            // queue, which rdkafka serves while closing the consumer: events
            // left unserved there keep librdkafka's broker threads from ending);
            // each queue reference is released once, before the consumer closes.
            unsafe {
                for &m in &b.taken[b.next..] {
                    rdsys::rd_kafka_message_destroy(m);
                }
                rdsys::rd_kafka_queue_forward(b.main, b.queue);
                rdsys::rd_kafka_queue_destroy(b.queue);
                rdsys::rd_kafka_queue_destroy(b.main);
            }
        }
        // SAFETY: taken exactly once, here; no record borrows it any more
        // (each borrows `self`).
        let consumer = unsafe { std::mem::ManuallyDrop::take(&mut self.consumer) };
        super::retire::retire(consumer);
    }
}

/// `tail`'s consumer.
pub type TailConsumer = AssignedConsumer;

impl AssignedConsumer {
    /// The consumer `tail` reads with ([`TAIL_DEFAULTS`]).
    pub fn connect(settings: &Settings, topic: &str) -> Result<Self> {
        Self::build(settings, topic, "tail", TAIL_DEFAULTS)
    }

    /// An assign-only consumer of `topic` whose throwaway group id starts
    /// with `kctl-<purpose>-`, with `defaults` where `-X` left them unset.
    pub(crate) fn build(
        settings: &Settings,
        topic: &str,
        purpose: &str,
        defaults: &[(&str, &str)],
    ) -> Result<Self> {
        let mut cfg = client_config(settings);
        for (k, v) in defaults {
            if !settings.kafka_properties.iter().any(|(pk, _)| pk == k) {
                cfg.set(*k, *v);
            }
        }
        let nanos = SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .map(|d| d.as_nanos())
            .unwrap_or(0);
        cfg.set(
            "group.id",
            format!("kctl-{purpose}-{}-{nanos:x}", std::process::id()),
        )
        .set("enable.auto.commit", "false")
        .set("enable.auto.offset.store", "false")
        .set("enable.partition.eof", "true");
        let context = KctlContext::default();
        let consumer: BaseConsumer<KctlContext> = cfg
            .create_with_context(context.clone())
            .map_err(|e| anyhow!("invalid Kafka client configuration: {e}"))?;
        let explain = Explainer {
            context,
            bootstrap: settings.bootstrap_servers.clone(),
            timeout: settings.timeout,
        };
        super::wait_for_broker(consumer.client(), &explain)?;
        // SAFETY: a consumer handle; both queue references are released in
        // Drop. rdkafka forwards the main queue (errors, logs) to the
        // consumer queue; a batch read would drop those events, so they are
        // kept apart and served by `events::drain` at each batch.
        let (queue, main) = unsafe {
            let rk = consumer.client().native_ptr();
            let main = rdsys::rd_kafka_queue_get_main(rk);
            rdsys::rd_kafka_queue_forward(main, ptr::null_mut());
            (rdsys::rd_kafka_queue_get_consumer(rk), main)
        };
        if queue.is_null() {
            return Err(anyhow!("librdkafka gave no consumer queue"));
        }
        Ok(AssignedConsumer {
            consumer: std::mem::ManuallyDrop::new(consumer),
            topic: topic.to_string(),
            explain,
            batch: Mutex::new(Batch {
                queue,
                main,
                taken: Vec::with_capacity(BATCH),
                next: 0,
            }),
        })
    }

    pub fn topic(&self) -> &str {
        &self.topic
    }

    /// The last error librdkafka reported, if any.
    pub(crate) fn last_error(&self) -> Option<String> {
        self.explain.context.last_error()
    }

    /// Each partition's leader, as `host:port`, from a fresh Metadata
    /// request (partitions without a leader are left out).
    pub(crate) fn leaders(&self) -> Result<std::collections::BTreeMap<i32, String>> {
        let md = tokio::task::block_in_place(|| {
            self.consumer
                .fetch_metadata(Some(&self.topic), self.explain.timeout)
        })
        .map_err(|e| self.explain.failure(e))?;
        let brokers: std::collections::BTreeMap<i32, String> = md
            .brokers()
            .iter()
            .map(|b| (b.id(), format!("{}:{}", b.host(), b.port())))
            .collect();
        let topic = md
            .topics()
            .iter()
            .find(|t| t.name() == self.topic)
            .ok_or_else(|| anyhow!("topic {:?} does not exist", self.topic))?;
        Ok(topic
            .partitions()
            .iter()
            .filter_map(|p| Some((p.id(), brokers.get(&p.leader())?.clone())))
            .collect())
    }
}

/// An answer of ListOffsets by time: an offset, or `None` for "no record that
/// late". Kafka answers -1 for that (librdkafka's `OFFSET_END`); any other
/// logical offset (a broker's odd answer) is read the same way, so a time past
/// the last record starts at the log end, never at offset 0 or -1.
fn found_offset(o: Offset) -> Option<i64> {
    match o {
        Offset::Offset(o) if o >= 0 => Some(o),
        _ => None,
    }
}

impl RecordSource for AssignedConsumer {
    type Rec<'a> = Record<'a>;

    /// The topic's partition ids, sorted. An unknown topic is an error.
    fn partitions(&self) -> Result<Vec<i32>> {
        let md = tokio::task::block_in_place(|| {
            self.consumer
                .fetch_metadata(Some(&self.topic), self.explain.timeout)
        })
        .map_err(|e| self.explain.failure(e))?;
        // Connected: from here on a broker lost mid-read is announced.
        self.explain.context.watch_brokers();
        super::partition_ids(&md, &self.topic)
    }

    /// Low and high watermarks (ListOffsets earliest and latest).
    fn watermarks(&self, partition: i32) -> Result<Watermarks> {
        let (low, high) = tokio::task::block_in_place(|| {
            self.consumer
                .fetch_watermarks(&self.topic, partition, self.explain.timeout)
        })
        .map_err(|e| {
            anyhow!(
                "watermarks of {}/{partition}: {}",
                self.topic,
                self.explain.failure(e)
            )
        })?;
        Ok(Watermarks { low, high })
    }

    /// The first offset at or after `ms` in each partition (ListOffsets by
    /// time); `None` where no record is that late.
    fn offsets_for_time(&self, ms: i64, partitions: &[i32]) -> Result<Vec<Option<i64>>> {
        let mut tpl = TopicPartitionList::new();
        for &p in partitions {
            tpl.add_partition_offset(&self.topic, p, Offset::Offset(ms))
                .map_err(|e| anyhow!("{e}"))?;
        }
        let found = tokio::task::block_in_place(|| {
            self.consumer.offsets_for_times(tpl, self.explain.timeout)
        })
        .map_err(|e| self.explain.failure(e))?;
        partitions
            .iter()
            .map(|&p| {
                let elem = found
                    .find_partition(&self.topic, p)
                    .ok_or_else(|| anyhow!("no answer for partition {p}"))?;
                elem.error()
                    .map_err(|e| anyhow!("offset for time in {}/{p}: {e}", self.topic))?;
                Ok(found_offset(elem.offset()))
            })
            .collect()
    }

    /// Starts fetching each `(partition, offset)`; replaces any earlier
    /// assignment.
    fn assign(&self, starts: &[(i32, i64)]) -> Result<()> {
        let mut tpl = TopicPartitionList::new();
        for &(p, o) in starts {
            tpl.add_partition_offset(&self.topic, p, Offset::Offset(o))
                .map_err(|e| anyhow!("{e}"))?;
        }
        self.consumer
            .assign(&tpl)
            .map_err(|e| anyhow!("assign partitions of {:?}: {e}", self.topic))
    }

    /// Stops fetching a partition that is finished.
    fn pause(&self, partition: i32) {
        let mut tpl = TopicPartitionList::new();
        tpl.add_partition(&self.topic, partition);
        if let Err(e) = self.consumer.pause(&tpl) {
            log::debug!("pause {}/{partition}: {e}", self.topic);
        }
    }

    /// The next record or event: from the records taken in the last batch,
    /// else from a new batch (waiting up to `timeout` for the first).
    fn poll(&self, timeout: Duration) -> Event<Record<'_>> {
        let Ok(mut b) = self.batch.lock() else {
            return Event::Fatal("the consumer's queue lock is poisoned".into());
        };
        if b.next == b.taken.len() {
            b.taken.clear();
            b.next = 0;
            // Errors and logs, for the context (it names lost brokers and
            // keeps the last error for the explanation of a failure).
            super::events::drain(self.consumer.client());
            let queue = b.queue;
            let ms = i32::try_from(timeout.as_millis()).unwrap_or(i32::MAX);
            // rd_kafka_consume_batch_queue waits until the batch is full or
            // the timeout has passed, however much is queued: the last
            // records of a partition (and every record of a slow `--follow`)
            // waited the whole timeout. So: what is queued now, at once;
            // when nothing is, wait for one record only (returned as soon
            // as it arrives), then take whatever came with it.
            // SAFETY: `taken` has room for BATCH pointers; librdkafka writes
            // n <= BATCH of them, each one ours to destroy.
            let n = unsafe {
                let buf = b.taken.as_mut_ptr();
                let got = rdsys::rd_kafka_consume_batch_queue(queue, 0, buf, BATCH);
                let mut n = usize::try_from(got).unwrap_or(0);
                if n == 0 {
                    let first = rdsys::rd_kafka_consume_queue(queue, ms);
                    if !first.is_null() {
                        *buf = first;
                        let more =
                            rdsys::rd_kafka_consume_batch_queue(queue, 0, buf.add(1), BATCH - 1);
                        n = 1 + usize::try_from(more).unwrap_or(0);
                    }
                }
                b.taken.set_len(n);
                n
            };
            if n == 0 {
                return Event::Idle;
            }
        }
        let msg = b.taken[b.next];
        b.next += 1;
        drop(b);
        let rec = Record {
            msg,
            headers: Cell::new(None),
            _consumer: PhantomData,
        };
        let err = rec.raw().err;
        if err == rdsys::rd_kafka_resp_err_t::RD_KAFKA_RESP_ERR_NO_ERROR {
            return Event::Record(rec);
        }
        let partition = rec.raw().partition;
        drop(rec);
        self.event_of_error(RDKafkaErrorCode::from(err), partition)
    }
}

impl AssignedConsumer {
    /// What a consumer error read from the queue means for the read.
    fn event_of_error<'a>(&self, code: RDKafkaErrorCode, partition: i32) -> Event<Record<'a>> {
        match code {
            RDKafkaErrorCode::PartitionEOF => Event::PartitionEnd(partition),
            RDKafkaErrorCode::Fatal => {
                let mut buf = [0 as std::ffi::c_char; 512];
                // SAFETY: the client handle is live; librdkafka writes a
                // NUL-terminated string of at most buf.len() bytes.
                let why = unsafe {
                    let code = rdsys::rd_kafka_fatal_error(
                        self.consumer.client().native_ptr(),
                        buf.as_mut_ptr(),
                        buf.len(),
                    );
                    format!(
                        "{}: {}",
                        RDKafkaErrorCode::from(code),
                        CStr::from_ptr(buf.as_ptr()).to_string_lossy()
                    )
                };
                Event::Fatal(format!("reading {:?}: {why}", self.topic))
            }
            code if ends_a_read(code) => Event::Fatal(format!("reading {:?}: {code}", self.topic)),
            RDKafkaErrorCode::AllBrokersDown => Event::Transient(
                self.explain
                    .failure(RDKafkaErrorCode::AllBrokersDown)
                    .to_string(),
            ),
            code => Event::Transient(format!("reading {:?}: {code}", self.topic)),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_record_that_late_is_none_whatever_form_the_answer_takes() {
        assert_eq!(found_offset(Offset::Offset(42)), Some(42));
        assert_eq!(found_offset(Offset::Offset(0)), Some(0));
        for raw in [-1, -2, -1001] {
            assert_eq!(found_offset(Offset::from_raw(raw)), None, "{raw}");
        }
        assert_eq!(found_offset(Offset::End), None);
        assert_eq!(found_offset(Offset::Invalid), None);
        assert_eq!(found_offset(Offset::Offset(-1)), None);
    }
}
