//! Connection settings, resolved in one place: flags > environment > config-file
//! context > defaults. Also owns the config file format and the [`Secret`] type.

use std::collections::BTreeMap;
use std::fmt;
use std::path::{Path, PathBuf};
use std::time::Duration;

use anyhow::{bail, Context as _, Result};
use serde::{Deserialize, Serialize};

use crate::cli::GlobalArgs;
use crate::domain::duration;

pub const DEFAULT_BOOTSTRAP: &str = "localhost:9092";
pub const DEFAULT_REGISTRY: &str = "http://localhost:8081";
pub const DEFAULT_TIMEOUT: Duration = Duration::from_secs(10);
pub const DEFAULT_SASL_PASSWORD_ENV: &str = "KCTL_SASL_PASSWORD";
pub const DEFAULT_REGISTRY_PASSWORD_ENV: &str = "KCTL_REGISTRY_PASSWORD";

/// A password or other secret. Its `Debug` and `Display` never show the value,
/// so it cannot leak through `{:?}` in a log line or an error message.
#[derive(Clone, PartialEq, Eq)]
pub struct Secret(String);

impl Secret {
    pub fn new(value: String) -> Self {
        crate::redact::register(&value);
        Secret(value)
    }

    /// The only way to read the value: grep for `expose` to audit every use.
    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl fmt::Debug for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("<redacted>")
    }
}

impl fmt::Display for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("<redacted>")
    }
}

// ---------------------------------------------------------------------------
// The config file

/// `~/.config/kctl/config.yaml`: kubectl-style named contexts.
#[derive(Debug, Default, Clone, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case", deny_unknown_fields)]
pub struct ConfigFile {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub current_context: Option<String>,
    #[serde(default)]
    pub contexts: BTreeMap<String, ContextConfig>,
}

#[derive(Debug, Default, Clone, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case", deny_unknown_fields)]
pub struct ContextConfig {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub bootstrap_servers: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub registry: Option<RegistryConfig>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sasl: Option<SaslConfig>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tls: Option<TlsConfig>,
    /// Extra librdkafka properties, as with `-X`.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub properties: BTreeMap<String, String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub timeout: Option<String>,
}

/// Where a password comes from. A plaintext `password` is accepted for
/// compatibility but discouraged: prefer `password-env` or `password-file`.
#[derive(Debug, Default, Clone, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case", deny_unknown_fields)]
pub struct PasswordSource {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub password_env: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub password_file: Option<PathBuf>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub password: Option<String>,
}

#[derive(Debug, Default, Clone, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case", deny_unknown_fields)]
pub struct RegistryConfig {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub username: Option<String>,
    #[serde(flatten)]
    pub password: PasswordSource,
}

#[derive(Debug, Default, Clone, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case", deny_unknown_fields)]
pub struct SaslConfig {
    pub mechanism: String,
    pub username: String,
    #[serde(flatten)]
    pub password: PasswordSource,
}

#[derive(Debug, Default, Clone, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case", deny_unknown_fields)]
pub struct TlsConfig {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub enabled: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ca: Option<PathBuf>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cert: Option<PathBuf>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub key: Option<PathBuf>,
}

impl ConfigFile {
    /// Parses a config file strictly: unknown keys are errors with line and column.
    pub fn parse(text: &str, path: &Path) -> Result<Self> {
        if text.trim().is_empty() {
            return Ok(ConfigFile::default());
        }
        serde_norway::from_str(text).map_err(|e| {
            let at = e
                .location()
                .map(|l| format!(":{}:{}", l.line(), l.column()))
                .unwrap_or_default();
            anyhow::anyhow!("{}{at}: invalid config file: {}", path.display(), e)
        })
    }

    /// A copy with every password replaced by `<redacted>`, for `config view`.
    pub fn redacted(&self) -> ConfigFile {
        let mut copy = self.clone();
        for ctx in copy.contexts.values_mut() {
            if let Some(r) = ctx.registry.as_mut() {
                redact_source(&mut r.password);
            }
            if let Some(s) = ctx.sasl.as_mut() {
                redact_source(&mut s.password);
            }
            for (key, value) in ctx.properties.iter_mut() {
                if is_secret_property(key) {
                    *value = "<redacted>".into();
                }
            }
        }
        copy
    }

    /// True when any context stores a password in plaintext.
    pub fn has_plaintext_password(&self) -> bool {
        self.contexts.values().any(|c| {
            c.registry
                .as_ref()
                .is_some_and(|r| r.password.password.is_some())
                || c.sasl
                    .as_ref()
                    .is_some_and(|s| s.password.password.is_some())
                || c.properties.keys().any(|k| is_secret_property(k))
        })
    }
}

fn redact_source(p: &mut PasswordSource) {
    if p.password.is_some() {
        p.password = Some("<redacted>".into());
    }
}

/// librdkafka properties whose values are secrets (`sasl.password`,
/// `ssl.key.password`, `sasl.oauthbearer.client.secret`, ...).
pub fn is_secret_property(key: &str) -> bool {
    let k = key.to_ascii_lowercase();
    k.contains("password") || k.contains("secret") || k.ends_with(".pem") && k.contains("key")
}

/// The config file path: `--config`, then `$KCTL_CONFIG`, then
/// `$XDG_CONFIG_HOME/kctl/config.yaml`, then `~/.config/kctl/config.yaml`.
pub fn config_path(flag: Option<&Path>, env: &dyn Fn(&str) -> Option<String>) -> Option<PathBuf> {
    if let Some(p) = flag {
        return Some(p.to_path_buf());
    }
    if let Some(p) = env("KCTL_CONFIG").filter(|s| !s.is_empty()) {
        return Some(PathBuf::from(p));
    }
    if let Some(x) = env("XDG_CONFIG_HOME").filter(|s| !s.is_empty()) {
        return Some(PathBuf::from(x).join("kctl/config.yaml"));
    }
    env("HOME").map(|h| PathBuf::from(h).join(".config/kctl/config.yaml"))
}

/// Reads the config file if it exists. A missing file is an empty config; a file
/// holding plaintext passwords that others can read is refused (as ssh refuses
/// a world-readable key) unless `insecure` is set.
pub fn load_config(path: Option<&Path>, insecure: bool) -> Result<ConfigFile> {
    let Some(path) = path else {
        return Ok(ConfigFile::default());
    };
    let text = match std::fs::read_to_string(path) {
        Ok(t) => t,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(ConfigFile::default()),
        Err(e) => return Err(e).with_context(|| format!("cannot read {}", path.display())),
    };
    let cfg = ConfigFile::parse(&text, path)?;
    if cfg.has_plaintext_password() && !insecure && readable_by_others(path) {
        bail!(
            "{} holds a plaintext password and is readable by other users: run `chmod 600 {}`, \
             move the password to password-env or password-file, or pass --insecure-config",
            path.display(),
            path.display()
        );
    }
    Ok(cfg)
}

#[cfg(unix)]
fn readable_by_others(path: &Path) -> bool {
    use std::os::unix::fs::PermissionsExt;
    std::fs::metadata(path).is_ok_and(|m| m.permissions().mode() & 0o044 != 0)
}

#[cfg(not(unix))]
fn readable_by_others(_path: &Path) -> bool {
    false
}

// ---------------------------------------------------------------------------
// Resolved settings

#[derive(Debug, Clone)]
pub struct Settings {
    /// The context in use, if any.
    pub context: Option<String>,
    pub bootstrap_servers: String,
    pub registry: RegistrySettings,
    /// librdkafka properties derived from the TLS and SASL options, then `-X`
    /// (which wins). Secret values are [`Secret`]s.
    pub kafka_properties: Vec<(String, PropertyValue)>,
    pub timeout: Duration,
    pub verbose: u8,
}

#[derive(Debug, Clone)]
pub enum PropertyValue {
    Plain(String),
    Secret(Secret),
}

impl PropertyValue {
    pub fn expose(&self) -> &str {
        match self {
            PropertyValue::Plain(s) => s,
            PropertyValue::Secret(s) => s.expose(),
        }
    }
}

#[derive(Debug, Clone)]
pub struct RegistrySettings {
    pub url: String,
    pub username: Option<String>,
    pub password: Option<Secret>,
}

/// Resolves settings from flags, environment (`env`) and the config file.
pub fn resolve(
    args: &GlobalArgs,
    env: &dyn Fn(&str) -> Option<String>,
    config: &ConfigFile,
) -> Result<Settings> {
    let env_nonempty = |k: &str| env(k).filter(|v| !v.trim().is_empty());

    let context_name = args
        .context
        .clone()
        .or_else(|| env_nonempty("KCTL_CONTEXT"))
        .or_else(|| config.current_context.clone());
    let ctx = match &context_name {
        Some(name) => Some(config.contexts.get(name).ok_or_else(|| {
            let known: Vec<&str> = config.contexts.keys().map(String::as_str).collect();
            anyhow::anyhow!(
                "context {name:?} not found in the config file (known: {})",
                if known.is_empty() {
                    "none".to_string()
                } else {
                    known.join(", ")
                }
            )
        })?),
        None => None,
    };
    let ctx = ctx.cloned().unwrap_or_default();

    let bootstrap_servers = args
        .bootstrap_servers
        .clone()
        .or_else(|| env_nonempty("KAFKA_BOOTSTRAP_SERVERS"))
        .or(ctx.bootstrap_servers.clone())
        .unwrap_or_else(|| DEFAULT_BOOTSTRAP.to_string());

    let timeout = match (args.timeout, ctx.timeout.as_deref()) {
        (Some(flag), _) => flag,
        (None, Some(t)) => duration::parse(t).map_err(|e| anyhow::anyhow!("--timeout: {e}"))?,
        (None, None) => DEFAULT_TIMEOUT,
    };
    if timeout.is_zero() {
        bail!("--timeout must be greater than zero");
    }

    // Registry
    let reg_cfg = ctx.registry.clone().unwrap_or_default();
    let registry_url = args
        .registry
        .clone()
        .or_else(|| env_nonempty("SCHEMA_REGISTRY_URL"))
        .or(reg_cfg.url.clone())
        .unwrap_or_else(|| DEFAULT_REGISTRY.to_string());
    let registry_username = args.registry_username.clone().or(reg_cfg.username.clone());
    let registry_password = if registry_username.is_some() {
        let flag_source = PasswordSource {
            password_env: args.registry_password_env.clone(),
            password_file: args.registry_password_file.clone(),
            password: None,
        };
        read_password(
            &flag_source,
            &reg_cfg.password,
            DEFAULT_REGISTRY_PASSWORD_ENV,
            env,
        )
        .context("schema registry password")?
    } else {
        None
    };

    // Kafka properties: security first, then the context's properties, then -X.
    let mut props: Vec<(String, PropertyValue)> = Vec::new();
    let tls_cfg = ctx.tls.clone().unwrap_or_default();
    let tls_ca = args.tls_ca.clone().or(tls_cfg.ca.clone());
    let tls_cert = args.tls_cert.clone().or(tls_cfg.cert.clone());
    let tls_key = args.tls_key.clone().or(tls_cfg.key.clone());
    let tls = args.tls
        || tls_cfg.enabled.unwrap_or(false)
        || tls_ca.is_some()
        || tls_cert.is_some()
        || tls_key.is_some();

    let sasl_mechanism = args
        .sasl_mechanism
        .clone()
        .or(ctx.sasl.as_ref().map(|s| s.mechanism.clone()));
    let sasl = match sasl_mechanism {
        Some(mech) => {
            let mech = normalise_mechanism(&mech)?;
            let username = args
                .sasl_username
                .clone()
                .or(ctx.sasl.as_ref().map(|s| s.username.clone()))
                .ok_or_else(|| anyhow::anyhow!("SASL {mech} needs a username (--sasl-username)"))?;
            let flag_source = PasswordSource {
                password_env: args.sasl_password_env.clone(),
                password_file: args.sasl_password_file.clone(),
                password: None,
            };
            let cfg_source = ctx
                .sasl
                .as_ref()
                .map(|s| s.password.clone())
                .unwrap_or_default();
            let password = read_password(&flag_source, &cfg_source, DEFAULT_SASL_PASSWORD_ENV, env)
                .context("SASL password")?
                .ok_or_else(|| {
                    anyhow::anyhow!(
                        "SASL {mech} needs a password: set ${DEFAULT_SASL_PASSWORD_ENV}, \
                         --sasl-password-env VAR or --sasl-password-file FILE"
                    )
                })?;
            Some((mech, username, password))
        }
        None => None,
    };

    let protocol = match (tls, sasl.is_some()) {
        (false, false) => None,
        (true, false) => Some("ssl"),
        (false, true) => Some("sasl_plaintext"),
        (true, true) => Some("sasl_ssl"),
    };
    let plain = |k: &str, v: String| (k.to_string(), PropertyValue::Plain(v));
    if let Some(p) = protocol {
        props.push(plain("security.protocol", p.to_string()));
    }
    if let Some(ca) = tls_ca {
        props.push(plain("ssl.ca.location", ca.display().to_string()));
    }
    if let Some(cert) = tls_cert {
        props.push(plain(
            "ssl.certificate.location",
            cert.display().to_string(),
        ));
    }
    if let Some(key) = tls_key {
        props.push(plain("ssl.key.location", key.display().to_string()));
    }
    if let Some((mech, user, password)) = sasl {
        props.push(plain("sasl.mechanism", mech.to_string()));
        props.push(plain("sasl.username", user));
        props.push(("sasl.password".into(), PropertyValue::Secret(password)));
    }
    for (k, v) in &ctx.properties {
        props.push(property(k, v.clone()));
    }
    for kv in &args.rdkafka {
        let (k, v) = kv.split_once('=').ok_or_else(|| {
            crate::exit::CodedError::usage(format!("-X {kv:?}: expected KEY=VALUE"))
        })?;
        if k.trim().is_empty() {
            return Err(crate::exit::CodedError::usage(format!(
                "-X {kv:?}: empty key"
            )));
        }
        props.push(property(k.trim(), v.to_string()));
    }

    Ok(Settings {
        context: context_name,
        bootstrap_servers,
        registry: RegistrySettings {
            url: registry_url.trim_end_matches('/').to_string(),
            username: registry_username,
            password: registry_password,
        },
        kafka_properties: props,
        timeout,
        verbose: args.verbose,
    })
}

fn property(key: &str, value: String) -> (String, PropertyValue) {
    let v = if is_secret_property(key) {
        PropertyValue::Secret(Secret::new(value))
    } else {
        PropertyValue::Plain(value)
    };
    (key.to_string(), v)
}

fn normalise_mechanism(m: &str) -> Result<&'static str> {
    match m.to_ascii_uppercase().replace('_', "-").as_str() {
        "PLAIN" => Ok("PLAIN"),
        "SCRAM-SHA-256" => Ok("SCRAM-SHA-256"),
        "SCRAM-SHA-512" => Ok("SCRAM-SHA-512"),
        _ => bail!("unknown SASL mechanism {m:?}: expected PLAIN, SCRAM-SHA-256 or SCRAM-SHA-512"),
    }
}

/// Reads a password: flag sources first, then the config file's, then the
/// default environment variable. Files are read whole with one trailing newline
/// removed (as `echo secret > file` leaves one).
fn read_password(
    flags: &PasswordSource,
    config: &PasswordSource,
    default_env: &str,
    env: &dyn Fn(&str) -> Option<String>,
) -> Result<Option<Secret>> {
    for src in [flags, config] {
        if let Some(path) = &src.password_file {
            let text = std::fs::read_to_string(path)
                .with_context(|| format!("cannot read password file {}", path.display()))?;
            let text = text.strip_suffix('\n').unwrap_or(&text);
            let text = text.strip_suffix('\r').unwrap_or(text);
            return Ok(Some(Secret::new(text.to_string())));
        }
        if let Some(var) = &src.password_env {
            let value =
                env(var).ok_or_else(|| anyhow::anyhow!("environment variable {var} is not set"))?;
            return Ok(Some(Secret::new(value)));
        }
        if let Some(p) = &src.password {
            return Ok(Some(Secret::new(p.clone())));
        }
    }
    Ok(env(default_env).map(Secret::new))
}

/// Rewrites only the `current-context:` line, so comments and layout in the
/// user's file survive (serialising the parsed file would drop them).
pub fn set_current_context(text: &str, name: &str) -> String {
    let line = format!("current-context: {}", yaml_scalar(name));
    let mut found = false;
    let mut out: Vec<String> = text
        .lines()
        .map(|l| {
            if !found && l.starts_with("current-context:") {
                found = true;
                line.clone()
            } else {
                l.to_string()
            }
        })
        .collect();
    if !found {
        out.insert(0, line);
    }
    let mut s = out.join("\n");
    s.push('\n');
    s
}

fn yaml_scalar(s: &str) -> String {
    if s.chars()
        .all(|c| c.is_ascii_alphanumeric() || "-_.".contains(c))
        && !s.is_empty()
    {
        s.to_string()
    } else {
        serde_json::to_string(s).unwrap_or_else(|_| s.to_string())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashMap;

    fn env_of(pairs: &[(&str, &str)]) -> impl Fn(&str) -> Option<String> {
        let map: HashMap<String, String> = pairs
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect();
        move |k: &str| map.get(k).cloned()
    }

    fn config(text: &str) -> ConfigFile {
        ConfigFile::parse(text, Path::new("test.yaml")).unwrap()
    }

    const CFG: &str = r#"
current-context: prod
contexts:
  prod:
    bootstrap-servers: prod-1:9092,prod-2:9092
    registry:
      url: https://sr.example:8081/
      username: sr-user
      password-env: SR_PASS
    sasl:
      mechanism: scram-sha-512
      username: app
      password-env: PROD_PASS
    tls:
      ca: /etc/ca.pem
  dev:
    bootstrap-servers: dev:9092
"#;

    #[test]
    fn defaults_apply_when_nothing_is_set() {
        let s = resolve(&GlobalArgs::default(), &env_of(&[]), &ConfigFile::default()).unwrap();
        assert_eq!(s.bootstrap_servers, DEFAULT_BOOTSTRAP);
        assert_eq!(s.registry.url, DEFAULT_REGISTRY);
        assert_eq!(s.timeout, DEFAULT_TIMEOUT);
        assert!(s.kafka_properties.is_empty());
    }

    #[test]
    fn flags_beat_environment_beat_context() {
        let cfg = config(CFG);
        let env = env_of(&[
            ("KAFKA_BOOTSTRAP_SERVERS", "env:9092"),
            ("SCHEMA_REGISTRY_URL", "http://env-sr"),
            ("PROD_PASS", "p"),
            ("SR_PASS", "s"),
        ]);
        let s = resolve(&GlobalArgs::default(), &env, &cfg).unwrap();
        assert_eq!(s.bootstrap_servers, "env:9092");
        assert_eq!(s.registry.url, "http://env-sr");

        let args = GlobalArgs {
            bootstrap_servers: Some("flag:9092".into()),
            ..Default::default()
        };
        assert_eq!(
            resolve(&args, &env, &cfg).unwrap().bootstrap_servers,
            "flag:9092"
        );

        let env = env_of(&[("PROD_PASS", "p"), ("SR_PASS", "s")]);
        let s = resolve(&GlobalArgs::default(), &env, &cfg).unwrap();
        assert_eq!(s.bootstrap_servers, "prod-1:9092,prod-2:9092");
        assert_eq!(s.registry.url, "https://sr.example:8081");
        assert_eq!(s.registry.password.unwrap().expose(), "s");
    }

    #[test]
    fn context_selection_flag_then_env_then_current() {
        let cfg = config(CFG);
        let env = env_of(&[("KCTL_CONTEXT", "dev")]);
        assert_eq!(
            resolve(&GlobalArgs::default(), &env, &cfg)
                .unwrap()
                .bootstrap_servers,
            "dev:9092"
        );
        let args = GlobalArgs {
            context: Some("nope".into()),
            ..Default::default()
        };
        let err = resolve(&args, &env, &cfg).unwrap_err().to_string();
        assert!(
            err.contains("\"nope\" not found") && err.contains("dev, prod"),
            "{err}"
        );
    }

    #[test]
    fn sasl_over_tls_sets_librdkafka_properties_and_hides_the_password() {
        let cfg = config(CFG);
        let env = env_of(&[("PROD_PASS", "hunter2"), ("SR_PASS", "s")]);
        let s = resolve(&GlobalArgs::default(), &env, &cfg).unwrap();
        let get = |k: &str| {
            s.kafka_properties
                .iter()
                .find(|(key, _)| key == k)
                .map(|(_, v)| v.expose().to_string())
        };
        assert_eq!(get("security.protocol").as_deref(), Some("sasl_ssl"));
        assert_eq!(get("sasl.mechanism").as_deref(), Some("SCRAM-SHA-512"));
        assert_eq!(get("sasl.password").as_deref(), Some("hunter2"));
        assert_eq!(get("ssl.ca.location").as_deref(), Some("/etc/ca.pem"));
        assert!(!format!("{s:?}").contains("hunter2"));
    }

    #[test]
    fn missing_password_env_is_a_clear_error() {
        let cfg = config(CFG);
        let err = resolve(&GlobalArgs::default(), &env_of(&[("SR_PASS", "s")]), &cfg).unwrap_err();
        assert!(
            format!("{err:#}").contains("PROD_PASS is not set"),
            "{err:#}"
        );
    }

    #[test]
    fn password_file_drops_one_trailing_newline() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("pw");
        std::fs::write(&file, "s3cret\n").unwrap();
        let args = GlobalArgs {
            sasl_mechanism: Some("PLAIN".into()),
            sasl_username: Some("u".into()),
            sasl_password_file: Some(file),
            ..Default::default()
        };
        let s = resolve(&args, &env_of(&[]), &ConfigFile::default()).unwrap();
        let pw = s
            .kafka_properties
            .iter()
            .find(|(k, _)| k == "sasl.password")
            .unwrap();
        assert_eq!(pw.1.expose(), "s3cret");
    }

    #[test]
    fn x_passthrough_wins_and_rejects_malformed_pairs() {
        let args = GlobalArgs {
            rdkafka: vec!["fetch.wait.max.ms=10".into(), "sasl.password=x".into()],
            ..Default::default()
        };
        let s = resolve(&args, &env_of(&[]), &ConfigFile::default()).unwrap();
        assert_eq!(s.kafka_properties[0].0, "fetch.wait.max.ms");
        assert!(matches!(s.kafka_properties[1].1, PropertyValue::Secret(_)));
        let bad = GlobalArgs {
            rdkafka: vec!["novalue".into()],
            ..Default::default()
        };
        let err = resolve(&bad, &env_of(&[]), &ConfigFile::default()).unwrap_err();
        assert_eq!(crate::exit::code_for_error(&err), crate::exit::USAGE);
    }

    #[test]
    fn unknown_config_keys_are_errors_with_a_location() {
        let err = ConfigFile::parse("contexts:\n  a:\n    bootstrap: x\n", Path::new("c.yaml"))
            .unwrap_err()
            .to_string();
        assert!(err.starts_with("c.yaml:3:"), "{err}");
        assert!(err.contains("unknown field `bootstrap`"), "{err}");
    }

    #[test]
    fn redacted_view_hides_plaintext_passwords_and_secret_properties() {
        let cfg = config(
            "contexts:\n  a:\n    sasl:\n      mechanism: PLAIN\n      username: u\n      password: topsecret\n    properties:\n      ssl.key.password: alsosecret\n",
        );
        assert!(cfg.has_plaintext_password());
        let text = serde_norway::to_string(&cfg.redacted()).unwrap();
        assert!(
            !text.contains("topsecret") && !text.contains("alsosecret"),
            "{text}"
        );
        assert!(text.contains("<redacted>"));
    }

    #[test]
    fn world_readable_plaintext_config_is_refused_unless_insecure() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("config.yaml");
        std::fs::write(
            &path,
            "contexts:\n  a:\n    sasl: {mechanism: PLAIN, username: u, password: pw}\n",
        )
        .unwrap();
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o644)).unwrap();
        let err = load_config(Some(&path), false).unwrap_err().to_string();
        assert!(err.contains("readable by other users"), "{err}");
        assert!(load_config(Some(&path), true).is_ok());
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o600)).unwrap();
        assert!(load_config(Some(&path), false).is_ok());
    }

    #[test]
    fn use_context_rewrites_only_the_current_context_line() {
        let before = "# my clusters\ncurrent-context: dev\ncontexts:\n  dev: {}\n  prod: {}\n";
        assert_eq!(
            set_current_context(before, "prod"),
            "# my clusters\ncurrent-context: prod\ncontexts:\n  dev: {}\n  prod: {}\n"
        );
        assert_eq!(
            set_current_context("contexts:\n  a: {}\n", "a"),
            "current-context: a\ncontexts:\n  a: {}\n"
        );
        assert_eq!(yaml_scalar("my ctx"), "\"my ctx\"");
    }
}
