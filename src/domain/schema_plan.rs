//! Schemas as code, the pure part: which Schema Registry subjects the schema
//! bindings of `topics.yaml` ask for (schema text, references, compatibility
//! level, registration order), and the plan that compares them with what the
//! registry holds.
//!
//! Subjects and references, as documented in the README ("Schemas"):
//!
//! - `topic` strategy: one subject `<topic>-value` (or `-key`) holding the
//!   whole file, a union of records or a single schema, as written.
//! - `record` / `topic_record`: one subject per top-level record of each file,
//!   `<full.Name>` or `<topic>-<full.Name>`. A named type the record uses that
//!   another record of the *same file* defines is defined inline at its first
//!   use, so each subject stands alone, as a Confluent serializer registers it.
//! - A named type defined in *another file* is a schema reference to the
//!   subject that defines it: the subject of that file's binding (for the
//!   record strategies, the subject of the record that defines it). A file no
//!   topic binds is registered whole under an implicit subject: the namespace
//!   of its first type (its full name when the file is one named schema).
//!   Referenced subjects come first in the order, and one reference is listed
//!   per referenced subject (its name is the first type used from it), since
//!   registries resolve a reference by parsing the subject's whole schema.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::path::{Path, PathBuf};

use serde::Serialize;
use serde_json::Value;

use super::spec::Spec;
pub use super::subject::{normalize_level, SchemaKind, SubjectStrategy, LEVELS};
use kctl_avro::names::{self, Definition};

/// One topic's key or value schema binding from `topics.yaml`.
#[derive(Debug, Clone, PartialEq)]
pub struct SchemaBinding {
    pub topic: String,
    pub is_key: bool,
    /// Schema files; one for the `topic` strategy.
    pub files: Vec<PathBuf>,
    pub strategy: SubjectStrategy,
    /// A level for every subject of this binding; `None` leaves levels alone.
    pub compatibility: Option<String>,
}

/// The key and value schema bindings of every topic, in file order.
pub fn bindings(spec: &Spec) -> Vec<SchemaBinding> {
    let mut out = Vec::new();
    for t in &spec.topics {
        for (is_key, files) in [(true, &t.key_schema), (false, &t.value_schema)] {
            if !files.is_empty() {
                out.push(SchemaBinding {
                    topic: t.name.clone(),
                    is_key,
                    files: files.clone(),
                    strategy: t.subject_strategy,
                    compatibility: t.compatibility.clone(),
                });
            }
        }
    }
    out
}

/// A reference from a desired subject to the subject defining a named type.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SubjectRef {
    /// Full name of the first type used from `subject`.
    pub name: String,
    pub subject: String,
}

/// A subject as the local files want it.
#[derive(Debug, Clone, Serialize)]
pub struct DesiredSubject {
    pub subject: String,
    /// Topics binding it; empty for a file registered only because others
    /// reference it.
    pub topics: Vec<String>,
    pub files: Vec<PathBuf>,
    /// The record's full name, for the record strategies.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub record: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub compatibility: Option<String>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub references: Vec<SubjectRef>,
    /// The text to register (compact JSON; attribute order as written).
    #[serde(skip)]
    pub schema: String,
    /// The same schema with every referenced type defined inline: what
    /// registering it with references means, for compatibility checks made
    /// before the referenced subjects have their new versions.
    #[serde(skip)]
    pub self_contained: String,
    /// Avro or JSON Schema (the registry's `schemaType`).
    #[serde(skip)]
    pub kind: SchemaKind,
}

struct FileInfo {
    doc: Value,
    defs: Vec<Definition>,
    externals: Vec<String>,
}

/// Parses a schema file's JSON; the error is `FILE:LINE:COLUMN: invalid JSON: ...`.
pub fn parse_json(path: &Path, text: &str) -> Result<Value, String> {
    serde_json::from_str(text).map_err(|e| {
        let msg = e.to_string();
        let msg = msg
            .rsplit_once(" at line ")
            .map_or(msg.as_str(), |(m, _)| m);
        format!(
            "{}:{}:{}: invalid JSON: {msg}",
            path.display(),
            e.line(),
            e.column()
        )
    })
}

fn analyze(path: &Path, text: &str) -> Result<FileInfo, String> {
    let doc = parse_json(path, text)?;
    Ok(FileInfo {
        defs: names::definitions(&doc),
        externals: names::external_names(&doc),
        doc,
    })
}

fn branches(doc: &Value) -> Vec<&Value> {
    match doc {
        Value::Array(items) => items.iter().collect(),
        other => vec![other],
    }
}

fn describe_json(v: &Value) -> String {
    match v {
        Value::String(s) => format!("{s:?}"),
        Value::Object(o) => match o.get("type").and_then(Value::as_str) {
            Some(t) => format!("a {t}"),
            None => "an object without \"type\"".to_string(),
        },
        Value::Array(_) => "a union".to_string(),
        other => other.to_string(),
    }
}

struct Draft {
    subject: String,
    topics: Vec<String>,
    file: PathBuf,
    /// The top-level branch, for the record strategies.
    branch: Option<usize>,
    record: Option<String>,
    doc: Value,
    compatibility: Option<&'static str>,
}

/// The subjects the bindings ask for, in registration order (referenced
/// subjects first). `files` holds the text of every bound file and of the
/// other schema files that may define referenced types (kctl reads the
/// `.avsc` files next to each bound file).
pub fn desired_subjects(
    bindings: &[SchemaBinding],
    files: &BTreeMap<PathBuf, String>,
) -> Result<Vec<DesiredSubject>, String> {
    let (proto, rest): (Vec<SchemaBinding>, Vec<SchemaBinding>) = bindings
        .iter()
        .cloned()
        .partition(super::protobuf::plan::is_proto_binding);
    let (json, avro): (Vec<SchemaBinding>, Vec<SchemaBinding>) = rest
        .into_iter()
        .partition(super::json_schema::plan::is_json_binding);
    let mut out = if avro.is_empty() {
        Vec::new()
    } else {
        let avro_files: BTreeMap<PathBuf, String> = files
            .iter()
            .filter(|(p, _)| SchemaKind::of_path(p) == SchemaKind::Avro)
            .map(|(p, t)| (p.clone(), t.clone()))
            .collect();
        desired_avro_subjects(&avro, &avro_files)?
    };
    let mut others = Vec::new();
    if !json.is_empty() {
        others.extend(super::json_schema::plan::subjects(&json, files)?);
    }
    if !proto.is_empty() {
        others.extend(super::protobuf::plan::subjects(&proto, files)?);
    }
    for j in others {
        if let Some(a) = out.iter().find(|a| a.subject == j.subject) {
            return Err(format!(
                "subject {:?} is bound to a {} file ({}) and a {} file ({})",
                j.subject,
                a.kind,
                a.files
                    .first()
                    .map(|f| f.display().to_string())
                    .unwrap_or_default(),
                j.kind,
                j.files
                    .first()
                    .map(|f| f.display().to_string())
                    .unwrap_or_default()
            ));
        }
        out.push(j);
    }
    Ok(out)
}

/// The checks every binding of a single-format kind passes (JSON Schema,
/// Protobuf): all its files are of `kind`, its level is known, and the
/// topic strategy has one file. Returns `"key"` or `"value"` and the level.
pub fn check_binding(
    b: &SchemaBinding,
    kind: SchemaKind,
    ext: &str,
) -> Result<(&'static str, Option<&'static str>), String> {
    let which = if b.is_key { "key" } else { "value" };
    if let Some(f) = b.files.iter().find(|f| SchemaKind::of_path(f) != kind) {
        return Err(format!(
            "topic {:?}: {} is not a {kind} ({ext}) file, and the {which} binding's other files are: one binding holds one format",
            b.topic,
            f.display()
        ));
    }
    let level = match &b.compatibility {
        Some(l) => Some(normalize_level(l).ok_or_else(|| {
            format!(
                "topic {:?}: unknown compatibility level {l:?} (expected one of {})",
                b.topic,
                LEVELS.join(", ")
            )
        })?),
        None => None,
    };
    if b.strategy == SubjectStrategy::Topic && b.files.len() != 1 {
        return Err(format!(
            "topic {:?}: the topic subject strategy takes one {which} schema file, got {}",
            b.topic,
            b.files.len()
        ));
    }
    Ok((which, level))
}

/// An order of nodes in which each comes after the nodes it depends on
/// (`edges[i]`: the nodes `i` depends on); a cycle is the index of a node
/// on it.
pub fn dependency_order(edges: &[Vec<usize>]) -> Result<Vec<usize>, usize> {
    fn visit(
        i: usize,
        edges: &[Vec<usize>],
        state: &mut [u8],
        out: &mut Vec<usize>,
    ) -> Result<(), usize> {
        match state[i] {
            2 => return Ok(()),
            1 => return Err(i),
            _ => {}
        }
        state[i] = 1;
        for &j in &edges[i] {
            visit(j, edges, state, out)?;
        }
        state[i] = 2;
        out.push(i);
        Ok(())
    }
    let mut state = vec![0u8; edges.len()];
    let mut out = Vec::with_capacity(edges.len());
    for i in 0..edges.len() {
        visit(i, edges, &mut state, &mut out)?;
    }
    Ok(out)
}

/// `a/./b/../c` as `a/c`, without touching the file system, so that one
/// file reached by two spellings is one file.
pub fn normalize(p: &Path) -> PathBuf {
    let mut out = PathBuf::new();
    for c in p.components() {
        match c {
            std::path::Component::CurDir => {}
            std::path::Component::ParentDir => {
                if !out.pop() {
                    out.push("..");
                }
            }
            other => out.push(other.as_os_str()),
        }
    }
    out
}

/// [`desired_subjects`] for Avro bindings.
fn desired_avro_subjects(
    bindings: &[SchemaBinding],
    files: &BTreeMap<PathBuf, String>,
) -> Result<Vec<DesiredSubject>, String> {
    let infos: BTreeMap<&Path, Result<FileInfo, String>> = files
        .iter()
        .map(|(p, t)| (p.as_path(), analyze(p, t)))
        .collect();
    let info = |p: &Path| -> Result<&FileInfo, String> {
        match infos.get(p) {
            Some(Ok(i)) => Ok(i),
            Some(Err(e)) => Err(e.clone()),
            None => Err(format!("{}: schema file not read", p.display())),
        }
    };

    // 1. One draft per subject the bindings name.
    let mut drafts: Vec<Draft> = Vec::new();
    for b in bindings {
        let level = match &b.compatibility {
            Some(l) => Some(normalize_level(l).ok_or_else(|| {
                format!(
                    "topic {:?}: unknown compatibility level {l:?} (expected one of {})",
                    b.topic,
                    LEVELS.join(", ")
                )
            })?),
            None => None,
        };
        let which = if b.is_key { "key" } else { "value" };
        if b.files.is_empty() {
            return Err(format!("topic {:?}: no {which} schema file", b.topic));
        }
        let mut new = Vec::new();
        match b.strategy {
            SubjectStrategy::Topic => {
                if b.files.len() != 1 {
                    return Err(format!(
                        "topic {:?}: the topic subject strategy takes one {which} schema file, got {}",
                        b.topic,
                        b.files.len()
                    ));
                }
                new.push(Draft {
                    subject: format!("{}-{which}", b.topic),
                    topics: vec![b.topic.clone()],
                    file: b.files[0].clone(),
                    branch: None,
                    record: None,
                    doc: info(&b.files[0])?.doc.clone(),
                    compatibility: level,
                });
            }
            SubjectStrategy::Record | SubjectStrategy::TopicRecord => {
                for f in &b.files {
                    for (i, branch) in branches(&info(f)?.doc).into_iter().enumerate() {
                        let full = match branch {
                            Value::Object(o)
                                if matches!(
                                    o.get("type").and_then(Value::as_str),
                                    Some("record" | "error")
                                ) =>
                            {
                                names::definition_name(o, None).map(|(_, n)| n)
                            }
                            _ => None,
                        }
                        .ok_or_else(|| {
                            format!(
                                "{}: with subject_strategy {} every top-level schema must be a \
                                 named record, but schema {} is {}",
                                f.display(),
                                strategy_name(b.strategy),
                                i + 1,
                                describe_json(branch)
                            )
                        })?;
                        let subject = match b.strategy {
                            SubjectStrategy::Record => full.clone(),
                            _ => format!("{}-{full}", b.topic),
                        };
                        new.push(Draft {
                            subject,
                            topics: vec![b.topic.clone()],
                            file: f.clone(),
                            branch: Some(i),
                            record: Some(full),
                            doc: branch.clone(),
                            compatibility: level,
                        });
                    }
                }
            }
        }
        for d in new {
            merge_draft(&mut drafts, d)?;
        }
    }

    // 2. Which subject defines each named type (for references).
    let mut owner: HashMap<String, usize> = HashMap::new();
    let mut file_owned: HashSet<PathBuf> = HashSet::new();
    for (i, d) in drafts.iter().enumerate() {
        file_owned.insert(d.file.clone());
        for def in &info(&d.file)?.defs {
            if d.branch.is_none_or(|b| b == def.branch) {
                owner.entry(def.full_name.clone()).or_insert(i);
            }
        }
    }
    let bound: HashSet<PathBuf> = drafts.iter().map(|d| d.file.clone()).collect();
    let mut index: BTreeMap<&str, Vec<&Path>> = BTreeMap::new();
    for (p, i) in &infos {
        if let Ok(i) = i {
            for d in &i.defs {
                index.entry(d.full_name.as_str()).or_default().push(p);
            }
        }
    }

    // 3. Files defining referenced types that no binding covers get an
    //    implicit subject; follow their own references too.
    let mut queue: Vec<PathBuf> = drafts.iter().map(|d| d.file.clone()).collect();
    queue.dedup();
    let mut visited: HashSet<PathBuf> = HashSet::new();
    while let Some(file) = queue.pop() {
        if !visited.insert(file.clone()) {
            continue;
        }
        for name in &info(&file)?.externals {
            let definer = definer(name, &file, &index, &bound)?;
            if !file_owned.contains(definer) {
                let i = info(definer)?;
                let subject = implicit_subject(definer, i);
                if let Some(d) = drafts.iter().find(|d| d.subject == subject) {
                    return Err(format!(
                        "{}: kctl would register it as subject {subject:?} (it defines types \
                         other files use), but that subject already holds {}; bind the file \
                         to a topic instead",
                        definer.display(),
                        d.file.display()
                    ));
                }
                let n = drafts.len();
                for def in &i.defs {
                    owner.entry(def.full_name.clone()).or_insert(n);
                }
                drafts.push(Draft {
                    subject,
                    topics: Vec::new(),
                    file: definer.to_path_buf(),
                    branch: None,
                    record: None,
                    doc: i.doc.clone(),
                    compatibility: None,
                });
                file_owned.insert(definer.to_path_buf());
            }
            queue.push(definer.to_path_buf());
        }
    }

    // 4. Each subject's text (same-file types inlined for the record
    //    strategies) and references.
    let mut local_defs: HashMap<&Path, HashMap<String, Value>> = HashMap::new();
    for d in &drafts {
        if !local_defs.contains_key(d.file.as_path()) {
            let defs = info(&d.file)?
                .defs
                .iter()
                .map(|x| (x.full_name.clone(), x.json.clone()))
                .collect();
            local_defs.insert(&d.file, defs);
        }
    }
    let mut out = Vec::with_capacity(drafts.len());
    let mut deps: Vec<Vec<usize>> = Vec::with_capacity(drafts.len());
    for (i, d) in drafts.iter().enumerate() {
        let doc = match d.branch {
            Some(_) => names::inline(&d.doc, &local_defs[d.file.as_path()]),
            None => d.doc.clone(),
        };
        let mut references: Vec<SubjectRef> = Vec::new();
        let mut edges = Vec::new();
        for name in names::external_names(&doc) {
            let Some(&o) = owner.get(&name) else {
                // `definer` explains why (undefined or ambiguous).
                definer(&name, &d.file, &index, &bound)?;
                return Err(format!(
                    "{}: type {name} has no subject to reference",
                    d.file.display()
                ));
            };
            if o == i {
                return Err(format!(
                    "{}: subject {:?} uses type {name} before defining it",
                    d.file.display(),
                    d.subject
                ));
            }
            if !edges.contains(&o) {
                edges.push(o);
                references.push(SubjectRef {
                    name,
                    subject: drafts[o].subject.clone(),
                });
            }
        }
        deps.push(edges);
        out.push(DesiredSubject {
            subject: d.subject.clone(),
            topics: d.topics.clone(),
            files: vec![d.file.clone()],
            record: d.record.clone(),
            compatibility: d.compatibility.map(str::to_string),
            references,
            schema: doc.to_string(),
            self_contained: String::new(),
            kind: SchemaKind::Avro,
        });
    }

    // 5. Registration order, then the self-contained form and a parse of
    //    every subject the way a registry parses it (with its references).
    let order = topo_order(&deps, &drafts)?;
    let mut all_defs: HashMap<String, Value> = HashMap::new();
    for d in &drafts {
        for (name, def) in &local_defs[d.file.as_path()] {
            if owner.get(name).is_some_and(|&o| drafts[o].file == d.file) {
                all_defs.entry(name.clone()).or_insert_with(|| def.clone());
            }
        }
    }
    for &i in &order {
        let closure = reference_closure(i, &deps, &order);
        let dep_texts: Vec<String> = closure.iter().map(|&j| out[j].schema.clone()).collect();
        let context = |reason: String| match &out[i].record {
            Some(r) => format!(
                "{}: record {r} (subject {:?}) is not a valid Avro schema: {reason}",
                drafts[i].file.display(),
                out[i].subject
            ),
            None => format!(
                "{}: not a valid Avro schema: {reason}",
                drafts[i].file.display()
            ),
        };
        kctl_avro::schema::parse_with_dependencies(&out[i].schema, &dep_texts).map_err(context)?;
        let doc: Value =
            serde_json::from_str(&out[i].schema).map_err(|e| context(e.to_string()))?;
        let full = names::inline(&doc, &all_defs).to_string();
        apache_avro::Schema::parse_str(&full).map_err(|e| context(e.to_string()))?;
        out[i].self_contained = full;
    }
    let mut slots: Vec<Option<DesiredSubject>> = out.into_iter().map(Some).collect();
    Ok(order.iter().filter_map(|&i| slots[i].take()).collect())
}

fn strategy_name(s: SubjectStrategy) -> &'static str {
    match s {
        SubjectStrategy::Topic => "topic",
        SubjectStrategy::Record => "record",
        SubjectStrategy::TopicRecord => "topic_record",
    }
}

fn merge_draft(drafts: &mut Vec<Draft>, d: Draft) -> Result<(), String> {
    let Some(existing) = drafts.iter_mut().find(|x| x.subject == d.subject) else {
        drafts.push(d);
        return Ok(());
    };
    if existing.file != d.file || existing.branch != d.branch {
        return Err(format!(
            "subject {:?} is bound twice with different schemas: by topic {:?} ({}) and by topic {:?} ({})",
            d.subject,
            existing.topics[0],
            existing.file.display(),
            d.topics[0],
            d.file.display()
        ));
    }
    match (existing.compatibility, d.compatibility) {
        (Some(a), Some(b)) if a != b => {
            return Err(format!(
            "subject {:?} is given two compatibility levels: {a} (topic {:?}) and {b} (topic {:?})",
            d.subject, existing.topics[0], d.topics[0]
        ))
        }
        (None, Some(b)) => existing.compatibility = Some(b),
        _ => {}
    }
    for t in d.topics {
        if !existing.topics.contains(&t) {
            existing.topics.push(t);
        }
    }
    Ok(())
}

/// The one file that defines `name` for `user`: a bound file wins over
/// unbound ones; more than one candidate is an error.
fn definer<'a>(
    name: &str,
    user: &Path,
    index: &BTreeMap<&str, Vec<&'a Path>>,
    bound: &HashSet<PathBuf>,
) -> Result<&'a Path, String> {
    let candidates: Vec<&Path> = index
        .get(name)
        .map(|v| v.iter().copied().filter(|p| *p != user).collect())
        .unwrap_or_default();
    let list = |v: &[&Path]| {
        v.iter()
            .map(|p| p.display().to_string())
            .collect::<Vec<_>>()
            .join(", ")
    };
    match candidates.as_slice() {
        [] => Err(format!(
            "{}: uses type {name}, which neither this file nor any other schema file next to it defines",
            user.display()
        )),
        [one] => Ok(one),
        many => {
            let bound_ones: Vec<&Path> =
                many.iter().copied().filter(|p| bound.contains(*p)).collect();
            match bound_ones.as_slice() {
                [one] => Ok(one),
                [] => Err(format!(
                    "{}: type {name} is defined in several files ({}); keep one definition",
                    user.display(),
                    list(many)
                )),
                _ => Err(format!(
                    "{}: type {name} is defined in several bound files ({}); keep one definition",
                    user.display(),
                    list(&bound_ones)
                )),
            }
        }
    }
}

/// The subject for a file registered only because others reference it.
fn implicit_subject(path: &Path, info: &FileInfo) -> String {
    if let Value::Object(_) = &info.doc {
        if let Some(d) = info.defs.first() {
            return d.full_name.clone();
        }
    }
    info.defs
        .first()
        .and_then(|d| d.full_name.rsplit_once('.').map(|(ns, _)| ns.to_string()))
        .unwrap_or_else(|| {
            path.file_stem()
                .map(|s| s.to_string_lossy().into_owned())
                .unwrap_or_else(|| path.display().to_string())
        })
}

/// Subjects in an order where each comes after those it references (stable:
/// otherwise as bound). A cycle is an error naming it.
fn topo_order(deps: &[Vec<usize>], drafts: &[Draft]) -> Result<Vec<usize>, String> {
    #[derive(Clone, Copy, PartialEq)]
    enum Mark {
        New,
        Active,
        Done,
    }
    let mut marks = vec![Mark::New; deps.len()];
    let mut order = Vec::with_capacity(deps.len());
    for start in 0..deps.len() {
        if marks[start] != Mark::New {
            continue;
        }
        // Iterative DFS: (node, next edge index).
        let mut stack = vec![(start, 0usize)];
        marks[start] = Mark::Active;
        while let Some((node, edge)) = stack.last_mut() {
            let node = *node;
            if let Some(&next) = deps[node].get(*edge) {
                *edge += 1;
                match marks[next] {
                    Mark::New => {
                        marks[next] = Mark::Active;
                        stack.push((next, 0));
                    }
                    Mark::Active => {
                        let from = stack.iter().position(|(n, _)| *n == next).unwrap_or(0);
                        let mut cycle: Vec<&str> = stack[from..]
                            .iter()
                            .map(|(n, _)| drafts[*n].subject.as_str())
                            .collect();
                        cycle.push(&drafts[next].subject);
                        return Err(format!(
                            "schema files reference each other in a cycle: {}",
                            cycle.join(" -> ")
                        ));
                    }
                    Mark::Done => {}
                }
            } else {
                marks[node] = Mark::Done;
                order.push(node);
                stack.pop();
            }
        }
    }
    Ok(order)
}

/// Every subject `i` references, transitively, in registration order.
fn reference_closure(i: usize, deps: &[Vec<usize>], order: &[usize]) -> Vec<usize> {
    let mut seen = HashSet::new();
    let mut stack = deps[i].clone();
    while let Some(n) = stack.pop() {
        if seen.insert(n) {
            stack.extend(deps[n].iter().copied());
        }
    }
    order.iter().copied().filter(|n| seen.contains(n)).collect()
}

// ---------------------------------------------------------------------------
// The plan

/// A version held by the registry.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Registered {
    pub version: i32,
    pub id: u32,
}

/// What applying does with a subject's schema.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "action", rename_all = "snake_case")]
pub enum SchemaAction {
    /// The subject does not exist yet: its first version.
    Register,
    /// The registry's compatibility check accepts the local schema.
    NewVersion { latest_version: i32 },
    /// The registry already holds this schema under the subject.
    Unchanged { version: i32, id: u32 },
    /// The registry's compatibility check refuses it, with its reasons.
    Incompatible {
        latest_version: i32,
        messages: Vec<String>,
    },
}

/// A compatibility level to set on a subject.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct LevelChange {
    /// The level in force now.
    pub from: String,
    /// True when `from` is inherited from the global level.
    pub from_global: bool,
    pub to: String,
}

/// A reference as it will be registered. `version: None` is the version this
/// apply registers for `subject`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct PlannedReference {
    pub name: String,
    pub subject: String,
    pub version: Option<i32>,
}

/// One subject in the plan.
#[derive(Debug, Clone, Serialize)]
pub struct SubjectPlan {
    pub subject: String,
    pub topics: Vec<String>,
    pub files: Vec<PathBuf>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub record: Option<String>,
    #[serde(flatten)]
    pub action: SchemaAction,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub compatibility: Option<LevelChange>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub references: Vec<PlannedReference>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub notes: Vec<String>,
    /// The text to register.
    #[serde(skip)]
    pub schema: String,
    #[serde(skip)]
    pub kind: SchemaKind,
}

/// The registry's answers about one desired subject, gathered by
/// `ops::schemas::plan_schemas`.
#[derive(Debug, Clone, Default)]
pub struct SubjectFacts {
    pub latest: Option<Registered>,
    /// The version holding this very schema (the registry's lookup).
    pub matching: Option<Registered>,
    /// The verbose compatibility check, when one was made.
    pub check: Option<(bool, Vec<String>)>,
    /// True when the check used the self-contained form (a referenced
    /// subject gets a new version in the same apply).
    pub checked_self_contained: bool,
    /// The subject's own level; `None` when it inherits the global one.
    pub own_level: Option<String>,
    pub global_level: String,
    pub references: Vec<PlannedReference>,
}

/// Decides a subject's action and level change from the registry's answers.
pub fn plan_subject(d: &DesiredSubject, facts: SubjectFacts) -> SubjectPlan {
    let pending: Vec<&str> = facts
        .references
        .iter()
        .filter(|r| r.version.is_none())
        .map(|r| r.subject.as_str())
        .collect();
    let mut notes = Vec::new();
    let action = match (facts.matching, facts.latest) {
        (Some(m), latest) if pending.is_empty() => {
            if let Some(l) = latest.filter(|l| l.version != m.version) {
                notes.push(format!(
                    "the schema is version {} of the subject, but the latest is version {}; \
                     registering it again adds no version",
                    m.version, l.version
                ));
            }
            SchemaAction::Unchanged {
                version: m.version,
                id: m.id,
            }
        }
        (_, None) => SchemaAction::Register,
        (_, Some(l)) => match &facts.check {
            Some((false, messages)) => SchemaAction::Incompatible {
                latest_version: l.version,
                messages: messages.clone(),
            },
            _ => SchemaAction::NewVersion {
                latest_version: l.version,
            },
        },
    };
    if !pending.is_empty() {
        notes.push(format!(
            "references the new version of {} registered by this apply",
            pending.join(", ")
        ));
    }
    if !pending.is_empty() && facts.check.is_none() && d.self_contained.is_empty() {
        if let SchemaAction::NewVersion { .. } = action {
            notes.push(
                "compatibility is checked by the registry when this version is registered, \
                 after the versions it references"
                    .to_string(),
            );
        }
    }
    if facts.checked_self_contained && facts.check.is_some() {
        notes.push(
            "compatibility checked with the referenced types as defined in the local files"
                .to_string(),
        );
    }
    let effective = facts
        .own_level
        .clone()
        .unwrap_or_else(|| facts.global_level.clone());
    let compatibility = d.compatibility.as_ref().and_then(|to| {
        (facts.own_level.as_deref() != Some(to.as_str())).then(|| LevelChange {
            from: effective.clone(),
            from_global: facts.own_level.is_none(),
            to: to.clone(),
        })
    });
    if facts.check.is_some() {
        if let Some(c) = compatibility.as_ref().filter(|c| c.from != c.to) {
            notes.push(format!(
                "compatibility checked under the current level {}; apply sets {} before registering",
                c.from, c.to
            ));
        }
        if effective.ends_with("_TRANSITIVE") && compatibility.is_none() {
            notes.push(format!(
                "checked against the latest version; under {effective} the registry also checks \
                 every earlier version when registering"
            ));
        }
    }
    SubjectPlan {
        subject: d.subject.clone(),
        topics: d.topics.clone(),
        files: d.files.clone(),
        record: d.record.clone(),
        action,
        compatibility,
        references: facts.references,
        notes,
        schema: d.schema.clone(),
        kind: d.kind,
    }
}

/// Everything `apply` would do to the registry, in order.
#[derive(Debug, Clone, Serialize)]
pub struct SchemaPlan {
    pub global_level: String,
    pub subjects: Vec<SubjectPlan>,
}

/// What a [`SchemaPlan`] would do, counted: subjects per action, and level
/// changes (which come on top of a subject's action).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct SchemaPlanCounts {
    /// New subjects.
    pub register: usize,
    /// New versions of existing subjects.
    pub new_versions: usize,
    pub unchanged: usize,
    /// Subjects whose new schema the registry would refuse.
    pub incompatible: usize,
    pub level_changes: usize,
}

impl SchemaPlan {
    /// True when applying would change the registry (or is refused).
    pub fn has_changes(&self) -> bool {
        self.subjects.iter().any(|s| {
            s.compatibility.is_some() || !matches!(s.action, SchemaAction::Unchanged { .. })
        })
    }

    pub fn has_incompatible(&self) -> bool {
        self.subjects
            .iter()
            .any(|s| matches!(s.action, SchemaAction::Incompatible { .. }))
    }

    /// How many subjects each action applies to, and the level changes.
    pub fn counts(&self) -> SchemaPlanCounts {
        let mut c = SchemaPlanCounts::default();
        for s in &self.subjects {
            match s.action {
                SchemaAction::Register => c.register += 1,
                SchemaAction::NewVersion { .. } => c.new_versions += 1,
                SchemaAction::Unchanged { .. } => c.unchanged += 1,
                SchemaAction::Incompatible { .. } => c.incompatible += 1,
            }
            if s.compatibility.is_some() {
                c.level_changes += 1;
            }
        }
        c
    }
}

// ---------------------------------------------------------------------------
// The apply report

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum SchemaStepStatus {
    Done,
    Failed,
    /// Not attempted: incompatible, or something it needs failed.
    Skipped,
}

/// One step of applying a schema plan.
#[derive(Debug, Clone, Serialize)]
pub struct SchemaStep {
    pub subject: String,
    /// `register`, `new version` or `set compatibility`.
    pub action: String,
    pub status: SchemaStepStatus,
    pub detail: String,
}

#[derive(Debug, Clone, Default, Serialize)]
pub struct SchemaApplyReport {
    pub steps: Vec<SchemaStep>,
}

impl SchemaApplyReport {
    pub fn count(&self, status: SchemaStepStatus) -> usize {
        self.steps.iter().filter(|s| s.status == status).count()
    }

    /// True when every step was done.
    pub fn is_complete(&self) -> bool {
        self.steps
            .iter()
            .all(|s| s.status == SchemaStepStatus::Done)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn repo_files() -> BTreeMap<PathBuf, String> {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("schemas");
        ["inspection", "manufacturing", "quality", "user", "system"]
            .iter()
            .map(|n| {
                let p = PathBuf::from(format!("schemas/{n}.avsc"));
                let text = std::fs::read_to_string(dir.join(format!("{n}.avsc"))).unwrap();
                (p, text)
            })
            .collect()
    }

    fn binding(topic: &str, files: &[&str], strategy: SubjectStrategy) -> SchemaBinding {
        SchemaBinding {
            topic: topic.into(),
            is_key: false,
            files: files.iter().map(PathBuf::from).collect(),
            strategy,
            compatibility: None,
        }
    }

    fn project_bindings() -> Vec<SchemaBinding> {
        use SubjectStrategy::*;
        vec![
            binding("inference.workflow", &["schemas/quality.avsc"], Topic),
            binding("inspection.lifecycle", &["schemas/inspection.avsc"], Topic),
            binding(
                "artifact.management",
                &["schemas/manufacturing.avsc"],
                Topic,
            ),
            binding(
                "audit.events",
                &["schemas/user.avsc", "schemas/system.avsc"],
                Record,
            ),
        ]
    }

    #[test]
    fn project_bindings_give_16_subjects_covering_32_event_types_in_dependency_order() {
        let subjects = desired_subjects(&project_bindings(), &repo_files()).unwrap();
        let names: Vec<&str> = subjects.iter().map(|s| s.subject.as_str()).collect();
        assert_eq!(subjects.len(), 3 + 13, "{names:?}");
        // inspection.avsc defines what quality.avsc uses: it comes first,
        // although quality is bound first.
        assert_eq!(names[0], "inspection.lifecycle-value");
        assert_eq!(names[1], "inference.workflow-value");
        let quality = &subjects[1];
        assert_eq!(
            quality.references,
            [SubjectRef {
                name: "com.chipinspect.inspection.Defect".into(),
                subject: "inspection.lifecycle-value".into()
            }]
        );
        let records: Vec<&str> = subjects
            .iter()
            .filter_map(|s| s.record.as_deref())
            .collect();
        assert_eq!(records.len(), 13);
        assert!(names.contains(&"com.chipinspect.user.UserLoggedIn"));
        // A record using a type another record of its file defines stands alone.
        let logged_out = subjects
            .iter()
            .find(|s| s.subject == "com.chipinspect.user.UserLoggedOut")
            .unwrap();
        assert!(logged_out.references.is_empty());
        assert!(logged_out.schema.contains("\"UserEventType\""));
        // system.avsc records reference inspection's Severity.
        let error = subjects
            .iter()
            .find(|s| s.subject == "com.chipinspect.system.ErrorReported")
            .unwrap();
        assert_eq!(
            error.references[0].name,
            "com.chipinspect.inspection.Severity"
        );
        assert_eq!(error.references[0].subject, "inspection.lifecycle-value");
        assert!(error.self_contained.contains("\"symbols\""));
        let mut total = 0;
        for s in &subjects {
            match apache_avro::Schema::parse_str(&s.self_contained).unwrap() {
                apache_avro::Schema::Union(u) => total += u.variants().len(),
                _ => total += 1,
            }
        }
        assert_eq!(total, 32);
    }

    #[test]
    fn an_unbound_referenced_file_gets_an_implicit_subject_registered_first() {
        let b = vec![binding(
            "q",
            &["schemas/quality.avsc"],
            SubjectStrategy::TopicRecord,
        )];
        let subjects = desired_subjects(&b, &repo_files()).unwrap();
        assert_eq!(subjects[0].subject, "com.chipinspect.inspection");
        assert!(subjects[0].topics.is_empty());
        assert_eq!(subjects.len(), 7);
        assert!(subjects[1]
            .subject
            .starts_with("q-com.chipinspect.quality."));
    }

    #[test]
    fn bad_inputs_are_reported_with_their_file() {
        let mut files = repo_files();
        files.insert("schemas/broken.avsc".into(), "[\n  {\"type\": }".into());
        let b = vec![binding(
            "x",
            &["schemas/broken.avsc"],
            SubjectStrategy::Topic,
        )];
        let err = desired_subjects(&b, &files).unwrap_err();
        assert!(
            err.starts_with("schemas/broken.avsc:2:12: invalid JSON"),
            "{err}"
        );

        files.insert(
            "schemas/bad.avsc".into(),
            r#"{"type":"record","name":"R","fields":[{"name":"a","type":"int","default":"x"}]}"#
                .into(),
        );
        let b = vec![binding("x", &["schemas/bad.avsc"], SubjectStrategy::Topic)];
        let err = desired_subjects(&b, &files).unwrap_err();
        assert!(
            err.starts_with("schemas/bad.avsc: not a valid Avro schema:"),
            "{err}"
        );

        files.insert(
            "schemas/lost.avsc".into(),
            r#"{"type":"record","name":"R","fields":[{"name":"a","type":"com.nowhere.T"}]}"#.into(),
        );
        let b = vec![binding("x", &["schemas/lost.avsc"], SubjectStrategy::Topic)];
        let err = desired_subjects(&b, &files).unwrap_err();
        assert!(err.contains("uses type com.nowhere.T"), "{err}");

        let b = vec![binding(
            "x",
            &["schemas/inspection.avsc"],
            SubjectStrategy::Topic,
        )];
        let mut with_level = b.clone();
        with_level[0].compatibility = Some("sideways".into());
        let err = desired_subjects(&with_level, &files).unwrap_err();
        assert!(err.contains("unknown compatibility level"), "{err}");
        with_level[0].compatibility = Some("full".into());
        let ok = desired_subjects(&with_level, &files).unwrap();
        assert_eq!(ok[0].compatibility.as_deref(), Some("FULL"));
    }

    #[test]
    fn record_strategy_needs_records_and_subjects_must_not_clash() {
        let mut files = BTreeMap::new();
        files.insert(PathBuf::from("a.avsc"), r#"["string"]"#.to_string());
        let b = vec![binding("t", &["a.avsc"], SubjectStrategy::Record)];
        let err = desired_subjects(&b, &files).unwrap_err();
        assert!(err.contains("schema 1 is \"string\""), "{err}");

        let files = repo_files();
        let b = vec![
            binding("t1", &["schemas/user.avsc"], SubjectStrategy::Topic),
            binding("t1", &["schemas/system.avsc"], SubjectStrategy::Topic),
        ];
        let err = desired_subjects(&b, &files).unwrap_err();
        assert!(err.contains("bound twice"), "{err}");
        // The same record under two topics is one subject.
        let b = vec![
            binding("t1", &["schemas/user.avsc"], SubjectStrategy::Record),
            binding("t2", &["schemas/user.avsc"], SubjectStrategy::Record),
        ];
        let subjects = desired_subjects(&b, &files).unwrap();
        assert_eq!(subjects.len(), 7);
        assert_eq!(subjects[0].topics, ["t1", "t2"]);
    }

    #[test]
    fn reference_cycles_are_refused() {
        let mut files = BTreeMap::new();
        files.insert(
            PathBuf::from("a.avsc"),
            r#"{"type":"record","name":"a.A","fields":[{"name":"b","type":["null","b.B"]}]}"#
                .to_string(),
        );
        files.insert(
            PathBuf::from("b.avsc"),
            r#"{"type":"record","name":"b.B","fields":[{"name":"a","type":["null","a.A"]}]}"#
                .to_string(),
        );
        let b = vec![
            binding("ta", &["a.avsc"], SubjectStrategy::Topic),
            binding("tb", &["b.avsc"], SubjectStrategy::Topic),
        ];
        let err = desired_subjects(&b, &files).unwrap_err();
        assert!(err.contains("cycle"), "{err}");
    }

    fn desired(level: Option<&str>) -> DesiredSubject {
        DesiredSubject {
            subject: "t-value".into(),
            topics: vec!["t".into()],
            files: vec!["a.avsc".into()],
            record: None,
            compatibility: level.map(str::to_string),
            references: vec![],
            schema: "\"string\"".into(),
            self_contained: "\"string\"".into(),
            kind: SchemaKind::Avro,
        }
    }

    #[test]
    fn facts_decide_the_action() {
        let reg = |version| Registered { version, id: 7 };
        let facts = |latest, matching, check| SubjectFacts {
            latest,
            matching,
            check,
            global_level: "BACKWARD".into(),
            ..SubjectFacts::default()
        };
        let p = plan_subject(&desired(None), facts(None, None, None));
        assert_eq!(p.action, SchemaAction::Register);
        let p = plan_subject(&desired(None), facts(Some(reg(2)), Some(reg(2)), None));
        assert_eq!(p.action, SchemaAction::Unchanged { version: 2, id: 7 });
        assert!(p.notes.is_empty());
        let p = plan_subject(&desired(None), facts(Some(reg(3)), Some(reg(2)), None));
        assert!(p.notes[0].contains("latest is version 3"), "{:?}", p.notes);
        let p = plan_subject(
            &desired(None),
            facts(Some(reg(3)), None, Some((false, vec!["no default".into()]))),
        );
        assert_eq!(
            p.action,
            SchemaAction::Incompatible {
                latest_version: 3,
                messages: vec!["no default".into()]
            }
        );
        let p = plan_subject(
            &desired(None),
            facts(Some(reg(3)), None, Some((true, vec![]))),
        );
        assert_eq!(p.action, SchemaAction::NewVersion { latest_version: 3 });

        // A pending reference forces a new version even when the text matches.
        let mut f = facts(Some(reg(1)), Some(reg(1)), Some((true, vec![])));
        f.references = vec![PlannedReference {
            name: "x.T".into(),
            subject: "x".into(),
            version: None,
        }];
        let p = plan_subject(&desired(None), f);
        assert_eq!(p.action, SchemaAction::NewVersion { latest_version: 1 });
    }

    #[test]
    fn levels_change_only_when_the_subject_does_not_already_have_its_own() {
        let base = SubjectFacts {
            global_level: "BACKWARD".into(),
            ..SubjectFacts::default()
        };
        let p = plan_subject(&desired(Some("FULL")), base.clone());
        assert_eq!(
            p.compatibility,
            Some(LevelChange {
                from: "BACKWARD".into(),
                from_global: true,
                to: "FULL".into()
            })
        );
        let own = SubjectFacts {
            own_level: Some("FULL".into()),
            ..base.clone()
        };
        assert_eq!(
            plan_subject(&desired(Some("FULL")), own.clone()).compatibility,
            None
        );
        assert_eq!(plan_subject(&desired(None), base).compatibility, None);

        let plan = SchemaPlan {
            global_level: "BACKWARD".into(),
            subjects: vec![plan_subject(
                &desired(Some("FULL")),
                SubjectFacts {
                    matching: Some(Registered { version: 1, id: 1 }),
                    latest: Some(Registered { version: 1, id: 1 }),
                    global_level: "BACKWARD".into(),
                    ..SubjectFacts::default()
                },
            )],
        };
        assert!(plan.has_changes());
        assert!(!plan.has_incompatible());
        let rows = crate::output::apply::schema_plan_rows(&plan, false);
        assert_eq!(
            rows,
            [[
                "t-value".to_string(),
                "set compatibility".to_string(),
                "BACKWARD (global) -> FULL".to_string()
            ]]
        );
    }

    #[test]
    fn levels_normalize_in_any_case() {
        assert_eq!(normalize_level("full_transitive"), Some("FULL_TRANSITIVE"));
        assert_eq!(normalize_level("None"), Some("NONE"));
        assert_eq!(normalize_level("SIDEWAYS"), None);
    }
}
