//! `kctl schema list|get|register|check|compat|diff|delete`: the steps are in
//! `ops::schema`, their rendering in `output::schema`.

use anyhow::Result;

use super::Ctx;
use crate::cli::SchemaCommand;
use crate::exit::{CodedError, Outcome};
use crate::ops::schema;
use crate::output::{self, schema as view};

pub async fn run(ctx: &Ctx, cmd: SchemaCommand) -> Result<Outcome> {
    let registry = ctx.registry()?;
    let r = &registry;
    match cmd {
        SchemaCommand::List(a) => {
            let rows = schema::list(r, a.prefix.as_deref()).await?;
            output::render(a.output.format, &rows, || view::list_text(&rows))?;
        }
        SchemaCommand::Get(a) => {
            // clap requires SUBJECT when --id is absent.
            let subject = a.subject.unwrap_or_default();
            let fetched = schema::get(r, a.id, &subject, &a.version).await?;
            view::render_fetched(a.output.format, &fetched)?;
        }
        SchemaCommand::Register(a) => {
            let refs = &a.references.references;
            let done = schema::register(r, &a.subject, &a.file, refs).await?;
            output::render(a.output.format, &done, || view::registration_text(&done))?;
        }
        SchemaCommand::Check(a) => {
            let refs = &a.references.references;
            let c = schema::check(r, &a.subject, &a.file, refs).await?;
            if c.latest_version.is_none() {
                output::warn(&format!(
                    "subject {:?} has no versions yet: any valid schema is compatible",
                    a.subject
                ));
            }
            output::render(a.output.format, &c, || view::check_text(&c))?;
            // Exit 3 would say "registering would succeed"; the registry would
            // refuse this schema, so it is an error.
            if !c.compatible {
                anyhow::bail!(
                    "{} is incompatible with subject {:?}: the registry would refuse to register it (see above)",
                    a.file.display(),
                    a.subject
                );
            }
        }
        SchemaCommand::Compat(a) => {
            let v = schema::compat(r, a.subject.as_deref(), a.level.as_deref()).await?;
            if v.no_versions {
                let s = v.subject.as_deref().unwrap_or_default();
                output::warn(&format!("subject {s:?} has no registered versions"));
            }
            output::render(a.output.format, &v, || view::level_text(&v))?;
        }
        SchemaCommand::Diff(a) => {
            let refs = &a.references.references;
            let d = schema::diff(r, &a.subject, &a.version, &a.file, refs).await?;
            output::render(a.output.format, &d, || view::diff_text(&d))?;
            if !d.identical {
                return Ok(Outcome::Pending);
            }
        }
        SchemaCommand::Delete(a) => {
            let plan = schema::plan_delete(r, &a.subject, a.permanent).await?;
            let what = plan.describe();
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
            let done = schema::delete(r, &plan).await?;
            if let Some(e) = &done.permanent_failed {
                output::warn(&format!(
                    "soft-deleted versions {:?} of {:?}, but the permanent delete failed: {e}",
                    done.versions, a.subject
                ));
            }
            output::render(a.output.format, &done, || view::deletion_text(&done))?;
            if done.permanent_failed.is_some() {
                return Ok(Outcome::Partial);
            }
        }
    }
    Ok(Outcome::Ok)
}
