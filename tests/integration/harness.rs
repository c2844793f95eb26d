//! Shared test plumbing: the sandbox, a `kctl` command builder, unique names,
//! wait-until-true polling and direct rdkafka access for fixtures.

#![allow(dead_code)]

use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::OnceLock;
use std::time::{Duration, Instant};

use rdkafka::admin::{AdminClient, AdminOptions, NewTopic, TopicReplication};
use rdkafka::client::DefaultClientContext;
use rdkafka::config::ClientConfig;

pub struct Sandbox {
    pub bootstrap: String,
    pub registry: String,
    /// True when the suite targets an external cluster (no broker restarts).
    pub external: bool,
    /// The sandbox state directory (broker logs), when we started it.
    pub dir: Option<PathBuf>,
}

pub fn repo_root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

pub fn sandbox() -> &'static Sandbox {
    static SANDBOX: OnceLock<Sandbox> = OnceLock::new();
    SANDBOX.get_or_init(|| {
        if let (Ok(b), Ok(r)) = (
            std::env::var("KCTL_TEST_BOOTSTRAP"),
            std::env::var("KCTL_TEST_REGISTRY"),
        ) {
            return Sandbox {
                bootstrap: b,
                registry: r,
                external: true,
                dir: None,
            };
        }
        start_sandbox()
    })
}

pub fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .expect("a free loopback port")
}

fn start_sandbox() -> Sandbox {
    let root = repo_root();
    let dir = root
        .join("target/test-sandbox")
        .join(std::process::id().to_string());
    let (bport, cport, rport) = (free_port(), free_port(), free_port());
    let registry = std::env::var("KCTL_TEST_REGISTRY_KIND").unwrap_or_else(|_| "kctl".into());
    let status = Command::new(root.join("scripts/sandbox"))
        .args(["start", "--fresh", "--dir"])
        .arg(&dir)
        .args(["--broker-ports", &bport.to_string()])
        .args(["--controller-ports", &cport.to_string()])
        .args(["--registry-port", &rport.to_string()])
        .args(["--registry", &registry])
        .args(["--watch-pid", &std::process::id().to_string()])
        .status()
        .expect("run scripts/sandbox");
    assert!(status.success(), "scripts/sandbox start failed");
    let registry = std::fs::read_to_string(dir.join("registry.url"))
        .expect("scripts/sandbox writes registry.url")
        .trim()
        .to_string();
    Sandbox {
        bootstrap: format!("127.0.0.1:{bport}"),
        registry,
        external: false,
        dir: Some(dir),
    }
}

/// SIGKILLs `pid` once this test process has exited, so that an interrupted
/// run leaves no server behind.
pub fn kill_when_tests_end(pid: u32) {
    let script = format!(
        "while kill -0 {me} 2>/dev/null; do sleep 1; done; kill -9 {pid} 2>/dev/null",
        me = std::process::id()
    );
    let _ = Command::new("sh")
        .args(["-c", &script])
        .stdin(std::process::Stdio::null())
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn();
}

/// True when the suite runs against Apicurio Registry
/// (`KCTL_TEST_REGISTRY_KIND=apicurio`, the second pass of scripts/test).
pub fn apicurio() -> bool {
    std::env::var("KCTL_TEST_REGISTRY_KIND").is_ok_and(|k| k == "apicurio")
}

/// For a test that cannot run against Apicurio because of a deviation the
/// registry contract suite asserts: says so on stderr and returns true when
/// the suite runs against Apicurio.
pub fn not_on_apicurio(why: &str) -> bool {
    if apicurio() {
        eprintln!("not run against Apicurio 2.4.2: {why}");
    }
    apicurio()
}

pub fn kctl_bin() -> &'static Path {
    Path::new(env!("CARGO_BIN_EXE_kctl"))
}

/// `kctl` with the sandbox in its environment and no user config: every test
/// starts from the same settings whatever the developer's machine holds.
pub fn kctl() -> assert_cmd::Command {
    let sb = sandbox();
    let mut cmd = assert_cmd::Command::new(kctl_bin());
    isolate(&mut cmd);
    cmd.env("KAFKA_BOOTSTRAP_SERVERS", &sb.bootstrap)
        .env("SCHEMA_REGISTRY_URL", &sb.registry)
        .timeout(Duration::from_secs(120));
    cmd
}

/// `kctl` without the sandbox (for tests that need no broker).
pub fn kctl_offline() -> assert_cmd::Command {
    let mut cmd = assert_cmd::Command::new(kctl_bin());
    isolate(&mut cmd);
    cmd.timeout(Duration::from_secs(60));
    cmd
}

fn isolate(cmd: &mut assert_cmd::Command) {
    for var in [
        "KAFKA_BOOTSTRAP_SERVERS",
        "SCHEMA_REGISTRY_URL",
        "KCTL_CONTEXT",
        "KCTL_SASL_PASSWORD",
        "KCTL_REGISTRY_PASSWORD",
    ] {
        cmd.env_remove(var);
    }
    cmd.env("KCTL_CONFIG", "/nonexistent/kctl-test-config.yaml");
}

/// A topic name no other test (or earlier run) uses.
pub fn unique(prefix: &str) -> String {
    static N: AtomicUsize = AtomicUsize::new(0);
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.subsec_nanos())
        .unwrap_or(0);
    format!(
        "{prefix}.t{}x{}x{}",
        std::process::id(),
        N.fetch_add(1, Ordering::SeqCst),
        nanos % 100_000
    )
}

/// Polls `check` until it returns true; panics with `what` after `limit`.
pub fn wait_until(what: &str, limit: Duration, mut check: impl FnMut() -> bool) {
    let start = Instant::now();
    while !check() {
        assert!(
            start.elapsed() < limit,
            "timed out after {limit:?} waiting for {what}"
        );
        std::thread::sleep(Duration::from_millis(100));
    }
}

pub fn client_config() -> ClientConfig {
    let mut cfg = ClientConfig::new();
    cfg.set("bootstrap.servers", &sandbox().bootstrap);
    cfg
}

/// Creates a topic directly through rdkafka (a fixture independent of kctl).
pub fn create_topic(name: &str, partitions: i32, configs: &[(&str, &str)]) {
    let admin: AdminClient<DefaultClientContext> = client_config().create().expect("admin client");
    let mut topic = NewTopic::new(name, partitions, TopicReplication::Fixed(1));
    for (k, v) in configs {
        topic = topic.set(k, v);
    }
    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
    let result = rt
        .block_on(admin.create_topics([&topic], &AdminOptions::new()))
        .expect("create_topics request");
    for r in result {
        r.unwrap_or_else(|(t, e)| panic!("create topic {t}: {e}"));
    }
    wait_until(
        &format!("topic {name} in metadata"),
        Duration::from_secs(30),
        || {
            admin
                .inner()
                .fetch_metadata(Some(name), Duration::from_secs(5))
                .is_ok_and(|md| {
                    md.topics().iter().any(|t| {
                        t.name() == name && t.error().is_none() && !t.partitions().is_empty()
                    })
                })
        },
    );
}

/// Parses stdout as JSON, with the text in the panic message when it is not.
pub fn json(out: &std::process::Output) -> serde_json::Value {
    serde_json::from_slice(&out.stdout).unwrap_or_else(|e| {
        panic!(
            "stdout is not JSON ({e}):\n{}\nstderr:\n{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        )
    })
}

pub fn stderr(out: &std::process::Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

pub fn stdout(out: &std::process::Output) -> String {
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// One record as a test reads it back: bytes exactly as stored.
#[derive(Clone, Debug)]
pub struct TopicRecord {
    pub partition: i32,
    pub offset: i64,
    pub key: Option<Vec<u8>>,
    pub value: Option<Vec<u8>>,
    pub headers: Vec<(String, Option<Vec<u8>>)>,
}

impl TopicRecord {
    /// The last value of header `k`, as text.
    pub fn header(&self, k: &str) -> Option<String> {
        self.headers
            .iter()
            .rev()
            .find(|(hk, _)| hk == k)
            .and_then(|(_, v)| v.as_ref())
            .map(|v| String::from_utf8_lossy(v).into_owned())
    }

    pub fn value_text(&self) -> String {
        String::from_utf8_lossy(self.value.as_deref().unwrap_or_default()).into_owned()
    }
}

/// Every record of `topic` at `bootstrap` that a reader with `isolation`
/// (`read_committed` or `read_uncommitted`) sees, read with a plain rdkafka
/// consumer (independent of kctl) to the end of every partition, sorted by
/// partition and offset.
pub fn read_topic(bootstrap: &str, topic: &str, isolation: &str) -> Vec<TopicRecord> {
    use rdkafka::consumer::{BaseConsumer, Consumer};
    use rdkafka::error::KafkaError;
    use rdkafka::message::{Headers, Message};
    use rdkafka::{Offset, TopicPartitionList};

    let consumer: BaseConsumer = ClientConfig::new()
        .set("bootstrap.servers", bootstrap)
        .set("group.id", "kctl-test-reader")
        .set("isolation.level", isolation)
        .set("enable.auto.commit", "false")
        .set("enable.partition.eof", "true")
        .create()
        .expect("consumer");
    let md = consumer
        .fetch_metadata(Some(topic), Duration::from_secs(10))
        .expect("metadata");
    let mut tpl = TopicPartitionList::new();
    let mut open = 0;
    for p in md.topics()[0].partitions() {
        let (low, high) = consumer
            .fetch_watermarks(topic, p.id(), Duration::from_secs(10))
            .expect("watermarks");
        if high > low {
            tpl.add_partition_offset(topic, p.id(), Offset::Offset(low))
                .unwrap();
            open += 1;
        }
    }
    let mut out = Vec::new();
    if open == 0 {
        return out;
    }
    consumer.assign(&tpl).unwrap();
    let deadline = Instant::now() + Duration::from_secs(60);
    while open > 0 {
        assert!(Instant::now() < deadline, "reading {topic} timed out");
        match consumer.poll(Duration::from_millis(500)) {
            None => {}
            Some(Err(KafkaError::PartitionEOF(_))) => open -= 1,
            Some(Err(e)) => panic!("reading {topic}: {e}"),
            Some(Ok(m)) => out.push(TopicRecord {
                partition: m.partition(),
                offset: m.offset(),
                key: m.key().map(<[u8]>::to_vec),
                value: m.payload().map(<[u8]>::to_vec),
                headers: m
                    .headers()
                    .map(|hs| {
                        hs.iter()
                            .map(|x| (x.key.to_string(), x.value.map(<[u8]>::to_vec)))
                            .collect()
                    })
                    .unwrap_or_default(),
            }),
        }
    }
    out.sort_by_key(|r| (r.partition, r.offset));
    out
}

/// Runs `cmd` in the background with its output captured.
pub fn spawn(mut cmd: Command) -> std::process::Child {
    cmd.stdin(std::process::Stdio::null())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("start kctl")
}

/// Waits for `child` (at most `limit`, then SIGKILL and panic) and returns
/// its output.
pub fn finish(child: std::process::Child, limit: Duration) -> std::process::Output {
    let pid = child.id();
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let _ = tx.send(child.wait_with_output());
    });
    match rx.recv_timeout(limit) {
        Ok(out) => out.expect("wait for kctl"),
        Err(_) => {
            // SAFETY: plain kill(2) on the pid of our own child.
            unsafe { libc::kill(pid as i32, libc::SIGKILL) };
            panic!("kctl did not finish within {limit:?}");
        }
    }
}
