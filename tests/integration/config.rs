//! Config-file contexts end to end: resolution, use-context, redacted view.

use crate::harness::*;

fn write_config(dir: &std::path::Path, text: &str) -> std::path::PathBuf {
    use std::os::unix::fs::PermissionsExt;
    let path = dir.join("config.yaml");
    std::fs::write(&path, text).unwrap();
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o600)).unwrap();
    path
}

#[test]
fn context_from_config_file_reaches_the_sandbox() {
    let dir = tempfile::tempdir().unwrap();
    let dead = format!("127.0.0.1:{}", free_port());
    let cfg = write_config(
        dir.path(),
        &format!(
            "current-context: broken\ncontexts:\n  sandbox:\n    bootstrap-servers: {}\n  broken:\n    bootstrap-servers: {dead}\n    timeout: 1s\n",
            sandbox().bootstrap
        ),
    );
    // current-context points at a dead broker...
    let out = kctl_offline()
        .env("KCTL_CONFIG", &cfg)
        .args(["cluster", "info"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains(&dead), "{}", stderr(&out));
    // ... --context and KCTL_CONTEXT select the working one ...
    let out = kctl_offline()
        .env("KCTL_CONFIG", &cfg)
        .args(["--context", "sandbox", "cluster", "info", "-o", "json"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    json(&out);
    let out = kctl_offline()
        .env("KCTL_CONFIG", &cfg)
        .env("KCTL_CONTEXT", "sandbox")
        .args(["cluster", "info"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    // ... and the environment beats the context's bootstrap servers.
    let out = kctl_offline()
        .env("KCTL_CONFIG", &cfg)
        .env("KAFKA_BOOTSTRAP_SERVERS", &sandbox().bootstrap)
        .args(["cluster", "info"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
}

#[test]
fn get_contexts_use_context_and_view() {
    let dir = tempfile::tempdir().unwrap();
    let cfg = write_config(
        dir.path(),
        "# keep me\ncurrent-context: dev\ncontexts:\n  dev:\n    bootstrap-servers: dev:9092\n  prod:\n    bootstrap-servers: prod:9092\n    registry:\n      url: https://sr\n      username: sr\n      password: plain-registry-secret\n    sasl:\n      mechanism: SCRAM-SHA-512\n      username: app\n      password-env: PROD_KAFKA_PASSWORD\n",
    );
    let out = kctl_offline()
        .env("KCTL_CONFIG", &cfg)
        .args(["config", "get-contexts", "-o", "json"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    let rows = json(&out);
    assert_eq!(rows[0]["name"], "dev");
    assert_eq!(rows[0]["current"], true);
    assert_eq!(rows[1]["current"], false);

    let out = kctl_offline()
        .env("KCTL_CONFIG", &cfg)
        .args(["config", "use-context", "prod"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    let text = std::fs::read_to_string(&cfg).unwrap();
    assert!(
        text.starts_with("# keep me\ncurrent-context: prod\n"),
        "{text}"
    );

    let out = kctl_offline()
        .env("KCTL_CONFIG", &cfg)
        .args(["config", "use-context", "nope"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));

    let out = kctl_offline()
        .env("KCTL_CONFIG", &cfg)
        .args(["config", "view"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    let view = stdout(&out);
    assert!(!view.contains("plain-registry-secret"), "{view}");
    assert!(
        view.contains("<redacted>") && view.contains("PROD_KAFKA_PASSWORD"),
        "{view}"
    );
    // -o json: the same redacted document.
    let out = kctl_offline()
        .env("KCTL_CONFIG", &cfg)
        .args(["config", "view", "-o", "json"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    let doc = json(&out);
    assert!(!doc.to_string().contains("plain-registry-secret"), "{doc}");
    assert!(doc["contexts"].is_object(), "{doc}");
}

#[test]
fn secrets_never_reach_output_or_verbose_logs() {
    let secret = "Sup3r-Secret-Pw-42";
    let dir = tempfile::tempdir().unwrap();
    let dead = format!("127.0.0.1:{}", free_port());
    let cfg = write_config(
        dir.path(),
        &format!(
            "current-context: c\ncontexts:\n  c:\n    bootstrap-servers: {dead}\n    timeout: 1s\n    sasl:\n      mechanism: SCRAM-SHA-256\n      username: app\n      password-env: MY_PW\n"
        ),
    );
    for args in [
        vec!["-vv", "cluster", "info"],
        vec!["config", "view"],
        vec!["--help"],
        vec!["-vv", "-X", "debug=all", "topics", "list"],
    ] {
        let out = kctl_offline()
            .env("KCTL_CONFIG", &cfg)
            .env("MY_PW", secret)
            .args(&args)
            .output()
            .unwrap();
        let all = format!("{}{}", stdout(&out), stderr(&out));
        assert!(
            !all.contains(secret),
            "{args:?} leaked the password:\n{all}"
        );
    }
}

#[test]
fn malformed_config_names_file_line_and_column() {
    let dir = tempfile::tempdir().unwrap();
    let cfg = write_config(dir.path(), "contexts:\n  a:\n    bootstrap_servers: x\n");
    let out = kctl_offline()
        .env("KCTL_CONFIG", &cfg)
        .args(["config", "view"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    assert!(err.contains(&format!("{}:3:", cfg.display())), "{err}");
    assert!(err.contains("unknown field `bootstrap_servers`"), "{err}");
}

/// A config file named with --config must exist: a typo never silently
/// means "no contexts" (the default location may be absent).
#[test]
fn a_config_file_named_on_the_command_line_must_exist() {
    let out = kctl_offline()
        .args([
            "--config",
            "/nonexistent/kctl-typo.yaml",
            "config",
            "get-contexts",
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains("config file /nonexistent/kctl-typo.yaml (--config) does not exist"),
        "{}",
        stderr(&out)
    );
}

/// `config set-context | rename-context | delete-context` edit the file in
/// place: comments, order and permissions stay; the context set works
/// against the real sandbox; secrets are stored only as references.
#[test]
fn contexts_are_set_renamed_and_deleted_without_an_editor() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let cfg = write_config(
        dir.path(),
        "# team config\ncurrent-context: old\ncontexts:\n  # the old one\n  old:\n    bootstrap-servers: 127.0.0.1:1   # dead\n",
    );
    let kctl_cfg = |args: &[&str]| {
        kctl_offline()
            .env("KCTL_CONFIG", &cfg)
            .args(args)
            .output()
            .unwrap()
    };

    let out = kctl_cfg(&[
        "config",
        "set-context",
        "sb",
        "-b",
        &sandbox().bootstrap,
        "--registry",
        &sandbox().registry,
        "--sasl-password-env",
        "SB_PW",
        "--timeout",
        "5s",
    ]);
    // SASL needs a mechanism and user: refused, nothing written.
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("nothing was written"),
        "{}",
        stderr(&out)
    );
    assert!(!std::fs::read_to_string(&cfg).unwrap().contains("sb:"));

    let out = kctl_cfg(&[
        "config",
        "set-context",
        "sb",
        "-b",
        &sandbox().bootstrap,
        "--registry",
        &sandbox().registry,
        "--timeout",
        "5s",
    ]);
    assert!(out.status.success(), "{}", stderr(&out));
    let text = std::fs::read_to_string(&cfg).unwrap();
    for keep in ["# team config", "# the old one", "127.0.0.1:1   # dead"] {
        assert!(text.contains(keep), "{keep} lost:\n{text}");
    }
    assert_eq!(
        std::fs::metadata(&cfg).unwrap().permissions().mode() & 0o777,
        0o600
    );
    let out = kctl_cfg(&["--context", "sb", "topics", "list", "-o", "json"]);
    assert!(
        out.status.success(),
        "the context set reaches the sandbox: {}",
        stderr(&out)
    );

    let out = kctl_cfg(&["config", "set-context", "sb", "-X", "sasl.password=hunter2"]);
    assert_eq!(out.status.code(), Some(2), "a secret is never stored");
    assert!(!std::fs::read_to_string(&cfg).unwrap().contains("hunter2"));

    let out = kctl_cfg(&["config", "rename-context", "old", "legacy"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let text = std::fs::read_to_string(&cfg).unwrap();
    assert!(
        text.contains("current-context: legacy") && text.contains("  legacy:"),
        "{text}"
    );
    let out = kctl_cfg(&["config", "rename-context", "legacy", "sb"]);
    assert_eq!(out.status.code(), Some(1), "the new name is taken");

    let out = kctl_cfg(&["config", "delete-context", "legcy"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains("did you mean \"legacy\""),
        "{}",
        stderr(&out)
    );
    let out = kctl_cfg(&["config", "delete-context", "legacy"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("was the current context"),
        "{}",
        stderr(&out)
    );
    let out = kctl_cfg(&["config", "get-contexts", "-o", "json"]);
    let names: Vec<String> = json(&out)
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["name"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(names, ["sb"]);
    assert!(std::fs::read_to_string(&cfg)
        .unwrap()
        .contains("# team config"));
}
