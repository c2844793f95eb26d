//! `kctl acls list|create|delete|check`.
//!
//! `create` and `delete` are dry runs unless `--execute`; on a terminal they
//! ask first (`--yes` skips the question), as `dlq replay` does. `check`
//! decides against the ACLs a topics file declares (`-f`) or the cluster's,
//! and exits 3 when the answer is "denied".

use anyhow::{anyhow, bail, Context as _, Result};
use serde::Serialize;

use super::Ctx;
use crate::cli::{AclsChangeArgs, AclsCheckArgs, AclsCommand, AclsListArgs, OutputFormat};
use crate::domain::access::check::{self, Query};
use crate::domain::access::{self, spec as access_spec, Acl, PatternType};
use crate::exit::{CodedError, Outcome};
use crate::ops::acls as ops_acls;
use crate::ops::ports::{AccessAdmin, AclFilter};
use crate::output::{self, acls as view};

pub async fn run(ctx: &Ctx, cmd: AclsCommand) -> Result<Outcome> {
    match cmd {
        AclsCommand::List(args) => list(ctx, args).await,
        AclsCommand::Create(args) => change(ctx, args, true).await,
        AclsCommand::Delete(args) => change(ctx, args, false).await,
        AclsCommand::Check(args) => check(ctx, args).await,
    }
}

const NO_AUTHORIZER: &str =
    "the cluster has no authorizer (authorizer.class.name is not set), so it holds no ACLs";

async fn list(ctx: &Ctx, args: AclsListArgs) -> Result<Outcome> {
    let admin = ctx.admin()?;
    let mut acls = admin
        .describe_acls(&AclFilter::default())
        .await?
        .ok_or_else(|| anyhow!(NO_AUTHORIZER))?;
    acls.retain(|a| {
        args.principal.as_ref().is_none_or(|p| *p == a.principal)
            && args.operation.is_none_or(|o| o == a.operation)
            && args.resource.as_ref().is_none_or(|r| {
                let q = Query {
                    principal: a.principal.clone(),
                    operation: a.operation,
                    resource: r.clone(),
                    host: a.host.clone(),
                };
                check::applies(a, &q)
            })
    });
    output::render(args.output.format, &acls, || view::list_text(&acls))?;
    Ok(Outcome::Ok)
}

#[derive(Serialize)]
struct ChangeOutput<'a> {
    action: &'static str,
    executed: bool,
    acls: &'a [Acl],
    #[serde(skip_serializing_if = "Vec::is_empty")]
    errors: Vec<String>,
}

async fn change(ctx: &Ctx, args: AclsChangeArgs, create: bool) -> Result<Outcome> {
    access::validate_principal(&args.principal).map_err(CodedError::usage)?;
    if args.resource.name == "*" && args.pattern == PatternType::Prefixed {
        return Err(CodedError::usage(
            "--resource TYPE:* with --pattern prefixed matches nothing: use --pattern literal",
        ));
    }
    let acls: Vec<Acl> = args
        .operations
        .iter()
        .map(|op| Acl {
            principal: args.principal.clone(),
            resource_type: args.resource.resource_type,
            pattern: args.pattern,
            name: args.resource.name.clone(),
            operation: *op,
            permission: args.permission,
            host: args.host.clone(),
        })
        .collect();
    let (verb, done) = if create {
        ("create", "created")
    } else {
        ("delete", "deleted")
    };
    let format = args.output.format;
    let show = |executed: bool, label: &str, errors: Vec<String>| -> Result<()> {
        let value = ChangeOutput {
            action: verb,
            executed,
            acls: &acls,
            errors,
        };
        output::render(format, &value, || view::change_text(label, &acls, executed))?;
        Ok(())
    };
    if !args.execute {
        show(false, &format!("would {verb}"), Vec::new())?;
        return Ok(Outcome::Ok);
    }
    if !args.yes && output::interactive() {
        let question = format!(
            "{} {} ACL(s)?",
            if create { "Create" } else { "Delete" },
            acls.len()
        );
        if !output::confirm(&question)? {
            bail!("cancelled; nothing was changed");
        }
    }
    let admin = ctx.admin()?;
    let results: Vec<Result<(), String>> = if create {
        admin.create_acls(&acls).await?
    } else {
        let filters: Vec<AclFilter> = acls.iter().map(AclFilter::exact).collect();
        admin
            .delete_acls(&filters)
            .await?
            .into_iter()
            .map(|r| match r {
                Ok(gone) if gone.is_empty() => Err("no such ACL".to_string()),
                Ok(_) => Ok(()),
                Err(e) => Err(e),
            })
            .collect()
    };
    let errors: Vec<String> = acls
        .iter()
        .zip(&results)
        .filter_map(|(a, r)| r.as_ref().err().map(|e| format!("{}: {e}", a.describe())))
        .collect();
    let failed = errors.len();
    show(true, done, errors.clone())?;
    match failed {
        0 => Ok(Outcome::Ok),
        n if n == acls.len() => Err(anyhow!(
            "could not {verb} {}: {}",
            if n == 1 { "the ACL" } else { "any ACL" },
            errors.join("; ")
        )),
        _ => {
            for e in &errors {
                output::warn(&format!("FAILED {e}"));
            }
            Ok(Outcome::Partial)
        }
    }
}

async fn check(ctx: &Ctx, args: AclsCheckArgs) -> Result<Outcome> {
    access::validate_principal(&args.principal).map_err(CodedError::usage)?;
    let q = Query {
        principal: args.principal.clone(),
        operation: args.operation,
        resource: args.resource.clone(),
        host: args.host.clone(),
    };
    let (decision, of) = match &args.file {
        Some(file) => {
            let text = std::fs::read_to_string(file)
                .with_context(|| format!("cannot read {}", file.display()))?;
            let spec = access_spec::parse(&text, file)?.ok_or_else(|| {
                anyhow!(
                    "{} has no `access:` block: it declares no ACLs",
                    file.display()
                )
            })?;
            let desired = spec.desired();
            let d = check::decide(&q, desired.iter().map(|(a, s)| (a, s.as_slice())));
            (d, format!("ACLs declared in {}", file.display()))
        }
        None => {
            let admin = ctx.admin()?;
            let d = ops_acls::check_live(&admin, &q)
                .await?
                .ok_or_else(|| anyhow!("{NO_AUTHORIZER}: every client may do everything"))?;
            (d, "the cluster's ACLs".to_string())
        }
    };
    if args.output.format == OutputFormat::Table {
        output::stdout_text(&view::check_text(&q, &decision, &of))?;
    } else {
        #[derive(Serialize)]
        struct CheckOutput<'a> {
            query: &'a Query,
            of: &'a str,
            #[serde(flatten)]
            decision: &'a check::Decision,
        }
        output::render(
            args.output.format,
            &CheckOutput {
                query: &q,
                of: &of,
                decision: &decision,
            },
            String::new,
        )?;
    }
    Ok(if decision.allowed {
        Outcome::Ok
    } else {
        Outcome::Pending
    })
}
