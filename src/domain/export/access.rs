//! The `access:` block of an export: the live ACLs as code. A principal
//! whose literal, allowed ACLs are exactly what a service role grants
//! (`produces`, `consumes`, `admin`) becomes a service; the rest are explicit
//! `acls:` entries, one per resource with its operations. Each principal's
//! part is read back through the access parser ([`access::spec::parse`]) and
//! must derive exactly that principal's live ACLs; what cannot is reported.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use super::Omission;
use crate::domain::access::{self, Acl, Operation, PatternType, Permission, ResourceType};

/// The block to append to topics.yaml (empty when there are no ACLs), the
/// ACLs it holds, and what it could not.
#[derive(Debug, Clone, Default)]
pub struct AccessOut {
    pub yaml: String,
    pub acls: usize,
    pub omissions: Vec<Omission>,
}

const ADMIN: &[Operation] = &[
    Operation::Alter,
    Operation::AlterConfigs,
    Operation::Create,
    Operation::Delete,
    Operation::Describe,
    Operation::DescribeConfigs,
];

#[derive(Debug, Default)]
struct Service {
    produces: Vec<String>,
    transactional_ids: Vec<String>,
    consumes: Vec<String>,
    groups: Vec<String>,
    admin: Vec<String>,
}

impl Service {
    fn is_empty(&self) -> bool {
        self.produces.is_empty()
            && self.transactional_ids.is_empty()
            && self.consumes.is_empty()
            && self.groups.is_empty()
            && self.admin.is_empty()
    }
}

pub fn access_block(live: &[Acl]) -> AccessOut {
    let mut by_principal: BTreeMap<&str, BTreeSet<&Acl>> = BTreeMap::new();
    for acl in live {
        by_principal.entry(&acl.principal).or_default().insert(acl);
    }
    let mut services = String::new();
    let mut entries = String::new();
    let mut out = AccessOut::default();
    let mut names = BTreeSet::new();
    for (principal, acls) in by_principal {
        let name = service_name(principal, &mut names);
        let (service, rest) = derive(&acls);
        let with_service = (!service.is_empty()).then(|| {
            (
                render_service(&name, principal, &service),
                render_entries(&rest),
            )
        });
        let explicit = (String::new(), render_entries(&acls));
        let chosen = with_service
            .into_iter()
            .chain([explicit])
            .find(|(s, e)| reads_back(s, e).as_ref() == Ok(&owned(&acls)));
        if let Some((s, e)) = chosen {
            services.push_str(&s);
            entries.push_str(&e);
            out.acls += acls.len();
            continue;
        }
        // One by one, so that one odd ACL does not take the others along.
        for acl in acls {
            let one = BTreeSet::from([acl]);
            let e = render_entries(&one);
            match reads_back("", &e) {
                Ok(got) if got == owned(&one) => {
                    entries.push_str(&e);
                    out.acls += 1;
                }
                Ok(_) => out
                    .omissions
                    .push(omission(acl, "it reads back as another ACL".into())),
                Err(reason) => out.omissions.push(omission(acl, reason)),
            }
        }
    }
    if !services.is_empty() || !entries.is_empty() {
        out.yaml.push_str("access:\n");
        if !services.is_empty() {
            out.yaml.push_str("  services:\n");
            out.yaml.push_str(&services);
        }
        if !entries.is_empty() {
            out.yaml.push_str("  acls:\n");
            out.yaml.push_str(&entries);
        }
    }
    out
}

fn omission(acl: &Acl, reason: String) -> Omission {
    Omission {
        what: format!("ACL {}", acl.describe()),
        reason: format!("topics.yaml cannot hold it: {reason}"),
        kept_in: None,
    }
}

fn owned(acls: &BTreeSet<&Acl>) -> BTreeSet<Acl> {
    acls.iter().map(|a| (*a).clone()).collect()
}

/// The ACLs a fragment derives, as `plan` reads it.
fn reads_back(services: &str, entries: &str) -> Result<BTreeSet<Acl>, String> {
    let mut doc = String::from("access:\n");
    if !services.is_empty() {
        doc.push_str("  services:\n");
        doc.push_str(services);
    }
    if !entries.is_empty() {
        doc.push_str("  acls:\n");
        doc.push_str(entries);
    }
    let spec = access::spec::parse(&doc, Path::new("export-probe.yaml"))
        .map_err(|e| e.message)?
        .ok_or("the access block is not read")?;
    Ok(spec.desired().into_keys().collect())
}

/// A service name from the principal's name (`User:orders-svc` →
/// `orders-svc`), unique in the file.
fn service_name(principal: &str, taken: &mut BTreeSet<String>) -> String {
    let base = principal
        .split_once(':')
        .map_or(principal, |(_, n)| n)
        .to_string();
    let mut name = base.clone();
    let mut n = 2;
    while !taken.insert(name.clone()) {
        name = format!("{base}-{n}");
        n += 1;
    }
    name
}

/// The roles a principal's literal, allowed, any-host ACLs fill completely,
/// and the ACLs left over.
fn derive<'a>(acls: &BTreeSet<&'a Acl>) -> (Service, BTreeSet<&'a Acl>) {
    let simple = |a: &Acl| {
        a.pattern == PatternType::Literal && a.permission == Permission::Allow && a.host == "*"
    };
    let mut ops: BTreeMap<(ResourceType, &str), BTreeSet<Operation>> = BTreeMap::new();
    for a in acls.iter().filter(|a| simple(a)) {
        ops.entry((a.resource_type, a.name.as_str()))
            .or_default()
            .insert(a.operation);
    }
    let mut s = Service::default();
    let mut covered: BTreeSet<(ResourceType, String, Operation)> = BTreeSet::new();
    let has = |set: &BTreeSet<Operation>, want: &[Operation]| want.iter().all(|o| set.contains(o));
    for ((t, name), set) in &ops {
        let mut cover = |want: &[Operation]| {
            for o in want {
                covered.insert((*t, name.to_string(), *o));
            }
        };
        match t {
            ResourceType::Topic => {
                if has(set, ADMIN) {
                    s.admin.push(name.to_string());
                    cover(ADMIN);
                }
                if has(set, &[Operation::Write, Operation::Describe]) {
                    s.produces.push(name.to_string());
                    cover(&[Operation::Write, Operation::Describe]);
                }
                if has(set, &[Operation::Read, Operation::Describe]) {
                    s.consumes.push(name.to_string());
                    cover(&[Operation::Read, Operation::Describe]);
                }
            }
            ResourceType::Group if set.contains(&Operation::Read) => {
                s.groups.push(name.to_string());
                cover(&[Operation::Read]);
            }
            ResourceType::TransactionalId if has(set, &[Operation::Write, Operation::Describe]) => {
                s.transactional_ids.push(name.to_string());
                cover(&[Operation::Write, Operation::Describe]);
            }
            _ => {}
        }
    }
    let rest = acls
        .iter()
        .filter(|a| {
            !(simple(a) && covered.contains(&(a.resource_type, a.name.clone(), a.operation)))
        })
        .copied()
        .collect();
    (s, rest)
}

fn render_service(name: &str, principal: &str, s: &Service) -> String {
    let list = |v: &[String]| {
        let items: Vec<String> = v.iter().map(|x| scalar(x)).collect();
        format!("[{}]", items.join(", "))
    };
    let mut out = format!(
        "    {}:\n      principal: {}\n",
        scalar(name),
        scalar(principal)
    );
    if !s.produces.is_empty() || !s.transactional_ids.is_empty() {
        out.push_str(&format!(
            "      produces:\n        topics: {}\n",
            list(&s.produces)
        ));
        if !s.transactional_ids.is_empty() {
            out.push_str(&format!(
                "        transactional_ids: {}\n",
                list(&s.transactional_ids)
            ));
        }
    }
    if !s.consumes.is_empty() || !s.groups.is_empty() {
        out.push_str(&format!(
            "      consumes:\n        topics: {}\n",
            list(&s.consumes)
        ));
        if !s.groups.is_empty() {
            out.push_str(&format!("        groups: {}\n", list(&s.groups)));
        }
    }
    if !s.admin.is_empty() {
        out.push_str(&format!(
            "      admin:\n        topics: {}\n",
            list(&s.admin)
        ));
    }
    out
}

/// One entry per resource, pattern, permission and host, with its
/// operations.
fn render_entries(acls: &BTreeSet<&Acl>) -> String {
    type Key<'a> = (
        &'a str,
        ResourceType,
        PatternType,
        &'a str,
        Permission,
        &'a str,
    );
    let mut groups: BTreeMap<Key, BTreeSet<Operation>> = BTreeMap::new();
    for a in acls {
        groups
            .entry((
                a.principal.as_str(),
                a.resource_type,
                a.pattern,
                a.name.as_str(),
                a.permission,
                a.host.as_str(),
            ))
            .or_default()
            .insert(a.operation);
    }
    let mut out = String::new();
    for ((principal, t, pattern, name, permission, host), ops) in groups {
        out.push_str(&format!("    - principal: {}\n", scalar(principal)));
        out.push_str(&format!("      type: {}\n", t.name()));
        if t != ResourceType::Cluster {
            out.push_str(&format!("      name: {}\n", scalar(name)));
        }
        if pattern != PatternType::Literal {
            out.push_str(&format!("      pattern: {}\n", pattern.name()));
        }
        let ops: Vec<&str> = ops.iter().map(|o| o.name()).collect();
        out.push_str(&format!("      operations: [{}]\n", ops.join(", ")));
        if permission != Permission::Allow {
            out.push_str(&format!("      permission: {}\n", permission.name()));
        }
        if host != "*" {
            out.push_str(&format!("      host: {}\n", scalar(host)));
        }
    }
    out
}

/// A string as YAML: plain when it cannot be misread (also inside a flow
/// list), else double-quoted.
fn scalar(s: &str) -> String {
    let special = matches!(
        s.to_ascii_lowercase().as_str(),
        "true" | "false" | "yes" | "no" | "on" | "off" | "y" | "n" | "null" | "~"
    );
    let plain = s.starts_with(|c: char| c.is_ascii_alphabetic() || c == '_')
        && !special
        && s.chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '_' | '-' | ':'))
        && !s.ends_with(':');
    if plain {
        s.to_string()
    } else {
        serde_json::to_string(s).unwrap_or_else(|_| format!("{s:?}"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn acl(p: &str, t: ResourceType, name: &str, op: Operation) -> Acl {
        Acl {
            principal: p.into(),
            resource_type: t,
            pattern: PatternType::Literal,
            name: name.into(),
            operation: op,
            permission: Permission::Allow,
            host: "*".into(),
        }
    }

    #[test]
    fn roles_become_services_and_the_rest_explicit_entries_that_read_back() {
        use Operation::*;
        use ResourceType::*;
        let mut live = vec![
            acl("User:orders-svc", Topic, "orders", Write),
            acl("User:orders-svc", Topic, "orders", Describe),
            acl("User:orders-svc", Topic, "payments", Read),
            acl("User:orders-svc", Topic, "payments", Describe),
            acl("User:orders-svc", Group, "orders-svc", Read),
            acl("User:orders-svc", TransactionalId, "orders-tx", Write),
            acl("User:orders-svc", TransactionalId, "orders-tx", Describe),
            acl("User:orders-svc", Topic, "audit", Read),
            acl("User:ops", Cluster, "kafka-cluster", DescribeConfigs),
            acl("User:ops", Topic, "*", Describe),
        ];
        for op in ADMIN {
            live.push(acl("User:ops", Topic, "orders", *op));
        }
        let mut deny = acl("User:intruder", Topic, "secret.", Read);
        deny.pattern = PatternType::Prefixed;
        deny.permission = Permission::Deny;
        deny.host = "10.0.0.1".into();
        live.push(deny);
        let out = access_block(&live);
        assert!(out.omissions.is_empty(), "{:?}", out.omissions);
        assert_eq!(out.acls, live.len());
        let y = &out.yaml;
        assert!(y.contains("    orders-svc:\n      principal: User:orders-svc\n      produces:\n        topics: [orders]\n        transactional_ids: [orders-tx]\n      consumes:\n        topics: [payments]\n        groups: [orders-svc]\n"), "{y}");
        assert!(
            y.contains("      admin:\n        topics: [orders]\n"),
            "{y}"
        );
        assert!(y.contains("      name: \"*\"\n"), "{y}");
        assert!(y.contains("      pattern: prefixed\n      operations: [read]\n      permission: deny\n      host: \"10.0.0.1\"\n"), "{y}");
        let got = reads_back_block(y);
        let want: BTreeSet<Acl> = live.into_iter().collect();
        assert_eq!(got, want, "{y}");
    }

    fn reads_back_block(y: &str) -> BTreeSet<Acl> {
        access::spec::parse(y, Path::new("t.yaml"))
            .unwrap()
            .unwrap()
            .desired()
            .into_keys()
            .collect()
    }

    #[test]
    fn an_acl_the_file_cannot_hold_is_reported() {
        let odd = acl("nocolon", ResourceType::Topic, "t", Operation::Read);
        let fine = acl("User:a", ResourceType::Topic, "t", Operation::Read);
        let out = access_block(&[odd, fine]);
        assert_eq!(out.acls, 1);
        assert_eq!(out.omissions.len(), 1, "{:?}", out.omissions);
        assert!(
            out.omissions[0].what.contains("nocolon"),
            "{:?}",
            out.omissions
        );
    }
}
