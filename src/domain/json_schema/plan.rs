//! Schemas as code for JSON Schema files (`.json` bindings in topics.yaml):
//! which subjects they ask for, with which references, in which order.
//!
//! - `topic` strategy: `<topic>-value` (or `-key`) holds the file.
//! - `record` / `topic_record`: the file's `title` is its record name, as
//!   Confluent's JSON serializer takes it: `<title>` or `<topic>-<title>`.
//! - A `$ref` to another file (`"$ref": "metadata.json"`, or with a
//!   `#/pointer`) is a schema reference named exactly as the `$ref` writes
//!   it, to the subject of that file: the subject a binding gives it, else
//!   an implicit subject, the file's `$id` or else its name without `.json`.
//!   The file is resolved relative to the referring file's directory.
//!   Referenced subjects come first; cycles are errors naming the files.
//! - The self-contained form (for compatibility checks made before a
//!   referenced subject has its new version) has each referenced schema
//!   under `$defs` with the `$ref`s pointing there.

use std::collections::{BTreeMap, HashMap};
use std::path::{Path, PathBuf};

use serde_json::{Map, Value};

use super::{external_refs, JsonSchema};
use crate::domain::schema_plan::{
    check_binding, parse_json, DesiredSubject, SchemaBinding, SubjectRef,
};
use crate::domain::subject::{SchemaKind, SubjectStrategy};

/// Whether a binding's files are JSON Schemas.
pub fn is_json_binding(b: &SchemaBinding) -> bool {
    b.files
        .iter()
        .any(|f| SchemaKind::of_path(f) == SchemaKind::Json)
}

struct Node {
    subject: String,
    topics: Vec<String>,
    file: PathBuf,
    record: Option<String>,
    compatibility: Option<&'static str>,
    doc: Value,
    /// (reference name as written, index of the referenced node)
    refs: Vec<(String, usize)>,
}

/// The subjects JSON Schema bindings ask for, referenced subjects first.
pub fn subjects(
    bindings: &[SchemaBinding],
    files: &BTreeMap<PathBuf, String>,
) -> Result<Vec<DesiredSubject>, String> {
    let doc = |p: &Path| -> Result<Value, String> {
        let text = files
            .get(p)
            .ok_or_else(|| format!("{}: schema file not read", p.display()))?;
        parse_json(p, text)
    };
    let mut nodes: Vec<Node> = Vec::new();
    let mut by_file: HashMap<PathBuf, usize> = HashMap::new();
    for b in bindings {
        let (which, level) = check_binding(b, SchemaKind::Json, ".json")?;
        for f in &b.files {
            let d = doc(f)?;
            let (subject, record) = match b.strategy {
                SubjectStrategy::Topic => (format!("{}-{which}", b.topic), None),
                s => {
                    let title = d.get("title").and_then(Value::as_str).ok_or_else(|| {
                        format!(
                            "{}: the record subject strategies name a JSON Schema's subject by its \"title\", and it has none",
                            f.display()
                        )
                    })?;
                    let subject = if s == SubjectStrategy::Record {
                        title.to_string()
                    } else {
                        format!("{}-{title}", b.topic)
                    };
                    (subject, Some(title.to_string()))
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
                doc: d,
                refs: Vec::new(),
            });
        }
    }
    // References, adding implicit subjects for files no binding names.
    let mut i = 0;
    while i < nodes.len() {
        let dir = nodes[i]
            .file
            .parent()
            .map(Path::to_path_buf)
            .unwrap_or_default();
        for name in external_refs(&nodes[i].doc) {
            let target = crate::domain::schema_plan::normalize(&dir.join(&name));
            let j = match by_file.get(&target) {
                Some(&j) => j,
                None => {
                    if !files.contains_key(&target) {
                        return Err(format!(
                            "{}: \"$ref\": {name:?} names no schema file ({} not found next to it)",
                            nodes[i].file.display(),
                            target.display()
                        ));
                    }
                    let d = doc(&target)?;
                    let subject = d
                        .get("$id")
                        .and_then(Value::as_str)
                        .map(str::to_string)
                        .unwrap_or_else(|| {
                            target
                                .file_stem()
                                .map(|s| s.to_string_lossy().into_owned())
                                .unwrap_or_default()
                        });
                    by_file.insert(target.clone(), nodes.len());
                    nodes.push(Node {
                        subject,
                        topics: Vec::new(),
                        file: target,
                        record: None,
                        compatibility: None,
                        doc: d,
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
        let closure = closure(&nodes, i);
        let named: Vec<(String, Value)> = closure
            .iter()
            .map(|&(ref name, j)| (name.clone(), nodes[j].doc.clone()))
            .collect();
        JsonSchema::new(n.doc.clone(), named.clone())
            .map_err(|e| format!("{}: invalid JSON Schema: {e}", n.file.display()))?;
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
            schema: n.doc.to_string(),
            self_contained: self_contained(&n.doc, &named).to_string(),
            kind: SchemaKind::Json,
        });
    }
    Ok(order.into_iter().filter_map(|i| out[i].take()).collect())
}

/// Every node `i` references, transitively, with the name it is referenced by.
fn closure(nodes: &[Node], i: usize) -> Vec<(String, usize)> {
    let mut out: Vec<(String, usize)> = Vec::new();
    let mut stack: Vec<usize> = vec![i];
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
            "{}: its $refs form a cycle through other files",
            nodes[i].file.display()
        )
    })
}

/// `root` with every referenced schema under `$defs` and the `$ref`s to
/// them rewritten, so it needs no references.
pub fn self_contained(root: &Value, refs: &[(String, Value)]) -> Value {
    let key = |name: &str| format!("kctl-ref-{}", name.replace(['/', '~'], "_"));
    fn rewrite(v: &mut Value, own: Option<&str>, key: &dyn Fn(&str) -> String) {
        match v {
            Value::Object(m) => {
                if let Some(Value::String(r)) = m.get_mut("$ref") {
                    let (file, ptr) = r.split_once('#').unwrap_or((r.as_str(), ""));
                    let (file, ptr) = (file.to_string(), ptr.to_string());
                    if !file.is_empty() {
                        *r = format!("#/$defs/{}{ptr}", key(&file));
                    } else if let Some(own) = own {
                        *r = format!("#/$defs/{own}{ptr}");
                    }
                }
                for (k, x) in m.iter_mut() {
                    if !matches!(k.as_str(), "enum" | "const" | "default" | "examples") {
                        rewrite(x, own, key);
                    }
                }
            }
            Value::Array(a) => a.iter_mut().for_each(|x| rewrite(x, own, key)),
            _ => {}
        }
    }
    let mut out = root.clone();
    if refs.is_empty() {
        return out;
    }
    rewrite(&mut out, None, &key);
    let Value::Object(m) = &mut out else {
        return out;
    };
    let defs = m
        .entry("$defs")
        .or_insert_with(|| Value::Object(Map::new()));
    if let Value::Object(defs) = defs {
        for (name, doc) in refs {
            let k = key(name);
            let mut d = doc.clone();
            rewrite(&mut d, Some(&k), &key);
            if let Value::Object(dm) = &mut d {
                dm.remove("$id");
                dm.remove("$schema");
            }
            defs.insert(k, d);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn binding(topic: &str, file: &str) -> SchemaBinding {
        SchemaBinding {
            topic: topic.into(),
            is_key: false,
            files: vec![PathBuf::from(file)],
            strategy: SubjectStrategy::Topic,
            compatibility: None,
        }
    }

    #[test]
    fn references_become_subjects_first_and_self_contained_validates_the_same() {
        let meta =
            json!({"type": "object", "properties": {"id": {"type": "string"}}, "required": ["id"]});
        let ev = json!({"type": "object", "properties": {"metadata": {"$ref": "metadata.json"}, "n": {"type": "integer"}}, "required": ["metadata"]});
        let files: BTreeMap<PathBuf, String> = [
            (PathBuf::from("s/metadata.json"), meta.to_string()),
            (PathBuf::from("s/ev.json"), ev.to_string()),
        ]
        .into();
        let subjects = subjects(&[binding("t", "s/ev.json")], &files).unwrap();
        let names: Vec<&str> = subjects.iter().map(|s| s.subject.as_str()).collect();
        assert_eq!(names, ["metadata", "t-value"]);
        assert_eq!(subjects[1].references[0].name, "metadata.json");
        assert_eq!(subjects[1].references[0].subject, "metadata");
        let sc: Value = serde_json::from_str(&subjects[1].self_contained).unwrap();
        let s = JsonSchema::new(sc, Vec::new()).unwrap();
        assert!(s.validate(&json!({"metadata": {"id": "x"}})).is_ok());
        assert!(s.validate(&json!({"metadata": {}})).is_err());
    }

    #[test]
    fn a_missing_referenced_file_is_named() {
        let files: BTreeMap<PathBuf, String> = [(
            PathBuf::from("ev.json"),
            r#"{"$ref":"nope.json"}"#.to_string(),
        )]
        .into();
        let err = subjects(&[binding("t", "ev.json")], &files).unwrap_err();
        assert!(err.contains("nope.json"), "{err}");
    }
}
