//! Runs the real `kctl-test-registry` binary: start-up line, HTTP over a
//! socket, clean exit on SIGTERM, usage errors.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::process::{Child, Command, ExitStatus, Stdio};
use std::time::{Duration, Instant};

const BINARY: &str = env!("CARGO_BIN_EXE_kctl-test-registry");

/// A running registry, killed if a test fails before stopping it.
struct Running {
    child: Child,
    address: String,
}

impl Running {
    fn start(auth: Option<&str>) -> Self {
        let mut command = Command::new(BINARY);
        command
            .args(["--listen", "127.0.0.1:0"])
            .env_remove("KCTL_TEST_REGISTRY_AUTH")
            .stdout(Stdio::null())
            .stderr(Stdio::piped());
        if let Some(auth) = auth {
            command.env("KCTL_TEST_REGISTRY_AUTH", auth);
        }
        let mut child = command.spawn().expect("the binary starts");
        let stderr = child.stderr.take().expect("piped stderr");
        let mut line = String::new();
        BufReader::new(stderr)
            .read_line(&mut line)
            .expect("reads the start-up line");
        let address = line
            .trim()
            .strip_prefix("kctl-test-registry listening on http://")
            .unwrap_or_else(|| panic!("unexpected start-up line {line:?}"))
            .to_owned();
        Self { child, address }
    }

    /// A one-shot HTTP/1.1 GET; returns the status code and the body.
    fn get(&self, path: &str, authorization: Option<&str>) -> (u16, String) {
        let mut stream = TcpStream::connect(&self.address).expect("connects");
        let auth_header = authorization
            .map(|value| format!("Authorization: {value}\r\n"))
            .unwrap_or_default();
        write!(
            stream,
            "GET {path} HTTP/1.1\r\nHost: {}\r\n{auth_header}Connection: close\r\n\r\n",
            self.address
        )
        .expect("sends");
        let mut response = String::new();
        stream.read_to_string(&mut response).expect("reads");
        let status = response
            .split(' ')
            .nth(1)
            .and_then(|code| code.parse().ok())
            .expect("a status line");
        let body = response
            .split_once("\r\n\r\n")
            .map(|(_, body)| body.to_owned())
            .unwrap_or_default();
        (status, body)
    }

    fn terminate(mut self) -> ExitStatus {
        let pid = self.child.id().to_string();
        let sent = Command::new("kill")
            .args(["-TERM", &pid])
            .status()
            .expect("runs kill");
        assert!(sent.success());
        wait_with_timeout(&mut self.child, Duration::from_secs(10))
    }
}

impl Drop for Running {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn wait_with_timeout(child: &mut Child, limit: Duration) -> ExitStatus {
    let start = Instant::now();
    loop {
        if let Some(status) = child.try_wait().expect("waits") {
            return status;
        }
        assert!(start.elapsed() < limit, "the registry did not exit in time");
        std::thread::sleep(Duration::from_millis(50));
    }
}

#[test]
fn serves_over_http_and_exits_cleanly_on_sigterm() {
    let registry = Running::start(None);
    let (status, body) = registry.get("/", None);
    assert_eq!(status, 200);
    assert_eq!(body, "{}");
    let (status, body) = registry.get("/config", None);
    assert_eq!(status, 200);
    assert_eq!(body, r#"{"compatibilityLevel":"BACKWARD"}"#);
    let exit = registry.terminate();
    assert!(exit.success(), "exit status {exit:?}");
}

#[test]
fn basic_auth_from_the_environment() {
    let registry = Running::start(Some("alice:s3cret"));
    let (status, body) = registry.get("/subjects", None);
    assert_eq!(status, 401);
    assert_eq!(body, r#"{"error_code":40101,"message":"Unauthorized"}"#);
    // base64("alice:s3cret")
    let (status, body) = registry.get("/subjects", Some("Basic YWxpY2U6czNjcmV0"));
    assert_eq!(status, 200);
    assert_eq!(body, "[]");
}

#[test]
fn unknown_flags_are_usage_errors() {
    let output = Command::new(BINARY)
        .arg("--port")
        .output()
        .expect("the binary runs");
    assert_eq!(output.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("unknown argument '--port'"), "{stderr}");
    assert!(stderr.contains("usage: kctl-test-registry"), "{stderr}");
}

#[test]
fn malformed_auth_variable_is_a_usage_error_without_echoing_it() {
    let output = Command::new(BINARY)
        .args(["--listen", "127.0.0.1:0"])
        .env("KCTL_TEST_REGISTRY_AUTH", "nocolonsecret")
        .output()
        .expect("the binary runs");
    assert_eq!(output.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("user:password"), "{stderr}");
    assert!(!stderr.contains("nocolonsecret"), "{stderr}");
}
