//! Edits of kctl's config file (`config set-context | delete-context |
//! rename-context`) made line by line, so that every comment, blank line and
//! key order outside the lines changed stays as the user wrote it. The file
//! layout is the one kctl documents: a `contexts:` mapping in block style,
//! each context a block of `key: value` lines. The caller parses the result
//! and refuses to write it unless it holds exactly what was asked.

/// A key path inside one context, e.g. `["registry", "url"]`, and the YAML
/// scalar to store there (already quoted where needed).
pub type Setting = (Vec<String>, String);

fn indent(line: &str) -> usize {
    line.len() - line.trim_start().len()
}

fn is_content(line: &str) -> bool {
    let t = line.trim_start();
    !t.is_empty() && !t.starts_with('#')
}

/// The key of a `key: ...` or `key:` line (quotes removed), if it is one.
fn key_of(line: &str) -> Option<String> {
    let t = line.trim_start();
    if !is_content(line) || t.starts_with('-') {
        return None;
    }
    let (k, _) = t.split_once(':')?;
    Some(k.trim().trim_matches('"').trim_matches('\'').to_string())
}

/// The block under line `at` (a key line): the lines after it that are blank,
/// comments, or more indented than it, up to the last content line.
fn block_end(lines: &[String], at: usize) -> usize {
    let base = indent(&lines[at]);
    let mut end = at + 1;
    let mut i = at + 1;
    while i < lines.len() {
        if is_content(&lines[i]) {
            if indent(&lines[i]) <= base {
                break;
            }
            end = i + 1;
        }
        i += 1;
    }
    end
}

/// The child key `key` of the block starting at `parent` (a key line), or
/// `None`.
fn find_child(lines: &[String], parent: usize, key: &str) -> Option<usize> {
    let end = block_end(lines, parent);
    let child = child_indent(lines, parent)?;
    (parent + 1..end)
        .find(|&i| indent(&lines[i]) == child && key_of(&lines[i]).as_deref() == Some(key))
}

/// The indentation of the first content line under `parent`, if any.
fn child_indent(lines: &[String], parent: usize) -> Option<usize> {
    let end = block_end(lines, parent);
    (parent + 1..end)
        .find(|&i| is_content(&lines[i]))
        .map(|i| indent(&lines[i]))
}

/// The `contexts:` line, creating it at the end when absent. A flow-style
/// mapping (`contexts: {}`) cannot be edited line by line.
fn contexts_line(lines: &mut Vec<String>) -> Result<usize, String> {
    if let Some(i) = lines
        .iter()
        .position(|l| indent(l) == 0 && key_of(l).as_deref() == Some("contexts"))
    {
        let rest = lines[i].split_once(':').map(|x| x.1.trim()).unwrap_or("");
        if !rest.is_empty() && !rest.starts_with('#') {
            if rest == "{}" {
                lines[i] = "contexts:".to_string();
                return Ok(i);
            }
            return Err("its `contexts:` is written in flow style ({...}): edit it by hand or rewrite it as a block".into());
        }
        return Ok(i);
    }
    lines.push("contexts:".to_string());
    Ok(lines.len() - 1)
}

/// The line of context `name`, if any.
pub fn find_context(lines: &[String], name: &str) -> Option<usize> {
    let c = lines
        .iter()
        .position(|l| indent(l) == 0 && key_of(l).as_deref() == Some("contexts"))?;
    find_child(lines, c, name)
}

fn split(text: &str) -> Vec<String> {
    text.lines().map(str::to_string).collect()
}

fn join(lines: &[String]) -> String {
    let mut s = lines.join("\n");
    s.push('\n');
    s
}

/// Creates context `name` or updates it: each setting replaces the value at
/// its path or is inserted under its parent; nothing else changes.
pub fn set_context(text: &str, name: &str, settings: &[Setting]) -> Result<String, String> {
    let mut lines = split(text);
    let contexts = contexts_line(&mut lines)?;
    let step = child_indent(&lines, contexts).unwrap_or(2).max(1);
    let ctx = match find_child(&lines, contexts, name) {
        Some(i) => i,
        None => {
            let at = block_end(&lines, contexts);
            lines.insert(at, format!("{}{}:", " ".repeat(step), yaml_key(name)));
            at
        }
    };
    for (path, value) in settings {
        let mut parent = ctx;
        for (depth, seg) in path.iter().enumerate() {
            let last = depth + 1 == path.len();
            let found = find_child(&lines, parent, seg);
            let line_indent = child_indent(&lines, parent).unwrap_or(indent(&lines[parent]) + step);
            match (found, last) {
                (Some(i), true) => {
                    lines[i] = format!("{}{seg}: {value}", " ".repeat(indent(&lines[i])));
                }
                (Some(i), false) => {
                    let rest = lines[i].split_once(':').map(|x| x.1.trim()).unwrap_or("");
                    if !rest.is_empty() && !rest.starts_with('#') {
                        return Err(format!(
                            "{seg} of context {name:?} is not a block: edit it by hand"
                        ));
                    }
                    parent = i;
                }
                (None, _) => {
                    let at = block_end(&lines, parent);
                    let text = if last {
                        format!("{}{seg}: {value}", " ".repeat(line_indent))
                    } else {
                        format!("{}{seg}:", " ".repeat(line_indent))
                    };
                    lines.insert(at, text);
                    parent = at;
                }
            }
        }
    }
    Ok(join(&lines))
}

/// Removes context `name` (its line and block). Also removes a
/// `current-context:` naming it; returns whether it did.
pub fn delete_context(text: &str, name: &str) -> Result<(String, bool), String> {
    let mut lines = split(text);
    let at = find_context(&lines, name).ok_or_else(|| format!("no context {name:?}"))?;
    let end = block_end(&lines, at);
    lines.drain(at..end);
    let current = lines.iter().position(|l| {
        indent(l) == 0
            && key_of(l).as_deref() == Some("current-context")
            && value_of(l).as_deref() == Some(name)
    });
    if let Some(i) = current {
        lines.remove(i);
    }
    Ok((join(&lines), current.is_some()))
}

/// Renames context `old` to `new`, and `current-context` with it.
pub fn rename_context(text: &str, old: &str, new: &str) -> Result<String, String> {
    let mut lines = split(text);
    let at = find_context(&lines, old).ok_or_else(|| format!("no context {old:?}"))?;
    let rest = lines[at]
        .split_once(':')
        .map(|x| x.1.to_string())
        .unwrap_or_default();
    lines[at] = format!("{}{}:{rest}", " ".repeat(indent(&lines[at])), yaml_key(new));
    for l in lines.iter_mut() {
        if indent(l) == 0
            && key_of(l).as_deref() == Some("current-context")
            && value_of(l).as_deref() == Some(old)
        {
            *l = format!("current-context: {}", yaml_key(new));
        }
    }
    Ok(join(&lines))
}

fn value_of(line: &str) -> Option<String> {
    let (_, v) = line.split_once(':')?;
    let v = v.split(" #").next().unwrap_or("").trim();
    Some(v.trim_matches('"').trim_matches('\'').to_string())
}

/// A key or scalar as YAML: bare when safe, else double-quoted (JSON rules).
pub fn yaml_key(s: &str) -> String {
    let bare = !s.is_empty()
        && s.chars()
            .all(|c| c.is_ascii_alphanumeric() || "-_./:@,".contains(c))
        && !s.starts_with(['-', ':', '@'])
        && !matches!(
            s,
            "true" | "false" | "null" | "yes" | "no" | "on" | "off" | "~"
        )
        && s.parse::<f64>().is_err();
    if bare {
        s.to_string()
    } else {
        serde_json::to_string(s).unwrap_or_else(|_| format!("{s:?}"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const FILE: &str = "\
# kctl contexts
current-context: staging   # the default
contexts:
  # production cluster
  prod:
    bootstrap-servers: kafka-1.prod:9092   # primary
    registry:
      url: https://sr.prod
  staging:
    bootstrap-servers: localhost:9092

# end
";

    fn s(path: &[&str], v: &str) -> Setting {
        (path.iter().map(|p| p.to_string()).collect(), v.to_string())
    }

    #[test]
    fn set_updates_in_place_and_keeps_every_comment() {
        let out = set_context(
            FILE,
            "prod",
            &[
                s(&["bootstrap-servers"], "kafka-9.prod:9092"),
                s(&["registry", "username"], "ops"),
            ],
        )
        .unwrap();
        assert!(
            out.contains("    bootstrap-servers: kafka-9.prod:9092\n"),
            "{out}"
        );
        assert!(
            out.contains("    registry:\n      url: https://sr.prod\n      username: ops\n"),
            "{out}"
        );
        for keep in [
            "# kctl contexts",
            "# production cluster",
            "# end",
            "current-context: staging   # the default",
        ] {
            assert!(out.contains(keep), "{keep} lost:\n{out}");
        }
    }

    #[test]
    fn set_creates_a_context_with_nested_keys() {
        let out = set_context(
            FILE,
            "dev",
            &[
                s(&["bootstrap-servers"], "dev:9092"),
                s(&["sasl", "mechanism"], "SCRAM-SHA-512"),
                s(&["sasl", "username"], "me"),
            ],
        )
        .unwrap();
        assert!(
            out.contains("  staging:\n    bootstrap-servers: localhost:9092\n  dev:\n    bootstrap-servers: dev:9092\n    sasl:\n      mechanism: SCRAM-SHA-512\n      username: me\n"),
            "{out}"
        );
        let fresh = set_context("", "a", &[s(&["bootstrap-servers"], "x:1")]).unwrap();
        assert_eq!(fresh, "contexts:\n  a:\n    bootstrap-servers: x:1\n");
    }

    #[test]
    fn delete_removes_the_block_and_the_current_context_naming_it() {
        let (out, was_current) = delete_context(FILE, "staging").unwrap();
        assert!(was_current);
        assert!(!out.contains("staging"), "{out}");
        assert!(out.contains("  prod:\n") && out.contains("# end"), "{out}");
        let (out, was_current) = delete_context(FILE, "prod").unwrap();
        assert!(!was_current);
        assert!(
            !out.contains("kafka-1.prod") && !out.contains("sr.prod"),
            "{out}"
        );
        assert!(
            out.contains("# production cluster"),
            "a comment above stays: {out}"
        );
        assert!(delete_context(FILE, "nope").is_err());
    }

    #[test]
    fn rename_moves_the_key_and_current_context() {
        let out = rename_context(FILE, "staging", "stage-2").unwrap();
        assert!(out.contains("current-context: stage-2\n"), "{out}");
        assert!(
            out.contains("  stage-2:\n    bootstrap-servers: localhost:9092"),
            "{out}"
        );
        let out = rename_context(FILE, "prod", "production").unwrap();
        assert!(out.contains("current-context: staging"), "{out}");
    }

    #[test]
    fn flow_style_contexts_are_refused_not_mangled() {
        assert!(set_context("contexts: {a: {bootstrap-servers: x}}\n", "b", &[]).is_err());
        assert_eq!(
            set_context("contexts: {}\n", "b", &[s(&["timeout"], "5s")]).unwrap(),
            "contexts:\n  b:\n    timeout: 5s\n"
        );
    }

    #[test]
    fn keys_and_values_are_quoted_only_when_needed() {
        assert_eq!(yaml_key("prod-eu"), "prod-eu");
        assert_eq!(yaml_key("my context"), "\"my context\"");
        assert_eq!(yaml_key("true"), "\"true\"");
        assert_eq!(yaml_key("9092"), "\"9092\"");
        assert_eq!(yaml_key("https://sr.prod:8081"), "https://sr.prod:8081");
    }
}
