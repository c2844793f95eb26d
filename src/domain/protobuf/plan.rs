//! Schemas as code for Protobuf files (`.proto` bindings in topics.yaml):
//! which subjects they ask for, with which references, in which order.
//!
//! - `topic` strategy: `<topic>-value` (or `-key`) holds the file.
//! - `record` / `topic_record`: the full name of the file's first message,
//!   as Confluent's Protobuf serializer names it: `<pkg.Msg>` or
//!   `<topic>-<pkg.Msg>`.
//! - An `import "a/b.proto";` is a schema reference named exactly as the
//!   import writes it, to the subject of that file: the subject a binding
//!   gives it, else the import name itself (Confluent's default reference
//!   subject). The file is looked up in the importing file's directory,
//!   then in each directory above it. Google's well-known types
//!   (`google/protobuf/...`) are built into every registry and need none.
//!   Imported subjects come first; cycles are errors naming the files.

use std::collections::{BTreeMap, HashMap};
use std::path::{Path, PathBuf};

use super::ProtoSchema;
use crate::domain::schema_plan::{
    check_binding, normalize, DesiredSubject, SchemaBinding, SubjectRef,
};
use crate::domain::subject::{SchemaKind, SubjectStrategy};

/// Whether a binding's files are Protobuf schemas.
pub fn is_proto_binding(b: &SchemaBinding) -> bool {
    b.files
        .iter()
        .any(|f| SchemaKind::of_path(f) == SchemaKind::Protobuf)
}

/// Whether an import names one of Google's well-known types.
pub fn is_well_known(import: &str) -> bool {
    import.starts_with("google/protobuf/")
}

/// The files a `.proto` text imports, as written (well-known types left
/// out); the error is the parser's, with the line.
pub fn imports(file: &Path, text: &str) -> Result<Vec<String>, String> {
    let parsed = protox::file::File::from_source(&file.display().to_string(), text)
        .map_err(|e| format!("{}: invalid Protobuf schema: {}", file.display(), e))?;
    Ok(parsed
        .file_descriptor_proto()
        .dependency
        .iter()
        .filter(|d| !is_well_known(d))
        .cloned()
        .collect())
}

/// Where `import` may be, for the file `from`: its directory, then each
/// directory above it.
pub fn candidates(from: &Path, import: &str) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let mut dir = from.parent();
    while let Some(d) = dir {
        out.push(normalize(&d.join(import)));
        dir = d.parent();
    }
    out
}

struct Node {
    subject: String,
    topics: Vec<String>,
    file: PathBuf,
    record: Option<String>,
    compatibility: Option<&'static str>,
    text: String,
    /// (import as written, index of the imported node)
    refs: Vec<(String, usize)>,
}

/// The subjects Protobuf bindings ask for, imported subjects first.
pub fn subjects(
    bindings: &[SchemaBinding],
    files: &BTreeMap<PathBuf, String>,
) -> Result<Vec<DesiredSubject>, String> {
    let text = |p: &Path| -> Result<String, String> {
        files
            .get(p)
            .cloned()
            .ok_or_else(|| format!("{}: schema file not read", p.display()))
    };
    let mut nodes: Vec<Node> = Vec::new();
    let mut by_file: HashMap<PathBuf, usize> = HashMap::new();
    for b in bindings {
        let (which, level) = check_binding(b, SchemaKind::Protobuf, ".proto")?;
        for f in &b.files {
            let t = text(f)?;
            let (subject, record) = match b.strategy {
                SubjectStrategy::Topic => (format!("{}-{which}", b.topic), None),
                s => {
                    let first = first_message(f, &t)?;
                    let subject = if s == SubjectStrategy::Record {
                        first.clone()
                    } else {
                        format!("{}-{first}", b.topic)
                    };
                    (subject, Some(first))
                }
            };
            if let Some(n) = nodes.iter_mut().find(|n| n.subject == subject) {
                if n.file != *f {
                    return Err(format!(
                        "subject {subject:?} is bound to two files, {} and {}",
                        n.file.display(),
                        f.display()
                    ));
                }
                n.topics.push(b.topic.clone());
                n.compatibility = n.compatibility.or(level);
                continue;
            }
            by_file.entry(f.clone()).or_insert(nodes.len());
            nodes.push(Node {
                subject,
                topics: vec![b.topic.clone()],
                file: f.clone(),
                record,
                compatibility: level,
                text: t,
                refs: Vec::new(),
            });
        }
    }
    // Imports, adding implicit subjects for files no binding names.
    let mut i = 0;
    while i < nodes.len() {
        for name in imports(&nodes[i].file, &nodes[i].text)? {
            let found = candidates(&nodes[i].file, &name)
                .into_iter()
                .find(|c| files.contains_key(c));
            let Some(target) = found else {
                return Err(format!(
                    "{}: import {name:?} names no schema file (looked in its directory and those above it)",
                    nodes[i].file.display()
                ));
            };
            let j = match by_file.get(&target) {
                Some(&j) => j,
                None => {
                    by_file.insert(target.clone(), nodes.len());
                    nodes.push(Node {
                        subject: name.clone(),
                        topics: Vec::new(),
                        text: text(&target)?,
                        file: target,
                        record: None,
                        compatibility: None,
                        refs: Vec::new(),
                    });
                    nodes.len() - 1
                }
            };
            nodes[i].refs.push((name, j));
        }
        i += 1;
    }
    let order = topo_order(&nodes)?;
    let mut out: Vec<Option<DesiredSubject>> = vec![None; nodes.len()];
    for &i in &order {
        let n = &nodes[i];
        let deps: Vec<(String, String)> = closure(&nodes, i)
            .into_iter()
            .map(|(name, j)| (name, nodes[j].text.clone()))
            .collect();
        ProtoSchema::parse(&n.text, &deps)
            .map_err(|e| format!("{}: invalid Protobuf schema: {e}", n.file.display()))?;
        out[i] = Some(DesiredSubject {
            subject: n.subject.clone(),
            topics: n.topics.clone(),
            files: vec![n.file.clone()],
            record: n.record.clone(),
            compatibility: n.compatibility.map(str::to_string),
            references: n
                .refs
                .iter()
                .map(|(name, j)| SubjectRef {
                    name: name.clone(),
                    subject: nodes[*j].subject.clone(),
                })
                .collect(),
            schema: n.text.clone(),
            // Imports cannot be inlined without renaming packages: with a
            // referenced subject still to register, the registry checks
            // compatibility when the subject is registered.
            self_contained: String::new(),
            kind: SchemaKind::Protobuf,
        });
    }
    Ok(order.into_iter().filter_map(|i| out[i].take()).collect())
}

/// The full name of a file's first message, for the record strategies.
fn first_message(file: &Path, text: &str) -> Result<String, String> {
    let parsed = protox::file::File::from_source(&file.display().to_string(), text)
        .map_err(|e| format!("{}: invalid Protobuf schema: {e}", file.display()))?;
    let fd = parsed.file_descriptor_proto();
    let msg = fd.message_type.first().and_then(|m| m.name.clone()).ok_or_else(|| {
        format!(
            "{}: the record subject strategies name a Protobuf schema's subject by its first message, and it has none",
            file.display()
        )
    })?;
    Ok(match fd.package.as_deref() {
        Some(p) if !p.is_empty() => format!("{p}.{msg}"),
        _ => msg,
    })
}

/// Every node `i` imports, transitively, with the name it is imported by.
fn closure(nodes: &[Node], i: usize) -> Vec<(String, usize)> {
    let mut out: Vec<(String, usize)> = Vec::new();
    let mut stack = vec![i];
    while let Some(k) = stack.pop() {
        for (name, j) in &nodes[k].refs {
            if !out.iter().any(|(n, _)| n == name) {
                out.push((name.clone(), *j));
                stack.push(*j);
            }
        }
    }
    out
}

fn topo_order(nodes: &[Node]) -> Result<Vec<usize>, String> {
    let edges: Vec<Vec<usize>> = nodes
        .iter()
        .map(|n| n.refs.iter().map(|(_, j)| *j).collect())
        .collect();
    crate::domain::schema_plan::dependency_order(&edges).map_err(|i| {
        format!(
            "{}: its imports form a cycle through other files",
            nodes[i].file.display()
        )
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn binding(topic: &str, file: &str, strategy: SubjectStrategy) -> SchemaBinding {
        SchemaBinding {
            topic: topic.into(),
            is_key: false,
            files: vec![PathBuf::from(file)],
            strategy,
            compatibility: None,
        }
    }

    const COMMON: &str = "syntax = \"proto3\"; package toy; message Meta { string id = 1; }";
    const EV: &str = "syntax = \"proto3\"; package toy.ev;\nimport \"toy/common.proto\";\nimport \"google/protobuf/timestamp.proto\";\nmessage Said { toy.Meta meta = 1; google.protobuf.Timestamp at = 2; }";

    #[test]
    fn imports_become_subjects_first_named_as_written() {
        let files: BTreeMap<PathBuf, String> = [
            (PathBuf::from("s/toy/common.proto"), COMMON.to_string()),
            (PathBuf::from("s/toy/said.proto"), EV.to_string()),
        ]
        .into();
        let got = subjects(
            &[binding("t", "s/toy/said.proto", SubjectStrategy::Topic)],
            &files,
        )
        .unwrap();
        let names: Vec<&str> = got.iter().map(|s| s.subject.as_str()).collect();
        assert_eq!(names, ["toy/common.proto", "t-value"]);
        assert_eq!(got[1].references[0].name, "toy/common.proto");
        assert_eq!(got[1].references[0].subject, "toy/common.proto");
        assert_eq!(got[1].kind, SchemaKind::Protobuf);
        let rec = subjects(
            &[binding(
                "t",
                "s/toy/said.proto",
                SubjectStrategy::TopicRecord,
            )],
            &files,
        )
        .unwrap();
        assert_eq!(rec[1].subject, "t-toy.ev.Said");
        assert_eq!(rec[1].record.as_deref(), Some("toy.ev.Said"));
    }

    #[test]
    fn a_missing_import_and_a_cycle_are_named() {
        let files: BTreeMap<PathBuf, String> =
            [(PathBuf::from("s/said.proto"), EV.to_string())].into();
        let err = subjects(
            &[binding("t", "s/said.proto", SubjectStrategy::Topic)],
            &files,
        )
        .unwrap_err();
        assert!(err.contains("toy/common.proto"), "{err}");
        let files: BTreeMap<PathBuf, String> = [
            (
                PathBuf::from("a.proto"),
                "syntax = \"proto3\"; import \"b.proto\";".to_string(),
            ),
            (
                PathBuf::from("b.proto"),
                "syntax = \"proto3\"; import \"a.proto\";".to_string(),
            ),
        ]
        .into();
        let err = subjects(&[binding("t", "a.proto", SubjectStrategy::Topic)], &files).unwrap_err();
        assert!(err.contains("cycle"), "{err}");
        let files: BTreeMap<PathBuf, String> = [(
            PathBuf::from("x.proto"),
            "syntax = \"proto3\";\nmessage {".to_string(),
        )]
        .into();
        let err = subjects(&[binding("t", "x.proto", SubjectStrategy::Topic)], &files).unwrap_err();
        assert!(err.starts_with("x.proto: invalid Protobuf schema"), "{err}");
    }
}
