//! `kctl schema list|get|register|check|compat|diff|delete`.
//!
//! Local files are parsed (with their references) before anything is sent, so
//! an invalid file is reported with its name and the parser's reason.

use std::path::Path;

use anyhow::{anyhow, Context, Result};
use serde::Serialize;
use serde_json::Value;

use super::Ctx;
use crate::cli::{
    ReferenceArgs, SchemaCheckArgs, SchemaCommand, SchemaCompatArgs, SchemaDeleteArgs,
    SchemaDiffArgs, SchemaGetArgs, SchemaListArgs, SchemaRegisterArgs,
};
use crate::domain::schema_diff::{self, Change};
use crate::domain::schema_plan::{self, LEVELS};
use crate::domain::subject::Reference;
use crate::exit::{CodedError, Outcome};
use crate::output;
use crate::registry::{Registry, RegistryError, SchemaVersion};

pub async fn run(ctx: &Ctx, cmd: SchemaCommand) -> Result<Outcome> {
    let registry = ctx.registry()?;
    match cmd {
        SchemaCommand::List(a) => list(&registry, a).await,
        SchemaCommand::Get(a) => get(&registry, a).await,
        SchemaCommand::Register(a) => register(&registry, a).await,
        SchemaCommand::Check(a) => check(&registry, a).await,
        SchemaCommand::Compat(a) => compat(&registry, a).await,
        SchemaCommand::Diff(a) => diff(&registry, a).await,
        SchemaCommand::Delete(a) => delete(&registry, a).await,
    }
}

// ----- shared helpers -----

/// `latest` or a positive number; anything else is a usage error.
fn version_arg(v: &str) -> Result<String> {
    if v == "latest" || v.parse::<i32>().is_ok_and(|n| n > 0) {
        Ok(v.to_string())
    } else {
        Err(CodedError::usage(format!(
            "invalid --version {v:?}: expected a positive number or \"latest\""
        )))
    }
}

fn refs_text(refs: &[Reference]) -> String {
    if refs.is_empty() {
        return "-".to_string();
    }
    refs.iter()
        .map(|r| format!("{}={}:{}", r.name, r.subject, r.version))
        .collect::<Vec<_>>()
        .join(", ")
}

/// A local schema file, read and checked to be JSON, in its compact form.
fn read_schema_file(file: &Path) -> Result<String> {
    let text = std::fs::read_to_string(file)
        .with_context(|| format!("cannot read schema file {}", file.display()))?;
    let json = schema_plan::parse_json(file, &text).map_err(anyhow::Error::msg)?;
    Ok(json.to_string())
}

/// The references to register `file` with: the `--reference` flags, or else
/// those of `subject`'s latest version (none if the subject does not exist).
async fn references(
    registry: &Registry,
    subject: &str,
    args: &ReferenceArgs,
) -> Result<Vec<Reference>> {
    if args.references.is_empty() {
        return match registry.version(subject, "latest").await {
            Ok(v) => Ok(v.references),
            Err(RegistryError::SubjectNotFound { .. } | RegistryError::VersionNotFound { .. }) => {
                Ok(Vec::new())
            }
            Err(e) => Err(e.into()),
        };
    }
    let mut out = Vec::with_capacity(args.references.len());
    for r in &args.references {
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

/// The texts of everything `refs` needs, dependencies first.
async fn reference_texts(registry: &Registry, refs: &[Reference]) -> Result<Vec<String>> {
    registry
        .reference_texts(refs)
        .await
        .map_err(|e| anyhow!("cannot fetch the referenced schemas: {e}"))
}

/// Parses a local schema with its references, as the registry will.
async fn parse_local(
    registry: &Registry,
    file: &Path,
    schema: &str,
    refs: &[Reference],
) -> Result<(apache_avro::Schema, Vec<apache_avro::Schema>)> {
    let deps = reference_texts(registry, refs).await?;
    kctl_avro::schema::parse_with_dependencies(schema, &deps)
        .map_err(|reason| anyhow!("{}: invalid Avro schema: {reason}", file.display()))
}

fn pretty_schema(text: &str) -> String {
    serde_json::from_str::<Value>(text)
        .ok()
        .and_then(|v| serde_json::to_string_pretty(&v).ok())
        .unwrap_or_else(|| text.to_string())
}

// ----- list -----

#[derive(Serialize)]
struct SubjectRow {
    subject: String,
    version: i32,
    id: u32,
    #[serde(rename = "schemaType")]
    schema_type: String,
    references: Vec<Reference>,
}

async fn list(registry: &Registry, a: SchemaListArgs) -> Result<Outcome> {
    let mut subjects = registry.subjects().await?;
    if let Some(p) = &a.prefix {
        subjects.retain(|s| s.starts_with(p.as_str()));
    }
    subjects.sort();
    // Latest versions fetched a few at a time: one request per subject.
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
                Err(
                    RegistryError::SubjectNotFound { .. } | RegistryError::VersionNotFound { .. },
                ) => {}
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
    output::render(a.output.format, &rows, || {
        output::table(
            ["SUBJECT", "VERSION", "ID", "TYPE", "REFERENCES"],
            rows.iter().map(|r| {
                vec![
                    r.subject.clone(),
                    r.version.to_string(),
                    r.id.to_string(),
                    r.schema_type.clone(),
                    refs_text(&r.references),
                ]
            }),
        )
    })?;
    Ok(Outcome::Ok)
}

// ----- get -----

async fn get(registry: &Registry, a: SchemaGetArgs) -> Result<Outcome> {
    if let Some(id) = a.id {
        let s = registry.schema_by_id(id).await?;
        #[derive(Serialize)]
        struct ById<'a> {
            id: u32,
            #[serde(rename = "schemaType")]
            schema_type: &'a str,
            references: &'a [Reference],
            schema: &'a str,
        }
        let v = ById {
            id,
            schema_type: s.schema_type.as_deref().unwrap_or("AVRO"),
            references: &s.references,
            schema: &s.schema,
        };
        output::render(a.output.format, &v, || {
            format!(
                "Id:          {id}\nType:        {}\nReferences:  {}\n\n{}\n",
                v.schema_type,
                refs_text(&s.references),
                pretty_schema(&s.schema)
            )
        })?;
        return Ok(Outcome::Ok);
    }
    // clap requires SUBJECT when --id is absent.
    let subject = a.subject.unwrap_or_default();
    let v = registry
        .version(&subject, &version_arg(&a.version)?)
        .await?;
    #[derive(Serialize)]
    struct Full<'a> {
        subject: &'a str,
        version: i32,
        id: u32,
        #[serde(rename = "schemaType")]
        schema_type: &'a str,
        references: &'a [Reference],
        schema: &'a str,
    }
    let full = Full {
        subject: &v.subject,
        version: v.version,
        id: v.id,
        schema_type: v.schema_type.as_deref().unwrap_or("AVRO"),
        references: &v.references,
        schema: &v.schema,
    };
    output::render(a.output.format, &full, || {
        format!(
            "Subject:     {}\nVersion:     {}\nId:          {}\nType:        {}\nReferences:  {}\n\n{}\n",
            full.subject,
            full.version,
            full.id,
            full.schema_type,
            refs_text(full.references),
            pretty_schema(full.schema)
        )
    })?;
    Ok(Outcome::Ok)
}

// ----- register -----

#[derive(Serialize)]
struct Registration {
    subject: String,
    version: i32,
    id: u32,
    /// False when the registry already held this schema under the subject.
    registered: bool,
    references: Vec<Reference>,
}

async fn register(registry: &Registry, a: SchemaRegisterArgs) -> Result<Outcome> {
    let schema = read_schema_file(&a.file)?;
    let refs = references(registry, &a.subject, &a.references).await?;
    parse_local(registry, &a.file, &schema, &refs).await?;
    let existing = registry.lookup(&a.subject, &schema, None, &refs).await?;
    let (v, registered) = match existing {
        Some(v) => (v, false),
        None => {
            registry.register(&a.subject, &schema, None, &refs).await?;
            let v = registry
                .lookup(&a.subject, &schema, None, &refs)
                .await?
                .ok_or_else(|| {
                    anyhow!(
                        "registered under {:?}, but the registry cannot find it again",
                        a.subject
                    )
                })?;
            (v, true)
        }
    };
    let r = Registration {
        subject: v.subject,
        version: v.version,
        id: v.id,
        registered,
        references: refs,
    };
    output::render(a.output.format, &r, || {
        if r.registered {
            format!(
                "registered {} version {} (id {})\n",
                r.subject, r.version, r.id
            )
        } else {
            format!(
                "unchanged: {} already holds this schema as version {} (id {})\n",
                r.subject, r.version, r.id
            )
        }
    })?;
    Ok(Outcome::Ok)
}

// ----- check -----

#[derive(Serialize)]
struct CheckResult {
    subject: String,
    compatible: bool,
    /// The version checked against; `None` when the subject has none yet.
    latest_version: Option<i32>,
    level: String,
    messages: Vec<String>,
}

async fn check(registry: &Registry, a: SchemaCheckArgs) -> Result<Outcome> {
    let schema = read_schema_file(&a.file)?;
    let refs = references(registry, &a.subject, &a.references).await?;
    parse_local(registry, &a.file, &schema, &refs).await?;
    let latest = match registry.version(&a.subject, "latest").await {
        Ok(v) => Some(v.version),
        Err(RegistryError::SubjectNotFound { .. } | RegistryError::VersionNotFound { .. }) => None,
        Err(e) => return Err(e.into()),
    };
    let level = registry.compatibility_level(Some(&a.subject)).await?;
    let c = match latest {
        Some(_) => {
            registry
                .check_compatibility(&a.subject, &schema, None, &refs)
                .await?
        }
        None => {
            output::warn(&format!(
                "subject {:?} has no versions yet: any valid schema is compatible",
                a.subject
            ));
            crate::registry::Compatibility {
                is_compatible: true,
                messages: Vec::new(),
            }
        }
    };
    let r = CheckResult {
        subject: a.subject.clone(),
        compatible: c.is_compatible,
        latest_version: latest,
        level,
        messages: c.messages,
    };
    output::render(a.output.format, &r, || {
        let against = match r.latest_version {
            Some(v) => format!("{} version {v}", r.subject),
            None => r.subject.clone(),
        };
        if r.compatible {
            format!("compatible with {against} (compatibility {})\n", r.level)
        } else {
            let mut s = format!("INCOMPATIBLE with {against} (compatibility {}):\n", r.level);
            if r.messages.is_empty() {
                s.push_str("  - the registry gave no reason\n");
            }
            for m in &r.messages {
                s.push_str(&format!("  - {m}\n"));
            }
            s
        }
    })?;
    Ok(if r.compatible {
        Outcome::Ok
    } else {
        Outcome::Pending
    })
}

// ----- compat -----

#[derive(Serialize)]
struct LevelView {
    subject: Option<String>,
    level: String,
    /// `subject` when set on the subject itself, else `global`.
    source: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    previous: Option<String>,
}

fn level_arg(l: &str) -> Result<&'static str> {
    schema_plan::normalize_level(l).ok_or_else(|| {
        CodedError::usage(format!(
            "invalid compatibility level {l:?}: expected one of {}",
            LEVELS.join(", ")
        ))
    })
}

async fn compat(registry: &Registry, a: SchemaCompatArgs) -> Result<Outcome> {
    let view = match (a.subject.as_deref(), a.level.as_deref()) {
        (None, _) => LevelView {
            subject: None,
            level: registry.compatibility_level(None).await?,
            source: "global",
            previous: None,
        },
        (Some(one), None) if schema_plan::normalize_level(one).is_some() => {
            let level = level_arg(one)?;
            let previous = registry.compatibility_level(None).await?;
            let level = registry.set_compatibility_level(None, level).await?;
            LevelView {
                subject: None,
                level,
                source: "global",
                previous: Some(previous),
            }
        }
        (Some(s), None) => {
            let own = registry.own_compatibility_level(s).await?;
            if let Err(RegistryError::SubjectNotFound { .. }) = registry.versions(s).await {
                output::warn(&format!("subject {s:?} has no registered versions"));
            }
            match own {
                Some(level) => LevelView {
                    subject: Some(s.to_string()),
                    level,
                    source: "subject",
                    previous: None,
                },
                None => LevelView {
                    subject: Some(s.to_string()),
                    level: registry.compatibility_level(None).await?,
                    source: "global",
                    previous: None,
                },
            }
        }
        (Some(s), Some(l)) => {
            let level = level_arg(l)?;
            let previous = registry.compatibility_level(Some(s)).await?;
            let level = registry.set_compatibility_level(Some(s), level).await?;
            LevelView {
                subject: Some(s.to_string()),
                level,
                source: "subject",
                previous: Some(previous),
            }
        }
    };
    output::render(a.output.format, &view, || {
        let who = view
            .subject
            .clone()
            .unwrap_or_else(|| "(global)".to_string());
        match &view.previous {
            Some(p) => format!("compatibility of {who}: {p} -> {}\n", view.level),
            None => output::table(
                ["SUBJECT", "LEVEL", "SOURCE"],
                [vec![who, view.level.clone(), view.source.to_string()]],
            ),
        }
    })?;
    Ok(Outcome::Ok)
}

// ----- diff -----

#[derive(Serialize)]
struct DiffResult {
    subject: String,
    version: i32,
    file: String,
    identical: bool,
    changes: Vec<Change>,
}

async fn diff(registry: &Registry, a: SchemaDiffArgs) -> Result<Outcome> {
    let schema = read_schema_file(&a.file)?;
    let registered = registry
        .version(&a.subject, &version_arg(&a.version)?)
        .await?;
    if let Some(t) = registered
        .schema_type
        .as_deref()
        .filter(|t| !t.eq_ignore_ascii_case("AVRO"))
    {
        return Err(anyhow!(
            "{} version {} is a {t} schema; kctl compares Avro schemas",
            a.subject,
            registered.version
        ));
    }
    let old_deps = reference_texts(registry, &registered.references).await?;
    let (old, old_parsed) =
        kctl_avro::schema::parse_with_dependencies(&registered.schema, &old_deps).map_err(|e| {
            anyhow!(
                "{} version {} does not parse: {e}",
                a.subject,
                registered.version
            )
        })?;
    // The local file uses the --reference flags, or the compared version's references.
    let refs = if a.references.references.is_empty() {
        registered.references.clone()
    } else {
        references(registry, &a.subject, &a.references).await?
    };
    let (new, new_parsed) = parse_local(registry, &a.file, &schema, &refs).await?;
    let changes = schema_diff::diff(&old, &old_parsed, &new, &new_parsed);
    let r = DiffResult {
        subject: a.subject.clone(),
        version: registered.version,
        file: a.file.display().to_string(),
        identical: changes.is_empty(),
        changes,
    };
    output::render(a.output.format, &r, || {
        if r.identical {
            return format!(
                "no differences between {} version {} and {}\n",
                r.subject, r.version, r.file
            );
        }
        output::table(
            ["PATH", "CHANGE", "OLD", "NEW"],
            r.changes.iter().map(|c| {
                vec![
                    c.path.clone(),
                    c.change.as_str().to_string(),
                    c.old.clone().unwrap_or_else(|| "-".into()),
                    c.new.clone().unwrap_or_else(|| "-".into()),
                ]
            }),
        )
    })?;
    Ok(if r.identical {
        Outcome::Ok
    } else {
        Outcome::Pending
    })
}

// ----- delete -----

#[derive(Serialize)]
struct Deletion {
    subject: String,
    permanent: bool,
    versions: Vec<i32>,
}

async fn delete(registry: &Registry, a: SchemaDeleteArgs) -> Result<Outcome> {
    let s = a.subject.as_str();
    // What exists: live versions, or (for --permanent) soft-deleted ones.
    let (versions, already_soft) = match registry.versions(s).await {
        Ok(v) => (v, false),
        Err(RegistryError::SubjectNotFound { .. }) if a.permanent => {
            match registry.versions_with_deleted(s).await {
                Ok(v) if !v.is_empty() => (v, true),
                Ok(_) | Err(RegistryError::SubjectNotFound { .. }) => {
                    return Err(RegistryError::SubjectNotFound {
                        subject: s.to_string(),
                    }
                    .into())
                }
                Err(e) => return Err(e.into()),
            }
        }
        Err(e) => return Err(e.into()),
    };
    let list = versions
        .iter()
        .map(i32::to_string)
        .collect::<Vec<_>>()
        .join(", ");
    let what = if a.permanent {
        format!("permanently delete subject {s:?} (versions {list}); this cannot be undone")
    } else {
        format!(
            "soft-delete subject {s:?} (versions {list}); `--permanent` would remove it for good"
        )
    };
    if !a.yes {
        if !output::interactive() {
            return Err(CodedError::usage(format!(
                "refusing to {what} without confirmation: pass --yes (no terminal to ask on)"
            )));
        }
        output::status(&format!("kctl will {what}."));
        if !output::confirm("Delete?")? {
            output::status("nothing deleted");
            return Ok(Outcome::Ok);
        }
    }
    let mut soft = Vec::new();
    if !already_soft {
        match registry.delete_subject(s, false).await {
            Ok(v) => soft = v,
            // Soft-deleted meanwhile: the permanent delete can go on.
            Err(RegistryError::SubjectSoftDeleted { .. }) if a.permanent => {}
            // A registry that still lists a soft-deleted subject's versions
            // refuses a second soft delete with some other error (Apicurio):
            // soft-deleted is what GET /subjects no longer lists.
            Err(e) => {
                if registry.subjects().await?.iter().any(|x| x == s) {
                    return Err(anyhow!("nothing deleted: {e}"));
                }
                if !a.permanent {
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
    };
    let mut outcome = Outcome::Ok;
    if a.permanent {
        match registry.delete_subject(s, true).await {
            Ok(v) => {
                done.permanent = true;
                done.versions = v;
            }
            Err(e) if soft.is_empty() => return Err(anyhow!("nothing deleted: {e}")),
            Err(e) => {
                output::warn(&format!(
                    "soft-deleted versions {:?} of {s:?}, but the permanent delete failed: {e}",
                    soft
                ));
                outcome = Outcome::Partial;
            }
        }
    }
    output::render(a.output.format, &done, || {
        let list = done
            .versions
            .iter()
            .map(i32::to_string)
            .collect::<Vec<_>>()
            .join(", ");
        format!(
            "{} subject {} (versions {list})\n",
            if done.permanent {
                "permanently deleted"
            } else {
                "soft-deleted"
            },
            done.subject
        )
    })?;
    Ok(outcome)
}
