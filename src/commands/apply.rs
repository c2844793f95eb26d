//! `kctl plan` and `kctl apply`: topics as code.
//!
//! Both read topics.yaml, pick the override block (`--overrides NAME`, else the
//! block named like the active kctl context, else none), observe the cluster
//! in batched requests and compute the plan. `plan` prints it and exits 3 when
//! changes are pending (1 when apply would refuse the plan: a refused step or
//! an incompatible schema). `apply`
//! prints it, asks on a terminal (`--yes` skips the question; without a
//! terminal, destructive steps need `--yes`), executes it and reports each step.

use std::path::Path;

use anyhow::{bail, Context as _, Result};

use super::Ctx;
use crate::cli::{ApplyArgs, OutputFormat, PlanArgs};
use crate::domain::access::plan::AclPlan;
use crate::domain::access::spec as access_spec;
use crate::domain::plan::{self, PlanOptions, PruneScope, TopicPlan};
use crate::domain::schema_plan::{self, SchemaApplyReport, SchemaPlan};
use crate::domain::spec;
use crate::exit::{CodedError, Outcome};
use crate::kafka::Admin;
use crate::ops;
use crate::ops::acls::AclApplyReport;
use crate::ops::apply::{self as executor, ApplyReport};
use crate::ops::interrupt;
use crate::ops::ports::TopicAdmin;
use crate::output::{self, acls as acl_view, apply as apply_view};
use crate::registry::Registry;

pub async fn plan(ctx: &Ctx, args: PlanArgs) -> Result<Outcome> {
    let prepared = prepare(ctx, &args).await?;
    let (p, schemas) = (&prepared.plan, prepared.schemas.as_ref());
    let acls = prepared.acls.as_ref();
    let file = args.file.as_path();
    output::render(
        args.output.format,
        &apply_view::PlanOutput {
            file,
            plan: p,
            schemas,
            acls,
        },
        || full_text(file, p, schemas, acls),
    )?;
    // Exit 3 promises that applying would succeed: a plan apply would refuse
    // is an error instead.
    let incompatible = schemas.map_or(0, |sp| sp.counts().incompatible);
    if let Some(why) = executor::refusal(p.summary.refused, incompatible) {
        bail!(why);
    }
    Ok(if in_sync(p, schemas, acls) {
        Outcome::Ok
    } else {
        Outcome::Pending
    })
}

/// Topics, schemas and ACLs all match the file.
fn in_sync(p: &TopicPlan, schemas: Option<&SchemaPlan>, acls: Option<&AclPlan>) -> bool {
    p.in_sync()
        && !schemas.is_some_and(SchemaPlan::has_changes)
        && !acls.is_some_and(AclPlan::has_changes)
}

/// The plan as people read it: topics, schemas, then ACLs.
fn full_text(
    file: &Path,
    p: &TopicPlan,
    schemas: Option<&SchemaPlan>,
    acls: Option<&AclPlan>,
) -> String {
    let mut text = apply_view::full_text(file, p, schemas);
    if let Some(a) = acls {
        text.push_str(&acl_view::plan_text(a));
    }
    text
}

pub async fn apply(ctx: &Ctx, args: ApplyArgs) -> Result<Outcome> {
    let format = args.plan.output.format;
    let file = args.plan.file.as_path();
    let prepared = prepare(ctx, &args.plan).await?;
    let (p, schemas) = (&prepared.plan, prepared.schemas.as_ref());
    let acls = prepared.acls.as_ref();
    let table = format == OutputFormat::Table;
    if table {
        output::stdout_text(&full_text(file, p, schemas, acls))?;
    }
    let emit = |report: Option<&ApplyReport>,
                schema_report: Option<&SchemaApplyReport>,
                acl_report: Option<&AclApplyReport>|
     -> Result<()> {
        if !table {
            output::render(
                format,
                &apply_view::ApplyOutput {
                    file,
                    plan: p,
                    schemas,
                    acls,
                    report,
                    schema_report,
                    acl_report,
                },
                String::new,
            )?;
        }
        Ok(())
    };
    if in_sync(p, schemas, acls) {
        emit(None, None, None)?;
        return Ok(Outcome::Ok);
    }
    if p.has_refusals() {
        emit(None, None, None)?;
        bail!(
            "the plan has {} refused step(s) (see above); nothing was changed",
            p.summary.refused
        );
    }
    // Compatibility is checked before anything changes: an incompatible
    // schema stops the whole apply, topics included, unless told otherwise.
    let incompatible = schemas.map_or(0, |sp| sp.counts().incompatible);
    if incompatible > 0 && !args.continue_on_error {
        emit(None, None, None)?;
        bail!(
            "{incompatible} schema(s) are incompatible with the registry (see above); nothing was \
             changed (--continue-on-error applies everything else)"
        );
    }
    let schema_steps = schemas.map_or(0, |sp| {
        let c = sp.counts();
        c.register + c.new_versions + c.level_changes
    });
    let acl_steps = acls.map_or(0, |a| a.steps.len());
    let steps = p.executable().count() + schema_steps + acl_steps;
    let destructive = p.summary.destructive + acls.map_or(0, AclPlan::destructive);
    if let Err(e) = super::confirm(steps, destructive, args.yes) {
        emit(None, None, None)?;
        return Err(e);
    }

    interrupt::handle_myself();
    let report = executor::execute(&prepared.admin, p, |r| {
        if table {
            // A closed stdout must not stop the steps; the exit code still tells.
            let _ = output::stdout_text(&apply_view::result_line(r));
        }
    })
    .await;
    // Schemas go after topics, so a producer never finds a subject for a
    // topic that failed to exist; nothing more starts after Ctrl-C.
    let schema_report = match (schemas, &prepared.registry) {
        (Some(sp), Some(registry)) if sp.has_changes() && !report.interrupted => {
            Some(ops::schemas::apply_schemas(sp, registry).await)
        }
        _ => None,
    };
    // ACLs go last: a grant on a topic that failed to exist would be
    // harmless, but a rule is never removed before its replacement exists.
    let acl_report = match acls {
        Some(a) if a.has_changes() && !report.interrupted && !interrupt::requested() => {
            if table {
                let _ = output::stdout_text("\n");
            }
            Some(
                ops::acls::execute(&prepared.admin, a, |r| {
                    if table {
                        let _ = output::stdout_text(&acl_view::result_line(r));
                    }
                })
                .await,
            )
        }
        _ => None,
    };
    emit(Some(&report), schema_report.as_ref(), acl_report.as_ref())?;
    if table {
        if let Some(sr) = &schema_report {
            output::stdout_text(&apply_view::schema_report_text(sr))?;
        }
        output::stdout_text(&apply_view::report_summary(&report))?;
        if let Some(ar) = &acl_report {
            output::stdout_text(&acl_view::report_summary(ar))?;
        }
    }
    if report.interrupted || interrupt::requested() {
        return Ok(Outcome::Interrupted);
    }
    let base = executor::outcome(&report, schema_report.as_ref(), incompatible);
    match &acl_report {
        Some(ar) => {
            let schema_done = schema_report.as_ref().map_or(0, |r| {
                r.count(crate::domain::schema_plan::SchemaStepStatus::Done)
            });
            ops::acls::outcome(base, report.done + schema_done, ar)
        }
        None => base,
    }
}

/// Reads and resolves the file, observes the cluster, computes the plan.
struct Prepared {
    admin: Admin,
    plan: TopicPlan,
    /// `None` when no topic binds a schema (the registry is not contacted).
    schemas: Option<SchemaPlan>,
    registry: Option<Registry>,
    /// `None` when the file has no `access:` block.
    acls: Option<AclPlan>,
}

async fn prepare(ctx: &Ctx, args: &PlanArgs) -> Result<Prepared> {
    let options = PlanOptions {
        prune: prune_scope(args)?,
        prune_configs: args.prune_configs,
        prune_config_keys: None,
    };
    let text = std::fs::read_to_string(&args.file)
        .with_context(|| format!("cannot read {}", args.file.display()))?;
    let file = spec::parse(&text, &args.file)?;
    let access = access_spec::parse(&text, &args.file)?;
    if args.prune_acls && access.as_ref().and_then(|a| a.prune.as_ref()).is_none() {
        return Err(CodedError::usage(format!(
            "--prune-acls needs a scope: declare `access: prune:` (principals or resource_prefixes) in {}",
            args.file.display()
        )));
    }
    let settings = ctx.settings()?;
    let (overrides, by_context) = file
        .choose_override(
            args.no_overrides,
            args.overrides.as_deref(),
            settings.context.as_deref(),
        )
        .map_err(CodedError::usage)?;
    if let (Some(o), true) = (&overrides, by_context) {
        output::status(&format!(
            "using override block {o:?} (named like the active context)"
        ));
    }
    let spec = file.resolve(overrides.as_deref())?;
    file.check_schema_files(&spec, Path::is_file)?;
    let bindings = schema_plan::bindings(&spec);
    // Schema files are read and the registry asked before the cluster is
    // touched, so a broken schema file fails fast.
    let (schemas, registry) = if bindings.is_empty() {
        (None, None)
    } else {
        let registry = Registry::new(&settings.registry, settings.timeout);
        let sp = ops::schemas::plan_schemas(&bindings, Path::new(""), &registry).await?;
        (Some(sp), Some(registry))
    };
    let admin = Admin::connect(&settings)?;
    let names: Vec<&str> = spec.topics.iter().map(|t| t.name.as_str()).collect();
    let state = admin.cluster_state(&names).await?;
    let plan = plan::compute(&spec, &state, &options);
    let acls = match &access {
        Some(a) => Some(ops::acls::plan_acls(&admin, a, args.prune_acls).await?),
        None => None,
    };
    Ok(Prepared {
        admin,
        plan,
        schemas,
        registry,
        acls,
    })
}

fn prune_scope(args: &PlanArgs) -> Result<Option<PruneScope>> {
    PruneScope::from_flags(
        args.prune,
        args.prune_prefix.as_deref(),
        args.prune_regex.as_deref(),
    )
    .map_err(CodedError::usage)
}
