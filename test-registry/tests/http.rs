//! Drives the registry's router in-process, request by request, the way
//! kctl's schema-registry client talks to it.

use axum::body::{to_bytes, Body};
use axum::http::{header, Method, Request, StatusCode};
use axum::Router;
use base64::engine::general_purpose::STANDARD;
use base64::Engine as _;
use kctl_test_registry::{router, Credentials};
use prost::Message as _;
use prost_reflect::prost_types::FileDescriptorProto;
use serde_json::{json, Value};
use tower::ServiceExt as _;

const MEDIA_TYPE: &str = "application/vnd.schemaregistry.v1+json";

const USER_V1: &str =
    r#"{"type":"record","name":"User","namespace":"com.x","fields":[{"name":"id","type":"long"}]}"#;
/// USER_V1 with other whitespace, attribute order and name spelling.
const USER_V1_RESHUFFLED: &str = r#"{
    "fields" : [ { "type" : { "type" : "long" }, "name" : "id" } ],
    "name" : "com.x.User",
    "type" : "record"
}"#;
const USER_V2_DEFAULT: &str = r#"{"type":"record","name":"User","namespace":"com.x","fields":[{"name":"id","type":"long"},{"name":"email","type":"string","default":""}]}"#;
const USER_V2_NO_DEFAULT: &str = r#"{"type":"record","name":"User","namespace":"com.x","fields":[{"name":"id","type":"long"},{"name":"email","type":"string"}]}"#;
const ADDRESS: &str = r#"{"type":"record","name":"Address","namespace":"com.x","fields":[{"name":"city","type":"string"}]}"#;
const ADDRESS_V2: &str = r#"{"type":"record","name":"Address","namespace":"com.x","fields":[{"name":"city","type":"string"},{"name":"zip","type":"string","default":""}]}"#;
const CUSTOMER: &str = r#"{"type":"record","name":"Customer","namespace":"com.x","fields":[{"name":"name","type":"string"},{"name":"home","type":"com.x.Address"}]}"#;

struct Reply {
    status: StatusCode,
    content_type: Option<String>,
    body: Value,
}

/// A registry plus the credentials to send with every request.
struct Client {
    app: Router,
    authorization: Option<String>,
}

impl Client {
    fn new() -> Self {
        Self {
            app: router(None),
            authorization: None,
        }
    }

    async fn send(&self, method: Method, uri: &str, body: Option<String>) -> Reply {
        let mut request = Request::builder().method(method).uri(uri);
        if let Some(authorization) = &self.authorization {
            request = request.header(header::AUTHORIZATION, authorization);
        }
        if body.is_some() {
            request = request.header(header::CONTENT_TYPE, MEDIA_TYPE);
        }
        let request = request
            .body(body.map_or_else(Body::empty, Body::from))
            .expect("valid request");
        let response = self
            .app
            .clone()
            .oneshot(request)
            .await
            .expect("the router never fails");
        let status = response.status();
        let content_type = response
            .headers()
            .get(header::CONTENT_TYPE)
            .and_then(|value| value.to_str().ok())
            .map(str::to_owned);
        let bytes = to_bytes(response.into_body(), usize::MAX)
            .await
            .expect("body reads");
        let body = serde_json::from_slice(&bytes)
            .unwrap_or_else(|_| Value::String(String::from_utf8_lossy(&bytes).into_owned()));
        Reply {
            status,
            content_type,
            body,
        }
    }

    async fn get(&self, uri: &str) -> Reply {
        self.send(Method::GET, uri, None).await
    }

    async fn delete(&self, uri: &str) -> Reply {
        self.send(Method::DELETE, uri, None).await
    }

    async fn post(&self, uri: &str, body: Value) -> Reply {
        self.send(Method::POST, uri, Some(body.to_string())).await
    }

    async fn put(&self, uri: &str, body: Value) -> Reply {
        self.send(Method::PUT, uri, Some(body.to_string())).await
    }

    /// Registers and returns the id, failing the test on any error.
    async fn register(&self, subject: &str, body: Value) -> u64 {
        let reply = self
            .post(&format!("/subjects/{subject}/versions"), body)
            .await;
        assert_eq!(reply.status, StatusCode::OK, "register: {}", reply.body);
        reply.body["id"].as_u64().expect("an id")
    }
}

fn schema(text: &str) -> Value {
    json!({ "schema": text })
}

/// Asserts a Confluent error answer and returns its message.
fn assert_error(reply: &Reply, status: StatusCode, code: u64) -> String {
    assert_eq!(reply.status, status, "{}", reply.body);
    assert_eq!(reply.body["error_code"], json!(code), "{}", reply.body);
    reply.body["message"]
        .as_str()
        .expect("a message")
        .to_owned()
}

#[tokio::test]
async fn health_check_answers_an_empty_object_in_the_registry_media_type() {
    let client = Client::new();
    let reply = client.get("/").await;
    assert_eq!(reply.status, StatusCode::OK);
    assert_eq!(reply.body, json!({}));
    assert_eq!(reply.content_type.as_deref(), Some(MEDIA_TYPE));
    let missing = client.get("/no/such/route").await;
    assert_error(&missing, StatusCode::NOT_FOUND, 404);
    assert_eq!(missing.content_type.as_deref(), Some(MEDIA_TYPE));
}

#[tokio::test]
async fn ids_are_global_and_registering_again_is_idempotent() {
    let client = Client::new();
    let id = client.register("users-value", schema(USER_V1)).await;
    assert_eq!(client.register("users-value", schema(USER_V1)).await, id);
    assert_eq!(
        client.get("/subjects/users-value/versions").await.body,
        json!([1])
    );

    assert_eq!(client.register("other-value", schema(USER_V1)).await, id);
    assert_eq!(
        client.get("/subjects/other-value/versions").await.body,
        json!([1])
    );
    let other = client
        .register("other-value", schema(USER_V2_DEFAULT))
        .await;
    assert_ne!(other, id);

    assert_eq!(
        client.get("/subjects").await.body,
        json!(["other-value", "users-value"])
    );
    let by_id = client.get(&format!("/schemas/ids/{id}")).await;
    assert_eq!(by_id.status, StatusCode::OK);
    assert_eq!(by_id.body, json!({ "schema": USER_V1 }));
    assert_eq!(
        client
            .get(&format!("/schemas/ids/{id}/versions"))
            .await
            .body,
        json!([
            { "subject": "other-value", "version": 1 },
            { "subject": "users-value", "version": 1 }
        ])
    );
    assert_eq!(
        client
            .get(&format!("/schemas/ids/{other}/subjects"))
            .await
            .body,
        json!(["other-value"])
    );
}

#[tokio::test]
async fn same_schema_despite_whitespace_attribute_order_and_name_spelling() {
    let client = Client::new();
    let id = client.register("users-value", schema(USER_V1)).await;
    assert_eq!(
        client
            .register("users-value", schema(USER_V1_RESHUFFLED))
            .await,
        id
    );
    assert_eq!(
        client.get("/subjects/users-value/versions").await.body,
        json!([1])
    );

    let found = client
        .post("/subjects/users-value", schema(USER_V1_RESHUFFLED))
        .await;
    assert_eq!(found.status, StatusCode::OK, "{}", found.body);
    assert_eq!(
        found.body,
        json!({ "subject": "users-value", "version": 1, "id": id, "schema": USER_V1 })
    );

    // A logical type is not whitespace: it is another schema.
    let date = client
        .register(
            "dates-value",
            schema(r#"{"type":"int","logicalType":"date"}"#),
        )
        .await;
    let int = client.register("ints-value", schema(r#""int""#)).await;
    assert_ne!(date, int);
}

#[tokio::test]
async fn versions_latest_and_raw_schema() {
    let client = Client::new();
    let v1 = client.register("users-value", schema(USER_V1)).await;
    let v2 = client
        .register("users-value", schema(USER_V2_DEFAULT))
        .await;
    assert_ne!(v1, v2);
    assert_eq!(
        client.get("/subjects/users-value/versions").await.body,
        json!([1, 2])
    );

    let latest = client.get("/subjects/users-value/versions/latest").await;
    assert_eq!(
        latest.body,
        json!({ "subject": "users-value", "version": 2, "id": v2, "schema": USER_V2_DEFAULT })
    );
    assert_eq!(
        client.get("/subjects/users-value/versions/-1").await.body,
        latest.body
    );
    let first = client.get("/subjects/users-value/versions/1").await;
    assert_eq!(first.body["id"], json!(v1));
    assert_eq!(first.body["version"], json!(1));

    let raw = client.get("/subjects/users-value/versions/1/schema").await;
    assert_eq!(raw.status, StatusCode::OK);
    let expected: Value = serde_json::from_str(USER_V1).expect("valid JSON");
    assert_eq!(raw.body, expected);
    assert_eq!(
        client.get(&format!("/schemas/ids/{v2}/schema")).await.body["name"],
        "User"
    );
}

#[tokio::test]
async fn not_found_errors() {
    let client = Client::new();
    client.register("users-value", schema(USER_V1)).await;

    let message = assert_error(
        &client.get("/subjects/nope/versions").await,
        StatusCode::NOT_FOUND,
        40401,
    );
    assert!(message.contains("nope"), "{message}");
    assert_error(
        &client.get("/subjects/nope/versions/latest").await,
        StatusCode::NOT_FOUND,
        40401,
    );
    assert_error(
        &client.get("/subjects/users-value/versions/9").await,
        StatusCode::NOT_FOUND,
        40402,
    );
    assert_error(
        &client.get("/subjects/users-value/versions/zero").await,
        StatusCode::UNPROCESSABLE_ENTITY,
        42202,
    );
    assert_error(
        &client.get("/schemas/ids/99").await,
        StatusCode::NOT_FOUND,
        40403,
    );
    assert_error(
        &client.get("/schemas/ids/abc").await,
        StatusCode::NOT_FOUND,
        40403,
    );
    assert_error(
        &client
            .post("/subjects/users-value", schema(USER_V2_DEFAULT))
            .await,
        StatusCode::NOT_FOUND,
        40403,
    );
    assert_error(
        &client.post("/subjects/nope", schema(USER_V1)).await,
        StatusCode::NOT_FOUND,
        40401,
    );
}

#[tokio::test]
async fn backward_rejects_a_new_field_without_default() {
    let client = Client::new();
    client.register("users-value", schema(USER_V1)).await;

    let reply = client
        .post("/subjects/users-value/versions", schema(USER_V2_NO_DEFAULT))
        .await;
    let message = assert_error(&reply, StatusCode::CONFLICT, 409);
    assert!(
        message.starts_with(
            "Schema being registered is incompatible with an earlier schema for subject \"users-value\""
        ),
        "{message}"
    );
    assert!(message.contains("'email'"), "{message}");
    assert!(message.contains("default"), "{message}");
    assert_eq!(
        client.get("/subjects/users-value/versions").await.body,
        json!([1])
    );

    client
        .register("users-value", schema(USER_V2_DEFAULT))
        .await;
    assert_eq!(
        client.get("/subjects/users-value/versions").await.body,
        json!([1, 2])
    );
}

#[tokio::test]
async fn verbose_compatibility_check() {
    let client = Client::new();
    client.register("users-value", schema(USER_V1)).await;
    let url = "/compatibility/subjects/users-value/versions/latest?verbose=true";

    let bad = client.post(url, schema(USER_V2_NO_DEFAULT)).await;
    assert_eq!(bad.status, StatusCode::OK, "{}", bad.body);
    assert_eq!(bad.body["is_compatible"], json!(false));
    let messages = bad.body["messages"].as_array().expect("messages");
    assert_eq!(messages.len(), 1, "{messages:?}");
    let text = messages[0].as_str().expect("a string");
    assert!(
        text.contains("'email'") && text.contains("version 1"),
        "{text}"
    );

    let good = client.post(url, schema(USER_V2_DEFAULT)).await;
    assert_eq!(good.body, json!({ "is_compatible": true, "messages": [] }));

    let terse = client
        .post(
            "/compatibility/subjects/users-value/versions/1",
            schema(USER_V2_NO_DEFAULT),
        )
        .await;
    assert_eq!(terse.body, json!({ "is_compatible": false }));

    let all = client
        .post(
            "/compatibility/subjects/users-value/versions?verbose=true",
            schema(USER_V2_NO_DEFAULT),
        )
        .await;
    assert_eq!(all.body["is_compatible"], json!(false));

    let fresh = client
        .post(
            "/compatibility/subjects/new-value/versions/latest?verbose=true",
            schema(USER_V2_NO_DEFAULT),
        )
        .await;
    assert_eq!(fresh.body, json!({ "is_compatible": true, "messages": [] }));

    assert_error(
        &client
            .post(
                "/compatibility/subjects/users-value/versions/7",
                schema(USER_V1),
            )
            .await,
        StatusCode::NOT_FOUND,
        40402,
    );
    assert_error(
        &client.post(url, schema(r#"{"type":"record"}"#)).await,
        StatusCode::UNPROCESSABLE_ENTITY,
        42201,
    );
}

#[tokio::test]
async fn subject_levels_override_the_global_one() {
    let client = Client::new();
    assert_eq!(
        client.get("/config").await.body,
        json!({ "compatibilityLevel": "BACKWARD" })
    );

    let message = assert_error(
        &client.get("/config/users-value").await,
        StatusCode::NOT_FOUND,
        40408,
    );
    assert!(message.contains("users-value"), "{message}");
    assert_eq!(
        client
            .get("/config/users-value?defaultToGlobal=true")
            .await
            .body,
        json!({ "compatibilityLevel": "BACKWARD" })
    );

    let put = client
        .put("/config/users-value", json!({ "compatibility": "none" }))
        .await;
    assert_eq!(put.status, StatusCode::OK);
    assert_eq!(put.body, json!({ "compatibility": "NONE" }));
    assert_eq!(
        client.get("/config/users-value").await.body,
        json!({ "compatibilityLevel": "NONE" })
    );
    // NONE lets anything through; the global level still rules elsewhere.
    client.register("users-value", schema(USER_V1)).await;
    client
        .register("users-value", schema(USER_V2_NO_DEFAULT))
        .await;
    client.register("users-value", schema(r#""string""#)).await;
    client.register("others-value", schema(USER_V1)).await;
    assert_error(
        &client
            .post(
                "/subjects/others-value/versions",
                schema(USER_V2_NO_DEFAULT),
            )
            .await,
        StatusCode::CONFLICT,
        409,
    );

    // FORWARD globally: a new field without default is now fine, removing one is not.
    let global = client
        .put("/config", json!({ "compatibility": "FORWARD" }))
        .await;
    assert_eq!(global.body, json!({ "compatibility": "FORWARD" }));
    assert_eq!(
        client.get("/config").await.body,
        json!({ "compatibilityLevel": "FORWARD" })
    );
    client
        .register("others-value", schema(USER_V2_NO_DEFAULT))
        .await;
    let without_id = r#"{"type":"record","name":"User","namespace":"com.x","fields":[{"name":"email","type":"string"}]}"#;
    assert_error(
        &client
            .post("/subjects/others-value/versions", schema(without_id))
            .await,
        StatusCode::CONFLICT,
        409,
    );

    for bad in [
        json!({ "compatibility": "SIDEWAYS" }),
        json!({}),
        json!({ "compatibility": 3 }),
    ] {
        assert_error(
            &client.put("/config/users-value", bad).await,
            StatusCode::UNPROCESSABLE_ENTITY,
            42203,
        );
    }
    assert_error(
        &client
            .put("/config", json!({ "compatibility": "sideways" }))
            .await,
        StatusCode::UNPROCESSABLE_ENTITY,
        42203,
    );

    let removed = client.delete("/config/users-value").await;
    assert_eq!(removed.body, json!({ "compatibilityLevel": "NONE" }));
    assert_error(
        &client.get("/config/users-value").await,
        StatusCode::NOT_FOUND,
        40408,
    );
}

#[tokio::test]
async fn soft_then_permanent_delete() {
    let client = Client::new();
    let id = client.register("users-value", schema(USER_V1)).await;
    client
        .register("users-value", schema(USER_V2_DEFAULT))
        .await;

    assert_error(
        &client.delete("/subjects/users-value?permanent=true").await,
        StatusCode::NOT_FOUND,
        40405,
    );
    let soft = client.delete("/subjects/users-value").await;
    assert_eq!(soft.status, StatusCode::OK);
    assert_eq!(soft.body, json!([1, 2]));
    assert_eq!(client.get("/subjects").await.body, json!([]));
    assert_eq!(
        client.get("/subjects?deleted=true").await.body,
        json!(["users-value"])
    );
    assert_error(
        &client.get("/subjects/users-value/versions").await,
        StatusCode::NOT_FOUND,
        40401,
    );
    assert_eq!(
        client
            .get("/subjects/users-value/versions?deleted=true")
            .await
            .body,
        json!([1, 2])
    );
    assert_error(
        &client.delete("/subjects/users-value").await,
        StatusCode::NOT_FOUND,
        40404,
    );
    // Ids outlive soft deletes.
    assert_eq!(
        client.get(&format!("/schemas/ids/{id}")).await.status,
        StatusCode::OK
    );

    // Registering again revives the subject; numbering continues.
    assert_eq!(client.register("users-value", schema(USER_V1)).await, id);
    assert_eq!(
        client.get("/subjects/users-value/versions").await.body,
        json!([3])
    );

    assert_eq!(
        client.delete("/subjects/users-value").await.body,
        json!([3])
    );
    let hard = client.delete("/subjects/users-value?permanent=true").await;
    assert_eq!(hard.body, json!([1, 2, 3]));
    assert_eq!(client.get("/subjects?deleted=true").await.body, json!([]));
    assert_error(
        &client.delete("/subjects/users-value?permanent=true").await,
        StatusCode::NOT_FOUND,
        40401,
    );
}

#[tokio::test]
async fn single_version_deletes() {
    let client = Client::new();
    client.register("users-value", schema(USER_V1)).await;
    client
        .register("users-value", schema(USER_V2_DEFAULT))
        .await;

    assert_error(
        &client
            .delete("/subjects/users-value/versions/1?permanent=true")
            .await,
        StatusCode::NOT_FOUND,
        40407,
    );
    assert_eq!(
        client
            .delete("/subjects/users-value/versions/latest")
            .await
            .body,
        json!(2)
    );
    assert_eq!(
        client.get("/subjects/users-value/versions").await.body,
        json!([1])
    );
    assert_eq!(
        client
            .get("/subjects/users-value/versions/latest")
            .await
            .body["version"],
        json!(1)
    );
    assert_error(
        &client.delete("/subjects/users-value/versions/2").await,
        StatusCode::NOT_FOUND,
        40406,
    );
    assert_eq!(
        client
            .delete("/subjects/users-value/versions/2?permanent=true")
            .await
            .body,
        json!(2)
    );
    assert_eq!(
        client
            .get("/subjects/users-value/versions?deleted=true")
            .await
            .body,
        json!([1])
    );
}

#[tokio::test]
async fn references_across_subjects() {
    let client = Client::new();
    let address_id = client.register("com.x.Address", schema(ADDRESS)).await;
    let reference = json!({ "name": "com.x.Address", "subject": "com.x.Address", "version": 1 });
    let with_reference = json!({ "schema": CUSTOMER, "references": [reference] });

    // The bare name does not parse without the reference, and says why.
    let message = assert_error(
        &client
            .post("/subjects/customers-value/versions", schema(CUSTOMER))
            .await,
        StatusCode::UNPROCESSABLE_ENTITY,
        42201,
    );
    assert!(message.contains("com.x.Address"), "{message}");

    let customer_id = client
        .register("customers-value", with_reference.clone())
        .await;
    assert_ne!(customer_id, address_id);
    assert_eq!(
        client
            .register("customers-value", with_reference.clone())
            .await,
        customer_id
    );

    let by_id = client.get(&format!("/schemas/ids/{customer_id}")).await;
    assert_eq!(
        by_id.body,
        json!({ "schema": CUSTOMER, "references": [reference] })
    );
    let latest = client
        .get("/subjects/customers-value/versions/latest")
        .await;
    assert_eq!(latest.body["references"], json!([reference]));
    assert_eq!(latest.body["id"], json!(customer_id));
    let found = client
        .post("/subjects/customers-value", with_reference.clone())
        .await;
    assert_eq!(found.body["version"], json!(1));
    assert_eq!(
        client
            .get("/subjects/com.x.Address/versions/1/referencedby")
            .await
            .body,
        json!([customer_id])
    );

    // "latest" (-1) in a reference resolves to a number.
    let address_v2 = client.register("com.x.Address", schema(ADDRESS_V2)).await;
    let latest_ref = json!({ "schema": CUSTOMER, "references": [
        { "name": "com.x.Address", "subject": "com.x.Address", "version": -1 }
    ]});
    let customer_v2 = client.register("customers-value", latest_ref).await;
    assert_ne!(customer_v2, customer_id, "other references, other schema");
    assert_ne!(customer_v2, address_v2);
    assert_eq!(
        client
            .get(&format!("/schemas/ids/{customer_v2}"))
            .await
            .body["references"][0]["version"],
        json!(2)
    );

    // Missing references.
    let missing_subject = json!({ "schema": CUSTOMER, "references": [
        { "name": "com.x.Address", "subject": "nope", "version": 1 }
    ]});
    assert_error(
        &client
            .post("/subjects/c2-value/versions", missing_subject)
            .await,
        StatusCode::NOT_FOUND,
        40401,
    );
    let missing_version = json!({ "schema": CUSTOMER, "references": [
        { "name": "com.x.Address", "subject": "com.x.Address", "version": 9 }
    ]});
    assert_error(
        &client
            .post("/subjects/c2-value/versions", missing_version)
            .await,
        StatusCode::NOT_FOUND,
        40402,
    );

    // Referenced versions cannot go while their referrers are live.
    assert_error(
        &client.delete("/subjects/com.x.Address").await,
        StatusCode::UNPROCESSABLE_ENTITY,
        42206,
    );
    assert_error(
        &client.delete("/subjects/com.x.Address/versions/1").await,
        StatusCode::UNPROCESSABLE_ENTITY,
        42206,
    );
    assert_eq!(
        client.delete("/subjects/customers-value").await.body,
        json!([1, 2])
    );
    assert_eq!(
        client.delete("/subjects/com.x.Address").await.body,
        json!([1, 2])
    );
    // A soft-deleted referrer still needs its reference to be resolvable.
    assert_error(
        &client
            .delete("/subjects/com.x.Address?permanent=true")
            .await,
        StatusCode::UNPROCESSABLE_ENTITY,
        42206,
    );
    assert_eq!(
        client
            .delete("/subjects/customers-value?permanent=true")
            .await
            .body,
        json!([1, 2])
    );
    assert_eq!(
        client
            .delete("/subjects/com.x.Address?permanent=true")
            .await
            .body,
        json!([1, 2])
    );
}

#[tokio::test]
async fn compatibility_follows_referenced_types() {
    let client = Client::new();
    client.register("com.x.Address", schema(ADDRESS)).await;
    // Address v2 drops "city" for "street" without a default: readers of
    // Customer v2 cannot read Customer v1 data.
    let street = r#"{"type":"record","name":"Address","namespace":"com.x","fields":[{"name":"street","type":"string"}]}"#;
    client
        .put("/config/com.x.Address", json!({ "compatibility": "NONE" }))
        .await;
    client.register("com.x.Address", schema(street)).await;

    let reference = |version: u32| {
        json!({ "schema": CUSTOMER, "references": [
            { "name": "com.x.Address", "subject": "com.x.Address", "version": version }
        ]})
    };
    client.register("customers-value", reference(1)).await;
    let check = client
        .post(
            "/compatibility/subjects/customers-value/versions/latest?verbose=true",
            reference(2),
        )
        .await;
    assert_eq!(check.body["is_compatible"], json!(false), "{}", check.body);
    let text = check.body["messages"][0].as_str().expect("a message");
    assert!(text.contains("home"), "{text}");
}

#[tokio::test]
async fn subject_names_are_percent_decoded() {
    let client = Client::new();
    client.register("a%2Fb", schema(USER_V1)).await;
    client.register("com.x.User", schema(USER_V1)).await;
    client.register("t%20x-value", schema(USER_V1)).await;
    assert_eq!(
        client.get("/subjects").await.body,
        json!(["a/b", "com.x.User", "t x-value"])
    );
    assert_eq!(
        client.get("/subjects/a%2Fb/versions").await.body,
        json!([1])
    );
    assert_eq!(
        client.get("/subjects/a%2fb/versions/1").await.body["subject"],
        json!("a/b")
    );
    assert_eq!(
        client
            .put("/config/a%2Fb", json!({ "compatibility": "FULL" }))
            .await
            .status,
        StatusCode::OK
    );
    assert_eq!(
        client.get("/config/a%2Fb").await.body,
        json!({ "compatibilityLevel": "FULL" })
    );
}

#[tokio::test]
async fn basic_auth_when_configured() {
    let mut client = Client {
        app: router(Some(Credentials::new("alice", "s3cret"))),
        authorization: None,
    };
    let reply = client.get("/subjects").await;
    assert_error(&reply, StatusCode::UNAUTHORIZED, 40101);
    assert_eq!(reply.body["message"], json!("Unauthorized"));
    assert_error(&client.get("/").await, StatusCode::UNAUTHORIZED, 40101);

    client.authorization = Some(format!("Basic {}", STANDARD.encode("alice:wrong")));
    assert_error(
        &client.get("/subjects").await,
        StatusCode::UNAUTHORIZED,
        40101,
    );

    client.authorization = Some(format!("Basic {}", STANDARD.encode("alice:s3cret")));
    assert_eq!(client.get("/subjects").await.status, StatusCode::OK);
    client.register("users-value", schema(USER_V1)).await;
}

#[tokio::test]
async fn bad_input_gets_clear_errors() {
    let client = Client::new();
    let malformed = client
        .send(
            Method::POST,
            "/subjects/s/versions",
            Some("{not json".to_owned()),
        )
        .await;
    let message = assert_error(&malformed, StatusCode::BAD_REQUEST, 400);
    assert!(message.contains("JSON"), "{message}");
    assert_error(
        &client
            .send(Method::POST, "/subjects/s/versions", None)
            .await,
        StatusCode::BAD_REQUEST,
        400,
    );
    assert_error(
        &client
            .send(Method::PUT, "/config", Some("[".to_owned()))
            .await,
        StatusCode::BAD_REQUEST,
        400,
    );

    for body in [
        json!({}),
        json!({ "schema": 5 }),
        json!({ "schema": "" }),
        json!({ "schema": "{\"type\":\"record\",\"name\":\"R\",\"fields\":[{\"name\":\"a\",\"type\":\"nope\"}]}" }),
        json!({ "schema": "{broken" }),
        json!({ "schema": USER_V1, "references": "no" }),
        json!({ "schema": USER_V1, "references": [{ "name": "x" }] }),
        json!({ "schema": USER_V1, "references": [{ "name": "x", "subject": "s", "version": 0 }] }),
    ] {
        let reply = client.post("/subjects/s/versions", body.clone()).await;
        assert_error(&reply, StatusCode::UNPROCESSABLE_ENTITY, 42201);
    }
    let reason = client
        .post(
            "/subjects/s/versions",
            schema(r#"{"type":"record","name":"R","fields":[{"name":"a","type":"nope"}]}"#),
        )
        .await;
    assert!(
        reason.body["message"]
            .as_str()
            .is_some_and(|m| m.contains("nope")),
        "{}",
        reason.body
    );

    let xml = client
        .post(
            "/subjects/s/versions",
            json!({ "schema": "<schema/>", "schemaType": "XML" }),
        )
        .await;
    let message = assert_error(&xml, StatusCode::UNPROCESSABLE_ENTITY, 42201);
    assert!(message.contains("XML"), "{message}");
    let explicit_avro = json!({ "schema": USER_V1, "schemaType": "AVRO" });
    assert_eq!(client.register("s", explicit_avro).await, 1);

    assert_error(
        &client.send(Method::PATCH, "/config", None).await,
        StatusCode::METHOD_NOT_ALLOWED,
        405,
    );
    assert_eq!(
        client.get("/schemas/types").await.body,
        json!(["JSON", "PROTOBUF", "AVRO"])
    );
}

// ----- JSON SCHEMA -----

fn json_schema(text: &str) -> Value {
    json!({ "schema": text, "schemaType": "JSON" })
}

/// A closed object whose patternProperties give names starting with x_
/// integer values.
const JSON_PATTERNED: &str = r#"{"type":"object","properties":{"a":{"type":"string"}},"patternProperties":{"^x_":{"type":"integer"}},"additionalProperties":false}"#;
/// JSON_PATTERNED without its patterns.
const JSON_CLOSED_A: &str =
    r#"{"type":"object","properties":{"a":{"type":"string"}},"additionalProperties":false}"#;

/// Adds x_n as a string: the writer's x_ values are integers.
const JSON_PATTERNED_X_STRING: &str = r#"{"type":"object","properties":{"a":{"type":"string"},"x_n":{"type":"string"}},"patternProperties":{"^x_":{"type":"integer"}},"additionalProperties":false}"#;
/// Declares x_n, of the pattern's type.
const JSON_CLOSED_X_INT: &str = r#"{"type":"object","properties":{"a":{"type":"string"},"x_n":{"type":"integer"}},"additionalProperties":false}"#;

#[tokio::test]
async fn json_schema_pattern_properties_decide_backward_checks() {
    let client = Client::new();
    client
        .register("patterned-value", json_schema(JSON_PATTERNED))
        .await;
    let url = "/compatibility/subjects/patterned-value/versions/latest?verbose=true";

    // Refused: a closed writer takes added properties, but its pattern
    // gives x_n integers the new schema reads as strings.
    let refused = client.post(url, json_schema(JSON_PATTERNED_X_STRING)).await;
    assert_eq!(refused.status, StatusCode::OK, "{}", refused.body);
    assert_eq!(
        refused.body["is_compatible"],
        json!(false),
        "{}",
        refused.body
    );
    let messages = refused.body["messages"].to_string();
    assert!(
        messages.contains("PROPERTY_ADDED_NOT_COVERED_BY_PARTIALLY_OPEN_CONTENT_MODEL")
            && messages.contains("x_n"),
        "{messages}"
    );
    let reply = client
        .post(
            "/subjects/patterned-value/versions",
            json_schema(JSON_PATTERNED_X_STRING),
        )
        .await;
    assert_error(&reply, StatusCode::CONFLICT, 409);

    // Accepted: a subject whose writer declares x_n, read by a closed
    // reader that dropped x_n but whose pattern covers it (without the
    // pattern, PROPERTY_REMOVED_FROM_CLOSED_CONTENT_MODEL).
    client
        .register("declared-value", json_schema(JSON_CLOSED_X_INT))
        .await;
    let accepted = client
        .post(
            "/compatibility/subjects/declared-value/versions/latest?verbose=true",
            json_schema(JSON_PATTERNED),
        )
        .await;
    assert_eq!(
        accepted.body,
        json!({ "is_compatible": true, "messages": [] })
    );
    let without_pattern = client
        .post(
            "/compatibility/subjects/declared-value/versions/latest?verbose=true",
            json_schema(JSON_CLOSED_A),
        )
        .await;
    assert_eq!(without_pattern.body["is_compatible"], json!(false));
    assert!(
        without_pattern.body["messages"]
            .to_string()
            .contains("PROPERTY_REMOVED_FROM_CLOSED_CONTENT_MODEL"),
        "{}",
        without_pattern.body
    );
    client
        .register("declared-value", json_schema(JSON_PATTERNED))
        .await;
    assert_eq!(
        client.get("/subjects/declared-value/versions").await.body,
        json!([1, 2])
    );
}

// ----- PROTOBUF -----

const PROTO_USER_V1: &str = "syntax = \"proto3\";\npackage toy;\n\nmessage User {\n  int64 id = 1;\n  string name = 2;\n}\n";
/// PROTO_USER_V1 with other whitespace and comments.
const PROTO_USER_V1_COMMENTED: &str = "// A user.\nsyntax = \"proto3\"; package toy;\nmessage User { int64 id = 1; /* display name */ string name = 2; }";
/// A new optional field: compatible both ways.
const PROTO_USER_V2: &str = "syntax = \"proto3\";\npackage toy;\n\nmessage User {\n  int64 id = 1;\n  string name = 2;\n  string email = 3;\n}\n";
/// `name` becomes a number: incompatible both ways.
const PROTO_USER_RETYPED: &str =
    "syntax = \"proto3\";\npackage toy;\n\nmessage User {\n  int64 id = 1;\n  int32 name = 2;\n}\n";

fn proto(text: &str) -> Value {
    json!({ "schema": text, "schemaType": "PROTOBUF" })
}

fn descriptor(base64: &str) -> FileDescriptorProto {
    let bytes = STANDARD.decode(base64).expect("base64");
    FileDescriptorProto::decode(bytes.as_slice()).expect("a FileDescriptorProto")
}

#[tokio::test]
async fn protobuf_register_lookup_and_views() {
    let client = Client::new();
    let id = client.register("users-value", proto(PROTO_USER_V1)).await;
    // Whitespace and comments: the same schema, no new version.
    assert_eq!(
        client
            .register("users-value", proto(PROTO_USER_V1_COMMENTED))
            .await,
        id
    );
    assert_eq!(
        client.get("/subjects/users-value/versions").await.body,
        json!([1])
    );

    let by_id = client.get(&format!("/schemas/ids/{id}")).await.body;
    assert_eq!(
        by_id,
        json!({ "schema": PROTO_USER_V1, "schemaType": "PROTOBUF" })
    );
    let version = client.get("/subjects/users-value/versions/1").await.body;
    assert_eq!(version["schemaType"], json!("PROTOBUF"));
    assert_eq!(version["schema"], json!(PROTO_USER_V1));

    let lookup = client
        .post("/subjects/users-value", proto(PROTO_USER_V1_COMMENTED))
        .await;
    assert_eq!(lookup.status, StatusCode::OK, "{}", lookup.body);
    assert_eq!(lookup.body["id"], json!(id));
    assert_eq!(lookup.body["version"], json!(1));
    assert_eq!(lookup.body["schemaType"], json!("PROTOBUF"));
    assert_error(
        &client
            .post("/subjects/users-value", proto(PROTO_USER_V2))
            .await,
        StatusCode::NOT_FOUND,
        40403,
    );
    // The same text as AVRO is not this schema (nor a valid one).
    assert_error(
        &client
            .post("/subjects/users-value", schema(PROTO_USER_V1))
            .await,
        StatusCode::UNPROCESSABLE_ENTITY,
        42201,
    );
}

#[tokio::test]
async fn protobuf_format_serialized_answers_the_base64_descriptor() {
    let client = Client::new();
    let id = client.register("users-value", proto(PROTO_USER_V1)).await;
    let serialized = client
        .get(&format!("/schemas/ids/{id}?format=serialized"))
        .await
        .body;
    assert_eq!(serialized["schemaType"], json!("PROTOBUF"));
    let base64 = serialized["schema"].as_str().expect("a schema string");
    let file = descriptor(base64);
    assert_eq!(file.package(), "toy");
    assert_eq!(file.message_type[0].name(), "User");
    assert_eq!(file.message_type[0].field.len(), 2);

    for uri in [
        "/subjects/users-value/versions/1?format=serialized",
        "/subjects/users-value/versions/latest?format=serialized",
    ] {
        assert_eq!(client.get(uri).await.body["schema"], json!(base64), "{uri}");
    }
    for uri in [
        format!("/schemas/ids/{id}/schema?format=serialized"),
        "/subjects/users-value/versions/1/schema?format=serialized".to_owned(),
    ] {
        assert_eq!(client.get(&uri).await.body, json!(base64), "{uri}");
    }
    // Without the format (or another one): the text as registered.
    assert_eq!(
        client.get(&format!("/schemas/ids/{id}/schema")).await.body,
        json!(PROTO_USER_V1)
    );
    assert_eq!(
        client
            .get(&format!("/schemas/ids/{id}?format=default"))
            .await
            .body["schema"],
        json!(PROTO_USER_V1)
    );
    // Other schema types ignore it.
    let avro = client.register("avro-value", schema(USER_V1)).await;
    assert_eq!(
        client
            .get(&format!("/schemas/ids/{avro}?format=serialized"))
            .await
            .body,
        json!({ "schema": USER_V1 })
    );

    // What Confluent's Python serializer sends, the base64 descriptor, is
    // the same schema as the text.
    assert_eq!(client.register("users-value", proto(base64)).await, id);
    assert_eq!(
        client.register("other-value", proto(base64)).await,
        id,
        "ids are global"
    );
}

#[tokio::test]
async fn protobuf_compatibility_checks_and_registers() {
    let client = Client::new();
    client.register("users-value", proto(PROTO_USER_V1)).await;
    let compatible = client
        .post(
            "/compatibility/subjects/users-value/versions/latest?verbose=true",
            proto(PROTO_USER_V2),
        )
        .await;
    assert_eq!(
        compatible.body,
        json!({ "is_compatible": true, "messages": [] })
    );
    let incompatible = client
        .post(
            "/compatibility/subjects/users-value/versions/latest?verbose=true",
            proto(PROTO_USER_RETYPED),
        )
        .await;
    assert_eq!(incompatible.body["is_compatible"], json!(false));
    let text = incompatible.body["messages"][0]
        .as_str()
        .expect("a message");
    assert!(
        text.starts_with("FIELD_SCALAR_KIND_CHANGED at #/User/2"),
        "{text}"
    );
    assert!(
        text.contains("'name'") && text.contains("BACKWARD"),
        "{text}"
    );

    let refused = client
        .post("/subjects/users-value/versions", proto(PROTO_USER_RETYPED))
        .await;
    let message = assert_error(&refused, StatusCode::CONFLICT, 409);
    assert!(message.contains("FIELD_SCALAR_KIND_CHANGED"), "{message}");
    client.register("users-value", proto(PROTO_USER_V2)).await;

    // Renaming the message: MESSAGE_REMOVED, whatever the level but NONE;
    // under FULL both ways (FORWARD diffs the new schema against the old).
    client
        .put("/config/users-value", json!({ "compatibility": "FULL" }))
        .await;
    let renamed = PROTO_USER_V2.replace("User", "Person");
    let check = client
        .post(
            "/compatibility/subjects/users-value/versions?verbose=true",
            proto(&renamed),
        )
        .await;
    assert_eq!(check.body["is_compatible"], json!(false), "{}", check.body);
    let messages = check.body["messages"].as_array().expect("messages");
    assert_eq!(messages.len(), 2, "{}", check.body);
    assert!(
        messages[0]
            .as_str()
            .is_some_and(|m| m.starts_with("MESSAGE_REMOVED at #/User")),
        "{}",
        check.body
    );
    assert!(
        messages[1]
            .as_str()
            .is_some_and(|m| m.starts_with("MESSAGE_REMOVED at #/Person")),
        "{}",
        check.body
    );
    // The type differs from an AVRO subject's.
    client.register("avro-value", schema(USER_V1)).await;
    let mixed = client
        .post(
            "/compatibility/subjects/avro-value/versions/latest",
            proto(PROTO_USER_V1),
        )
        .await;
    assert_eq!(mixed.body["is_compatible"], json!(false));
}

#[tokio::test]
async fn protobuf_forward_and_backward_are_directions() {
    // Two plain fields moving into a oneof: old data may hold both, which
    // the new schema cannot read (BACKWARD); the reverse move is fine.
    let plain = "syntax = \"proto3\"; message M { int32 a = 1; int32 b = 2; }";
    let oneof = "syntax = \"proto3\"; message M { oneof pick { int32 a = 1; int32 b = 2; } }";
    for (level, first, then, compatible) in [
        ("BACKWARD", plain, oneof, false),
        ("FORWARD", plain, oneof, true),
        ("BACKWARD", oneof, plain, true),
        ("FORWARD", oneof, plain, false),
        ("FULL", oneof, plain, false),
        ("NONE", plain, oneof, true),
    ] {
        let client = Client::new();
        client
            .put("/config", json!({ "compatibility": level }))
            .await;
        client.register("m-value", proto(first)).await;
        let check = client
            .post(
                "/compatibility/subjects/m-value/versions/latest?verbose=true",
                proto(then),
            )
            .await;
        assert_eq!(
            check.body["is_compatible"],
            json!(compatible),
            "{level}: {}",
            check.body
        );
    }
}

#[tokio::test]
async fn protobuf_references_are_imports() {
    let client = Client::new();
    let base = "syntax = \"proto3\";\npackage toy;\nmessage Id { int64 value = 1; }\n";
    let common = "syntax = \"proto3\";\npackage toy;\nimport \"toy/base.proto\";\nmessage Address { Id id = 1; string city = 2; }\n";
    let user = "syntax = \"proto3\";\npackage toy;\nimport \"toy/common.proto\";\nimport \"google/protobuf/timestamp.proto\";\nmessage User { Address home = 1; google.protobuf.Timestamp created = 2; }\n";
    client.register("toy-base", proto(base)).await;
    let with_refs =
        |refs: Value| json!({ "schema": user, "schemaType": "PROTOBUF", "references": refs });

    // An import that no reference provides: 42201 with a one-line reason.
    let missing = client
        .post("/subjects/users-value/versions", with_refs(json!([])))
        .await;
    let message = assert_error(&missing, StatusCode::UNPROCESSABLE_ENTITY, 42201);
    assert!(message.contains("toy/common.proto"), "{message}");
    assert!(!message.contains('\n'), "{message}");

    // Transitively: common imports base through its own reference.
    client
        .register(
            "toy-common",
            json!({ "schema": common, "schemaType": "PROTOBUF", "references": [
                { "name": "toy/base.proto", "subject": "toy-base", "version": 1 }
            ]}),
        )
        .await;
    let refs = json!([{ "name": "toy/common.proto", "subject": "toy-common", "version": -1 }]);
    let id = client
        .register("users-value", with_refs(refs.clone()))
        .await;
    let view = client.get(&format!("/schemas/ids/{id}")).await.body;
    assert_eq!(
        view["references"],
        json!([{ "name": "toy/common.proto", "subject": "toy-common", "version": 1 }])
    );
    assert_eq!(view["schemaType"], json!("PROTOBUF"));
    let serialized = client
        .get(&format!("/schemas/ids/{id}?format=serialized"))
        .await
        .body;
    let file = descriptor(serialized["schema"].as_str().expect("a schema"));
    assert_eq!(
        file.dependency,
        ["toy/common.proto", "google/protobuf/timestamp.proto"]
    );
    assert_eq!(
        file.message_type[0].field[0].type_name(),
        ".toy.Address",
        "type names are resolved"
    );

    // Compatibility follows the referenced types: Address v2 turns city
    // into a number, so User against it is incompatible with User v1.
    client
        .put("/config/toy-common", json!({ "compatibility": "NONE" }))
        .await;
    client
        .register(
            "toy-common",
            json!({
                "schema": common.replace("string city", "int64 city"),
                "schemaType": "PROTOBUF",
                "references": [{ "name": "toy/base.proto", "subject": "toy-base", "version": 1 }]
            }),
        )
        .await;
    let check = client
        .post(
            "/compatibility/subjects/users-value/versions/latest?verbose=true",
            with_refs(
                json!([{ "name": "toy/common.proto", "subject": "toy-common", "version": 2 }]),
            ),
        )
        .await;
    assert_eq!(check.body["is_compatible"], json!(false), "{}", check.body);
    let messages = check.body["messages"].to_string();
    assert!(messages.contains("#/Address/2"), "{messages}");
    assert!(
        messages.contains("FIELD_NAMED_TYPE_CHANGED at #/User/1"),
        "{messages}"
    );
}

#[tokio::test]
async fn protobuf_invalid_schemas_are_refused() {
    let client = Client::new();
    for text in [
        "syntax = \"proto3\"; message M { int32 a = ; }",
        "syntax = \"proto3\"; message M { Nope a = 1; }",
        "syntax = \"proto4\";",
    ] {
        let reply = client.post("/subjects/s/versions", proto(text)).await;
        let message = assert_error(&reply, StatusCode::UNPROCESSABLE_ENTITY, 42201);
        assert!(!message.contains('\n'), "{message}");
    }
    // Unchanged checks refuse invalid schemas too.
    let reply = client
        .post(
            "/compatibility/subjects/s/versions/latest",
            proto("message {"),
        )
        .await;
    assert_error(&reply, StatusCode::UNPROCESSABLE_ENTITY, 42201);
}
