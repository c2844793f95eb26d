//! kctl: a command-line toolkit for operating Kafka-based event streaming.
//!
//! # Layering
//!
//! Each module may import (`crate::...`) only the modules listed after it;
//! test code may use anything. The unit test below checks the rule against
//! every `crate::` path in `src/`.
//!
//! | module | what it owns | may import |
//! |---|---|---|
//! | `commands` | one thin module per subcommand: resolve inputs, call `ops` or `domain`, hand the value to `output` | everything below |
//! | `output` | the only code that writes to the terminal: tables, texts, JSON/YAML, progress, prompts; it implements the terminal ports (`RecordSink`, `WatchSink`, `ProgressDisplay`) | `ops` (the values it returns, its ports), `domain`, `cli` (value enums such as `OutputFormat`), `redact` |
//! | `kafka` | the only module that imports rdkafka (and its FFI); implements the Kafka ports | `ops::ports` only of `ops`, `domain`, `settings` |
//! | `registry` | the only module that imports reqwest (the Schema Registry client); implements the registry ports | `ops::ports` only of `ops`, `domain`, `settings` |
//! | `ops` | steps written against the traits in `ops::ports`, which `ops` owns with the plain values they exchange | `domain`, `exit` |
//! | `settings` | flags > environment > config-file context > defaults; the `Secret` type | `cli`, `domain`, `exit`, `redact` |
//! | `cli` | the clap definitions, and the typed value parsers they name | `domain` |
//! | `domain` | pure: parsing, planning, wire formats, decoding. No async, no I/O | nothing (the `kctl-avro` codec crate) |
//! | `exit` | the exit codes, in one place | nothing |
//! | `redact` | the secrets to scrub from whatever goes to stderr | nothing |
//!
//! So the adapters (`kafka`, `registry`) depend on `ops` only for the port
//! traits they implement, and `ops` never sees an adapter: commands connect
//! the adapters and hand them to `ops`.

pub mod cli;
pub mod commands;
pub mod domain;
pub mod exit;
pub mod kafka;
pub mod ops;
pub mod output;
pub mod redact;
pub mod registry;
pub mod settings;

#[cfg(test)]
mod layering {
    use std::collections::BTreeSet;
    use std::path::{Path, PathBuf};

    /// What each top-level module may import, as in the table above.
    const ALLOWED: &[(&str, &[&str])] = &[
        (
            "commands",
            &[
                "cli", "domain", "exit", "kafka", "ops", "output", "registry", "settings",
            ],
        ),
        ("output", &["cli", "domain", "ops", "redact"]),
        ("kafka", &["domain", "ops::ports", "settings"]),
        ("registry", &["domain", "ops::ports", "settings"]),
        ("ops", &["domain", "exit"]),
        ("settings", &["cli", "domain", "exit", "redact"]),
        ("cli", &["domain"]),
        ("domain", &[]),
        ("exit", &[]),
        ("redact", &[]),
    ];

    fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
        for entry in std::fs::read_dir(dir).unwrap().flatten() {
            let path = entry.path();
            if path.is_dir() {
                rust_files(&path, out);
            } else if path.extension().is_some_and(|e| e == "rs") {
                out.push(path);
            }
        }
    }

    /// The code of a file without its tests and comments.
    fn code(text: &str) -> String {
        let text = match text.find("\n#[cfg(test)]") {
            Some(i) => &text[..i],
            None => text,
        };
        text.lines()
            .filter(|l| !l.trim_start().starts_with("//"))
            .collect::<Vec<_>>()
            .join("\n")
    }

    /// Every module `code` names as `crate::MODULE` (`ops::ports` apart from
    /// the rest of `ops`).
    fn imports(code: &str) -> BTreeSet<String> {
        let mut out = BTreeSet::new();
        for (i, _) in code.match_indices("crate::") {
            let rest = &code[i + "crate::".len()..];
            let name: String = rest
                .chars()
                .take_while(|c| c.is_ascii_lowercase() || *c == '_')
                .collect();
            if name == "ops" && rest.starts_with("ops::ports") {
                out.insert("ops::ports".to_string());
            } else {
                out.insert(name);
            }
        }
        out
    }

    #[test]
    fn every_module_imports_only_what_the_layering_allows() {
        let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
        let mut files = Vec::new();
        rust_files(&src, &mut files);
        let mut violations = Vec::new();
        for file in files {
            let rel = file.strip_prefix(&src).unwrap();
            let top = rel
                .iter()
                .next()
                .unwrap()
                .to_string_lossy()
                .trim_end_matches(".rs")
                .to_string();
            if top == "lib" || top == "main" || rel.ends_with("tests.rs") {
                continue;
            }
            let allowed = ALLOWED
                .iter()
                .find(|(m, _)| *m == top)
                .unwrap_or_else(|| panic!("{}: module {top} is not in the layering", rel.display()))
                .1;
            let text = std::fs::read_to_string(&file).unwrap();
            for import in imports(&code(&text)) {
                let own = import == top || import.starts_with(&format!("{top}::"));
                let ok = own
                    || allowed.contains(&import.as_str())
                    || (import == "ops::ports" && allowed.contains(&"ops"));
                if !ok {
                    violations.push(format!("{}: crate::{import}", rel.display()));
                }
            }
            for (krate, home) in [
                ("rdkafka", "kafka"),
                ("rdkafka_sys", "kafka"),
                ("reqwest", "registry"),
            ] {
                let code = code(&text);
                let used =
                    code.contains(&format!("{krate}::")) || code.contains(&format!("use {krate}"));
                if used && top != home {
                    violations.push(format!("{}: {krate} outside {home}/", rel.display()));
                }
            }
        }
        assert!(
            violations.is_empty(),
            "layering broken:\n{}",
            violations.join("\n")
        );
    }
}
