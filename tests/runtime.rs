//! Behaviour of the generated `togai-client` (its operations and the runtime they share)
//! against an in-process HTTP server on 127.0.0.1.
//!
//! Every test drives real generated operations (`client.customers().get_customer(..)`...) and
//! checks both what the server received and what the client returned.

use std::collections::{BTreeMap, HashMap};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use futures::{StreamExt, TryStreamExt};
use serde_json::{json, Value};
use togai_client::apis::event_ingestion_api::IngestBatchResponse;
use togai_client::apis::settings_api::InsertSettingResponse;
use togai_client::models::{
    Attribute, Customer, CustomerStatus, ErrorResponse, Event, IngestBatchEventRequest,
    IngestEventRequest, IngestEventResponse, Setting, SettingDataType,
};
use togai_client::{
    Client, ClientBuilder, Error, ErrorBody, Redirect, RequestOptions, RetryPolicy,
};
use workspace_tests::mock::{self, Reply, Seen};

mod fault_matrix;

// ----- fixtures ---------------------------------------------------------------------------------

/// A `Customer` as the server sends it, with every required field.
fn customer(id: &str) -> Value {
    json!({
        "id": id,
        "togaiCustomerId": format!("togai.{id}"),
        "name": "Acme",
        "primaryEmail": "billing@acme.test",
        "billingAddress": "1 Main St, Springfield",
        "address": { "city": "Springfield", "country": "US" },
        "status": "ACTIVE",
        "createdAt": "2024-01-02T03:04:05Z",
        "updatedAt": "2024-02-03T04:05:06Z"
    })
}

/// Retries with (almost) no delay, so that tests of retries stay fast.
fn fast_retry() -> RetryPolicy {
    RetryPolicy::default()
        .base_delay(Duration::from_millis(1))
        .max_delay(Duration::from_millis(20))
}

fn builder(url: &str) -> ClientBuilder {
    Client::builder()
        .base_url(url)
        .bearer_token("tok-1")
        .retry(fast_retry())
}

fn client(url: &str) -> Client {
    builder(url).build().unwrap()
}

fn utc(rfc3339: &str) -> chrono::DateTime<chrono::Utc> {
    chrono::DateTime::parse_from_rfc3339(rfc3339)
        .unwrap()
        .to_utc()
}

/// The time between the server receiving request `a` and request `b`.
fn gap(requests: &[Seen], a: usize, b: usize) -> Duration {
    requests[b].at.duration_since(requests[a].at)
}

/// The raw (still encoded) `nextToken` query value of a request, if any.
fn next_token(seen: &Seen) -> Option<&str> {
    let query = seen.uri.split_once('?')?.1;
    query.split('&').find_map(|p| p.strip_prefix("nextToken="))
}

/// `GET /customers` in three pages: c1 c2 | c3 | c4 c5. The first token needs encoding.
fn three_pages(seen: &Seen) -> Reply {
    if (seen.method.as_str(), seen.path()) != ("GET", "/customers") {
        return Reply::json(
            400,
            json!({ "message": format!("unexpected {}", seen.uri) }),
        );
    }
    match next_token(seen) {
        None => Reply::json(
            200,
            json!({ "data": [customer("c1"), customer("c2")], "nextToken": "p2+/=" }),
        ),
        Some("p2%2B%2F%3D") => {
            Reply::json(200, json!({ "data": [customer("c3")], "nextToken": "p3" }))
        }
        Some("p3") => Reply::json(200, json!({ "data": [customer("c4"), customer("c5")] })),
        Some(other) => Reply::json(400, json!({ "message": format!("bad token {other}") })),
    }
}

fn ids(customers: &[Customer]) -> Vec<&str> {
    customers.iter().map(|c| c.id.as_str()).collect()
}

// ----- the acceptance programs ------------------------------------------------------------------

/// The first acceptance program, verbatim but for the URL; returns what it fetched.
#[rustfmt::skip]
async fn quick_start_program(
    url: &str,
) -> Result<(togai_client::models::TokenResponse, togai_client::models::CustomerPaginatedResponse, Customer), togai_client::Error> {
let client = togai_client::Client::builder()
    .base_url(url)   // your mock's URL
    .bearer_token("tok")
    .build()?;
let token: togai_client::models::TokenResponse =
    client.authentication().authenticate().send().await?;
let page = client.customers().get_customers().page_size(10).send().await?;
let customer = client.customers().get_customer("C 1/2").send().await?; // sent as /customers/C%201%2F2
match client.customers().get_customer("missing").send().await {
    Err(e) => assert_eq!(e.status(), Some(404)), // Display shows the status and the server's message
    Ok(_) => unreachable!(),
}
    Ok((token, page, customer))
}

#[tokio::test]
async fn acceptance_quick_start_program() {
    let server = mock::start(|seen, _| match (seen.method.as_str(), seen.path()) {
        ("POST", "/authenticate") => Reply::json(200, json!({ "token": "session-1" })),
        ("GET", "/customers") => Reply::json(
            200,
            json!({ "data": [customer("c1")], "nextToken": "n2", "context": { "pageSize": 10 } }),
        ),
        ("GET", "/customers/C%201%2F2") => Reply::json(200, customer("C 1/2")),
        ("GET", "/customers/missing") => {
            Reply::json(404, json!({ "message": "Customer missing does not exist" }))
        }
        _ => Reply::json(
            400,
            json!({ "message": format!("unexpected {}", seen.uri) }),
        ),
    })
    .await;
    let (token, page, customer) = quick_start_program(&server.url).await.unwrap();

    assert_eq!(token.token, "session-1");
    assert_eq!(ids(page.data.as_deref().unwrap()), ["c1"]);
    assert_eq!(page.next_token.as_deref(), Some("n2"));
    assert_eq!(customer.id, "C 1/2");
    assert_eq!(customer.status, CustomerStatus::Active);
    let requests = server.requests();
    let sent: Vec<_> = requests
        .iter()
        .map(|r| (r.method.as_str(), r.uri.as_str()))
        .collect();
    assert_eq!(
        sent,
        [
            ("POST", "/authenticate"),
            ("GET", "/customers?pageSize=10"),
            ("GET", "/customers/C%201%2F2"),
            ("GET", "/customers/missing"),
        ]
    );
    assert!(
        requests
            .iter()
            .all(|r| r.header("authorization") == Some("Bearer tok")),
        "{requests:#?}"
    );
    // What the program's comment says of the 404's Display.
    let err = Client::builder()
        .base_url(&server.url)
        .bearer_token("tok")
        .build()
        .unwrap()
        .customers()
        .get_customer("missing")
        .send()
        .await
        .unwrap_err();
    let shown = err.to_string();
    assert!(
        shown.contains("404") && shown.contains("Customer missing does not exist"),
        "{shown}"
    );
}

/// The second acceptance program, verbatim; returns what it collected.
#[rustfmt::skip]
async fn stream_program(url: String, tok: &str) -> Result<Vec<Customer>, togai_client::Error> {
use futures::TryStreamExt;
let client = togai_client::Client::builder().base_url(url).bearer_token(tok)
    .timeout(std::time::Duration::from_secs(5)).retry(togai_client::RetryPolicy::none()).build()?;
let all: Vec<togai_client::models::Customer> =
    client.customers().get_customers().stream().try_collect().await?; // every page
    Ok(all)
}

#[tokio::test]
async fn acceptance_stream_program() {
    let server = mock::start(|seen, _| three_pages(seen)).await;
    let all = stream_program(server.url.clone(), "tok-2").await.unwrap();
    assert_eq!(ids(&all), ["c1", "c2", "c3", "c4", "c5"]);
    assert_eq!(
        server.uris(),
        [
            "/customers",
            "/customers?nextToken=p2%2B%2F%3D",
            "/customers?nextToken=p3"
        ]
    );
    assert!(server
        .requests()
        .iter()
        .all(|r| r.header("authorization") == Some("Bearer tok-2")));
}

// ----- authentication ---------------------------------------------------------------------------

#[tokio::test]
async fn bearer_token_is_sent_as_authorization_header() {
    let server = mock::start(|_, _| Reply::json(200, customer("c1"))).await;
    client(&server.url)
        .customers()
        .get_customer("c1")
        .send()
        .await
        .unwrap();
    let seen = server.single();
    assert_eq!(seen.header("authorization"), Some("Bearer tok-1"));
    assert_eq!(seen.header("x-api-key"), None);
}

#[tokio::test]
async fn with_both_credentials_only_the_declared_bearer_scheme_is_sent() {
    // Every operation of the document requires bearerAuth: with both configured, the first
    // satisfiable security alternative ([bearerAuth]) is applied and nothing else.
    let server = mock::start(|_, _| Reply::json(200, customer("c1"))).await;
    let client = builder(&server.url).api_key("key-1").build().unwrap();
    client.customers().get_customer("c1").send().await.unwrap();
    let seen = server.single();
    assert_eq!(seen.header("authorization"), Some("Bearer tok-1"));
    assert_eq!(seen.header("x-api-key"), None);
}

#[tokio::test]
async fn api_key_alone_is_sent_as_x_api_key_header() {
    // No alternative of getCustomer's security ([bearerAuth]) can be satisfied with only an API
    // key, so the runtime falls back to sending every configured credential and lets the server
    // decide: X-API-Key is sent, no Authorization.
    let server = mock::start(|_, _| Reply::json(200, customer("c1"))).await;
    let client = Client::builder()
        .base_url(&server.url)
        .api_key("key-1")
        .build()
        .unwrap();
    client.customers().get_customer("c1").send().await.unwrap();
    let seen = server.single();
    assert_eq!(seen.header("x-api-key"), Some("key-1"));
    assert_eq!(seen.header("authorization"), None);
}

#[tokio::test]
async fn named_credential_overrides_the_generic_one() {
    let server = mock::start(|_, _| Reply::json(200, customer("c1"))).await;
    let client = builder(&server.url)
        .credential("bearerAuth", "named")
        .build()
        .unwrap();
    client.customers().get_customer("c1").send().await.unwrap();
    assert_eq!(
        server.single().header("authorization"),
        Some("Bearer named")
    );
}

#[tokio::test]
async fn per_call_header_is_sent_and_replaces_default_headers_and_credentials() {
    let server = mock::start(|_, _| Reply::json(200, customer("c1"))).await;
    let client = builder(&server.url)
        .default_header("X-Tenant", "default-tenant")
        .default_header("X-Kept", "kept")
        .build()
        .unwrap();
    client
        .customers()
        .get_customer("c1")
        .header("X-Trace", "trace-1")
        .header("X-Tenant", "tenant-2")
        .header("Authorization", "Bearer per-call")
        .header("X-Twice", "first")
        .header("X-Twice", "second")
        .send()
        .await
        .unwrap();
    client.customers().get_customer("c1").send().await.unwrap();
    let requests = server.requests();
    let (first, second) = (&requests[0], &requests[1]);
    assert_eq!(first.header("x-trace"), Some("trace-1"));
    assert_eq!(first.header("x-tenant"), Some("tenant-2"));
    assert_eq!(first.header("x-kept"), Some("kept"));
    assert_eq!(first.header("authorization"), Some("Bearer per-call"));
    let twice: Vec<_> = first.headers.get_all("x-twice").iter().collect();
    assert_eq!(twice, ["second"]);
    // Per-call headers do not leak into the next call of the same client.
    assert_eq!(second.header("x-trace"), None);
    assert_eq!(second.header("x-tenant"), Some("default-tenant"));
    assert_eq!(second.header("authorization"), Some("Bearer tok-1"));
}

/// The `version` of generated/Cargo.toml's `[package]`.
fn client_crate_version() -> String {
    let manifest =
        std::fs::read_to_string(workspace_tests::root().join("generated/Cargo.toml")).unwrap();
    manifest
        .lines()
        .find_map(|l| l.strip_prefix("version = \"")?.strip_suffix('"'))
        .expect("generated/Cargo.toml has a version")
        .to_owned()
}

#[tokio::test]
async fn default_user_agent_is_crate_name_and_version() {
    let server = mock::start(|_, _| Reply::json(200, customer("c1"))).await;
    client(&server.url)
        .customers()
        .get_customer("c1")
        .send()
        .await
        .unwrap();
    let custom = builder(&server.url)
        .user_agent("billing-sync/2.0")
        .build()
        .unwrap();
    custom.customers().get_customer("c1").send().await.unwrap();
    let agents: Vec<_> = server
        .requests()
        .iter()
        .map(|r| r.header("user-agent").unwrap().to_owned())
        .collect();
    assert_eq!(
        agents,
        [
            format!("togai-client/{}", client_crate_version()),
            "billing-sync/2.0".to_owned()
        ]
    );
}

// ----- URLs and parameters ----------------------------------------------------------------------

#[tokio::test]
async fn path_parameter_is_percent_encoded_as_one_segment() {
    let server = mock::start(|_, _| Reply::json(200, customer("x"))).await;
    let client = client(&server.url);
    for id in ["C 1/2", "a?b#c%d/é", "plain-id_1.~"] {
        client.customers().get_customer(id).send().await.unwrap();
    }
    assert_eq!(
        server.uris(),
        [
            "/customers/C%201%2F2",
            "/customers/a%3Fb%23c%25d%2F%C3%A9",
            "/customers/plain-id_1.~"
        ]
    );
}

#[tokio::test]
async fn unsafe_path_segments_are_rejected_before_sending() {
    let server = mock::start(|_, _| Reply::json(200, customer("c1"))).await;
    let client = client(&server.url);
    for id in ["", ".", ".."] {
        let err = client
            .customers()
            .get_customer(id)
            .send()
            .await
            .unwrap_err();
        assert!(
            matches!(&err, Error::Config(m) if m.contains("customer_id") && m.contains("getCustomer")),
            "{id:?}: {err:?}"
        );
    }
    assert!(server.requests().is_empty(), "{:#?}", server.requests());
}

#[tokio::test]
async fn query_values_are_formatted_and_percent_encoded() {
    let server = mock::start(|seen, _| match seen.path() {
        "/customers" | "/license_updates" => Reply::json(200, json!({ "data": [] })),
        "/accounts/acc%201" => Reply::json(
            200,
            json!({
                "id": "acc 1", "togaiAccountId": "togai.acc", "togaiCustomerId": "togai.c1",
                "name": "Main", "customerId": "c1", "status": "ACTIVE"
            }),
        ),
        _ => Reply::json(
            400,
            json!({ "message": format!("unexpected {}", seen.uri) }),
        ),
    })
    .await;
    let client = client(&server.url);
    client
        .customers()
        .get_customers()
        .page_size(10)
        .send()
        .await
        .unwrap();
    client
        .customers()
        .get_customers()
        .next_token("a b&c=d/+é")
        .page_size(2.5)
        .send()
        .await
        .unwrap();
    let account = client
        .accounts()
        .get_account("acc 1")
        .effective_on(utc("2024-01-02T03:04:05Z"))
        .include_group_details(true)
        .send()
        .await
        .unwrap();
    assert_eq!(account.id, "acc 1");
    // An offset date-time is sent in UTC, with its milliseconds.
    client
        .licenses()
        .get_license_updates()
        .account_id("A&B")
        .page_size(50)
        .effective_from(utc("2024-01-02T08:34:05.250+05:30"))
        .send()
        .await
        .unwrap();
    assert_eq!(
        server.uris(),
        [
            "/customers?pageSize=10",
            "/customers?nextToken=a%20b%26c%3Dd%2F%2B%C3%A9&pageSize=2.5",
            "/accounts/acc%201?effectiveOn=2024-01-02T03%3A04%3A05Z&includeGroupDetails=true",
            "/license_updates?account_id=A%26B&pageSize=50&effectiveFrom=2024-01-02T03%3A04%3A05.250Z",
        ]
    );
}

#[tokio::test]
async fn base_url_path_prefix_is_kept() {
    let server = mock::start(|_, _| Reply::json(200, customer("c 1"))).await;
    for base in [
        format!("{}/api/v2", server.url),
        format!("{}/api/v2/", server.url),
    ] {
        let client = builder(&base).build().unwrap();
        assert_eq!(client.base_url(), format!("{}/api/v2", server.url));
        client.customers().get_customer("c 1").send().await.unwrap();
    }
    assert_eq!(
        server.uris(),
        ["/api/v2/customers/c%201", "/api/v2/customers/c%201"]
    );
}

#[test]
fn base_url_is_validated_and_defaults_to_the_first_server() {
    assert_eq!(
        Client::builder().build().unwrap().base_url(),
        "https://api.togai.com"
    );
    assert_eq!(togai_client::SERVERS[0].url, "https://api.togai.com/");
    assert_eq!(
        togai_client::SERVERS[1].url,
        togai_client::servers::SANDBOX_API_ENDPOINT
    );
    for bad in [
        "not a url",
        "ftp://host/x",
        "https://host/api?x=1",
        "https://host/#frag",
    ] {
        let err = Client::builder().base_url(bad).build().unwrap_err();
        assert!(
            matches!(&err, Error::Config(m) if m.contains(bad)),
            "{bad}: {err:?}"
        );
    }
}

// ----- request and response bodies --------------------------------------------------------------

fn setting(data_type: SettingDataType) -> Setting {
    Setting::new(
        "s1",
        "30",
        "ACCOUNT",
        "acc-1",
        "billing",
        "net_terms",
        data_type,
    )
}

#[tokio::test]
async fn insert_setting_201_has_a_body_and_204_has_none() {
    // 201 echoes the setting it received; 204 answers with no body at all.
    let server = mock::start(|seen, n| match n {
        0 => Reply::json(201, seen.json()),
        _ => Reply::status(204),
    })
    .await;
    let client = client(&server.url);
    let created = client
        .settings()
        .insert_setting(setting(SettingDataType::Numeric))
        .send()
        .await
        .unwrap();
    assert_eq!(
        created,
        InsertSettingResponse::Created(setting(SettingDataType::Numeric))
    );
    let response = client
        .settings()
        .insert_setting(setting(SettingDataType::Json))
        .send_with_response()
        .await
        .unwrap();
    assert_eq!(response.status(), 204);
    assert_eq!(response.into_body(), InsertSettingResponse::NoContent);

    let requests = server.requests();
    assert_eq!(requests.len(), 2);
    let first = &requests[0];
    assert_eq!(
        (first.method.as_str(), first.uri.as_str()),
        ("POST", "/settings")
    );
    assert_eq!(first.header("content-type"), Some("application/json"));
    assert_eq!(
        first.json(),
        json!({
            "id": "s1", "value": "30", "entityType": "ACCOUNT", "entityId": "acc-1",
            "namespace": "billing", "name": "net_terms", "dataType": "NUMERIC"
        })
    );
    assert_eq!(requests[1].json()["dataType"], "JSON");
}

#[tokio::test]
async fn ingest_batch_202_and_207_are_distinct_variants() {
    let server = mock::start(|_, n| match n {
        0 => Reply::json(
            202,
            json!({ "success": true, "statusCode": 202, "message": "all accepted" }),
        ),
        _ => Reply::json(
            207,
            json!({
                "success": false, "statusCode": 207, "message": "1 event rejected",
                "details": { "rejected": ["evt-2"] }
            }),
        ),
    })
    .await;
    let event = Event::new(
        "api_calls",
        utc("2024-01-02T03:04:05Z"),
        "acc-1",
        vec![Attribute::new("calls", "3")],
        BTreeMap::from([("region".to_owned(), "eu".to_owned())]),
    )
    .with_id("evt-1");
    let batch = IngestBatchEventRequest::new(vec![event]);
    let client = client(&server.url);
    let accepted = client
        .event_ingestion()
        .ingest_batch(batch.clone())
        .send_with_response()
        .await
        .unwrap();
    assert_eq!(accepted.status(), 202);
    assert_eq!(
        accepted.into_body(),
        IngestBatchResponse::Accepted(
            IngestEventResponse::new()
                .with_success(true)
                .with_status_code(202)
                .with_message("all accepted")
        )
    );
    let partial = client
        .event_ingestion()
        .ingest_batch(batch)
        .send()
        .await
        .unwrap();
    let IngestBatchResponse::MultiStatus(partial) = partial else {
        panic!("207 decoded as {partial:?}")
    };
    assert_eq!(
        (partial.success, partial.status_code),
        (Some(false), Some(207))
    );
    assert_eq!(partial.details, Some(json!({ "rejected": ["evt-2"] })));

    let seen = &server.requests()[0];
    assert_eq!(
        (seen.method.as_str(), seen.uri.as_str()),
        ("POST", "/ingestBatch")
    );
    assert_eq!(
        seen.json(),
        json!({ "events": [{
            "schemaName": "api_calls", "id": "evt-1", "timestamp": "2024-01-02T03:04:05Z",
            "accountId": "acc-1", "attributes": [{ "name": "calls", "value": "3" }],
            "dimensions": { "region": "eu" }
        }] })
    );
}

#[tokio::test]
async fn get_file_redirect_is_returned_and_not_followed() {
    let target = mock::start(|_, _| Reply::status(200).body("%PDF-1.7")).await;
    let location = format!("{}/download/f1.pdf?sig=abc", target.url);
    let expected = location.clone();
    let api =
        mock::start(move |_, _| Reply::status(302).header("location", location.clone())).await;
    let response = client(&api.url)
        .file_storage()
        .get_file("f 1")
        .send_with_response()
        .await
        .unwrap();
    assert_eq!(response.status(), 302);
    assert_eq!(
        response.into_body(),
        Redirect {
            status: 302,
            location: expected
        }
    );
    let seen = api.single();
    assert_eq!(seen.uri, "/files/f%201");
    assert_eq!(seen.header("authorization"), Some("Bearer tok-1"));
    assert!(
        target.requests().is_empty(),
        "the redirect was followed: {:#?}",
        target.requests()
    );
}

#[tokio::test]
async fn redirect_without_location_is_an_unexpected_response() {
    let server = mock::start(|_, _| Reply::status(302)).await;
    let err = client(&server.url)
        .file_storage()
        .get_file("f1")
        .send()
        .await
        .unwrap_err();
    assert!(
        matches!(&err, Error::UnexpectedResponse { status: 302, message } if message.contains("getFile")),
        "{err:?}"
    );
    assert_eq!(err.status(), Some(302));
}

#[tokio::test]
async fn send_with_response_gives_status_and_headers() {
    let server = mock::start(|_, _| {
        Reply::json(200, customer("c1"))
            .header("x-request-id", "req-1")
            .header("x-ratelimit-remaining", "9")
    })
    .await;
    let response = client(&server.url)
        .customers()
        .get_customer("c1")
        .send_with_response()
        .await
        .unwrap();
    assert_eq!(response.status(), 200);
    assert_eq!(response.request_id(), Some("req-1"));
    assert_eq!(response.headers()["x-ratelimit-remaining"], "9");
    assert_eq!(response.headers()["content-type"], "application/json");
    assert_eq!(response.body().id, "c1");
    let (status, headers, body) = response.into_parts();
    assert_eq!((status, body.id.as_str()), (200, "c1"));
    assert_eq!(headers["x-request-id"], "req-1");
}

#[tokio::test]
async fn unknown_enum_value_round_trips_through_a_real_model() {
    let mut sent = customer("c1");
    sent["status"] = json!("SUSPENDED");
    let body = sent.clone();
    let server = mock::start(move |seen, _| match seen.method.as_str() {
        "GET" => Reply::json(200, body.clone()),
        _ => Reply::json(201, seen.json()),
    })
    .await;
    let client = client(&server.url);
    let got = client.customers().get_customer("c1").send().await.unwrap();
    assert_eq!(got.status, CustomerStatus::Unknown("SUSPENDED".into()));
    assert_eq!(got.status.as_str(), "SUSPENDED");
    // The whole model serialises back to exactly what the server sent.
    assert_eq!(serde_json::to_value(&got).unwrap(), sent);
    // Known values still map to their variant.
    let known: CustomerStatus = serde_json::from_value(json!("ARCHIVED")).unwrap();
    assert_eq!(known, CustomerStatus::Archived);

    // An unknown value in a request body is sent verbatim and decoded back as unknown.
    let created = client
        .settings()
        .insert_setting(setting(SettingDataType::Unknown("XML".into())))
        .send()
        .await
        .unwrap();
    assert_eq!(
        created,
        InsertSettingResponse::Created(setting(SettingDataType::Unknown("XML".into())))
    );
    assert_eq!(server.requests()[1].json()["dataType"], "XML");
}

// ----- errors -----------------------------------------------------------------------------------

#[tokio::test]
async fn not_found_is_a_typed_api_error() {
    let server = mock::start(|_, _| {
        Reply::json(404, json!({ "message": "Customer not found" })).header("x-request-id", "abc")
    })
    .await;
    let err = client(&server.url)
        .customers()
        .get_customer("c1")
        .send()
        .await
        .unwrap_err();
    assert_eq!(err.status(), Some(404));
    assert_eq!(
        err.to_string(),
        "HTTP 404 Not Found: Customer not found (request id abc)"
    );
    assert_eq!(err.request_id(), Some("abc"));
    let Error::Api(api) = &err else {
        panic!("{err:?}")
    };
    assert_eq!(api.status(), 404);
    assert_eq!(
        api.body(),
        Some(&ErrorBody::ErrorResponse(ErrorResponse::new(
            "Customer not found"
        )))
    );
    assert_eq!(api.message(), Some("Customer not found"));
    assert_eq!(api.raw_body(), r#"{"message":"Customer not found"}"#);
    assert_eq!(server.requests().len(), 1, "404 is not retried");
}

#[tokio::test]
async fn untyped_error_body_is_shown_as_text() {
    let server = mock::start(|_, _| Reply::status(500).body("upstream exploded\n")).await;
    let err = client(&server.url)
        .customers()
        .get_customer("c1")
        .send()
        .await
        .unwrap_err();
    assert_eq!(
        err.to_string(),
        "HTTP 500 Internal Server Error: upstream exploded"
    );
    assert_eq!(err.api().unwrap().body(), None);
    assert_eq!(server.requests().len(), 1, "500 is not retried by default");
}

#[tokio::test]
async fn decode_error_names_the_json_path() {
    let mut bad = customer("c2");
    bad["name"] = json!(3);
    let body = json!({ "data": [customer("c1"), bad] });
    let server =
        mock::start(move |_, _| Reply::json(200, body.clone()).header("x-request-id", "req-7"))
            .await;
    let err = client(&server.url)
        .customers()
        .get_customers()
        .send()
        .await
        .unwrap_err();
    let message = err.to_string();
    assert!(
        message.starts_with(
            "failed to decode response of getCustomers at `data[1].name`: invalid type: integer `3`"
        ),
        "{message}"
    );
    assert_eq!((err.status(), err.request_id()), (Some(200), Some("req-7")));
    let Error::Decode(decode) = &err else {
        panic!("{err:?}")
    };
    assert_eq!(
        (decode.operation(), decode.path(), decode.status()),
        ("getCustomers", "data[1].name", 200)
    );
    assert!(
        decode.body_snippet().starts_with(r#"{"data":[{"#),
        "{}",
        decode.body_snippet()
    );
    assert!(std::error::Error::source(&err).is_some());
    assert_eq!(server.requests().len(), 1, "decode errors are not retried");
}

/// The JSON path is worked out from serde_json's line and column after a failure: check it
/// across lines, inside strings that hold brackets and commas, for errors about a whole object,
/// and after the top-level value.
#[tokio::test]
async fn decode_error_paths_cover_each_kind_of_failure() {
    let with = |id: &str, edit: &dyn Fn(&mut serde_json::Map<String, Value>)| {
        let mut c = customer(id);
        edit(c.as_object_mut().unwrap());
        c
    };
    let page = |items: Vec<Value>| json!({ "data": items }).to_string();
    let bad_status = with("c3", &|c| {
        c.insert("status".into(), json!(5));
    });
    let no_name = with("c2", &|c| {
        c.remove("name");
    });
    let tricky_key = with("c1", &|c| {
        c.insert("we\"ird,{key[".into(), json!([1, { "x": "}],[" }]));
        c.insert("createdAt".into(), json!("not a date"));
    });
    let cases: Vec<(String, &str, &str)> = vec![
        (
            serde_json::to_string_pretty(&json!({
                "data": [customer("c1"), customer("c2"), bad_status]
            }))
            .unwrap(),
            "data[2].status",
            "invalid type: integer `5`",
        ),
        (
            page(vec![customer("c1"), no_name]),
            "data[1]",
            "missing field `name`",
        ),
        (
            page(vec![tricky_key]),
            "data[0].createdAt",
            "invalid date-time `not a date`",
        ),
        (
            page(vec![customer("c1")]).replacen(r#""id":"c1""#, r#""id":"c1","id":"c9""#, 1),
            "data[0].id",
            "duplicate field `id`",
        ),
        (format!("{} x", page(vec![])), ".", "trailing characters"),
    ];
    let bodies: Vec<String> = cases.iter().map(|(body, _, _)| body.clone()).collect();
    let server = mock::start(move |_, n| {
        Reply::status(200)
            .header("content-type", "application/json")
            .body(bodies[n].clone())
    })
    .await;
    let client = client(&server.url);
    for (body, path, message) in &cases {
        let err = client.customers().get_customers().send().await.unwrap_err();
        let Error::Decode(decode) = &err else {
            panic!("{err:?}")
        };
        assert_eq!(decode.path(), *path, "{err}\nbody: {body}");
        assert!(err.to_string().contains(message), "{err}\nbody: {body}");
    }
}

// ----- retries ----------------------------------------------------------------------------------

#[tokio::test]
async fn service_unavailable_is_retried_until_success() {
    let server = mock::start(|_, n| match n {
        0 | 1 => Reply::json(503, json!({ "message": "busy" })),
        _ => Reply::json(200, customer("c1")),
    })
    .await;
    let customer = client(&server.url)
        .customers()
        .get_customer("c1")
        .send()
        .await
        .unwrap();
    assert_eq!(customer.id, "c1");
    assert_eq!(server.requests().len(), 3);
}

#[tokio::test]
async fn post_is_retried_on_a_retryable_status_with_the_same_body() {
    let server = mock::start(|_, n| match n {
        0 => Reply::json(429, json!({ "message": "slow down" })),
        _ => Reply::json(202, json!({ "success": true })),
    })
    .await;
    let batch = IngestBatchEventRequest::new(vec![Event::new(
        "api_calls",
        utc("2024-01-02T03:04:05Z"),
        "acc-1",
        Vec::new(),
        BTreeMap::new(),
    )]);
    let response = client(&server.url)
        .event_ingestion()
        .ingest_batch(batch)
        .send()
        .await
        .unwrap();
    assert!(
        matches!(response, IngestBatchResponse::Accepted(_)),
        "{response:?}"
    );
    let requests = server.requests();
    assert_eq!(requests.len(), 2);
    assert!(requests[0].body.contains("api_calls"));
    assert_eq!(requests[0].body, requests[1].body, "the body is replayed");
}

/// A client whose own backoff is ~1 ms, so that any longer wait comes from `Retry-After`.
/// Serves `first` once, then a customer, to a client whose own backoff is
/// 1 ms and whose cap is `max_delay`; returns how long the client waited
/// between the two requests, as the server saw it.
async fn wait_before_retry(
    first: impl Fn() -> Reply + Send + Sync + 'static,
    max_delay: Duration,
) -> Duration {
    let server = mock::start(move |_, n| match n {
        0 => first(),
        _ => Reply::json(200, customer("c1")),
    })
    .await;
    let policy = RetryPolicy::default()
        .base_delay(Duration::from_millis(1))
        .max_delay(max_delay);
    builder(&server.url)
        .retry(policy)
        .build()
        .unwrap()
        .customers()
        .get_customer("c1")
        .send()
        .await
        .unwrap();
    let requests = server.requests();
    assert_eq!(requests.len(), 2);
    gap(&requests, 0, 1)
}

#[tokio::test]
async fn retry_after_seconds_is_respected() {
    let waited = wait_before_retry(
        || Reply::json(503, json!({ "message": "busy" })).header("retry-after", "1"),
        Duration::from_secs(5),
    )
    .await;
    assert!(
        waited >= Duration::from_millis(990) && waited < Duration::from_millis(2500),
        "{waited:?}"
    );
}

#[tokio::test]
async fn retry_after_http_date_is_respected() {
    // An IMF-fixdate two seconds ahead, truncated to the second: a wait of 1 to 2 s.
    let waited = wait_before_retry(
        || {
            let at = chrono::Utc::now() + chrono::Duration::seconds(2);
            let date = at.format("%a, %d %b %Y %H:%M:%S GMT").to_string();
            Reply::json(429, json!({ "message": "slow down" })).header("retry-after", date)
        },
        Duration::from_secs(5),
    )
    .await;
    assert!(
        waited >= Duration::from_millis(900) && waited < Duration::from_millis(3000),
        "{waited:?}"
    );
}

#[tokio::test]
async fn retry_after_longer_than_the_policy_allows_returns_at_once_with_the_wait() {
    let server = mock::start(|_, _| {
        Reply::json(429, json!({ "message": "slow down" })).header("retry-after", "60")
    })
    .await;
    let client = builder(&server.url)
        .retry(RetryPolicy::default().max_delay(Duration::from_secs(10)))
        .build()
        .unwrap();
    let started = Instant::now();
    let err = client
        .customers()
        .get_customer("c1")
        .send()
        .await
        .unwrap_err();
    assert!(
        started.elapsed() < Duration::from_secs(2),
        "{:?}",
        started.elapsed()
    );
    let api = err.api().expect("the 429 itself");
    assert_eq!(api.status(), 429);
    assert_eq!(api.retry_after(), Some(Duration::from_secs(60)));
    assert_eq!(server.requests().len(), 1);
}

#[tokio::test]
async fn retry_after_longer_than_the_deadline_leaves_is_not_waited_for() {
    let server = mock::start(|_, _| {
        Reply::json(503, json!({ "message": "busy" })).header("retry-after", "5")
    })
    .await;
    let client = builder(&server.url)
        .retry(RetryPolicy::default())
        .build()
        .unwrap();
    let started = Instant::now();
    let err = client
        .customers()
        .get_customer("c1")
        .options(RequestOptions::new().deadline(Duration::from_secs(3)))
        .send()
        .await
        .unwrap_err();
    assert!(
        started.elapsed() < Duration::from_secs(2),
        "{:?}",
        started.elapsed()
    );
    assert_eq!(
        err.api().and_then(|e| e.retry_after()),
        Some(Duration::from_secs(5))
    );
    assert_eq!(server.requests().len(), 1);
}

#[tokio::test]
async fn bad_request_is_not_retried() {
    let server = mock::start(|_, _| Reply::json(400, json!({ "message": "bad page size" }))).await;
    let err = client(&server.url)
        .customers()
        .get_customers()
        .page_size(-1)
        .send()
        .await
        .unwrap_err();
    assert_eq!(err.status(), Some(400));
    assert_eq!(err.api().and_then(|e| e.message()), Some("bad page size"));
    assert_eq!(server.requests().len(), 1);
}

#[tokio::test]
async fn exhausted_retries_return_the_last_error() {
    let server =
        mock::start(|_, n| Reply::json(503, json!({ "message": format!("busy {n}") }))).await;
    let client = builder(&server.url)
        .retry(fast_retry().max_retries(2))
        .build()
        .unwrap();
    let err = client
        .customers()
        .get_customer("c1")
        .send()
        .await
        .unwrap_err();
    assert_eq!(err.status(), Some(503));
    assert_eq!(err.to_string(), "HTTP 503 Service Unavailable: busy 2");
    assert_eq!(server.requests().len(), 3);

    // RetryPolicy::none(): one attempt only.
    let server = mock::start(|_, _| Reply::json(503, json!({ "message": "busy" }))).await;
    let client = builder(&server.url)
        .retry(RetryPolicy::none())
        .build()
        .unwrap();
    let err = client
        .customers()
        .get_customer("c1")
        .send()
        .await
        .unwrap_err();
    assert_eq!(err.status(), Some(503));
    assert_eq!(server.requests().len(), 1);
}

#[tokio::test]
async fn refused_connection_is_a_transport_error() {
    let url = {
        let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        format!("http://{}", listener.local_addr().unwrap())
    }; // closed again: connections are refused
    let err = client(&url)
        .customers()
        .get_customer("c1")
        .send()
        .await
        .unwrap_err();
    assert!(matches!(err, Error::Transport(_)), "{err:?}");
    assert!(!err.is_timeout() && err.status().is_none());
    assert_eq!(err.to_string(), "HTTP request failed");
    assert!(std::error::Error::source(&err).is_some());
}

// ----- timeouts ---------------------------------------------------------------------------------

#[tokio::test]
async fn timeout_fires_as_error_timeout() {
    let server =
        mock::start(|_, _| Reply::json(200, customer("c1")).delay(Duration::from_secs(3))).await;
    let client = builder(&server.url)
        .timeout(Duration::from_millis(200))
        .retry(RetryPolicy::none())
        .build()
        .unwrap();
    let started = Instant::now();
    let err = client
        .customers()
        .get_customer("c1")
        .send()
        .await
        .unwrap_err();
    let elapsed = started.elapsed();
    assert!(
        matches!(err, Error::Timeout(_)) && err.is_timeout(),
        "{err:?}"
    );
    assert_eq!(err.to_string(), "request timed out");
    assert_eq!(err.status(), None);
    assert!(
        elapsed >= Duration::from_millis(190) && elapsed < Duration::from_secs(2),
        "{elapsed:?}"
    );
    assert_eq!(server.requests().len(), 1);
}

#[tokio::test]
async fn timed_out_get_is_retried_but_timed_out_post_is_not() {
    // GET is idempotent: the first attempt times out, the retry is answered at once.
    let server = mock::start(|_, n| {
        let delay = if n == 0 { 2000 } else { 0 };
        Reply::json(200, customer("c1")).delay(Duration::from_millis(delay))
    })
    .await;
    let client = builder(&server.url)
        .timeout(Duration::from_millis(300))
        .build()
        .unwrap();
    let customer = client.customers().get_customer("c1").send().await.unwrap();
    assert_eq!(customer.id, "c1");
    assert_eq!(server.requests().len(), 2);

    // POST /authenticate may have been processed: it is not retried after a timeout.
    let server = mock::start(|_, _| {
        Reply::json(200, json!({ "token": "t" })).delay(Duration::from_millis(2000))
    })
    .await;
    let client = builder(&server.url)
        .timeout(Duration::from_millis(300))
        .build()
        .unwrap();
    let err = client
        .authentication()
        .authenticate()
        .send()
        .await
        .unwrap_err();
    assert!(err.is_timeout(), "{err:?}");
    assert_eq!(server.requests().len(), 1);
}

// ----- retry classes --------------------------------------------------------------------------

fn payment_request() -> togai_client::models::CreatePaymentRequest {
    serde_json::from_value(json!({
        "accountId": "acc-1", "currency": "USD", "totalAmount": 100,
        "externalPaymentReference": {
            "sourceName": "bank", "sourceType": "CARD", "transactionNumber": "t-1"
        },
        "lineItemRecords": [{ "type": "INVOICE", "order": 1 }]
    }))
    .unwrap()
}

fn event(id: &str) -> Event {
    let mut event = Event::new(
        "api_calls",
        utc("2024-01-02T03:04:05Z"),
        "acc-1",
        Vec::new(),
        BTreeMap::new(),
    );
    event.id = Some(id.into());
    event
}

#[tokio::test]
async fn a_payment_answered_502_or_504_is_sent_exactly_once() {
    for status in [502, 504] {
        let server =
            mock::start(move |_, _| Reply::json(status, json!({ "message": "gateway" }))).await;
        let err = client(&server.url)
            .payments()
            .create_payments()
            .body(payment_request())
            .send()
            .await
            .unwrap_err();
        assert_eq!(err.status(), Some(status));
        assert_eq!(server.requests().len(), 1, "{status}: sent once");
        assert!(server.single().body.contains("acc-1"));
    }
}

#[tokio::test]
async fn a_payment_answered_503_is_sent_again() {
    let server = mock::start(|_, n| match n {
        0 => Reply::json(503, json!({ "message": "busy" })),
        _ => Reply::json(400, json!({ "message": "second attempt" })),
    })
    .await;
    let err = client(&server.url)
        .payments()
        .create_payments()
        .body(payment_request())
        .send()
        .await
        .unwrap_err();
    assert_eq!(err.api().and_then(|e| e.message()), Some("second attempt"));
    assert_eq!(server.requests().len(), 2);
}

#[tokio::test]
async fn a_retry_safe_ingest_that_times_out_is_sent_again() {
    let server = mock::start(|_, n| {
        let delay = if n == 0 { 3000 } else { 0 };
        Reply::json(202, json!({ "success": true })).delay(Duration::from_millis(delay))
    })
    .await;
    let client = builder(&server.url)
        .timeout(Duration::from_millis(500))
        .build()
        .unwrap();
    let response = client
        .event_ingestion()
        .ingest(IngestEventRequest::new(event("ev-1")))
        .send()
        .await
        .unwrap();
    assert_eq!(response.success, Some(true));
    let requests = server.requests();
    assert_eq!(requests.len(), 2, "sent again after the timeout");
    assert_eq!(
        requests[0].body, requests[1].body,
        "the same event, same id"
    );
    assert_eq!(requests[1].json()["event"]["id"], "ev-1");

    // A POST that is not retry-safe is not.
    let server =
        mock::start(|_, _| Reply::json(201, json!({})).delay(Duration::from_millis(3000))).await;
    let client = builder(&server.url)
        .timeout(Duration::from_millis(500))
        .build()
        .unwrap();
    let err = client
        .payments()
        .create_payments()
        .send()
        .await
        .unwrap_err();
    assert!(err.is_timeout(), "{err:?}");
    assert_eq!(server.requests().len(), 1);
}

#[tokio::test]
async fn a_request_with_an_idempotency_key_is_retry_safe_and_one_without_is_not() {
    use togai_client::models::{
        CreateProposalRequest, CreateProposalRequestPaymentMode, PurchaseType,
    };
    let proposal = |key: Option<&str>| {
        let mut request = CreateProposalRequest::new(
            PurchaseType::WalletTopup,
            CreateProposalRequestPaymentMode::Prepaid,
        );
        request.idempotency_key = key.map(str::to_owned);
        request
    };
    for (key, requests) in [(Some("order-42"), 4), (None, 1), (Some(""), 1)] {
        let server = mock::start(|_, _| Reply::json(502, json!({ "message": "gateway" }))).await;
        let err = client(&server.url)
            .accounts()
            .create_proposal("acc-1", proposal(key))
            .send()
            .await
            .unwrap_err();
        assert_eq!(err.status(), Some(502));
        assert_eq!(server.requests().len(), requests, "key {key:?}");
    }
}

// ----- deadlines ---------------------------------------------------------------------------------

#[tokio::test]
async fn a_2_s_deadline_ends_a_call_against_a_slow_server_within_about_2_s() {
    let server =
        mock::start(|_, _| Reply::json(200, customer("c1")).delay(Duration::from_secs(20))).await;
    // Per-attempt timeout 30 s, retries: without a deadline this would take minutes.
    let client = builder(&server.url)
        .retry(RetryPolicy::default().max_retries(10))
        .build()
        .unwrap();
    let started = Instant::now();
    let err = client
        .customers()
        .get_customer("c1")
        .options(RequestOptions::new().deadline(Duration::from_secs(2)))
        .send()
        .await
        .unwrap_err();
    let elapsed = started.elapsed();
    assert!(
        matches!(err, Error::Deadline(d) if d == Duration::from_secs(2)),
        "{err:?}"
    );
    assert!(err.is_timeout());
    assert!(
        elapsed >= Duration::from_millis(1950) && elapsed < Duration::from_millis(2800),
        "{elapsed:?}"
    );
    assert_eq!(server.requests().len(), 1);
}

#[tokio::test]
async fn the_client_deadline_bounds_retries_and_their_waits() {
    // Always busy, asking for 1 s each time; many retries allowed.
    let server = mock::start(|_, _| {
        Reply::json(503, json!({ "message": "busy" })).header("retry-after", "1")
    })
    .await;
    let client = builder(&server.url)
        .retry(RetryPolicy::default().max_retries(100))
        .deadline(Duration::from_millis(2900))
        .build()
        .unwrap();
    let started = Instant::now();
    let err = client
        .customers()
        .get_customer("c1")
        .send()
        .await
        .unwrap_err();
    let elapsed = started.elapsed();
    // Attempts at 0, 1 and 2 s; a third wait would end after the deadline: the last 503.
    assert_eq!(err.status(), Some(503), "{err:?}");
    assert_eq!(server.requests().len(), 3);
    assert!(elapsed < Duration::from_millis(2900), "{elapsed:?}");
}

// ----- credentials that refresh -------------------------------------------------------------------

/// What [`token_server`] accepts.
#[derive(Default)]
struct Tokens {
    /// The token it last issued, which it accepts.
    live: String,
    /// Rejects every token (but still exchanges keys).
    reject_all: bool,
    issued: usize,
}

/// A server whose `/authenticate` turns `api-key-1` into `tok-1`, `tok-2`... (and answers a
/// live token with itself, as Togai does for JWT auth); other requests are answered with a
/// customer when they carry the live token, 401 otherwise.
async fn token_server(tokens: Arc<Mutex<Tokens>>) -> mock::Mock {
    mock::start(move |seen, _| {
        let auth = seen.header("authorization").unwrap_or_default().to_owned();
        let mut tokens = tokens.lock().unwrap();
        let live = format!("Bearer {}", tokens.live);
        if seen.path() == "/authenticate" {
            assert_eq!(seen.method, "POST");
            if auth == live {
                return Reply::json(200, json!({ "token": tokens.live }));
            }
            if auth != "Bearer api-key-1" {
                return Reply::json(401, json!({ "message": "bad key" }));
            }
            tokens.issued += 1;
            tokens.live = format!("tok-{}", tokens.issued);
            return Reply::json(200, json!({ "token": tokens.live }));
        }
        if auth == live && !tokens.reject_all {
            Reply::json(200, customer("c1"))
        } else {
            Reply::json(401, json!({ "message": "expired" }))
        }
    })
    .await
}

fn exchanging(url: &str) -> Client {
    Client::builder()
        .base_url(url)
        .token_provider(togai_client::auth::TokenExchange::new("api-key-1"))
        .retry(fast_retry())
        .build()
        .unwrap()
}

fn count(server: &mock::Mock, path: &str) -> usize {
    server
        .requests()
        .iter()
        .filter(|r| r.path() == path)
        .count()
}

#[tokio::test]
async fn token_exchange_exchanges_once_for_100_concurrent_calls_and_again_after_a_401() {
    let tokens = Arc::new(Mutex::new(Tokens::default()));
    let server = token_server(Arc::clone(&tokens)).await;
    let client = exchanging(&server.url);
    let hundred = || {
        let calls = (0..100).map(|_| client.customers().get_customer("c1").send());
        futures::future::join_all(calls)
    };
    for result in hundred().await {
        assert_eq!(result.unwrap().id, "c1");
    }
    assert_eq!(count(&server, "/authenticate"), 1);
    assert_eq!(count(&server, "/customers/c1"), 100);
    assert!((server.requests().iter())
        .filter(|r| r.path() == "/customers/c1")
        .all(|r| r.header("authorization") == Some("Bearer tok-1")));

    // The server revokes tok-1: 100 concurrent calls are rejected with it, and share one
    // exchange; each is repeated once, with tok-2.
    tokens.lock().unwrap().live = "revoked".into();
    for result in hundred().await {
        assert_eq!(result.unwrap().id, "c1");
    }
    assert_eq!(count(&server, "/authenticate"), 2);
    assert_eq!(count(&server, "/customers/c1"), 300);

    // A repeat that is rejected too is the caller's 401: no second exchange, no third request.
    tokens.lock().unwrap().reject_all = true;
    let before = server.requests().len();
    let err = client
        .customers()
        .get_customer("c1")
        .send()
        .await
        .unwrap_err();
    assert_eq!(err.status(), Some(401));
    let after: Vec<_> = (server.requests()[before..].iter())
        .map(|r| r.path().to_owned())
        .collect();
    assert_eq!(after, ["/customers/c1", "/authenticate", "/customers/c1"]);
}

#[tokio::test]
async fn a_401_is_followed_by_one_exchange_and_one_repeat_that_succeeds() {
    let tokens = Arc::new(Mutex::new(Tokens::default()));
    let server = token_server(Arc::clone(&tokens)).await;
    let client = exchanging(&server.url);
    client.customers().get_customer("c1").send().await.unwrap();
    // Another client of the same key exchanged it: this one's token is no longer live.
    tokens.lock().unwrap().live = "tok-other".into();
    let before = server.requests().len();
    let customer = client.customers().get_customer("c1").send().await.unwrap();
    assert_eq!(customer.id, "c1");
    let after: Vec<_> = server.requests()[before..]
        .iter()
        .map(|r| {
            (
                r.path().to_owned(),
                r.header("authorization").map(str::to_owned),
            )
        })
        .collect();
    assert_eq!(
        after,
        [
            ("/customers/c1".to_owned(), Some("Bearer tok-1".to_owned())),
            (
                "/authenticate".to_owned(),
                Some("Bearer api-key-1".to_owned())
            ),
            ("/customers/c1".to_owned(), Some("Bearer tok-2".to_owned())),
        ]
    );
}

#[tokio::test]
async fn no_token_reaches_a_debug_output() {
    let server = token_server(Arc::default()).await;
    let client = exchanging(&server.url);
    // The token operation's own response (the first example of its docs page).
    let response = client
        .authentication()
        .authenticate()
        .send_with_response()
        .await
        .unwrap();
    assert_eq!(response.body().token, "tok-1");
    let token = togai_client::auth::Token::new("tok-SECRET");
    let builder =
        Client::builder().token_provider(togai_client::auth::TokenExchange::new("key-SECRET"));
    let bad_key = Client::builder()
        .base_url(&server.url)
        .token_provider(togai_client::auth::TokenExchange::new("key-SECRET"))
        .build()
        .unwrap();
    let err = bad_key
        .customers()
        .get_customer("c1")
        .send()
        .await
        .unwrap_err();
    assert!(matches!(err, Error::TokenProvider(_)), "{err:?}");
    for debug in [
        format!("{response:?}"),
        format!("{:?}", response.body()),
        format!("{token:?}"),
        format!("{builder:?}"),
        format!("{client:?}"),
        format!("{err:?}"),
        err.to_string(),
    ] {
        assert!(
            !debug.contains("tok-1") && !debug.contains("SECRET"),
            "{debug}"
        );
    }
    assert!(format!("{:?}", response.body()).contains("<redacted>"));
}

// ----- blocking calls -----------------------------------------------------------------------------

/// A server on a runtime of its own, for callers without one.
fn server_on_own_runtime(
    reply: impl Fn(&Seen, usize) -> Reply + Send + Sync + 'static,
) -> (tokio::runtime::Runtime, mock::Mock) {
    let runtime = tokio::runtime::Runtime::new().unwrap();
    let server = runtime.block_on(mock::start(reply));
    (runtime, server)
}

#[test]
fn blocking_calls_send_the_same_requests_with_the_same_retries() {
    let (_runtime, server) = server_on_own_runtime(|seen, n| match (seen.path(), n) {
        (_, 0) => Reply::json(503, json!({ "message": "busy" })),
        ("/customers/c1", _) => Reply::json(200, customer("c1")).header("x-request-id", "r-2"),
        _ => Reply::json(404, json!({ "message": "no such customer" })),
    });
    let client = client(&server.url);
    let customer = client
        .customers()
        .get_customer("c1")
        .send_blocking()
        .unwrap();
    assert_eq!(customer.id, "c1");
    let response = client
        .customers()
        .get_customer("c1")
        .send_with_response_blocking()
        .unwrap();
    assert_eq!(
        (response.status(), response.request_id()),
        (200, Some("r-2"))
    );
    let err = client
        .customers()
        .get_customer("c2")
        .send_blocking()
        .unwrap_err();
    assert_eq!(
        err.api().and_then(|e| e.message()),
        Some("no such customer")
    );
    assert_eq!(
        server.uris(),
        [
            "/customers/c1",
            "/customers/c1",
            "/customers/c1",
            "/customers/c2"
        ]
    );
    assert!(server
        .requests()
        .iter()
        .all(|r| r.header("authorization") == Some("Bearer tok-1")));

    // Many threads share the client and its runtime.
    std::thread::scope(|scope| {
        for _ in 0..8 {
            scope.spawn(|| {
                client
                    .customers()
                    .get_customer("c1")
                    .send_blocking()
                    .unwrap()
            });
        }
    });
    assert_eq!(server.requests().len(), 12);
    // A client used by blocking calls can be dropped inside an async runtime.
    let runtime = tokio::runtime::Runtime::new().unwrap();
    runtime.block_on(async move { drop(client) });
}

#[tokio::test]
async fn a_blocking_call_inside_an_async_runtime_is_an_error_not_a_panic() {
    let server = mock::start(|_, _| Reply::json(200, customer("c1"))).await;
    let client = client(&server.url);
    let err = client
        .customers()
        .get_customer("c1")
        .send_blocking()
        .unwrap_err();
    match &err {
        Error::Config(message) => assert!(message.contains("inside an async runtime"), "{message}"),
        other => panic!("{other:?}"),
    }
    assert!(server.requests().is_empty());
    // The async surface is unaffected.
    assert_eq!(
        client
            .customers()
            .get_customer("c1")
            .send()
            .await
            .unwrap()
            .id,
        "c1"
    );
}

// ----- pagination -------------------------------------------------------------------------------

#[tokio::test]
async fn stream_follows_next_token_across_three_pages() {
    let server = mock::start(|seen, _| three_pages(seen)).await;
    let customers: Vec<Customer> = client(&server.url)
        .customers()
        .get_customers()
        .page_size(2)
        .header("X-Trace", "trace-1")
        .stream()
        .try_collect()
        .await
        .unwrap();
    assert_eq!(ids(&customers), ["c1", "c2", "c3", "c4", "c5"]);
    // Every page carries the other parameters, the per-call headers and the credentials.
    assert_eq!(
        server.uris(),
        [
            "/customers?pageSize=2",
            "/customers?nextToken=p2%2B%2F%3D&pageSize=2",
            "/customers?nextToken=p3&pageSize=2"
        ]
    );
    for seen in server.requests() {
        assert_eq!(seen.header("x-trace"), Some("trace-1"), "{seen:#?}");
        assert_eq!(seen.header("authorization"), Some("Bearer tok-1"));
    }
}

#[tokio::test]
async fn stream_is_lazy() {
    let server = mock::start(|seen, _| three_pages(seen)).await;
    let first_two: Vec<Customer> = client(&server.url)
        .customers()
        .get_customers()
        .stream()
        .take(2)
        .try_collect()
        .await
        .unwrap();
    assert_eq!(ids(&first_two), ["c1", "c2"]);
    assert_eq!(
        server.uris(),
        ["/customers"],
        "only the first page was fetched"
    );
}

#[tokio::test]
async fn stream_ends_at_an_empty_next_token() {
    let server = mock::start(|_, n| {
        let token = if n == 0 { json!("p2") } else { json!("") };
        Reply::json(
            200,
            json!({ "data": [customer(&format!("c{n}"))], "nextToken": token }),
        )
    })
    .await;
    let customers: Vec<Customer> = client(&server.url)
        .customers()
        .get_customers()
        .stream()
        .try_collect()
        .await
        .unwrap();
    assert_eq!(ids(&customers), ["c0", "c1"]);
    assert_eq!(server.requests().len(), 2);
}

#[tokio::test]
async fn stream_error_ends_the_stream() {
    let server = mock::start(|seen, _| {
        if next_token(seen) == Some("p3") {
            Reply::json(400, json!({ "message": "token expired" }))
        } else {
            three_pages(seen)
        }
    })
    .await;
    let results: Vec<_> = client(&server.url)
        .customers()
        .get_customers()
        .stream()
        .collect()
        .await;
    assert_eq!(results.len(), 4, "{results:?}");
    assert!(results[..3].iter().all(Result::is_ok));
    let err = results[3].as_ref().unwrap_err();
    assert_eq!(err.status(), Some(400));
    assert_eq!(err.api().unwrap().message(), Some("token expired"));
    assert_eq!(server.requests().len(), 3);
}

#[tokio::test]
async fn stream_stops_when_the_server_repeats_a_token() {
    let server = mock::start(|_, n| {
        Reply::json(
            200,
            json!({ "data": [customer(&format!("c{n}"))], "nextToken": "same" }),
        )
    })
    .await;
    // Bounded, so that a regression fails instead of looping forever.
    let customers: Vec<Customer> = client(&server.url)
        .customers()
        .get_customers()
        .stream()
        .take(10)
        .try_collect()
        .await
        .unwrap();
    assert_eq!(ids(&customers), ["c0", "c1"]);
    assert_eq!(server.uris(), ["/customers", "/customers?nextToken=same"]);
}

// ----- configuration ----------------------------------------------------------------------------

#[test]
fn debug_output_redacts_secrets() {
    let builder = Client::builder()
        .bearer_token("s3cr3t-bearer")
        .api_key("s3cr3t-key")
        .credential("apiKeyAuth", "s3cr3t-named")
        .default_header("X-Session-Token", "s3cr3t-header")
        .default_header("Cookie", "sid=s3cr3t-cookie")
        .default_header("X-Tenant", "visible-tenant");
    let client = builder.clone().build().unwrap();
    let options = RequestOptions::new()
        .header("Authorization", "Bearer s3cr3t-option")
        .header("X-Api-Key", "s3cr3t-k2")
        .header("X-Tenant", "visible-option");
    let call = client
        .customers()
        .get_customer("c1")
        .header("Authorization", "Bearer s3cr3t-call");
    let outputs = [
        format!("{builder:?}"),
        format!("{client:?}"),
        format!("{options:?}"),
        format!("{call:?}"),
        format!("{:?}", client.customers()),
    ];
    for debug in &outputs {
        assert!(!debug.contains("s3cr3t"), "{debug}");
        assert!(debug.contains("<redacted>"), "{debug}");
    }
    // Redaction is targeted: what is not secret stays visible.
    assert!(outputs[0].contains("visible-tenant"), "{}", outputs[0]);
    assert!(outputs[1].contains("visible-tenant"), "{}", outputs[1]);
    assert!(
        outputs[1].contains("bearerAuth") && outputs[1].contains("apiKeyAuth"),
        "{}",
        outputs[1]
    );
    assert!(outputs[2].contains("visible-option"), "{}", outputs[2]);
}

#[test]
fn credentials_with_a_newline_are_rejected_without_revealing_them() {
    let err = Client::builder()
        .bearer_token("abc\nhidden-part")
        .build()
        .unwrap_err();
    let Error::Config(message) = &err else {
        panic!("{err:?}")
    };
    assert!(message.contains("bearerAuth"), "{message}");
    for text in [message.clone(), err.to_string(), format!("{err:?}")] {
        assert!(
            !text.contains("hidden-part") && !text.contains("abc"),
            "{text}"
        );
    }

    let err = Client::builder()
        .api_key("key\r\nX-Injected: 1")
        .build()
        .unwrap_err();
    let Error::Config(message) = &err else {
        panic!("{err:?}")
    };
    assert!(message.contains("apiKeyAuth"), "{message}");
    assert!(!format!("{err:?}").contains("Injected"), "{err:?}");

    let err = Client::builder().bearer_token("").build().unwrap_err();
    assert!(
        matches!(&err, Error::Config(m) if m.contains("empty")),
        "{err:?}"
    );
}

#[test]
fn credentials_without_a_matching_scheme_are_rejected() {
    let err = Client::builder()
        .credential("oauth", "x")
        .build()
        .unwrap_err();
    assert!(
        matches!(&err, Error::Config(m) if m.contains("`oauth`") && m.contains("bearerAuth") && m.contains("apiKeyAuth")),
        "{err:?}"
    );
    // The document declares no HTTP basic scheme.
    let err = Client::builder()
        .basic_auth("user", "pass")
        .build()
        .unwrap_err();
    assert!(
        matches!(&err, Error::Config(m) if m.contains("basic_auth") && !m.contains("pass")),
        "{err:?}"
    );
}

#[tokio::test]
async fn invalid_per_call_header_fails_at_send_time_without_sending() {
    let server = mock::start(|_, _| Reply::json(200, customer("c1"))).await;
    let client = client(&server.url);
    let err = client
        .customers()
        .get_customer("c1")
        .header("X-Note", "line\nbreak")
        .send()
        .await
        .unwrap_err();
    assert!(
        matches!(&err, Error::Config(m) if m.contains("x-note") && !m.contains("break")),
        "{err:?}"
    );
    let err = client
        .customers()
        .get_customer("c1")
        .header("Bad Name", "v")
        .send()
        .await
        .unwrap_err();
    assert!(
        matches!(&err, Error::Config(m) if m.contains("Bad Name")),
        "{err:?}"
    );
    assert!(server.requests().is_empty(), "{:#?}", server.requests());
}

/// A client of the user's own, from the reqwest that `togai_client` re-exports (the same crate
/// `http_client` takes), configured as its docs require: no redirects.
fn no_redirect_http_client() -> togai_client::reqwest::Client {
    // Installs the crate's TLS provider, which a plain reqwest builder needs (see its docs).
    let _ = togai_client::http_client_builder();
    togai_client::reqwest::Client::builder()
        .redirect(togai_client::reqwest::redirect::Policy::none())
        .build()
        .unwrap()
}

#[tokio::test]
async fn custom_http_client_is_used_with_the_client_settings() {
    let server = mock::start(|_, _| Reply::json(200, customer("c1"))).await;
    let client = builder(&server.url)
        .http_client(no_redirect_http_client())
        .build()
        .unwrap();
    client.customers().get_customer("c1").send().await.unwrap();
    let seen = server.single();
    assert_eq!(
        seen.header("user-agent"),
        Some(format!("togai-client/{}", client_crate_version()).as_str())
    );
    assert_eq!(seen.header("authorization"), Some("Bearer tok-1"));
    // connect_timeout only applies to the built-in HTTP client.
    let err = builder(&server.url)
        .http_client(no_redirect_http_client())
        .connect_timeout(Duration::from_secs(1))
        .build()
        .unwrap_err();
    assert!(
        matches!(&err, Error::Config(m) if m.contains("connect_timeout")),
        "{err:?}"
    );
}

#[test]
fn client_requests_and_streams_are_send_and_sync() {
    fn send_sync<T: Send + Sync + 'static>() {}
    fn send<T: Send>(_: &T) {}
    send_sync::<Client>();
    send_sync::<Error>();
    send_sync::<RequestOptions>();
    let client = Client::builder().build().unwrap();
    // Futures and streams must be Send to be spawned on a multi-threaded runtime.
    send(&client.customers().get_customer("c1").send());
    send(&client.customers().get_customers().stream());
    send(
        &client
            .event_ingestion()
            .ingest_batch(IngestBatchEventRequest::new(Vec::new()))
            .send(),
    );
}

// ----- tracing ----------------------------------------------------------------------------------

/// Fields of the `http_request` spans created on threads that asked for it, in order.
///
/// Installed once as the global subscriber: a thread-local one (`set_default`) races with the
/// callsite-interest cache when other tests hit the same callsites concurrently, and then sees
/// no span at all.
#[derive(Clone, Default)]
struct HttpSpans {
    spans: Arc<Mutex<Vec<BTreeMap<String, String>>>>,
    index: Arc<Mutex<HashMap<u64, usize>>>,
}

thread_local! {
    /// Whether `HttpSpans` records the spans created on this thread.
    static CAPTURE_SPANS: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

impl HttpSpans {
    /// The global collector; spans are recorded on the calling thread from now on.
    fn capture_on_this_thread() -> &'static HttpSpans {
        use tracing_subscriber::layer::SubscriberExt as _;
        static GLOBAL: std::sync::OnceLock<HttpSpans> = std::sync::OnceLock::new();
        let spans = GLOBAL.get_or_init(|| {
            let spans = HttpSpans::default();
            let subscriber = tracing_subscriber::registry().with(spans.clone());
            tracing::subscriber::set_global_default(subscriber)
                .expect("no other global subscriber");
            spans
        });
        CAPTURE_SPANS.with(|c| c.set(true));
        spans
    }
}

struct Fields<'a>(&'a mut BTreeMap<String, String>);

impl tracing::field::Visit for Fields<'_> {
    fn record_str(&mut self, field: &tracing::field::Field, value: &str) {
        self.0.insert(field.name().to_owned(), value.to_owned());
    }

    fn record_debug(&mut self, field: &tracing::field::Field, value: &dyn std::fmt::Debug) {
        self.0.insert(field.name().to_owned(), format!("{value:?}"));
    }
}

impl<S: tracing::Subscriber> tracing_subscriber::Layer<S> for HttpSpans {
    fn on_new_span(
        &self,
        attrs: &tracing::span::Attributes<'_>,
        id: &tracing::span::Id,
        _: tracing_subscriber::layer::Context<'_, S>,
    ) {
        if attrs.metadata().name() != "http_request" || !CAPTURE_SPANS.with(|c| c.get()) {
            return;
        }
        let mut fields = BTreeMap::new();
        attrs.record(&mut Fields(&mut fields));
        let mut spans = self.spans.lock().unwrap();
        spans.push(fields);
        self.index
            .lock()
            .unwrap()
            .insert(id.into_u64(), spans.len() - 1);
    }

    fn on_record(
        &self,
        id: &tracing::span::Id,
        values: &tracing::span::Record<'_>,
        _: tracing_subscriber::layer::Context<'_, S>,
    ) {
        if let Some(&i) = self.index.lock().unwrap().get(&id.into_u64()) {
            values.record(&mut Fields(&mut self.spans.lock().unwrap()[i]));
        }
    }

    fn on_close(&self, id: tracing::span::Id, _: tracing_subscriber::layer::Context<'_, S>) {
        self.index.lock().unwrap().remove(&id.into_u64());
    }
}

#[tokio::test]
async fn each_attempt_is_traced_in_an_http_request_span() {
    // The test runs on one thread (current-thread runtime), where the whole call runs too.
    let collector = HttpSpans::capture_on_this_thread();
    let server = mock::start(|_, n| match n {
        0 => Reply::json(503, json!({ "message": "busy" })),
        _ => Reply::json(200, customer("c1")),
    })
    .await;
    client(&server.url)
        .customers()
        .get_customer("c1")
        .send()
        .await
        .unwrap();
    let spans = collector.spans.lock().unwrap().clone();
    let summary: Vec<_> = spans
        .iter()
        .map(|s| {
            let field = |name: &str| s.get(name).map(String::as_str).unwrap_or("<missing>");
            (
                field("operation"),
                field("method"),
                field("path"),
                field("attempt"),
                field("status"),
            )
        })
        .collect();
    assert_eq!(
        summary,
        [
            ("getCustomer", "GET", "/customers/{customer_id}", "1", "503"),
            ("getCustomer", "GET", "/customers/{customer_id}", "2", "200"),
        ],
        "{spans:#?}"
    );
    for span in &spans {
        let latency = span.get("latency_ms").expect("latency_ms recorded");
        assert!(latency.parse::<u64>().is_ok(), "{latency}");
    }
}

// ----- per-call options ---------------------------------------------------------------------------

// Per-call options override the client's timeout and retry policy.
#[tokio::test]
async fn per_call_options_override_the_client_timeout_and_retry_policy() {
    let server = mock::start(|_, n| {
        let delay = if n == 0 { 2000 } else { 0 };
        Reply::json(503, json!({ "message": "busy" })).delay(Duration::from_millis(delay))
    })
    .await;
    let client = builder(&server.url)
        .timeout(Duration::from_secs(10))
        .build()
        .unwrap();
    let options = RequestOptions::new()
        .timeout(Duration::from_millis(300))
        .retry(RetryPolicy::none());
    let err = client
        .customers()
        .get_customer("c1")
        .options(options)
        .send()
        .await
        .unwrap_err();
    assert!(err.is_timeout(), "{err:?}");
    assert_eq!(server.requests().len(), 1);
}
