//! `kctl schema list|get|register|check|compat|diff|delete`, written against
//! the [`SchemaRegistry`] port. Each step returns a value for `output` to
//! render; `delete` is a plan (what exists) and an execution, so that the
//! command can confirm in between.
//!
//! Local files are parsed (with their references) before anything is sent,
//! so an invalid file is reported with its name and the parser's reason.

use std::path::Path;

use anyhow::{anyhow, Context, Result};
use serde::Serialize;

use crate::domain::json_schema::{self, JsonSchema};
use crate::domain::protobuf::{self, ProtoSchema};
use crate::domain::schema_diff::{self, Change};
use crate::domain::schema_plan;
use crate::domain::subject::{Reference, SchemaKind};
use crate::exit::CodedError;
use crate::ops::ports::{Compatibility, RegistryError, SchemaById, SchemaRegistry, SchemaVersion};

fn not_found(e: &RegistryError) -> bool {
    matches!(
        e,
        RegistryError::SubjectNotFound { .. } | RegistryError::VersionNotFound { .. }
    )
}

/// A local schema file: `.proto` text as written, Avro and JSON Schema
/// checked to be JSON and in their compact form.
pub fn read_schema_file(file: &Path) -> Result<String> {
    let text = std::fs::read_to_string(file)
        .with_context(|| format!("cannot read schema file {}", file.display()))?;
    if SchemaKind::of_path(file) == SchemaKind::Protobuf {
        return Ok(text);
    }
    let json = schema_plan::parse_json(file, &text).map_err(anyhow::Error::msg)?;
    Ok(json.to_string())
}

/// The references to register a schema under `subject` with: the
/// `--reference` flags (`NAME=SUBJECT:VERSION`, VERSION a number or
/// `latest`), or else those of `subject`'s latest version (none if the
/// subject does not exist).
pub async fn references<R: SchemaRegistry>(
    registry: &R,
    subject: &str,
    flags: &[String],
) -> Result<Vec<Reference>> {
    if flags.is_empty() {
        return match registry.version(subject, "latest").await {
            Ok(v) => Ok(v.references),
            Err(e) if not_found(&e) => Ok(Vec::new()),
            Err(e) => Err(e.into()),
        };
    }
    let mut out = Vec::with_capacity(flags.len());
    for r in flags {
        let parsed = r.split_once('=').and_then(|(name, rest)| {
            let (subject, version) = rest.rsplit_once(':')?;
            (!name.is_empty() && !subject.is_empty()).then_some((name, subject, version))
        });
        let Some((name, subject, version)) = parsed else {
            return Err(CodedError::usage(format!(
                "invalid --reference {r:?}: expected NAME=SUBJECT:VERSION, e.g. com.acme.Address=addresses-value:1"
            )));
        };
        let version = match version {
            "latest" => registry.version(subject, "latest").await?.version,
            v => match v.parse::<i32>() {
                Ok(n) if n > 0 => n,
                _ => {
                    return Err(CodedError::usage(format!(
                        "invalid --reference {r:?}: VERSION must be a positive number or \"latest\""
                    )))
                }
            },
        };
        out.push(Reference {
            name: name.to_string(),
            subject: subject.to_string(),
            version,
        });
    }
    Ok(out)
}

/// Everything `refs` needs, dependencies first, as (reference name, text).
async fn reference_texts<R: SchemaRegistry>(
    registry: &R,
    refs: &[Reference],
) -> Result<Vec<(String, String)>> {
    registry
        .reference_texts(refs)
        .await
        .map_err(|e| anyhow!("cannot fetch the referenced schemas: {e}"))
}

/// A schema parsed with its references, in its format.
enum Parsed {
    Avro(apache_avro::Schema, Vec<apache_avro::Schema>),
    Json(JsonSchema),
    Proto(ProtoSchema),
}

fn parse_with(kind: SchemaKind, schema: &str, deps: &[(String, String)]) -> Result<Parsed, String> {
    match kind {
        SchemaKind::Json => JsonSchema::parse(schema, deps).map(Parsed::Json),
        SchemaKind::Protobuf => ProtoSchema::parse(schema, deps).map(Parsed::Proto),
        SchemaKind::Avro => {
            let texts: Vec<String> = deps.iter().map(|(_, t)| t.clone()).collect();
            kctl_avro::schema::parse_with_dependencies(schema, &texts)
                .map(|(s, d)| Parsed::Avro(s, d))
        }
    }
}

/// Parses a local schema with its references, as the registry will.
async fn parse_local<R: SchemaRegistry>(
    registry: &R,
    file: &Path,
    schema: &str,
    refs: &[Reference],
) -> Result<Parsed> {
    let deps = reference_texts(registry, refs).await?;
    let kind = SchemaKind::of_path(file);
    let what = match kind {
        SchemaKind::Avro => "invalid Avro schema",
        SchemaKind::Json => "invalid JSON Schema",
        SchemaKind::Protobuf => "invalid Protobuf schema",
    };
    parse_with(kind, schema, &deps)
        .map_err(|reason| anyhow!("{}: {what}: {reason}", file.display()))
}

/// One row of `schema list`.
#[derive(Serialize)]
pub struct SubjectRow {
    pub subject: String,
    pub version: i32,
    pub id: u32,
    #[serde(rename = "schemaType")]
    pub schema_type: String,
    pub references: Vec<Reference>,
}

/// Subjects (those starting with `prefix`), sorted, with their latest
/// version: one request per subject, a few at a time.
pub async fn list<R: SchemaRegistry>(
    registry: &R,
    prefix: Option<&str>,
) -> Result<Vec<SubjectRow>> {
    let mut subjects = registry.subjects().await?;
    if let Some(p) = prefix {
        subjects.retain(|s| s.starts_with(p));
    }
    subjects.sort();
    let mut rows: Vec<SubjectRow> = Vec::with_capacity(subjects.len());
    for chunk in subjects.chunks(8) {
        let mut set = tokio::task::JoinSet::new();
        for (i, s) in chunk.iter().enumerate() {
            let (r, s) = (registry.clone(), s.clone());
            set.spawn(async move { (i, r.version(&s, "latest").await) });
        }
        let mut got: Vec<(usize, SchemaVersion)> = Vec::new();
        while let Some(joined) = set.join_next().await {
            let (i, result) = joined.map_err(|e| anyhow!("internal error: {e}"))?;
            match result {
                Ok(v) => got.push((i, v)),
                // Deleted between the two calls.
                Err(e) if not_found(&e) => {}
                Err(e) => return Err(e.into()),
            }
        }
        got.sort_by_key(|(i, _)| *i);
        rows.extend(got.into_iter().map(|(_, v)| SubjectRow {
            subject: v.subject,
            version: v.version,
            id: v.id,
            schema_type: v.schema_type.unwrap_or_else(|| "AVRO".to_string()),
            references: v.references,
        }));
    }
    Ok(rows)
}

/// A registered schema, by global id or by subject and version.
pub enum Fetched {
    ById(u32, SchemaById),
    Version(SchemaVersion),
}

/// `version` is `latest` or a positive number (checked while parsing flags).
pub async fn get<R: SchemaRegistry>(
    registry: &R,
    id: Option<u32>,
    subject: &str,
    version: &str,
) -> Result<Fetched> {
    Ok(match id {
        Some(id) => Fetched::ById(id, registry.schema_by_id(id).await?),
        None => Fetched::Version(registry.version(subject, version).await?),
    })
}

#[derive(Serialize)]
pub struct Registration {
    pub subject: String,
    pub version: i32,
    pub id: u32,
    /// False when the registry already held this schema under the subject.
    pub registered: bool,
    pub references: Vec<Reference>,
}

/// Registers `file` under `subject` unless it is there already.
pub async fn register<R: SchemaRegistry>(
    registry: &R,
    subject: &str,
    file: &Path,
    reference_flags: &[String],
) -> Result<Registration> {
    let schema = read_schema_file(file)?;
    let kind = SchemaKind::of_path(file);
    let refs = references(registry, subject, reference_flags).await?;
    parse_local(registry, file, &schema, &refs).await?;
    let existing = registry.lookup(subject, &schema, kind, &refs).await?;
    let (v, registered) = match existing {
        Some(v) => (v, false),
        None => {
            registry.register(subject, &schema, kind, &refs).await?;
            let v = registry
                .lookup(subject, &schema, kind, &refs)
                .await?
                .ok_or_else(|| {
                    anyhow!("registered under {subject:?}, but the registry cannot find it again")
                })?;
            (v, true)
        }
    };
    Ok(Registration {
        subject: v.subject,
        version: v.version,
        id: v.id,
        registered,
        references: refs,
    })
}

#[derive(Serialize)]
pub struct CheckResult {
    pub subject: String,
    pub compatible: bool,
    /// The version checked against; `None` when the subject has none yet
    /// (any valid schema is compatible then).
    pub latest_version: Option<i32>,
    pub level: String,
    pub messages: Vec<String>,
}

/// Checks `file` against `subject`'s latest version.
pub async fn check<R: SchemaRegistry>(
    registry: &R,
    subject: &str,
    file: &Path,
    reference_flags: &[String],
) -> Result<CheckResult> {
    let schema = read_schema_file(file)?;
    let refs = references(registry, subject, reference_flags).await?;
    parse_local(registry, file, &schema, &refs).await?;
    let latest = match registry.version(subject, "latest").await {
        Ok(v) => Some(v.version),
        Err(e) if not_found(&e) => None,
        Err(e) => return Err(e.into()),
    };
    let level = registry.compatibility_level(Some(subject)).await?;
    let c = match latest {
        Some(_) => {
            registry
                .check_compatibility(subject, &schema, SchemaKind::of_path(file), &refs)
                .await?
        }
        None => Compatibility {
            is_compatible: true,
            messages: Vec::new(),
        },
    };
    Ok(CheckResult {
        subject: subject.to_string(),
        compatible: c.is_compatible,
        latest_version: latest,
        level,
        messages: c.messages,
    })
}

#[derive(Serialize)]
pub struct LevelView {
    pub subject: Option<String>,
    pub level: String,
    /// `subject` when set on the subject itself, else `global`.
    pub source: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub previous: Option<String>,
    /// The subject has no registered versions (reading a level only).
    #[serde(skip)]
    pub no_versions: bool,
}

fn level_arg(l: &str) -> Result<&'static str> {
    schema_plan::normalize_level(l).ok_or_else(|| {
        CodedError::usage(format!(
            "invalid compatibility level {l:?}: expected one of {}",
            schema_plan::LEVELS.join(", ")
        ))
    })
}

/// `schema compat [SUBJECT] [LEVEL]`: shows or sets a level. A single
/// argument naming a level sets the global one.
pub async fn compat<R: SchemaRegistry>(
    registry: &R,
    subject: Option<&str>,
    level: Option<&str>,
) -> Result<LevelView> {
    let view = |subject: Option<&str>, level, source, previous| LevelView {
        subject: subject.map(str::to_string),
        level,
        source,
        previous,
        no_versions: false,
    };
    Ok(match (subject, level) {
        (None, _) => view(
            None,
            registry.compatibility_level(None).await?,
            "global",
            None,
        ),
        (Some(one), None) if schema_plan::normalize_level(one).is_some() => {
            let level = level_arg(one)?;
            let previous = registry.compatibility_level(None).await?;
            let level = registry.set_compatibility_level(None, level).await?;
            view(None, level, "global", Some(previous))
        }
        (Some(s), None) => {
            let own = registry.own_compatibility_level(s).await?;
            let no_versions = matches!(
                registry.versions(s).await,
                Err(RegistryError::SubjectNotFound { .. })
            );
            let mut v = match own {
                Some(level) => view(Some(s), level, "subject", None),
                None => view(
                    Some(s),
                    registry.compatibility_level(None).await?,
                    "global",
                    None,
                ),
            };
            v.no_versions = no_versions;
            v
        }
        (Some(s), Some(l)) => {
            let level = level_arg(l)?;
            let previous = registry.compatibility_level(Some(s)).await?;
            let level = registry.set_compatibility_level(Some(s), level).await?;
            view(Some(s), level, "subject", Some(previous))
        }
    })
}

#[derive(Serialize)]
pub struct DiffResult {
    pub subject: String,
    pub version: i32,
    pub file: String,
    pub identical: bool,
    pub changes: Vec<Change>,
}

/// Field-level differences from a registered version to `file`.
pub async fn diff<R: SchemaRegistry>(
    registry: &R,
    subject: &str,
    version: &str,
    file: &Path,
    reference_flags: &[String],
) -> Result<DiffResult> {
    let schema = read_schema_file(file)?;
    let registered = registry.version(subject, version).await?;
    let kind = SchemaKind::from_registry(registered.schema_type.as_deref())
        .map_err(|e| anyhow!("{subject} version {}: {e}", registered.version))?;
    if kind != SchemaKind::of_path(file) {
        return Err(anyhow!(
            "{subject} version {} is {} and {} is {}: kctl compares schemas of one format",
            registered.version,
            kind,
            file.display(),
            SchemaKind::of_path(file)
        ));
    }
    let old_deps = reference_texts(registry, &registered.references).await?;
    let old = parse_with(kind, &registered.schema, &old_deps).map_err(|e| {
        anyhow!(
            "{subject} version {} does not parse: {e}",
            registered.version
        )
    })?;
    // The local file uses the --reference flags, or the compared version's references.
    let refs = if reference_flags.is_empty() {
        registered.references.clone()
    } else {
        references(registry, subject, reference_flags).await?
    };
    let new = parse_local(registry, file, &schema, &refs).await?;
    let changes = match (&old, &new) {
        (Parsed::Avro(old, old_deps), Parsed::Avro(new, new_deps)) => {
            schema_diff::diff(old, old_deps, new, new_deps)
        }
        (Parsed::Json(old), Parsed::Json(new)) => json_schema::diff::diff(old, new),
        (Parsed::Proto(old), Parsed::Proto(new)) => protobuf::diff::diff(old, new),
        _ => unreachable!("both sides are of the file's format"),
    };
    Ok(DiffResult {
        subject: subject.to_string(),
        version: registered.version,
        file: file.display().to_string(),
        identical: changes.is_empty(),
        changes,
    })
}

/// What `schema delete` would delete.
pub struct DeletePlan {
    pub subject: String,
    pub permanent: bool,
    /// Live versions, or for a permanent delete of a soft-deleted subject,
    /// its soft-deleted ones.
    pub versions: Vec<i32>,
    already_soft: bool,
}

impl DeletePlan {
    /// What will happen, in words for the confirmation.
    pub fn describe(&self) -> String {
        let s = &self.subject;
        let list = self
            .versions
            .iter()
            .map(i32::to_string)
            .collect::<Vec<_>>()
            .join(", ");
        if self.permanent {
            format!("permanently delete subject {s:?} (versions {list}); this cannot be undone")
        } else {
            format!(
                "soft-delete subject {s:?} (versions {list}); `--permanent` would remove it for good"
            )
        }
    }
}

pub async fn plan_delete<R: SchemaRegistry>(
    registry: &R,
    subject: &str,
    permanent: bool,
) -> Result<DeletePlan> {
    let (versions, already_soft) = match registry.versions(subject).await {
        Ok(v) => (v, false),
        Err(RegistryError::SubjectNotFound { .. }) if permanent => {
            match registry.versions_with_deleted(subject).await {
                Ok(v) if !v.is_empty() => (v, true),
                Ok(_) | Err(RegistryError::SubjectNotFound { .. }) => {
                    return Err(RegistryError::SubjectNotFound {
                        subject: subject.to_string(),
                    }
                    .into())
                }
                Err(e) => return Err(e.into()),
            }
        }
        Err(e) => return Err(e.into()),
    };
    Ok(DeletePlan {
        subject: subject.to_string(),
        permanent,
        versions,
        already_soft,
    })
}

#[derive(Serialize)]
pub struct Deletion {
    pub subject: String,
    pub permanent: bool,
    pub versions: Vec<i32>,
    /// Soft-deleted, but the permanent delete then failed: why.
    #[serde(skip)]
    pub permanent_failed: Option<String>,
}

/// Soft-deletes (unless already soft-deleted), then with `permanent`
/// deletes for good.
pub async fn delete<R: SchemaRegistry>(registry: &R, plan: &DeletePlan) -> Result<Deletion> {
    let s = plan.subject.as_str();
    let mut soft = Vec::new();
    if !plan.already_soft {
        match registry.delete_subject(s, false).await {
            Ok(v) => soft = v,
            // Soft-deleted meanwhile: the permanent delete can go on.
            Err(RegistryError::SubjectSoftDeleted { .. }) if plan.permanent => {}
            // A registry that still lists a soft-deleted subject's versions
            // refuses a second soft delete with some other error (Apicurio):
            // soft-deleted is what GET /subjects no longer lists.
            Err(e) => {
                if registry.subjects().await?.iter().any(|x| x == s) {
                    return Err(anyhow!("nothing deleted: {e}"));
                }
                if !plan.permanent {
                    return Err(RegistryError::SubjectNotFound {
                        subject: s.to_string(),
                    }
                    .into());
                }
            }
        }
    }
    let mut done = Deletion {
        subject: s.to_string(),
        permanent: false,
        versions: soft.clone(),
        permanent_failed: None,
    };
    if plan.permanent {
        match registry.delete_subject(s, true).await {
            Ok(v) => {
                done.permanent = true;
                done.versions = v;
            }
            Err(e) if soft.is_empty() => return Err(anyhow!("nothing deleted: {e}")),
            Err(e) => done.permanent_failed = Some(e.to_string()),
        }
    }
    Ok(done)
}
