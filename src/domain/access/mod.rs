//! Access as code: Kafka ACLs as plain values, derived from the services a
//! topics.yaml declares ([`spec`]), diffed against the cluster ([`plan`]) and
//! explained the way Kafka's authorizer decides ([`check`]).
//!
//! The vocabulary is Kafka's own (resource types, pattern types, operations,
//! allow/deny), written in snake_case (`describe_configs`); Kafka's CamelCase
//! (`DescribeConfigs`) and the `kafka-acls` spellings are accepted too.

use std::fmt;
use std::str::FromStr;

use serde::Serialize;

pub mod check;
pub mod plan;
pub mod spec;

/// Kafka's resource types.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ResourceType {
    Topic,
    Group,
    Cluster,
    TransactionalId,
    DelegationToken,
    User,
}

/// How an ACL's resource name matches.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum PatternType {
    /// The name exactly, or every resource when the name is `*`.
    Literal,
    /// Every resource whose name starts with the name.
    Prefixed,
}

/// Kafka's ACL operations.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Operation {
    All,
    Read,
    Write,
    Create,
    Delete,
    Alter,
    Describe,
    ClusterAction,
    DescribeConfigs,
    AlterConfigs,
    IdempotentWrite,
    CreateTokens,
    DescribeTokens,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Permission {
    Allow,
    Deny,
}

/// The only name a cluster resource has.
pub const CLUSTER_NAME: &str = "kafka-cluster";

/// One ACL binding, as Kafka stores it.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
pub struct Acl {
    pub principal: String,
    pub resource_type: ResourceType,
    pub pattern: PatternType,
    pub name: String,
    pub operation: Operation,
    pub permission: Permission,
    pub host: String,
}

/// Folds a name for lenient matching: `describe_configs`, `DescribeConfigs`
/// and `describe-configs` are one word.
fn fold(s: &str) -> String {
    s.chars()
        .filter(|c| *c != '_' && *c != '-')
        .flat_map(char::to_lowercase)
        .collect()
}

macro_rules! names {
    ($ty:ident, $what:literal, [$(($v:ident, $name:literal)),* $(,)?]) => {
        impl $ty {
            pub const ALL: &'static [$ty] = &[$($ty::$v),*];
            /// The snake_case name used in files and output.
            pub fn name(self) -> &'static str {
                match self { $($ty::$v => $name),* }
            }
        }
        impl fmt::Display for $ty {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(self.name())
            }
        }
        impl FromStr for $ty {
            type Err = String;
            fn from_str(s: &str) -> Result<Self, String> {
                let folded = fold(s);
                $ty::ALL
                    .iter()
                    .copied()
                    .find(|v| fold(v.name()) == folded)
                    .ok_or_else(|| {
                        format!(
                            "unknown {} {s:?}: expected one of {}",
                            $what,
                            $ty::ALL.iter().map(|v| v.name()).collect::<Vec<_>>().join(", ")
                        )
                    })
            }
        }
    };
}

names!(
    ResourceType,
    "resource type",
    [
        (Topic, "topic"),
        (Group, "group"),
        (Cluster, "cluster"),
        (TransactionalId, "transactional_id"),
        (DelegationToken, "delegation_token"),
        (User, "user"),
    ]
);
names!(
    PatternType,
    "pattern type",
    [(Literal, "literal"), (Prefixed, "prefixed")]
);
names!(
    Operation,
    "operation",
    [
        (All, "all"),
        (Read, "read"),
        (Write, "write"),
        (Create, "create"),
        (Delete, "delete"),
        (Alter, "alter"),
        (Describe, "describe"),
        (ClusterAction, "cluster_action"),
        (DescribeConfigs, "describe_configs"),
        (AlterConfigs, "alter_configs"),
        (IdempotentWrite, "idempotent_write"),
        (CreateTokens, "create_tokens"),
        (DescribeTokens, "describe_tokens"),
    ]
);
names!(Permission, "permission", [(Allow, "allow"), (Deny, "deny")]);

/// A resource as written on command lines and in prune scopes:
/// `TYPE:NAME` (`topic:inspection.lifecycle`, `group:analytics`, `cluster`).
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
pub struct Resource {
    pub resource_type: ResourceType,
    pub name: String,
}

impl FromStr for Resource {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        let (t, name) = match s.split_once(':') {
            Some((t, n)) => (t, n),
            None => (s, ""),
        };
        let resource_type: ResourceType = t
            .parse()
            .map_err(|e| format!("{e} (write a resource as TYPE:NAME, e.g. topic:orders)"))?;
        let name = match (resource_type, name) {
            (ResourceType::Cluster, "") => CLUSTER_NAME.to_string(),
            (_, "") => {
                return Err(format!(
                    "resource {s:?} has no name: write it as {}:NAME",
                    resource_type.name()
                ))
            }
            (_, n) => n.to_string(),
        };
        Ok(Resource {
            resource_type,
            name,
        })
    }
}

impl fmt::Display for Resource {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}", self.resource_type, self.name)
    }
}

/// Checks a principal: `TYPE:NAME` (`User:inspection-svc`, `User:*`).
pub fn validate_principal(p: &str) -> Result<(), String> {
    match p.split_once(':') {
        Some((t, n)) if !t.is_empty() && !n.is_empty() && !t.contains(char::is_whitespace) => {
            Ok(())
        }
        _ => Err(format!(
            "invalid principal {p:?}: expected TYPE:NAME, e.g. User:inspection-svc"
        )),
    }
}

impl Acl {
    /// `allow read on topic:orders (literal) for User:a from *`, one line.
    pub fn describe(&self) -> String {
        let pattern = match self.pattern {
            PatternType::Literal => String::new(),
            PatternType::Prefixed => " (prefixed)".into(),
        };
        let host = if self.host == "*" {
            String::new()
        } else {
            format!(" from host {}", self.host)
        };
        format!(
            "{} {} on {}:{}{pattern} for {}{host}",
            self.permission, self.operation, self.resource_type, self.name, self.principal
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_parse_in_snake_camel_and_kebab_case() {
        for s in ["describe_configs", "DescribeConfigs", "describe-configs"] {
            assert_eq!(s.parse::<Operation>().unwrap(), Operation::DescribeConfigs);
        }
        assert_eq!(
            "TransactionalId".parse::<ResourceType>().unwrap(),
            ResourceType::TransactionalId
        );
        let e = "reed".parse::<Operation>().unwrap_err();
        assert!(
            e.contains("unknown operation \"reed\": expected one of all, read"),
            "{e}"
        );
    }

    #[test]
    fn resources_are_type_colon_name_and_cluster_needs_no_name() {
        let r: Resource = "topic:inspection.lifecycle".parse().unwrap();
        assert_eq!(r.resource_type, ResourceType::Topic);
        assert_eq!(r.name, "inspection.lifecycle");
        assert_eq!("cluster".parse::<Resource>().unwrap().name, CLUSTER_NAME);
        assert!("topic"
            .parse::<Resource>()
            .unwrap_err()
            .contains("has no name"));
        assert!("queue:x"
            .parse::<Resource>()
            .unwrap_err()
            .contains("unknown resource type"));
    }

    #[test]
    fn principals_need_a_type_and_a_name() {
        assert!(validate_principal("User:inspection-svc").is_ok());
        assert!(validate_principal("User:*").is_ok());
        for bad in ["inspection-svc", "User:", ":x", ""] {
            assert!(validate_principal(bad).is_err(), "{bad}");
        }
    }
}
