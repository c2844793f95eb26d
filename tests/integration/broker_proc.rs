//! Kafka clusters of a test's own: Apache Kafka in KRaft mode, one node or
//! three, started through `scripts/sandbox` (the same launcher as the shared
//! sandbox and the quickstart) in a state directory under target/. Used by the
//! secure broker (TLS and SASL listeners added with `--broker-config`), the
//! fault tests (SIGKILL in the middle of an operation, restart on the same
//! data) and the three-node tests (one node killed and brought back).
//!
//! `scripts/sandbox start --watch-pid` stops every cluster started here when
//! the test process is gone, so a panicking or interrupted run leaves no JVM
//! behind.

#![allow(dead_code)]

use std::net::TcpStream;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Duration;

use crate::harness::{free_port, repo_root};

/// The test registry binary, as `scripts/sandbox` finds it.
pub fn registry_bin() -> PathBuf {
    let bin = std::env::var_os("KCTL_REGISTRY_BIN")
        .map(PathBuf::from)
        .unwrap_or_else(|| repo_root().join("target/debug/kctl-test-registry"));
    assert!(
        bin.exists(),
        "the test registry is missing at {} (cargo build -p kctl-test-registry)",
        bin.display()
    );
    bin
}

/// A fresh state directory under target/, named after the test run.
pub fn state_dir(name: &str) -> PathBuf {
    let dir = repo_root()
        .join("target/test-sandbox")
        .join(format!("{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("create the cluster's state directory");
    dir
}

/// The classpath of the cached Kafka jars (`scripts/sandbox install`), for
/// Kafka's own command-line tools.
pub fn kafka_classpath() -> String {
    let cache = std::env::var_os("KCTL_CACHE")
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".cache/kctl")))
        .expect("KCTL_CACHE or HOME is set");
    let pom = std::fs::read_to_string(repo_root().join("scripts/kafka/pom.xml"))
        .expect("scripts/kafka/pom.xml");
    let version = pom
        .split("<kafka.version>")
        .nth(1)
        .and_then(|s| s.split('<').next())
        .expect("kafka.version in scripts/kafka/pom.xml");
    let libs = cache.join(format!("kafka-{version}/libs"));
    assert!(
        libs.join(format!("kafka_2.13-{version}.jar")).exists(),
        "Kafka {version} is not installed in {} (run scripts/setup)",
        libs.display()
    );
    format!("{}/*", libs.display())
}

pub fn port_open(port: u16) -> bool {
    TcpStream::connect_timeout(&([127, 0, 0, 1], port).into(), Duration::from_millis(200)).is_ok()
}

fn sandbox(args: &[&str], dir: &Path) {
    let out = Command::new(repo_root().join("scripts/sandbox"))
        .args(args)
        .arg("--dir")
        .arg(dir)
        .output()
        .expect("run scripts/sandbox");
    assert!(
        out.status.success(),
        "scripts/sandbox {args:?} failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
}

/// One Kafka cluster: its client ports (node i at `ports[i-1]`, PLAINTEXT)
/// and its state directory (each node's `kafka.log` is there).
pub struct Broker {
    pub dir: PathBuf,
    /// Node 1's PLAINTEXT client port.
    pub port: u16,
    pub ports: Vec<u16>,
    /// The registry's URL; empty without one.
    pub registry: String,
}

impl Broker {
    /// A single-node cluster on free ports.
    pub fn start(dir: &Path) -> Broker {
        Broker::start_with(dir, 1, None)
    }

    /// `nodes` nodes (1 or 3) on free ports; `extra` is appended to every
    /// node's server.properties (later keys win).
    pub fn start_with(dir: &Path, nodes: usize, extra: Option<&str>) -> Broker {
        Broker::start_full(dir, nodes, extra, "none")
    }

    /// `nodes` nodes and a registry of `registry` kind (`kctl`, `apicurio`
    /// or `none`) on free ports.
    pub fn start_full(dir: &Path, nodes: usize, extra: Option<&str>, registry: &str) -> Broker {
        let ports: Vec<u16> = (0..nodes).map(|_| free_port()).collect();
        let controllers: Vec<u16> = (0..nodes).map(|_| free_port()).collect();
        let join = |ps: &[u16]| {
            ps.iter()
                .map(|p| p.to_string())
                .collect::<Vec<_>>()
                .join(",")
        };
        let (ports_arg, controllers_arg, nodes_arg) =
            (join(&ports), join(&controllers), nodes.to_string());
        let me = std::process::id().to_string();
        let registry_port = free_port().to_string();
        let mut args = vec![
            "start",
            "--fresh",
            "--registry",
            registry,
            "--registry-port",
            &registry_port,
            "--brokers",
            &nodes_arg,
            "--broker-ports",
            &ports_arg,
            "--controller-ports",
            &controllers_arg,
            "--watch-pid",
            &me,
        ];
        let extra_file = dir.join("extra.properties");
        let extra_path = extra_file.to_string_lossy().into_owned();
        if let Some(extra) = extra {
            std::fs::write(&extra_file, extra).expect("write the extra broker config");
            args.extend(["--broker-config", &extra_path]);
        }
        sandbox(&args, dir);
        let registry = std::fs::read_to_string(dir.join("registry.url"))
            .map(|u| u.trim().to_string())
            .unwrap_or_default();
        Broker {
            dir: dir.to_path_buf(),
            port: ports[0],
            ports,
            registry,
        }
    }

    /// Every node's PLAINTEXT address, comma-separated.
    pub fn bootstrap(&self) -> String {
        self.ports
            .iter()
            .map(|p| format!("127.0.0.1:{p}"))
            .collect::<Vec<_>>()
            .join(",")
    }

    /// SIGKILL of node `i` (1-based): no flush, no controlled shutdown.
    pub fn kill_node(&mut self, i: usize) {
        sandbox(&["node", "kill", &i.to_string()], &self.dir);
    }

    /// Starts node `i` again on its data; returns once every node lists it.
    pub fn start_node(&mut self, i: usize) {
        sandbox(&["node", "start", &i.to_string()], &self.dir);
    }

    /// SIGSTOP of node `i`: it freezes at once, in the middle of whatever it
    /// was doing (a `kill_node` afterwards takes longer to land: it goes
    /// through scripts/sandbox).
    pub fn freeze_node(&self, i: usize) {
        let pid: i32 = std::fs::read_to_string(self.dir.join(format!("node-{i}/pid")))
            .expect("the node's pid file")
            .trim()
            .parse()
            .expect("a pid");
        // SAFETY: plain kill(2) on a process this test started.
        unsafe { libc::kill(pid, libc::SIGSTOP) };
    }

    /// Whether node `i`'s process is alive.
    pub fn node_alive(&self, i: usize) -> bool {
        std::fs::read_to_string(self.dir.join(format!("node-{i}/pid")))
            .ok()
            .and_then(|p| p.trim().parse::<i32>().ok())
            // SAFETY: signal 0 only checks that the process exists.
            .is_some_and(|pid| unsafe { libc::kill(pid, 0) } == 0)
    }

    /// SIGKILL of a single-node cluster.
    pub fn kill(&mut self) {
        self.kill_node(1);
    }

    /// Starts a single-node cluster again on the same port and data.
    pub fn restart(&mut self) {
        self.kill_node(1);
        self.start_node(1);
    }

    /// The node's log file, for failure messages.
    pub fn log(&self, i: usize) -> PathBuf {
        self.dir.join(format!("node-{i}/kafka.log"))
    }
}

impl Drop for Broker {
    fn drop(&mut self) {
        let _ = Command::new(repo_root().join("scripts/sandbox"))
            .args(["stop", "--dir"])
            .arg(&self.dir)
            .output();
    }
}
