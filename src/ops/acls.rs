//! Access steps against an [`AccessAdmin`]: observing the cluster's ACLs
//! into an [`AclPlan`], executing its steps in batches (creations, then
//! deletions, so a rule being replaced is never missing in between), and
//! what an `acls check` against the live ACLs decides.

use anyhow::Result;
use serde::Serialize;

use crate::domain::access::check::{self, Decision, Query};
use crate::domain::access::plan::{self, AclAction, AclPlan, AclStep};
use crate::domain::access::spec::AccessSpec;
use crate::domain::access::Acl;
use crate::exit::Outcome;
use crate::ops::apply::TopicStepStatus;
use crate::ops::interrupt;
use crate::ops::ports::{AccessAdmin, AclFilter, BATCH};

/// The ACL part of a plan: the declared ACLs against the live ones.
/// `prune`: `--prune-acls` was given (the caller has checked the file has a
/// scope).
pub async fn plan_acls<A: AccessAdmin>(
    admin: &A,
    access: &AccessSpec,
    prune: bool,
) -> Result<AclPlan> {
    let live = admin.describe_acls(&AclFilter::default()).await?;
    let scope = if prune { access.prune.as_ref() } else { None };
    Ok(plan::compute(&access.desired(), live.as_deref(), scope))
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct AclStepResult {
    #[serde(flatten)]
    pub step: AclStep,
    pub status: TopicStepStatus,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub error: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct AclApplyReport {
    pub results: Vec<AclStepResult>,
    pub done: usize,
    pub failed: usize,
    pub not_run: usize,
    pub unknown: usize,
}

impl AclApplyReport {
    fn record(&mut self, step: &AclStep, status: TopicStepStatus, error: Option<String>) {
        match status {
            TopicStepStatus::Done => self.done += 1,
            TopicStepStatus::Failed => self.failed += 1,
            TopicStepStatus::NotRun => self.not_run += 1,
            TopicStepStatus::Unknown => self.unknown += 1,
        }
        self.results.push(AclStepResult {
            step: step.clone(),
            status,
            error,
        });
    }
}

/// Runs every step of `plan`, [`BATCH`] ACLs per request; `on_result` sees
/// each result as its batch completes. A request lost as a whole leaves its
/// steps unknown (Kafka may have applied them; the next plan shows).
pub async fn execute<A: AccessAdmin>(
    admin: &A,
    plan: &AclPlan,
    mut on_result: impl FnMut(&AclStepResult),
) -> AclApplyReport {
    let mut report = AclApplyReport::default();
    let creates: Vec<&AclStep> = plan
        .steps
        .iter()
        .filter(|s| s.action == AclAction::CreateAcl)
        .collect();
    let deletes: Vec<&AclStep> = plan
        .steps
        .iter()
        .filter(|s| s.action == AclAction::DeleteAcl)
        .collect();
    for (steps, create) in [(creates, true), (deletes, false)] {
        for chunk in steps.chunks(BATCH) {
            if interrupt::requested() {
                for s in chunk {
                    report.record(s, TopicStepStatus::NotRun, None);
                    on_result(report.results.last().expect("just recorded"));
                }
                continue;
            }
            let acls: Vec<Acl> = chunk.iter().map(|s| s.acl.clone()).collect();
            let outcomes: Result<Vec<Result<(), String>>> = if create {
                admin.create_acls(&acls).await
            } else {
                let filters: Vec<AclFilter> = acls.iter().map(AclFilter::exact).collect();
                admin.delete_acls(&filters).await.map(|rs| {
                    rs.into_iter()
                        .map(|r| match r {
                            Ok(deleted) if deleted.is_empty() => {
                                Err("the ACL was no longer there".to_string())
                            }
                            Ok(_) => Ok(()),
                            Err(e) => Err(e),
                        })
                        .collect()
                })
            };
            for (i, s) in chunk.iter().enumerate() {
                let (status, error) = match &outcomes {
                    Ok(list) => match list.get(i) {
                        Some(Ok(())) => (TopicStepStatus::Done, None),
                        Some(Err(e)) => (TopicStepStatus::Failed, Some(e.clone())),
                        None => (
                            TopicStepStatus::Failed,
                            Some("the broker's answer did not mention this ACL".into()),
                        ),
                    },
                    Err(e) => (
                        TopicStepStatus::Unknown,
                        Some(format!(
                            "{e:#}; the answer was lost, so this step may or may not have been \
                             applied: `kctl plan` shows what remains"
                        )),
                    ),
                };
                report.record(s, status, error);
                on_result(report.results.last().expect("just recorded"));
            }
        }
    }
    report
}

/// The exit of an apply with ACL steps: `base` is the outcome of topics and
/// schemas, `base_done` how many of their steps were done.
pub fn outcome(base: Result<Outcome>, base_done: usize, acls: &AclApplyReport) -> Result<Outcome> {
    let acl_bad = acls.failed + acls.unknown;
    match base {
        Ok(Outcome::Ok) if acl_bad == 0 => Ok(Outcome::Ok),
        Ok(Outcome::Ok) if base_done == 0 && acls.done == 0 && acls.unknown == 0 => Err(
            anyhow::anyhow!("all {} step(s) failed; nothing was changed", acls.failed),
        ),
        Ok(Outcome::Ok) => Ok(Outcome::Partial),
        Ok(other) => Ok(other),
        Err(_) if acls.done > 0 || acls.unknown > 0 => Ok(Outcome::Partial),
        Err(e) => Err(e),
    }
}

/// What the live ACLs decide for `q`; `None` when the cluster has no
/// authorizer.
pub async fn check_live<A: AccessAdmin>(admin: &A, q: &Query) -> Result<Option<Decision>> {
    let Some(live) = admin.describe_acls(&AclFilter::default()).await? else {
        return Ok(None);
    };
    Ok(Some(check::decide(q, live.iter().map(|a| (a, &[][..])))))
}

#[cfg(test)]
mod tests {
    use std::sync::Mutex;

    use super::*;
    use crate::domain::access::{Operation, PatternType, Permission, ResourceType};
    use crate::ops::ports::{ScramAlteration, ScramUser};

    /// A cluster's ACL store behind [`AccessAdmin`]: the real broker cannot
    /// be made to lose an answer on cue, this can.
    #[derive(Default)]
    struct FakeAcls {
        acls: Mutex<Vec<Acl>>,
        no_authorizer: bool,
        down: bool,
        requests: Mutex<Vec<String>>,
    }

    impl AccessAdmin for FakeAcls {
        async fn describe_acls(&self, _: &AclFilter) -> Result<Option<Vec<Acl>>> {
            if self.no_authorizer {
                return Ok(None);
            }
            Ok(Some(self.acls.lock().unwrap().clone()))
        }
        async fn create_acls(&self, acls: &[Acl]) -> Result<Vec<Result<(), String>>> {
            self.requests
                .lock()
                .unwrap()
                .push(format!("create {}", acls.len()));
            if self.down {
                anyhow::bail!("cannot reach Kafka at fake:9092");
            }
            self.acls.lock().unwrap().extend(acls.iter().cloned());
            Ok(acls.iter().map(|_| Ok(())).collect())
        }
        async fn delete_acls(
            &self,
            filters: &[AclFilter],
        ) -> Result<Vec<Result<Vec<Acl>, String>>> {
            self.requests
                .lock()
                .unwrap()
                .push(format!("delete {}", filters.len()));
            let mut store = self.acls.lock().unwrap();
            Ok(filters
                .iter()
                .map(|f| {
                    let gone: Vec<Acl> = store
                        .iter()
                        .filter(|a| AclFilter::exact(a) == *f)
                        .cloned()
                        .collect();
                    store.retain(|a| AclFilter::exact(a) != *f);
                    Ok(gone)
                })
                .collect())
        }
        async fn describe_scram(&self, _: &[String]) -> Result<Vec<ScramUser>> {
            Ok(Vec::new())
        }
        async fn alter_scram(&self, _: &[ScramAlteration<'_>]) -> Result<Vec<Result<(), String>>> {
            Ok(Vec::new())
        }
    }

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

    fn spec(n: usize) -> AccessSpec {
        AccessSpec {
            services: Vec::new(),
            acls: (0..n)
                .map(|i| acl("User:a", &format!("t{i:04}"), Operation::Read))
                .collect(),
            prune: Some(crate::domain::access::spec::PruneScope {
                principals: vec!["User:a".into()],
                resource_prefixes: Vec::new(),
            }),
        }
    }

    #[tokio::test]
    async fn applying_converges_in_batches_and_a_second_plan_is_empty() {
        let admin = FakeAcls::default();
        admin
            .acls
            .lock()
            .unwrap()
            .push(acl("User:a", "stale", Operation::Write));
        admin
            .acls
            .lock()
            .unwrap()
            .push(acl("User:other", "kept", Operation::Write));
        let s = spec(1001);
        let plan = plan_acls(&admin, &s, true).await.unwrap();
        assert_eq!(
            (
                plan.summary.create,
                plan.summary.delete,
                plan.summary.unmanaged
            ),
            (1001, 1, 1)
        );
        let report = execute(&admin, &plan, |_| {}).await;
        assert_eq!((report.done, report.failed), (1002, 0));
        assert_eq!(
            *admin.requests.lock().unwrap(),
            ["create 500", "create 500", "create 1", "delete 1"]
        );
        let again = plan_acls(&admin, &s, true).await.unwrap();
        assert!(!again.has_changes());
        assert!(admin.acls.lock().unwrap().iter().any(|a| a.name == "kept"));
        assert_eq!(outcome(Ok(Outcome::Ok), 0, &report).unwrap(), Outcome::Ok);
    }

    #[tokio::test]
    async fn a_lost_request_leaves_its_steps_unknown_and_the_apply_partial() {
        let admin = FakeAcls {
            down: true,
            ..FakeAcls::default()
        };
        let plan = plan_acls(&admin, &spec(2), false).await.unwrap();
        let report = execute(&admin, &plan, |_| {}).await;
        assert_eq!(report.unknown, 2);
        assert!(report.results[0]
            .error
            .as_deref()
            .unwrap()
            .contains("may or may not"));
        assert_eq!(
            outcome(Ok(Outcome::Ok), 1, &report).unwrap(),
            Outcome::Partial
        );
    }

    #[tokio::test]
    async fn without_an_authorizer_the_plan_is_empty_and_check_says_so() {
        let admin = FakeAcls {
            no_authorizer: true,
            ..FakeAcls::default()
        };
        let plan = plan_acls(&admin, &spec(3), false).await.unwrap();
        assert!(!plan.authorizer && !plan.has_changes());
        assert_eq!(plan.summary.not_applicable, 3);
        let q = Query {
            principal: "User:a".into(),
            operation: Operation::Read,
            resource: "topic:t0000".parse().unwrap(),
            host: "*".into(),
        };
        assert_eq!(check_live(&admin, &q).await.unwrap(), None);
    }
}
