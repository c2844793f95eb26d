//! `kctl lag`: one lag report collected through [`GroupsApi`] with batched
//! requests (ListGroups, then OffsetFetch for every group at once alongside
//! DescribeGroups and Metadata, then one ListOffsets for all partitions), and
//! the watch loop (refresh, rates, `--fail-above` with `--for`) written over a
//! clock and a sink so it runs against a fake clock in tests.

use std::future::Future;
use std::time::{Duration, Instant};

use anyhow::{bail, Context as _, Result};

use super::groups::describe_warning;
use super::ports::{GroupsApi, OffsetSpec, WatchSink, WatchStatus};
use crate::domain::groups::{GroupDescription, GroupState};
use crate::domain::lag::{
    lag_report, needed_partitions, GroupInput, LagReport, Members, RateTracker, Sustained,
};
use crate::domain::model::BrokerError;
use crate::domain::suggest;
use crate::exit::Outcome;

/// What `kctl lag` was asked for.
#[derive(Debug, Clone, Default)]
pub struct LagRequest {
    /// Named groups; empty means every group the cluster lists.
    pub groups: Vec<String>,
    /// `--topic` filter; empty means every topic.
    pub topics: Vec<String>,
    /// Do not send DescribeGroups: owners and member counts stay unknown.
    pub skip_members: bool,
}

/// Collects one lag report. Named groups survive a failed ListGroups (their
/// state is then unknown); listing every group does not.
pub async fn collect<A: GroupsApi>(api: &A, req: &LagRequest) -> Result<LagReport> {
    let explicit = !req.groups.is_empty();
    let mut warnings = Vec::new();
    let listing = match api.list_groups().await {
        Ok(l) => {
            warnings.extend(l.warnings);
            Some(l.groups)
        }
        Err(e) if explicit => {
            warnings.push(format!(
                "cannot list groups ({e:#}): group states are unknown"
            ));
            None
        }
        Err(e) => return Err(e.context("listing consumer groups")),
    };
    let names: Vec<String> = if explicit {
        let mut seen = std::collections::HashSet::new();
        req.groups
            .iter()
            .filter(|g| seen.insert(g.as_str()))
            .cloned()
            .collect()
    } else {
        let mut n: Vec<String> = listing.iter().flatten().map(|g| g.group.clone()).collect();
        n.sort();
        n
    };

    let describe = async {
        if req.skip_members || names.is_empty() {
            None
        } else {
            Some(api.describe_groups(&names).await)
        }
    };
    let (committed, described, metadata) = tokio::join!(
        api.committed_offsets(&names),
        describe,
        api.topic_partitions()
    );
    let committed = committed.context("fetching committed offsets")?;
    let metadata = metadata.context("fetching topic metadata")?;
    let described: Vec<Option<Result<GroupDescription, BrokerError>>> = match described {
        None => vec![None; names.len()],
        Some(Ok(v)) => v.into_iter().map(Some).collect(),
        Some(Err(e)) => vec![Some(Err(BrokerError::other(format!("{e:#}")))); names.len()],
    };
    warnings.extend(describe_warning(&names, &described));

    let inputs: Vec<GroupInput> = names
        .iter()
        .zip(described)
        .zip(committed)
        .map(|((name, described), committed)| {
            let entry = listing
                .as_ref()
                .and_then(|l| l.iter().find(|g| &g.group == name));
            let listed_state = entry.map_or(GroupState::Unknown, |g| g.state);
            let (state, members) = match described {
                None => (
                    listed_state,
                    Members::Unknown("member lookup skipped (--skip-members)".into()),
                ),
                Some(Ok(d)) => (
                    if d.state == GroupState::Unknown {
                        listed_state
                    } else {
                        d.state
                    },
                    Members::Known(d.members),
                ),
                Some(Err(e)) => (listed_state, Members::Unknown(e.message)),
            };
            GroupInput {
                group: name.clone(),
                state,
                // Without a listing, "not listed" cannot be claimed.
                listed: listing.is_none() || entry.is_some(),
                explicit,
                members,
                committed,
            }
        })
        .collect();

    // A misspelt --topic must not read as "no lag" to an alert.
    let unknown: Vec<&String> = req
        .topics
        .iter()
        .filter(|t| !metadata.contains_key(*t))
        .collect();
    if let [one] = unknown.as_slice() {
        let names = metadata.keys().map(String::as_str);
        bail!(
            "topic {one:?} does not exist in the cluster{}",
            suggest::did_you_mean(one, names)
        );
    }
    if !unknown.is_empty() {
        let list: Vec<String> = unknown.iter().map(|t| format!("{t:?}")).collect();
        bail!("topics {} do not exist in the cluster", list.join(", "));
    }

    let needed = needed_partitions(&inputs, &req.topics, &metadata);
    let log_ends = api
        .list_offsets(&needed, OffsetSpec::Latest)
        .await
        .context("fetching log end offsets")?;
    let mut report = lag_report(&inputs, &req.topics, &metadata, &log_ends);
    // A named group the cluster does not know is an error for the whole
    // command: no table row, no JSON entry, no Prometheus sample for it.
    let missing: Vec<String> = report
        .groups
        .iter()
        .filter(|g| g.not_found)
        .map(|g| format!("{:?}", g.group))
        .collect();
    if !missing.is_empty() {
        bail!(
            "consumer group not found: {} (the cluster does not list {} and {} no committed offsets)",
            missing.join(", "),
            if missing.len() == 1 { "it" } else { "them" },
            if missing.len() == 1 { "it has" } else { "they have" }
        );
    }
    report.warnings = warnings;
    Ok(report)
}

/// Something that produces lag reports (the cluster, or a fake).
pub trait LagSource: Sync {
    fn snapshot(&self) -> impl Future<Output = Result<LagReport>> + Send;
}

/// [`collect`] against a live API, stamping each report with the wall-clock time.
pub struct Collector<'a, A> {
    pub api: &'a A,
    pub request: &'a LagRequest,
}

impl<A: GroupsApi> LagSource for Collector<'_, A> {
    async fn snapshot(&self) -> Result<LagReport> {
        let mut report = collect(self.api, self.request).await?;
        report.timestamp = Some(chrono::Utc::now().timestamp_millis());
        Ok(report)
    }
}

/// A monotonic clock that can sleep.
pub trait Clock: Sync {
    fn now(&self) -> Duration;
    fn sleep(&self, d: Duration) -> impl Future<Output = ()> + Send;
}

/// The real clock.
pub struct SystemClock(Instant);

impl SystemClock {
    pub fn new() -> Self {
        SystemClock(Instant::now())
    }
}

impl Default for SystemClock {
    fn default() -> Self {
        Self::new()
    }
}

impl Clock for SystemClock {
    fn now(&self) -> Duration {
        self.0.elapsed()
    }

    async fn sleep(&self, d: Duration) {
        tokio::time::sleep(d).await
    }
}

#[derive(Debug, Clone)]
pub struct WatchOptions {
    pub interval: Duration,
    pub fail_above: Option<u64>,
    pub hold: Duration,
    /// Stop after this many samples (tests); `None` runs until Ctrl-C or a breach.
    pub max_samples: Option<usize>,
}

/// Samples every `interval` until a group breaches the threshold (exit 3),
/// `max_samples` is reached, or the process is interrupted. A failed sample
/// is reported and the watch goes on.
pub async fn watch<S: LagSource, C: Clock, K: WatchSink>(
    source: &S,
    clock: &C,
    sink: &mut K,
    opts: &WatchOptions,
) -> Result<Outcome> {
    let mut rates = RateTracker::new(opts.interval.max(Duration::from_secs(60)));
    let mut sustained = opts.fail_above.map(|n| Sustained::new(n, opts.hold));
    let mut samples = 0usize;
    loop {
        let started = clock.now();
        match source.snapshot().await {
            Ok(mut report) => {
                rates.observe(started, &mut report);
                let mut status = WatchStatus {
                    threshold: opts.fail_above,
                    hold: opts.hold,
                    ..WatchStatus::default()
                };
                if let Some(s) = &mut sustained {
                    status.breaches = s.observe(started, &report);
                    status.above = s.above_for(started);
                }
                sink.sample(&report, &status)?;
                if !status.breaches.is_empty() {
                    return Ok(Outcome::Pending);
                }
            }
            Err(e) => sink.failed(&e)?,
        }
        samples += 1;
        if opts.max_samples.is_some_and(|m| samples >= m) {
            return Ok(Outcome::Ok);
        }
        let next = started + opts.interval;
        let now = clock.now();
        if next > now {
            clock.sleep(next - now).await;
        }
    }
}

#[cfg(test)]
mod tests {
    use std::collections::VecDeque;
    use std::sync::Mutex;

    use super::super::groups::fake::*;
    use super::*;
    use crate::domain::lag::{Owner, PartitionStatus};

    #[tokio::test]
    async fn one_report_takes_batched_requests_whatever_the_group_count() {
        let mut c = FakeCluster::default()
            .with_topic("a", 3, &[10, 20, 5])
            .with_topic("b", 1, &[7]);
        for i in 0..5 {
            c = c.with_group(&format!("g{i}"), &[("a", 0, 4), ("a", 1, 20), ("b", 0, 1)]);
        }
        c.describe_error = BrokerError::other("Local: Broker transport failure");
        let report = collect(&c, &LagRequest::default()).await.unwrap();
        assert_eq!(
            c.calls(),
            [
                "ListGroups",
                "OffsetFetch x5",
                "DescribeGroups x5",
                "Metadata",
                "ListOffsets Latest x4"
            ]
        );
        assert_eq!(report.groups.len(), 5);
        let g = &report.groups[0];
        assert_eq!(
            (g.lag, g.partitions_without_lag, g.members),
            (Some(12), 1, None)
        );
        let a2 = g
            .topics
            .iter()
            .find(|t| t.topic == "a")
            .unwrap()
            .partitions
            .last()
            .unwrap();
        assert_eq!(
            (a2.partition, a2.status, a2.lag),
            (2, PartitionStatus::NoCommitNewPartition, None)
        );
        assert_eq!(a2.owner, Owner::Unknown);
        assert_eq!(report.warnings.len(), 1, "{:?}", report.warnings);
        assert!(report.warnings[0].contains("owners and member counts are shown as unknown"));
    }

    #[tokio::test]
    async fn skip_members_sends_no_describe_and_owners_come_from_members_otherwise() {
        let c = FakeCluster::default()
            .with_topic("a", 2, &[10, 10])
            .with_group("g", &[("a", 0, 4), ("a", 1, 4)])
            .describe("g", GroupState::Stable, vec![member("m1", &[("a", 1)])]);
        let req = LagRequest {
            groups: vec!["g".into(), "g".into()],
            skip_members: true,
            ..LagRequest::default()
        };
        let r = collect(&c, &req).await.unwrap();
        assert!(!c.calls().iter().any(|x| x.starts_with("DescribeGroups")));
        assert_eq!(r.groups.len(), 1, "named twice, shown once");
        assert!(r.warnings.is_empty());
        let r = collect(
            &c,
            &LagRequest {
                skip_members: false,
                ..req
            },
        )
        .await
        .unwrap();
        let g = &r.groups[0];
        assert_eq!((g.state, g.members), (GroupState::Stable, Some(1)));
        let owners: Vec<&Owner> = g.topics[0].partitions.iter().map(|p| &p.owner).collect();
        assert!(owners.contains(&&Owner::Unassigned));
        assert!(owners
            .iter()
            .any(|o| matches!(o, Owner::Assigned { member_id, .. } if member_id == "m1")));
    }

    struct Script(Mutex<VecDeque<Result<LagReport>>>);

    impl LagSource for Script {
        async fn snapshot(&self) -> Result<LagReport> {
            self.0
                .lock()
                .unwrap()
                .pop_front()
                .unwrap_or_else(|| Err(anyhow::anyhow!("script exhausted")))
        }
    }

    struct FakeClock(Mutex<Duration>);

    impl Clock for FakeClock {
        fn now(&self) -> Duration {
            *self.0.lock().unwrap()
        }
        async fn sleep(&self, d: Duration) {
            *self.0.lock().unwrap() += d;
        }
    }

    #[derive(Default)]
    struct Record {
        samples: Vec<(Option<i64>, WatchStatus, Option<bool>)>,
        failures: usize,
    }

    impl WatchSink for Record {
        fn sample(&mut self, report: &LagReport, status: &WatchStatus) -> Result<()> {
            let g = report.groups.first();
            self.samples.push((
                g.and_then(|g| g.lag),
                status.clone(),
                g.and_then(|g| g.rate.as_ref().map(|r| r.catching_up)),
            ));
            Ok(())
        }
        fn failed(&mut self, _: &anyhow::Error) -> Result<()> {
            self.failures += 1;
            Ok(())
        }
    }

    async fn report(committed: i64, end: i64) -> LagReport {
        let c = FakeCluster::default()
            .with_topic("t", 1, &[end])
            .with_group("g", &[("t", 0, committed)]);
        let req = LagRequest {
            skip_members: true,
            ..LagRequest::default()
        };
        collect(&c, &req).await.unwrap()
    }

    fn opts(fail_above: Option<u64>, hold_secs: u64, max: usize) -> WatchOptions {
        WatchOptions {
            interval: Duration::from_secs(60),
            fail_above,
            hold: Duration::from_secs(hold_secs),
            max_samples: Some(max),
        }
    }

    #[tokio::test]
    async fn watch_exits_pending_once_lag_stayed_above_for_the_duration() {
        let mut script = VecDeque::new();
        for _ in 0..10 {
            script.push_back(Ok(report(0, 1500).await));
        }
        let source = Script(Mutex::new(script));
        let clock = FakeClock(Mutex::new(Duration::ZERO));
        let mut sink = Record::default();
        let outcome = watch(&source, &clock, &mut sink, &opts(Some(1000), 300, 10))
            .await
            .unwrap();
        assert_eq!(outcome, Outcome::Pending);
        // Samples at 0, 60, ..., 300 s: the sixth one has been above for 5 minutes.
        assert_eq!(sink.samples.len(), 6);
        let last = &sink.samples[5].1;
        assert_eq!(last.breaches[0].above_for, Duration::from_secs(300));
        assert_eq!(sink.samples[4].1.above["g"], Duration::from_secs(240));
        assert!(sink.samples[4].1.breaches.is_empty());
    }

    #[tokio::test]
    async fn a_dip_below_the_threshold_restarts_the_clock_and_errors_do_not_stop_the_watch() {
        let mut script = VecDeque::new();
        for (i, (c, e)) in [(0, 1500), (0, 1500), (0, 1500), (1400, 1500), (0, 1500)]
            .into_iter()
            .enumerate()
        {
            script.push_back(Ok(report(c, e).await));
            if i == 1 {
                script.push_back(Err(anyhow::anyhow!("broker unreachable")));
            }
        }
        let source = Script(Mutex::new(script));
        let clock = FakeClock(Mutex::new(Duration::ZERO));
        let mut sink = Record::default();
        let outcome = watch(&source, &clock, &mut sink, &opts(Some(1000), 300, 6))
            .await
            .unwrap();
        assert_eq!(outcome, Outcome::Ok);
        assert_eq!(sink.failures, 1);
        assert!(sink.samples.iter().all(|s| s.1.breaches.is_empty()));
        assert_eq!(
            sink.samples[1].2,
            Some(false),
            "nothing consumed: not catching up"
        );
        assert_eq!(sink.samples[3].2, Some(true), "1400 consumed in a minute");
        assert!(sink.samples[3].1.above.is_empty(), "lag 100 is below 1000");
    }

    #[tokio::test]
    async fn without_for_the_first_sample_above_fails() {
        let source = Script(Mutex::new(VecDeque::from([Ok(report(0, 2).await)])));
        let clock = FakeClock(Mutex::new(Duration::ZERO));
        let mut sink = Record::default();
        let outcome = watch(&source, &clock, &mut sink, &opts(Some(1), 0, 5))
            .await
            .unwrap();
        assert_eq!(outcome, Outcome::Pending);
        assert_eq!(sink.samples.len(), 1);
    }
}
