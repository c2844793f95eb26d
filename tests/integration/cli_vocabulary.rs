//! The shared command-line vocabulary (docs/cli.md), checked against the clap
//! definition itself: a flag that means the same thing has the same name,
//! short form and value grammar in every command.

use std::collections::BTreeMap;

use clap::{CommandFactory, Parser};
use kctl::cli::Cli;

/// Every visible argument of every (sub)command: (command path, arg).
fn walk(c: &clap::Command, path: &str, out: &mut Vec<(String, clap::Arg)>) {
    for a in c.get_arguments() {
        if !a.is_hide_set() && !a.is_global_set() {
            out.push((path.to_string(), a.clone()));
        }
    }
    for s in c.get_subcommands() {
        let p = if path.is_empty() {
            s.get_name().to_string()
        } else {
            format!("{path} {}", s.get_name())
        };
        walk(s, &p, out);
    }
}

fn all_args() -> Vec<(String, clap::Arg)> {
    let mut out = Vec::new();
    walk(&Cli::command(), "", &mut out);
    out
}

/// docs/cli.md's table: long name → short form (if any) and value names allowed.
const VOCABULARY: &[(&str, Option<char>, &[&str])] = &[
    ("file", Some('f'), &["FILE"]),
    ("follow", Some('F'), &[]),
    ("output", Some('o'), &["FORMAT"]),
    ("partition", Some('p'), &["N"]),
    ("header", Some('H'), &["NAME=VALUE", "NAME[=VALUE]"]),
    ("last", Some('n'), &["N"]),
    ("yes", Some('y'), &[]),
    ("dry-run", None, &[]),
    ("execute", None, &[]),
    ("from", None, &["POSITION"]),
    ("to", None, &["POSITION", "TOPIC"]),
    ("until", None, &["TIME"]),
    ("since", None, &["TIME"]),
    ("scan-from", None, &["TIME"]),
    ("key", None, &["K", "KEY"]),
    ("topic", None, &["TOPIC", "TOPIC[:P,...]"]),
    ("watch", None, &["INTERVAL"]),
    ("regex", None, &[]),
    ("set", None, &["KEY=VALUE"]),
];

#[test]
fn a_short_flag_means_one_thing_in_every_command() {
    let mut meaning: BTreeMap<char, BTreeMap<String, Vec<String>>> = BTreeMap::new();
    for (path, a) in all_args() {
        if let Some(s) = a.get_short() {
            let long = a.get_long().unwrap_or("").to_string();
            meaning
                .entry(s)
                .or_default()
                .entry(long)
                .or_default()
                .push(path);
        }
    }
    let clashes: Vec<String> = meaning
        .iter()
        .filter(|(_, longs)| longs.len() > 1)
        .map(|(s, longs)| format!("-{s}: {longs:?}"))
        .collect();
    assert!(
        clashes.is_empty(),
        "short flags with two meanings: {clashes:#?}"
    );
}

#[test]
fn shared_flags_have_one_name_short_form_and_value_name_everywhere() {
    let mut wrong = Vec::new();
    for (path, a) in all_args() {
        let Some(long) = a.get_long() else { continue };
        let Some((_, short, values)) = VOCABULARY.iter().find(|(l, ..)| *l == long) else {
            continue;
        };
        if a.get_short() != *short {
            wrong.push(format!(
                "{path} --{long}: short {:?}, vocabulary says {short:?}",
                a.get_short()
            ));
        }
        let names: Vec<String> = a
            .get_value_names()
            .map(|v| v.iter().map(|s| s.to_string()).collect())
            .unwrap_or_default();
        let takes_value = a.get_num_args().is_some_and(|n| n.takes_values());
        if values.is_empty() {
            if takes_value && !names.is_empty() {
                wrong.push(format!(
                    "{path} --{long} takes {names:?}, vocabulary says a switch"
                ));
            }
        } else if !names.iter().all(|n| values.contains(&n.as_str())) {
            wrong.push(format!(
                "{path} --{long} <{names:?}>, vocabulary says one of {values:?}"
            ));
        }
    }
    assert!(wrong.is_empty(), "{wrong:#?}");
}

#[test]
fn every_output_flag_offers_json_and_yaml() {
    let mut missing = Vec::new();
    for (path, a) in all_args() {
        if a.get_long() != Some("output") {
            continue;
        }
        let values: Vec<String> = a
            .get_possible_values()
            .iter()
            .map(|v| v.get_name().to_string())
            .collect();
        for want in ["json", "yaml"] {
            if !values.iter().any(|v| v == want) {
                missing.push(format!("{path} -o lacks {want}: {values:?}"));
            }
        }
    }
    assert!(missing.is_empty(), "{missing:#?}");
}

/// Every TIME flag reads every form of the one grammar.
#[test]
fn every_time_flag_takes_the_one_grammar() {
    let forms = [
        "1h",
        "-1h",
        "90m",
        "2026-11-24T10:00:00Z",
        "2026-11-24T10:00:00",
        "2026-11-24",
        "1795514400000",
        "beginning",
        "end",
        "now",
    ];
    let commands: &[&[&str]] = &[
        &["kctl", "tail", "t", "--from"],
        &["kctl", "tail", "t", "--until"],
        &["kctl", "dlq", "inspect", "d", "--since"],
        &["kctl", "dlq", "inspect", "d", "--until"],
        &["kctl", "dlq", "show", "d", "--since"],
        &["kctl", "dlq", "replay", "d", "--until"],
        &["kctl", "dlq", "replay", "d", "--scan-from"],
        &[
            "kctl",
            "groups",
            "reset-offsets",
            "g",
            "--topic",
            "t",
            "--to",
        ],
    ];
    let mut refused = Vec::new();
    for cmd in commands {
        for form in forms {
            let mut argv: Vec<&str> = cmd.to_vec();
            argv.push(form);
            if let Err(e) = Cli::try_parse_from(&argv) {
                refused.push(format!(
                    "{}: {}",
                    argv.join(" "),
                    e.to_string().lines().next().unwrap_or("")
                ));
            }
        }
    }
    assert!(refused.is_empty(), "{refused:#?}");
    // A bare small number is an offset where a position is meant, an error elsewhere.
    assert!(Cli::try_parse_from(["kctl", "tail", "t", "--from", "42"]).is_ok());
    let e = Cli::try_parse_from(["kctl", "tail", "t", "--until", "42"]).unwrap_err();
    assert!(e.to_string().contains("bare number"), "{e}");
}

#[test]
fn connection_options_have_their_own_heading_in_every_subcommand() {
    fn check(c: &mut clap::Command, path: &str, bad: &mut Vec<String>) {
        let help = c.render_long_help().to_string();
        if c.get_subcommands().next().is_none() {
            let ours = help
                .split("Connection and global options:")
                .next()
                .unwrap_or("");
            if !help.contains("Connection and global options:")
                || ours.contains("--bootstrap-servers")
            {
                bad.push(path.to_string());
            }
        }
        for s in c.get_subcommands_mut() {
            if s.get_name() == "help" {
                continue;
            }
            let p = format!("{path} {}", s.get_name());
            check(s, &p, bad);
        }
    }
    let mut cli = Cli::command();
    cli.build();
    let mut bad = Vec::new();
    for s in cli.get_subcommands_mut() {
        let p = s.get_name().to_string();
        if p == "help" {
            continue;
        }
        check(s, &p, &mut bad);
    }
    assert!(bad.is_empty(), "connection options mixed into: {bad:?}");
}

/// Splits a command line as a POSIX shell would for these examples: words
/// separated by blanks, single and double quotes grouping.
fn shell_words(line: &str) -> Vec<String> {
    let mut words = Vec::new();
    let mut cur = String::new();
    let mut quote = None;
    let mut in_word = false;
    for c in line.chars() {
        match (quote, c) {
            (Some(q), c) if c == q => quote = None,
            (Some(_), c) => cur.push(c),
            (None, '\'' | '"') => {
                quote = Some(c);
                in_word = true;
            }
            (None, c) if c.is_whitespace() => {
                if in_word {
                    words.push(std::mem::take(&mut cur));
                    in_word = false;
                }
            }
            (None, c) => {
                cur.push(c);
                in_word = true;
            }
        }
    }
    if in_word {
        words.push(cur);
    }
    words
}

/// Every leaf command's `--help` ends with examples, and each example is a
/// command line kctl accepts (parsed by clap, not run).
#[test]
fn every_command_ends_with_examples_kctl_accepts() {
    fn leaves(c: &clap::Command, path: &str, out: &mut Vec<(String, String)>) {
        let subs: Vec<&clap::Command> = c
            .get_subcommands()
            .filter(|s| s.get_name() != "help")
            .collect();
        if subs.is_empty() {
            out.push((path.to_string(), c.clone().render_long_help().to_string()));
        }
        for s in subs {
            leaves(s, format!("{path} {}", s.get_name()).trim(), out);
        }
    }
    let mut cli = Cli::command();
    cli.build();
    let mut all = Vec::new();
    leaves(&cli, "", &mut all);
    let mut bad = Vec::new();
    for (path, help) in all {
        let Some(ex) = help.split("\nExamples:\n").nth(1) else {
            bad.push(format!("{path}: no examples"));
            continue;
        };
        let lines: Vec<&str> = ex.lines().filter(|l| !l.trim().is_empty()).collect();
        if lines.len() < 2 {
            bad.push(format!("{path}: {} example(s)", lines.len()));
        }
        for line in lines {
            // The kctl command itself: after env assignments, before a pipe,
            // redirection, && or comment.
            let cmd = line
                .split(['|', '>', '<', '#'])
                .next()
                .unwrap_or("")
                .split("&&")
                .next()
                .unwrap_or("");
            let words: Vec<String> = shell_words(cmd)
                .into_iter()
                .skip_while(|w| w.contains('=') && !w.starts_with('-'))
                .collect();
            if words.first().map(String::as_str) != Some("kctl") {
                bad.push(format!("{path}: example is not a kctl command: {line}"));
                continue;
            }
            if !words.iter().any(|w| w == path.split(' ').next().unwrap()) {
                bad.push(format!("{path}: example runs another command: {line}"));
            }
            if let Err(e) = Cli::try_parse_from(&words) {
                bad.push(format!(
                    "{path}: {line}: {}",
                    e.to_string().lines().next().unwrap_or("")
                ));
            }
        }
    }
    assert!(bad.is_empty(), "{bad:#?}");
}
