//! The HTTP surface: routes, request parsing and response bodies. The rules
//! themselves live in [`crate::store`].

use std::collections::HashMap;
use std::sync::{Arc, Mutex, MutexGuard};

use axum::body::Bytes;
use axum::extract::{FromRequestParts, Path, Query, State};
use axum::http::request::Parts;
use axum::http::{header, HeaderValue, StatusCode};
use axum::middleware;
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::Router;
use serde::de::DeserializeOwned;
use serde_json::{json, Map, Value};

use crate::auth::{self, Credentials};
use crate::compat::Level;
use crate::error::{json_response, ApiError, CONTENT_TYPE};
use crate::store::{
    CompatTarget, ReferenceRequest, Registry, SchemaRequest, SchemaType, SchemaView, VersionSpec,
    VersionView,
};

type Shared = Arc<Mutex<Registry>>;
type ApiResult = Result<Response, ApiError>;

/// The registry's routes over a fresh, empty registry, behind basic auth
/// when `auth` is given.
pub fn router(auth: Option<Credentials>) -> Router {
    let routes = Router::new()
        .route("/", get(health))
        .route("/subjects", get(list_subjects))
        .route("/subjects/{subject}", post(lookup).delete(delete_subject))
        .route(
            "/subjects/{subject}/versions",
            get(list_versions).post(register),
        )
        .route(
            "/subjects/{subject}/versions/{version}",
            get(get_version).delete(delete_version),
        )
        .route(
            "/subjects/{subject}/versions/{version}/schema",
            get(get_version_schema),
        )
        .route(
            "/subjects/{subject}/versions/{version}/referencedby",
            get(referenced_by),
        )
        .route("/schemas/types", get(schema_types))
        .route("/schemas/ids/{id}", get(get_schema))
        .route("/schemas/ids/{id}/schema", get(get_schema_text))
        .route("/schemas/ids/{id}/versions", get(id_versions))
        .route("/schemas/ids/{id}/subjects", get(id_subjects))
        .route(
            "/config",
            get(get_global_level)
                .put(put_global_level)
                .delete(delete_global_level),
        )
        .route(
            "/config/{subject}",
            get(get_subject_level)
                .put(put_subject_level)
                .delete(delete_subject_level),
        )
        .route(
            "/compatibility/subjects/{subject}/versions",
            post(check_as_register),
        )
        .route(
            "/compatibility/subjects/{subject}/versions/{version}",
            post(check_version),
        )
        .fallback(|| async { ApiError::route_not_found() })
        .method_not_allowed_fallback(|| async { ApiError::method_not_allowed() })
        .with_state(Shared::default());
    match auth {
        Some(credentials) => routes.layer(middleware::from_fn_with_state(
            Arc::new(credentials),
            auth::require,
        )),
        None => routes,
    }
}

/// The registry lock. A panic in another request must not turn every later
/// request into a panic too, so a poisoned lock is simply taken over.
fn registry(state: &Shared) -> MutexGuard<'_, Registry> {
    state
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner())
}

// ----- extractors answering in the registry's error format -----

/// Path segments, percent-decoded (so `a%2Fb` is the subject `a/b`).
struct Segments<T>(T);

impl<S: Send + Sync, T: DeserializeOwned + Send> FromRequestParts<S> for Segments<T> {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, Self::Rejection> {
        Path::<T>::from_request_parts(parts, state)
            .await
            .map(|Path(value)| Segments(value))
            .map_err(|rejection| ApiError::bad_request(rejection.body_text()))
    }
}

/// Query parameters such as `deleted=true` or `defaultToGlobal=true`.
struct Flags(HashMap<String, String>);

impl Flags {
    fn is_set(&self, name: &str) -> bool {
        self.0
            .get(name)
            .is_some_and(|value| value.eq_ignore_ascii_case("true"))
    }

    fn get(&self, name: &str) -> Option<&str> {
        self.0.get(name).map(String::as_str)
    }
}

impl<S: Send + Sync> FromRequestParts<S> for Flags {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, Self::Rejection> {
        Query::<HashMap<String, String>>::from_request_parts(parts, state)
            .await
            .map(|Query(map)| Flags(map))
            .map_err(|rejection| ApiError::bad_request(rejection.body_text()))
    }
}

// ----- request bodies -----

/// The body as JSON, whatever Content-Type the client declared: kctl sends
/// the registry media type, curl users often send none.
fn json_body(body: &[u8]) -> Result<Value, ApiError> {
    if body.iter().all(u8::is_ascii_whitespace) {
        return Err(ApiError::bad_request("The request body is empty"));
    }
    serde_json::from_slice(body)
        .map_err(|error| ApiError::bad_request(format!("Malformed JSON request body: {error}")))
}

/// The body of register, lookup and compatibility requests.
///
/// AVRO, JSON and PROTOBUF schemas are supported; any other type is
/// refused with 42201 rather than stored unchecked.
fn schema_request(body: &[u8]) -> Result<SchemaRequest, ApiError> {
    let body = json_body(body)?;
    let schema = match body.get("schema") {
        Some(Value::String(text)) if !text.trim().is_empty() => text.clone(),
        _ => {
            return Err(ApiError::invalid_schema(
                "the request needs a non-empty \"schema\" string",
            ))
        }
    };
    let schema_type = match body.get("schemaType") {
        None | Some(Value::Null) => SchemaType::Avro,
        Some(Value::String(kind)) if kind.eq_ignore_ascii_case("AVRO") => SchemaType::Avro,
        Some(Value::String(kind)) if kind.eq_ignore_ascii_case("JSON") => SchemaType::Json,
        Some(Value::String(kind)) if kind.eq_ignore_ascii_case("PROTOBUF") => SchemaType::Protobuf,
        Some(other) => {
            let kind = other
                .as_str()
                .map_or_else(|| other.to_string(), str::to_owned);
            return Err(ApiError::invalid_schema(format!(
                "unsupported schema type {kind}: this test registry supports AVRO, JSON and PROTOBUF"
            )));
        }
    };
    let references = match body.get("references") {
        None | Some(Value::Null) => Vec::new(),
        Some(Value::Array(items)) => items
            .iter()
            .map(reference_request)
            .collect::<Result<_, _>>()?,
        Some(_) => return Err(ApiError::invalid_schema("\"references\" must be an array")),
    };
    Ok(SchemaRequest {
        schema,
        schema_type,
        references,
    })
}

fn reference_request(item: &Value) -> Result<ReferenceRequest, ApiError> {
    let text = |key: &str| item.get(key).and_then(Value::as_str).map(str::to_owned);
    let version = item
        .get("version")
        .and_then(Value::as_i64)
        .and_then(VersionSpec::from_number);
    match (text("name"), text("subject"), version) {
        (Some(name), Some(subject), Some(version)) => Ok(ReferenceRequest {
            name,
            subject,
            version,
        }),
        _ => Err(ApiError::invalid_schema(format!(
            "invalid reference {item}: it needs a \"name\", a \"subject\" and a positive \
             \"version\" (or -1 for the latest)"
        ))),
    }
}

/// PUT /config takes `compatibility`; `compatibilityLevel` (the GET key) is
/// accepted too since clients mix them up.
fn level_body(body: &[u8]) -> Result<Level, ApiError> {
    let body = json_body(body)?;
    let value = body
        .get("compatibility")
        .or_else(|| body.get("compatibilityLevel"));
    match value {
        Some(Value::String(text)) => {
            Level::parse(text).ok_or_else(|| ApiError::invalid_level(text))
        }
        Some(other) => Err(ApiError::invalid_level(&other.to_string())),
        None => Err(ApiError::invalid_level("")),
    }
}

// ----- response bodies -----

fn ok(body: Value) -> ApiResult {
    Ok(json_response(StatusCode::OK, &body))
}

/// A schema text as the whole body (the `/schema` endpoints).
fn raw(schema: String) -> ApiResult {
    let mut response = (StatusCode::OK, schema).into_response();
    response
        .headers_mut()
        .insert(header::CONTENT_TYPE, HeaderValue::from_static(CONTENT_TYPE));
    Ok(response)
}

/// `references` is left out when empty, as Confluent does.
/// `schemaType` too, left out for AVRO, as Confluent does.
fn add_references(body: &mut Map<String, Value>, view: &SchemaView) {
    if view.schema_type != SchemaType::Avro {
        body.insert("schemaType".into(), json!(view.schema_type.as_str()));
    }
    if !view.references.is_empty() {
        body.insert("references".into(), json!(view.references));
    }
}

fn schema_json(view: &SchemaView, format: Option<&str>) -> Value {
    let mut body = Map::new();
    body.insert("schema".into(), json!(view.formatted(format)));
    add_references(&mut body, view);
    Value::Object(body)
}

fn version_json(view: &VersionView, format: Option<&str>) -> Value {
    let mut body = Map::new();
    body.insert("subject".into(), json!(view.subject));
    body.insert("version".into(), json!(view.version));
    body.insert("id".into(), json!(view.schema.id));
    body.insert("schema".into(), json!(view.schema.formatted(format)));
    add_references(&mut body, &view.schema);
    Value::Object(body)
}

/// Ids in paths: anything that is not a known id is "not found".
fn schema_id(text: &str) -> Result<u32, ApiError> {
    text.parse()
        .map_err(|_| ApiError::schema_id_not_found(text))
}

// ----- handlers -----

/// Health check.
async fn health() -> ApiResult {
    ok(json!({}))
}

async fn list_subjects(State(state): State<Shared>, flags: Flags) -> ApiResult {
    let prefix = flags.get("subjectPrefix").unwrap_or("");
    ok(json!(
        registry(&state).subjects(flags.is_set("deleted"), prefix)
    ))
}

async fn list_versions(
    State(state): State<Shared>,
    Segments(subject): Segments<String>,
    flags: Flags,
) -> ApiResult {
    ok(json!(
        registry(&state).versions(&subject, flags.is_set("deleted"))?
    ))
}

async fn get_version(
    State(state): State<Shared>,
    Segments((subject, version)): Segments<(String, String)>,
    flags: Flags,
) -> ApiResult {
    let spec = VersionSpec::parse(&version)?;
    let view = registry(&state).version(&subject, spec, flags.is_set("deleted"))?;
    ok(version_json(&view, flags.get("format")))
}

async fn get_version_schema(
    State(state): State<Shared>,
    Segments((subject, version)): Segments<(String, String)>,
    flags: Flags,
) -> ApiResult {
    let spec = VersionSpec::parse(&version)?;
    let view = registry(&state).version(&subject, spec, flags.is_set("deleted"))?;
    raw(view.schema.formatted(flags.get("format")).to_owned())
}

async fn referenced_by(
    State(state): State<Shared>,
    Segments((subject, version)): Segments<(String, String)>,
) -> ApiResult {
    let spec = VersionSpec::parse(&version)?;
    ok(json!(registry(&state).referenced_by(&subject, spec)?))
}

async fn register(
    State(state): State<Shared>,
    Segments(subject): Segments<String>,
    body: Bytes,
) -> ApiResult {
    let request = schema_request(&body)?;
    let id = registry(&state).register(&subject, request)?;
    ok(json!({ "id": id }))
}

async fn lookup(
    State(state): State<Shared>,
    Segments(subject): Segments<String>,
    flags: Flags,
    body: Bytes,
) -> ApiResult {
    let request = schema_request(&body)?;
    let view = registry(&state).lookup(&subject, &request, flags.is_set("deleted"))?;
    ok(version_json(&view, None))
}

async fn delete_subject(
    State(state): State<Shared>,
    Segments(subject): Segments<String>,
    flags: Flags,
) -> ApiResult {
    let versions = registry(&state).delete_subject(&subject, flags.is_set("permanent"))?;
    ok(json!(versions))
}

async fn delete_version(
    State(state): State<Shared>,
    Segments((subject, version)): Segments<(String, String)>,
    flags: Flags,
) -> ApiResult {
    let spec = VersionSpec::parse(&version)?;
    let number = registry(&state).delete_version(&subject, spec, flags.is_set("permanent"))?;
    ok(json!(number))
}

async fn schema_types() -> ApiResult {
    // Confluent's order.
    ok(json!(["JSON", "PROTOBUF", "AVRO"]))
}

/// `format=serialized` gives a PROTOBUF schema as base64 of its
/// `FileDescriptorProto`, as Confluent does (Python's deserializer asks).
async fn get_schema(
    State(state): State<Shared>,
    Segments(id): Segments<String>,
    flags: Flags,
) -> ApiResult {
    let view = registry(&state).schema_by_id(schema_id(&id)?)?;
    ok(schema_json(&view, flags.get("format")))
}

async fn get_schema_text(
    State(state): State<Shared>,
    Segments(id): Segments<String>,
    flags: Flags,
) -> ApiResult {
    let view = registry(&state).schema_by_id(schema_id(&id)?)?;
    raw(view.formatted(flags.get("format")).to_owned())
}

async fn id_versions(State(state): State<Shared>, Segments(id): Segments<String>) -> ApiResult {
    let pairs = registry(&state).id_versions(schema_id(&id)?)?;
    let body: Vec<Value> = pairs
        .into_iter()
        .map(|(subject, version)| json!({ "subject": subject, "version": version }))
        .collect();
    ok(json!(body))
}

async fn id_subjects(State(state): State<Shared>, Segments(id): Segments<String>) -> ApiResult {
    let mut subjects: Vec<String> = registry(&state)
        .id_versions(schema_id(&id)?)?
        .into_iter()
        .map(|(subject, _)| subject)
        .collect();
    subjects.dedup();
    ok(json!(subjects))
}

async fn get_global_level(State(state): State<Shared>) -> ApiResult {
    ok(json!({ "compatibilityLevel": registry(&state).global_level().as_str() }))
}

async fn put_global_level(State(state): State<Shared>, body: Bytes) -> ApiResult {
    let level = level_body(&body)?;
    registry(&state).set_global_level(level);
    ok(json!({ "compatibility": level.as_str() }))
}

async fn delete_global_level(State(state): State<Shared>) -> ApiResult {
    let previous = registry(&state).reset_global_level();
    ok(json!({ "compatibilityLevel": previous.as_str() }))
}

async fn get_subject_level(
    State(state): State<Shared>,
    Segments(subject): Segments<String>,
    flags: Flags,
) -> ApiResult {
    let level = registry(&state).subject_level(&subject, flags.is_set("defaultToGlobal"))?;
    ok(json!({ "compatibilityLevel": level.as_str() }))
}

async fn put_subject_level(
    State(state): State<Shared>,
    Segments(subject): Segments<String>,
    body: Bytes,
) -> ApiResult {
    let level = level_body(&body)?;
    registry(&state).set_subject_level(&subject, level);
    ok(json!({ "compatibility": level.as_str() }))
}

async fn delete_subject_level(
    State(state): State<Shared>,
    Segments(subject): Segments<String>,
) -> ApiResult {
    let previous = registry(&state).delete_subject_level(&subject)?;
    ok(json!({ "compatibilityLevel": previous.as_str() }))
}

async fn check_version(
    State(state): State<Shared>,
    Segments((subject, version)): Segments<(String, String)>,
    flags: Flags,
    body: Bytes,
) -> ApiResult {
    let target = CompatTarget::Version(VersionSpec::parse(&version)?);
    check(&state, &subject, target, &flags, &body)
}

async fn check_as_register(
    State(state): State<Shared>,
    Segments(subject): Segments<String>,
    flags: Flags,
    body: Bytes,
) -> ApiResult {
    check(&state, &subject, CompatTarget::AsRegister, &flags, &body)
}

/// `messages` only with `verbose=true`, like Confluent.
fn check(
    state: &Shared,
    subject: &str,
    target: CompatTarget,
    flags: &Flags,
    body: &[u8],
) -> ApiResult {
    let request = schema_request(body)?;
    let reasons = registry(state).compatibility(subject, &request, target)?;
    let mut answer = json!({ "is_compatible": reasons.is_empty() });
    if flags.is_set("verbose") {
        answer["messages"] = json!(reasons);
    }
    ok(answer)
}
