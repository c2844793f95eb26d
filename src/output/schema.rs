//! Rendering for `kctl schema`: subject lists, fetched schemas, registration,
//! compatibility checks and levels, diffs and deletions.

use serde::Serialize;
use serde_json::Value;

use crate::domain::subject::Reference;
use crate::ops::ports::{SchemaById, SchemaVersion};
use crate::ops::schema::{
    CheckResult, Deletion, DiffResult, Fetched, LevelView, Registration, SubjectRow,
};

fn refs_text(refs: &[Reference]) -> String {
    if refs.is_empty() {
        return "-".to_string();
    }
    refs.iter()
        .map(|r| format!("{}={}:{}", r.name, r.subject, r.version))
        .collect::<Vec<_>>()
        .join(", ")
}

fn pretty_schema(text: &str) -> String {
    serde_json::from_str::<Value>(text)
        .ok()
        .and_then(|v| serde_json::to_string_pretty(&v).ok())
        .unwrap_or_else(|| text.to_string())
}

pub fn list_text(rows: &[SubjectRow]) -> String {
    super::table(
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
}

#[derive(Serialize)]
struct ById<'a> {
    id: u32,
    #[serde(rename = "schemaType")]
    schema_type: &'a str,
    references: &'a [Reference],
    schema: &'a str,
}

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

fn by_id(id: u32, s: &SchemaById) -> ById<'_> {
    ById {
        id,
        schema_type: s.schema_type.as_deref().unwrap_or("AVRO"),
        references: &s.references,
        schema: &s.schema,
    }
}

fn full(v: &SchemaVersion) -> Full<'_> {
    Full {
        subject: &v.subject,
        version: v.version,
        id: v.id,
        schema_type: v.schema_type.as_deref().unwrap_or("AVRO"),
        references: &v.references,
        schema: &v.schema,
    }
}

/// `schema get`, in `format`.
pub fn render_fetched(format: crate::cli::OutputFormat, f: &Fetched) -> std::io::Result<()> {
    match f {
        Fetched::ById(id, s) => {
            let v = by_id(*id, s);
            super::render(format, &v, || {
                format!(
                    "Id:          {id}\nType:        {}\nReferences:  {}\n\n{}\n",
                    v.schema_type,
                    refs_text(&s.references),
                    pretty_schema(&s.schema)
                )
            })
        }
        Fetched::Version(v) => {
            let full = full(v);
            super::render(format, &full, || {
                format!(
                    "Subject:     {}\nVersion:     {}\nId:          {}\nType:        {}\nReferences:  {}\n\n{}\n",
                    full.subject,
                    full.version,
                    full.id,
                    full.schema_type,
                    refs_text(full.references),
                    pretty_schema(full.schema)
                )
            })
        }
    }
}

pub fn registration_text(r: &Registration) -> String {
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
}

pub fn check_text(r: &CheckResult) -> String {
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
}

pub fn level_text(view: &LevelView) -> String {
    let who = view
        .subject
        .clone()
        .unwrap_or_else(|| "(global)".to_string());
    match &view.previous {
        Some(p) => format!("compatibility of {who}: {p} -> {}\n", view.level),
        None => super::table(
            ["SUBJECT", "LEVEL", "SOURCE"],
            [vec![who, view.level.clone(), view.source.to_string()]],
        ),
    }
}

pub fn diff_text(r: &DiffResult) -> String {
    if r.identical {
        return format!(
            "no differences between {} version {} and {}\n",
            r.subject, r.version, r.file
        );
    }
    super::table(
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
}

pub fn deletion_text(done: &Deletion) -> String {
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
}
