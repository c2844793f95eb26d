//! The `access:` block of topics.yaml, parsed strictly: the services and what
//! they do, explicit ACLs, and the scope `--prune-acls` may delete in.
//!
//! ```yaml
//! access:
//!   services:
//!     inspection-service:
//!       principal: User:inspection-svc
//!       produces:
//!         topics: [inspection.lifecycle]
//!         transactional_ids: [inspection-tx]   # optional
//!         idempotent: true                     # optional
//!       consumes:
//!         topics: [inference.workflow]
//!         groups: [inspection-service]
//!       admin:
//!         topics: [inspection.lifecycle]
//!   acls:
//!     - principal: User:auditor
//!       type: topic
//!       name: audit.
//!       pattern: prefixed        # default literal
//!       operations: [read, describe]
//!       permission: allow        # default allow
//!       host: "*"                # default *
//!   prune:                       # what `--prune-acls` may delete
//!     principals: [User:inspection-svc]
//!     resource_prefixes: ["topic:inspection."]
//! ```
//!
//! What each role derives ([`AccessSpec::desired`]): a producer gets `write`
//! and `describe` on each topic, and `write` and `describe` on each
//! transactional id. `idempotent: true` adds nothing: since Kafka 3.0
//! (KIP-679) `write` on a topic is enough for an idempotent producer, and
//! kctl targets Kafka 3 and later; a cluster older than that needs an
//! explicit `idempotent_write` on `cluster` under `acls:`. A consumer gets
//! `read` and `describe` on each topic and `read` on each group. An admin
//! gets `alter`, `alter_configs`, `create`, `delete`, `describe` and
//! `describe_configs` on each topic.
//!
//! Errors are `file:line:column` with what was expected; unknown keys are
//! errors. The rest of the file (topics) is read by [`crate::domain::spec`],
//! which skips `access:`.

use std::collections::BTreeMap;
use std::fmt;
use std::marker::PhantomData;
use std::path::Path;
use std::str::FromStr;

use serde::de::{self, Deserializer, IgnoredAny, MapAccess, SeqAccess, Visitor};
use serde::{Deserialize, Serialize};

use super::{
    validate_principal, Acl, Operation, PatternType, Permission, Resource, ResourceType,
    CLUSTER_NAME,
};
use crate::domain::spec::{validate_topic_name, SpecError};

/// The `access:` block, validated.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct AccessSpec {
    pub services: Vec<ServiceSpec>,
    /// Explicit `acls:` entries, expanded to one ACL per operation.
    pub acls: Vec<Acl>,
    /// The scope of `--prune-acls`; `None` when the file names none.
    pub prune: Option<PruneScope>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ServiceSpec {
    pub name: String,
    pub principal: String,
    pub produces: Vec<String>,
    pub transactional_ids: Vec<String>,
    pub idempotent: bool,
    pub consumes: Vec<String>,
    pub groups: Vec<String>,
    pub admin: Vec<String>,
}

/// Which live ACLs `--prune-acls` may delete: those of these principals, and
/// those on resources of a type whose name starts with a prefix.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct PruneScope {
    pub principals: Vec<String>,
    pub resource_prefixes: Vec<Resource>,
}

impl PruneScope {
    pub fn contains(&self, acl: &Acl) -> bool {
        self.principals.contains(&acl.principal)
            || self
                .resource_prefixes
                .iter()
                .any(|r| r.resource_type == acl.resource_type && acl.name.starts_with(&r.name))
    }

    pub fn describe(&self) -> String {
        let mut parts = Vec::new();
        if !self.principals.is_empty() {
            parts.push(format!("principals {}", self.principals.join(", ")));
        }
        if !self.resource_prefixes.is_empty() {
            let r: Vec<String> = self
                .resource_prefixes
                .iter()
                .map(|r| format!("{r}*"))
                .collect();
            parts.push(format!("resources {}", r.join(", ")));
        }
        parts.join("; ")
    }
}

/// The desired ACLs, each with where it comes from (`service NAME (role)` or
/// `acls[i]`), sorted.
pub type Desired = BTreeMap<Acl, Vec<String>>;

const PRODUCER_TOPIC: &[Operation] = &[Operation::Write, Operation::Describe];
const PRODUCER_TXN: &[Operation] = &[Operation::Write, Operation::Describe];
const CONSUMER_TOPIC: &[Operation] = &[Operation::Read, Operation::Describe];
const CONSUMER_GROUP: &[Operation] = &[Operation::Read];
const ADMIN_TOPIC: &[Operation] = &[
    Operation::Alter,
    Operation::AlterConfigs,
    Operation::Create,
    Operation::Delete,
    Operation::Describe,
    Operation::DescribeConfigs,
];

impl AccessSpec {
    /// Every ACL the file asks for: derived from the services, then the
    /// explicit entries; an ACL asked for twice is one ACL with both sources.
    pub fn desired(&self) -> Desired {
        let mut out: Desired = BTreeMap::new();
        let mut add =
            |principal: &str, t: ResourceType, name: &str, ops: &[Operation], source: String| {
                for op in ops {
                    let acl = Acl {
                        principal: principal.to_string(),
                        resource_type: t,
                        pattern: PatternType::Literal,
                        name: name.to_string(),
                        operation: *op,
                        permission: Permission::Allow,
                        host: "*".into(),
                    };
                    let sources = out.entry(acl).or_default();
                    if !sources.contains(&source) {
                        sources.push(source.clone());
                    }
                }
            };
        for s in &self.services {
            let src = |role: &str| format!("service {} ({role})", s.name);
            for t in &s.produces {
                add(
                    &s.principal,
                    ResourceType::Topic,
                    t,
                    PRODUCER_TOPIC,
                    src("produces"),
                );
            }
            for id in &s.transactional_ids {
                add(
                    &s.principal,
                    ResourceType::TransactionalId,
                    id,
                    PRODUCER_TXN,
                    src("produces"),
                );
            }
            for t in &s.consumes {
                add(
                    &s.principal,
                    ResourceType::Topic,
                    t,
                    CONSUMER_TOPIC,
                    src("consumes"),
                );
            }
            for g in &s.groups {
                add(
                    &s.principal,
                    ResourceType::Group,
                    g,
                    CONSUMER_GROUP,
                    src("consumes"),
                );
            }
            for t in &s.admin {
                add(
                    &s.principal,
                    ResourceType::Topic,
                    t,
                    ADMIN_TOPIC,
                    src("admin"),
                );
            }
        }
        for (i, acl) in self.acls.iter().enumerate() {
            let source = format!("acls[{i}]");
            let sources = out.entry(acl.clone()).or_default();
            if !sources.contains(&source) {
                sources.push(source);
            }
        }
        out
    }
}

/// Reads the `access:` block of `text` (read from `file`); `None` when the
/// file has none.
pub fn parse(text: &str, file: &Path) -> Result<Option<AccessSpec>, SpecError> {
    let root = serde_norway::Deserializer::from_str(text)
        .deserialize_any(RootVisitor)
        .map_err(|e| yaml_error(file, e))?;
    Ok(root.map(|raw| raw.0))
}

struct RootVisitor;

impl<'de> Visitor<'de> for RootVisitor {
    type Value = Option<RawAccess>;
    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a map from topic name to settings")
    }
    fn visit_unit<E>(self) -> Result<Self::Value, E> {
        Ok(None)
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
        let mut access = None;
        while let Some(key) = map.next_key::<String>()? {
            if key == "access" {
                access = Some(map.next_value::<RawAccess>()?);
            } else {
                map.next_value::<IgnoredAny>()?;
            }
        }
        Ok(access)
    }
    // Anything else is the topics parser's to report.
    fn visit_seq<A: SeqAccess<'de>>(self, _: A) -> Result<Self::Value, A::Error> {
        Ok(None)
    }
    fn visit_str<E>(self, _: &str) -> Result<Self::Value, E> {
        Ok(None)
    }
    fn visit_i64<E>(self, _: i64) -> Result<Self::Value, E> {
        Ok(None)
    }
    fn visit_u64<E>(self, _: u64) -> Result<Self::Value, E> {
        Ok(None)
    }
    fn visit_f64<E>(self, _: f64) -> Result<Self::Value, E> {
        Ok(None)
    }
    fn visit_bool<E>(self, _: bool) -> Result<Self::Value, E> {
        Ok(None)
    }
}

/// The block as a whole; its own visitor so the cross-entry checks carry its
/// position.
struct RawAccess(AccessSpec);

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawAccessFields {
    #[serde(default)]
    services: Option<Services>,
    #[serde(default)]
    acls: Option<Vec<Entry>>,
    #[serde(default)]
    prune: Option<RawPrune>,
}

impl<'de> Deserialize<'de> for RawAccess {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = RawAccess;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a map with `services`, `acls` and `prune`")
            }
            fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<RawAccess, A::Error> {
                let raw = RawAccessFields::deserialize(de::value::MapAccessDeserializer::new(map))?;
                let services = raw.services.map(|s| s.0).unwrap_or_default();
                let mut seen: BTreeMap<&str, &str> = BTreeMap::new();
                for s in &services {
                    if let Some(other) = seen.insert(&s.principal, &s.name) {
                        return Err(de::Error::custom(format!(
                            "services {other:?} and {:?} have the same principal {}: merge them \
                             (the ACLs of one principal cannot be told apart)",
                            s.name, s.principal
                        )));
                    }
                }
                let prune = raw.prune.map(|p| PruneScope {
                    principals: p.principals.into_iter().map(|p| p.0).collect(),
                    resource_prefixes: p.resource_prefixes.into_iter().map(|r| r.0).collect(),
                });
                if prune
                    .as_ref()
                    .is_some_and(|p| p.principals.is_empty() && p.resource_prefixes.is_empty())
                {
                    return Err(de::Error::custom(
                        "`prune` names no scope: list `principals` or `resource_prefixes`",
                    ));
                }
                Ok(RawAccess(AccessSpec {
                    services,
                    acls: raw
                        .acls
                        .unwrap_or_default()
                        .into_iter()
                        .flat_map(|e| e.0)
                        .collect(),
                    prune,
                }))
            }
        }
        d.deserialize_map(V)
    }
}

/// `services:`, a map from service name to what it does, in file order.
struct Services(Vec<ServiceSpec>);

impl<'de> Deserialize<'de> for Services {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = Services;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a map from service name to its principal and roles")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Services, A::Error> {
                let mut out: Vec<ServiceSpec> = Vec::new();
                while let Some(name) = map.next_key::<String>()? {
                    if out.iter().any(|s| s.name == name) {
                        return Err(de::Error::custom(format!(
                            "service {name:?} is declared twice"
                        )));
                    }
                    let raw: RawService = map.next_value()?;
                    let produces = raw.produces.unwrap_or_default();
                    let consumes = raw.consumes.unwrap_or_default();
                    let admin = raw.admin.unwrap_or_default();
                    out.push(ServiceSpec {
                        name,
                        principal: raw.principal.0,
                        produces: names(produces.topics),
                        transactional_ids: names(produces.transactional_ids),
                        idempotent: produces.idempotent,
                        consumes: names(consumes.topics),
                        groups: names(consumes.groups),
                        admin: names(admin.topics),
                    });
                }
                Ok(Services(out))
            }
        }
        d.deserialize_map(V)
    }
}

fn names<T: Into<String>>(list: Vec<T>) -> Vec<String> {
    list.into_iter().map(Into::into).collect()
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawService {
    principal: Principal,
    #[serde(default)]
    produces: Option<RawProduces>,
    #[serde(default)]
    consumes: Option<RawConsumes>,
    #[serde(default)]
    admin: Option<RawAdmin>,
}

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct RawProduces {
    topics: Vec<TopicName>,
    #[serde(default)]
    transactional_ids: Vec<Name>,
    #[serde(default)]
    idempotent: bool,
}

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct RawConsumes {
    topics: Vec<TopicName>,
    #[serde(default)]
    groups: Vec<Name>,
}

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct RawAdmin {
    topics: Vec<TopicName>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawPrune {
    #[serde(default)]
    principals: Vec<Principal>,
    #[serde(default)]
    resource_prefixes: Vec<Parsed<Resource>>,
}

/// One `acls:` entry, expanded to one ACL per operation.
struct Entry(Vec<Acl>);

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawEntry {
    principal: Principal,
    #[serde(rename = "type")]
    resource_type: Parsed<ResourceType>,
    #[serde(default)]
    name: Option<Name>,
    #[serde(default)]
    pattern: Option<Parsed<PatternType>>,
    operations: OneOrMany<Parsed<Operation>>,
    #[serde(default)]
    permission: Option<Parsed<Permission>>,
    #[serde(default)]
    host: Option<Name>,
}

impl<'de> Deserialize<'de> for Entry {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = Entry;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("an ACL: principal, type, name, pattern, operations, permission, host")
            }
            fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<Entry, A::Error> {
                let raw = RawEntry::deserialize(de::value::MapAccessDeserializer::new(map))?;
                let t = raw.resource_type.0;
                let pattern = raw.pattern.map_or(PatternType::Literal, |p| p.0);
                let name = match (t, raw.name.map(|n| n.0)) {
                    (ResourceType::Cluster, None) => CLUSTER_NAME.to_string(),
                    (ResourceType::Cluster, Some(n)) if n != CLUSTER_NAME => {
                        return Err(de::Error::custom(format!(
                            "a cluster resource is named {CLUSTER_NAME:?}, not {n:?} (or leave `name` out)"
                        )))
                    }
                    (_, None) => {
                        return Err(de::Error::custom(format!(
                            "a {t} ACL needs a `name` (`*` for every {t})"
                        )))
                    }
                    (_, Some(n)) => n,
                };
                if name == "*" && pattern == PatternType::Prefixed {
                    return Err(de::Error::custom(
                        "name `*` with `pattern: prefixed` matches nothing: use `pattern: literal` for every resource",
                    ));
                }
                if raw.operations.0.is_empty() {
                    return Err(de::Error::custom(
                        "`operations` is empty: name at least one",
                    ));
                }
                let permission = raw.permission.map_or(Permission::Allow, |p| p.0);
                let host = raw.host.map_or_else(|| "*".to_string(), |h| h.0);
                let principal = raw.principal.0;
                Ok(Entry(
                    raw.operations
                        .0
                        .into_iter()
                        .map(|op| Acl {
                            principal: principal.clone(),
                            resource_type: t,
                            pattern,
                            name: name.clone(),
                            operation: op.0,
                            permission,
                            host: host.clone(),
                        })
                        .collect(),
                ))
            }
        }
        d.deserialize_map(V)
    }
}

/// A string converted with `FromStr` inside the visitor, so a bad value is
/// reported at its own position.
struct Parsed<T>(T);

impl<'de, T: FromStr<Err = String>> Deserialize<'de> for Parsed<T> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V<T>(PhantomData<T>);
        impl<'de, T: FromStr<Err = String>> Visitor<'de> for V<T> {
            type Value = Parsed<T>;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a string")
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<Parsed<T>, E> {
                v.parse().map(Parsed).map_err(E::custom)
            }
        }
        d.deserialize_str(V(PhantomData))
    }
}

/// A non-empty name without surrounding whitespace.
struct Name(String);

impl FromStr for Name {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        if s.is_empty() || s.trim() != s {
            return Err(format!(
                "invalid name {s:?}: expected a non-empty name without surrounding spaces"
            ));
        }
        Ok(Name(s.to_string()))
    }
}

impl From<Name> for String {
    fn from(n: Name) -> String {
        n.0
    }
}

impl<'de> Deserialize<'de> for Name {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        Parsed::<Name>::deserialize(d).map(|p| p.0)
    }
}

struct TopicName(String);

impl FromStr for TopicName {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        validate_topic_name(s).map(|()| TopicName(s.to_string()))
    }
}

impl From<TopicName> for String {
    fn from(n: TopicName) -> String {
        n.0
    }
}

impl<'de> Deserialize<'de> for TopicName {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        Parsed::<TopicName>::deserialize(d).map(|p| p.0)
    }
}

struct Principal(String);

impl FromStr for Principal {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        validate_principal(s).map(|()| Principal(s.to_string()))
    }
}

impl<'de> Deserialize<'de> for Principal {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        Parsed::<Principal>::deserialize(d).map(|p| p.0)
    }
}

/// One value or a list of them.
struct OneOrMany<T>(Vec<T>);

impl<'de, T: FromStr<Err = String>> Deserialize<'de> for OneOrMany<Parsed<T>> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V<T>(PhantomData<T>);
        impl<'de, T: FromStr<Err = String>> Visitor<'de> for V<T> {
            type Value = OneOrMany<Parsed<T>>;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a name or a list of names")
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<Self::Value, E> {
                v.parse()
                    .map(|x| OneOrMany(vec![Parsed(x)]))
                    .map_err(E::custom)
            }
            fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Self::Value, A::Error> {
                let mut out = Vec::new();
                while let Some(x) = seq.next_element::<Parsed<T>>()? {
                    out.push(x);
                }
                Ok(OneOrMany(out))
            }
        }
        d.deserialize_any(V(PhantomData))
    }
}

/// `file:line:column: message`, without serde_norway's own position suffix.
fn yaml_error(file: &Path, e: serde_norway::Error) -> SpecError {
    let (line, column) = e
        .location()
        .map(|l| (l.line(), l.column()))
        .unwrap_or((0, 0));
    let mut message = e.to_string();
    if let Some(i) = message.rfind(" at line ") {
        message.truncate(i);
    }
    SpecError {
        file: file.to_path_buf(),
        line,
        column,
        message,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse_ok(text: &str) -> AccessSpec {
        parse(text, Path::new("topics.yaml")).unwrap().unwrap()
    }

    fn parse_err(text: &str) -> String {
        parse(text, Path::new("topics.yaml"))
            .unwrap_err()
            .to_string()
    }

    const SERVICES: &str = "\
orders:
  partitions: 1
access:
  services:
    shop:
      principal: User:shop
      produces:
        topics: [orders]
        transactional_ids: [shop-tx]
        idempotent: true
      consumes:
        topics: [orders]
        groups: [shop]
      admin:
        topics: [orders]
";

    #[test]
    fn a_file_without_access_has_none() {
        assert_eq!(
            parse("a:\n  partitions: 1\n", Path::new("t.yaml")).unwrap(),
            None
        );
    }

    #[test]
    fn each_role_derives_its_minimal_acls_once() {
        let spec = parse_ok(SERVICES);
        let desired = spec.desired();
        let got: Vec<String> = desired.keys().map(Acl::describe).collect();
        assert_eq!(
            got,
            [
                "allow read on topic:orders for User:shop",
                "allow write on topic:orders for User:shop",
                "allow create on topic:orders for User:shop",
                "allow delete on topic:orders for User:shop",
                "allow alter on topic:orders for User:shop",
                "allow describe on topic:orders for User:shop",
                "allow describe_configs on topic:orders for User:shop",
                "allow alter_configs on topic:orders for User:shop",
                "allow read on group:shop for User:shop",
                "allow write on transactional_id:shop-tx for User:shop",
                "allow describe on transactional_id:shop-tx for User:shop",
            ]
        );
        // Describe comes from three roles and is one ACL with three sources.
        let describe = desired
            .iter()
            .find(|(a, _)| {
                a.operation == Operation::Describe && a.resource_type == ResourceType::Topic
            })
            .unwrap();
        assert_eq!(
            describe.1,
            &[
                "service shop (produces)",
                "service shop (consumes)",
                "service shop (admin)"
            ]
        );
    }

    #[test]
    fn explicit_acls_expand_per_operation_with_defaults() {
        let spec = parse_ok(
            "access:\n  acls:\n    - principal: User:auditor\n      type: topic\n      name: audit.\n      pattern: prefixed\n      operations: [Read, describe]\n    - principal: User:ops\n      type: cluster\n      operations: describe_configs\n      permission: deny\n      host: 10.0.0.1\n",
        );
        assert_eq!(spec.acls.len(), 3);
        assert_eq!(spec.acls[0].pattern, PatternType::Prefixed);
        assert_eq!(spec.acls[0].host, "*");
        assert_eq!(spec.acls[0].permission, Permission::Allow);
        assert_eq!(spec.acls[2].name, CLUSTER_NAME);
        assert_eq!(spec.acls[2].permission, Permission::Deny);
        assert_eq!(spec.acls[2].host, "10.0.0.1");
    }

    #[test]
    fn unknown_keys_and_bad_values_are_errors_at_their_position() {
        let e = parse_err("access:\n  services:\n    shop:\n      principal: User:shop\n      produce:\n        topics: [a]\n");
        assert!(e.starts_with("topics.yaml:5:7: "), "{e}");
        assert!(
            e.contains("unknown field `produce`, expected one of"),
            "{e}"
        );
        let e = parse_err("access:\n  services:\n    shop:\n      principal: shop\n");
        assert!(e.starts_with("topics.yaml:4:18: "), "{e}");
        assert!(e.contains("invalid principal \"shop\""), "{e}");
        let e = parse_err("access:\n  acls:\n    - principal: User:a\n      type: topic\n      name: t\n      operations: [read, reed]\n");
        assert!(e.starts_with("topics.yaml:6:26: "), "{e}");
        assert!(e.contains("unknown operation \"reed\""), "{e}");
        let e = parse_err("access:\n  services:\n    shop:\n      principal: User:a\n      consumes:\n        topics: [\"bad topic\"]\n");
        assert!(e.starts_with("topics.yaml:6:18:"), "{e}");
        let e = parse_err("access:\n  prune: {}\n");
        assert!(e.contains("`prune` names no scope"), "{e}");
        let e = parse_err("access:\n  grants: []\n");
        assert!(e.starts_with("topics.yaml:2:3: "), "{e}");
        assert!(e.contains("unknown field `grants`"), "{e}");
    }

    #[test]
    fn entries_that_cannot_mean_anything_are_refused() {
        let e = parse_err("access:\n  acls:\n    - principal: User:a\n      type: topic\n      operations: read\n");
        assert!(e.contains("a topic ACL needs a `name`"), "{e}");
        let e = parse_err("access:\n  acls:\n    - principal: User:a\n      type: cluster\n      name: c1\n      operations: read\n");
        assert!(
            e.contains("a cluster resource is named \"kafka-cluster\""),
            "{e}"
        );
        let e = parse_err("access:\n  services:\n    a:\n      principal: User:x\n    b:\n      principal: User:x\n");
        assert!(e.contains("have the same principal User:x"), "{e}");
    }

    #[test]
    fn the_prune_scope_holds_principals_and_resource_prefixes() {
        let spec = parse_ok("access:\n  prune:\n    principals: [User:a]\n    resource_prefixes: [\"topic:inspection.\"]\n");
        let scope = spec.prune.unwrap();
        let acl = |p: &str, t: ResourceType, n: &str| Acl {
            principal: p.into(),
            resource_type: t,
            pattern: PatternType::Literal,
            name: n.into(),
            operation: Operation::Read,
            permission: Permission::Allow,
            host: "*".into(),
        };
        assert!(scope.contains(&acl("User:a", ResourceType::Group, "g")));
        assert!(scope.contains(&acl("User:b", ResourceType::Topic, "inspection.lifecycle")));
        assert!(!scope.contains(&acl("User:b", ResourceType::Group, "inspection.x")));
        assert!(!scope.contains(&acl("User:b", ResourceType::Topic, "orders")));
    }
}
