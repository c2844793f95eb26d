//! Replays the fuzz inputs kept in the repository through the same checks the
//! fuzz targets run (fuzz/src/checks.rs), with the stable toolchain:
//!
//! - every crash the fuzzer found, minimized, in fuzz/regressions/<target>/
//!   (each was a real bug; see docs/robustness.md);
//! - every seed in fuzz/corpus/<target>/ (real frames, envelopes, topics.yaml
//!   files, schemas and datums), so the seeds stay meaningful inputs.
//!
//! A check panics when kctl misbehaves; each input runs under `catch_unwind`
//! so one failure names its file and the others still run.

#[allow(dead_code)]
#[path = "../fuzz/src/checks.rs"]
mod checks;

use std::path::{Path, PathBuf};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("fuzz")
}

fn files(dir: &Path) -> Vec<PathBuf> {
    let mut out: Vec<PathBuf> = match std::fs::read_dir(dir) {
        Ok(entries) => entries.filter_map(|e| e.ok().map(|e| e.path())).collect(),
        Err(_) => Vec::new(),
    };
    out.sort();
    out
}

/// Runs every file under `fuzz/<kind>/<target>/`; returns how many ran.
fn replay(kind: &str) -> usize {
    let mut failures = Vec::new();
    let mut ran = 0;
    for (target, check) in checks::TARGETS {
        for file in files(&root().join(kind).join(target)) {
            let data = std::fs::read(&file).unwrap();
            ran += 1;
            if let Err(panic) = std::panic::catch_unwind(|| check(&data)) {
                let why = panic
                    .downcast_ref::<String>()
                    .cloned()
                    .or_else(|| panic.downcast_ref::<&str>().map(|s| s.to_string()))
                    .unwrap_or_default();
                failures.push(format!("{}: {why}", file.display()));
            }
        }
    }
    assert!(
        failures.is_empty(),
        "{} input(s) failed:\n{}",
        failures.len(),
        failures.join("\n")
    );
    ran
}

#[test]
fn every_crash_found_by_fuzzing_stays_fixed() {
    let ran = replay("regressions");
    assert!(ran >= 1, "fuzz/regressions/ holds no inputs");
}

#[test]
fn every_seed_input_is_handled() {
    let ran = replay("corpus");
    // Each target has seeds; an empty corpus directory would be a mistake.
    for (target, _) in checks::TARGETS {
        assert!(
            !files(&root().join("corpus").join(target)).is_empty(),
            "fuzz/corpus/{target}/ is empty"
        );
    }
    assert!(ran >= checks::TARGETS.len());
}

/// The first crash the fuzzer found (envelope target): serde_json without its
/// `float_roundtrip` feature read the double it had just printed back as a
/// neighbouring double, so a number could change between `tail -o json` and
/// `produce`. Kept as a direct assertion besides the replayed input.
#[test]
fn doubles_survive_print_and_parse() {
    for x in [
        9.999999999999899e28_f64,
        0.1,
        1e300,
        -2.2250738585072014e-308,
        5e-324,
    ] {
        let text = serde_json::to_string(&x).unwrap();
        let back: f64 = serde_json::from_str(&text).unwrap();
        assert_eq!(back.to_bits(), x.to_bits(), "{text}");
    }
}
