//! Access control: ACLs and SCRAM credentials.

use anyhow::Result;
use serde::Serialize;

use crate::domain::access::{Acl, Operation, PatternType, Permission, ResourceType};

/// Which ACLs to list or delete; `None` matches anything.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct AclFilter {
    pub principal: Option<String>,
    pub resource_type: Option<ResourceType>,
    pub name: Option<String>,
    pub pattern: Option<PatternType>,
    pub operation: Option<Operation>,
    pub permission: Option<Permission>,
    pub host: Option<String>,
}

impl AclFilter {
    /// The filter matching exactly `acl`.
    pub fn exact(acl: &Acl) -> Self {
        AclFilter {
            principal: Some(acl.principal.clone()),
            resource_type: Some(acl.resource_type),
            name: Some(acl.name.clone()),
            pattern: Some(acl.pattern),
            operation: Some(acl.operation),
            permission: Some(acl.permission),
            host: Some(acl.host.clone()),
        }
    }
}

/// One SCRAM credential of a user.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ScramCredential {
    pub mechanism: ScramMechanism,
    pub iterations: i32,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
pub enum ScramMechanism {
    #[serde(rename = "SCRAM-SHA-256")]
    Sha256,
    #[serde(rename = "SCRAM-SHA-512")]
    Sha512,
}

impl ScramMechanism {
    pub fn name(self) -> &'static str {
        match self {
            ScramMechanism::Sha256 => "SCRAM-SHA-256",
            ScramMechanism::Sha512 => "SCRAM-SHA-512",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ScramUser {
    pub user: String,
    pub credentials: Vec<ScramCredential>,
}

/// A SCRAM change: set a password, or remove one mechanism's credential.
pub enum ScramAlteration<'a> {
    Upsert {
        user: &'a str,
        mechanism: ScramMechanism,
        iterations: i32,
        password: &'a [u8],
    },
    Delete {
        user: &'a str,
        mechanism: ScramMechanism,
    },
}

/// The cluster's ACLs and SCRAM credentials.
#[allow(async_fn_in_trait)] // used with concrete types only, never `dyn`
pub trait AccessAdmin {
    /// The ACLs matching `filter`; `None` when the cluster has no authorizer
    /// (Kafka answers SECURITY_DISABLED).
    async fn describe_acls(&self, filter: &AclFilter) -> Result<Option<Vec<Acl>>>;
    /// Creates `acls` in one request; one result per ACL, in order.
    async fn create_acls(&self, acls: &[Acl]) -> Result<Vec<Result<(), String>>>;
    /// Deletes what each filter matches, in one request; per filter, the
    /// ACLs deleted or the error.
    async fn delete_acls(&self, filters: &[AclFilter]) -> Result<Vec<Result<Vec<Acl>, String>>>;
    /// Users with SCRAM credentials (all when `users` is empty).
    async fn describe_scram(&self, users: &[String]) -> Result<Vec<ScramUser>>;
    /// One result per alteration, in order.
    async fn alter_scram(&self, changes: &[ScramAlteration<'_>])
        -> Result<Vec<Result<(), String>>>;
}
