//! The only module that imports rdkafka (and rdkafka-sys for admin calls the
//! crate lacks). It turns librdkafka's results into `domain::model` values and its
//! failures into one-line errors that name the broker address.

use std::collections::HashMap;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use anyhow::{anyhow, Context as _, Result};
use rdkafka::admin::{AdminClient, AdminOptions, ResourceSpecifier};
use rdkafka::client::{Client, ClientContext};
use rdkafka::config::{ClientConfig, RDKafkaLogLevel};
use rdkafka::consumer::ConsumerContext;
use rdkafka::error::{KafkaError, RDKafkaErrorCode};
use rdkafka::metadata::Metadata;

pub mod acls;
pub mod cluster;
pub mod consumer;
pub mod dlq_io;
pub mod errors;
pub mod events;
pub mod fast_tail;
pub mod fetch;
pub mod groups;
pub mod producer;
pub mod retire;
pub mod topics_admin;
pub mod wire;
pub mod wire_groups;

use crate::domain::model::{Broker, ClusterInfo, ConfigEntry, PartitionMeta, TopicMeta};
use crate::settings::Settings;

/// Client context shared by every kctl client: it keeps the last error
/// librdkafka reported (so a timeout can say *why*, e.g. "Connection refused")
/// and sends librdkafka's log lines to the `log` facade, shown only with `-vv`.
/// Once a long-running command is connected it calls [`Self::watch_brokers`],
/// and a broker lost mid-run is announced in one warning line.
#[derive(Clone, Default)]
pub struct KctlContext {
    last_error: Arc<Mutex<Option<String>>>,
    /// Every broker is down and the last attempt was refused: nothing
    /// listens there, and waiting for `--timeout` would not change that.
    refused: Arc<AtomicBool>,
    /// Addresses (as configured) whose connection was refused.
    refused_at: Arc<Mutex<std::collections::HashSet<String>>>,
    watch: Arc<BrokerWatch>,
}

#[derive(Default)]
struct BrokerWatch {
    armed: AtomicBool,
}

/// When each lost broker was last announced, for the whole process: a
/// command with several clients (tail reading a topic with one consumer per
/// core, or several topics) still says it once.
static ANNOUNCED: std::sync::LazyLock<Mutex<HashMap<String, Instant>>> =
    std::sync::LazyLock::new(Default::default);

/// A broker still unreachable this long after its announcement is announced
/// again.
const ANNOUNCE_AGAIN_AFTER: Duration = Duration::from_secs(60);

impl KctlContext {
    pub fn last_error(&self) -> Option<String> {
        self.last_error.lock().ok().and_then(|e| e.clone())
    }

    /// Nothing listens at any of `bootstrap` (comma-separated): every
    /// address refused the connection, or librdkafka found every broker down
    /// after a refusal.
    fn refused(&self, bootstrap: &str) -> bool {
        if self.refused.load(Ordering::Relaxed) {
            return true;
        }
        let Ok(at) = self.refused_at.lock() else {
            return false;
        };
        bootstrap
            .split(',')
            .map(str::trim)
            .filter(|a| !a.is_empty())
            .all(|a| at.contains(a))
    }

    /// From now on, announce a broker that becomes unreachable (once per
    /// broker and minute). Called by long-running commands once connected,
    /// so that a cluster unreachable from the start stays one error line.
    pub fn watch_brokers(&self) {
        self.watch.armed.store(true, Ordering::Relaxed);
    }
}

impl ClientContext for KctlContext {
    fn log(&self, level: RDKafkaLogLevel, fac: &str, message: &str) {
        log::trace!(target: "rdkafka", "{level:?} {fac}: {message}");
    }

    fn error(&self, error: KafkaError, reason: &str) {
        log::trace!(target: "rdkafka", "error: {error}: {reason}");
        let all_down = error.rdkafka_error_code() == Some(RDKafkaErrorCode::AllBrokersDown);
        if let Ok(mut e) = self.last_error.lock() {
            if all_down {
                // Keep the cause ("Connection refused") rather than the summary.
                if e.as_deref().is_some_and(errors::is_refusal) {
                    self.refused.store(true, Ordering::Relaxed);
                }
                if e.is_none() {
                    *e = Some(reason.to_string());
                }
            } else {
                *e = Some(reason.to_string());
            }
        }
        if errors::is_refusal(reason) {
            if let Some((address, _)) = reason.split_once('/') {
                if let Ok(mut at) = self.refused_at.lock() {
                    at.insert(address.to_string());
                }
            }
        }
        if !self.watch.armed.load(Ordering::Relaxed) {
            return;
        }
        let Some((broker, line)) = errors::broker_loss(reason) else {
            return;
        };
        let Ok(mut announced) = ANNOUNCED.lock() else {
            return;
        };
        let now = Instant::now();
        let due = announced
            .get(&broker)
            .is_none_or(|at| now.duration_since(*at) >= ANNOUNCE_AGAIN_AFTER);
        if due {
            announced.insert(broker, now);
            log::warn!(target: "kctl::kafka", "{line}");
        }
    }
}

impl ConsumerContext for KctlContext {}

/// The librdkafka configuration for `settings`: bootstrap servers, security,
/// `-X` properties, and timeouts bounded by `--timeout`.
pub fn client_config(settings: &Settings) -> ClientConfig {
    let mut cfg = ClientConfig::new();
    cfg.set("bootstrap.servers", &settings.bootstrap_servers)
        .set("client.id", "kctl")
        .set("socket.timeout.ms", millis(settings.timeout).to_string())
        .set(
            "socket.connection.setup.timeout.ms",
            millis(settings.timeout).to_string(),
        )
        // Without this librdkafka retries metadata for a missing topic forever.
        .set("allow.auto.create.topics", "false")
        // librdkafka connects to a broker learned from metadata no sooner
        // than half this after its bootstrap connection (at least 11 ms):
        // 50 ms with the default of 100, on every command. Retries still
        // back off exponentially up to reconnect.backoff.max.ms (10 s).
        .set("reconnect.backoff.ms", "20");
    cfg.set_log_level(if settings.verbose >= 2 {
        RDKafkaLogLevel::Debug
    } else {
        RDKafkaLogLevel::Error
    });
    for (k, v) in &settings.kafka_properties {
        cfg.set(k, v.expose());
    }
    cfg
}

/// Waits until some broker answers a (broker-only, so cheap) Metadata request,
/// for at most `--timeout`, and fails at once when every connection is
/// refused: every command then fails the same way, in the same words, and a
/// refused connection never waits out the timeout.
pub(crate) fn wait_for_broker<C: ClientContext>(
    client: &Client<C>,
    explain: &errors::Explainer,
) -> Result<()> {
    let deadline = Instant::now() + explain.timeout;
    let rk = client.native_ptr();
    loop {
        let now = Instant::now();
        let slice = deadline
            .saturating_duration_since(now)
            .min(Duration::from_millis(200))
            .max(Duration::from_millis(1));
        let mut md: *const rdkafka_sys::rd_kafka_metadata = std::ptr::null();
        // SAFETY: `rk` is live for the call; `md` is written only on success
        // and destroyed right after.
        let err = unsafe {
            rdkafka_sys::rd_kafka_metadata(
                rk,
                0,
                std::ptr::null_mut(),
                &mut md,
                slice.as_millis() as i32,
            )
        };
        if err == rdkafka_sys::rd_kafka_resp_err_t::RD_KAFKA_RESP_ERR_NO_ERROR {
            // SAFETY: a successful call set `md`, freed exactly once here.
            unsafe { rdkafka_sys::rd_kafka_metadata_destroy(md) };
            return Ok(());
        }
        // Errors wait on the main queue until served to the context. Nothing
        // is assigned or produced yet, so no record or report is consumed.
        events::drain(client);
        if explain.context.refused(&explain.bootstrap) {
            return Err(explain.refused());
        }
        if Instant::now() >= deadline {
            return Err(explain.failure(RDKafkaErrorCode::from(err)));
        }
    }
}

fn millis(d: Duration) -> u64 {
    d.as_millis().clamp(1, i32::MAX as u128) as u64
}

/// An admin connection plus what is needed to explain its failures.
pub struct Admin {
    /// Dropped by [`retire`] (see there), never inline.
    pub(crate) client: std::mem::ManuallyDrop<AdminClient<KctlContext>>,
    pub(crate) timeout: Duration,
    explain: errors::Explainer,
    /// `security.protocol`, lower-cased (`plaintext` unless configured).
    pub(crate) security_protocol: String,
}

impl Drop for Admin {
    fn drop(&mut self) {
        // SAFETY: `client` is taken exactly once, here, and never used after.
        let client = unsafe { std::mem::ManuallyDrop::take(&mut self.client) };
        retire::retire(client);
    }
}

impl Admin {
    /// Connects and waits until a broker answers (see [`wait_for_broker`]).
    pub fn connect(settings: &Settings) -> Result<Self> {
        let context = KctlContext::default();
        let client: AdminClient<KctlContext> = client_config(settings)
            .create_with_context(context.clone())
            .map_err(|e| anyhow!("invalid Kafka client configuration: {e}"))?;
        let explain = errors::Explainer {
            context,
            bootstrap: settings.bootstrap_servers.clone(),
            timeout: settings.timeout,
        };
        wait_for_broker(client.inner(), &explain)?;
        let security_protocol = settings
            .kafka_properties
            .iter()
            .rev()
            .find(|(k, _)| k == "security.protocol")
            .map_or("plaintext".to_string(), |(_, v)| {
                v.expose().to_ascii_lowercase()
            });
        Ok(Admin {
            client: std::mem::ManuallyDrop::new(client),
            timeout: settings.timeout,
            explain,
            security_protocol,
        })
    }

    pub(crate) fn options(&self) -> AdminOptions {
        AdminOptions::new()
            .request_timeout(Some(self.timeout))
            .operation_timeout(Some(self.timeout))
    }

    /// The last error librdkafka reported, if any.
    pub(crate) fn last_error(&self) -> Option<String> {
        self.explain.context.last_error()
    }

    pub(crate) fn raw(&self) -> &Client<KctlContext> {
        self.client.inner()
    }

    /// Explains a failed call: which address, and the last transport error.
    pub(crate) fn unreachable(&self, err: impl std::fmt::Display) -> anyhow::Error {
        // The admin client's errors wait on its main queue until served.
        events::drain(self.raw());
        self.explain.failure(err)
    }

    /// Metadata for one topic or all, fetched off the async runtime since
    /// librdkafka blocks. An unknown topic is an error naming it.
    pub async fn metadata(&self, topic: Option<&str>) -> Result<Vec<TopicMeta>> {
        let md = self.fetch_metadata(topic).await?;
        let topics: Vec<TopicMeta> = md.topics().iter().map(topic_meta).collect();
        if let Some(name) = topic {
            let t = md.topics().iter().find(|t| t.name() == name);
            if let Some(err) = t.and_then(|t| t.error()) {
                let code = err;
                if code == rdkafka::types::RDKafkaRespErr::RD_KAFKA_RESP_ERR_UNKNOWN_TOPIC_OR_PART {
                    return Err(anyhow!("topic {name:?} does not exist"));
                }
                return Err(anyhow!(
                    "topic {name:?}: {}",
                    rdkafka::error::RDKafkaErrorCode::from(err)
                ));
            }
        }
        Ok(topics)
    }

    async fn fetch_metadata(&self, topic: Option<&str>) -> Result<Metadata> {
        let client = self.raw();
        let timeout = self.timeout;
        // fetch_metadata blocks the calling thread for up to `timeout`.
        let result = tokio::task::block_in_place(|| client.fetch_metadata(topic, timeout));
        result.map_err(|e| self.unreachable(e))
    }

    pub async fn cluster_info(&self) -> Result<ClusterInfo> {
        let md = self.fetch_metadata(None).await?;
        let client = self.raw();
        let timeout = self.timeout;
        let cluster_id = tokio::task::block_in_place(|| client.fetch_cluster_id(timeout));
        let controller = tokio::task::block_in_place(|| {
            // SAFETY: the pointer comes from a live client owned by `self`;
            // rd_kafka_controllerid only reads cached metadata or waits for it.
            unsafe {
                rdkafka_sys::rd_kafka_controllerid(client.native_ptr(), millis(timeout) as i32)
            }
        });
        let mut brokers: Vec<Broker> = md
            .brokers()
            .iter()
            .map(|b| Broker {
                id: b.id(),
                host: b.host().to_string(),
                port: b.port(),
            })
            .collect();
        brokers.sort_by_key(|b| b.id);
        Ok(ClusterInfo {
            cluster_id,
            controller_id: (controller >= 0).then_some(controller),
            brokers,
            topic_count: md.topics().len(),
        })
    }

    /// DescribeConfigs for many topics in one request.
    pub async fn topic_configs(&self, topics: &[&str]) -> Result<Vec<(String, Vec<ConfigEntry>)>> {
        if topics.is_empty() {
            return Ok(Vec::new());
        }
        let specs: Vec<ResourceSpecifier> =
            topics.iter().map(|t| ResourceSpecifier::Topic(t)).collect();
        let results = self
            .client
            .describe_configs(specs.iter(), &self.options())
            .await
            .map_err(|e| self.unreachable(e))?;
        let mut out = Vec::with_capacity(results.len());
        for (name, result) in topics.iter().zip(results) {
            let resource = result
                .map_err(|e| anyhow!("describe configs of topic {name:?}: {e}"))
                .context("DescribeConfigs")?;
            out.push((name.to_string(), config_entries(&resource)));
        }
        Ok(out)
    }
}

/// A DescribeConfigs resource's entries, sorted by name, with each source
/// as rdkafka names it (`DynamicTopic`, `StaticBroker`, `Default`, ...).
pub(crate) fn config_entries(resource: &rdkafka::admin::ConfigResource) -> Vec<ConfigEntry> {
    let mut entries: Vec<ConfigEntry> = resource
        .entries
        .iter()
        .map(|e| ConfigEntry {
            name: e.name.clone(),
            value: e.value.clone(),
            source: format!("{:?}", e.source),
            is_default: e.is_default,
            is_sensitive: e.is_sensitive,
        })
        .collect();
    entries.sort_by(|a, b| a.name.cmp(&b.name));
    entries
}

/// The sorted partition ids of `topic` in `md`. A topic the broker does not
/// know, or one without partitions, is the one-line error "does not exist".
pub(crate) fn partition_ids(md: &Metadata, topic: &str) -> Result<Vec<i32>> {
    let missing = || anyhow!("topic {topic:?} does not exist");
    let t = md
        .topics()
        .iter()
        .find(|t| t.name() == topic)
        .ok_or_else(missing)?;
    if let Some(err) = t.error() {
        let code = rdkafka::error::RDKafkaErrorCode::from(err);
        if code == rdkafka::error::RDKafkaErrorCode::UnknownTopicOrPartition {
            return Err(missing());
        }
        return Err(anyhow!("topic {topic:?}: {code}"));
    }
    let mut ids: Vec<i32> = t.partitions().iter().map(|p| p.id()).collect();
    ids.sort_unstable();
    if ids.is_empty() {
        return Err(missing());
    }
    Ok(ids)
}

fn topic_meta(t: &rdkafka::metadata::MetadataTopic) -> TopicMeta {
    let mut partitions: Vec<PartitionMeta> = t
        .partitions()
        .iter()
        .map(|p| PartitionMeta {
            partition: p.id(),
            leader: p.leader(),
            replicas: p.replicas().to_vec(),
            isr: p.isr().to_vec(),
            error: p
                .error()
                .map(|e| rdkafka::error::RDKafkaErrorCode::from(e).to_string()),
        })
        .collect();
    partitions.sort_by_key(|p| p.partition);
    TopicMeta {
        name: t.name().to_string(),
        partitions,
    }
}
