//! Cluster-level reads for `cluster health`, `brokers` and `topics describe`:
//! DescribeCluster (racks, through rdkafka-sys), broker configs, every
//! topic's `min.insync.replicas`, and the two requests librdkafka lacks
//! (DescribeLogDirs, DescribeQuorum) through [`super::wire`].

use std::collections::BTreeMap;

use anyhow::{anyhow, bail, Result};
use rdkafka::admin::ResourceSpecifier;
use rdkafka_sys as sys;

use super::groups::{array, cstr, deadline, no_answer, Options, Queue};
use super::wire::{self, WireError};
use super::Admin;
use crate::domain::health::{self, QuorumState, Snapshot};
use crate::domain::model::{Broker, ConfigEntry, NodeInfo, ReplicaSize, TopicMeta};

impl Admin {
    /// Whether kctl's own wire client can talk to the brokers: the connection
    /// is PLAINTEXT (no TLS, no SASL).
    fn wire_ok(&self) -> Result<(), String> {
        match self.security_protocol.as_str() {
            "plaintext" => Ok(()),
            other => Err(format!(
                "not available over {other}: librdkafka has no DescribeLogDirs or DescribeQuorum call and kctl's own client speaks PLAINTEXT only"
            )),
        }
    }

    /// The brokers DescribeCluster reports, with racks and the controller.
    pub async fn describe_cluster(&self) -> Result<(Vec<NodeInfo>, Option<i32>)> {
        tokio::task::block_in_place(|| describe_cluster(self))
    }

    /// The KRaft quorum, asked of each of `addresses` in turn until one
    /// answers; the error says why it is not known.
    pub async fn quorum(&self, addresses: &[String]) -> Result<QuorumState, String> {
        self.wire_ok()?;
        let timeout = self.timeout;
        let addresses = addresses.to_vec();
        let answer = tokio::task::spawn_blocking(move || {
            let mut last = "no broker to ask".to_string();
            for a in &addresses {
                match wire::describe_quorum(a, timeout) {
                    Ok(q) => return Ok(q),
                    Err(WireError::Unsupported(e) | WireError::Failed(e)) => last = e,
                }
            }
            Err(last)
        })
        .await
        .map_err(|e| e.to_string())??;
        let raw: Vec<(i32, i64)> = answer
            .voters
            .iter()
            .map(|v| (v.id, v.last_caught_up_ms))
            .collect();
        Ok(QuorumState {
            leader_id: answer.leader_id,
            leader_epoch: answer.leader_epoch,
            voters: health::voters(answer.leader_id, &raw),
            observers: answer.observers.iter().map(|o| o.id).collect(),
        })
    }

    /// Replica sizes on every broker in `brokers` (id, address), asked in
    /// parallel; per broker, its log dirs or why they are not known.
    pub async fn log_dirs(
        &self,
        brokers: &[(i32, String)],
    ) -> BTreeMap<i32, Result<Vec<ReplicaSize>, String>> {
        if let Err(why) = self.wire_ok() {
            return brokers
                .iter()
                .map(|(id, _)| (*id, Err(why.clone())))
                .collect();
        }
        let timeout = self.timeout;
        let tasks: Vec<_> = brokers
            .iter()
            .map(|(id, addr)| {
                let (id, addr) = (*id, addr.clone());
                tokio::task::spawn_blocking(move || {
                    let dirs = wire::describe_log_dirs(&addr, timeout);
                    (id, dirs)
                })
            })
            .collect();
        let mut out = BTreeMap::new();
        for t in tasks {
            let Ok((id, dirs)) = t.await else { continue };
            let sizes = dirs
                .map(|dirs| {
                    dirs.into_iter()
                        .map(|d| ReplicaSize {
                            log_dir: d.path,
                            error: d.error,
                            total_bytes: d.total_bytes,
                            usable_bytes: d.usable_bytes,
                            partitions: d.partitions,
                        })
                        .collect()
                })
                .map_err(|e| match e {
                    WireError::Unsupported(e) | WireError::Failed(e) => e,
                });
            out.insert(id, sizes);
        }
        out
    }

    /// Every config of broker `id`, with where its value comes from.
    pub async fn broker_configs(&self, id: i32) -> Result<Vec<ConfigEntry>> {
        let spec = [ResourceSpecifier::Broker(id)];
        let results = self
            .client
            .describe_configs(spec.iter(), &self.options())
            .await
            .map_err(|e| self.unreachable(e))?;
        let resource = results
            .into_iter()
            .next()
            .ok_or_else(|| anyhow!("broker {id}: no answer to DescribeConfigs"))?
            .map_err(|e| anyhow!("describe configs of broker {id}: {e}"))?;
        Ok(super::config_entries(&resource))
    }

    /// Each topic's effective `min.insync.replicas`, in one DescribeConfigs.
    pub async fn min_insync_replicas(&self, topics: &[&str]) -> Result<BTreeMap<String, i32>> {
        let configs = self.topic_configs(topics).await?;
        Ok(configs
            .into_iter()
            .filter_map(|(topic, entries)| {
                entries
                    .iter()
                    .find(|e| e.name == "min.insync.replicas")
                    .and_then(|e| e.value.as_deref()?.parse().ok())
                    .map(|v| (topic, v))
            })
            .collect())
    }
}

fn describe_cluster(admin: &Admin) -> Result<(Vec<NodeInfo>, Option<i32>)> {
    let rk = admin.raw().native_ptr();
    let queue = Queue::new(rk)?;
    let opts = Options::new(
        rk,
        sys::rd_kafka_admin_op_t::RD_KAFKA_ADMIN_OP_DESCRIBECLUSTER,
        admin.timeout,
    )?;
    // SAFETY: client, options and queue are live for the call.
    unsafe { sys::rd_kafka_DescribeCluster(rk, opts.0, queue.0) };
    let ev = queue
        .poll(deadline(admin))
        .ok_or_else(|| admin.unreachable(no_answer(admin, "DescribeCluster")))?;
    super::events::drain(admin.raw());
    if let Some(e) = ev.error() {
        return Err(admin.unreachable(format!("DescribeCluster: {e}")));
    }
    // SAFETY: the result and its nodes live as long as `ev`; strings are
    // copied out before it drops.
    unsafe {
        let res = sys::rd_kafka_event_DescribeCluster_result(ev.0);
        if res.is_null() {
            bail!("DescribeCluster: unexpected result event");
        }
        let mut n = 0usize;
        let nodes = array(sys::rd_kafka_DescribeCluster_result_nodes(res, &mut n), n);
        let mut out: Vec<NodeInfo> = nodes
            .iter()
            .map(|&node| {
                let rack = cstr(sys::rd_kafka_Node_rack(node));
                NodeInfo {
                    id: sys::rd_kafka_Node_id(node),
                    host: cstr(sys::rd_kafka_Node_host(node)),
                    port: i32::from(sys::rd_kafka_Node_port(node)),
                    rack: (!rack.is_empty()).then_some(rack),
                }
            })
            .collect();
        out.sort_by_key(|b| b.id);
        let controller = sys::rd_kafka_DescribeCluster_result_controller(res);
        let controller = (!controller.is_null()).then(|| sys::rd_kafka_Node_id(controller));
        Ok((out, controller))
    }
}

impl Admin {
    /// One snapshot for `cluster health`: alive brokers and the controller,
    /// every topic's partitions and `min.insync.replicas`, and the quorum.
    /// Fails only when the metadata itself cannot be read (health unknown);
    /// anything else unreadable is listed in `unknown`.
    pub async fn health_snapshot(&self) -> Result<Snapshot> {
        let md = self.fetch_metadata(None).await?;
        let topics: Vec<TopicMeta> = md.topics().iter().map(super::topic_meta).collect();
        let alive: Vec<Broker> = md
            .brokers()
            .iter()
            .map(|b| Broker {
                id: b.id(),
                host: b.host().to_string(),
                port: b.port(),
            })
            .collect();
        let mut unknown = Vec::new();
        let controller_id = match self.describe_cluster().await {
            Ok((_, controller)) => controller,
            Err(e) => {
                unknown.push(format!("controller: {e}"));
                None
            }
        };
        let names: Vec<&str> = topics.iter().map(|t| t.name.as_str()).collect();
        let min_isr = match self.min_insync_replicas(&names).await {
            Ok(m) => m,
            Err(e) => {
                unknown.push(format!("min.insync.replicas: {e:#}"));
                BTreeMap::new()
            }
        };
        let addresses: Vec<String> = alive
            .iter()
            .map(|b| format!("{}:{}", b.host, b.port))
            .collect();
        let quorum = self.quorum(&addresses).await;
        Ok(Snapshot {
            alive,
            controller_id,
            topics,
            min_isr,
            quorum,
            unknown,
            ..Snapshot::default()
        })
    }
}
