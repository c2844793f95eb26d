//! The real [`TopicAdmin`]: batched admin requests through librdkafka.
//!
//! CreateTopics, DeleteTopics and CreatePartitions go through rdkafka's
//! `AdminClient`, one request for many topics; DeleteGroups and
//! DeleteConsumerGroupOffsets through `kafka::groups`. Config changes use
//! IncrementalAlterConfigs, which rdkafka does not wrap (its `alter_configs` is
//! the legacy AlterConfigs, a full replace that resets every key it does not
//! name); it is called here through rdkafka-sys with an event queue.

use std::ffi::{CStr, CString};
use std::os::raw::{c_char, c_int};
use std::time::{Duration, Instant};

use anyhow::{anyhow, bail, Context as _, Result};
use rdkafka::admin::{NewPartitions, NewTopic, TopicReplication};
use rdkafka_sys as rd;
use rdkafka_sys::types::RDKafkaRespErr;

use super::Admin;
use crate::domain::groups::TopicPartition;
use crate::domain::plan::{ClusterState, TopicState};
use crate::ops::ports::{AlterRequest, NewTopicRequest, TopicAdmin, TopicOutcome, BATCH};

impl TopicAdmin for Admin {
    async fn cluster_state(&self, configs_for: &[&str]) -> Result<ClusterState> {
        let client = self.raw();
        let timeout = self.timeout;
        // One Metadata request for every topic; it blocks, so off the reactor.
        let md = tokio::task::block_in_place(|| client.fetch_metadata(None, timeout))
            .map_err(|e| self.unreachable(e))?;
        let mut state = ClusterState {
            broker_count: md.brokers().len(),
            ..ClusterState::default()
        };
        for t in md.topics() {
            // A topic the broker reports with an error and no partitions (being
            // deleted, say) is not usable state; treat it as absent.
            if t.error().is_some() && t.partitions().is_empty() {
                continue;
            }
            state.topics.insert(
                t.name().to_string(),
                TopicState {
                    partitions: t.partitions().len() as i32,
                    replication_factor: t
                        .partitions()
                        .iter()
                        .find(|p| p.id() == 0)
                        .or(t.partitions().first())
                        .map_or(0, |p| p.replicas().len() as i32),
                    configs: Vec::new(),
                },
            );
        }
        let existing: Vec<&str> = configs_for
            .iter()
            .copied()
            .filter(|t| state.topics.contains_key(*t))
            .collect();
        for chunk in existing.chunks(BATCH) {
            for (name, entries) in self.topic_configs(chunk).await? {
                if let Some(t) = state.topics.get_mut(&name) {
                    t.configs = entries;
                }
            }
        }
        Ok(state)
    }

    async fn create_topics(&self, topics: &[NewTopicRequest]) -> Result<Vec<TopicOutcome>> {
        let configs: Vec<Vec<(&str, &str)>> = topics
            .iter()
            .map(|t| {
                t.configs
                    .iter()
                    .map(|(k, v)| (k.as_str(), v.as_str()))
                    .collect()
            })
            .collect();
        let new: Vec<NewTopic> = topics
            .iter()
            .zip(&configs)
            .map(|(t, cfg)| {
                cfg.iter().fold(
                    NewTopic::new(
                        &t.name,
                        t.partitions,
                        TopicReplication::Fixed(t.replication_factor.into()),
                    ),
                    |nt, (k, v)| nt.set(k, v),
                )
            })
            .collect();
        let results = self
            .client
            .create_topics(new.iter(), &self.options())
            .await
            .map_err(|e| self.unreachable(e))?;
        let outcomes = topic_outcomes(results);
        let created: Vec<&str> = succeeded(&outcomes).collect();
        self.await_metadata(|state| created.iter().all(|t| state.topics.contains_key(*t)))
            .await;
        Ok(outcomes)
    }

    async fn alter_configs(&self, changes: &[AlterRequest]) -> Result<Vec<TopicOutcome>> {
        if changes.is_empty() {
            return Ok(Vec::new());
        }
        let client = self.raw();
        let timeout = self.timeout;
        tokio::task::block_in_place(|| incremental_alter_configs(client, changes, timeout)).map_err(
            |e| match self.last_error() {
                Some(_) => self.unreachable(e),
                None => e,
            },
        )
    }

    async fn create_partitions(&self, increases: &[(String, i32)]) -> Result<Vec<TopicOutcome>> {
        let new: Vec<NewPartitions> = increases
            .iter()
            .map(|(t, n)| NewPartitions::new(t, (*n).max(0) as usize))
            .collect();
        let results = self
            .client
            .create_partitions(new.iter(), &self.options())
            .await
            .map_err(|e| self.unreachable(e))?;
        let outcomes = topic_outcomes(results);
        let grown: Vec<(&str, i32)> = succeeded(&outcomes)
            .filter_map(|t| increases.iter().find(|(n, _)| n == t).map(|(_, n)| (t, *n)))
            .collect();
        self.await_metadata(|state| {
            grown
                .iter()
                .all(|(t, n)| state.topics.get(*t).is_some_and(|ts| ts.partitions >= *n))
        })
        .await;
        Ok(outcomes)
    }

    async fn delete_topics(&self, topics: &[String]) -> Result<Vec<TopicOutcome>> {
        let names: Vec<&str> = topics.iter().map(String::as_str).collect();
        let results = self
            .client
            .delete_topics(&names, &self.options())
            .await
            .map_err(|e| self.unreachable(e))?;
        let outcomes = topic_outcomes(results);
        let deleted: Vec<&str> = succeeded(&outcomes).collect();
        self.await_metadata(|state| deleted.iter().all(|t| !state.topics.contains_key(*t)))
            .await;
        Ok(outcomes)
    }

    async fn delete_groups(&self, groups: &[String]) -> Result<Vec<TopicOutcome>> {
        // Blocks until the answer (or the deadline); off the reactor.
        let results = tokio::task::block_in_place(|| super::groups::delete_groups(self, groups));
        super::events::drain(self.raw());
        Ok(groups.iter().cloned().zip(results?).collect())
    }

    async fn delete_group_offsets(
        &self,
        group: &str,
        partitions: &[TopicPartition],
    ) -> Result<Vec<(TopicPartition, Result<(), String>)>> {
        let results =
            tokio::task::block_in_place(|| super::groups::delete_offsets(self, group, partitions));
        super::events::drain(self.raw());
        results
    }
}

impl Admin {
    /// Kafka answers CreateTopics, CreatePartitions and DeleteTopics once the
    /// controller has committed the change; the metadata a broker serves
    /// follows a moment later (seconds on a busy or just restarted broker).
    /// Waits, at most the timeout, until the metadata shows the change, so
    /// that a plan run right after apply sees what apply did. A change still
    /// invisible after that stays reported done: Kafka acknowledged it.
    async fn await_metadata(&self, visible: impl Fn(&ClusterState) -> bool) {
        let deadline = Instant::now() + self.timeout;
        loop {
            match self.cluster_state(&[]).await {
                Ok(state) if visible(&state) => return,
                _ if Instant::now() >= deadline => {
                    log::debug!("metadata does not show the change yet; not waiting longer");
                    return;
                }
                _ => tokio::time::sleep(Duration::from_millis(100)).await,
            }
        }
    }
}

/// The topics whose step the broker acknowledged.
fn succeeded(outcomes: &[TopicOutcome]) -> impl Iterator<Item = &str> {
    outcomes
        .iter()
        .filter(|(_, r)| r.is_ok())
        .map(|(t, _)| t.as_str())
}

fn topic_outcomes(results: Vec<rdkafka::admin::TopicResult>) -> Vec<TopicOutcome> {
    results
        .into_iter()
        .map(|r| match r {
            Ok(name) => (name, Ok(())),
            Err((name, code)) => (name, Err(code.to_string())),
        })
        .collect()
}

// ---------------------------------------------------------------------------
// IncrementalAlterConfigs through rdkafka-sys

/// Owns native objects and destroys them when dropped, on every path.
pub(super) struct Owned<T> {
    pub(super) ptr: *mut T,
    destroy: unsafe extern "C" fn(*mut T),
}

impl<T> Owned<T> {
    /// Takes ownership of `ptr`; `None` when it is null.
    pub(super) fn new(ptr: *mut T, destroy: unsafe extern "C" fn(*mut T)) -> Option<Self> {
        (!ptr.is_null()).then_some(Owned { ptr, destroy })
    }
}

impl<T> Drop for Owned<T> {
    fn drop(&mut self) {
        // SAFETY: `ptr` is non-null (checked in `new`), was returned by the
        // librdkafka constructor matching `destroy`, and is destroyed once.
        unsafe { (self.destroy)(self.ptr) }
    }
}

/// Copies a C string owned by librdkafka; `None` for a null pointer.
///
/// # Safety
/// `p` must be null or point to a NUL-terminated string that stays valid for
/// the duration of the call.
pub(super) unsafe fn c_text(p: *const c_char) -> Option<String> {
    (!p.is_null()).then(|| CStr::from_ptr(p).to_string_lossy().into_owned())
}

pub(super) fn err_text(code: rd::rd_kafka_resp_err_t) -> String {
    // SAFETY: rd_kafka_err2str returns a pointer to a static string for
    // every code, known or not.
    unsafe { c_text(rd::rd_kafka_err2str(code)) }.unwrap_or_else(|| format!("{code:?}"))
}

/// Sends one IncrementalAlterConfigs request holding one resource per topic
/// and waits for its result event. Blocks the calling thread.
fn incremental_alter_configs(
    client: &rdkafka::client::Client<super::KctlContext>,
    changes: &[AlterRequest],
    timeout: Duration,
) -> Result<Vec<TopicOutcome>> {
    let rk = client.native_ptr();
    let mut outcomes: Vec<TopicOutcome> = Vec::new();

    // Build the resources. Each is owned by `resources` as soon as it exists,
    // so an early return frees it.
    let mut resources: Vec<Owned<rd::rd_kafka_ConfigResource_t>> =
        Vec::with_capacity(changes.len());
    for change in changes {
        let name = CString::new(change.topic.as_str())
            .with_context(|| format!("topic name {:?} contains NUL", change.topic))?;
        // SAFETY: `name` is a valid C string; librdkafka copies it.
        let raw = unsafe {
            rd::rd_kafka_ConfigResource_new(
                rd::rd_kafka_ResourceType_t::RD_KAFKA_RESOURCE_TOPIC,
                name.as_ptr(),
            )
        };
        let resource = Owned::new(raw, rd::rd_kafka_ConfigResource_destroy)
            .ok_or_else(|| anyhow!("librdkafka could not allocate a config resource"))?;
        let mut local_error = None;
        for (key, value) in &change.ops {
            let key_c = CString::new(key.as_str())
                .with_context(|| format!("config key {key:?} contains NUL"))?;
            let value_c = value
                .as_deref()
                .map(CString::new)
                .transpose()
                .with_context(|| format!("value of {key:?} contains NUL"))?;
            let (op, value_ptr) = match &value_c {
                Some(v) => (
                    rd::rd_kafka_AlterConfigOpType_t::RD_KAFKA_ALTER_CONFIG_OP_TYPE_SET,
                    v.as_ptr(),
                ),
                None => (
                    rd::rd_kafka_AlterConfigOpType_t::RD_KAFKA_ALTER_CONFIG_OP_TYPE_DELETE,
                    std::ptr::null(),
                ),
            };
            // SAFETY: `resource.ptr` is a live resource we own; key and value
            // are valid C strings (value may be null for DELETE), copied by
            // librdkafka. A returned error object is ours to destroy.
            let err = unsafe {
                rd::rd_kafka_ConfigResource_add_incremental_config(
                    resource.ptr,
                    key_c.as_ptr(),
                    op,
                    value_ptr,
                )
            };
            if let Some(err) = Owned::new(err, rd::rd_kafka_error_destroy) {
                // SAFETY: `err.ptr` is a live error object; the string it
                // returns lives as long as the object, and is copied here.
                let text = unsafe { c_text(rd::rd_kafka_error_string(err.ptr)) };
                local_error = Some(format!(
                    "{key}: {}",
                    text.unwrap_or_else(|| "rejected by librdkafka".into())
                ));
                break;
            }
        }
        match local_error {
            // This topic is not sent; `resource` is dropped (destroyed) here.
            Some(e) => outcomes.push((change.topic.clone(), Err(e))),
            None => resources.push(resource),
        }
    }
    if resources.is_empty() {
        return Ok(outcomes);
    }

    // SAFETY: `rk` is the live handle of `client`, borrowed for this call.
    let options = Owned::new(
        unsafe {
            rd::rd_kafka_AdminOptions_new(
                rk,
                rd::rd_kafka_admin_op_t::RD_KAFKA_ADMIN_OP_INCREMENTALALTERCONFIGS,
            )
        },
        rd::rd_kafka_AdminOptions_destroy,
    )
    .ok_or_else(|| anyhow!("librdkafka could not allocate admin options"))?;
    let timeout_ms = timeout.as_millis().clamp(1, i32::MAX as u128) as c_int;
    let mut errstr = [0 as c_char; 512];
    // SAFETY: `options.ptr` is live; `errstr` is a writable buffer of the
    // length passed, which librdkafka NUL-terminates.
    let code = unsafe {
        rd::rd_kafka_AdminOptions_set_request_timeout(
            options.ptr,
            timeout_ms,
            errstr.as_mut_ptr(),
            errstr.len(),
        )
    };
    if code != RDKafkaRespErr::RD_KAFKA_RESP_ERR_NO_ERROR {
        // SAFETY: librdkafka wrote a NUL-terminated message into `errstr`.
        let msg = unsafe { c_text(errstr.as_ptr()) }.unwrap_or_default();
        bail!("cannot set the request timeout: {msg}");
    }

    // SAFETY: `rk` is live; the queue is ours and destroyed by `queue`'s drop.
    let queue = Owned::new(
        unsafe { rd::rd_kafka_queue_new(rk) },
        rd::rd_kafka_queue_destroy,
    )
    .ok_or_else(|| anyhow!("librdkafka could not create an event queue"))?;

    let mut ptrs: Vec<*mut rd::rd_kafka_ConfigResource_t> =
        resources.iter().map(|r| r.ptr).collect();
    // SAFETY: every pointer in `ptrs` is a live resource owned by `resources`,
    // which outlives this call; librdkafka copies the resources and options
    // (we keep ownership and free them on drop) and posts exactly one result
    // event to `queue`.
    unsafe {
        rd::rd_kafka_IncrementalAlterConfigs(
            rk,
            ptrs.as_mut_ptr(),
            ptrs.len(),
            options.ptr,
            queue.ptr,
        )
    };

    // The request timeout bounds the broker round trip; librdkafka posts a
    // timed-out result itself, so the margin only guards against a lost event.
    let deadline = Instant::now() + timeout + Duration::from_secs(5);
    let event = loop {
        // SAFETY: `queue.ptr` is live; a returned event is ours to destroy.
        let ev = unsafe { rd::rd_kafka_queue_poll(queue.ptr, 200) };
        if let Some(ev) = Owned::new(ev, rd::rd_kafka_event_destroy) {
            break ev;
        }
        if Instant::now() > deadline {
            bail!(
                "no answer to IncrementalAlterConfigs within {}",
                crate::domain::duration::format_millis(timeout.as_millis() as u64)
            );
        }
    };

    // SAFETY (this block): `event.ptr` is a live event we own; the pointers
    // read from it (result, resources, names, messages) are owned by the event
    // and copied into Rust strings before `event` is dropped.
    unsafe {
        let kind = rd::rd_kafka_event_type(event.ptr);
        if kind != rd::RD_KAFKA_EVENT_INCREMENTALALTERCONFIGS_RESULT {
            bail!("unexpected librdkafka event type {kind} for IncrementalAlterConfigs");
        }
        let code = rd::rd_kafka_event_error(event.ptr);
        if code != RDKafkaRespErr::RD_KAFKA_RESP_ERR_NO_ERROR {
            let msg = c_text(rd::rd_kafka_event_error_string(event.ptr))
                .unwrap_or_else(|| err_text(code));
            bail!("IncrementalAlterConfigs failed: {msg}");
        }
        let result = rd::rd_kafka_event_IncrementalAlterConfigs_result(event.ptr);
        if result.is_null() {
            bail!("IncrementalAlterConfigs: librdkafka returned no result");
        }
        let mut count = 0usize;
        let list = rd::rd_kafka_IncrementalAlterConfigs_result_resources(result, &mut count);
        for i in 0..count {
            let r = *list.add(i);
            let name = c_text(rd::rd_kafka_ConfigResource_name(r)).unwrap_or_default();
            let code = rd::rd_kafka_ConfigResource_error(r);
            let outcome = if code == RDKafkaRespErr::RD_KAFKA_RESP_ERR_NO_ERROR {
                Ok(())
            } else {
                let detail =
                    c_text(rd::rd_kafka_ConfigResource_error_string(r)).filter(|s| !s.is_empty());
                Err(match detail {
                    Some(d) => format!("{}: {d}", err_text(code)),
                    None => err_text(code),
                })
            };
            outcomes.push((name, outcome));
        }
    }
    Ok(outcomes)
}
