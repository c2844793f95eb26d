//! Dynamic completion (clap's engine, `COMPLETE=SHELL kctl -- WORDS`), run
//! the way bash, zsh and fish run it: topic, group, subject and context names
//! come from the real sandbox and config file; a broker that does not answer
//! completes nothing, quickly.

use std::process::Output;
use std::time::{Duration, Instant};

use crate::harness::*;

/// The candidates `shell` gets for the last of `words` (after `kctl`).
fn complete(shell: &str, words: &[&str], env: &[(&str, String)]) -> (Vec<String>, Output) {
    complete_with(kctl(), shell, words, env)
}

fn complete_with(
    mut cmd: assert_cmd::Command,
    shell: &str,
    words: &[&str],
    env: &[(&str, String)],
) -> (Vec<String>, Output) {
    cmd.env("COMPLETE", shell)
        .env("_CLAP_COMPLETE_INDEX", words.len().to_string())
        .env("_CLAP_COMPLETE_COMP_TYPE", "9")
        .env("_CLAP_COMPLETE_SPACE", "true")
        .arg("--")
        .arg("kctl")
        .args(words);
    for (k, v) in env {
        cmd.env(k, v);
    }
    let out = cmd.output().unwrap();
    let got = stdout(&out)
        .lines()
        // fish prints "value\thelp"
        .map(|l| l.split('\t').next().unwrap_or("").to_string())
        .filter(|l| !l.is_empty())
        .collect();
    (got, out)
}

#[test]
fn names_complete_from_the_live_cluster_registry_and_config_in_every_shell() {
    let prefix = unique("comp");
    let (a, b) = (format!("{prefix}.orders"), format!("{prefix}.payments"));
    create_topic(&a, 1, &[]);
    create_topic(&b, 1, &[]);
    let group = format!("{prefix}-billing");
    crate::lag::commit(&sandbox().bootstrap, &group, &[(&a, 0, 0)]);
    let dir = tempfile::tempdir().unwrap();
    let avsc = dir.path().join("s.avsc");
    std::fs::write(
        &avsc,
        r#"{"type":"record","name":"S","fields":[{"name":"a","type":"int"}]}"#,
    )
    .unwrap();
    let subject = format!("{a}-value");
    let out = kctl()
        .args(["schema", "register", &subject])
        .arg(&avsc)
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));

    for shell in ["bash", "zsh", "fish"] {
        let (got, out) = complete(shell, &["tail", &prefix], &[]);
        assert!(out.status.success(), "{shell}: {}", stderr(&out));
        assert_eq!(got, [a.clone(), b.clone()], "{shell}: topics");
    }
    let (got, _) = complete("bash", &["topics", "describe", &format!("{prefix}.o")], &[]);
    assert_eq!(got, vec![a.clone()]);
    let (got, _) = complete("bash", &["groups", "describe", &prefix], &[]);
    assert_eq!(got, vec![group.clone()]);
    let (got, _) = complete("zsh", &["lag", &prefix], &[]);
    assert_eq!(got, vec![group.clone()]);
    let (got, _) = complete("bash", &["schema", "get", &prefix], &[]);
    assert_eq!(got, vec![subject.clone()]);

    let cfg = dir.path().join("config.yaml");
    std::fs::write(&cfg, "contexts:\n  prod-eu:\n    bootstrap-servers: x:1\n  prod-us:\n    bootstrap-servers: y:1\n  dev:\n    bootstrap-servers: z:1\n").unwrap();
    let env = [("KCTL_CONFIG", cfg.display().to_string())];
    let (got, _) = complete("bash", &["config", "use-context", "prod"], &env);
    assert_eq!(got, ["prod-eu", "prod-us"]);
    let (got, _) = complete("fish", &["--context", "d"], &env);
    assert_eq!(got, ["dev"]);
}

/// Fakes, said plainly: a loopback port that accepts connections and never
/// answers stands for a slow cluster, a closed port for an unreachable one.
/// Either way the shell gets no candidates, within the lookup budget
/// (1.5 s), and no error text.
#[test]
fn a_slow_or_unreachable_cluster_completes_nothing_without_blocking_the_shell() {
    let silent = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let slow = silent.local_addr().unwrap().to_string();
    let dead = format!("127.0.0.1:{}", free_port());
    for bootstrap in [slow, dead] {
        let started = Instant::now();
        let (got, out) = complete_with(
            kctl_offline(),
            "bash",
            &["tail", "o"],
            &[("KAFKA_BOOTSTRAP_SERVERS", bootstrap.clone())],
        );
        assert!(out.status.success(), "{bootstrap}");
        assert!(got.is_empty(), "{bootstrap}: {got:?}");
        assert!(stderr(&out).is_empty(), "{bootstrap}: {}", stderr(&out));
        assert!(
            started.elapsed() < Duration::from_secs(4),
            "{bootstrap}: {:?}",
            started.elapsed()
        );
    }
    drop(silent);
}

#[test]
fn completions_dynamic_prints_the_registration_for_the_shell() {
    for (shell, marker) in [
        ("bash", "_CLAP_COMPLETE_INDEX"),
        ("zsh", "#compdef"),
        ("fish", "complete"),
    ] {
        let out = kctl_offline()
            .args(["completions", shell, "--dynamic"])
            .output()
            .unwrap();
        assert!(out.status.success(), "{shell}: {}", stderr(&out));
        let text = stdout(&out);
        assert!(
            text.contains(marker) && text.contains("COMPLETE"),
            "{shell}:\n{text}"
        );
    }
}
