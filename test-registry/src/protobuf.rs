//! Protocol Buffers for the registry: parsing a submission with its
//! references, the form that decides whether two submissions are "the same
//! schema", the serialized form clients ask for with `format=serialized`, and
//! the compatibility rules of Confluent's Protobuf checker.
//!
//! **Parsing.** A submission is either `.proto` source (proto2 or proto3) or,
//! as Confluent's Python serializer sends it, a base64-encoded serialized
//! `google.protobuf.FileDescriptorProto`. Either is compiled in-process by
//! `protox` (no `protoc`), with imports resolved first against the
//! references (a reference's `name` is the import path, its schema the file's
//! content, itself text or base64) and then against the well-known types
//! protox ships (`google/protobuf/timestamp.proto` and the like).
//!
//! **Identity.** Two submissions are the same schema when their compiled
//! `FileDescriptorProto`s encode to the same bytes once the file name, the
//! source locations and `json_name`s equal to the default are cleared: so
//! whitespace and comments do not matter, and neither does sending the
//! descriptor instead of the text. Declaration order, options and the
//! import list still do. (Simpler than Confluent's canonical re-rendering,
//! and stricter in the same places the Avro form is.)
//!
//! **Compatibility** follows Confluent's `ProtobufSchema` diff: the old and
//! new files are compared as "original" and "update" (the update is the new
//! schema for BACKWARD, the old one for FORWARD), which yields differences,
//! and any difference outside Confluent's compatible set makes the pair
//! incompatible. Fields are matched by number, messages and enums by name.
//!
//! | difference | compatible |
//! |---|---|
//! | `PACKAGE_CHANGED` | no |
//! | `MESSAGE_ADDED`, `MESSAGE_MOVED` (reordered) | yes |
//! | `MESSAGE_REMOVED` (also a rename) | no |
//! | `ENUM_ADDED`, `ENUM_REMOVED`, `ENUM_CONST_ADDED`, `ENUM_CONST_CHANGED`, `ENUM_CONST_REMOVED` | yes |
//! | `FIELD_ADDED`, `FIELD_REMOVED`, `FIELD_NAME_CHANGED` (a field renumbered is removed plus added) | yes |
//! | `FIELD_KIND_CHANGED` (scalar or enum / message / map) | no |
//! | `FIELD_SCALAR_KIND_CHANGED`, outside the wire groups int32-uint32-int64-uint64-bool-enum, sint32-sint64, fixed32-sfixed32, fixed64-sfixed64, string-bytes | no |
//! | `FIELD_NAMED_TYPE_CHANGED` (another message type, or the same one changed incompatibly) | no |
//! | `FIELD_NUMERIC_LABEL_CHANGED` (e.g. optional to repeated for a number) | no |
//! | `FIELD_STRING_OR_BYTES_LABEL_CHANGED` | yes |
//! | `REQUIRED_FIELD_ADDED`, `REQUIRED_FIELD_REMOVED` (proto2) | no |
//! | `ONEOF_ADDED`, `ONEOF_REMOVED`, `ONEOF_FIELD_ADDED` | yes |
//! | `ONEOF_FIELD_REMOVED`, `MULTIPLE_FIELDS_MOVED_TO_ONEOF`, `FIELD_MOVED_TO_EXISTING_ONEOF` | no |
//!
//! As in Confluent, labels are compared only where both are explicit (a
//! proto3 field without `optional`, or a oneof member, has none), and a
//! message-typed field whose type keeps its name (without the package) is
//! compared field by field, through references too.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use base64::engine::general_purpose::STANDARD;
use base64::Engine as _;
use prost::Message as _;
use prost_reflect::prost_types::FileDescriptorProto;
use prost_reflect::{
    Cardinality, DescriptorPool, EnumDescriptor, FieldDescriptor, FileDescriptor, Kind,
    MessageDescriptor, OneofDescriptor, Syntax,
};
use protox::file::{ChainFileResolver, File, FileResolver, GoogleFileResolver};

/// A parsed submission: every file it needs, compiled together, and the
/// name of its own file among them.
#[derive(Debug, Clone)]
pub struct ProtoResolved {
    pool: DescriptorPool,
    root: String,
}

/// What [`parse`] makes of a submission.
#[derive(Debug, Clone)]
pub struct Parsed {
    /// Equal for the same schema; see the module documentation.
    pub normalized: String,
    /// base64 of the compiled `FileDescriptorProto` (`format=serialized`).
    pub serialized: String,
    pub resolved: ProtoResolved,
}

impl ProtoResolved {
    fn file(&self) -> Option<FileDescriptor> {
        self.pool.get_file_by_name(&self.root)
    }
}

/// The file name given to a text submission when no reference takes it.
const ROOT_NAME: &str = "schema.proto";

/// Compiles `text` with the referenced schemas (import path, content); the
/// error is a one-line reason, for a 42201 message.
pub fn parse(text: &str, referenced: &[(String, String)]) -> Result<Parsed, String> {
    let mut files = HashMap::new();
    for (name, content) in referenced {
        let file = to_file(name, content).map_err(|e| format!("referenced schema {name}: {e}"))?;
        files.insert(name.clone(), file);
    }
    // A descriptor names its own file; a text gets a name no import uses.
    let given = decode_descriptor(text).and_then(|d| d.name.filter(|n| !n.is_empty()));
    let root = given
        .into_iter()
        .chain(std::iter::once(ROOT_NAME.to_owned()))
        .chain((1..).map(|n| format!("schema-{n}.proto")))
        .find(|name| !files.contains_key(name))
        .unwrap_or_else(|| ROOT_NAME.to_owned());
    files.insert(root.clone(), to_file(&root, text)?);

    let mut resolver = ChainFileResolver::new();
    resolver.add(MemoryResolver(files));
    resolver.add(GoogleFileResolver::new());
    let mut compiler = protox::Compiler::with_file_resolver(resolver);
    compiler.include_imports(true).include_source_info(false);
    compiler
        .open_file(&root)
        .map_err(|e| one_line(&format!("Invalid schema: {e}")))?;
    let pool = compiler.descriptor_pool();
    let file = pool
        .get_file_by_name(&root)
        .ok_or_else(|| format!("Invalid schema: {root} did not compile"))?;

    let mut proto = file.file_descriptor_proto().clone();
    proto.source_code_info = None;
    let serialized = STANDARD.encode(proto.encode_to_vec());
    proto.name = None;
    clear_default_json_names(&mut proto);
    let normalized = STANDARD.encode(proto.encode_to_vec());
    Ok(Parsed {
        normalized,
        serialized,
        resolved: ProtoResolved { pool, root },
    })
}

/// Resolves imports to the submission and its references.
struct MemoryResolver(HashMap<String, File>);

impl FileResolver for MemoryResolver {
    fn open_file(&self, name: &str) -> Result<File, protox::Error> {
        self.0
            .get(name)
            .cloned()
            .ok_or_else(|| protox::Error::file_not_found(name))
    }
}

/// A schema's content as the file `name`: a base64 descriptor or `.proto` text.
fn to_file(name: &str, content: &str) -> Result<File, String> {
    match decode_descriptor(content) {
        Some(mut descriptor) => {
            descriptor.name = Some(name.to_owned());
            Ok(File::from_file_descriptor_proto(descriptor))
        }
        None => {
            File::from_source(name, content).map_err(|e| one_line(&format!("Invalid schema: {e}")))
        }
    }
}

/// The descriptor, when `content` is base64 of a `FileDescriptorProto`.
/// `.proto` text never is: it has spaces, semicolons or quotes.
fn decode_descriptor(content: &str) -> Option<FileDescriptorProto> {
    let trimmed = content.trim();
    if trimmed.is_empty()
        || !trimmed
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'+' | b'/' | b'='))
    {
        return None;
    }
    let bytes = STANDARD.decode(trimmed).ok()?;
    FileDescriptorProto::decode(bytes.as_slice()).ok()
}

fn one_line(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// protoc and protox may or may not fill in `json_name`; only a name other
/// than the default one (lowerCamelCase of the field name) means something.
fn clear_default_json_names(file: &mut FileDescriptorProto) {
    fn message(m: &mut prost_reflect::prost_types::DescriptorProto) {
        for field in m.field.iter_mut().chain(m.extension.iter_mut()) {
            if field.json_name.as_deref() == Some(default_json_name(field.name()).as_str()) {
                field.json_name = None;
            }
        }
        m.nested_type.iter_mut().for_each(message);
    }
    file.message_type.iter_mut().for_each(message);
    for field in &mut file.extension {
        if field.json_name.as_deref() == Some(default_json_name(field.name()).as_str()) {
            field.json_name = None;
        }
    }
}

fn default_json_name(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    let mut upper = false;
    for c in name.chars() {
        if c == '_' {
            upper = true;
        } else if upper {
            out.extend(c.to_uppercase());
            upper = false;
        } else {
            out.push(c);
        }
    }
    out
}

// ----- compatibility -----

/// The kinds of difference Confluent's Protobuf checker reports.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Change {
    PackageChanged,
    MessageAdded,
    MessageRemoved,
    MessageMoved,
    EnumAdded,
    EnumRemoved,
    EnumConstAdded,
    EnumConstChanged,
    EnumConstRemoved,
    FieldAdded,
    FieldRemoved,
    FieldNameChanged,
    FieldKindChanged,
    FieldScalarKindChanged,
    FieldNamedTypeChanged,
    FieldNumericLabelChanged,
    FieldStringOrBytesLabelChanged,
    RequiredFieldAdded,
    RequiredFieldRemoved,
    OneofAdded,
    OneofRemoved,
    OneofFieldAdded,
    OneofFieldRemoved,
    MultipleFieldsMovedToOneof,
    FieldMovedToExistingOneof,
}

impl Change {
    pub fn as_str(self) -> &'static str {
        match self {
            Change::PackageChanged => "PACKAGE_CHANGED",
            Change::MessageAdded => "MESSAGE_ADDED",
            Change::MessageRemoved => "MESSAGE_REMOVED",
            Change::MessageMoved => "MESSAGE_MOVED",
            Change::EnumAdded => "ENUM_ADDED",
            Change::EnumRemoved => "ENUM_REMOVED",
            Change::EnumConstAdded => "ENUM_CONST_ADDED",
            Change::EnumConstChanged => "ENUM_CONST_CHANGED",
            Change::EnumConstRemoved => "ENUM_CONST_REMOVED",
            Change::FieldAdded => "FIELD_ADDED",
            Change::FieldRemoved => "FIELD_REMOVED",
            Change::FieldNameChanged => "FIELD_NAME_CHANGED",
            Change::FieldKindChanged => "FIELD_KIND_CHANGED",
            Change::FieldScalarKindChanged => "FIELD_SCALAR_KIND_CHANGED",
            Change::FieldNamedTypeChanged => "FIELD_NAMED_TYPE_CHANGED",
            Change::FieldNumericLabelChanged => "FIELD_NUMERIC_LABEL_CHANGED",
            Change::FieldStringOrBytesLabelChanged => "FIELD_STRING_OR_BYTES_LABEL_CHANGED",
            Change::RequiredFieldAdded => "REQUIRED_FIELD_ADDED",
            Change::RequiredFieldRemoved => "REQUIRED_FIELD_REMOVED",
            Change::OneofAdded => "ONEOF_ADDED",
            Change::OneofRemoved => "ONEOF_REMOVED",
            Change::OneofFieldAdded => "ONEOF_FIELD_ADDED",
            Change::OneofFieldRemoved => "ONEOF_FIELD_REMOVED",
            Change::MultipleFieldsMovedToOneof => "MULTIPLE_FIELDS_MOVED_TO_ONEOF",
            Change::FieldMovedToExistingOneof => "FIELD_MOVED_TO_EXISTING_ONEOF",
        }
    }

    /// Confluent's set of compatible changes.
    pub fn is_compatible(self) -> bool {
        matches!(
            self,
            Change::MessageAdded
                | Change::MessageMoved
                | Change::EnumAdded
                | Change::EnumRemoved
                | Change::EnumConstAdded
                | Change::EnumConstChanged
                | Change::EnumConstRemoved
                | Change::FieldAdded
                | Change::FieldRemoved
                | Change::FieldNameChanged
                | Change::FieldStringOrBytesLabelChanged
                | Change::OneofAdded
                | Change::OneofRemoved
                | Change::OneofFieldAdded
        )
    }
}

/// One difference between an original and an updated schema.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Difference {
    pub change: Change,
    /// `#/Message/Nested/3`-style: messages by name, fields by number.
    pub path: String,
    pub detail: String,
}

impl std::fmt::Display for Difference {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "{} at {}: {}",
            self.change.as_str(),
            self.path,
            self.detail
        )
    }
}

/// Reasons why data written with `writer` may not be read with `reader`:
/// the incompatible differences from `writer` (original) to `reader`
/// (update), as Confluent's backward check of `reader` against `writer`.
pub fn read_problems(writer: &ProtoResolved, reader: &ProtoResolved) -> Vec<String> {
    differences(writer, reader)
        .into_iter()
        .filter(|d| !d.change.is_compatible())
        .map(|d| d.to_string())
        .collect()
}

/// Every difference from `original` to `update`, compatible ones included.
pub fn differences(original: &ProtoResolved, update: &ProtoResolved) -> Vec<Difference> {
    let (Some(o), Some(u)) = (original.file(), update.file()) else {
        return Vec::new();
    };
    let mut diff = Diff::default();
    if o.package_name() != u.package_name() {
        diff.push(
            Change::PackageChanged,
            "#/".into(),
            format!(
                "package {:?} became {:?}",
                o.package_name(),
                u.package_name()
            ),
        );
    }
    diff.compare_types(
        "#",
        o.messages().collect(),
        o.enums().collect(),
        u.messages().collect(),
        u.enums().collect(),
    );
    diff.out
}

#[derive(Default)]
struct Diff {
    out: Vec<Difference>,
    /// Message pairs compared (or being compared), by full names, and
    /// whether they turned out compatible: recursive types end, and a pair
    /// reached twice reports its differences once.
    messages: HashMap<(String, String), bool>,
}

/// What a field holds, for the kind comparison.
enum Shape {
    Scalar(ScalarKind, String),
    Message(MessageDescriptor),
    Map(Box<Shape>, Box<Shape>),
}

/// Confluent's wire-compatible groups of scalars (an enum is a number).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum ScalarKind {
    GeneralNumber,
    SignedNumber,
    StringOrBytes,
    Fixed32,
    Fixed64,
    Float,
    Double,
}

fn shape_of_kind(kind: Kind) -> Shape {
    let (scalar, name) = match kind {
        Kind::Message(message) => return Shape::Message(message),
        Kind::Enum(e) => (ScalarKind::GeneralNumber, e.full_name().to_owned()),
        Kind::Int32 => (ScalarKind::GeneralNumber, "int32".into()),
        Kind::Int64 => (ScalarKind::GeneralNumber, "int64".into()),
        Kind::Uint32 => (ScalarKind::GeneralNumber, "uint32".into()),
        Kind::Uint64 => (ScalarKind::GeneralNumber, "uint64".into()),
        Kind::Bool => (ScalarKind::GeneralNumber, "bool".into()),
        Kind::Sint32 => (ScalarKind::SignedNumber, "sint32".into()),
        Kind::Sint64 => (ScalarKind::SignedNumber, "sint64".into()),
        Kind::String => (ScalarKind::StringOrBytes, "string".into()),
        Kind::Bytes => (ScalarKind::StringOrBytes, "bytes".into()),
        Kind::Fixed32 => (ScalarKind::Fixed32, "fixed32".into()),
        Kind::Sfixed32 => (ScalarKind::Fixed32, "sfixed32".into()),
        Kind::Fixed64 => (ScalarKind::Fixed64, "fixed64".into()),
        Kind::Sfixed64 => (ScalarKind::Fixed64, "sfixed64".into()),
        Kind::Float => (ScalarKind::Float, "float".into()),
        Kind::Double => (ScalarKind::Double, "double".into()),
    };
    Shape::Scalar(scalar, name)
}

fn shape(field: &FieldDescriptor) -> Shape {
    match field.kind() {
        Kind::Message(entry) if field.is_map() => Shape::Map(
            Box::new(shape_of_kind(entry.map_entry_key_field().kind())),
            Box::new(shape_of_kind(entry.map_entry_value_field().kind())),
        ),
        kind => shape_of_kind(kind),
    }
}

impl Shape {
    fn kind_name(&self) -> &'static str {
        match self {
            Shape::Scalar(..) => "scalar",
            Shape::Message(_) => "message",
            Shape::Map(..) => "map",
        }
    }

    fn describe(&self) -> String {
        match self {
            Shape::Scalar(_, name) => name.clone(),
            Shape::Message(m) => m.full_name().to_owned(),
            Shape::Map(k, v) => format!("map<{}, {}>", k.describe(), v.describe()),
        }
    }
}

/// The real oneof a field belongs to (a proto3 `optional` field's
/// synthetic oneof does not count).
fn oneof_of(field: &FieldDescriptor) -> Option<String> {
    field
        .containing_oneof()
        .filter(|o| !o.is_synthetic())
        .map(|o| o.name().to_owned())
}

/// The explicit label, as Confluent's parser sees it: none for oneof
/// members and proto3 fields without `optional`/`repeated`.
fn label(field: &FieldDescriptor) -> Option<Cardinality> {
    if oneof_of(field).is_some() {
        return None;
    }
    let cardinality = field.cardinality();
    let implicit = field.parent_file().syntax() == Syntax::Proto3
        && cardinality == Cardinality::Optional
        && !field.field_descriptor_proto().proto3_optional();
    (!implicit).then_some(cardinality)
}

fn label_name(label: Cardinality) -> &'static str {
    match label {
        Cardinality::Optional => "optional",
        Cardinality::Required => "required",
        Cardinality::Repeated => "repeated",
    }
}

/// A message's name without its package: what Confluent compares.
fn local_name(message: &MessageDescriptor) -> String {
    let package = message.package_name();
    let full = message.full_name();
    if package.is_empty() {
        full.to_owned()
    } else {
        full.strip_prefix(&format!("{package}."))
            .unwrap_or(full)
            .to_owned()
    }
}

fn message_path(message: &MessageDescriptor) -> String {
    format!("#/{}", local_name(message).replace('.', "/"))
}

fn field_detail(field: &FieldDescriptor) -> String {
    format!("field {} '{}'", field.number(), field.name())
}

impl Diff {
    fn push(&mut self, change: Change, path: String, detail: String) {
        self.out.push(Difference {
            change,
            path,
            detail,
        });
    }

    fn incompatible_count(&self) -> usize {
        self.out
            .iter()
            .filter(|d| !d.change.is_compatible())
            .count()
    }

    /// Messages (map entries aside) and enums declared side by side.
    /// Returns whether every message pair compared is compatible.
    fn compare_types(
        &mut self,
        path: &str,
        original_messages: Vec<MessageDescriptor>,
        original_enums: Vec<EnumDescriptor>,
        update_messages: Vec<MessageDescriptor>,
        update_enums: Vec<EnumDescriptor>,
    ) -> bool {
        let index =
            |messages: Vec<MessageDescriptor>| -> BTreeMap<String, (usize, MessageDescriptor)> {
                messages
                    .into_iter()
                    .filter(|m| !m.is_map_entry())
                    .enumerate()
                    .map(|(i, m)| (m.name().to_owned(), (i, m)))
                    .collect()
            };
        let (om, um) = (index(original_messages), index(update_messages));
        let names: BTreeSet<&String> = om.keys().chain(um.keys()).collect();
        let mut compatible = true;
        for name in names {
            let here = format!("{path}/{name}");
            match (om.get(name), um.get(name)) {
                (Some(_), None) => self.push(
                    Change::MessageRemoved,
                    here,
                    format!("message {name} was removed or renamed"),
                ),
                (None, Some(_)) => {
                    self.push(Change::MessageAdded, here, format!("message {name} is new"))
                }
                (Some((oi, o)), Some((ui, u))) => {
                    compatible &= self.compare_messages(o, u);
                    if oi != ui {
                        self.push(
                            Change::MessageMoved,
                            here,
                            format!("message {name} moved from position {oi} to {ui}"),
                        );
                    }
                }
                (None, None) => {}
            }
        }
        let by_name = |enums: Vec<EnumDescriptor>| -> BTreeMap<String, EnumDescriptor> {
            enums
                .into_iter()
                .map(|e| (e.name().to_owned(), e))
                .collect()
        };
        let (oe, ue) = (by_name(original_enums), by_name(update_enums));
        let names: BTreeSet<&String> = oe.keys().chain(ue.keys()).collect();
        for name in names {
            let here = format!("{path}/{name}");
            match (oe.get(name), ue.get(name)) {
                (Some(_), None) => self.push(
                    Change::EnumRemoved,
                    here,
                    format!("enum {name} was removed"),
                ),
                (None, Some(_)) => {
                    self.push(Change::EnumAdded, here, format!("enum {name} is new"))
                }
                (Some(o), Some(u)) => self.compare_enums(&here, o, u),
                (None, None) => {}
            }
        }
        compatible
    }

    fn compare_enums(&mut self, path: &str, original: &EnumDescriptor, update: &EnumDescriptor) {
        let by_number = |e: &EnumDescriptor| -> BTreeMap<i32, String> {
            e.values()
                .map(|v| (v.number(), v.name().to_owned()))
                .collect()
        };
        let (o, u) = (by_number(original), by_number(update));
        let numbers: BTreeSet<&i32> = o.keys().chain(u.keys()).collect();
        for number in numbers {
            let here = format!("{path}/{number}");
            match (o.get(number), u.get(number)) {
                (Some(name), None) => self.push(
                    Change::EnumConstRemoved,
                    here,
                    format!("constant {name} = {number} was removed"),
                ),
                (None, Some(name)) => self.push(
                    Change::EnumConstAdded,
                    here,
                    format!("constant {name} = {number} is new"),
                ),
                (Some(a), Some(b)) if a != b => self.push(
                    Change::EnumConstChanged,
                    here,
                    format!("constant {number} was {a}, is now {b}"),
                ),
                _ => {}
            }
        }
    }

    /// Compares two messages; returns whether they are compatible.
    fn compare_messages(
        &mut self,
        original: &MessageDescriptor,
        update: &MessageDescriptor,
    ) -> bool {
        let key = (
            original.full_name().to_owned(),
            update.full_name().to_owned(),
        );
        if let Some(known) = self.messages.get(&key) {
            return *known;
        }
        // While in progress a recursive reference counts as compatible.
        self.messages.insert(key.clone(), true);
        let before = self.incompatible_count();
        let path = message_path(original);

        let fields = |m: &MessageDescriptor| -> BTreeMap<u32, (FieldDescriptor, Option<String>)> {
            m.fields()
                .map(|f| (f.number(), (f.clone(), oneof_of(&f))))
                .collect()
        };
        let (o_all, u_all) = (fields(original), fields(update));
        let plain = |all: &BTreeMap<u32, (FieldDescriptor, Option<String>)>| -> BTreeMap<u32, FieldDescriptor> {
            all.iter()
                .filter(|(_, (_, oneof))| oneof.is_none())
                .map(|(n, (f, _))| (*n, f.clone()))
                .collect()
        };
        let (mut o_plain, u_plain) = (plain(&o_all), plain(&u_all));
        let oneofs = |m: &MessageDescriptor| -> BTreeMap<String, OneofDescriptor> {
            m.oneofs()
                .filter(|o| !o.is_synthetic())
                .map(|o| (o.name().to_owned(), o))
                .collect()
        };
        let (o_oneofs, u_oneofs) = (oneofs(original), oneofs(update));

        // Fields moving into a oneof: one from outside is fine, more are not
        // (setting one would clear the others), nor one joining old members.
        for (name, oneof) in &u_oneofs {
            let (mut moved, mut existing) = (0, 0);
            for field in oneof.fields() {
                if o_plain.remove(&field.number()).is_some() {
                    moved += 1;
                } else if o_all
                    .get(&field.number())
                    .is_some_and(|(_, oneof)| oneof.is_some())
                {
                    existing += 1;
                }
            }
            let here = format!("{path}/{name}");
            if moved > 1 {
                self.push(
                    Change::MultipleFieldsMovedToOneof,
                    here,
                    format!("{moved} fields moved into oneof {name}"),
                );
            } else if moved == 1 && existing > 0 {
                self.push(
                    Change::FieldMovedToExistingOneof,
                    here,
                    format!("a field moved into oneof {name}, which already had members"),
                );
            }
        }

        let names: BTreeSet<&String> = o_oneofs.keys().chain(u_oneofs.keys()).collect();
        for name in names {
            let here = format!("{path}/{name}");
            match (o_oneofs.get(name), u_oneofs.get(name)) {
                (Some(_), None) => self.push(
                    Change::OneofRemoved,
                    here,
                    format!("oneof {name} was removed"),
                ),
                (None, Some(_)) => {
                    self.push(Change::OneofAdded, here, format!("oneof {name} is new"))
                }
                (Some(o), Some(u)) => {
                    let members = |o: &OneofDescriptor| -> BTreeMap<u32, FieldDescriptor> {
                        o.fields().map(|f| (f.number(), f)).collect()
                    };
                    let (om, um) = (members(o), members(u));
                    let numbers: BTreeSet<&u32> = om.keys().chain(um.keys()).collect();
                    for number in numbers {
                        let there = format!("{here}/{number}");
                        match (om.get(number), um.get(number)) {
                            // Moved out of the oneof elsewhere: not a removal.
                            (Some(f), None) if !u_all.contains_key(number) => self.push(
                                Change::OneofFieldRemoved,
                                there,
                                format!("{} left oneof {name}", field_detail(f)),
                            ),
                            (None, Some(f)) => self.push(
                                Change::OneofFieldAdded,
                                there,
                                format!("{} joined oneof {name}", field_detail(f)),
                            ),
                            (Some(a), Some(b)) => self.compare_fields(&there, a, b),
                            _ => {}
                        }
                    }
                }
                (None, None) => {}
            }
        }

        let numbers: BTreeSet<u32> = o_plain.keys().chain(u_plain.keys()).copied().collect();
        for number in numbers {
            let here = format!("{path}/{number}");
            match (o_plain.get(&number), u_plain.get(&number)) {
                (Some(f), None) if f.is_required() => self.push(
                    Change::RequiredFieldRemoved,
                    here,
                    format!("required {} was removed", field_detail(f)),
                ),
                (Some(f), None) => self.push(
                    Change::FieldRemoved,
                    here,
                    format!("{} was removed", field_detail(f)),
                ),
                (None, Some(f)) if f.is_required() => self.push(
                    Change::RequiredFieldAdded,
                    here,
                    format!("required {} is new", field_detail(f)),
                ),
                (None, Some(f)) => self.push(
                    Change::FieldAdded,
                    here,
                    format!("{} is new", field_detail(f)),
                ),
                (Some(a), Some(b)) => self.compare_fields(&here, a, b),
                (None, None) => {}
            }
        }

        // Fields whose oneof membership changed were compared nowhere above.
        for (number, (o, o_oneof)) in &o_all {
            let Some((u, u_oneof)) = u_all.get(number) else {
                continue;
            };
            let same_place = match (o_oneof, u_oneof) {
                (None, None) => true,
                (Some(a), Some(b)) => a == b,
                _ => false,
            };
            if !same_place {
                self.compare_fields(&format!("{path}/{number}"), o, u);
            }
        }

        let nested_compatible = self.compare_types(
            &path,
            original.child_messages().collect(),
            original.child_enums().collect(),
            update.child_messages().collect(),
            update.child_enums().collect(),
        );
        let compatible = nested_compatible && self.incompatible_count() == before;
        self.messages.insert(key, compatible);
        compatible
    }

    fn compare_fields(&mut self, path: &str, original: &FieldDescriptor, update: &FieldDescriptor) {
        if original.name() != update.name() {
            self.push(
                Change::FieldNameChanged,
                path.to_owned(),
                format!(
                    "field {} was '{}', is now '{}'",
                    original.number(),
                    original.name(),
                    update.name()
                ),
            );
        }
        let what = field_detail(update);
        self.compare_shapes(
            path,
            &what,
            label(original),
            label(update),
            &shape(original),
            &shape(update),
        );
    }

    fn compare_shapes(
        &mut self,
        path: &str,
        what: &str,
        original_label: Option<Cardinality>,
        update_label: Option<Cardinality>,
        original: &Shape,
        update: &Shape,
    ) {
        match (original, update) {
            (Shape::Scalar(ok, oname), Shape::Scalar(uk, uname)) => {
                if ok != uk {
                    self.push(
                        Change::FieldScalarKindChanged,
                        path.to_owned(),
                        format!("{what} was {oname}, is now {uname}, which the wire format does not carry over"),
                    );
                } else if let (Some(ol), Some(ul)) = (original_label, update_label) {
                    if ol != ul {
                        let change = if *ok == ScalarKind::StringOrBytes {
                            Change::FieldStringOrBytesLabelChanged
                        } else {
                            Change::FieldNumericLabelChanged
                        };
                        self.push(
                            change,
                            path.to_owned(),
                            format!("{what} was {}, is now {}", label_name(ol), label_name(ul)),
                        );
                    }
                }
            }
            (Shape::Message(o), Shape::Message(u)) => {
                if local_name(o) != local_name(u) {
                    self.push(
                        Change::FieldNamedTypeChanged,
                        path.to_owned(),
                        format!(
                            "{what} was of type {}, is now {}",
                            o.full_name(),
                            u.full_name()
                        ),
                    );
                } else if !self.compare_messages(o, u) {
                    self.push(
                        Change::FieldNamedTypeChanged,
                        path.to_owned(),
                        format!("{what} has type {}, changed incompatibly", u.full_name()),
                    );
                }
            }
            (Shape::Map(ok, ov), Shape::Map(uk, uv)) => {
                self.compare_shapes(path, &format!("{what} (key)"), None, None, ok, uk);
                self.compare_shapes(path, &format!("{what} (value)"), None, None, ov, uv);
            }
            _ => self.push(
                Change::FieldKindChanged,
                path.to_owned(),
                format!(
                    "{what} was a {} ({}), is now a {} ({})",
                    original.kind_name(),
                    original.describe(),
                    update.kind_name(),
                    update.describe()
                ),
            ),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn p(text: &str) -> Parsed {
        parse(text, &[]).unwrap_or_else(|e| panic!("test schema parses: {e}"))
    }

    fn proto3(body: &str) -> String {
        format!("syntax = \"proto3\";\npackage toy;\n{body}")
    }

    fn proto2(body: &str) -> String {
        format!("syntax = \"proto2\";\npackage toy;\n{body}")
    }

    /// The differences from `old` to `new` (Confluent's backward check).
    fn diffs(old: &str, new: &str) -> Vec<Difference> {
        differences(&p(old).resolved, &p(new).resolved)
    }

    fn changes(old: &str, new: &str) -> Vec<Change> {
        diffs(old, new).into_iter().map(|d| d.change).collect()
    }

    /// Incompatible differences from `old` to `new`.
    fn problems(old: &str, new: &str) -> Vec<String> {
        read_problems(&p(old).resolved, &p(new).resolved)
    }

    #[test]
    fn text_proto3_and_proto2_parse() {
        let parsed = p(&proto3("message User { int64 id = 1; string name = 2; }"));
        let file = parsed.resolved.file().expect("root file");
        assert_eq!(file.package_name(), "toy");
        assert_eq!(
            file.messages()
                .map(|m| m.full_name().to_owned())
                .collect::<Vec<_>>(),
            ["toy.User"]
        );
        p(&proto2(
            "message User { required int64 id = 1; optional string name = 2; }",
        ));
    }

    #[test]
    fn invalid_schemas_give_a_one_line_reason() {
        let error =
            parse("syntax = \"proto3\";\nmessage User { int64 id = ; }", &[]).expect_err("invalid");
        assert!(error.starts_with("Invalid schema"), "{error}");
        assert!(!error.contains('\n'), "{error}");
        let error = parse(&proto3("message U { Nope n = 1; }"), &[]).expect_err("unknown type");
        assert!(error.contains("Nope"), "{error}");
    }

    #[test]
    fn base64_descriptors_are_the_same_schema_as_their_text() {
        let text = proto3("message User { int64 id = 1; string full_name = 2; }");
        let parsed = p(&text);
        // What Confluent's Python serializer sends: the descriptor, base64.
        let mut descriptor = FileDescriptorProto::decode(
            STANDARD
                .decode(&parsed.serialized)
                .expect("base64")
                .as_slice(),
        )
        .expect("a descriptor");
        descriptor.name = Some("toy/user.proto".into());
        // protoc does not always fill json_name in.
        descriptor.message_type[0].field[1].json_name = None;
        let sent = STANDARD.encode(descriptor.encode_to_vec());
        let from_descriptor = p(&sent);
        assert_eq!(from_descriptor.normalized, parsed.normalized);
        assert_eq!(from_descriptor.resolved.root, "toy/user.proto");
        assert!(read_problems(&from_descriptor.resolved, &parsed.resolved).is_empty());
    }

    #[test]
    fn whitespace_and_comments_do_not_change_identity() {
        let a = p(&proto3("message User { int64 id = 1; }"));
        let b = p("// users\nsyntax   =   \"proto3\";\n\n/* the package */ package toy;\n\nmessage User {\n  int64 id = 1; // the id\n}\n");
        assert_eq!(a.normalized, b.normalized);
        let c = p(&proto3("message User { int64 id = 2; }"));
        assert_ne!(a.normalized, c.normalized);
        let d = p(&proto3(
            "message User { int64 id = 1 [json_name = \"ID\"]; }",
        ));
        assert_ne!(a.normalized, d.normalized);
    }

    #[test]
    fn imports_resolve_through_references_transitively() {
        let base = (
            "toy/base.proto".to_owned(),
            "syntax = \"proto3\"; package toy; message Id { int64 value = 1; }".to_owned(),
        );
        let common = (
            "toy/common.proto".to_owned(),
            "syntax = \"proto3\"; package toy; import \"toy/base.proto\"; \
             message Address { Id id = 1; string city = 2; }"
                .to_owned(),
        );
        let user = proto3("import \"toy/common.proto\";\nmessage User { Address home = 1; }");
        let parsed = parse(&user, &[common.clone(), base.clone()]).expect("parses");
        assert!(parsed.resolved.pool.get_message_by_name("toy.Id").is_some());

        let error = parse(&user, &[base]).expect_err("common is missing");
        assert!(error.contains("toy/common.proto"), "{error}");
        assert!(!error.contains('\n'), "{error}");

        // A referenced schema sent as a base64 descriptor works too.
        let common_desc = p(&common
            .1
            .replace("import \"toy/base.proto\";", "")
            .replace("Id id = 1;", "int64 id = 1;"))
        .serialized;
        parse(&user, &[("toy/common.proto".into(), common_desc)]).expect("descriptor reference");
    }

    #[test]
    fn well_known_types_need_no_reference() {
        let parsed = p(&proto3(
            "import \"google/protobuf/timestamp.proto\";\n\
             import \"google/protobuf/wrappers.proto\";\n\
             message Event { google.protobuf.Timestamp at = 1; google.protobuf.StringValue note = 2; }",
        ));
        let event = parsed
            .resolved
            .pool
            .get_message_by_name("toy.Event")
            .expect("event");
        assert_eq!(event.fields().count(), 2);
    }

    #[test]
    fn package_change_is_incompatible() {
        let old = proto3("message A { int32 x = 1; }");
        let new = old.replace("package toy;", "package other;");
        assert_eq!(changes(&old, &new), [Change::PackageChanged]);
        assert!(problems(&old, &new)[0].starts_with("PACKAGE_CHANGED at #/"));
    }

    #[test]
    fn removing_or_renaming_a_message_is_incompatible_adding_is_not() {
        let old = proto3("message A { int32 x = 1; } message B { int32 y = 1; }");
        let renamed = proto3("message A { int32 x = 1; } message C { int32 y = 1; }");
        let reasons = problems(&old, &renamed);
        assert_eq!(reasons.len(), 1, "{reasons:?}");
        assert!(
            reasons[0].starts_with("MESSAGE_REMOVED at #/B"),
            "{reasons:?}"
        );
        let added = proto3("message A { int32 x = 1; } message B { int32 y = 1; } message C {}");
        assert_eq!(changes(&old, &added), [Change::MessageAdded]);
        assert!(problems(&old, &added).is_empty());
        // Reordering is compatible (message indexes follow the schema id).
        let moved = proto3("message B { int32 y = 1; } message A { int32 x = 1; }");
        assert!(changes(&old, &moved).contains(&Change::MessageMoved));
        assert!(problems(&old, &moved).is_empty());
        // Nested messages too.
        let nested = proto3("message A { message N { int32 z = 1; } N n = 1; }");
        let gone = proto3("message A { message M { int32 z = 1; } M n = 1; }");
        let reasons = problems(&nested, &gone);
        assert!(
            reasons
                .iter()
                .any(|r| r.starts_with("MESSAGE_REMOVED at #/A/N")),
            "{reasons:?}"
        );
    }

    #[test]
    fn fields_are_matched_by_number() {
        let old = proto3("message A { int32 x = 1; string s = 2; }");
        let removed = proto3("message A { int32 x = 1; }");
        assert_eq!(changes(&old, &removed), [Change::FieldRemoved]);
        assert_eq!(changes(&removed, &old), [Change::FieldAdded]);
        let renamed = proto3("message A { int32 y = 1; string s = 2; }");
        assert_eq!(changes(&old, &renamed), [Change::FieldNameChanged]);
        // The same name under another number: removed plus added, allowed.
        let renumbered = proto3("message A { int32 x = 3; string s = 2; }");
        assert_eq!(
            changes(&old, &renumbered),
            [Change::FieldRemoved, Change::FieldAdded]
        );
        assert!(problems(&old, &renumbered).is_empty());
    }

    #[test]
    fn field_kind_changes_are_incompatible() {
        let old = proto3("message A { int32 x = 1; } message B { int32 y = 1; }");
        let to_message = proto3("message A { B x = 1; } message B { int32 y = 1; }");
        let reasons = problems(&old, &to_message);
        assert_eq!(reasons.len(), 1, "{reasons:?}");
        assert!(
            reasons[0].starts_with("FIELD_KIND_CHANGED at #/A/1"),
            "{reasons:?}"
        );
        assert!(reasons[0].contains("'x'"), "{reasons:?}");
        let to_map = proto3("message A { map<string, int32> x = 1; } message B { int32 y = 1; }");
        assert_eq!(changes(&old, &to_map), [Change::FieldKindChanged]);
    }

    #[test]
    fn scalar_changes_within_a_wire_group_are_compatible() {
        let field = |t: &str| proto3(&format!("enum E {{ Z = 0; }} message A {{ {t} x = 1; }}"));
        for (a, b) in [
            ("int32", "int64"),
            ("int32", "uint64"),
            ("uint32", "bool"),
            ("int32", "E"),
            ("sint32", "sint64"),
            ("fixed32", "sfixed32"),
            ("fixed64", "sfixed64"),
            ("string", "bytes"),
        ] {
            assert!(problems(&field(a), &field(b)).is_empty(), "{a} -> {b}");
        }
        for (a, b) in [
            ("int32", "sint32"),
            ("int32", "string"),
            ("fixed32", "fixed64"),
            ("float", "double"),
            ("int64", "fixed64"),
            ("bytes", "int32"),
        ] {
            let reasons = problems(&field(a), &field(b));
            assert_eq!(reasons.len(), 1, "{a} -> {b}: {reasons:?}");
            assert!(
                reasons[0].starts_with("FIELD_SCALAR_KIND_CHANGED at #/A/1"),
                "{reasons:?}"
            );
        }
    }

    #[test]
    fn named_type_changes_are_incompatible() {
        let old =
            proto3("message A { B b = 1; } message B { int32 y = 1; } message C { int32 y = 1; }");
        let other =
            proto3("message A { C b = 1; } message B { int32 y = 1; } message C { int32 y = 1; }");
        let reasons = problems(&old, &other);
        assert_eq!(reasons.len(), 1, "{reasons:?}");
        assert!(
            reasons[0].starts_with("FIELD_NAMED_TYPE_CHANGED at #/A/1"),
            "{reasons:?}"
        );
        // The same type changed incompatibly: its change, and the field's.
        let changed =
            proto3("message A { B b = 1; } message B { string y = 1; } message C { int32 y = 1; }");
        let found = changes(&old, &changed);
        assert!(found.contains(&Change::FieldScalarKindChanged), "{found:?}");
        assert!(found.contains(&Change::FieldNamedTypeChanged), "{found:?}");
        // Map values are compared too.
        let map = |v: &str| proto3(&format!("message A {{ map<string, {v}> m = 1; }}"));
        assert_eq!(
            changes(&map("int32"), &map("string")),
            [Change::FieldScalarKindChanged]
        );
        assert!(problems(&map("int32"), &map("int64")).is_empty());
    }

    #[test]
    fn recursive_types_end() {
        let old = proto3("message Node { Node next = 1; int32 v = 2; }");
        let new = proto3("message Node { Node next = 1; string v = 2; }");
        let reasons = problems(&old, &new);
        assert_eq!(reasons.len(), 1, "{reasons:?}");
        assert!(problems(&old, &old).is_empty());
    }

    #[test]
    fn label_changes_matter_for_numbers_not_strings() {
        let old = proto2("message A { optional int32 n = 1; optional string s = 2; }");
        let new = proto2("message A { repeated int32 n = 1; repeated string s = 2; }");
        let found = diffs(&old, &new);
        assert_eq!(
            found.iter().map(|d| d.change).collect::<Vec<_>>(),
            [
                Change::FieldNumericLabelChanged,
                Change::FieldStringOrBytesLabelChanged
            ]
        );
        let reasons = problems(&old, &new);
        assert_eq!(reasons.len(), 1, "{reasons:?}");
        assert!(reasons[0].starts_with("FIELD_NUMERIC_LABEL_CHANGED at #/A/1"));
        // A proto3 field without a label has none to change (as in Confluent).
        let implicit = proto3("message A { int32 n = 1; }");
        let repeated = proto3("message A { repeated int32 n = 1; }");
        assert!(problems(&implicit, &repeated).is_empty());
        let optional = proto3("message A { optional int32 n = 1; }");
        assert!(problems(&optional, &repeated)[0].starts_with("FIELD_NUMERIC_LABEL_CHANGED"));
        assert!(problems(&implicit, &optional).is_empty());
    }

    #[test]
    fn required_fields_may_be_neither_added_nor_removed() {
        let old = proto2("message A { optional int32 x = 1; }");
        let new = proto2("message A { optional int32 x = 1; required string r = 2; }");
        assert_eq!(changes(&old, &new), [Change::RequiredFieldAdded]);
        assert_eq!(changes(&new, &old), [Change::RequiredFieldRemoved]);
        assert_eq!(problems(&old, &new).len(), 1);
        assert_eq!(problems(&new, &old).len(), 1);
        let optional = proto2("message A { optional int32 x = 1; optional string r = 2; }");
        assert!(problems(&old, &optional).is_empty());
    }

    #[test]
    fn oneof_rules() {
        let old = proto3(
            "message A { oneof pick { int32 a = 1; string b = 2; } int32 c = 3; int32 d = 4; }",
        );
        // A member removed from a oneof: incompatible.
        let removed = proto3("message A { oneof pick { int32 a = 1; } int32 c = 3; int32 d = 4; }");
        let reasons = problems(&old, &removed);
        assert_eq!(reasons.len(), 1, "{reasons:?}");
        assert!(
            reasons[0].starts_with("ONEOF_FIELD_REMOVED at #/A/pick/2"),
            "{reasons:?}"
        );
        // Added to it: compatible.
        assert_eq!(changes(&removed, &old), [Change::OneofFieldAdded]);
        // Moved out of the oneof: not a removal.
        let out = proto3(
            "message A { oneof pick { int32 a = 1; } string b = 2; int32 c = 3; int32 d = 4; }",
        );
        assert!(
            problems(&old, &out).is_empty(),
            "{:?}",
            problems(&old, &out)
        );
        // Two plain fields into a new oneof: incompatible; one is fine.
        let two = proto3("message A { oneof pick { int32 a = 1; string b = 2; } oneof more { int32 c = 3; int32 d = 4; } }");
        let reasons = problems(&old, &two);
        assert_eq!(reasons.len(), 1, "{reasons:?}");
        assert!(
            reasons[0].starts_with("MULTIPLE_FIELDS_MOVED_TO_ONEOF at #/A/more"),
            "{reasons:?}"
        );
        let one = proto3("message A { oneof pick { int32 a = 1; string b = 2; } oneof more { int32 c = 3; } int32 d = 4; }");
        assert!(problems(&old, &one).is_empty());
        assert!(changes(&old, &one).contains(&Change::OneofAdded));
        assert!(changes(&one, &old).contains(&Change::OneofRemoved));
        assert!(problems(&one, &old).is_empty());
        // One plain field joining a oneof that had members: incompatible.
        let join = proto3(
            "message A { oneof pick { int32 a = 1; string b = 2; int32 c = 3; } int32 d = 4; }",
        );
        let reasons = problems(&old, &join);
        assert_eq!(reasons.len(), 1, "{reasons:?}");
        assert!(
            reasons[0].starts_with("FIELD_MOVED_TO_EXISTING_ONEOF at #/A/pick"),
            "{reasons:?}"
        );
        // A type change inside a oneof is still seen.
        let retyped = proto3(
            "message A { oneof pick { int32 a = 1; double b = 2; } int32 c = 3; int32 d = 4; }",
        );
        assert!(problems(&old, &retyped)[0].starts_with("FIELD_SCALAR_KIND_CHANGED at #/A/pick/2"));
        // So is one on a field that moved into (or out of) a oneof.
        let moved_retyped = proto3(
            "message A { oneof pick { int32 a = 1; string b = 2; } oneof more { string c = 3; } int32 d = 4; }",
        );
        let reasons = problems(&old, &moved_retyped);
        assert_eq!(reasons.len(), 1, "{reasons:?}");
        assert!(
            reasons[0].starts_with("FIELD_SCALAR_KIND_CHANGED at #/A/3"),
            "{reasons:?}"
        );
        assert_eq!(problems(&moved_retyped, &old).len(), 1);
        // A proto3 `optional` field's synthetic oneof is no oneof.
        let optional = proto3("message A { oneof pick { int32 a = 1; string b = 2; } optional int32 c = 3; int32 d = 4; }");
        assert!(
            changes(&old, &optional).is_empty(),
            "{:?}",
            changes(&old, &optional)
        );
    }

    #[test]
    fn enum_changes_are_compatible_as_in_confluent() {
        let old = proto3("enum E { A = 0; B = 1; C = 2; } message M { E e = 1; }");
        let new =
            proto3("enum E { A = 0; BB = 1; D = 3; } message M { E e = 1; } enum F { X = 0; }");
        let found = changes(&old, &new);
        for change in [
            Change::EnumConstChanged,
            Change::EnumConstRemoved,
            Change::EnumConstAdded,
            Change::EnumAdded,
        ] {
            assert!(found.contains(&change), "{change:?} in {found:?}");
        }
        assert!(problems(&old, &new).is_empty());
        let no_enum = proto3("message M { int32 e = 1; }");
        assert_eq!(changes(&old, &no_enum), [Change::EnumRemoved]);
        assert!(problems(&old, &no_enum).is_empty());
    }

    #[test]
    fn referenced_types_are_compared_through_references() {
        let common = |t: &str| {
            (
                "toy/common.proto".to_owned(),
                format!(
                    "syntax = \"proto3\"; package toy.common; message Address {{ {t} city = 1; }}"
                ),
            )
        };
        let user =
            proto3("import \"toy/common.proto\";\nmessage User { toy.common.Address home = 1; }");
        let old = parse(&user, &[common("string")]).expect("old");
        let same = parse(&user, &[common("bytes")]).expect("compatible");
        let new = parse(&user, &[common("int32")]).expect("new");
        assert!(read_problems(&old.resolved, &same.resolved).is_empty());
        let reasons = read_problems(&old.resolved, &new.resolved);
        assert_eq!(reasons.len(), 2, "{reasons:?}");
        assert!(
            reasons[0].starts_with("FIELD_SCALAR_KIND_CHANGED at #/Address/1"),
            "{reasons:?}"
        );
        assert!(
            reasons[1].starts_with("FIELD_NAMED_TYPE_CHANGED at #/User/1"),
            "{reasons:?}"
        );
    }
}
