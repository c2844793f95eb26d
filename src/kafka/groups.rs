//! Consumer-group admin calls that librdkafka has and the rdkafka crate does
//! not wrap, reached through rdkafka-sys: ListConsumerGroups,
//! DescribeConsumerGroups, ListConsumerGroupOffsets, ListOffsets,
//! AlterConsumerGroupOffsets, and DeleteGroups and DeleteConsumerGroupOffsets
//! (which `kafka::Admin` offers to apply's executor as `TopicAdmin` calls).
//!
//! Every call runs on a blocking thread (`spawn_blocking`, so an interrupted
//! command never waits for it). It sends its requests with the results
//! directed to a private queue (`rd_kafka_queue_new`), polls that queue until
//! every result has arrived or the deadline (`--timeout` plus a margin; the
//! requests themselves carry `--timeout`) has passed, and frees every native
//! object on every path through the RAII guards below. The blocking closure
//! holds an `Arc` of the client, so the native handle outlives any request
//! still in flight.
//!
//! Batching: committed offsets and group descriptions are asked of each
//! coordinator for all its groups at once by kctl's own PLAINTEXT client
//! ([`super::wire_groups`]). Whatever that cannot answer goes through
//! librdkafka, whose ListConsumerGroupOffsets takes one group per call: one
//! call per group is issued up front and all of them are in flight at once
//! on one queue. ListOffsets is one call for every partition (librdkafka
//! sends one request per partition leader).

use std::collections::BTreeMap;
use std::ffi::{CStr, CString};
use std::os::raw::{c_char, c_int, c_void};
use std::ptr;
use std::sync::Arc;
use std::time::{Duration, Instant};

use anyhow::{anyhow, bail, Result};
use rdkafka_sys as sys;
use sys::rd_kafka_admin_op_t as Op;
use sys::rd_kafka_resp_err_t as RespErr;

use super::errors::broker_error;
use super::wire::WireError;
use super::wire_groups::{self, Coordinator};
use super::Admin;
use crate::domain::groups::{
    explain_offset_error, GroupDescription, GroupListing, GroupState, Member, TopicPartition,
};
use crate::domain::lag::{Committed, LogEnds, TopicPartitions};
use crate::domain::model::BrokerError;
use crate::ops::ports::{GroupsApi, Listing, OffsetSpec};

/// How long past `--timeout` kctl keeps polling for results librdkafka has
/// not yet delivered (it times each request out itself at `--timeout`).
const MARGIN: Duration = Duration::from_secs(2);

/// The consumer-group client: a shared admin connection.
#[derive(Clone)]
pub struct GroupsClient {
    admin: Arc<Admin>,
}

impl GroupsClient {
    pub fn new(admin: Admin) -> Self {
        GroupsClient {
            admin: Arc::new(admin),
        }
    }

    /// The admin connection underneath.
    pub fn admin(&self) -> &Admin {
        &self.admin
    }

    /// Runs `f` on a blocking thread with the admin client.
    async fn blocking<T, F>(&self, f: F) -> Result<T>
    where
        T: Send + 'static,
        F: FnOnce(&Admin) -> Result<T> + Send + 'static,
    {
        let admin = Arc::clone(&self.admin);
        tokio::task::spawn_blocking(move || {
            let result = f(&admin);
            // librdkafka's log lines and error events wait on the client's
            // main queue, which rdkafka's admin client never serves.
            super::events::drain(admin.raw());
            result
        })
        .await
        .map_err(|e| anyhow!("internal error: a Kafka call panicked or was cancelled: {e}"))?
    }
}

impl GroupsApi for GroupsClient {
    async fn list_groups(&self) -> Result<Listing> {
        self.blocking(list_groups).await
    }

    async fn describe_groups(
        &self,
        groups: &[String],
    ) -> Result<Vec<Result<GroupDescription, BrokerError>>> {
        let groups = groups.to_vec();
        self.blocking(move |a| describe_groups(a, &groups)).await
    }

    async fn committed_offsets(
        &self,
        groups: &[String],
    ) -> Result<Vec<Result<Vec<Committed>, String>>> {
        let groups = groups.to_vec();
        self.blocking(move |a| committed_offsets(a, &groups)).await
    }

    async fn topic_partitions(&self) -> Result<TopicPartitions> {
        self.blocking(topic_partitions).await
    }

    async fn list_offsets(
        &self,
        partitions: &[TopicPartition],
        spec: OffsetSpec,
    ) -> Result<LogEnds> {
        let partitions = partitions.to_vec();
        self.blocking(move |a| list_offsets(a, &partitions, spec))
            .await
    }

    async fn alter_offsets(
        &self,
        group: &str,
        offsets: &[(TopicPartition, i64)],
    ) -> Result<Vec<(TopicPartition, Result<(), String>)>> {
        let group = group.to_string();
        let offsets = offsets.to_vec();
        self.blocking(move |a| alter_offsets(a, &group, &offsets))
            .await
    }
}

// ---------------------------------------------------------------------------
// RAII guards for native objects.

/// A private result queue; destroyed on drop. Requests still in flight keep
/// their own reference to it inside librdkafka, so dropping it early is safe.
pub(super) struct Queue(pub(super) *mut sys::rd_kafka_queue_t);

impl Queue {
    pub(super) fn new(rk: *mut sys::rd_kafka_t) -> Result<Self> {
        // SAFETY: `rk` is a live client handle owned by `Admin` (kept alive by
        // the Arc the blocking closure holds).
        let q = unsafe { sys::rd_kafka_queue_new(rk) };
        if q.is_null() {
            bail!("librdkafka could not create a queue");
        }
        Ok(Queue(q))
    }

    /// Waits for the next result until `deadline`; `None` when it passed.
    pub(super) fn poll(&self, deadline: Instant) -> Option<Event> {
        loop {
            let left = deadline.saturating_duration_since(Instant::now());
            if left.is_zero() {
                return None;
            }
            let ms = left.as_millis().clamp(1, 1000) as c_int;
            // SAFETY: the queue is live until `self` drops; the returned event,
            // if any, is owned by us and destroyed by `Event`'s drop.
            let ev = unsafe { sys::rd_kafka_queue_poll(self.0, ms) };
            if !ev.is_null() {
                return Some(Event(ev));
            }
        }
    }
}

impl Drop for Queue {
    fn drop(&mut self) {
        // SAFETY: created by rd_kafka_queue_new and destroyed exactly once.
        unsafe { sys::rd_kafka_queue_destroy(self.0) }
    }
}

/// A result event; everything read from it lives as long as it does.
pub(super) struct Event(pub(super) *mut sys::rd_kafka_event_t);

impl Event {
    /// The request-level error, if any (e.g. a timeout).
    pub(super) fn error(&self) -> Option<String> {
        // SAFETY: the event is live; the error string belongs to it and is
        // copied before the event can be destroyed.
        unsafe {
            let code = sys::rd_kafka_event_error(self.0);
            if code == RespErr::RD_KAFKA_RESP_ERR_NO_ERROR {
                return None;
            }
            let text = cstr(sys::rd_kafka_event_error_string(self.0));
            Some(if text.is_empty() {
                err_text(code)
            } else {
                text
            })
        }
    }

    /// The opaque set with `AdminOptions_set_opaque` when the request was made.
    fn opaque(&self) -> usize {
        // SAFETY: reads a pointer-sized value stored with the event.
        unsafe { sys::rd_kafka_event_opaque(self.0) as usize }
    }
}

impl Drop for Event {
    fn drop(&mut self) {
        // SAFETY: the event came from rd_kafka_queue_poll and is destroyed once.
        unsafe { sys::rd_kafka_event_destroy(self.0) }
    }
}

/// Admin options for one API, with the request timeout set. librdkafka copies
/// the options into each request, so one object serves many calls.
pub(super) struct Options(pub(super) *mut sys::rd_kafka_AdminOptions_t);

impl Options {
    pub(super) fn new(rk: *mut sys::rd_kafka_t, op: Op, timeout: Duration) -> Result<Self> {
        // SAFETY: `rk` is live; a null return (unknown op) is checked.
        let p = unsafe { sys::rd_kafka_AdminOptions_new(rk, op) };
        if p.is_null() {
            bail!("librdkafka refused admin options for {op:?}");
        }
        let opts = Options(p);
        let mut errstr = [0 as c_char; 512];
        let ms = timeout.as_millis().clamp(1, i32::MAX as u128) as c_int;
        // SAFETY: `errstr` is writable for its full length, which we pass.
        let err = unsafe {
            sys::rd_kafka_AdminOptions_set_request_timeout(
                opts.0,
                ms,
                errstr.as_mut_ptr(),
                errstr.len(),
            )
        };
        if err != RespErr::RD_KAFKA_RESP_ERR_NO_ERROR {
            // SAFETY: librdkafka NUL-terminates `errstr` on error.
            bail!("invalid request timeout: {}", unsafe {
                cstr(errstr.as_ptr())
            });
        }
        Ok(opts)
    }

    fn set_opaque(&self, value: usize) {
        // SAFETY: the options are live; the opaque is an integer carried in a
        // pointer and never dereferenced.
        unsafe { sys::rd_kafka_AdminOptions_set_opaque(self.0, value as *mut c_void) }
    }
}

impl Drop for Options {
    fn drop(&mut self) {
        // SAFETY: created by rd_kafka_AdminOptions_new, destroyed once.
        unsafe { sys::rd_kafka_AdminOptions_destroy(self.0) }
    }
}

/// An owned topic-partition list.
struct PartitionList(*mut sys::rd_kafka_topic_partition_list_t);

impl PartitionList {
    /// A list holding `entries` with their offsets (or offset specs).
    fn new(entries: &[(TopicPartition, i64)]) -> Result<Self> {
        let size = c_int::try_from(entries.len()).map_err(|_| anyhow!("too many partitions"))?;
        // SAFETY: allocates a list; checked for null below.
        let list = unsafe { sys::rd_kafka_topic_partition_list_new(size) };
        if list.is_null() {
            bail!("librdkafka could not allocate a partition list");
        }
        let list = PartitionList(list);
        for (tp, offset) in entries {
            let topic = c_string(&tp.topic)?;
            // SAFETY: `list` is live; the topic string is copied by librdkafka;
            // the returned element pointer is valid until the list changes again.
            unsafe {
                let elem =
                    sys::rd_kafka_topic_partition_list_add(list.0, topic.as_ptr(), tp.partition);
                (*elem).offset = *offset;
            }
        }
        Ok(list)
    }
}

impl Drop for PartitionList {
    fn drop(&mut self) {
        // SAFETY: created by rd_kafka_topic_partition_list_new, destroyed once.
        unsafe { sys::rd_kafka_topic_partition_list_destroy(self.0) }
    }
}

// ---------------------------------------------------------------------------
// Small conversions.

/// Copies a C string; null becomes "".
///
/// SAFETY: `p` is null or points to a NUL-terminated string alive for the call.
pub(super) unsafe fn cstr(p: *const c_char) -> String {
    if p.is_null() {
        String::new()
    } else {
        CStr::from_ptr(p).to_string_lossy().into_owned()
    }
}

/// An array librdkafka returned as pointer + count, as a slice (empty for null).
///
/// SAFETY: `p` is null or points to `n` pointers alive for `'a`.
pub(super) unsafe fn array<'a, T>(p: *mut *const T, n: usize) -> &'a [*const T] {
    if p.is_null() || n == 0 {
        &[]
    } else {
        std::slice::from_raw_parts(p as *const *const T, n)
    }
}

/// The elements of a partition list (empty for null).
///
/// SAFETY: `list` is null or a valid list alive for `'a`.
unsafe fn elements<'a>(
    list: *const sys::rd_kafka_topic_partition_list_t,
) -> &'a [sys::rd_kafka_topic_partition_t] {
    if list.is_null() || (*list).cnt <= 0 || (*list).elems.is_null() {
        &[]
    } else {
        std::slice::from_raw_parts((*list).elems, (*list).cnt as usize)
    }
}

fn c_string(s: &str) -> Result<CString> {
    CString::new(s).map_err(|_| anyhow!("name {s:?} contains a NUL byte"))
}

/// `Broker: Unknown member (UNKNOWN_MEMBER_ID)`, plus what to do about it.
fn err_text(code: RespErr) -> String {
    // SAFETY: both return static strings for any code.
    let (text, name) = unsafe {
        (
            cstr(sys::rd_kafka_err2str(code)),
            cstr(sys::rd_kafka_err2name(code)),
        )
    };
    match explain_offset_error(&name) {
        Some(why) => format!("{text} ({name}): {why}"),
        None => format!("{text} ({name})"),
    }
}

/// The message of an `rd_kafka_error_t` owned by a result (not freed here).
///
/// SAFETY: `e` is null or a valid error alive for the call.
unsafe fn error_t(e: *const sys::rd_kafka_error_t) -> Option<String> {
    if e.is_null() {
        return None;
    }
    let code = sys::rd_kafka_error_code(e);
    let text = cstr(sys::rd_kafka_error_string(e));
    let name = cstr(sys::rd_kafka_error_name(e));
    Some(match explain_offset_error(&name) {
        Some(why) => format!("{text} ({name}): {why}"),
        None if text.is_empty() => err_text(code),
        None => text,
    })
}

fn state(s: sys::rd_kafka_consumer_group_state_t) -> GroupState {
    use sys::rd_kafka_consumer_group_state_t as S;
    match s {
        S::RD_KAFKA_CONSUMER_GROUP_STATE_PREPARING_REBALANCE => GroupState::PreparingRebalance,
        S::RD_KAFKA_CONSUMER_GROUP_STATE_COMPLETING_REBALANCE => GroupState::CompletingRebalance,
        S::RD_KAFKA_CONSUMER_GROUP_STATE_STABLE => GroupState::Stable,
        S::RD_KAFKA_CONSUMER_GROUP_STATE_DEAD => GroupState::Dead,
        S::RD_KAFKA_CONSUMER_GROUP_STATE_EMPTY => GroupState::Empty,
        _ => GroupState::Unknown,
    }
}

pub(super) fn deadline(admin: &Admin) -> Instant {
    Instant::now() + admin.timeout + MARGIN
}

pub(super) fn no_answer(admin: &Admin, what: &str) -> String {
    format!(
        "no answer to {what} within {}",
        crate::domain::duration::format_millis((admin.timeout + MARGIN).as_millis() as u64)
    )
}

// ---------------------------------------------------------------------------
// The calls. Each runs on a blocking thread.

fn list_groups(admin: &Admin) -> Result<Listing> {
    let rk = admin.raw().native_ptr();
    let queue = Queue::new(rk)?;
    let opts = Options::new(rk, Op::RD_KAFKA_ADMIN_OP_LISTCONSUMERGROUPS, admin.timeout)?;
    // SAFETY: `rk`, options and queue are live for the call; librdkafka copies
    // what it keeps.
    unsafe { sys::rd_kafka_ListConsumerGroups(rk, opts.0, queue.0) };
    let ev = queue
        .poll(deadline(admin))
        .ok_or_else(|| admin.unreachable(no_answer(admin, "ListGroups")))?;
    if let Some(e) = ev.error() {
        return Err(admin.unreachable(format!("ListGroups: {e}")));
    }
    // SAFETY: the result and everything reached from it live as long as `ev`,
    // which outlives this block; strings are copied out.
    unsafe {
        let res = sys::rd_kafka_event_ListConsumerGroups_result(ev.0);
        if res.is_null() {
            bail!("ListGroups: unexpected result event");
        }
        let mut n = 0usize;
        let valid = array(
            sys::rd_kafka_ListConsumerGroups_result_valid(res, &mut n),
            n,
        );
        let groups: Vec<GroupListing> = valid
            .iter()
            .map(|&g| GroupListing {
                group: cstr(sys::rd_kafka_ConsumerGroupListing_group_id(g)),
                state: state(sys::rd_kafka_ConsumerGroupListing_state(g)),
                simple: sys::rd_kafka_ConsumerGroupListing_is_simple_consumer_group(g) != 0,
            })
            .collect();
        let mut m = 0usize;
        let errors = array(
            sys::rd_kafka_ListConsumerGroups_result_errors(res, &mut m),
            m,
        );
        let errors: Vec<String> = errors.iter().filter_map(|&e| error_t(e)).collect();
        // No broker answered: "no groups" would be a lie, so it is the same
        // unreachable error every command gives.
        if groups.is_empty() {
            if let Some(first) = errors.first() {
                return Err(admin.unreachable(format!("ListGroups: {first}")));
            }
        }
        let warnings = errors
            .iter()
            .map(|e| format!("a broker did not list its groups: {e}"))
            .collect();
        Ok(Listing { groups, warnings })
    }
}

/// Committed offsets of `groups`: in one OffsetFetch per coordinator where
/// kctl's own client can ask ([`super::wire_groups`]), through librdkafka
/// (one request per group) for the rest.
fn committed_offsets(
    admin: &Admin,
    groups: &[String],
) -> Result<Vec<Result<Vec<Committed>, String>>> {
    let fast = batched(admin, groups, "OffsetFetch", |c, names, timeout| {
        wire_groups::committed(&c.address(), names, timeout)
    });
    the_rest(
        groups,
        fast,
        |rest| committed_offsets_one_by_one(admin, rest),
        || "no answer".to_string(),
    )
}

/// The answers of [`batched`] where it has them, and `slow`'s for the
/// groups it has none for, in the order of `groups`.
fn the_rest<T, E>(
    groups: &[String],
    fast: Vec<Option<T>>,
    slow: impl FnOnce(&[String]) -> Result<Vec<Result<T, E>>>,
    missing: impl Fn() -> E,
) -> Result<Vec<Result<T, E>>> {
    let rest: Vec<String> = groups
        .iter()
        .zip(&fast)
        .filter(|(_, f)| f.is_none())
        .map(|(g, _)| g.clone())
        .collect();
    let mut slow = slow(&rest)?.into_iter();
    Ok(fast
        .into_iter()
        .map(|f| match f {
            Some(answer) => Ok(answer),
            None => slow.next().unwrap_or_else(|| Err(missing())),
        })
        .collect())
}

fn committed_offsets_one_by_one(
    admin: &Admin,
    groups: &[String],
) -> Result<Vec<Result<Vec<Committed>, String>>> {
    let mut results: Vec<Option<Result<Vec<Committed>, String>>> = vec![None; groups.len()];
    if groups.is_empty() {
        return Ok(Vec::new());
    }
    let rk = admin.raw().native_ptr();
    let queue = Queue::new(rk)?;
    let opts = Options::new(
        rk,
        Op::RD_KAFKA_ADMIN_OP_LISTCONSUMERGROUPOFFSETS,
        admin.timeout,
    )?;
    let mut pending = 0usize;
    for (i, group) in groups.iter().enumerate() {
        let name = match c_string(group) {
            Ok(n) => n,
            Err(e) => {
                results[i] = Some(Err(e.to_string()));
                continue;
            }
        };
        // The opaque carries index + 1, so a stray event (opaque 0) matches nothing.
        opts.set_opaque(i + 1);
        // SAFETY: the request object is created, passed (librdkafka copies
        // it) and destroyed here; a null partition list asks for every
        // committed partition.
        unsafe {
            let req = sys::rd_kafka_ListConsumerGroupOffsets_new(name.as_ptr(), ptr::null());
            if req.is_null() {
                results[i] = Some(Err("librdkafka refused the request".into()));
                continue;
            }
            let mut one = [req];
            sys::rd_kafka_ListConsumerGroupOffsets(rk, one.as_mut_ptr(), 1, opts.0, queue.0);
            sys::rd_kafka_ListConsumerGroupOffsets_destroy(req);
        }
        pending += 1;
    }
    let until = deadline(admin);
    while pending > 0 {
        let Some(ev) = queue.poll(until) else { break };
        let Some(i) = ev.opaque().checked_sub(1).filter(|i| *i < groups.len()) else {
            continue;
        };
        if results[i].is_some() {
            continue;
        }
        results[i] = Some(parse_committed(&ev));
        pending -= 1;
    }
    let missing = no_answer(admin, "OffsetFetch");
    Ok(results
        .into_iter()
        .map(|r| r.unwrap_or_else(|| Err(missing.clone())))
        .collect())
}

fn parse_committed(ev: &Event) -> Result<Vec<Committed>, String> {
    if let Some(e) = ev.error() {
        return Err(e);
    }
    // SAFETY: the result, group result and partition list belong to `ev`,
    // which is alive for this whole function; strings are copied out.
    unsafe {
        let res = sys::rd_kafka_event_ListConsumerGroupOffsets_result(ev.0);
        if res.is_null() {
            return Err("unexpected result event".into());
        }
        let mut n = 0usize;
        let groups = array(
            sys::rd_kafka_ListConsumerGroupOffsets_result_groups(res, &mut n),
            n,
        );
        let Some(&g) = groups.first() else {
            return Err("empty answer".into());
        };
        if let Some(e) = error_t(sys::rd_kafka_group_result_error(g)) {
            return Err(e);
        }
        let mut out = Vec::new();
        for p in elements(sys::rd_kafka_group_result_partitions(g)) {
            let topic = cstr(p.topic);
            if p.err != RespErr::RD_KAFKA_RESP_ERR_NO_ERROR {
                return Err(format!("{topic}/{}: {}", p.partition, err_text(p.err)));
            }
            // Negative offsets (-1, RD_KAFKA_OFFSET_INVALID) mean "no commit".
            if p.offset >= 0 {
                out.push(Committed {
                    tp: TopicPartition::new(topic, p.partition),
                    offset: p.offset,
                });
            }
        }
        Ok(out)
    }
}

/// Descriptions of `groups`: in one DescribeGroups per coordinator where
/// kctl's own client can ask ([`super::wire_groups`]), through librdkafka for
/// the rest (KIP-848 groups among them).
fn describe_groups(
    admin: &Admin,
    groups: &[String],
) -> Result<Vec<Result<GroupDescription, BrokerError>>> {
    let fast = batched(admin, groups, "DescribeGroups", wire_groups::describe);
    the_rest(
        groups,
        fast,
        |rest| describe_groups_librdkafka(admin, rest),
        || BrokerError::other("no answer"),
    )
}

/// Asks about `groups` with `ask`, once per coordinator, over kctl's own
/// PLAINTEXT client: per group (in order), the answer, or `None` where it
/// has none (not PLAINTEXT, a failed request, an error for the group), for
/// librdkafka to answer. Failures are logged at debug level only: the
/// librdkafka path that follows reports whatever is really wrong.
fn batched<T, F>(admin: &Admin, groups: &[String], what: &str, ask: F) -> Vec<Option<T>>
where
    T: Clone,
    F: Fn(&Coordinator, &[String], Duration) -> Result<BTreeMap<String, Option<T>>, WireError>,
{
    let mut answers: BTreeMap<String, Option<T>> = BTreeMap::new();
    if admin.security_protocol == "plaintext" && !groups.is_empty() {
        let brokers: Vec<String> = admin
            .explain
            .bootstrap
            .split(',')
            .map(str::trim)
            .filter(|b| !b.is_empty())
            .map(String::from)
            .collect();
        match wire_groups::coordinators(&brokers, groups, admin.timeout) {
            Err(e) => log::debug!("FindCoordinator for {} groups: {e}", groups.len()),
            Ok(coordinators) => {
                let mut by: BTreeMap<i32, (Coordinator, Vec<String>)> = BTreeMap::new();
                for g in groups {
                    if let Some(c) = coordinators.get(g) {
                        by.entry(c.id)
                            .or_insert_with(|| (c.clone(), Vec::new()))
                            .1
                            .push(g.clone());
                    }
                }
                for (c, names) in by.values() {
                    match ask(c, names, admin.timeout) {
                        Ok(a) => {
                            let answered = a.values().filter(|v| v.is_some()).count();
                            log::debug!(
                                "{what} of {} groups from {} in one request: {answered} answered",
                                names.len(),
                                c.address()
                            );
                            answers.extend(a);
                        }
                        Err(e) => log::debug!(
                            "{what} of {} groups from {}: {e}",
                            names.len(),
                            c.address()
                        ),
                    }
                }
            }
        }
    }
    groups
        .iter()
        .map(|g| answers.get(g).cloned().flatten())
        .collect()
}

fn describe_groups_librdkafka(
    admin: &Admin,
    groups: &[String],
) -> Result<Vec<Result<GroupDescription, BrokerError>>> {
    if groups.is_empty() {
        return Ok(Vec::new());
    }
    let names: Vec<CString> = groups.iter().map(|g| c_string(g)).collect::<Result<_>>()?;
    let mut ptrs: Vec<*const c_char> = names.iter().map(|n| n.as_ptr()).collect();
    let rk = admin.raw().native_ptr();
    let queue = Queue::new(rk)?;
    let opts = Options::new(
        rk,
        Op::RD_KAFKA_ADMIN_OP_DESCRIBECONSUMERGROUPS,
        admin.timeout,
    )?;
    // SAFETY: `ptrs` points at `names`, both alive during the call;
    // librdkafka duplicates the strings.
    unsafe {
        sys::rd_kafka_DescribeConsumerGroups(rk, ptrs.as_mut_ptr(), ptrs.len(), opts.0, queue.0)
    };
    let Some(ev) = queue.poll(deadline(admin)) else {
        let e = broker_error(no_answer(admin, "DescribeGroups"));
        return Ok(vec![Err(e); groups.len()]);
    };
    if let Some(e) = ev.error() {
        return Ok(vec![Err(broker_error(e)); groups.len()]);
    }
    let mut found: BTreeMap<String, Result<GroupDescription, BrokerError>> = BTreeMap::new();
    // SAFETY: every description, member and list belongs to `ev`, alive for
    // this block; strings are copied out.
    unsafe {
        let res = sys::rd_kafka_event_DescribeConsumerGroups_result(ev.0);
        if res.is_null() {
            bail!("DescribeGroups: unexpected result event");
        }
        let mut n = 0usize;
        for &d in array(
            sys::rd_kafka_DescribeConsumerGroups_result_groups(res, &mut n),
            n,
        ) {
            let group = cstr(sys::rd_kafka_ConsumerGroupDescription_group_id(d));
            let value = match error_t(sys::rd_kafka_ConsumerGroupDescription_error(d)) {
                Some(e) => Err(broker_error(e)),
                None => Ok(description(d, &group)),
            };
            found.insert(group, value);
        }
    }
    Ok(groups
        .iter()
        .map(|g| {
            found
                .remove(g)
                .unwrap_or_else(|| Err(BrokerError::other("the broker gave no answer for it")))
        })
        .collect())
}

/// SAFETY: `d` is a valid description alive for the call.
unsafe fn description(
    d: *const sys::rd_kafka_ConsumerGroupDescription_t,
    group: &str,
) -> GroupDescription {
    let node = sys::rd_kafka_ConsumerGroupDescription_coordinator(d);
    let coordinator = (!node.is_null()).then(|| {
        format!(
            "{} ({}:{})",
            sys::rd_kafka_Node_id(node),
            cstr(sys::rd_kafka_Node_host(node)),
            sys::rd_kafka_Node_port(node)
        )
    });
    let count = sys::rd_kafka_ConsumerGroupDescription_member_count(d);
    let members = (0..count)
        .map(|i| sys::rd_kafka_ConsumerGroupDescription_member(d, i))
        .filter(|m| !m.is_null())
        .map(|m| {
            let instance = sys::rd_kafka_MemberDescription_group_instance_id(m);
            let assignment = sys::rd_kafka_MemberDescription_assignment(m);
            let parts = if assignment.is_null() {
                ptr::null()
            } else {
                sys::rd_kafka_MemberAssignment_partitions(assignment)
            };
            Member {
                member_id: cstr(sys::rd_kafka_MemberDescription_consumer_id(m)),
                client_id: cstr(sys::rd_kafka_MemberDescription_client_id(m)),
                host: cstr(sys::rd_kafka_MemberDescription_host(m)),
                group_instance_id: (!instance.is_null()).then(|| cstr(instance)),
                assignment: elements(parts)
                    .iter()
                    .map(|p| TopicPartition::new(cstr(p.topic), p.partition))
                    .collect(),
            }
        })
        .collect();
    GroupDescription {
        group: group.to_string(),
        state: state(sys::rd_kafka_ConsumerGroupDescription_state(d)),
        protocol: cstr(sys::rd_kafka_ConsumerGroupDescription_partition_assignor(d)),
        simple: sys::rd_kafka_ConsumerGroupDescription_is_simple_consumer_group(d) != 0,
        coordinator,
        members,
    }
}

fn topic_partitions(admin: &Admin) -> Result<TopicPartitions> {
    let md = admin
        .raw()
        .fetch_metadata(None, admin.timeout)
        .map_err(|e| admin.unreachable(e))?;
    Ok(md
        .topics()
        .iter()
        .filter(|t| t.error().is_none())
        .map(|t| {
            let mut ids: Vec<i32> = t.partitions().iter().map(|p| p.id()).collect();
            ids.sort_unstable();
            (t.name().to_string(), ids)
        })
        .collect())
}

fn list_offsets(admin: &Admin, partitions: &[TopicPartition], spec: OffsetSpec) -> Result<LogEnds> {
    let mut unique = partitions.to_vec();
    unique.sort();
    unique.dedup();
    if unique.is_empty() {
        return Ok(LogEnds::new());
    }
    let value = match spec {
        OffsetSpec::Earliest => sys::rd_kafka_OffsetSpec_t::RD_KAFKA_OFFSET_SPEC_EARLIEST as i64,
        OffsetSpec::Latest => sys::rd_kafka_OffsetSpec_t::RD_KAFKA_OFFSET_SPEC_LATEST as i64,
        OffsetSpec::Timestamp(ts) => ts.max(0),
    };
    let entries: Vec<(TopicPartition, i64)> = unique.iter().map(|tp| (tp.clone(), value)).collect();
    let list = PartitionList::new(&entries)?;
    let rk = admin.raw().native_ptr();
    let queue = Queue::new(rk)?;
    let opts = Options::new(rk, Op::RD_KAFKA_ADMIN_OP_LISTOFFSETS, admin.timeout)?;
    // SAFETY: options are live; a returned error object is ours to destroy.
    unsafe {
        let e = sys::rd_kafka_AdminOptions_set_isolation_level(
            opts.0,
            sys::rd_kafka_IsolationLevel_t::RD_KAFKA_ISOLATION_LEVEL_READ_UNCOMMITTED,
        );
        if !e.is_null() {
            let msg = error_t(e);
            sys::rd_kafka_error_destroy(e);
            bail!("ListOffsets options: {}", msg.unwrap_or_default());
        }
        // The list is copied by librdkafka.
        sys::rd_kafka_ListOffsets(rk, list.0, opts.0, queue.0);
    }
    let ev = queue
        .poll(deadline(admin))
        .ok_or_else(|| anyhow!("{}", no_answer(admin, "ListOffsets")))?;
    if let Some(e) = ev.error() {
        bail!("ListOffsets: {e}");
    }
    let mut out = LogEnds::new();
    // SAFETY: the result infos and their partitions belong to `ev`, alive for
    // this block; strings are copied out.
    unsafe {
        let res = sys::rd_kafka_event_ListOffsets_result(ev.0);
        if res.is_null() {
            bail!("ListOffsets: unexpected result event");
        }
        let mut n = 0usize;
        for &info in array(sys::rd_kafka_ListOffsets_result_infos(res, &mut n), n) {
            let p = sys::rd_kafka_ListOffsetsResultInfo_topic_partition(info);
            if p.is_null() {
                continue;
            }
            let tp = TopicPartition::new(cstr((*p).topic), (*p).partition);
            let value = if (*p).err == RespErr::RD_KAFKA_RESP_ERR_NO_ERROR {
                Ok((*p).offset)
            } else {
                Err(err_text((*p).err))
            };
            out.insert(tp, value);
        }
    }
    for tp in unique {
        out.entry(tp)
            .or_insert_with(|| Err("not in the broker's answer".into()));
    }
    Ok(out)
}

fn alter_offsets(
    admin: &Admin,
    group: &str,
    offsets: &[(TopicPartition, i64)],
) -> Result<Vec<(TopicPartition, Result<(), String>)>> {
    if offsets.is_empty() {
        return Ok(Vec::new());
    }
    let name = c_string(group)?;
    let list = PartitionList::new(offsets)?;
    let rk = admin.raw().native_ptr();
    let queue = Queue::new(rk)?;
    let opts = Options::new(
        rk,
        Op::RD_KAFKA_ADMIN_OP_ALTERCONSUMERGROUPOFFSETS,
        admin.timeout,
    )?;
    // SAFETY: the request object is created, passed (librdkafka copies it)
    // and destroyed here; `name` and `list` outlive the call.
    unsafe {
        let req = sys::rd_kafka_AlterConsumerGroupOffsets_new(name.as_ptr(), list.0);
        if req.is_null() {
            bail!("librdkafka refused the AlterConsumerGroupOffsets request; nothing was written");
        }
        let mut one = [req];
        sys::rd_kafka_AlterConsumerGroupOffsets(rk, one.as_mut_ptr(), 1, opts.0, queue.0);
        sys::rd_kafka_AlterConsumerGroupOffsets_destroy(req);
    }
    let unknown_outcome = |why: String| {
        anyhow!(
            "{why}: the offsets of group {group:?} may or may not have been committed; check with `kctl lag {group}`"
        )
    };
    let ev = queue
        .poll(deadline(admin))
        .ok_or_else(|| unknown_outcome(no_answer(admin, "AlterConsumerGroupOffsets")))?;
    if let Some(e) = ev.error() {
        return Err(unknown_outcome(format!("AlterConsumerGroupOffsets: {e}")));
    }
    // SAFETY: the result and its partition list belong to `ev`, alive for
    // this block; strings are copied out.
    unsafe {
        let res = sys::rd_kafka_event_AlterConsumerGroupOffsets_result(ev.0);
        if res.is_null() {
            return Err(unknown_outcome("unexpected result event".into()));
        }
        let mut n = 0usize;
        let groups = array(
            sys::rd_kafka_AlterConsumerGroupOffsets_result_groups(res, &mut n),
            n,
        );
        let Some(&g) = groups.first() else {
            return Err(unknown_outcome("empty answer".into()));
        };
        let asked: Vec<TopicPartition> = offsets.iter().map(|(tp, _)| tp.clone()).collect();
        Ok(partition_outcomes(g, &asked))
    }
}

/// Each asked partition's outcome in a group result (a group-level error
/// is every partition's; a partition missing from the answer is unknown).
///
/// SAFETY: `g` is a group result alive for the call.
unsafe fn partition_outcomes(
    g: *const sys::rd_kafka_group_result_t,
    asked: &[TopicPartition],
) -> Vec<(TopicPartition, Result<(), String>)> {
    if let Some(e) = error_t(sys::rd_kafka_group_result_error(g)) {
        return asked
            .iter()
            .map(|tp| (tp.clone(), Err(e.clone())))
            .collect();
    }
    let mut answered: BTreeMap<TopicPartition, Result<(), String>> = BTreeMap::new();
    for p in elements(sys::rd_kafka_group_result_partitions(g)) {
        let tp = TopicPartition::new(cstr(p.topic), p.partition);
        let r = if p.err == RespErr::RD_KAFKA_RESP_ERR_NO_ERROR {
            Ok(())
        } else {
            Err(err_text(p.err))
        };
        answered.insert(tp, r);
    }
    asked
        .iter()
        .map(|tp| {
            let r = answered
                .remove(tp)
                .unwrap_or_else(|| Err("not in the broker's answer: outcome unknown".into()));
            (tp.clone(), r)
        })
        .collect()
}

/// DeleteGroups: one result per group, in input order. A group Kafka refuses
/// to delete (members still connected: NON_EMPTY_GROUP) is an error for that
/// group only.
pub(super) fn delete_groups(admin: &Admin, groups: &[String]) -> Result<Vec<Result<(), String>>> {
    if groups.is_empty() {
        return Ok(Vec::new());
    }
    let names = groups
        .iter()
        .map(|g| c_string(g))
        .collect::<Result<Vec<_>>>()?;
    let rk = admin.raw().native_ptr();
    let queue = Queue::new(rk)?;
    let opts = Options::new(rk, Op::RD_KAFKA_ADMIN_OP_DELETEGROUPS, admin.timeout)?;
    // SAFETY: each request object is created, passed (librdkafka copies it)
    // and destroyed here; `names` outlive the call.
    unsafe {
        let mut reqs: Vec<*mut sys::rd_kafka_DeleteGroup_t> = names
            .iter()
            .map(|n| sys::rd_kafka_DeleteGroup_new(n.as_ptr()))
            .collect();
        if reqs.iter().any(|r| r.is_null()) {
            for r in reqs.into_iter().filter(|r| !r.is_null()) {
                sys::rd_kafka_DeleteGroup_destroy(r);
            }
            bail!("librdkafka refused the DeleteGroups request; nothing was deleted");
        }
        sys::rd_kafka_DeleteGroups(rk, reqs.as_mut_ptr(), reqs.len(), opts.0, queue.0);
        for r in reqs {
            sys::rd_kafka_DeleteGroup_destroy(r);
        }
    }
    let unknown = |why: String| {
        anyhow!("{why}: the groups may or may not have been deleted; check with `kctl groups list`")
    };
    let ev = queue
        .poll(deadline(admin))
        .ok_or_else(|| unknown(no_answer(admin, "DeleteGroups")))?;
    if let Some(e) = ev.error() {
        return Err(unknown(format!("DeleteGroups: {e}")));
    }
    let mut answered: BTreeMap<String, Result<(), String>> = BTreeMap::new();
    // SAFETY: the result and its group results belong to `ev`, alive for this
    // block; strings are copied out.
    unsafe {
        let res = sys::rd_kafka_event_DeleteGroups_result(ev.0);
        if res.is_null() {
            return Err(unknown("unexpected result event".into()));
        }
        let mut n = 0usize;
        for &g in array(sys::rd_kafka_DeleteGroups_result_groups(res, &mut n), n) {
            let name = cstr(sys::rd_kafka_group_result_name(g));
            let r = match error_t(sys::rd_kafka_group_result_error(g)) {
                Some(e) => Err(e),
                None => Ok(()),
            };
            answered.insert(name, r);
        }
    }
    Ok(groups
        .iter()
        .map(|g| {
            answered
                .remove(g)
                .unwrap_or_else(|| Err("not in the broker's answer: outcome unknown".into()))
        })
        .collect())
}

/// DeleteConsumerGroupOffsets for `partitions` of `group`: one result per
/// partition. Kafka refuses a partition of a topic the group is subscribed to
/// (GROUP_SUBSCRIBED_TO_TOPIC).
pub(super) fn delete_offsets(
    admin: &Admin,
    group: &str,
    partitions: &[TopicPartition],
) -> Result<Vec<(TopicPartition, Result<(), String>)>> {
    if partitions.is_empty() {
        return Ok(Vec::new());
    }
    let name = c_string(group)?;
    let entries: Vec<(TopicPartition, i64)> =
        partitions.iter().map(|tp| (tp.clone(), -1)).collect();
    let list = PartitionList::new(&entries)?;
    let rk = admin.raw().native_ptr();
    let queue = Queue::new(rk)?;
    let opts = Options::new(
        rk,
        Op::RD_KAFKA_ADMIN_OP_DELETECONSUMERGROUPOFFSETS,
        admin.timeout,
    )?;
    // SAFETY: as in `alter_offsets`.
    unsafe {
        let req = sys::rd_kafka_DeleteConsumerGroupOffsets_new(name.as_ptr(), list.0);
        if req.is_null() {
            bail!("librdkafka refused the DeleteConsumerGroupOffsets request; nothing was deleted");
        }
        let mut one = [req];
        sys::rd_kafka_DeleteConsumerGroupOffsets(rk, one.as_mut_ptr(), 1, opts.0, queue.0);
        sys::rd_kafka_DeleteConsumerGroupOffsets_destroy(req);
    }
    let unknown = |why: String| {
        anyhow!(
            "{why}: the offsets of group {group:?} may or may not have been deleted; check with `kctl lag {group}`"
        )
    };
    let ev = queue
        .poll(deadline(admin))
        .ok_or_else(|| unknown(no_answer(admin, "DeleteConsumerGroupOffsets")))?;
    if let Some(e) = ev.error() {
        return Err(unknown(format!("DeleteConsumerGroupOffsets: {e}")));
    }
    // SAFETY: as in `alter_offsets`.
    unsafe {
        let res = sys::rd_kafka_event_DeleteConsumerGroupOffsets_result(ev.0);
        if res.is_null() {
            return Err(unknown("unexpected result event".into()));
        }
        let mut n = 0usize;
        let groups = array(
            sys::rd_kafka_DeleteConsumerGroupOffsets_result_groups(res, &mut n),
            n,
        );
        let Some(&g) = groups.first() else {
            return Err(unknown("empty answer".into()));
        };
        Ok(partition_outcomes(g, partitions))
    }
}
