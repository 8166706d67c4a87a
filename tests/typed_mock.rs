//! The generated `togai-client` against its typed mock (feature `mock`): typed matching on
//! path, query and body, the real retry policy over a mocked 429, pagination across mocked
//! pages, multi-status responses, unmatched requests, and what the mock records.

use futures::TryStreamExt;
use togai_client::apis::event_ingestion_api::IngestBatchResponse;
use togai_client::mock::Mock;
use togai_client::models::*;
use togai_client::{chrono, Error};

fn at(text: &str) -> chrono::DateTime<chrono::Utc> {
    text.parse().unwrap()
}

fn customer(id: &str) -> Customer {
    Customer::new(
        id,
        format!("togai.{id}"),
        "Acme",
        "billing@acme.test",
        "1 Main St",
        Address::new(),
        CustomerStatus::Active,
        at("2024-01-02T03:04:05Z"),
        at("2024-02-03T04:05:06Z"),
    )
}

fn event(account_id: &str) -> Event {
    let dimensions = [("region".to_string(), "eu".to_string())];
    Event::new(
        "api_calls",
        at("2024-03-01T00:00:00Z"),
        account_id,
        vec![Attribute::new("calls", "2")],
        std::collections::BTreeMap::from(dimensions),
    )
}

/// The code under test of the issue's example: bills the account of customer c1.
async fn run_billing_job(client: &togai_client::Client) -> togai_client::Result<()> {
    let customer = client.customers().get_customer("c1").send().await?;
    let account = format!("acc-{}", customer.id.trim_start_matches('c'));
    (client.event_ingestion())
        .ingest(IngestEventRequest::new(event(&account)))
        .send()
        .await?;
    Ok(())
}

/// The issue's example, as written (with real values): the 429 is retried by the real policy.
#[tokio::test(start_paused = true)]
async fn the_issue_example_passes() -> togai_client::Result<()> {
    let customer = customer("c1");
    let ingested = IngestEventResponse::new().with_success(true);

    let mock = Mock::new();
    mock.customers()
        .get_customer()
        .when(|req| req.customer_id == "c1")
        .returns(customer);
    mock.event_ingestion()
        .ingest()
        .fails(429, ErrorResponse::new("slow down"))
        .times(1);
    mock.event_ingestion().ingest().returns(ingested);
    let client: togai_client::Client = mock.client();

    run_billing_job(&client).await?;

    assert_eq!(mock.event_ingestion().ingest().calls(), 2);
    let sent = mock.event_ingestion().ingest().requests();
    assert_eq!(sent[1].body.event.account_id, "acc-1");
    // The retry of the 429 sent the same request again.
    assert_eq!(sent[0], sent[1]);
    mock.verify();
    Ok(())
}

#[tokio::test]
async fn rules_match_on_typed_path_query_and_body() {
    let mock = Mock::new();
    let customers = mock.customers();
    (customers.get_customer())
        .when(|req| req.customer_id == "a b/c")
        .returns(customer("special"));
    customers.get_customer().returns(customer("other"));
    (customers.get_customers())
        .when(|req| req.page_size == Some(10.0) && req.next_token.is_none())
        .returns(CustomerPaginatedResponse::new().with_data(vec![customer("p")]));
    (mock.event_ingestion().ingest())
        .when(|req| req.body.event.account_id == "acc-9")
        .returns(IngestEventResponse::new().with_message("nine"));
    let client = mock.client();

    // The path parameter is percent-encoded by the client and decoded back by the mock.
    let got = client
        .customers()
        .get_customer("a b/c")
        .send()
        .await
        .unwrap();
    assert_eq!(got.id, "special");
    let got = client.customers().get_customer("c2").send().await.unwrap();
    assert_eq!(got.id, "other");
    let page = (client.customers().get_customers())
        .page_size(10.0)
        .send()
        .await
        .unwrap();
    assert_eq!(page.data.unwrap()[0].id, "p");
    let ingested = (client.event_ingestion())
        .ingest(IngestEventRequest::new(event("acc-9")))
        .send()
        .await
        .unwrap();
    assert_eq!(ingested.message.as_deref(), Some("nine"));

    let seen = customers.get_customer().requests();
    let ids: Vec<_> = seen.iter().map(|r| r.customer_id.as_str()).collect();
    assert_eq!(ids, ["a b/c", "c2"]);
    assert_eq!(
        customers.get_customers().requests()[0].page_size,
        Some(10.0)
    );
}

#[tokio::test(start_paused = true)]
async fn a_429_then_success_goes_through_the_retry_policy_and_retry_after() {
    let mock = Mock::new();
    let create = mock.customers().create_customer();
    // createCustomer is not retry-safe: a 429 (not processed) is retried, a 500 is not.
    (mock.customers().create_customer())
        .fails_with(
            429,
            &[("retry-after", "7")],
            ErrorResponse::new("slow down"),
        )
        .times(1);
    (mock.customers().create_customer())
        .fails(500, ErrorResponse::new("boom"))
        .times(1);
    (mock.customers().create_customer()).returns(CreateCustomerResponse::new(
        "c1",
        "togai.c1",
        "Acme",
        "billing@acme.test",
    ));
    let client = mock.client();
    let body = || CreateCustomerRequest::new("c1", "Acme", "billing@acme.test", Address::new());

    // The 429 is retried after its Retry-After (no real time: tokio's clock is paused).
    let err = client
        .customers()
        .create_customer(body())
        .send()
        .await
        .unwrap_err();
    match err {
        Error::Api(err) => assert_eq!(err.status(), 500),
        other => panic!("expected the 500, got {other:?}"),
    }
    assert_eq!(create.calls(), 2);
    let created = client
        .customers()
        .create_customer(body())
        .send()
        .await
        .unwrap();
    assert_eq!(created.id, "c1");
    assert_eq!(create.calls(), 3);
    mock.verify();
}

#[tokio::test]
async fn stream_walks_three_mocked_pages() {
    let mock = Mock::new();
    let page = |ids: &[&str], next: Option<&str>| {
        let page = CustomerPaginatedResponse::new()
            .with_data(ids.iter().map(|id| customer(id)).collect::<Vec<_>>());
        match next {
            Some(token) => page.with_next_token(token),
            None => page,
        }
    };
    let list = mock.customers().get_customers();
    (mock.customers().get_customers())
        .when(|req| req.next_token.is_none())
        .returns(page(&["a", "b"], Some("t2")));
    (mock.customers().get_customers())
        .when(|req| req.next_token.as_deref() == Some("t2"))
        .returns(page(&["c"], Some("t3")));
    (mock.customers().get_customers())
        .when(|req| req.next_token.as_deref() == Some("t3"))
        .returns(page(&["d"], None));
    let client = mock.client();

    let all: Vec<Customer> = (client.customers().get_customers())
        .page_size(2.0)
        .stream()
        .try_collect()
        .await
        .unwrap();
    let ids: Vec<_> = all.iter().map(|c| c.id.as_str()).collect();
    assert_eq!(ids, ["a", "b", "c", "d"]);
    assert_eq!(list.calls(), 3);
    let sent = list.requests();
    let tokens: Vec<_> = sent.iter().map(|r| r.next_token.as_deref()).collect();
    assert_eq!(tokens, [None, Some("t2"), Some("t3")]);
    // Other parameters go with every page.
    assert!(sent.iter().all(|r| r.page_size == Some(2.0)));
}

#[tokio::test]
async fn multi_status_responses_come_back_as_their_variants() {
    let mock = Mock::new();
    let batch = mock.event_ingestion().ingest_batch();
    (mock.event_ingestion().ingest_batch())
        .when(|req| req.body.events.len() == 1)
        .returns(IngestBatchResponse::Accepted(
            IngestEventResponse::new().with_status_code(202),
        ));
    (mock.event_ingestion().ingest_batch()).returns(IngestBatchResponse::MultiStatus(
        IngestEventResponse::new().with_message("1 of 2 failed"),
    ));
    let client = mock.client();
    let send = |events: Vec<Event>| {
        (client.event_ingestion())
            .ingest_batch(IngestBatchEventRequest::new(events))
            .send_with_response()
    };

    let one = send(vec![event("a")]).await.unwrap();
    assert_eq!(one.status(), 202);
    assert!(matches!(one.body(), IngestBatchResponse::Accepted(r) if r.status_code == Some(202)));
    let two = send(vec![event("a"), event("b")]).await.unwrap();
    assert_eq!(two.status(), 207);
    match two.into_body() {
        IngestBatchResponse::MultiStatus(r) => assert_eq!(r.message.unwrap(), "1 of 2 failed"),
        other => panic!("expected the 207 form, got {other:?}"),
    }
    assert_eq!(batch.requests()[1].body.events[1].account_id, "b");
}

#[tokio::test]
async fn an_unmatched_request_fails_naming_the_operation_and_its_rules() {
    let mock = Mock::new();
    (mock.customers().get_customer())
        .when(|req| req.customer_id == "c1")
        .returns(customer("c1"));
    let client = mock.client();

    let err = client
        .customers()
        .get_customer("c2")
        .send()
        .await
        .unwrap_err();
    let Error::Config(message) = &err else {
        panic!("expected the mock's refusal, got {err:?}");
    };
    assert!(
        message.contains("no rule of getCustomer matches the request GET /customers/c2"),
        "{message}"
    );
    assert!(
        message.contains("1. when(..) -> 200 (set at tests/typed_mock.rs:"),
        "{message}"
    );
    // Recorded although unmatched, and not retried (getCustomer is retry-safe).
    assert_eq!(mock.customers().get_customer().calls(), 1);

    let err = client
        .accounts()
        .get_account("a1")
        .send()
        .await
        .unwrap_err();
    assert!(err.to_string().contains("getAccount") && err.to_string().contains("it has no rules"));
}

#[test]
#[should_panic(expected = "ingest: any request -> 429")]
fn verify_reports_rules_not_used_up() {
    let mock = Mock::new();
    (mock.event_ingestion().ingest())
        .fails(429, ErrorResponse::new("slow down"))
        .times(2);
    mock.verify();
}
