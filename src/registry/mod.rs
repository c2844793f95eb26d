//! The only module that imports reqwest: a client for the Confluent Schema
//! Registry REST API (also served by Karapace, Apicurio's ccompat API and
//! Redpanda). It relies only on the documented contract, never on one
//! registry's quirks: both 409 and 40901 mean "incompatible", ids are global.

mod ports;
pub mod schemas;

use std::fmt;
use std::sync::{Arc, OnceLock};
use std::time::Duration;

use reqwest::{Method, StatusCode};
use serde::{Deserialize, Serialize};

use crate::domain::subject::Reference;
use crate::ops::ports::{Compatibility, RegistryError, SchemaById, SchemaVersion};
use crate::settings::RegistrySettings;

const CONTENT_TYPE: &str = "application/vnd.schemaregistry.v1+json";

/// Tries per call when the registry answers with a server error (5xx).
const SERVER_ERROR_ATTEMPTS: u32 = 3;

#[derive(Debug, Clone, Serialize)]
struct SchemaRequest<'a> {
    schema: &'a str,
    /// Always sent, AVRO included: the documentation makes a missing type
    /// AVRO, but Apicurio guesses the type from the content instead, and
    /// cannot guess it for a schema whose named types live in references.
    #[serde(rename = "schemaType", serialize_with = "type_or_avro")]
    schema_type: Option<&'a str>,
    #[serde(skip_serializing_if = "<[Reference]>::is_empty")]
    references: &'a [Reference],
}

fn type_or_avro<S: serde::Serializer>(
    t: &Option<&str>,
    s: S,
) -> std::result::Result<S::Ok, S::Error> {
    s.serialize_str(t.unwrap_or("AVRO"))
}

pub type Result<T> = std::result::Result<T, RegistryError>;

#[derive(Deserialize)]
struct ErrorBody {
    #[serde(default)]
    error_code: i64,
    #[serde(default)]
    message: String,
}

/// A compatibility answer as registries send it: Confluent's `messages`
/// array, or Apicurio's single `reason` string in its place.
#[derive(Deserialize)]
struct CompatibilityBody {
    is_compatible: bool,
    #[serde(default)]
    messages: Vec<String>,
    #[serde(default)]
    reason: Option<String>,
}

/// Registries send [`CompatibilityBody`]; kctl reads it as one shape.
impl<'de> Deserialize<'de> for Compatibility {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> std::result::Result<Self, D::Error> {
        CompatibilityBody::deserialize(d).map(Compatibility::from)
    }
}

impl From<CompatibilityBody> for Compatibility {
    fn from(b: CompatibilityBody) -> Self {
        let mut messages = b.messages;
        if messages.is_empty() {
            messages.extend(b.reason.filter(|r| !r.is_empty()));
        }
        Compatibility {
            is_compatible: b.is_compatible,
            messages,
        }
    }
}

#[derive(Clone)]
pub struct Registry {
    /// Built on first use, and shared by clones: building it loads the
    /// system's CA certificates (strace: 45 ms), which a command that never
    /// calls the registry (a produce of plain text, say) should not pay.
    http: Arc<OnceLock<std::result::Result<reqwest::Client, String>>>,
    timeout: Duration,
    base: String,
    username: Option<String>,
    password: Option<crate::settings::Secret>,
}

impl fmt::Debug for Registry {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Registry")
            .field("base", &self.base)
            .finish()
    }
}

/// Percent-encodes a subject for use as one path segment.
pub fn encode_segment(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.' | b'~') {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

impl Registry {
    /// A client of the registry at `settings.url`; nothing is built or
    /// contacted before the first call.
    pub fn new(settings: &RegistrySettings, timeout: Duration) -> Self {
        Registry {
            http: Arc::new(OnceLock::new()),
            timeout,
            base: settings.url.clone(),
            username: settings.username.clone(),
            password: settings.password.clone(),
        }
    }

    pub fn url(&self) -> &str {
        &self.base
    }

    /// Builds the HTTP client on a thread of its own now, for a command that
    /// will call the registry soon (`tail`, as it connects to Kafka): its
    /// TLS set-up reads and parses the system's CA bundle, 45 ms of CPU
    /// (perf), which the first call would otherwise wait for. The first
    /// call waits only for what is left of it. The caller hands the thread
    /// to `kafka::retire`, so that the process ends with `_exit` and never
    /// tears OpenSSL down under it.
    pub fn prepare(&self) -> Option<std::thread::JoinHandle<()>> {
        let me = self.clone();
        std::thread::Builder::new()
            .name("kctl-registry".into())
            .spawn(move || {
                let _ = me.http();
            })
            .ok()
    }

    fn http(&self) -> Result<&reqwest::Client> {
        self.http
            .get_or_init(|| {
                reqwest::Client::builder()
                    .connect_timeout(self.timeout)
                    .timeout(self.timeout.max(Duration::from_secs(1)) * 3)
                    .user_agent(concat!("kctl/", env!("CARGO_PKG_VERSION")))
                    .build()
                    .map_err(|e| e.to_string())
            })
            .as_ref()
            .map_err(|e| RegistryError::Unreachable {
                url: self.base.clone(),
                reason: format!("cannot set up an HTTP client: {e}"),
            })
    }

    async fn call<T: for<'de> Deserialize<'de>>(
        &self,
        method: Method,
        path: &str,
        body: Option<&impl Serialize>,
        ctx: impl Fn(i64) -> Option<RegistryError>,
    ) -> Result<T> {
        let url = format!("{}{}", self.base, path);
        let body = body
            .map(|b| {
                serde_json::to_vec(b).map_err(|e| RegistryError::Api {
                    status: 0,
                    code: 0,
                    message: e.to_string(),
                })
            })
            .transpose()?;
        // Every call kctl makes is idempotent under Confluent's contract
        // (registering the same schema again gives the same id), so a server
        // error is retried twice after a short pause: a registry under
        // concurrent writes may fail one (Apicurio's H2 store does).
        let mut attempt = 0;
        let (status, bytes) = loop {
            attempt += 1;
            let mut req = self
                .http()?
                .request(method.clone(), &url)
                .header(reqwest::header::ACCEPT, CONTENT_TYPE);
            if let Some(user) = &self.username {
                req = req.basic_auth(user, self.password.as_ref().map(|p| p.expose()));
            }
            if let Some(bytes) = &body {
                req = req
                    .header(reqwest::header::CONTENT_TYPE, CONTENT_TYPE)
                    .body(bytes.clone());
            }
            let resp = req.send().await.map_err(|e| RegistryError::Unreachable {
                url: self.base.clone(),
                reason: transport_reason(&e),
            })?;
            let status = resp.status();
            let bytes = resp.bytes().await.map_err(|e| RegistryError::Unreachable {
                url: self.base.clone(),
                reason: transport_reason(&e),
            })?;
            if status.is_server_error() && attempt < SERVER_ERROR_ATTEMPTS {
                log::debug!("{method} {path}: HTTP {status}, retrying");
                tokio::time::sleep(Duration::from_millis(200 * attempt as u64)).await;
                continue;
            }
            break (status, bytes);
        };
        if status.is_success() {
            return serde_json::from_slice(&bytes).map_err(|e| RegistryError::Api {
                status: status.as_u16(),
                code: 0,
                message: format!("unexpected response body: {e}"),
            });
        }
        if status == StatusCode::UNAUTHORIZED || status == StatusCode::FORBIDDEN {
            return Err(RegistryError::Unauthorized {
                url: self.base.clone(),
            });
        }
        let mut body: ErrorBody = serde_json::from_slice(&bytes).unwrap_or(ErrorBody {
            error_code: status.as_u16() as i64,
            message: String::from_utf8_lossy(&bytes).chars().take(200).collect(),
        });
        // No error code of the registry's own (Apicurio sends 0 for some
        // errors): the HTTP status is the code, as in older Confluent
        // versions (409 for an incompatible schema).
        if body.error_code == 0 {
            body.error_code = status.as_u16() as i64;
        }
        if let Some(e) = ctx(body.error_code) {
            return Err(match e {
                // The registry's own words say why.
                RegistryError::Incompatible { subject, message } if message.is_empty() => {
                    RegistryError::Incompatible {
                        subject,
                        message: body.message,
                    }
                }
                RegistryError::Referenced { subject, message } if message.is_empty() => {
                    RegistryError::Referenced {
                        subject,
                        message: body.message,
                    }
                }
                e => e,
            });
        }
        Err(match body.error_code {
            42201 => RegistryError::InvalidSchema {
                message: body.message,
            },
            42203 => RegistryError::InvalidLevel {
                message: body.message,
            },
            _ => RegistryError::Api {
                status: status.as_u16(),
                code: body.error_code,
                message: body.message,
            },
        })
    }

    pub async fn subjects(&self) -> Result<Vec<String>> {
        self.call(Method::GET, "/subjects", None::<&()>, |_| None)
            .await
    }

    pub async fn versions(&self, subject: &str) -> Result<Vec<i32>> {
        let path = format!("/subjects/{}/versions", encode_segment(subject));
        self.call(Method::GET, &path, None::<&()>, |c| {
            not_found(c, subject, "")
        })
        .await
    }

    /// `version` is a number or `latest`.
    pub async fn version(&self, subject: &str, version: &str) -> Result<SchemaVersion> {
        let path = format!("/subjects/{}/versions/{}", encode_segment(subject), version);
        self.call(Method::GET, &path, None::<&()>, |c| match c {
            // Every existing subject has a latest version, so "no latest
            // version" means no subject (Apicurio answers 40402 here where
            // Confluent answers 40401).
            40402 if version == "latest" => Some(RegistryError::SubjectNotFound {
                subject: subject.to_string(),
            }),
            c => not_found(c, subject, version),
        })
        .await
    }

    pub async fn schema_by_id(&self, id: u32) -> Result<SchemaById> {
        let path = format!("/schemas/ids/{id}");
        self.call(Method::GET, &path, None::<&()>, |c| {
            (c == 40403 || c == 404).then(|| RegistryError::SchemaNotFound {
                what: format!("id {id}"),
            })
        })
        .await
    }

    /// Registers `schema` (idempotent: the same schema gives the same id and no
    /// new version). Returns the global id.
    pub async fn register(
        &self,
        subject: &str,
        schema: &str,
        schema_type: Option<&str>,
        references: &[Reference],
    ) -> Result<u32> {
        #[derive(Deserialize)]
        struct Id {
            id: u32,
        }
        let path = format!("/subjects/{}/versions", encode_segment(subject));
        let body = SchemaRequest {
            schema,
            schema_type,
            references,
        };
        let refused = match self
            .call::<Id>(Method::POST, &path, Some(&body), |c| {
                (c == 409 || c == 40901).then(|| RegistryError::Incompatible {
                    subject: subject.to_string(),
                    message: String::new(),
                })
            })
            .await
        {
            Ok(r) => return Ok(r.id),
            Err(e @ RegistryError::Incompatible { .. }) => e,
            Err(e) => return Err(e),
        };
        // A conflict is not the last word: when an earlier attempt of this
        // request failed with a server error after the registry had stored
        // the schema, the retry is refused as a duplicate. The schema is
        // registered then, and registering it again gives its id (Confluent's
        // contract); a lookup tells which case this is.
        match self.lookup(subject, schema, schema_type, references).await {
            Ok(Some(v)) => {
                log::debug!(
                    "{subject}: register answered a conflict, but the schema is there as id {}",
                    v.id
                );
                Ok(v.id)
            }
            _ => Err(refused),
        }
    }

    /// Looks `schema` up under `subject`: `Ok(None)` when the subject or the
    /// schema is not there. Comparison is the registry's (canonical), never a
    /// raw string compare.
    pub async fn lookup(
        &self,
        subject: &str,
        schema: &str,
        schema_type: Option<&str>,
        references: &[Reference],
    ) -> Result<Option<SchemaVersion>> {
        let path = format!("/subjects/{}", encode_segment(subject));
        let body = SchemaRequest {
            schema,
            schema_type,
            references,
        };
        match self
            .call::<SchemaVersion>(Method::POST, &path, Some(&body), |c| {
                not_found(c, subject, "")
            })
            .await
        {
            Ok(v) => Ok(Some(v)),
            Err(RegistryError::SubjectNotFound { .. })
            | Err(RegistryError::SchemaNotFound { .. }) => Ok(None),
            Err(e) => Err(e),
        }
    }

    /// Checks `schema` against the latest version of `subject` with reasons.
    /// A subject that does not exist yet is compatible.
    pub async fn check_compatibility(
        &self,
        subject: &str,
        schema: &str,
        schema_type: Option<&str>,
        references: &[Reference],
    ) -> Result<Compatibility> {
        let path = format!(
            "/compatibility/subjects/{}/versions/latest?verbose=true",
            encode_segment(subject)
        );
        let body = SchemaRequest {
            schema,
            schema_type,
            references,
        };
        match self
            .call::<Compatibility>(Method::POST, &path, Some(&body), |c| {
                not_found(c, subject, "latest")
            })
            .await
        {
            Err(RegistryError::SubjectNotFound { .. })
            | Err(RegistryError::VersionNotFound { .. }) => Ok(Compatibility {
                is_compatible: true,
                messages: vec![],
            }),
            other => other,
        }
    }

    /// The compatibility level of `subject` (falling back to the global level),
    /// or the global level when `subject` is `None`.
    pub async fn compatibility_level(&self, subject: Option<&str>) -> Result<String> {
        #[derive(Deserialize)]
        struct Level {
            #[serde(rename = "compatibilityLevel", alias = "compatibility")]
            level: String,
        }
        let path = match subject {
            Some(s) => format!("/config/{}?defaultToGlobal=true", encode_segment(s)),
            None => "/config".to_string(),
        };
        let l: Result<Level> = self
            .call(Method::GET, &path, None::<&()>, |c| {
                subject.and_then(|s| not_found(c, s, ""))
            })
            .await;
        match l {
            Ok(l) => Ok(l.level),
            // defaultToGlobal=true means the global level for a subject
            // without one (Apicurio answers 40401 for a subject it does not
            // know yet instead).
            Err(RegistryError::SubjectNotFound { .. }) if subject.is_some() => {
                Box::pin(self.compatibility_level(None)).await
            }
            Err(e) => Err(e),
        }
    }

    /// The level set on `subject` itself, `None` when it inherits the global one.
    pub async fn own_compatibility_level(&self, subject: &str) -> Result<Option<String>> {
        #[derive(Deserialize)]
        struct Level {
            #[serde(rename = "compatibilityLevel", alias = "compatibility")]
            level: String,
        }
        let path = format!("/config/{}", encode_segment(subject));
        match self
            .call::<Level>(Method::GET, &path, None::<&()>, |c| {
                (c == 40408 || c == 40401).then(|| RegistryError::SubjectNotFound {
                    subject: subject.to_string(),
                })
            })
            .await
        {
            Ok(l) => Ok(Some(l.level)),
            Err(RegistryError::SubjectNotFound { .. }) => Ok(None),
            Err(e) => Err(e),
        }
    }

    pub async fn set_compatibility_level(
        &self,
        subject: Option<&str>,
        level: &str,
    ) -> Result<String> {
        #[derive(Serialize, Deserialize)]
        struct Level {
            compatibility: String,
        }
        let path = match subject {
            Some(s) => format!("/config/{}", encode_segment(s)),
            None => "/config".to_string(),
        };
        let body = Level {
            compatibility: level.to_string(),
        };
        let r: Level = self.call(Method::PUT, &path, Some(&body), |_| None).await?;
        Ok(r.compatibility)
    }

    /// Deletes a subject (soft, or permanent after a soft delete). Returns the
    /// deleted versions.
    pub async fn delete_subject(&self, subject: &str, permanent: bool) -> Result<Vec<i32>> {
        let path = format!(
            "/subjects/{}{}",
            encode_segment(subject),
            if permanent { "?permanent=true" } else { "" }
        );
        self.call(Method::DELETE, &path, None::<&()>, |c| match c {
            40404 => Some(RegistryError::SubjectSoftDeleted {
                subject: subject.to_string(),
            }),
            40405 => Some(RegistryError::SubjectNotSoftDeleted {
                subject: subject.to_string(),
            }),
            42206 => Some(RegistryError::Referenced {
                subject: subject.to_string(),
                message: String::new(),
            }),
            c => not_found(c, subject, ""),
        })
        .await
    }

    /// The versions of `subject`, soft-deleted ones included (`?deleted=true`).
    pub async fn versions_with_deleted(&self, subject: &str) -> Result<Vec<i32>> {
        let path = format!(
            "/subjects/{}/versions?deleted=true",
            encode_segment(subject)
        );
        self.call(Method::GET, &path, None::<&()>, |c| {
            not_found(c, subject, "")
        })
        .await
    }

    /// A cheap call proving the registry answers (and accepts the credentials).
    pub async fn ping(&self) -> Result<()> {
        self.compatibility_level(None).await.map(|_| ())
    }
}

fn not_found(code: i64, subject: &str, version: &str) -> Option<RegistryError> {
    match code {
        40401 => Some(RegistryError::SubjectNotFound {
            subject: subject.to_string(),
        }),
        40402 => Some(RegistryError::VersionNotFound {
            subject: subject.to_string(),
            version: version.to_string(),
        }),
        40403 => Some(RegistryError::SchemaNotFound {
            what: format!("under subject {subject:?}"),
        }),
        _ => None,
    }
}

/// The root cause of a transport error in a few words ("Connection refused",
/// "operation timed out"), without reqwest's nested prefixes.
fn transport_reason(e: &reqwest::Error) -> String {
    if e.is_timeout() {
        return "timed out".to_string();
    }
    let mut source: Option<&dyn std::error::Error> = Some(e);
    let mut last = e.to_string();
    while let Some(s) = source {
        last = s.to_string();
        source = s.source();
    }
    last
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn subjects_are_percent_encoded_as_one_segment() {
        assert_eq!(encode_segment("a.b-value"), "a.b-value");
        assert_eq!(encode_segment("a/b c"), "a%2Fb%20c");
    }

    /// A fake registry (a real HTTP server on loopback, not a real
    /// registry): it answers each request in turn from `answers`, with
    /// `Connection: close`, and sends back the request lines it saw.
    fn fake_registry(
        answers: Vec<(u16, &'static str)>,
    ) -> (String, std::thread::JoinHandle<Vec<String>>) {
        use std::io::{BufRead, BufReader, Read, Write};
        let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        let url = format!("http://{}", listener.local_addr().unwrap());
        let server = std::thread::spawn(move || {
            let mut seen = Vec::new();
            for (status, body) in answers {
                let (stream, _) = listener.accept().unwrap();
                let mut reader = BufReader::new(stream);
                let mut line = String::new();
                reader.read_line(&mut line).unwrap();
                seen.push(line.trim_end().to_string());
                let mut length = 0;
                loop {
                    let mut header = String::new();
                    reader.read_line(&mut header).unwrap();
                    if header.trim_end().is_empty() {
                        break;
                    }
                    if let Some((k, v)) = header.split_once(':') {
                        if k.eq_ignore_ascii_case("content-length") {
                            length = v.trim().parse().unwrap();
                        }
                    }
                }
                let mut request_body = vec![0; length];
                reader.read_exact(&mut request_body).unwrap();
                let answer = format!(
                    "HTTP/1.1 {status} X\r\nContent-Type: {CONTENT_TYPE}\r\n\
                     Content-Length: {}\r\nConnection: close\r\n\r\n{body}",
                    body.len()
                );
                reader.get_mut().write_all(answer.as_bytes()).unwrap();
            }
            seen
        });
        (url, server)
    }

    fn block_on<F: std::future::Future>(f: F) -> F::Output {
        tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .unwrap()
            .block_on(f)
    }

    fn client(url: &str) -> Registry {
        let settings = RegistrySettings {
            url: url.to_string(),
            username: None,
            password: None,
        };
        Registry::new(&settings, Duration::from_secs(5))
    }

    const LOOKUP: &str = r#"{"subject":"s-value","id":7,"version":1,"schema":"\"string\""}"#;

    #[test]
    fn a_conflict_after_a_retried_server_error_is_the_schema_already_registered() {
        // Apicurio 2.4.2's in-memory store did this under concurrent writes:
        // the first attempt stored the schema but answered 500, and the
        // retry was refused as a duplicate.
        let (url, server) = fake_registry(vec![
            (500, r#"{"error_code":500,"message":"lock timeout"}"#),
            (
                409,
                r#"{"error_code":409,"message":"An artifact with ID 's-value' already exists."}"#,
            ),
            (200, LOOKUP),
        ]);
        let id = block_on(client(&url).register("s-value", "\"string\"", None, &[])).unwrap();
        assert_eq!(id, 7);
        assert_eq!(
            server.join().unwrap(),
            [
                "POST /subjects/s-value/versions HTTP/1.1",
                "POST /subjects/s-value/versions HTTP/1.1",
                "POST /subjects/s-value HTTP/1.1",
            ]
        );
    }

    #[test]
    fn the_http_client_is_built_on_the_first_call_and_shared_by_clones() {
        let (url, server) = fake_registry(vec![(200, r#"["a-value"]"#)]);
        let registry = client(&url);
        let copy = registry.clone();
        assert!(registry.http.get().is_none(), "nothing built before a call");
        assert_eq!(block_on(copy.subjects()).unwrap(), ["a-value"]);
        assert!(registry.http.get().is_some(), "built once, for every clone");
        server.join().unwrap();
    }

    #[test]
    fn prepare_builds_the_http_client_in_the_background_for_every_clone() {
        let registry = client("http://127.0.0.1:9");
        let copy = registry.clone();
        let _thread = copy.prepare();
        let deadline = std::time::Instant::now() + Duration::from_secs(30);
        while registry.http.get().is_none() {
            assert!(std::time::Instant::now() < deadline, "never built");
            std::thread::sleep(Duration::from_millis(5));
        }
        assert!(matches!(registry.http.get(), Some(Ok(_))));
    }

    #[test]
    fn a_conflict_for_a_schema_that_is_not_there_is_the_registrys_refusal() {
        let (url, server) = fake_registry(vec![
            (
                409,
                r#"{"error_code":409,"message":"Schema being registered is incompatible"}"#,
            ),
            (404, r#"{"error_code":40403,"message":"Schema not found"}"#),
        ]);
        let err = block_on(client(&url).register("s-value", "\"string\"", None, &[])).unwrap_err();
        assert!(
            matches!(&err, RegistryError::Incompatible { subject, message }
                if subject == "s-value" && message == "Schema being registered is incompatible"),
            "{err:?}"
        );
        assert_eq!(server.join().unwrap().len(), 2);
    }

    #[test]
    fn compatibility_reasons_come_as_messages_or_as_one_reason() {
        let confluent: Compatibility =
            serde_json::from_str(r#"{"is_compatible":false,"messages":["a","b"]}"#).unwrap();
        assert_eq!(confluent.messages, ["a", "b"]);
        // Apicurio's ccompat API.
        let apicurio: Compatibility = serde_json::from_str(
            r#"{"is_compatible":false,"reason":"Incompatible artifact: t [AVRO]"}"#,
        )
        .unwrap();
        assert_eq!(apicurio.messages, ["Incompatible artifact: t [AVRO]"]);
        let ok: Compatibility =
            serde_json::from_str(r#"{"is_compatible":true,"reason":null}"#).unwrap();
        assert!(ok.is_compatible && ok.messages.is_empty());
    }
}
