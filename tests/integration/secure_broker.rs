//! The secure sandbox: a second tansu broker that requires SASL/SCRAM, reached
//! over TLS, and a second test registry that requires HTTP basic auth. Started
//! once per test run; stopped when the run ends.
//!
//! What is real and what is not (measured against tansu 0.6.0):
//!
//! - SCRAM-SHA-256 and SCRAM-SHA-512 are tansu's own: users are created with
//!   `tansu user create` on SQLite storage, and the broker restarted with
//!   `--authentication` verifies every handshake (a wrong password gets
//!   `invalid-proof`, an unknown user `unknown-user`).
//! - TLS is **not** served by tansu 0.6.0, whatever its `--cert`/`--key` flags
//!   say: its CLI puts both flags in one clap group, so giving both is a usage
//!   error and giving one leaves the other unset, and the broker builds a TLS
//!   acceptor that it never uses (`let _acceptor = ...` in tansu-broker's
//!   broker.rs): connections are always plaintext. TLS is therefore terminated
//!   by a small proxy in this test process (native-tls, i.e. OpenSSL) in front
//!   of the broker, which advertises the proxy's port. kctl's side of TLS is
//!   fully real: librdkafka's OpenSSL handshake, CA verification, hostname
//!   verification against the certificate's SAN, and the SCRAM exchange inside
//!   the TLS session.
//! - Certificates are a throwaway CA and leaf certificates made with the
//!   `openssl` CLI for this run.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::OnceLock;
use std::time::{Duration, Instant};

use crate::broker_proc::{self, Broker};
use crate::harness::{free_port, kctl_bin};

pub struct User {
    pub name: &'static str,
    pub mechanism: &'static str,
    pub password: String,
}

pub struct Secure {
    /// The TLS port of the proxy in front of the SCRAM broker.
    pub tls_port: u16,
    /// A second TLS port whose certificate is signed by the right CA but
    /// names another host (`wrong.example`).
    pub wrong_host_port: u16,
    /// The CA that signed the broker's certificate.
    pub ca: PathBuf,
    /// A CA that signed nothing the broker presents.
    pub rogue_ca: PathBuf,
    pub scram256: User,
    pub scram512: User,
    pub registry: String,
    pub registry_user: &'static str,
    pub registry_password: String,
    _broker: Broker,
    /// Killed by the watchdog when the test process ends.
    _registry: std::process::Child,
}

impl Secure {
    /// Every password of the secure sandbox: none may ever appear in output.
    pub fn passwords(&self) -> [&str; 3] {
        [
            &self.scram256.password,
            &self.scram512.password,
            &self.registry_password,
        ]
    }
}

pub fn secure() -> &'static Secure {
    static SECURE: OnceLock<Secure> = OnceLock::new();
    SECURE.get_or_init(start)
}

fn start() -> Secure {
    let dir = broker_proc::state_dir("secure");
    let tag = std::process::id();
    let scram256 = User {
        name: "alice",
        mechanism: "SCRAM-SHA-256",
        password: format!("Alice-scram256-pw-{tag}"),
    };
    let scram512 = User {
        name: "bob",
        mechanism: "SCRAM-SHA-512",
        password: format!("Bob-scram512-pw-{tag}"),
    };

    let ca = make_ca(&dir, "ca");
    let rogue_ca = make_ca(&dir, "rogue-ca");
    let (cert, key) = make_leaf(&dir, "broker", "ca", "DNS:localhost,IP:127.0.0.1");
    let (wrong_cert, wrong_key) = make_leaf(&dir, "wrong-host", "ca", "DNS:wrong.example");

    // Users can only be created while the broker does not yet require
    // authentication; SQLite storage keeps them across the restart.
    let mut broker = Broker::start(&dir);
    for u in [&scram256, &scram512] {
        create_user(&broker, u);
    }
    broker.kill();

    let tls_port = start_tls_proxy(&cert, &key, broker.port);
    let wrong_host_port = start_tls_proxy(&wrong_cert, &wrong_key, broker.port);
    broker.advertised_port = tls_port;
    broker.set_authentication(true);
    broker.restart();

    // The broker accepts connections before it answers: wait for a metadata
    // response through TLS and SCRAM.
    let start = Instant::now();
    loop {
        let out = Command::new(kctl_bin())
            .env("KCTL_CONFIG", "/nonexistent")
            .env("KCTL_SASL_PASSWORD", &scram512.password)
            .args(["-b", &format!("127.0.0.1:{tls_port}"), "--timeout", "3s"])
            .args([
                "--sasl-mechanism",
                "SCRAM-SHA-512",
                "--sasl-username",
                "bob",
            ])
            .arg("--tls-ca")
            .arg(&ca)
            .args(["topics", "list"])
            .output()
            .expect("run kctl");
        if out.status.success() {
            break;
        }
        assert!(
            start.elapsed() < Duration::from_secs(60),
            "the secure broker did not answer within 60s: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        std::thread::sleep(Duration::from_millis(200));
    }

    let registry_password = format!("Registry-basic-pw-{tag}");
    let registry_user = "sr-user";
    let rport = free_port();
    let child = Command::new(broker_proc::registry_bin())
        .args(["--listen", &format!("127.0.0.1:{rport}")])
        .env(
            "KCTL_TEST_REGISTRY_AUTH",
            format!("{registry_user}:{registry_password}"),
        )
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("start the test registry");
    broker_proc::kill_when_tests_end(child.id());
    crate::harness::wait_until(
        "the basic-auth registry to listen",
        Duration::from_secs(30),
        || broker_proc::port_open(rport),
    );

    Secure {
        tls_port,
        wrong_host_port,
        ca,
        rogue_ca,
        scram256,
        scram512,
        registry: format!("http://127.0.0.1:{rport}"),
        registry_user,
        registry_password,
        _broker: broker,
        _registry: child,
    }
}

fn openssl(dir: &Path, args: &[&str]) {
    let out = Command::new("openssl")
        .current_dir(dir)
        .args(args)
        .output()
        .expect("the openssl CLI (installed by scripts/setup)");
    assert!(
        out.status.success(),
        "openssl {args:?} failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
}

/// A self-signed CA valid for two days; returns its certificate.
fn make_ca(dir: &Path, name: &str) -> PathBuf {
    openssl(
        dir,
        &[
            "req",
            "-x509",
            "-newkey",
            "ec",
            "-pkeyopt",
            "ec_paramgen_curve:prime256v1",
            "-nodes",
            "-keyout",
            &format!("{name}.key"),
            "-out",
            &format!("{name}.pem"),
            "-days",
            "2",
            "-subj",
            &format!("/CN=kctl test {name}"),
        ],
    );
    dir.join(format!("{name}.pem"))
}

/// A server certificate for `san`, signed by the CA `ca`: (cert, PKCS#8 key).
fn make_leaf(dir: &Path, name: &str, ca: &str, san: &str) -> (PathBuf, PathBuf) {
    let ext = format!("{name}.ext");
    std::fs::write(
        dir.join(&ext),
        format!(
            "subjectAltName={san}\nbasicConstraints=CA:FALSE\n\
             keyUsage=digitalSignature,keyEncipherment\nextendedKeyUsage=serverAuth\n"
        ),
    )
    .unwrap();
    openssl(
        dir,
        &[
            "req",
            "-newkey",
            "ec",
            "-pkeyopt",
            "ec_paramgen_curve:prime256v1",
            "-nodes",
            "-keyout",
            &format!("{name}.key"),
            "-out",
            &format!("{name}.csr"),
            "-subj",
            &format!("/CN={name}"),
        ],
    );
    openssl(
        dir,
        &[
            "x509",
            "-req",
            "-in",
            &format!("{name}.csr"),
            "-CA",
            &format!("{ca}.pem"),
            "-CAkey",
            &format!("{ca}.key"),
            "-CAcreateserial",
            "-days",
            "2",
            "-extfile",
            &ext,
            "-out",
            &format!("{name}.pem"),
        ],
    );
    (
        dir.join(format!("{name}.pem")),
        dir.join(format!("{name}.key")),
    )
}

/// `tansu user create`, retried while the fresh broker is not ready yet.
fn create_user(broker: &Broker, user: &User) {
    let mechanism = match user.mechanism {
        "SCRAM-SHA-256" => "scram256",
        _ => "scram512",
    };
    let start = Instant::now();
    loop {
        let out = Command::new(broker_proc::tansu_bin())
            .args(["user", "create", user.name, &user.password])
            .args(["--mechanism", mechanism])
            .args(["--broker", &format!("tcp://127.0.0.1:{}", broker.port)])
            .output()
            .expect("run tansu user create");
        if out.status.success() {
            return;
        }
        assert!(
            start.elapsed() < Duration::from_secs(60),
            "tansu user create {} failed: {}",
            user.name,
            String::from_utf8_lossy(&out.stderr)
        );
        std::thread::sleep(Duration::from_millis(200));
    }
}

/// Accepts TLS on a free loopback port with `cert`/`key` and forwards the
/// plaintext to the broker on `upstream`. Runs until the test process exits.
fn start_tls_proxy(cert: &Path, key: &Path, upstream: u16) -> u16 {
    use tokio_native_tls::native_tls;
    let identity = native_tls::Identity::from_pkcs8(
        &std::fs::read(cert).unwrap(),
        &std::fs::read(key).unwrap(),
    )
    .expect("load the proxy's certificate and key");
    let acceptor = tokio_native_tls::TlsAcceptor::from(
        native_tls::TlsAcceptor::new(identity).expect("a TLS acceptor"),
    );
    let listener = std::net::TcpListener::bind("127.0.0.1:0").expect("bind the TLS proxy");
    let port = listener.local_addr().unwrap().port();
    listener.set_nonblocking(true).unwrap();
    std::thread::spawn(move || {
        let rt = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .expect("the proxy's runtime");
        rt.block_on(async move {
            let listener = tokio::net::TcpListener::from_std(listener).expect("proxy listener");
            loop {
                let Ok((socket, _)) = listener.accept().await else {
                    continue;
                };
                let acceptor = acceptor.clone();
                tokio::spawn(async move {
                    // A client that rejects the certificate aborts here.
                    let Ok(mut tls) = acceptor.accept(socket).await else {
                        return;
                    };
                    let Ok(mut plain) =
                        tokio::net::TcpStream::connect(("127.0.0.1", upstream)).await
                    else {
                        return;
                    };
                    let _ = tokio::io::copy_bidirectional(&mut tls, &mut plain).await;
                });
            }
        });
    });
    port
}
