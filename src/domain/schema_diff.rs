//! Field-level differences between two parsed Avro schemas (`kctl schema
//! diff`): added and removed fields, type changes, default changes, enum
//! symbols, union branches, fixed sizes and docs.
//!
//! Works on apache-avro's parsed `Schema`, never on text, so formatting and
//! attribute order never show up. A named type is compared once, under its
//! own name (`Defect.severity`), however many fields use it.

use std::collections::{HashMap, HashSet};

use apache_avro::Schema;
use serde::Serialize;
use serde_json::Value;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ChangeKind {
    FieldAdded,
    FieldRemoved,
    TypeChanged,
    DefaultChanged,
    SymbolAdded,
    SymbolRemoved,
    EnumDefaultChanged,
    SizeChanged,
    BranchAdded,
    BranchRemoved,
    DocChanged,
    /// JSON Schema: a property became required.
    RequiredAdded,
    /// JSON Schema: a property is no longer required.
    RequiredRemoved,
    /// JSON Schema: a validation keyword (`maximum`, `maxLength`,
    /// `pattern`, `format`, `additionalProperties`, ...) changed.
    ConstraintChanged,
    /// Protobuf: a field's or an enum value's number changed.
    NumberChanged,
}

impl ChangeKind {
    pub fn as_str(self) -> &'static str {
        match self {
            ChangeKind::FieldAdded => "field added",
            ChangeKind::FieldRemoved => "field removed",
            ChangeKind::TypeChanged => "type changed",
            ChangeKind::DefaultChanged => "default changed",
            ChangeKind::SymbolAdded => "symbol added",
            ChangeKind::SymbolRemoved => "symbol removed",
            ChangeKind::EnumDefaultChanged => "enum default changed",
            ChangeKind::SizeChanged => "size changed",
            ChangeKind::BranchAdded => "union branch added",
            ChangeKind::BranchRemoved => "union branch removed",
            ChangeKind::DocChanged => "doc changed",
            ChangeKind::RequiredAdded => "now required",
            ChangeKind::RequiredRemoved => "no longer required",
            ChangeKind::ConstraintChanged => "constraint changed",
            ChangeKind::NumberChanged => "number changed",
        }
    }
}

/// One difference. `old`/`new` describe the two sides (`None`: absent).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Change {
    /// `Type.field`, `Type.field[]` (array items), `Type.field{}` (map
    /// values), or `(root)` for the top-level union.
    pub path: String,
    pub change: ChangeKind,
    pub old: Option<String>,
    pub new: Option<String>,
}

/// Differences from `old` (with the named types `old_deps` define) to `new`.
pub fn diff(old: &Schema, old_deps: &[Schema], new: &Schema, new_deps: &[Schema]) -> Vec<Change> {
    let mut d = Differ {
        old_names: names(old, old_deps),
        new_names: names(new, new_deps),
        seen: HashSet::new(),
        out: Vec::new(),
    };
    d.compare(old, new, "");
    d.out
}

type Names<'a> = HashMap<String, &'a Schema>;

fn names<'a>(schema: &'a Schema, deps: &'a [Schema]) -> Names<'a> {
    kctl_avro::names::named_types(schema, deps)
}

fn named(s: &Schema) -> Option<String> {
    match s {
        Schema::Record(r) => Some(r.name.fullname(None)),
        Schema::Enum(e) => Some(e.name.fullname(None)),
        Schema::Fixed(f) => Some(f.name.fullname(None)),
        Schema::Ref { name } => Some(name.fullname(None)),
        _ => None,
    }
}

fn short(full: &str) -> &str {
    full.rsplit('.').next().unwrap_or(full)
}

/// A type in a few words: `string`, `array<long>`, `union[null, double]`,
/// `timestamp-millis`, `com.x.Defect`.
pub fn describe(s: &Schema) -> String {
    match s {
        Schema::Null => "null".into(),
        Schema::Boolean => "boolean".into(),
        Schema::Int => "int".into(),
        Schema::Long => "long".into(),
        Schema::Float => "float".into(),
        Schema::Double => "double".into(),
        Schema::Bytes => "bytes".into(),
        Schema::String => "string".into(),
        Schema::Array(a) => format!("array<{}>", describe(&a.items)),
        Schema::Map(m) => format!("map<{}>", describe(&m.types)),
        Schema::Union(u) => format!(
            "union[{}]",
            u.variants()
                .iter()
                .map(describe)
                .collect::<Vec<_>>()
                .join(", ")
        ),
        Schema::Decimal(d) => format!("decimal({},{})", d.precision, d.scale),
        Schema::BigDecimal => "big-decimal".into(),
        Schema::Uuid(_) => "uuid".into(),
        Schema::Date => "date".into(),
        Schema::TimeMillis => "time-millis".into(),
        Schema::TimeMicros => "time-micros".into(),
        Schema::TimestampMillis => "timestamp-millis".into(),
        Schema::TimestampMicros => "timestamp-micros".into(),
        Schema::TimestampNanos => "timestamp-nanos".into(),
        Schema::LocalTimestampMillis => "local-timestamp-millis".into(),
        Schema::LocalTimestampMicros => "local-timestamp-micros".into(),
        Schema::LocalTimestampNanos => "local-timestamp-nanos".into(),
        Schema::Duration(_) => "duration".into(),
        other => named(other).unwrap_or_else(|| format!("{other:?}")),
    }
}

/// What identifies a union branch across versions: its name, or its type.
fn branch_key(s: &Schema) -> String {
    match s {
        Schema::Array(_) => "array".into(),
        Schema::Map(_) => "map".into(),
        other => named(other).unwrap_or_else(|| describe(other)),
    }
}

fn default_text(v: &Option<Value>) -> Option<String> {
    v.as_ref().map(Value::to_string)
}

struct Differ<'a> {
    old_names: Names<'a>,
    new_names: Names<'a>,
    seen: HashSet<String>,
    out: Vec<Change>,
}

impl<'a> Differ<'a> {
    fn push(&mut self, path: &str, change: ChangeKind, old: Option<String>, new: Option<String>) {
        self.out.push(Change {
            path: if path.is_empty() {
                "(root)".into()
            } else {
                path.to_string()
            },
            change,
            old,
            new,
        });
    }

    fn resolve<'s>(names: &Names<'a>, s: &'s Schema) -> &'s Schema
    where
        'a: 's,
    {
        match s {
            Schema::Ref { name } => names.get(&name.fullname(None)).copied().unwrap_or(s),
            other => other,
        }
    }

    fn compare(&mut self, old: &Schema, new: &Schema, path: &str) {
        let old = Self::resolve(&self.old_names, old);
        let new = Self::resolve(&self.new_names, new);
        let (on, nn) = (named(old), named(new));
        if let (Some(a), Some(b)) = (&on, &nn) {
            if a != b || std::mem::discriminant(old) != std::mem::discriminant(new) {
                self.push(
                    path,
                    ChangeKind::TypeChanged,
                    Some(a.clone()),
                    Some(b.clone()),
                );
                return;
            }
            // Each named type once, under its own name.
            if !self.seen.insert(a.clone()) {
                return;
            }
        }
        match (old, new) {
            (Schema::Record(a), Schema::Record(b)) => {
                let here = short(&on.unwrap_or_default()).to_string();
                if a.doc != b.doc {
                    self.push(&here, ChangeKind::DocChanged, a.doc.clone(), b.doc.clone());
                }
                for f in &a.fields {
                    let fpath = format!("{here}.{}", f.name);
                    match b.fields.iter().find(|g| g.name == f.name) {
                        None => self.push(
                            &fpath,
                            ChangeKind::FieldRemoved,
                            Some(describe(&f.schema)),
                            None,
                        ),
                        Some(g) => {
                            if f.default != g.default {
                                self.push(
                                    &fpath,
                                    ChangeKind::DefaultChanged,
                                    default_text(&f.default),
                                    default_text(&g.default),
                                );
                            }
                            if f.doc != g.doc {
                                self.push(
                                    &fpath,
                                    ChangeKind::DocChanged,
                                    f.doc.clone(),
                                    g.doc.clone(),
                                );
                            }
                            self.compare(&f.schema, &g.schema, &fpath);
                        }
                    }
                }
                for g in &b.fields {
                    if !a.fields.iter().any(|f| f.name == g.name) {
                        let mut what = describe(&g.schema);
                        if let Some(d) = &g.default {
                            what.push_str(&format!(", default {d}"));
                        }
                        self.push(
                            &format!("{here}.{}", g.name),
                            ChangeKind::FieldAdded,
                            None,
                            Some(what),
                        );
                    }
                }
            }
            (Schema::Enum(a), Schema::Enum(b)) => {
                let here = short(&on.unwrap_or_default()).to_string();
                for s in a.symbols.iter().filter(|s| !b.symbols.contains(s)) {
                    self.push(&here, ChangeKind::SymbolRemoved, Some(s.clone()), None);
                }
                for s in b.symbols.iter().filter(|s| !a.symbols.contains(s)) {
                    self.push(&here, ChangeKind::SymbolAdded, None, Some(s.clone()));
                }
                if a.default != b.default {
                    self.push(
                        &here,
                        ChangeKind::EnumDefaultChanged,
                        a.default.clone(),
                        b.default.clone(),
                    );
                }
                if a.doc != b.doc {
                    self.push(&here, ChangeKind::DocChanged, a.doc.clone(), b.doc.clone());
                }
            }
            (Schema::Fixed(a), Schema::Fixed(b)) => {
                if a.size != b.size {
                    let here = short(&on.unwrap_or_default()).to_string();
                    self.push(
                        &here,
                        ChangeKind::SizeChanged,
                        Some(a.size.to_string()),
                        Some(b.size.to_string()),
                    );
                }
            }
            (Schema::Array(a), Schema::Array(b)) => {
                self.compare(&a.items, &b.items, &format!("{path}[]"));
            }
            (Schema::Map(a), Schema::Map(b)) => {
                self.compare(&a.types, &b.types, &format!("{path}{{}}"));
            }
            (Schema::Union(a), Schema::Union(b)) => {
                let key = |s: &Schema, names: &Names<'a>| branch_key(Self::resolve(names, s));
                let old_keys: Vec<String> = a
                    .variants()
                    .iter()
                    .map(|s| key(s, &self.old_names))
                    .collect();
                let new_keys: Vec<String> = b
                    .variants()
                    .iter()
                    .map(|s| key(s, &self.new_names))
                    .collect();
                for (s, k) in a.variants().iter().zip(&old_keys) {
                    match new_keys.iter().position(|n| n == k) {
                        None => self.push(path, ChangeKind::BranchRemoved, Some(describe(s)), None),
                        Some(i) => self.compare(s, &b.variants()[i], path),
                    }
                }
                for (s, k) in b.variants().iter().zip(&new_keys) {
                    if !old_keys.contains(k) {
                        self.push(path, ChangeKind::BranchAdded, None, Some(describe(s)));
                    }
                }
            }
            (o, n) => {
                let (a, b) = (describe(o), describe(n));
                if a != b {
                    self.push(path, ChangeKind::TypeChanged, Some(a), Some(b));
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(s: &str) -> Schema {
        Schema::parse_str(s).unwrap()
    }

    fn kinds(changes: &[Change]) -> Vec<(String, ChangeKind)> {
        changes.iter().map(|c| (c.path.clone(), c.change)).collect()
    }

    #[test]
    fn formatting_and_attribute_order_are_no_difference() {
        let a = parse(
            r#"{"type":"record","name":"R","namespace":"x","fields":[{"name":"a","type":"int","default":1}]}"#,
        );
        let b = parse(
            r#"{ "fields": [ {"default": 1, "type": {"type": "int"}, "name": "a"} ],
                 "name": "x.R", "type": "record" }"#,
        );
        assert!(diff(&a, &[], &b, &[]).is_empty());
    }

    #[test]
    fn fields_types_defaults_and_enum_symbols() {
        let old = parse(
            r#"{"type":"record","name":"R","fields":[
                {"name":"a","type":"int"},
                {"name":"b","type":"string","default":"x"},
                {"name":"gone","type":"long"},
                {"name":"e","type":{"type":"enum","name":"E","symbols":["A","B"],"default":"A"}},
                {"name":"t","type":{"type":"long","logicalType":"timestamp-millis"}},
                {"name":"n","type":["null","double"],"default":null}
            ]}"#,
        );
        let new = parse(
            r#"{"type":"record","name":"R","fields":[
                {"name":"a","type":"long"},
                {"name":"b","type":"string","default":"y"},
                {"name":"e","type":{"type":"enum","name":"E","symbols":["A","C"],"default":"A"}},
                {"name":"t","type":"long"},
                {"name":"n","type":["null","double","string"],"default":null},
                {"name":"added","type":"int","default":0}
            ]}"#,
        );
        let changes = diff(&old, &[], &new, &[]);
        assert_eq!(
            kinds(&changes),
            [
                ("R.a".to_string(), ChangeKind::TypeChanged),
                ("R.b".to_string(), ChangeKind::DefaultChanged),
                ("R.gone".to_string(), ChangeKind::FieldRemoved),
                ("E".to_string(), ChangeKind::SymbolRemoved),
                ("E".to_string(), ChangeKind::SymbolAdded),
                ("R.t".to_string(), ChangeKind::TypeChanged),
                ("R.n".to_string(), ChangeKind::BranchAdded),
                ("R.added".to_string(), ChangeKind::FieldAdded),
            ]
        );
        assert_eq!(changes[0].old.as_deref(), Some("int"));
        assert_eq!(changes[0].new.as_deref(), Some("long"));
        assert_eq!(changes[1].new.as_deref(), Some("\"y\""));
        assert_eq!(changes[3].old.as_deref(), Some("B"));
        assert_eq!(changes[5].old.as_deref(), Some("timestamp-millis"));
        assert_eq!(changes[7].new.as_deref(), Some("int, default 0"));
    }

    #[test]
    fn named_types_are_compared_once_through_references() {
        let dep_old =
            parse(r#"{"type":"enum","name":"Sev","namespace":"i","symbols":["LOW","HIGH"]}"#);
        let dep_new = parse(
            r#"{"type":"enum","name":"Sev","namespace":"i","symbols":["LOW","HIGH","CRITICAL"]}"#,
        );
        let text = r#"[{"type":"record","name":"A","namespace":"q","fields":[{"name":"s","type":"i.Sev"}]},
                       {"type":"record","name":"B","namespace":"q","fields":[{"name":"s","type":"i.Sev"}]}]"#;
        let parts = |dep: &Schema| {
            let (s, deps) =
                Schema::parse_str_with_list(text, [serde_json::to_string(dep).unwrap()]).unwrap();
            (s, deps)
        };
        let (old, old_deps) = parts(&dep_old);
        let (new, new_deps) = parts(&dep_new);
        let changes = diff(&old, &old_deps, &new, &new_deps);
        assert_eq!(
            kinds(&changes),
            [("Sev".to_string(), ChangeKind::SymbolAdded)]
        );
    }

    #[test]
    fn top_level_union_branches_added_and_removed() {
        let old = parse(
            r#"[{"type":"record","name":"A","fields":[]},{"type":"record","name":"B","fields":[]}]"#,
        );
        let new = parse(
            r#"[{"type":"record","name":"A","fields":[]},{"type":"record","name":"C","fields":[]}]"#,
        );
        let changes = diff(&old, &[], &new, &[]);
        assert_eq!(
            changes,
            [
                Change {
                    path: "(root)".into(),
                    change: ChangeKind::BranchRemoved,
                    old: Some("B".into()),
                    new: None
                },
                Change {
                    path: "(root)".into(),
                    change: ChangeKind::BranchAdded,
                    old: None,
                    new: Some("C".into())
                },
            ]
        );
    }
}
