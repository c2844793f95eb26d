//! Kafka I/O for `kctl dlq`: reading a DLQ topic by assignment (never joining
//! a group, never committing), scanning destination topics for
//! `kctl-replay-id` headers, and an idempotent (optionally transactional)
//! producer with delivery reports.
//!
//! Records are read through the one assign-only consumer
//! ([`super::consumer::AssignedConsumer`]), whose headers come through
//! librdkafka's C API: rdkafka's `Headers` panics on a header name that is
//! not UTF-8, and a DLQ is exactly where malformed records end up.

use std::collections::{HashMap, HashSet};
use std::future::Future;
use std::pin::Pin;
use std::time::{Duration, Instant};

use anyhow::{anyhow, Result};
use rdkafka::error::{KafkaError, RDKafkaErrorCode};
use rdkafka::message::{Header as RdHeader, OwnedHeaders};
use rdkafka::producer::{FutureProducer, FutureRecord, Producer};

use super::consumer::{AssignedConsumer, Record};
use super::errors::broker_error;
use super::Admin;
use super::{client_config, KctlContext};
use crate::domain::dlq::{DlqRecord, ReplayRecord, H_REPLAY_ID};
use crate::domain::model::BrokerError;
use crate::domain::tail::RecordView;
use crate::ops::ports::{
    Delivered, DlqSource, Event, RecordSource, ReplayCluster, ReplayIndex, ReplaySink,
};
use crate::settings::Settings;

/// librdkafka consumer settings used unless `-X` says otherwise, with why.
const READ_DEFAULTS: &[(&str, &str)] = &[
    // Bounds the end-of-partition round trip (librdkafka's default: 500 ms).
    ("fetch.wait.max.ms", "100"),
    // At most 1 MiB per fetch response (librdkafka's default: 50 MiB): a
    // response must arrive within the socket timeout (`--timeout`), or
    // librdkafka drops the request and asks again from the same offset,
    // forever, on a slow link. DLQs are small; this costs little.
    ("fetch.max.bytes", "1048576"),
    // An offset deleted by retention meanwhile: start from the first record.
    ("auto.offset.reset", "earliest"),
    // A replay scan must not count records of aborted transactions.
    ("isolation.level", "read_committed"),
];

fn user_set(settings: &Settings, key: &str) -> bool {
    settings.kafka_properties.iter().any(|(k, _)| k == key)
}

/// Reads given offset ranges of one topic's partitions, then stops.
pub struct TopicReader {
    consumer: AssignedConsumer,
    /// Without any event for this long the broker is gone.
    stall: Duration,
    /// Partition -> end offset (exclusive) not yet reached.
    remaining: HashMap<i32, i64>,
    last_event: Instant,
}

impl TopicReader {
    pub fn connect(settings: &Settings, topic: &str) -> Result<Self> {
        Ok(TopicReader {
            consumer: AssignedConsumer::build(settings, topic, "dlq", READ_DEFAULTS)?,
            stall: settings.timeout.max(Duration::from_secs(10)) * 3,
            remaining: HashMap::new(),
            last_event: Instant::now(),
        })
    }

    pub fn topic(&self) -> &str {
        self.consumer.topic()
    }

    /// The topic's partition ids, sorted. An unknown topic is an error.
    pub fn partitions(&self) -> Result<Vec<i32>> {
        self.consumer.partitions()
    }

    /// (low, high) watermarks of a partition.
    pub fn watermarks(&self, partition: i32) -> Result<(i64, i64)> {
        let wm = self.consumer.watermarks(partition)?;
        Ok((wm.low, wm.high))
    }

    /// The first offset at or after `ms` in each partition (ListOffsets by
    /// time); `None` where no record is that late.
    pub fn offsets_for_time(&self, ms: i64, partitions: &[i32]) -> Result<Vec<Option<i64>>> {
        self.consumer.offsets_for_time(ms, partitions)
    }

    /// Starts reading `[from, to)` of each partition; empty ranges are
    /// dropped. Replaces any earlier assignment.
    pub fn assign(&mut self, ranges: &[(i32, i64, i64)]) -> Result<()> {
        self.remaining.clear();
        let mut starts = Vec::with_capacity(ranges.len());
        for &(p, from, to) in ranges.iter().filter(|(_, f, t)| f < t) {
            starts.push((p, from));
            self.remaining.insert(p, to);
        }
        self.last_event = Instant::now();
        self.consumer.assign(&starts)
    }

    fn done(&mut self, partition: i32) {
        if self.remaining.remove(&partition).is_some() {
            self.consumer.pause(partition);
        }
    }

    /// The next record inside the assigned ranges, passed through `f`, or
    /// `None` once every range is read.
    pub async fn next<T>(&mut self, mut f: impl FnMut(&Record<'_>) -> T) -> Result<Option<T>> {
        loop {
            if self.remaining.is_empty() {
                return Ok(None);
            }
            enum Ev<T> {
                Rec(i32, i64, T),
                Eof(i32),
                Idle,
                Transient(String),
                Fatal(String),
            }
            let ev = tokio::task::block_in_place(|| {
                match self.consumer.poll(Duration::from_millis(200)) {
                    Event::Idle => Ev::Idle,
                    Event::Record(r) => {
                        let (p, o) = (r.partition(), r.offset());
                        let end = self.remaining.get(&p).copied();
                        if end.is_some_and(|e| o < e) {
                            Ev::Rec(p, o, f(&r))
                        } else {
                            Ev::Eof(p)
                        }
                    }
                    Event::PartitionEnd(p) => Ev::Eof(p),
                    Event::Transient(m) => Ev::Transient(m),
                    Event::Fatal(m) => Ev::Fatal(m),
                }
            });
            match ev {
                Ev::Rec(p, o, t) => {
                    self.last_event = Instant::now();
                    if self.remaining.get(&p).is_some_and(|e| o + 1 >= *e) {
                        self.done(p);
                    }
                    return Ok(Some(t));
                }
                Ev::Eof(p) => {
                    self.last_event = Instant::now();
                    self.done(p);
                }
                Ev::Idle => {
                    if self.last_event.elapsed() > self.stall {
                        return Err(anyhow!(
                            "no progress reading {:?} for {}s: {}",
                            self.topic(),
                            self.stall.as_secs(),
                            self.consumer
                                .last_error()
                                .unwrap_or_else(|| "the broker sent nothing".into())
                        ));
                    }
                }
                Ev::Fatal(m) => return Err(anyhow!(m)),
                Ev::Transient(m) => log::debug!("{m} (retrying)"),
            }
        }
    }
}

/// The last value of header `name`, if present and not null.
fn last_header(r: &Record<'_>, name: &[u8]) -> Option<Vec<u8>> {
    (0..r.header_count())
        .rev()
        .filter_map(|i| r.header(i))
        .find(|(k, _)| *k == name)
        .and_then(|(_, v)| v.map(<[u8]>::to_vec))
}

fn to_record(r: &Record<'_>) -> DlqRecord {
    DlqRecord {
        partition: r.partition(),
        offset: r.offset(),
        timestamp: r.timestamp(),
        key: r.key().map(<[u8]>::to_vec),
        value: r.value().map(<[u8]>::to_vec),
        // Names that are not UTF-8 are read lossily rather than refused.
        headers: (0..r.header_count())
            .filter_map(|i| r.header(i))
            .map(|(k, v)| {
                (
                    String::from_utf8_lossy(k).into_owned(),
                    v.map(<[u8]>::to_vec),
                )
            })
            .collect(),
    }
}

/// A DLQ topic read by assignment.
pub struct DlqReader {
    reader: TopicReader,
}

impl DlqReader {
    pub fn connect(settings: &Settings, dlq: &str) -> Result<Self> {
        Ok(DlqReader {
            reader: TopicReader::connect(settings, dlq)?,
        })
    }
}

impl DlqSource for DlqReader {
    fn extent(&self) -> Result<Vec<(i32, i64, i64)>> {
        let mut out = Vec::new();
        for p in self.reader.partitions()? {
            let (low, high) = self.reader.watermarks(p)?;
            out.push((p, low, high));
        }
        Ok(out)
    }

    fn assign(&mut self, ranges: &[(i32, i64, i64)]) -> Result<()> {
        self.reader.assign(ranges)
    }

    async fn next(&mut self) -> Result<Option<DlqRecord>> {
        self.reader.next(to_record).await
    }
}

/// Finds `kctl-replay-id` headers of one DLQ in the destination topics.
///
/// The first scan of a topic starts, in each partition, at the first record
/// whose timestamp is at or after `since` (ListOffsets by time), or at the
/// beginning when `since` is `None`, and reads up to the high watermark of
/// that moment. Each later scan reads from there to the new high watermark.
pub struct ReplayScanner {
    prefix: String,
    since: Option<i64>,
    topics: Vec<(TopicReader, HashMap<i32, i64>)>,
    started: bool,
}

impl ReplayScanner {
    pub fn new(
        settings: &Settings,
        topics: &[String],
        dlq_prefix: &str,
        since: Option<i64>,
    ) -> Result<Self> {
        let mut readers = Vec::new();
        for t in topics {
            readers.push((TopicReader::connect(settings, t)?, HashMap::new()));
        }
        Ok(ReplayScanner {
            prefix: dlq_prefix.to_string(),
            since,
            topics: readers,
            started: false,
        })
    }
}

impl ReplayIndex for ReplayScanner {
    async fn scan(&mut self, found: &mut HashSet<(String, String)>) -> Result<u64> {
        let mut read = 0u64;
        let first = !self.started;
        self.started = true;
        for (reader, next) in &mut self.topics {
            let parts = reader.partitions()?;
            if first {
                let starts = match self.since {
                    Some(ms) => reader.offsets_for_time(ms, &parts)?,
                    None => vec![None; parts.len()],
                };
                for (p, s) in parts.iter().zip(starts) {
                    let (low, high) = reader.watermarks(*p)?;
                    let start = match (self.since, s) {
                        (None, _) => low,
                        (Some(_), Some(o)) => o.max(low),
                        // No record at or after `since`.
                        (Some(_), None) => high,
                    };
                    next.insert(*p, start);
                }
            }
            let mut ranges = Vec::new();
            for p in &parts {
                let (low, high) = reader.watermarks(*p)?;
                // A partition added since the first scan is read whole.
                let from = next.get(p).copied().unwrap_or(low).max(low);
                ranges.push((*p, from, high));
                next.insert(*p, high.max(from));
            }
            log::debug!("scanning {:?} for replay ids: {:?}", reader.topic(), ranges);
            reader.assign(&ranges)?;
            let topic = reader.topic().to_string();
            while let Some(id) = reader
                .next(|r| last_header(r, H_REPLAY_ID.as_bytes()))
                .await?
            {
                read += 1;
                if let Some(id) = id {
                    if id.starts_with(self.prefix.as_bytes()) {
                        found.insert((topic.clone(), String::from_utf8_lossy(&id).into_owned()));
                    }
                }
            }
        }
        Ok(read)
    }
}

/// The producer that replays: idempotent, `acks=all`, Java-compatible
/// partitioner for records without an explicit partition.
pub struct ReplayProducer {
    producer: FutureProducer<KctlContext>,
    context: KctlContext,
    timeout: Duration,
    transactional: bool,
    in_transaction: bool,
}

/// Producer settings used unless `-X` says otherwise.
const PRODUCE_DEFAULTS: &[(&str, &str)] = &[("linger.ms", "5")];

impl ReplayProducer {
    /// With `transactional_id`, initialises transactions: this fences an
    /// earlier producer with the same id and aborts its open transaction.
    pub fn connect(settings: &Settings, transactional_id: Option<&str>) -> Result<Self> {
        let mut cfg = client_config(settings);
        for (k, v) in PRODUCE_DEFAULTS {
            if !user_set(settings, k) {
                cfg.set(*k, *v);
            }
        }
        if !user_set(settings, "message.timeout.ms") {
            // A delivery that cannot complete in this time is reported failed
            // (and a rerun's scan settles whether it landed).
            let ms = settings.timeout.max(Duration::from_secs(10)).as_millis() * 6;
            cfg.set("message.timeout.ms", ms.to_string());
        }
        // Safety properties, not defaults: -X cannot weaken them.
        cfg.set("enable.idempotence", "true")
            .set("acks", "all")
            .set("partitioner", "murmur2_random");
        if let Some(id) = transactional_id {
            cfg.set("transactional.id", id);
        }
        let context = KctlContext::default();
        let producer: FutureProducer<KctlContext> = cfg
            .create_with_context(context.clone())
            .map_err(|e| anyhow!("invalid Kafka producer configuration: {e}"))?;
        let timeout = settings.timeout.max(Duration::from_secs(10));
        if transactional_id.is_some() {
            tokio::task::block_in_place(|| producer.init_transactions(timeout)).map_err(|e| {
                match context.last_error() {
                    Some(reason) => anyhow!("initialising transactions: {e} ({reason})"),
                    None => anyhow!("initialising transactions: {e}"),
                }
            })?;
        }
        Ok(ReplayProducer {
            producer,
            context,
            timeout,
            transactional: transactional_id.is_some(),
            in_transaction: false,
        })
    }
}

type DeliveryFut =
    Pin<Box<dyn Future<Output = std::result::Result<Delivered, BrokerError>> + Send>>;

impl ReplaySink for ReplayProducer {
    /// Connects to the destinations' leaders before the first record, so
    /// the first sends are not held while connections and the idempotent
    /// producer id are set up (they would then leave in one burst).
    fn warm_up(&mut self, topics: &[String]) {
        let client = self.producer.client();
        for t in topics {
            if let Err(e) =
                tokio::task::block_in_place(|| client.fetch_metadata(Some(t), self.timeout))
            {
                log::debug!("producer metadata for {t:?}: {e}");
            }
        }
        // Connected: from here on a broker lost mid-replay is announced.
        self.context.watch_brokers();
    }

    type Delivery = DeliveryFut;

    fn send(&mut self, r: &ReplayRecord) -> std::result::Result<DeliveryFut, BrokerError> {
        if self.transactional && !self.in_transaction {
            self.producer
                .begin_transaction()
                .map_err(|e| broker_error(format!("begin transaction: {e}")))?;
            self.in_transaction = true;
        }
        let mut headers = OwnedHeaders::new_with_capacity(r.headers.len());
        for (k, v) in &r.headers {
            headers = headers.insert(RdHeader {
                key: k,
                value: v.as_deref(),
            });
        }
        let mut rec: FutureRecord<'_, [u8], [u8]> = FutureRecord::to(&r.topic).headers(headers);
        if let Some(k) = &r.key {
            rec = rec.key(k.as_slice());
        }
        if let Some(v) = &r.value {
            rec = rec.payload(v.as_slice());
        }
        if let Some(p) = r.partition {
            rec = rec.partition(p);
        }
        // Queue full: wait for librdkafka to drain rather than fail.
        let mut rec = rec;
        let started = Instant::now();
        let delivery = loop {
            match self.producer.send_result(rec) {
                Ok(d) => break d,
                Err((KafkaError::MessageProduction(RDKafkaErrorCode::QueueFull), back))
                    if started.elapsed() < self.timeout =>
                {
                    self.producer.poll(Duration::from_millis(50));
                    rec = back;
                }
                Err((e, _)) => return Err(broker_error(e)),
            }
        };
        Ok(Box::pin(async move {
            match delivery.await {
                Ok(Ok(d)) => Ok(Delivered {
                    partition: d.partition,
                    offset: d.offset,
                }),
                Ok(Err((e, _))) => Err(broker_error(e)),
                Err(_) => Err(BrokerError::other(
                    "the producer stopped before reporting delivery",
                )),
            }
        }))
    }

    fn transactional(&self) -> bool {
        self.transactional
    }

    async fn commit(&mut self) -> std::result::Result<(), BrokerError> {
        if !self.transactional {
            return Ok(());
        }
        if !self.in_transaction {
            return Ok(());
        }
        self.in_transaction = false;
        let producer = &self.producer;
        let timeout = self.timeout;
        match tokio::task::block_in_place(|| producer.commit_transaction(timeout)) {
            Ok(()) => Ok(()),
            Err(e) => {
                if let Err(abort) =
                    tokio::task::block_in_place(|| producer.abort_transaction(timeout))
                {
                    log::debug!("abort transaction after a failed commit: {abort}");
                }
                Err(broker_error(e))
            }
        }
    }
}

impl Drop for ReplayProducer {
    fn drop(&mut self) {
        // Deliveries were awaited already; this only bounds the exit.
        let _ = self.producer.flush(Duration::from_millis(100));
    }
}

/// The Kafka side of `dlq replay`.
pub struct KafkaReplay {
    settings: Settings,
    admin: Admin,
    dlq: String,
}

impl KafkaReplay {
    pub fn new(settings: &Settings, dlq: &str) -> Result<Self> {
        Ok(KafkaReplay {
            settings: settings.clone(),
            admin: Admin::connect(settings)?,
            dlq: dlq.to_string(),
        })
    }
}

impl ReplayCluster for KafkaReplay {
    type Source = DlqReader;
    type Index = ReplayScanner;
    type Sink = ReplayProducer;

    async fn partitions(&self, topic: &str) -> Result<i32> {
        let meta = self
            .admin
            .metadata(Some(topic))
            .await
            .map_err(|e| anyhow!("destination {e}"))?;
        let n = meta
            .iter()
            .find(|m| m.name == topic)
            .map_or(0, |m| m.partitions.len() as i32);
        if n == 0 {
            return Err(anyhow!("destination topic {topic:?} does not exist"));
        }
        Ok(n)
    }

    fn source(&self) -> Result<DlqReader> {
        DlqReader::connect(&self.settings, &self.dlq)
    }

    fn index(&self, topics: &[String], prefix: &str, since: Option<i64>) -> Result<ReplayScanner> {
        ReplayScanner::new(&self.settings, topics, prefix, since)
    }

    fn sink(&self, transactional_id: Option<&str>) -> Result<ReplayProducer> {
        ReplayProducer::connect(&self.settings, transactional_id)
    }
}
