//! `kctl acls check`: would Kafka's standard authorizer allow this principal
//! this operation on this resource, and which ACL decides.
//!
//! The rules are the authorizer's (`StandardAuthorizer` in KRaft, the same as
//! `AclAuthorizer` before it):
//!
//! - an ACL applies when its resource type is the resource's, its pattern
//!   matches the name (literal: equal, or the wildcard `*`; prefixed: the name
//!   starts with it), its principal is the principal or `User:*`, and its host
//!   is the client's host or `*`;
//! - a DENY that applies with the operation itself or `all` decides: deny wins;
//! - otherwise an ALLOW decides when its operation is the operation, `all`, or
//!   one that implies it: `describe` is implied by `read`, `write`, `delete`
//!   and `alter`; `describe_configs` by `alter_configs` (implication never
//!   widens a DENY);
//! - with no applicable ACL the answer is "denied" (Kafka's default,
//!   `allow.everyone.if.no.acl.found=false`). Super users bypass ACLs: that
//!   is broker configuration, which ACLs cannot show.

use serde::Serialize;

use super::{Acl, Operation, PatternType, Permission, Resource};

/// The question.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Query {
    pub principal: String,
    pub operation: Operation,
    pub resource: Resource,
    /// The client's host; `*` checks a client from a host no ACL names.
    pub host: String,
}

/// The answer, with the ACL that decides (none when no ACL applies).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Decision {
    pub allowed: bool,
    pub reason: Reason,
    /// The deciding ACL.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub rule: Option<Acl>,
    /// Where the deciding ACL comes from (declared ACLs only).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub sources: Vec<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Reason {
    /// A DENY applies: deny wins over any ALLOW.
    Denied,
    /// An ALLOW for the operation (or `all`) applies.
    Allowed,
    /// An ALLOW for an operation that implies this one applies.
    AllowedByImplication,
    /// No ACL applies, so Kafka denies.
    NoMatchingAcl,
}

/// Whether `acl` is about this resource, principal and host.
pub fn applies(acl: &Acl, q: &Query) -> bool {
    acl.resource_type == q.resource.resource_type
        && match acl.pattern {
            PatternType::Literal => acl.name == q.resource.name || acl.name == "*",
            PatternType::Prefixed => q.resource.name.starts_with(&acl.name),
        }
        && (acl.principal == q.principal || acl.principal == "User:*")
        && (acl.host == "*" || acl.host == q.host)
}

/// Operations whose ALLOW also allows `op`.
pub fn implied_by(op: Operation) -> &'static [Operation] {
    match op {
        Operation::Describe => &[
            Operation::Read,
            Operation::Write,
            Operation::Delete,
            Operation::Alter,
        ],
        Operation::DescribeConfigs => &[Operation::AlterConfigs],
        _ => &[],
    }
}

/// Decides `q` against `acls`, each with the sources it came from (empty for
/// live ACLs).
pub fn decide<'a>(q: &Query, acls: impl IntoIterator<Item = (&'a Acl, &'a [String])>) -> Decision {
    let mut allow: Option<(&Acl, &[String], Reason)> = None;
    for (acl, sources) in acls {
        if !applies(acl, q) {
            continue;
        }
        let direct = acl.operation == q.operation || acl.operation == Operation::All;
        match acl.permission {
            Permission::Deny if direct => {
                return Decision {
                    allowed: false,
                    reason: Reason::Denied,
                    rule: Some(acl.clone()),
                    sources: sources.to_vec(),
                }
            }
            Permission::Deny => {}
            Permission::Allow if direct => {
                if !matches!(allow, Some((_, _, Reason::Allowed))) {
                    allow = Some((acl, sources, Reason::Allowed));
                }
            }
            Permission::Allow => {
                if allow.is_none() && implied_by(q.operation).contains(&acl.operation) {
                    allow = Some((acl, sources, Reason::AllowedByImplication));
                }
            }
        }
    }
    match allow {
        Some((acl, sources, reason)) => Decision {
            allowed: true,
            reason,
            rule: Some(acl.clone()),
            sources: sources.to_vec(),
        },
        None => Decision {
            allowed: false,
            reason: Reason::NoMatchingAcl,
            rule: None,
            sources: Vec::new(),
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::access::ResourceType;

    fn acl(
        principal: &str,
        t: ResourceType,
        pattern: PatternType,
        name: &str,
        op: Operation,
        perm: Permission,
    ) -> Acl {
        Acl {
            principal: principal.into(),
            resource_type: t,
            pattern,
            name: name.into(),
            operation: op,
            permission: perm,
            host: "*".into(),
        }
    }

    fn query(principal: &str, op: Operation, resource: &str) -> Query {
        Query {
            principal: principal.into(),
            operation: op,
            resource: resource.parse().unwrap(),
            host: "*".into(),
        }
    }

    fn run(q: &Query, acls: &[Acl]) -> Decision {
        decide(q, acls.iter().map(|a| (a, &[][..])))
    }

    use Operation::*;
    use PatternType::*;
    use Permission::*;
    use ResourceType::Topic;

    #[test]
    fn nothing_applies_means_denied() {
        let acls = [acl("User:b", Topic, Literal, "t", Read, Allow)];
        let d = run(&query("User:a", Read, "topic:t"), &acls);
        assert!(!d.allowed);
        assert_eq!(d.reason, Reason::NoMatchingAcl);
        assert_eq!(d.rule, None);
    }

    #[test]
    fn deny_wins_over_allow_whatever_the_order() {
        let acls = [
            acl("User:a", Topic, Prefixed, "inspection.", All, Allow),
            acl(
                "User:a",
                Topic,
                Literal,
                "inspection.lifecycle",
                Write,
                Deny,
            ),
        ];
        let d = run(&query("User:a", Write, "topic:inspection.lifecycle"), &acls);
        assert!(!d.allowed);
        assert_eq!(d.reason, Reason::Denied);
        assert_eq!(d.rule.as_ref().unwrap().operation, Write);
        // Another operation is still allowed through the prefixed `all`.
        let d = run(&query("User:a", Read, "topic:inspection.lifecycle"), &acls);
        assert!(d.allowed);
        assert_eq!(d.rule.unwrap().pattern, Prefixed);
    }

    #[test]
    fn describe_is_implied_by_read_write_delete_alter_but_never_by_deny() {
        for op in [Read, Write, Delete, Alter] {
            let d = run(
                &query("User:a", Describe, "topic:t"),
                &[acl("User:a", Topic, Literal, "t", op, Allow)],
            );
            assert!(d.allowed, "{op}");
            assert_eq!(d.reason, Reason::AllowedByImplication);
        }
        let d = run(
            &query("User:a", Describe, "topic:t"),
            &[acl("User:a", Topic, Literal, "t", Create, Allow)],
        );
        assert!(!d.allowed, "create does not imply describe");
        // A DENY of read does not deny describe.
        let acls = [
            acl("User:a", Topic, Literal, "t", Read, Deny),
            acl("User:a", Topic, Literal, "t", Describe, Allow),
        ];
        assert!(run(&query("User:a", Describe, "topic:t"), &acls).allowed);
        let d = run(
            &query("User:a", DescribeConfigs, "topic:t"),
            &[acl("User:a", Topic, Literal, "t", AlterConfigs, Allow)],
        );
        assert!(d.allowed);
    }

    #[test]
    fn a_direct_allow_is_named_before_an_implying_one() {
        let acls = [
            acl("User:a", Topic, Literal, "t", Read, Allow),
            acl("User:a", Topic, Literal, "t", Describe, Allow),
        ];
        let d = run(&query("User:a", Describe, "topic:t"), &acls);
        assert_eq!(d.reason, Reason::Allowed);
        assert_eq!(d.rule.unwrap().operation, Describe);
    }

    #[test]
    fn wildcards_match_as_kafka_does() {
        let acls = [acl("User:*", Topic, Literal, "*", Read, Allow)];
        assert!(run(&query("User:anyone", Read, "topic:x"), &acls).allowed);
        // A prefixed pattern matches by prefix only; a literal by equality.
        let acls = [acl("User:a", Topic, Literal, "inspection", Read, Allow)];
        assert!(!run(&query("User:a", Read, "topic:inspection.lifecycle"), &acls).allowed);
        // Other resource types never match.
        let acls = [acl(
            "User:a",
            ResourceType::Group,
            Literal,
            "t",
            Read,
            Allow,
        )];
        assert!(!run(&query("User:a", Read, "topic:t"), &acls).allowed);
    }

    #[test]
    fn host_specific_acls_apply_only_to_that_host() {
        let mut a = acl("User:a", Topic, Literal, "t", Read, Allow);
        a.host = "10.0.0.1".into();
        let acls = [a];
        assert!(!run(&query("User:a", Read, "topic:t"), &acls).allowed);
        let mut q = query("User:a", Read, "topic:t");
        q.host = "10.0.0.1".into();
        assert!(run(&q, &acls).allowed);
    }
}
