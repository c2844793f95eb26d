//! A tansu 0.6.0 broker process of a test's own, on SQLite storage so that its
//! topics, records, offsets and SCRAM users survive a kill and restart. Used by
//! the secure sandbox (users first, then `--authentication`) and by the fault
//! tests (SIGKILL in the middle of an operation, restart on the same data).
//!
//! Every broker started here is also watched by a detached shell loop that
//! SIGKILLs it when the test process is gone, so a panicking or interrupted
//! test run leaves no broker behind.

#![allow(dead_code)]

use std::net::TcpStream;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use crate::harness::{free_port, repo_root};

/// The cached tansu binary (`scripts/sandbox install` builds it).
pub fn tansu_bin() -> PathBuf {
    let cache = std::env::var_os("KCTL_CACHE")
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".cache/kctl")))
        .expect("KCTL_CACHE or HOME is set");
    let bin = cache.join("tansu-0.6.0/bin/tansu");
    if !bin.exists() {
        ensure_installed();
    }
    assert!(
        bin.exists(),
        "tansu 0.6.0 is not installed at {} (run scripts/setup)",
        bin.display()
    );
    bin
}

/// The test registry binary, as `scripts/sandbox` finds it.
pub fn registry_bin() -> PathBuf {
    let bin = std::env::var_os("KCTL_REGISTRY_BIN")
        .map(PathBuf::from)
        .unwrap_or_else(|| repo_root().join("target/debug/kctl-test-registry"));
    if !bin.exists() {
        ensure_installed();
    }
    assert!(
        bin.exists(),
        "the test registry is missing at {} (cargo build -p kctl-test-registry)",
        bin.display()
    );
    bin
}

fn ensure_installed() {
    let status = Command::new(repo_root().join("scripts/sandbox"))
        .arg("install")
        .status()
        .expect("run scripts/sandbox install");
    assert!(status.success(), "scripts/sandbox install failed");
}

/// A fresh state directory under target/, named after the test run.
pub fn state_dir(name: &str) -> PathBuf {
    let dir = repo_root()
        .join("target/test-sandbox")
        .join(format!("{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(dir.join("data")).expect("create the broker state directory");
    dir
}

/// SIGKILLs `pid` once this test process has exited.
pub fn kill_when_tests_end(pid: u32) {
    let script = format!(
        "while kill -0 {me} 2>/dev/null; do sleep 1; done; kill -9 {pid} 2>/dev/null",
        me = std::process::id()
    );
    let _ = Command::new("sh")
        .args(["-c", &script])
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn();
}

pub fn port_open(port: u16) -> bool {
    TcpStream::connect_timeout(&([127, 0, 0, 1], port).into(), Duration::from_millis(200)).is_ok()
}

/// One broker: its port, what it advertises, its data directory and process.
pub struct Broker {
    pub dir: PathBuf,
    pub port: u16,
    pub advertised_port: u16,
    pub authentication: bool,
    child: Option<Child>,
    starts: u32,
}

impl Broker {
    /// Starts a broker on a free port, advertising that port.
    pub fn start(dir: &Path) -> Broker {
        let port = free_port();
        Broker::start_on(dir, port, port, false)
    }

    /// Starts a broker listening on `port` and advertising `advertised_port`
    /// (different when clients reach it through a proxy).
    pub fn start_on(dir: &Path, port: u16, advertised_port: u16, authentication: bool) -> Broker {
        let mut b = Broker {
            dir: dir.to_path_buf(),
            port,
            advertised_port,
            authentication,
            child: None,
            starts: 0,
        };
        b.spawn();
        b
    }

    pub fn bootstrap(&self) -> String {
        format!("127.0.0.1:{}", self.advertised_port)
    }

    fn spawn(&mut self) {
        self.starts += 1;
        let log = std::fs::File::create(self.dir.join(format!("broker-{}.log", self.starts)))
            .expect("create the broker log");
        let mut cmd = Command::new(tansu_bin());
        // tansu resolves the sqlite path against its working directory.
        cmd.current_dir(&self.dir)
            .arg("broker")
            .args(["--listener-url", &format!("tcp://127.0.0.1:{}", self.port)])
            .args([
                "--advertised-listener-url",
                &format!("tcp://127.0.0.1:{}", self.advertised_port),
            ])
            .args(["--storage-engine", "sqlite://data/t.db"])
            .stdin(Stdio::null())
            .stdout(Stdio::from(log.try_clone().expect("dup the log file")))
            .stderr(Stdio::from(log));
        if self.authentication {
            cmd.arg("--authentication");
        }
        let child = cmd.spawn().expect("start tansu");
        kill_when_tests_end(child.id());
        self.child = Some(child);
        let start = Instant::now();
        while !port_open(self.port) {
            if let Some(Ok(Some(status))) = self.child.as_mut().map(|c| c.try_wait()) {
                panic!("tansu exited with {status}: see {}", self.dir.display());
            }
            assert!(
                start.elapsed() < Duration::from_secs(60),
                "tansu did not listen on 127.0.0.1:{} within 60s (logs in {})",
                self.port,
                self.dir.display()
            );
            std::thread::sleep(Duration::from_millis(50));
        }
    }

    /// SIGKILL: the broker gets no chance to flush or close connections.
    pub fn kill(&mut self) {
        if let Some(mut c) = self.child.take() {
            let _ = c.kill();
            let _ = c.wait();
        }
        let start = Instant::now();
        while port_open(self.port) && start.elapsed() < Duration::from_secs(10) {
            std::thread::sleep(Duration::from_millis(50));
        }
    }

    /// Starts the broker again on the same port and data.
    pub fn restart(&mut self) {
        self.kill();
        self.spawn();
    }

    pub fn set_authentication(&mut self, on: bool) {
        self.authentication = on;
    }

    pub fn is_running(&mut self) -> bool {
        self.child
            .as_mut()
            .is_some_and(|c| matches!(c.try_wait(), Ok(None)))
    }
}

impl Drop for Broker {
    fn drop(&mut self) {
        self.kill();
    }
}
