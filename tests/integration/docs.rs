//! README, --help and completions stay in sync with the code.

use clap_complete::Shell;

use crate::harness::*;

const SHELLS: [(Shell, &str); 5] = [
    (Shell::Bash, "kctl.bash"),
    (Shell::Zsh, "_kctl"),
    (Shell::Fish, "kctl.fish"),
    (Shell::PowerShell, "_kctl.ps1"),
    (Shell::Elvish, "kctl.elv"),
];

#[test]
fn committed_completions_match_the_binary() {
    for (shell, file) in SHELLS {
        let out = kctl_offline()
            .args(["completions", &shell.to_string()])
            .output()
            .unwrap();
        assert!(out.status.success());
        let committed = std::fs::read(repo_root().join("completions").join(file))
            .unwrap_or_else(|e| panic!("completions/{file}: {e}"));
        assert!(
            committed == out.stdout,
            "completions/{file} is stale: run scripts/gen-completions"
        );
    }
}

fn subcommands(args: &[&str]) -> Vec<String> {
    let out = kctl_offline().args(args).arg("--help").output().unwrap();
    let help = stdout(&out);
    help.split("Commands:")
        .nth(1)
        .unwrap_or("")
        .split("Options:")
        .next()
        .unwrap_or("")
        .lines()
        // A command's line is indented by two; wrapped descriptions by more.
        .filter(|l| l.starts_with("  ") && !l.starts_with("   "))
        .filter_map(|l| l.split_whitespace().next().map(str::to_string))
        .filter(|c| c != "help")
        .collect()
}

#[test]
fn readme_documents_every_command() {
    let readme = std::fs::read_to_string(repo_root().join("README.md")).unwrap();
    let top = subcommands(&[]);
    assert!(top.len() >= 4, "{top:?}");
    for cmd in &top {
        let nested = subcommands(&[cmd.as_str()]);
        if nested.is_empty() {
            assert!(
                readme.contains(&format!("kctl {cmd}")),
                "README lacks `kctl {cmd}`"
            );
        }
        for sub in nested {
            assert!(
                readme.contains(&format!("kctl {cmd} {sub}")),
                "README lacks `kctl {cmd} {sub}`"
            );
        }
    }
}

#[test]
fn readme_exit_codes_match_the_code() {
    let readme = std::fs::read_to_string(repo_root().join("README.md")).unwrap();
    for (code, word) in [
        (kctl::exit::OK, "ok"),
        (kctl::exit::ERROR, "error"),
        (kctl::exit::USAGE, "usage"),
        (kctl::exit::PENDING, "pending"),
        (kctl::exit::PARTIAL, "partial"),
        (kctl::exit::INTERRUPTED, "interrupted"),
    ] {
        let row = readme
            .lines()
            .find(|l| l.starts_with(&format!("| {code} |")))
            .unwrap_or_else(|| panic!("README exit-code table lacks {code}"));
        assert!(row.to_lowercase().contains(word), "{row}");
    }
    // The per-command table names only commands that exist, and codes 3, 4
    // and 130 only where the code can return them.
    let rows: Vec<&str> = readme
        .lines()
        .skip_while(|l| !l.starts_with("| command | 0 | 3 | 4 | 130 |"))
        .skip(2)
        .take_while(|l| l.starts_with("| `"))
        .collect();
    assert!(rows.len() >= 10, "{rows:?}");
    for row in rows {
        let cmd = row.split('`').nth(1).unwrap();
        let words: Vec<&str> = cmd.split_whitespace().collect();
        let (parent, last) = words.split_at(words.len() - 1);
        assert!(
            subcommands(parent).contains(&last[0].to_string()),
            "README's exit-code table names `kctl {cmd}`, which does not exist"
        );
    }
}

/// Every command's `--help` as checked in under docs/help/ (scripts/gen-help),
/// so a change to the help text shows in review.
#[test]
fn checked_in_help_matches_the_binary() {
    fn walk(path: &[String], seen: &mut Vec<String>) {
        let name = if path.is_empty() {
            "kctl".to_string()
        } else {
            format!("kctl-{}", path.join("-"))
        };
        let args: Vec<&str> = path.iter().map(String::as_str).collect();
        let out = kctl_offline().args(&args).arg("--help").output().unwrap();
        let file = repo_root().join("docs/help").join(format!("{name}.txt"));
        let committed = std::fs::read(&file)
            .unwrap_or_else(|e| panic!("{}: {e}: run scripts/gen-help", file.display()));
        assert!(
            committed == out.stdout,
            "{} is stale: run scripts/gen-help",
            file.display()
        );
        seen.push(format!("{name}.txt"));
        for sub in subcommands(&args) {
            let mut p = path.to_vec();
            p.push(sub);
            walk(&p, seen);
        }
    }
    let mut seen = Vec::new();
    walk(&[], &mut seen);
    let mut files: Vec<String> = std::fs::read_dir(repo_root().join("docs/help"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    files.sort();
    seen.sort();
    assert_eq!(
        files, seen,
        "docs/help/ holds help for commands that do not exist: run scripts/gen-help"
    );
}
