//! Schemas as code against a Schema Registry: plan (read-only: lookups,
//! compatibility checks, levels) and apply (register in dependency order, set
//! levels), over the [`SchemaRegistryApi`] trait which [`Registry`] implements.
//!
//! An unchanged schema is found through the registry's lookup
//! (`POST /subjects/{s}`), which compares parsed schemas: whitespace or the
//! order of a field's attributes never makes a new version.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::path::{Path, PathBuf};

use anyhow::{anyhow, Context, Result};

use crate::domain::schema_plan::{
    self, PlannedReference, Registered, SchemaAction, SchemaApplyReport, SchemaBinding, SchemaPlan,
    SchemaStep, SchemaStepStatus, SubjectFacts,
};
use crate::domain::subject::{Reference, SchemaKind};
use crate::ops::interrupt;
use crate::ops::ports::{RegistryError, SchemaRegistry};

/// `a/./b/../c` as `a/c`, without touching the file system, so that one file
/// reached by two spellings is one file.
pub fn normalize_path(p: &Path) -> PathBuf {
    schema_plan::normalize(p)
}

/// Reads every bound file and every other `.avsc`, `.json` and `.proto`
/// file in the same directories (they may define referenced types or be
/// `$ref`ed), and the files `.proto` files import, wherever they are (see
/// `domain::protobuf::plan`). Paths are `base_dir` joined with the
/// binding's path (an absolute path stays as is).
pub fn read_schema_files(
    bindings: &[SchemaBinding],
    base_dir: &Path,
) -> Result<(Vec<SchemaBinding>, BTreeMap<PathBuf, String>)> {
    let mut files = BTreeMap::new();
    let mut dirs = Vec::new();
    let mut resolved = Vec::with_capacity(bindings.len());
    for b in bindings {
        let mut b = b.clone();
        for f in b.files.iter_mut() {
            *f = normalize_path(&base_dir.join(&*f));
            if !files.contains_key(f) {
                let text = std::fs::read_to_string(&*f).with_context(|| {
                    format!(
                        "cannot read schema file {} (topic {})",
                        f.display(),
                        b.topic
                    )
                })?;
                files.insert(f.clone(), text);
            }
            let dir = f.parent().map(Path::to_path_buf).unwrap_or_default();
            if !dirs.contains(&dir) {
                dirs.push(dir);
            }
        }
        resolved.push(b);
    }
    for dir in dirs {
        let listing = if dir.as_os_str().is_empty() {
            Path::new(".")
        } else {
            &dir
        };
        let entries = std::fs::read_dir(listing)
            .with_context(|| format!("cannot list schema directory {}", listing.display()))?;
        for e in entries.flatten() {
            let name = e.file_name();
            if Path::new(&name)
                .extension()
                .is_some_and(|x| x == "avsc" || x == "json" || x == "proto")
            {
                let path = normalize_path(&dir.join(&name));
                if let std::collections::btree_map::Entry::Vacant(slot) = files.entry(path) {
                    // A file that cannot be read matters only if it is needed,
                    // and then the missing type is reported.
                    if let Ok(text) = std::fs::read_to_string(slot.key()) {
                        slot.insert(text);
                    }
                }
            }
        }
    }
    read_imports(&mut files);
    Ok((resolved, files))
}

/// Adds the files `.proto` files import, transitively, from where each
/// import may be. A file that does not parse or an import that is not
/// found is reported when the subjects are derived.
fn read_imports(files: &mut BTreeMap<PathBuf, String>) {
    use crate::domain::protobuf::plan::{candidates, imports};
    let mut todo: Vec<PathBuf> = files
        .keys()
        .filter(|p| SchemaKind::of_path(p) == SchemaKind::Protobuf)
        .cloned()
        .collect();
    while let Some(p) = todo.pop() {
        let Ok(names) = imports(&p, &files[&p]) else {
            continue;
        };
        for name in names {
            let cands = candidates(&p, &name);
            if cands.iter().any(|c| files.contains_key(c)) {
                continue;
            }
            for c in cands {
                if let Ok(text) = std::fs::read_to_string(&c) {
                    files.insert(c.clone(), text);
                    todo.push(c);
                    break;
                }
            }
        }
    }
}

/// Computes the schema part of `kctl plan`: reads the files, derives the
/// desired subjects, and asks the registry about each (read-only).
pub async fn plan_schemas<R: SchemaRegistry>(
    bindings: &[SchemaBinding],
    base_dir: &Path,
    registry: &R,
) -> Result<SchemaPlan> {
    let (bindings, files) = read_schema_files(bindings, base_dir)?;
    let desired = schema_plan::desired_subjects(&bindings, &files).map_err(anyhow::Error::msg)?;
    plan_desired(&desired, registry).await
}

/// The registry's side of planning, for subjects already derived.
pub async fn plan_desired<R: SchemaRegistry>(
    desired: &[schema_plan::DesiredSubject],
    registry: &R,
) -> Result<SchemaPlan> {
    let global_level = registry.compatibility_level(None).await?;
    // Subject -> the version references to it will use; `None` while this
    // apply registers a new one.
    let mut versions: HashMap<&str, Option<i32>> = HashMap::new();
    let mut subjects = Vec::with_capacity(desired.len());
    for d in desired {
        let at = |e: RegistryError| anyhow!("subject {:?}: {e}", d.subject);
        let latest = latest(registry, &d.subject).await.map_err(at)?;
        let own_level = registry
            .own_compatibility_level(&d.subject)
            .await
            .map_err(at)?;
        let mut references = Vec::with_capacity(d.references.len());
        for r in &d.references {
            let version = *versions.get(r.subject.as_str()).ok_or_else(|| {
                anyhow!(
                    "subject {:?} references {:?}, which is not planned before it",
                    d.subject,
                    r.subject
                )
            })?;
            references.push(PlannedReference {
                name: r.name.clone(),
                subject: r.subject.clone(),
                version,
            });
        }
        let pending = references.iter().any(|r| r.version.is_none());
        // Under NONE anything goes: no check needed.
        let skip_check = latest.is_none() || d.compatibility.as_deref() == Some("NONE");
        let mut facts = SubjectFacts {
            latest,
            own_level,
            global_level: global_level.clone(),
            ..SubjectFacts::default()
        };
        if pending {
            // The referenced version does not exist yet, so neither a lookup
            // nor a check with references can be made; the self-contained
            // form means the same and needs no references. (A Protobuf
            // schema has none: the registry checks it when it is registered.)
            if !skip_check && !d.self_contained.is_empty() {
                facts.check = Some(
                    check(registry, &d.subject, &d.self_contained, d.kind, &[])
                        .await
                        .map_err(at)?,
                );
                facts.checked_self_contained = true;
            }
        } else {
            let wire = wire_references(&references, &HashMap::new())?;
            facts.matching = lookup(registry, &d.subject, &d.schema, d.kind, &wire)
                .await
                .map_err(at)?;
            if facts.matching.is_none() && !skip_check {
                facts.check = Some(
                    check(registry, &d.subject, &d.schema, d.kind, &wire)
                        .await
                        .map_err(at)?,
                );
            }
        }
        facts.references = references;
        let plan = schema_plan::plan_subject(d, facts);
        let version = match plan.action {
            SchemaAction::Unchanged { version, .. } => Some(version),
            _ => None,
        };
        versions.insert(&d.subject, version);
        subjects.push(plan);
    }
    Ok(SchemaPlan {
        global_level,
        subjects,
    })
}

fn wire_references(
    refs: &[PlannedReference],
    registered: &HashMap<String, i32>,
) -> Result<Vec<Reference>> {
    refs.iter()
        .map(|r| {
            let version = r
                .version
                .or_else(|| registered.get(&r.subject).copied())
                .ok_or_else(|| anyhow!("no version of {:?} to reference", r.subject))?;
            Ok(Reference {
                name: r.name.clone(),
                subject: r.subject.clone(),
                version,
            })
        })
        .collect()
}

/// Applies a schema plan in its order: for each subject, set its level, then
/// register its schema (references name the versions just registered).
/// Incompatible subjects, and subjects referencing one that was not
/// registered, are skipped; a failed step does not stop unrelated ones.
/// Ctrl-C stops between subjects; the rest is reported as skipped.
pub async fn apply_schemas<R: SchemaRegistry>(
    plan: &SchemaPlan,
    registry: &R,
) -> SchemaApplyReport {
    let mut report = SchemaApplyReport::default();
    let mut registered: HashMap<String, i32> = HashMap::new();
    let mut missing: HashSet<&str> = HashSet::new();
    for s in &plan.subjects {
        let mut step = |action: &str, status, detail: String| {
            report.steps.push(SchemaStep {
                subject: s.subject.clone(),
                action: action.to_string(),
                status,
                detail,
            })
        };
        let schema_action = match s.action {
            SchemaAction::Register => Some("register"),
            SchemaAction::NewVersion { .. } => Some("new version"),
            SchemaAction::Incompatible { .. } => Some("new version"),
            SchemaAction::Unchanged { .. } => None,
        };
        let skip = |step: &mut dyn FnMut(&str, SchemaStepStatus, String), reason: String| {
            if s.compatibility.is_some() {
                step(
                    "set compatibility",
                    SchemaStepStatus::Skipped,
                    reason.clone(),
                );
            }
            if let Some(a) = schema_action {
                step(a, SchemaStepStatus::Skipped, reason);
            }
        };
        if interrupt::requested() {
            skip(&mut step, "interrupted".to_string());
            missing.insert(&s.subject);
            continue;
        }
        if let Some(r) = s
            .references
            .iter()
            .find(|r| missing.contains(r.subject.as_str()))
        {
            skip(
                &mut step,
                format!("references {:?}, which was not registered", r.subject),
            );
            missing.insert(&s.subject);
            continue;
        }
        if let SchemaAction::Incompatible { messages, .. } = &s.action {
            skip(&mut step, format!("incompatible: {}", messages.join("; ")));
            missing.insert(&s.subject);
            continue;
        }
        if let Some(c) = &s.compatibility {
            match registry
                .set_compatibility_level(Some(&s.subject), &c.to)
                .await
            {
                Ok(_) => step(
                    "set compatibility",
                    SchemaStepStatus::Done,
                    format!("{} -> {}", c.from, c.to),
                ),
                Err(e) => {
                    step("set compatibility", SchemaStepStatus::Failed, e.to_string());
                    if let Some(a) = schema_action {
                        step(
                            a,
                            SchemaStepStatus::Skipped,
                            "its compatibility level could not be set".to_string(),
                        );
                    }
                    missing.insert(&s.subject);
                    continue;
                }
            }
        }
        let Some(action) = schema_action else {
            if let SchemaAction::Unchanged { version, .. } = s.action {
                registered.insert(s.subject.clone(), version);
            }
            continue;
        };
        let refs = match wire_references(&s.references, &registered) {
            Ok(r) => r,
            Err(e) => {
                step(action, SchemaStepStatus::Skipped, e.to_string());
                missing.insert(&s.subject);
                continue;
            }
        };
        match registry
            .register(&s.subject, &s.schema, s.kind, &refs)
            .await
        {
            Ok(id) => {
                // The version number, for the references of later subjects.
                let version = match registry.lookup(&s.subject, &s.schema, s.kind, &refs).await {
                    Ok(Some(v)) => Some(v.version),
                    _ => latest(registry, &s.subject)
                        .await
                        .ok()
                        .flatten()
                        .map(|v| v.version),
                };
                match version {
                    Some(v) => {
                        registered.insert(s.subject.clone(), v);
                        step(
                            action,
                            SchemaStepStatus::Done,
                            format!("version {v} (id {id})"),
                        );
                    }
                    None => {
                        step(
                            action,
                            SchemaStepStatus::Done,
                            format!("id {id}; its version could not be read back"),
                        );
                        missing.insert(&s.subject);
                    }
                }
            }
            Err(e) => {
                step(action, SchemaStepStatus::Failed, e.to_string());
                missing.insert(&s.subject);
            }
        }
    }
    report
}

/// The subject's latest live version, `None` when it has none.
async fn latest<R: SchemaRegistry>(
    registry: &R,
    subject: &str,
) -> Result<Option<Registered>, RegistryError> {
    match registry.version(subject, "latest").await {
        Ok(v) => Ok(Some(Registered {
            version: v.version,
            id: v.id,
        })),
        Err(RegistryError::SubjectNotFound { .. } | RegistryError::VersionNotFound { .. }) => {
            Ok(None)
        }
        Err(e) => Err(e),
    }
}

/// `schema` under `subject`, as a version and id, if registered there.
async fn lookup<R: SchemaRegistry>(
    registry: &R,
    subject: &str,
    schema: &str,
    kind: SchemaKind,
    references: &[Reference],
) -> Result<Option<Registered>, RegistryError> {
    Ok(registry
        .lookup(subject, schema, kind, references)
        .await?
        .map(|v| Registered {
            version: v.version,
            id: v.id,
        }))
}

/// Whether `schema` is compatible with the subject's latest version, and why not.
async fn check<R: SchemaRegistry>(
    registry: &R,
    subject: &str,
    schema: &str,
    kind: SchemaKind,
    references: &[Reference],
) -> Result<(bool, Vec<String>), RegistryError> {
    let c = registry
        .check_compatibility(subject, schema, kind, references)
        .await?;
    Ok((c.is_compatible, c.messages))
}
