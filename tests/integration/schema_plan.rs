//! FOR THE LEAD — enable with `mod schema_plan;` in main.rs once
//! `kctl plan` / `kctl apply` call `ops::schemas::plan_schemas` and
//! `apply_schemas` (schemas in the same plan as topics).
//!
//! Assumptions about the wiring, to adjust if it differs:
//! - `kctl plan -o json` prints an object whose `schemas` key is the
//!   serialized `domain::schema_plan::SchemaPlan` (`{"global_level", "subjects":
//!   [{"subject", "action", ...}]}`);
//! - the plan table shows `output::apply::schema_plan_rows` (subject, action, detail);
//! - `kctl plan` exits 3 when topics or schemas have changes, 0 otherwise,
//!   and 1 when a schema is incompatible (apply would refuse the plan);
//! - `kctl apply` refuses (exit 1, nothing changed, topics included) when a
//!   schema is incompatible, unless `--continue-on-error`, which applies the
//!   rest and exits 4.
//!
//! The registry's state is checked with raw HTTP calls, the topics with
//! `kctl topics list`.

use std::path::Path;

use serde_json::{json, Value};

use crate::harness::*;

fn http(method: &str, path: &str, body: Option<Value>) -> (u16, Value) {
    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
    rt.block_on(async {
        let client = reqwest::Client::new();
        let mut req = client.request(
            reqwest::Method::from_bytes(method.as_bytes()).unwrap(),
            format!("{}{path}", sandbox().registry),
        );
        if let Some(b) = body {
            req = req
                .header("Content-Type", "application/vnd.schemaregistry.v1+json")
                .body(b.to_string());
        }
        let resp = req.send().await.expect("registry answers");
        let status = resp.status().as_u16();
        let text = resp.text().await.unwrap_or_default();
        (status, serde_json::from_str(&text).unwrap_or(Value::Null))
    })
}

fn enc(s: &str) -> String {
    kctl::registry::encode_segment(s)
}

fn versions(subject: &str) -> Vec<i64> {
    let (status, body) = http("GET", &format!("/subjects/{}/versions", enc(subject)), None);
    if status == 404 {
        return vec![];
    }
    body.as_array()
        .unwrap()
        .iter()
        .map(|v| v.as_i64().unwrap())
        .collect()
}

fn latest(subject: &str) -> Value {
    http(
        "GET",
        &format!("/subjects/{}/versions/latest", enc(subject)),
        None,
    )
    .1
}

struct Project {
    dir: tempfile::TempDir,
    inspection: String,
    quality: String,
    manufacturing: String,
    audit: String,
}

impl Project {
    fn yaml(&self) -> std::path::PathBuf {
        self.dir.path().join("topics.yaml")
    }

    fn schema(&self, name: &str) -> std::path::PathBuf {
        self.dir.path().join("schemas").join(name)
    }

    /// The project's bindings on unique topic names; `audit_strategy`
    /// `topic_record` keeps the audit subjects unique to this test too.
    fn write_yaml(&self, audit_strategy: &str, compatibility: Option<&str>, extra: &str) {
        let level = compatibility
            .map(|l| format!("  compatibility: {l}\n"))
            .unwrap_or_default();
        let yaml = format!(
            "defaults:\n  partitions: 1\n  replication_factor: 1\n\
             {i}:\n  value_schema: schemas/inspection.avsc\n{level}\
             {q}:\n  value_schema: schemas/quality.avsc\n{level}\
             {m}:\n  value_schema: schemas/manufacturing.avsc\n{level}\
             {a}:\n  value_schema: [schemas/user.avsc, schemas/system.avsc]\n  subject_strategy: {audit_strategy}\n{level}\
             {extra}",
            i = self.inspection,
            q = self.quality,
            m = self.manufacturing,
            a = self.audit,
        );
        std::fs::write(self.yaml(), yaml).unwrap();
    }

    fn subjects(&self) -> Vec<String> {
        let mut s = vec![
            format!("{}-value", self.inspection),
            format!("{}-value", self.quality),
            format!("{}-value", self.manufacturing),
        ];
        for (ns, names) in [
            (
                "user",
                &[
                    "UserRegistered",
                    "UserProfileUpdated",
                    "UserRoleChanged",
                    "UserLoggedIn",
                    "UserLoggedOut",
                    "UserDeactivated",
                    "UserPasswordReset",
                ][..],
            ),
            (
                "system",
                &[
                    "ServiceStarted",
                    "ServiceStopped",
                    "HealthCheckReported",
                    "ConfigurationChanged",
                    "ErrorReported",
                    "ResourceThresholdExceeded",
                ][..],
            ),
        ] {
            for n in names {
                s.push(format!("{}-com.chipinspect.{ns}.{n}", self.audit));
            }
        }
        s
    }
}

fn project() -> Project {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir(dir.path().join("schemas")).unwrap();
    for f in [
        "inspection.avsc",
        "manufacturing.avsc",
        "quality.avsc",
        "user.avsc",
        "system.avsc",
    ] {
        std::fs::copy(
            repo_root().join("schemas").join(f),
            dir.path().join("schemas").join(f),
        )
        .unwrap();
    }
    Project {
        dir,
        inspection: unique("sp.inspection"),
        quality: unique("sp.quality"),
        manufacturing: unique("sp.manufacturing"),
        audit: unique("sp.audit"),
    }
}

fn plan(p: &Project, json_out: bool) -> std::process::Output {
    let mut cmd = kctl();
    cmd.args(["plan", "-f"]).arg(p.yaml());
    if json_out {
        cmd.args(["-o", "json"]);
    }
    cmd.output().unwrap()
}

fn apply(p: &Project, extra: &[&str]) -> std::process::Output {
    kctl()
        .args(["apply", "-f"])
        .arg(p.yaml())
        .arg("--yes")
        .args(extra)
        .output()
        .unwrap()
}

fn edit_json(path: &Path, f: impl FnOnce(&mut Value)) {
    let mut v: Value = serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    f(&mut v);
    std::fs::write(path, serde_json::to_string_pretty(&v).unwrap()).unwrap();
}

fn topic_exists(name: &str) -> bool {
    let out = kctl()
        .args(["topics", "list", "-o", "json"])
        .output()
        .unwrap();
    json(&out)
        .as_array()
        .unwrap()
        .iter()
        .any(|t| t["name"] == name)
}

#[test]
fn plan_lists_schema_subjects_next_to_topics_and_apply_registers_all_32_event_types() {
    if not_on_apicurio("a reference to a subject whose schema is a union (inspection.avsc) does not resolve: registry_contract::references_to_a_union_subject") {
        return;
    }
    let p = project();
    p.write_yaml("topic_record", None, "");
    let out = plan(&p, false);
    assert_eq!(out.status.code(), Some(3), "{}", stderr(&out));
    let text = stdout(&out);
    for s in p.subjects() {
        assert!(text.contains(&s), "plan lacks {s}:\n{text}");
    }
    assert!(text.contains("register"), "{text}");

    let out = plan(&p, true);
    let v = json(&out);
    let subjects = v["schemas"]["subjects"].as_array().unwrap();
    assert_eq!(subjects.len(), 16);
    assert!(subjects.iter().all(|s| s["action"] == "register"));
    // References point at the subject registered first.
    assert_eq!(subjects[0]["subject"], format!("{}-value", p.inspection));

    let out = apply(&p, &[]);
    assert!(out.status.success(), "{}", stderr(&out));
    let mut event_types = 0;
    for s in p.subjects() {
        assert_eq!(versions(&s), [1], "{s}");
        let schema: Value = serde_json::from_str(latest(&s)["schema"].as_str().unwrap()).unwrap();
        event_types += schema.as_array().map_or(1, Vec::len);
    }
    assert_eq!(event_types, 32);
    assert_eq!(
        latest(&format!("{}-value", p.quality))["references"][0]["subject"],
        format!("{}-value", p.inspection)
    );
    assert!(topic_exists(&p.audit));
}

#[test]
fn reapply_is_a_no_op_even_after_reformatting_the_files() {
    if not_on_apicurio("a reference to a subject whose schema is a union (inspection.avsc) does not resolve: registry_contract::references_to_a_union_subject") {
        return;
    }
    let p = project();
    p.write_yaml("topic_record", None, "");
    assert!(apply(&p, &[]).status.success());
    let out = plan(&p, false);
    assert_eq!(out.status.code(), Some(0), "{}", stdout(&out));

    for f in ["inspection.avsc", "quality.avsc", "user.avsc"] {
        let path = p.schema(f);
        let v: Value = serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
        std::fs::write(&path, v.to_string()).unwrap(); // compact: whitespace differs
    }
    let out = plan(&p, true);
    assert_eq!(out.status.code(), Some(0), "{}", stdout(&out));
    let out = apply(&p, &[]);
    assert!(out.status.success());
    for s in p.subjects() {
        assert_eq!(versions(&s), [1], "{s}");
    }
}

#[test]
fn an_incompatible_schema_is_shown_with_reasons_and_apply_changes_nothing() {
    if not_on_apicurio("a reference to a subject whose schema is a union (inspection.avsc) does not resolve: registry_contract::references_to_a_union_subject") {
        return;
    }
    let p = project();
    p.write_yaml("topic_record", None, "");
    assert!(apply(&p, &[]).status.success());

    edit_json(&p.schema("quality.avsc"), |v| {
        v[0]["fields"]
            .as_array_mut()
            .unwrap()
            .push(json!({"name": "operator_note", "type": "string"}));
    });
    // A new topic in the same file must not be created either.
    let extra = unique("sp.extra");
    p.write_yaml(
        "topic_record",
        None,
        &format!("{extra}:\n  partitions: 1\n"),
    );
    // Exit 3 would tell CI "applying would succeed": a plan apply refuses is 1.
    let out = plan(&p, false);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("1 schema(s) are incompatible with the registry"),
        "{}",
        stderr(&out)
    );
    let text = stdout(&out);
    assert!(text.contains("INCOMPATIBLE"), "{text}");
    assert!(
        text.contains("with version 1: "),
        "the registry's reasons follow: {text}"
    );

    let out = apply(&p, &[]);
    assert_eq!(out.status.code(), Some(1), "{}", stdout(&out));
    assert!(stderr(&out).contains("incompatible"), "{}", stderr(&out));
    assert!(!topic_exists(&extra), "nothing changed, topics included");
    assert_eq!(versions(&format!("{}-value", p.quality)), [1]);

    let out = apply(&p, &["--continue-on-error"]);
    assert_eq!(out.status.code(), Some(4), "{}", stderr(&out));
    assert!(topic_exists(&extra));
    assert_eq!(versions(&format!("{}-value", p.quality)), [1]);
}

#[test]
fn compatibility_levels_are_planned_applied_and_stable() {
    if not_on_apicurio("a reference to a subject whose schema is a union (inspection.avsc) does not resolve: registry_contract::references_to_a_union_subject") {
        return;
    }
    let p = project();
    p.write_yaml("topic_record", Some("FULL_TRANSITIVE"), "");
    let out = plan(&p, false);
    let text = stdout(&out);
    assert!(text.contains("set compatibility"), "{text}");
    assert!(text.contains("FULL_TRANSITIVE"), "{text}");
    assert!(apply(&p, &[]).status.success());
    for s in p.subjects() {
        let (_, cfg) = http("GET", &format!("/config/{}", enc(&s)), None);
        assert_eq!(cfg["compatibilityLevel"], "FULL_TRANSITIVE", "{s}");
    }
    assert_eq!(plan(&p, false).status.code(), Some(0));
}

/// The root topics.yaml's own binding: `subject_strategy: record`, one
/// subject per record, named by the record alone.
#[test]
fn record_strategy_registers_one_subject_per_record() {
    if not_on_apicurio("a reference to a subject whose schema is a union (inspection.avsc) does not resolve: registry_contract::references_to_a_union_subject") {
        return;
    }
    let p = project();
    p.write_yaml("record", None, "");
    let out = apply(&p, &[]);
    assert!(out.status.success(), "{}", stderr(&out));
    let l = latest("com.chipinspect.system.ErrorReported");
    assert_eq!(
        l["references"],
        json!([{"name": "com.chipinspect.inspection.Severity",
                "subject": format!("{}-value", p.inspection), "version": 1}])
    );
    assert!(!versions("com.chipinspect.user.UserLoggedOut").is_empty());
}
