//! Differences between two Protobuf schemas (`kctl schema diff` on `.proto`
//! files), on the compiled descriptors, never the text: the package,
//! messages and enums added or removed (nested ones too), fields added or
//! removed, a field's number, type or label (`repeated`, `optional`,
//! `required`) changed, and enum values added, removed or renumbered.
//!
//! Messages and enums are matched by full name, fields and enum values by
//! name. Paths are `Message.field` (full message names without the
//! package), or `(package)`.

use std::collections::BTreeMap;

use prost_reflect::{Cardinality, EnumDescriptor, FieldDescriptor, Kind, MessageDescriptor};

use super::ProtoSchema;
use crate::domain::schema_diff::{Change, ChangeKind};

/// Differences from `old` to `new`.
pub fn diff(old: &ProtoSchema, new: &ProtoSchema) -> Vec<Change> {
    let mut out = Vec::new();
    if old.package() != new.package() {
        out.push(change(
            "(package)",
            ChangeKind::TypeChanged,
            Some(old.package().to_string()),
            Some(new.package().to_string()),
        ));
    }
    let (om, nm) = (messages(old), messages(new));
    for (name, o) in &om {
        match nm.get(name) {
            None => out.push(change(
                name,
                ChangeKind::FieldRemoved,
                Some("message".into()),
                None,
            )),
            Some(n) => fields(name, o, n, &mut out),
        }
    }
    for name in nm.keys().filter(|k| !om.contains_key(*k)) {
        out.push(change(
            name,
            ChangeKind::FieldAdded,
            None,
            Some("message".into()),
        ));
    }
    let (oe, ne) = (enums(old), enums(new));
    for (name, o) in &oe {
        match ne.get(name) {
            None => out.push(change(
                name,
                ChangeKind::FieldRemoved,
                Some("enum".into()),
                None,
            )),
            Some(n) => enum_values(name, o, n, &mut out),
        }
    }
    for name in ne.keys().filter(|k| !oe.contains_key(*k)) {
        out.push(change(
            name,
            ChangeKind::FieldAdded,
            None,
            Some("enum".into()),
        ));
    }
    out
}

fn change(path: &str, kind: ChangeKind, old: Option<String>, new: Option<String>) -> Change {
    Change {
        path: path.to_string(),
        change: kind,
        old,
        new,
    }
}

/// A full name without the schema's package.
fn local(s: &ProtoSchema, full: &str) -> String {
    let p = s.package();
    match full.strip_prefix(p).and_then(|r| r.strip_prefix('.')) {
        Some(r) if !p.is_empty() => r.to_string(),
        _ => full.to_string(),
    }
}

fn messages(s: &ProtoSchema) -> BTreeMap<String, MessageDescriptor> {
    s.message_names()
        .into_iter()
        .filter_map(|n| s.pool().get_message_by_name(&n).map(|m| (local(s, &n), m)))
        .collect()
}

fn enums(s: &ProtoSchema) -> BTreeMap<String, EnumDescriptor> {
    fn walk(m: MessageDescriptor, out: &mut Vec<EnumDescriptor>) {
        out.extend(m.child_enums());
        m.child_messages().for_each(|c| walk(c, out));
    }
    let mut all: Vec<EnumDescriptor> = s.file().enums().collect();
    s.file().messages().for_each(|m| walk(m, &mut all));
    all.into_iter()
        .map(|e| (local(s, e.full_name()), e))
        .collect()
}

/// A field's type as the `.proto` would write it: `repeated string`,
/// `map<string, int32>`, `optional toy.Mood`.
pub fn describe(f: &FieldDescriptor) -> String {
    fn kind(k: Kind) -> String {
        match k {
            Kind::Message(m) => m.full_name().to_string(),
            Kind::Enum(e) => e.full_name().to_string(),
            other => format!("{other:?}").to_lowercase(),
        }
    }
    if f.is_map() {
        if let Kind::Message(entry) = f.kind() {
            return format!(
                "map<{}, {}>",
                kind(entry.map_entry_key_field().kind()),
                kind(entry.map_entry_value_field().kind())
            );
        }
    }
    let label = match f.cardinality() {
        Cardinality::Repeated => "repeated ",
        Cardinality::Required => "required ",
        Cardinality::Optional if f.containing_oneof().is_some_and(|o| o.is_synthetic()) => {
            "optional "
        }
        Cardinality::Optional => "",
    };
    let oneof = match f.containing_oneof() {
        Some(o) if !o.is_synthetic() => format!(" (oneof {})", o.name()),
        _ => String::new(),
    };
    format!("{label}{}{oneof}", kind(f.kind()))
}

fn fields(msg: &str, old: &MessageDescriptor, new: &MessageDescriptor, out: &mut Vec<Change>) {
    for o in old.fields() {
        let path = format!("{msg}.{}", o.name());
        let Some(n) = new.get_field_by_name(o.name()) else {
            out.push(change(
                &path,
                ChangeKind::FieldRemoved,
                Some(describe(&o)),
                None,
            ));
            continue;
        };
        if o.number() != n.number() {
            out.push(change(
                &path,
                ChangeKind::NumberChanged,
                Some(o.number().to_string()),
                Some(n.number().to_string()),
            ));
        }
        let (dt_o, dt_n) = (describe(&o), describe(&n));
        if dt_o != dt_n {
            out.push(change(
                &path,
                ChangeKind::TypeChanged,
                Some(dt_o),
                Some(dt_n),
            ));
        }
    }
    for n in new
        .fields()
        .filter(|n| old.get_field_by_name(n.name()).is_none())
    {
        out.push(change(
            &format!("{msg}.{}", n.name()),
            ChangeKind::FieldAdded,
            None,
            Some(format!("{} = {}", describe(&n), n.number())),
        ));
    }
}

fn enum_values(name: &str, old: &EnumDescriptor, new: &EnumDescriptor, out: &mut Vec<Change>) {
    for o in old.values() {
        match new.get_value_by_name(o.name()) {
            None => out.push(change(
                name,
                ChangeKind::SymbolRemoved,
                Some(o.name().into()),
                None,
            )),
            Some(n) if n.number() != o.number() => out.push(change(
                &format!("{name}.{}", o.name()),
                ChangeKind::NumberChanged,
                Some(o.number().to_string()),
                Some(n.number().to_string()),
            )),
            Some(_) => {}
        }
    }
    for n in new
        .values()
        .filter(|n| old.get_value_by_name(n.name()).is_none())
    {
        out.push(change(
            name,
            ChangeKind::SymbolAdded,
            None,
            Some(n.name().into()),
        ));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn p(text: &str) -> ProtoSchema {
        ProtoSchema::parse(text, &[]).unwrap()
    }

    #[test]
    fn fields_numbers_types_messages_and_enum_values() {
        let old = p(r#"syntax = "proto3"; package t;
enum Mood { M0 = 0; HAPPY = 1; SAD = 2; }
message A { string id = 1; int32 n = 2; repeated string tags = 3; Mood mood = 4; }
message Gone { string x = 1; }"#);
        let new = p(r#"syntax = "proto3"; package t;
enum Mood { M0 = 0; HAPPY = 1; CALM = 3; }
message A { string id = 1; int64 n = 5; string tags = 3; Mood mood = 4; optional string note = 6; }
message New { message Inner { bool b = 1; } }"#);
        let got: Vec<(String, &str, Option<String>, Option<String>)> = diff(&old, &new)
            .into_iter()
            .map(|c| (c.path, c.change.as_str(), c.old, c.new))
            .collect();
        let has = |path: &str, kind: &str| got.iter().any(|g| g.0 == path && g.1 == kind);
        assert!(has("A.n", "number changed"), "{got:?}");
        assert!(has("A.n", "type changed"), "{got:?}");
        assert!(has("A.tags", "type changed"), "{got:?}");
        assert!(has("A.note", "field added"), "{got:?}");
        assert!(has("Gone", "field removed"), "{got:?}");
        assert!(
            has("New", "field added") && has("New.Inner", "field added"),
            "{got:?}"
        );
        assert!(
            has("Mood", "symbol removed") && has("Mood", "symbol added"),
            "{got:?}"
        );
        assert!(
            !got.iter().any(|g| g.0 == "A.id" || g.0 == "A.mood"),
            "{got:?}"
        );
        let note = got.iter().find(|g| g.0 == "A.note").unwrap();
        assert_eq!(note.3.as_deref(), Some("optional string = 6"));
        assert!(diff(&old, &old).is_empty());
    }

    #[test]
    fn formatting_and_comments_are_not_differences() {
        let a = p("syntax = \"proto3\";\nmessage A { string id = 1; }");
        let b = p("// the same\nsyntax = \"proto3\";\n\nmessage A {\n  string id = 1; // id\n}\n");
        assert!(diff(&a, &b).is_empty());
        let c = p("syntax = \"proto3\"; package q; message A { string id = 1; }");
        assert_eq!(diff(&a, &c)[0].path, "(package)");
    }
}
