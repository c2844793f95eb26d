//! `kctl users list|create|delete`: SCRAM credentials through Kafka's
//! DescribeUserScramCredentials and AlterUserScramCredentials.
//!
//! The password comes from an environment variable (`--password-env`), a
//! file (`--password-file`, its first line) or a prompt without echo on a
//! terminal. It is held as a [`Secret`] (registered with the redactor) and
//! never printed.

use anyhow::{anyhow, bail, Context as _, Result};

use super::Ctx;
use crate::cli::{ScramMechanismArg, UsersCommand, UsersCreateArgs, UsersDeleteArgs};
use crate::exit::{CodedError, Outcome};
use crate::ops::ports::{AccessAdmin, ScramAlteration, ScramMechanism};
use crate::output::{self, acls as view};
use crate::settings::Secret;

pub async fn run(ctx: &Ctx, cmd: UsersCommand) -> Result<Outcome> {
    match cmd {
        UsersCommand::List(out) => {
            let users = ctx.admin()?.describe_scram(&[]).await?;
            output::render(out.format, &users, || view::users_text(&users))?;
            Ok(Outcome::Ok)
        }
        UsersCommand::Create(args) => create(ctx, args).await,
        UsersCommand::Delete(args) => delete(ctx, args).await,
    }
}

fn mechanism(m: ScramMechanismArg) -> ScramMechanism {
    match m {
        ScramMechanismArg::ScramSha256 => ScramMechanism::Sha256,
        ScramMechanismArg::ScramSha512 => ScramMechanism::Sha512,
    }
}

fn validate_name(name: &str) -> Result<()> {
    if name.is_empty() || name.trim() != name {
        return Err(CodedError::usage(format!(
            "invalid user name {name:?}: expected a non-empty name without surrounding spaces"
        )));
    }
    Ok(())
}

/// The new password, from the environment, a file or the terminal.
fn password(args: &UsersCreateArgs) -> Result<Secret> {
    let value = if let Some(var) = &args.password_env {
        std::env::var(var).map_err(|_| {
            CodedError::usage(format!(
                "--password-env {var}: the environment variable is not set"
            ))
        })?
    } else if let Some(file) = &args.password_file {
        let text = std::fs::read_to_string(file)
            .with_context(|| format!("cannot read the password file {}", file.display()))?;
        text.lines().next().unwrap_or_default().to_string()
    } else if output::interactive() {
        output::acls::new_password(&args.name)?
    } else {
        return Err(CodedError::usage(
            "no password: pass --password-env VAR or --password-file FILE (or run on a terminal to be asked)",
        ));
    };
    if value.is_empty() {
        return Err(CodedError::usage("the password is empty"));
    }
    Ok(Secret::new(value))
}

async fn create(ctx: &Ctx, args: UsersCreateArgs) -> Result<Outcome> {
    validate_name(&args.name)?;
    let secret = password(&args)?;
    let m = mechanism(args.mechanism);
    let admin = ctx.admin()?;
    let existing = admin
        .describe_scram(std::slice::from_ref(&args.name))
        .await?;
    let has = existing
        .iter()
        .any(|u| u.user == args.name && u.credentials.iter().any(|c| c.mechanism == m));
    if has && !args.replace {
        bail!(
            "user {:?} already has a {} credential: pass --replace to set a new password",
            args.name,
            m.name()
        );
    }
    let change = ScramAlteration::Upsert {
        user: &args.name,
        mechanism: m,
        iterations: args.iterations,
        password: secret.expose().as_bytes(),
    };
    let result = admin.alter_scram(&[change]).await?;
    match result.into_iter().next() {
        Some(Ok(())) => {
            output::stdout_text(&format!(
                "{} {} credential for user {} ({} iterations).\n",
                if has { "Replaced the" } else { "Created a" },
                m.name(),
                args.name,
                args.iterations
            ))?;
            Ok(Outcome::Ok)
        }
        Some(Err(e)) => Err(anyhow!("user {:?}: {e}", args.name)),
        None => Err(anyhow!(
            "user {:?}: the broker did not answer for this user",
            args.name
        )),
    }
}

async fn delete(ctx: &Ctx, args: UsersDeleteArgs) -> Result<Outcome> {
    validate_name(&args.name)?;
    let admin = ctx.admin()?;
    let existing = admin
        .describe_scram(std::slice::from_ref(&args.name))
        .await?;
    let have: Vec<ScramMechanism> = existing
        .iter()
        .filter(|u| u.user == args.name)
        .flat_map(|u| u.credentials.iter().map(|c| c.mechanism))
        .collect();
    let targets: Vec<ScramMechanism> = match args.mechanism.map(mechanism) {
        Some(m) if have.contains(&m) => vec![m],
        Some(m) => bail!("user {:?} has no {} credential", args.name, m.name()),
        None if have.is_empty() => bail!("user {:?} has no SCRAM credentials", args.name),
        None => have,
    };
    let names: Vec<&str> = targets.iter().map(|m| m.name()).collect();
    if !args.execute {
        output::stdout_text(&format!(
            "would delete the {} credential(s) of user {}\nDry run: nothing was changed. Pass --execute to delete.\n",
            names.join(" and "),
            args.name
        ))?;
        return Ok(Outcome::Ok);
    }
    if !args.yes
        && output::interactive()
        && !output::confirm(&format!(
            "Delete the {} credential(s) of {}?",
            names.join(" and "),
            args.name
        ))?
    {
        bail!("cancelled; nothing was changed");
    }
    let changes: Vec<ScramAlteration> = targets
        .iter()
        .map(|m| ScramAlteration::Delete {
            user: &args.name,
            mechanism: *m,
        })
        .collect();
    let results = admin.alter_scram(&changes).await?;
    if let Some(Err(e)) = results.iter().find(|r| r.is_err()) {
        bail!("user {:?}: {e}", args.name);
    }
    output::stdout_text(&format!(
        "Deleted the {} credential(s) of user {}.\n",
        names.join(" and "),
        args.name
    ))?;
    Ok(Outcome::Ok)
}
