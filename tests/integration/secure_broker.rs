//! The secure sandbox: a Kafka broker of its own that serves TLS, SASL/SCRAM
//! and SASL over TLS itself, and a second test registry that requires HTTP
//! basic auth. Started once per test run; stopped when the run ends.
//!
//! Everything here is Kafka's own: the broker terminates TLS with a
//! certificate from a throwaway CA made with the `openssl` CLI for this run
//! (PEM key stores), verifies SCRAM-SHA-256 and SCRAM-SHA-512 handshakes, and
//! the users are created through Kafka's AlterUserScramCredentials API (its
//! `kafka-configs` tool). Listeners:
//!
//! - PLAINTEXT: inter-broker traffic and the fixtures' admin calls;
//! - SASL_SSL: SCRAM inside TLS, the certificate names localhost and 127.0.0.1;
//! - WRONGHOST (SASL_SSL): the same CA, a certificate for `wrong.example`;
//! - SSL: TLS without SASL;
//! - SASL_PLAINTEXT: SCRAM without TLS.

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
    /// SASL_SSL: SCRAM inside TLS.
    pub tls_port: u16,
    /// SASL_SSL whose certificate is signed by the right CA but names
    /// another host (`wrong.example`).
    pub wrong_host_port: u16,
    /// SSL: TLS without SASL.
    pub ssl_port: u16,
    /// SASL_PLAINTEXT: SCRAM without TLS.
    pub sasl_port: u16,
    /// The CA that signed the broker's certificates.
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

/// The broker's listeners and their key stores, appended to the sandbox's
/// server.properties (`@PORT@`: the PLAINTEXT port scripts/sandbox chose).
fn listener_config(dir: &Path, ports: (u16, u16, u16, u16)) -> String {
    let (tls, wrong, ssl, sasl) = ports;
    let store = |name: &str| {
        dir.join(format!("{name}-keystore.pem"))
            .display()
            .to_string()
    };
    let mut cfg = format!(
        "listeners=PLAINTEXT://127.0.0.1:@PORT@,CONTROLLER://127.0.0.1:@CONTROLLER_PORT@,\
SASL_SSL://127.0.0.1:{tls},WRONGHOST://127.0.0.1:{wrong},SSL://127.0.0.1:{ssl},SASL_PLAINTEXT://127.0.0.1:{sasl}
advertised.listeners=PLAINTEXT://127.0.0.1:@PORT@,SASL_SSL://127.0.0.1:{tls},\
WRONGHOST://127.0.0.1:{wrong},SSL://127.0.0.1:{ssl},SASL_PLAINTEXT://127.0.0.1:{sasl}
listener.security.protocol.map=CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT,SASL_SSL:SASL_SSL,\
WRONGHOST:SASL_SSL,SSL:SSL,SASL_PLAINTEXT:SASL_PLAINTEXT
sasl.enabled.mechanisms=SCRAM-SHA-256,SCRAM-SHA-512
listener.name.sasl_ssl.ssl.keystore.type=PEM
listener.name.sasl_ssl.ssl.keystore.location={good}
listener.name.ssl.ssl.keystore.type=PEM
listener.name.ssl.ssl.keystore.location={good}
listener.name.wronghost.ssl.keystore.type=PEM
listener.name.wronghost.ssl.keystore.location={bad}
",
        good = store("broker"),
        bad = store("wrong-host"),
    );
    for listener in ["sasl_ssl", "wronghost", "sasl_plaintext"] {
        for mechanism in ["scram-sha-256", "scram-sha-512"] {
            cfg.push_str(&format!(
                "listener.name.{listener}.{mechanism}.sasl.jaas.config=\
                 org.apache.kafka.common.security.scram.ScramLoginModule required;\n"
            ));
        }
    }
    cfg
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
    make_leaf(&dir, "broker", "ca", "DNS:localhost,IP:127.0.0.1");
    make_leaf(&dir, "wrong-host", "ca", "DNS:wrong.example");

    let ports = (free_port(), free_port(), free_port(), free_port());
    let broker = Broker::start_with(&dir, 1, Some(&listener_config(&dir, ports)));
    for u in [&scram256, &scram512] {
        create_user(&broker, u);
    }
    let (tls_port, wrong_host_port, ssl_port, sasl_port) = ports;

    // SCRAM credentials reach the listeners through the metadata log: wait
    // until a handshake over TLS succeeds for each user.
    for user in [&scram256, &scram512] {
        let start = Instant::now();
        loop {
            let out = Command::new(kctl_bin())
                .env("KCTL_CONFIG", "/nonexistent")
                .env("KCTL_SASL_PASSWORD", &user.password)
                .args(["-b", &format!("127.0.0.1:{tls_port}"), "--timeout", "3s"])
                .args([
                    "--sasl-mechanism",
                    user.mechanism,
                    "--sasl-username",
                    user.name,
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
                "the secure broker did not accept {} within 60s: {}",
                user.name,
                String::from_utf8_lossy(&out.stderr)
            );
            std::thread::sleep(Duration::from_millis(200));
        }
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
    crate::harness::kill_when_tests_end(child.id());
    crate::harness::wait_until(
        "the basic-auth registry to listen",
        Duration::from_secs(30),
        || broker_proc::port_open(rport),
    );

    Secure {
        tls_port,
        wrong_host_port,
        ssl_port,
        sasl_port,
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

/// Creates a SCRAM user through Kafka's AlterUserScramCredentials API, with
/// Kafka's own `kafka-configs` tool, on the PLAINTEXT listener.
fn create_user(broker: &Broker, user: &User) {
    let out = Command::new("java")
        .args(["-cp", &broker_proc::kafka_classpath()])
        .arg("org.apache.kafka.tools.ConfigCommand")
        .args(["--bootstrap-server", &format!("127.0.0.1:{}", broker.port)])
        .args([
            "--alter",
            "--entity-type",
            "users",
            "--entity-name",
            user.name,
        ])
        .args([
            "--add-config",
            &format!(
                "{}=[iterations=4096,password={}]",
                user.mechanism, user.password
            ),
        ])
        .output()
        .expect("run kafka-configs (java)");
    assert!(
        out.status.success(),
        "kafka-configs could not create {}: {}",
        user.name,
        String::from_utf8_lossy(&out.stderr)
    );
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
    // Kafka's PEM key store: the (unencrypted PKCS#8) key, then the chain.
    let key = std::fs::read_to_string(dir.join(format!("{name}.key"))).unwrap();
    let cert = std::fs::read_to_string(dir.join(format!("{name}.pem"))).unwrap();
    std::fs::write(dir.join(format!("{name}-keystore.pem")), key + &cert).unwrap();
    (
        dir.join(format!("{name}.pem")),
        dir.join(format!("{name}.key")),
    )
}
