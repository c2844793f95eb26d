//! Rendering for access: ACL tables, the ACL section of a plan and its
//! results, `acls check` answers, SCRAM users, and the password prompt.

use crate::domain::access::check::{Decision, Query, Reason};
use crate::domain::access::plan::{AclAction, AclPlan};
use crate::domain::access::{Acl, PatternType};
use crate::ops::acls::{AclApplyReport, AclStepResult};
use crate::ops::apply::TopicStepStatus;
use crate::ops::ports::ScramUser;

pub const ACL_HEADERS: [&str; 7] = [
    "PRINCIPAL",
    "PERMISSION",
    "OPERATION",
    "TYPE",
    "NAME",
    "PATTERN",
    "HOST",
];

fn row(a: &Acl) -> Vec<String> {
    vec![
        a.principal.clone(),
        a.permission.to_string(),
        a.operation.to_string(),
        a.resource_type.to_string(),
        a.name.clone(),
        a.pattern.to_string(),
        a.host.clone(),
    ]
}

/// `kctl acls list` as a table.
pub fn list_text(acls: &[Acl]) -> String {
    if acls.is_empty() {
        return "No ACLs.\n".into();
    }
    super::table(ACL_HEADERS, acls.iter().map(row))
}

/// The ACL section of `kctl plan`, after topics and schemas.
pub fn plan_text(p: &AclPlan) -> String {
    let c = &p.summary;
    if !p.authorizer {
        return format!(
            "\nACLs: the cluster has no authorizer (authorizer.class.name is not set): \
             {} declared ACL(s) not applicable, nothing planned.\n",
            c.not_applicable
        );
    }
    let mut s = String::new();
    if p.has_changes() {
        s.push_str("\nACLs:\n\n");
        let mut headers = vec!["ACTION"];
        headers.extend(ACL_HEADERS);
        headers.push("FROM");
        s.push_str(&super::table(
            headers,
            p.steps.iter().map(|step| {
                let mut r = vec![action(step.action).to_string()];
                r.extend(row(&step.acl));
                r.push(step.sources.join(", "));
                r
            }),
        ));
    }
    s.push_str(&format!(
        "\nacls: {} to create, {} to delete{}, {} unchanged, {} unmanaged{}.\n",
        c.create,
        c.delete,
        if c.delete > 0 { " (destructive)" } else { "" },
        c.unchanged,
        c.unmanaged,
        match &p.prune_scope {
            Some(scope) => format!(" (pruning in scope: {scope})"),
            None if c.unmanaged > 0 =>
                " (kept: --prune-acls deletes those in the file's access.prune scope)".into(),
            None => String::new(),
        }
    ));
    s
}

fn action(a: AclAction) -> &'static str {
    match a {
        AclAction::CreateAcl => "create",
        AclAction::DeleteAcl => "DELETE",
    }
}

pub fn result_line(r: &AclStepResult) -> String {
    let status = match r.status {
        TopicStepStatus::Done => "done",
        TopicStepStatus::Failed => "FAILED",
        TopicStepStatus::NotRun => "not run",
        TopicStepStatus::Unknown => "UNKNOWN",
    };
    let verb = match r.step.action {
        AclAction::CreateAcl => "create acl",
        AclAction::DeleteAcl => "delete acl",
    };
    let mut line = format!("{status:<8}{verb}: {}", r.step.acl.describe());
    if let Some(e) = &r.error {
        line.push_str(&format!(" — {e}"));
    }
    line.push('\n');
    line
}

pub fn report_summary(r: &AclApplyReport) -> String {
    let mut s = format!("ACLs: {} of {} step(s) done", r.done, r.results.len());
    if r.failed > 0 {
        s.push_str(&format!("; {} FAILED (see above)", r.failed));
    }
    if r.unknown > 0 {
        s.push_str(&format!("; {} UNKNOWN (answers lost)", r.unknown));
    }
    if r.not_run > 0 {
        s.push_str(&format!("; {} not run", r.not_run));
    }
    s.push_str(".\n");
    s
}

/// `acls create`/`delete`: what was (or would be) changed.
pub fn change_text(verb: &str, acls: &[Acl], executed: bool) -> String {
    let mut s = String::new();
    for a in acls {
        s.push_str(&format!("{verb} {}\n", a.describe()));
    }
    if !executed {
        s.push_str("Dry run: nothing was changed. Pass --execute to make the change.\n");
    }
    s
}

/// `acls check` as people read it.
pub fn check_text(q: &Query, d: &Decision, of: &str) -> String {
    let verdict = if d.allowed { "ALLOWED" } else { "DENIED" };
    let mut s = format!(
        "{verdict}: {} {} on {} ({of})\n",
        q.principal, q.operation, q.resource
    );
    let why = match d.reason {
        Reason::Denied => "a DENY applies, and deny wins over any allow",
        Reason::Allowed => "an ALLOW applies",
        Reason::AllowedByImplication => "an ALLOW of an operation that implies it applies",
        Reason::NoMatchingAcl => {
            "no ACL applies, and Kafka denies what no ACL allows (super users excepted)"
        }
    };
    s.push_str(&format!("because {why}"));
    if let Some(rule) = &d.rule {
        let pattern = if rule.pattern == PatternType::Prefixed {
            " (prefixed)"
        } else {
            ""
        };
        s.push_str(&format!(
            ":\n  {} {} on {}:{}{pattern} for {} from host {}",
            rule.permission,
            rule.operation,
            rule.resource_type,
            rule.name,
            rule.principal,
            rule.host
        ));
        if !d.sources.is_empty() {
            s.push_str(&format!("\n  declared by {}", d.sources.join(", ")));
        }
    }
    s.push('\n');
    s
}

/// `kctl users list` as a table.
pub fn users_text(users: &[ScramUser]) -> String {
    if users.is_empty() {
        return "No SCRAM users.\n".into();
    }
    super::table(
        ["USER", "MECHANISM", "ITERATIONS"],
        users.iter().flat_map(|u| {
            u.credentials.iter().map(|c| {
                vec![
                    u.user.clone(),
                    c.mechanism.name().to_string(),
                    c.iterations.to_string(),
                ]
            })
        }),
    )
}

/// Asks for a new password twice, without echo. Callers check
/// [`super::interactive`] first.
pub fn new_password(user: &str) -> anyhow::Result<String> {
    if !super::interactive() {
        anyhow::bail!("cannot ask for a password without a terminal");
    }
    Ok(dialoguer::Password::new()
        .with_prompt(format!("Password for {user}"))
        .with_confirmation("Repeat it", "the passwords differ")
        .interact()?)
}

#[cfg(test)]
mod tests {
    use std::path::Path;

    use super::*;
    use crate::domain::access::check::{self, Query};
    use crate::domain::access::{plan, spec, Operation};

    const FILE: &str = "\
orders:
  partitions: 1
access:
  services:
    shop:
      principal: User:shop
      produces:
        topics: [orders]
  prune:
    principals: [User:shop]
";

    fn access() -> spec::AccessSpec {
        spec::parse(FILE, Path::new("topics.yaml"))
            .unwrap()
            .unwrap()
    }

    #[test]
    fn the_acl_section_of_a_plan_reads_as_expected() {
        let a = access();
        let stale = Acl {
            operation: Operation::Read,
            ..a.desired().keys().next().unwrap().clone()
        };
        let p = plan::compute(&a.desired(), Some(&[stale]), a.prune.as_ref());
        assert_eq!(
            plan_text(&p),
            "
ACLs:

ACTION  PRINCIPAL  PERMISSION  OPERATION  TYPE   NAME    PATTERN  HOST  FROM
create  User:shop  allow       write      topic  orders  literal  *     service shop (produces)
create  User:shop  allow       describe   topic  orders  literal  *     service shop (produces)
DELETE  User:shop  allow       read       topic  orders  literal  *

acls: 2 to create, 1 to delete (destructive), 0 unchanged, 0 unmanaged (pruning in scope: principals User:shop).
"
        );
        let none = plan::compute(&a.desired(), None, None);
        assert_eq!(
            plan_text(&none),
            "\nACLs: the cluster has no authorizer (authorizer.class.name is not set): 2 declared \
             ACL(s) not applicable, nothing planned.\n"
        );
    }

    #[test]
    fn a_check_names_the_deciding_rule_and_where_it_comes_from() {
        let desired = access().desired();
        let q = Query {
            principal: "User:shop".into(),
            operation: Operation::Describe,
            resource: "topic:orders".parse().unwrap(),
            host: "*".into(),
        };
        let d = check::decide(&q, desired.iter().map(|(a, s)| (a, s.as_slice())));
        assert_eq!(
            check_text(&q, &d, "ACLs declared in topics.yaml"),
            "ALLOWED: User:shop describe on topic:orders (ACLs declared in topics.yaml)
because an ALLOW applies:
  allow describe on topic:orders for User:shop from host *
  declared by service shop (produces)
"
        );
    }
}
