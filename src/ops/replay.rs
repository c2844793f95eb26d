//! The DLQ replay loop, written against three traits so that its logic
//! (exactly-once across a kill and rerun, parking, failure accounting) is
//! tested with fakes: a [`DlqSource`] yielding the DLQ records to replay, a
//! [`ReplaySink`] publishing them, and a [`ReplayIndex`] telling which replay ids
//! are already in the destination topics.
//!
//! # Exactly once without transactions
//!
//! Every record kctl writes carries `kctl-replay-id: <dlq>/<partition>/<offset>`.
//! Before sending anything, a run scans the destination topics for that header
//! ([`ReplayIndex::scan`]) and skips every entry already there, whoever wrote
//! it and whenever. The producer is idempotent (`enable.idempotence`,
//! `acks=all`), so librdkafka's internal retries never duplicate a record
//! within a run. A run killed at any moment leaves each entry either in the
//! destination (found by the next run's scan) or not (sent by the next run).
//!
//! The one window left is a record the killed process had already handed to
//! the network: it may land after the next run's first scan. So a run scans,
//! waits `settle` (see [`settle`]), and scans the new tail again before
//! sending. With `--transactions` the predecessor is fenced instead: the
//! transactional producer's `init_transactions` aborts its open transaction
//! and the scan reads committed records only, so no wait is needed.

use std::collections::{BTreeMap, HashMap, HashSet, VecDeque};
use std::future::Future;
use std::time::Duration;

use anyhow::{bail, Result};

use crate::domain::model::{BrokerError, BrokerErrorKind};
use crate::exit::{CodedError, Outcome};
use crate::ops::ports::{Delivered, DlqSource, ReplayCluster, ReplayIndex, ReplaySink};

use crate::domain::dlq::{
    self, Action, Entry, Failure, Parked, PlanEntry, PlanError, ReplayOptions, ReplayPlan,
    ReplayReport, ScanInfo, Stamp,
};

/// Waits until `until`, then scans the destinations' new tail once more, so
/// a record a killed predecessor had in flight is seen before anything is
/// sent. Returns the records read.
pub async fn settle<I: ReplayIndex>(
    index: &mut I,
    found: &mut HashSet<(String, String)>,
    until: tokio::time::Instant,
) -> Result<u64> {
    tokio::time::sleep_until(until).await;
    index.scan(found).await
}

#[derive(Debug, Clone)]
pub struct ExecOptions {
    /// Records per second; `None`: as fast as the producer goes.
    pub rate: Option<f64>,
    /// Records per transaction (transactional sinks).
    pub commit_every: usize,
    /// Deliveries awaited at most at once.
    pub max_in_flight: usize,
}

impl Default for ExecOptions {
    fn default() -> Self {
        ExecOptions {
            rate: None,
            commit_every: 500,
            max_in_flight: 10_000,
        }
    }
}

/// The entries a run must read from the DLQ and write: not already in
/// their destination, and with one (parked entries without `--park-topic`
/// are only reported).
pub fn work(plan: &ReplayPlan) -> impl Iterator<Item = &PlanEntry> {
    plan.entries
        .iter()
        .filter(|e| !e.already_replayed && e.action.destination().is_some())
}

/// Per DLQ partition, the first and last offset the run has to read.
pub fn read_ranges(plan: &ReplayPlan) -> BTreeMap<i32, (i64, i64)> {
    let mut out: BTreeMap<i32, (i64, i64)> = BTreeMap::new();
    for e in work(plan) {
        let r = out.entry(e.partition).or_insert((e.offset, e.offset));
        r.0 = r.0.min(e.offset);
        r.1 = r.1.max(e.offset);
    }
    out
}

struct Run<'p> {
    report: ReplayReport,
    /// Delivered but not yet committed (transactional sinks).
    uncommitted: Vec<&'p PlanEntry>,
}

impl<'p> Run<'p> {
    fn count(&mut self, e: &'p PlanEntry) {
        match &e.action {
            Action::Replay { topic, .. } => {
                self.report.replayed += 1;
                *self.report.by_topic.entry(topic.clone()).or_insert(0) += 1;
            }
            Action::Park { topic, .. } => {
                self.report.parked += 1;
                self.report.parked_entries.push(Parked {
                    replay_id: e.replay_id.clone(),
                    replay_count: e.replay_count,
                    topic: topic.clone(),
                    error_class: e.error_class.clone(),
                });
            }
            // execute() refuses a plan with such entries before sending.
            Action::NeedsTo => {}
        }
    }

    fn fail(&mut self, e: &PlanEntry, error: BrokerError) {
        self.report.failed += 1;
        self.report.failures.push(Failure {
            replay_id: e.replay_id.clone(),
            topic: e.action.destination().map(str::to_string),
            error: error.message,
            kind: error.kind,
        });
    }
}

/// Replays the plan's entries that are not already in their destination:
/// reads them from `source`, sends them through `sink` at most `rate` per
/// second, and accounts for every selected entry in the report. Stops early
/// on Ctrl-C (the report says `interrupted`) after awaiting what was sent.
pub async fn execute<S: DlqSource, K: ReplaySink>(
    plan: &ReplayPlan,
    run_id: &str,
    source: &mut S,
    sink: &mut K,
    opts: &ExecOptions,
    on_progress: &mut dyn FnMut(&ReplayReport),
) -> Result<ReplayReport> {
    let stamp = Stamp {
        dlq: &plan.dlq,
        run_id,
    };
    let mut run = Run {
        report: ReplayReport {
            dlq: plan.dlq.clone(),
            run_id: run_id.to_string(),
            selected: plan.selected,
            ..Default::default()
        },
        uncommitted: Vec::new(),
    };
    for e in &plan.entries {
        if e.already_replayed {
            run.report.skipped_already_replayed += 1;
        } else if e.action.destination().is_none() {
            run.count(e);
        }
    }
    on_progress(&run.report);

    let mut todo: HashMap<(i32, i64), &PlanEntry> =
        work(plan).map(|e| ((e.partition, e.offset), e)).collect();
    let mut pending: VecDeque<(&PlanEntry, K::Delivery)> = VecDeque::new();
    let transactional = sink.transactional();
    let start = tokio::time::Instant::now();
    let mut sent: u64 = 0;
    let mut since_commit = 0usize;
    let mut stop: Option<BrokerError> = None;

    while !todo.is_empty() {
        if crate::ops::interrupt::requested() {
            run.report.interrupted = true;
            break;
        }
        let rec = match source.next().await {
            Ok(Some(r)) => r,
            Ok(None) => break,
            Err(e) => {
                stop = Some(BrokerError::other(format!("reading the DLQ failed: {e:#}")));
                break;
            }
        };
        let Some(entry) = todo.remove(&(rec.partition, rec.offset)) else {
            continue;
        };
        let out = match &entry.action {
            Action::Replay {
                topic, partition, ..
            } => {
                let d = dlq::detect(&rec.headers);
                dlq::replay_record(&rec, &d, topic, *partition, &stamp)
            }
            Action::Park {
                topic: Some(t),
                reason,
            } => dlq::park_record(&rec, t, reason, &stamp),
            // work() only yields entries with a destination.
            Action::Park { topic: None, .. } | Action::NeedsTo => continue,
        };
        if let Some(rate) = opts.rate.filter(|r| *r > 0.0) {
            let due = start + Duration::from_secs_f64(sent as f64 / rate);
            tokio::time::sleep_until(due).await;
        }
        match sink.send(&out) {
            Ok(delivery) => pending.push_back((entry, delivery)),
            Err(e) => run.fail(entry, e),
        }
        sent += 1;
        since_commit += 1;
        while pending.len() >= opts.max_in_flight.max(1) {
            settle_one(&mut run, &mut pending, transactional).await;
            on_progress(&run.report);
        }
        if transactional && since_commit >= opts.commit_every.max(1) {
            since_commit = 0;
            if let Err(e) = commit(&mut run, &mut pending, sink).await {
                stop = Some(e);
                break;
            }
            on_progress(&run.report);
        }
    }
    // Everything handed to the producer is accounted for before reporting.
    while !pending.is_empty() {
        settle_one(&mut run, &mut pending, transactional).await;
        on_progress(&run.report);
    }
    if stop.is_none() {
        if let Err(e) = commit(&mut run, &mut pending, sink).await {
            stop = Some(e);
        }
    }
    if !run.report.interrupted {
        let mut left: Vec<&PlanEntry> = todo.into_values().collect();
        left.sort_by_key(|e| (e.partition, e.offset));
        for e in left {
            let why = match &stop {
                Some(s) => BrokerError {
                    kind: s.kind,
                    message: format!("not attempted: {}", s.message),
                },
                None => BrokerError::other("no longer in the DLQ (deleted by retention?)"),
            };
            run.fail(e, why);
        }
    }
    on_progress(&run.report);
    Ok(run.report)
}

async fn settle_one<'p, D>(
    run: &mut Run<'p>,
    pending: &mut VecDeque<(&'p PlanEntry, D)>,
    transactional: bool,
) where
    D: Future<Output = std::result::Result<Delivered, BrokerError>>,
{
    let Some((entry, delivery)) = pending.pop_front() else {
        return;
    };
    match delivery.await {
        Ok(_) if transactional => run.uncommitted.push(entry),
        Ok(_) => run.count(entry),
        Err(e) => run.fail(entry, e),
    }
}

async fn commit<'p, K: ReplaySink>(
    run: &mut Run<'p>,
    pending: &mut VecDeque<(&'p PlanEntry, K::Delivery)>,
    sink: &mut K,
) -> std::result::Result<(), BrokerError> {
    while !pending.is_empty() {
        settle_one(run, pending, true).await;
    }
    let done = std::mem::take(&mut run.uncommitted);
    match sink.commit().await {
        Ok(()) => {
            for e in done {
                run.count(e);
            }
            Ok(())
        }
        Err(err) => {
            for e in done {
                run.fail(
                    e,
                    BrokerError {
                        kind: err.kind,
                        message: format!("transaction not committed: {}", err.message),
                    },
                );
            }
            Err(BrokerError {
                kind: err.kind,
                message: format!("transaction commit failed: {}", err.message),
            })
        }
    }
}

/// Allowance for clock differences between the DLQ's producer and the host
/// of an earlier replay, below the oldest selected entry's DLQ timestamp.
pub const SCAN_SKEW_MS: i64 = 10 * 60 * 1000;

/// What `dlq replay` was asked to do.
#[derive(Debug, Clone)]
pub struct ReplayRequest {
    pub plan: ReplayOptions,
    /// `--scan-from`: `Some(None)` for the beginning; `None`: [`SCAN_SKEW_MS`]
    /// before the oldest selected entry.
    pub scan_from: Option<Option<i64>>,
    /// `--execute`: records will be sent.
    pub execute: bool,
    pub transactions: bool,
    /// How long after the first scan the second one starts.
    pub settle: Duration,
}

/// A replay plan with the destinations scanned for earlier replays, and what
/// the run goes on with.
pub struct Prepared<C: ReplayCluster> {
    pub plan: ReplayPlan,
    index: C::Index,
    found: HashSet<(String, String)>,
    scan_done: tokio::time::Instant,
    scan_topics: Vec<String>,
    sink: Option<C::Sink>,
}

/// The transactional id of a replay of `dlq`: one per DLQ, so that a run
/// fences a killed earlier run of the same replay.
pub fn transactional_id(dlq: &str) -> String {
    format!("kctl-dlq-replay.{dlq}")
}

/// Computes the plan: each selected entry's fate, and which entries are
/// already in their destination. With transactions (and `--execute`) the
/// producer comes first: `init_transactions` fences a killed earlier run and
/// aborts its open transaction before the scan.
pub async fn prepare<C: ReplayCluster>(
    cluster: &C,
    entries: &[Entry],
    selection: Vec<String>,
    req: &ReplayRequest,
) -> Result<Prepared<C>> {
    let usage = |e: PlanError| CodedError::usage(e.to_string());
    let mut partitions = HashMap::new();
    for t in dlq::destinations(entries, &req.plan).map_err(usage)? {
        let n = cluster.partitions(&t).await?;
        partitions.insert(t, n);
    }
    let mut plan = dlq::build_plan(entries, &req.plan, selection, &partitions).map_err(usage)?;
    let sink = if req.execute && req.transactions {
        Some(cluster.sink(Some(&transactional_id(&req.plan.dlq)))?)
    } else {
        None
    };
    let mut scan_topics = plan.scan_topics();
    // With --to elsewhere, an earlier replay of an entry may sit in its
    // origin topic: scanned too, so the plan can warn. An origin that no
    // longer exists holds no replay.
    for t in plan.origin_topics() {
        if scan_topics.contains(&t) {
            continue;
        }
        match cluster.partitions(&t).await {
            Ok(_) => scan_topics.push(t),
            Err(e) => log::debug!("not scanning origin {t:?} for earlier replays: {e:#}"),
        }
    }
    let since = match req.scan_from {
        Some(explicit) => explicit,
        None => plan.scan_since(SCAN_SKEW_MS),
    };
    let mut found = HashSet::new();
    let mut index = cluster.index(&scan_topics, &dlq::replay_id_prefix(&req.plan.dlq), since)?;
    let mut scanned = 0;
    if !scan_topics.is_empty() {
        scanned = index.scan(&mut found).await?;
    }
    let scan_done = tokio::time::Instant::now();
    plan.mark_already(&found);
    plan.scan = (!scan_topics.is_empty()).then_some(ScanInfo {
        records_scanned: scanned,
        since,
    });
    Ok(Prepared {
        plan,
        index,
        found,
        scan_done,
        scan_topics,
        sink,
    })
}

/// Sends what the prepared plan says. Without transactions it first waits
/// until `settle` after the first scan and scans the new tail again (see the
/// module documentation); `late` hears how many more entries that found
/// already replayed.
pub async fn run<C: ReplayCluster>(
    cluster: &C,
    prepared: Prepared<C>,
    req: &ReplayRequest,
    exec: &ExecOptions,
    late: &mut dyn FnMut(u64),
    on_progress: &mut dyn FnMut(&ReplayReport),
) -> Result<ReplayReport> {
    let Prepared {
        mut plan,
        mut index,
        mut found,
        scan_done,
        scan_topics,
        sink,
    } = prepared;
    if let Some(refusal) = plan.refusal() {
        bail!(refusal);
    }
    let mut sink = match sink {
        Some(s) => s,
        None => cluster.sink(None)?,
    };
    sink.warm_up(&scan_topics);
    let work = plan.to_replay + plan.to_park;
    if work > 0 && !req.transactions && !scan_topics.is_empty() {
        let extra = settle(&mut index, &mut found, scan_done + req.settle).await?;
        if let Some(s) = plan.scan.as_mut() {
            s.records_scanned += extra;
        }
        let before = plan.already_replayed;
        plan.mark_already(&found);
        if plan.already_replayed > before {
            late(plan.already_replayed - before);
        }
    }
    drop(index);
    let mut source = cluster.source()?;
    let ranges: Vec<(i32, i64, i64)> = read_ranges(&plan)
        .into_iter()
        .map(|(p, (lo, hi))| (p, lo, hi + 1))
        .collect();
    source.assign(&ranges)?;
    crate::ops::interrupt::handle_myself();
    let report = execute(&plan, &run_id(), &mut source, &mut sink, exec, on_progress).await?;
    drop(sink);
    Ok(report)
}

/// A run's id: when it started, and a few random-ish bits, e.g.
/// `20260101T120000Z-3fa2c`.
pub fn run_id() -> String {
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.subsec_nanos())
        .unwrap_or(0);
    format!(
        "{}-{:05x}",
        chrono::Utc::now().format("%Y%m%dT%H%M%SZ"),
        (nanos ^ std::process::id().rotate_left(11)) & 0xfffff
    )
}

/// The exit of a replay: interrupted (130), partial (4) when some entries
/// failed, an error when every one did (with what to do about it).
pub fn outcome(report: &ReplayReport, transactions: bool) -> Result<Outcome> {
    if report.interrupted {
        return Ok(Outcome::Interrupted);
    }
    if report.failed == 0 {
        return Ok(Outcome::Ok);
    }
    let ok = report.replayed + report.parked + report.skipped_already_replayed;
    if ok > 0 {
        return Ok(Outcome::Partial);
    }
    let first = report.failures.first();
    let unsupported = first.is_some_and(|f| f.kind == BrokerErrorKind::Unsupported);
    let first = first.map_or("", |f| f.error.as_str());
    if transactions && unsupported {
        bail!(
            "all {} entr(ies) failed: the broker does not support transactions ({first}); \
             run again without --transactions",
            report.failed
        );
    }
    bail!(
        "all {} entr(ies) failed (first: {first}); run the same command again to retry (entries that did land are skipped)",
        report.failed
    );
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::dlq::{
        build_plan, DlqRecord, Entry, ReplayOptions, ReplayRecord, H_REPLAY_ID,
    };
    use std::pin::Pin;
    use std::sync::{Arc, Mutex};

    /// Replays everything the plan says, with default options.
    async fn replay_all<S: DlqSource, K: ReplaySink>(
        plan: &ReplayPlan,
        run: &str,
        source: &mut S,
        sink: &mut K,
    ) -> ReplayReport {
        execute(
            plan,
            run,
            source,
            sink,
            &ExecOptions::default(),
            &mut |_| {},
        )
        .await
        .unwrap()
    }

    struct FakeSource {
        records: VecDeque<DlqRecord>,
    }

    impl DlqSource for FakeSource {
        fn extent(&self) -> Result<Vec<(i32, i64, i64)>> {
            unreachable!("the replay loop reads what it is given")
        }
        fn assign(&mut self, _: &[(i32, i64, i64)]) -> Result<()> {
            unreachable!("the replay loop reads what it is given")
        }
        async fn next(&mut self) -> Result<Option<DlqRecord>> {
            Ok(self.records.pop_front())
        }
    }

    /// A topic log shared by the fake sink and index: what "the broker" holds.
    type Log = Arc<Mutex<Vec<ReplayRecord>>>;

    /// A producer that dies: after `die_after` sends, further records are
    /// lost (or, with `in_flight_lands`, land without a delivery report) and
    /// their deliveries never resolve, like a process killed mid-run.
    struct FakeSink {
        log: Log,
        sends: usize,
        die_after: usize,
        in_flight_lands: bool,
        killed: Arc<tokio::sync::Notify>,
        fail_ids: Vec<String>,
        transactional: bool,
        commits: usize,
        fail_commit: bool,
    }

    impl FakeSink {
        fn new(log: &Log) -> Self {
            FakeSink {
                log: log.clone(),
                sends: 0,
                die_after: usize::MAX,
                in_flight_lands: false,
                killed: Arc::new(tokio::sync::Notify::new()),
                fail_ids: Vec::new(),
                transactional: false,
                commits: 0,
                fail_commit: false,
            }
        }
    }

    type Fut = Pin<Box<dyn Future<Output = std::result::Result<Delivered, BrokerError>>>>;

    impl ReplaySink for FakeSink {
        type Delivery = Fut;

        fn send(&mut self, r: &ReplayRecord) -> std::result::Result<Fut, BrokerError> {
            self.sends += 1;
            if self.sends > self.die_after {
                if self.in_flight_lands {
                    self.log.lock().unwrap().push(r.clone());
                }
                self.killed.notify_one();
                return Ok(Box::pin(std::future::pending()));
            }
            if self.fail_ids.contains(&r.replay_id) {
                return Ok(Box::pin(async {
                    Err(BrokerError::other("Broker: Message too large"))
                }));
            }
            let mut log = self.log.lock().unwrap();
            log.push(r.clone());
            let offset = log.len() as i64 - 1;
            Ok(Box::pin(async move {
                Ok(Delivered {
                    partition: 0,
                    offset,
                })
            }))
        }

        fn transactional(&self) -> bool {
            self.transactional
        }

        async fn commit(&mut self) -> std::result::Result<(), BrokerError> {
            self.commits += 1;
            if self.fail_commit {
                return Err(BrokerError::other("Broker: Unsupported feature"));
            }
            Ok(())
        }
    }

    struct FakeIndex {
        log: Log,
        read: usize,
    }

    impl ReplayIndex for FakeIndex {
        async fn scan(&mut self, found: &mut HashSet<(String, String)>) -> Result<u64> {
            let log = self.log.lock().unwrap();
            let new = &log[self.read..];
            for r in new {
                if let Some((_, Some(v))) = r.headers.iter().rev().find(|(k, _)| k == H_REPLAY_ID) {
                    found.insert((r.topic.clone(), String::from_utf8_lossy(v).into_owned()));
                }
            }
            let n = new.len() as u64;
            self.read = log.len();
            Ok(n)
        }
    }

    fn dlq_records(n: i64) -> Vec<DlqRecord> {
        (0..n)
            .map(|o| DlqRecord {
                partition: (o % 2) as i32,
                offset: o,
                timestamp: Some(1_000 + o),
                key: Some(format!("k{o}").into_bytes()),
                value: Some(vec![o as u8, 0, 255]),
                headers: {
                    let mut h = vec![
                        ("user".to_string(), Some(b"u".to_vec())),
                        (
                            "kafka_dlt-original-topic".to_string(),
                            Some(b"orders".to_vec()),
                        ),
                        (
                            "kafka_dlt-original-partition".to_string(),
                            Some(0i32.to_be_bytes().to_vec()),
                        ),
                    ];
                    if o % 5 == 4 {
                        h.push(("kctl-replay-count".to_string(), Some(b"1".to_vec())));
                    }
                    h
                },
            })
            .collect()
    }

    fn plan_for(records: &[DlqRecord], park: Option<&str>) -> ReplayPlan {
        let entries: Vec<Entry> = records.iter().map(Entry::from_record).collect();
        let opts = ReplayOptions {
            dlq: "orders.DLT".into(),
            to: None,
            max_replays: 1,
            park_topic: park.map(str::to_string),
        };
        let parts = HashMap::from([("orders".to_string(), 2), ("parked".to_string(), 1)]);
        build_plan(&entries, &opts, vec![], &parts).unwrap()
    }

    async fn scanned_plan(records: &[DlqRecord], log: &Log, park: Option<&str>) -> ReplayPlan {
        let mut plan = plan_for(records, park);
        let mut found = HashSet::new();
        FakeIndex {
            log: log.clone(),
            read: 0,
        }
        .scan(&mut found)
        .await
        .unwrap();
        plan.mark_already(&found);
        plan
    }

    fn source(records: &[DlqRecord]) -> FakeSource {
        FakeSource {
            records: records.iter().cloned().collect(),
        }
    }

    fn ids_in(log: &Log) -> Vec<String> {
        let mut v: Vec<String> = log
            .lock()
            .unwrap()
            .iter()
            .map(|r| r.replay_id.clone())
            .collect();
        v.sort();
        v
    }

    #[tokio::test]
    async fn replays_everything_once_and_parks_at_the_limit() {
        let records = dlq_records(10);
        let log: Log = Arc::default();
        let plan = scanned_plan(&records, &log, None).await;
        let mut sink = FakeSink::new(&log);
        let mut progress_calls = 0;
        let report = execute(
            &plan,
            "run1",
            &mut source(&records),
            &mut sink,
            &ExecOptions::default(),
            &mut |_| progress_calls += 1,
        )
        .await
        .unwrap();
        assert_eq!(
            (
                report.replayed,
                report.parked,
                report.failed,
                report.skipped_already_replayed
            ),
            (8, 2, 0, 0)
        );
        assert_eq!(report.parked_entries[0].replay_id, "orders.DLT/0/4");
        assert_eq!(report.parked_entries[0].topic, None);
        assert_eq!(report.by_topic["orders"], 8);
        assert_eq!(ids_in(&log).len(), 8);
        assert!(progress_calls > 1);
        // The written record is the replay of the DLQ record.
        let first = log.lock().unwrap()[0].clone();
        assert_eq!(first.value, Some(vec![0, 0, 255]));
        assert_eq!(first.partition, Some(0));
        assert_eq!(first.headers[0], ("user".to_string(), Some(b"u".to_vec())));
    }

    #[tokio::test]
    async fn a_second_run_skips_everything_already_replayed() {
        let records = dlq_records(6);
        let log: Log = Arc::default();
        let plan = scanned_plan(&records, &log, Some("parked")).await;
        replay_all(&plan, "r1", &mut source(&records), &mut FakeSink::new(&log)).await;
        let plan = scanned_plan(&records, &log, Some("parked")).await;
        assert_eq!(
            (plan.to_replay, plan.to_park, plan.already_replayed),
            (0, 0, 6)
        );
        let report = replay_all(&plan, "r2", &mut source(&records), &mut FakeSink::new(&log)).await;
        assert_eq!((report.replayed, report.skipped_already_replayed), (0, 6));
        assert_eq!(log.lock().unwrap().len(), 6);
        // The parked entry went to the park topic, with its replay id.
        let parked: Vec<_> = log
            .lock()
            .unwrap()
            .iter()
            .filter(|r| r.topic == "parked")
            .map(|r| r.replay_id.clone())
            .collect();
        assert_eq!(parked, vec!["orders.DLT/0/4".to_string()]);
    }

    /// The kill-and-rerun property against fakes: the run dies after k sends
    /// (records in flight either lost or landed without a delivery report),
    /// the rerun scans the log and completes, and every selected entry is in
    /// the destination exactly once, for every k.
    #[tokio::test]
    async fn killed_at_any_point_then_rerun_gives_exactly_once() {
        let records = dlq_records(12);
        for die_after in 0..12 {
            for in_flight_lands in [false, true] {
                let log: Log = Arc::default();
                let plan = scanned_plan(&records, &log, Some("parked")).await;
                let mut sink = FakeSink::new(&log);
                sink.die_after = die_after;
                sink.in_flight_lands = in_flight_lands;
                let killed = sink.killed.clone();
                let mut src = source(&records);
                let opts = ExecOptions {
                    max_in_flight: 3,
                    ..Default::default()
                };
                let mut progress = |_: &ReplayReport| {};
                tokio::select! {
                    r = execute(&plan, "r1", &mut src, &mut sink, &opts, &mut progress) => {
                        panic!("run should have died after {die_after} sends: {r:?}")
                    }
                    _ = killed.notified() => {}
                }
                let plan = scanned_plan(&records, &log, Some("parked")).await;
                let report =
                    replay_all(&plan, "r2", &mut source(&records), &mut FakeSink::new(&log)).await;
                let expected: Vec<String> = {
                    let mut v: Vec<String> = records
                        .iter()
                        .map(|r| format!("orders.DLT/{}/{}", r.partition, r.offset))
                        .collect();
                    v.sort();
                    v
                };
                assert_eq!(
                    ids_in(&log),
                    expected,
                    "die_after={die_after} lands={in_flight_lands}"
                );
                assert_eq!(
                    report.replayed + report.parked + report.skipped_already_replayed,
                    12,
                    "{report:?}"
                );
                assert_eq!(report.failed, 0);
            }
        }
    }

    #[tokio::test]
    async fn delivery_failures_are_reported_and_counted() {
        let records = dlq_records(4);
        let log: Log = Arc::default();
        let plan = scanned_plan(&records, &log, None).await;
        let mut sink = FakeSink::new(&log);
        sink.fail_ids = vec!["orders.DLT/1/1".into()];
        let report = replay_all(&plan, "r", &mut source(&records), &mut sink).await;
        assert_eq!((report.replayed, report.failed), (3, 1));
        assert_eq!(report.failures[0].replay_id, "orders.DLT/1/1");
        assert!(report.failures[0].error.contains("too large"));
    }

    #[tokio::test]
    async fn entries_missing_from_the_dlq_fail_with_a_reason() {
        let records = dlq_records(4);
        let log: Log = Arc::default();
        let plan = scanned_plan(&records, &log, None).await;
        // Offset 2 was deleted by retention between planning and replay.
        let remaining: Vec<DlqRecord> = records.iter().filter(|r| r.offset != 2).cloned().collect();
        let report = replay_all(
            &plan,
            "r",
            &mut source(&remaining),
            &mut FakeSink::new(&log),
        )
        .await;
        assert_eq!((report.replayed, report.failed), (3, 1));
        assert!(report.failures[0].error.contains("no longer in the DLQ"));
    }

    #[tokio::test]
    async fn transactional_sinks_count_on_commit_and_fail_the_batch_when_it_fails() {
        let records = dlq_records(4);
        let log: Log = Arc::default();
        let plan = scanned_plan(&records, &log, None).await;
        let mut sink = FakeSink::new(&log);
        sink.transactional = true;
        let opts = ExecOptions {
            commit_every: 2,
            ..Default::default()
        };
        let report = execute(
            &plan,
            "r",
            &mut source(&records),
            &mut sink,
            &opts,
            &mut |_| {},
        )
        .await
        .unwrap();
        assert_eq!((report.replayed, report.failed), (4, 0));
        assert_eq!(sink.commits, 3); // two full batches, then the final commit

        let log: Log = Arc::default();
        let mut sink = FakeSink::new(&log);
        sink.transactional = true;
        sink.fail_commit = true;
        let report = execute(
            &plan,
            "r",
            &mut source(&records),
            &mut sink,
            &opts,
            &mut |_| {},
        )
        .await
        .unwrap();
        assert_eq!((report.replayed, report.failed), (0, 4));
        assert!(report.failures[0]
            .error
            .contains("transaction not committed"));
        assert!(
            report.failures[3].error.contains("not attempted"),
            "{:?}",
            report.failures
        );
    }

    #[tokio::test]
    async fn the_rate_limit_spaces_sends() {
        let records = dlq_records(6);
        let log: Log = Arc::default();
        let plan = scanned_plan(&records, &log, None).await;
        let opts = ExecOptions {
            rate: Some(50.0),
            ..Default::default()
        };
        let start = std::time::Instant::now();
        execute(
            &plan,
            "r",
            &mut source(&records),
            &mut FakeSink::new(&log),
            &opts,
            &mut |_| {},
        )
        .await
        .unwrap();
        // 4 replayed records at 50/s: the last is due 60 ms after the first.
        assert!(
            start.elapsed() >= Duration::from_millis(60),
            "{:?}",
            start.elapsed()
        );
    }

    #[test]
    fn read_ranges_cover_only_work_left() {
        let records = dlq_records(6);
        let mut plan = plan_for(&records, None);
        plan.mark_already(&HashSet::from([(
            "orders".to_string(),
            "orders.DLT/0/0".to_string(),
        )]));
        // Offset 4 is parked without a park topic: nothing to read.
        assert_eq!(
            read_ranges(&plan),
            BTreeMap::from([(0, (2, 2)), (1, (1, 5))])
        );
    }

    #[test]
    fn run_ids_are_distinct_and_timestamped() {
        let a = run_id();
        assert!(a.len() > 16 && a.contains('T') && a.contains('-'), "{a}");
    }
}
