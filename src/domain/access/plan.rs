//! The diff between the ACLs a file asks for and the ACLs the cluster holds:
//! an [`AclPlan`], part of the same `kctl plan` as topics and schemas.
//!
//! Declared ACLs missing from the cluster are created. A live ACL the file
//! does not declare is deleted only with `--prune-acls` and only inside the
//! file's prune scope; everything else is left alone and counted as
//! unmanaged. A cluster without an authorizer cannot hold ACLs at all: the
//! plan then says how many declared ACLs are not applicable and plans
//! nothing, rather than failing the topics and schemas beside them.

use std::collections::BTreeSet;

use serde::Serialize;

use super::spec::{Desired, PruneScope};
use super::Acl;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum AclAction {
    CreateAcl,
    DeleteAcl,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct AclStep {
    pub action: AclAction,
    pub acl: Acl,
    /// Where a created ACL comes from in the file.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub sources: Vec<String>,
    /// Deleting an ACL can cut a client off: destructive.
    pub destructive: bool,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct AclCounts {
    pub create: usize,
    pub delete: usize,
    /// Declared ACLs the cluster already holds.
    pub unchanged: usize,
    /// Live ACLs the file does not declare, kept (outside the prune scope,
    /// or no `--prune-acls`).
    pub unmanaged: usize,
    /// Declared ACLs that cannot be applied: the cluster has no authorizer.
    pub not_applicable: usize,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct AclPlan {
    /// False when the cluster has no authorizer (Kafka answers
    /// SECURITY_DISABLED): nothing is planned.
    pub authorizer: bool,
    /// `--prune-acls` scope, when pruning.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub prune_scope: Option<String>,
    /// Creations (in ACL order), then deletions.
    pub steps: Vec<AclStep>,
    pub summary: AclCounts,
}

impl AclPlan {
    pub fn has_changes(&self) -> bool {
        !self.steps.is_empty()
    }

    pub fn destructive(&self) -> usize {
        self.steps.iter().filter(|s| s.destructive).count()
    }
}

/// Diffs `desired` against `live` (`None`: the cluster has no authorizer).
/// `prune`: the scope inside which undeclared ACLs are deleted.
pub fn compute(desired: &Desired, live: Option<&[Acl]>, prune: Option<&PruneScope>) -> AclPlan {
    let Some(live) = live else {
        return AclPlan {
            authorizer: false,
            prune_scope: None,
            steps: Vec::new(),
            summary: AclCounts {
                not_applicable: desired.len(),
                ..AclCounts::default()
            },
        };
    };
    let have: BTreeSet<&Acl> = live.iter().collect();
    let mut steps = Vec::new();
    let mut summary = AclCounts::default();
    for (acl, sources) in desired {
        if have.contains(acl) {
            summary.unchanged += 1;
        } else {
            summary.create += 1;
            steps.push(AclStep {
                action: AclAction::CreateAcl,
                acl: acl.clone(),
                sources: sources.clone(),
                destructive: false,
            });
        }
    }
    for acl in have {
        if desired.contains_key(acl) {
            continue;
        }
        if prune.is_some_and(|p| p.contains(acl)) {
            summary.delete += 1;
            steps.push(AclStep {
                action: AclAction::DeleteAcl,
                acl: acl.clone(),
                sources: Vec::new(),
                destructive: true,
            });
        } else {
            summary.unmanaged += 1;
        }
    }
    AclPlan {
        authorizer: true,
        prune_scope: prune.map(PruneScope::describe),
        steps,
        summary,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::access::{Operation, PatternType, Permission, Resource, ResourceType};
    use std::collections::BTreeMap;

    fn acl(principal: &str, name: &str, op: Operation) -> Acl {
        Acl {
            principal: principal.into(),
            resource_type: ResourceType::Topic,
            pattern: PatternType::Literal,
            name: name.into(),
            operation: op,
            permission: Permission::Allow,
            host: "*".into(),
        }
    }

    fn desired(acls: &[Acl]) -> Desired {
        acls.iter()
            .map(|a| (a.clone(), vec!["acls[0]".to_string()]))
            .collect::<BTreeMap<_, _>>()
    }

    #[test]
    fn missing_acls_are_created_and_present_ones_unchanged() {
        let d = desired(&[
            acl("User:a", "t", Operation::Read),
            acl("User:a", "t", Operation::Describe),
        ]);
        let live = [acl("User:a", "t", Operation::Read)];
        let plan = compute(&d, Some(&live), None);
        assert_eq!(plan.steps.len(), 1);
        assert_eq!(plan.steps[0].action, AclAction::CreateAcl);
        assert_eq!(plan.steps[0].acl.operation, Operation::Describe);
        assert!(!plan.steps[0].destructive);
        assert_eq!(plan.summary.unchanged, 1);
    }

    #[test]
    fn in_sync_when_the_cluster_holds_exactly_the_file() {
        let a = [acl("User:a", "t", Operation::Read)];
        let plan = compute(&desired(&a), Some(&a), None);
        assert!(!plan.has_changes());
        assert_eq!(plan.summary.unchanged, 1);
    }

    #[test]
    fn undeclared_acls_are_deleted_only_inside_the_prune_scope() {
        let d = desired(&[acl("User:a", "t", Operation::Read)]);
        let live = [
            acl("User:a", "t", Operation::Read),
            acl("User:a", "old", Operation::Write),
            acl("User:other", "x", Operation::Read),
            acl("User:other", "inspection.y", Operation::Read),
        ];
        let plan = compute(&d, Some(&live), None);
        assert!(!plan.has_changes(), "without a scope nothing is deleted");
        assert_eq!(plan.summary.unmanaged, 3);

        let scope = PruneScope {
            principals: vec!["User:a".into()],
            resource_prefixes: vec!["topic:inspection.".parse::<Resource>().unwrap()],
        };
        let plan = compute(&d, Some(&live), Some(&scope));
        let deleted: Vec<String> = plan.steps.iter().map(|s| s.acl.describe()).collect();
        assert_eq!(
            deleted,
            [
                "allow write on topic:old for User:a",
                "allow read on topic:inspection.y for User:other",
            ]
        );
        assert!(plan
            .steps
            .iter()
            .all(|s| s.action == AclAction::DeleteAcl && s.destructive));
        assert_eq!(plan.destructive(), 2);
        assert_eq!(plan.summary.unmanaged, 1);
    }

    #[test]
    fn without_an_authorizer_nothing_is_planned_and_the_acls_are_counted() {
        let d = desired(&[
            acl("User:a", "t", Operation::Read),
            acl("User:a", "t", Operation::Describe),
        ]);
        let plan = compute(&d, None, None);
        assert!(!plan.authorizer);
        assert!(!plan.has_changes());
        assert_eq!(plan.summary.not_applicable, 2);
    }
}
