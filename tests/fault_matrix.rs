//! The fault matrix: every way a connection or a response can go wrong, against a retry-safe
//! operation (`ingest`, which Togai deduplicates by event id: declared in spec/codegen.yaml)
//! and one that is not (`createPayments`). Each case counts the connection attempts (through a
//! DNS resolver that sees each one, refused ones included) and the requests the server read,
//! and checks what the caller got, through `send().await` and through `send_blocking()`. The
//! table it produces is the README's, which it must match.

use std::collections::BTreeMap;
use std::net::SocketAddr;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use serde_json::json;
use togai_client::models::{Event, IngestEventRequest};
use togai_client::{Client, Error, RetryPolicy};
use workspace_tests::faults::{Fault, FaultServer};

/// Per-attempt timeout of the matrix's clients.
const TIMEOUT: Duration = Duration::from_secs(3);
/// Response bodies longer than this are refused.
const LIMIT: u64 = 4096;

/// Resolves every name to the server's address and counts resolutions, one per connection
/// attempt: the first `refuse` to 127.0.0.2, where nothing listens (the server listens on
/// 127.0.0.1 only; the URL's port is the server's, and it wins over a resolved port).
struct CountingResolver {
    addr: SocketAddr,
    refuse: usize,
    attempts: AtomicUsize,
}

impl togai_client::reqwest::dns::Resolve for CountingResolver {
    fn resolve(
        &self,
        _: togai_client::reqwest::dns::Name,
    ) -> togai_client::reqwest::dns::Resolving {
        let n = self.attempts.fetch_add(1, Ordering::SeqCst);
        let addr = if n < self.refuse {
            SocketAddr::from(([127, 0, 0, 2], self.addr.port()))
        } else {
            self.addr
        };
        Box::pin(
            async move { Ok(Box::new(std::iter::once(addr)) as togai_client::reqwest::dns::Addrs) },
        )
    }
}

/// The two operations of the matrix.
#[derive(Clone, Copy, PartialEq, Debug)]
enum Op {
    /// `ingest`: retry-safe.
    Ingest,
    /// `createPayments`: not retry-safe.
    CreatePayment,
}

impl Op {
    fn success(self) -> Fault {
        match self {
            Op::Ingest => Fault::json(202, json!({ "success": true })),
            Op::CreatePayment => Fault::json(201, payment()),
        }
    }

    /// A success body of the operation, for faults that cut or slow it.
    fn body(self) -> String {
        match self {
            Op::Ingest => json!({ "success": true, "message": "accepted" }).to_string(),
            Op::CreatePayment => payment().to_string(),
        }
    }

    fn status(self) -> u16 {
        match self {
            Op::Ingest => 202,
            Op::CreatePayment => 201,
        }
    }

    fn ingest(client: &Client) -> togai_client::apis::event_ingestion_api::IngestBuilder {
        let event = Event::new(
            "api_calls",
            "2024-01-02T03:04:05Z"
                .parse::<chrono::DateTime<chrono::Utc>>()
                .unwrap(),
            "acc-1",
            Vec::new(),
            BTreeMap::new(),
        );
        client
            .event_ingestion()
            .ingest(IngestEventRequest::new(event))
    }

    async fn call(self, client: &Client) -> Result<(), Error> {
        match self {
            Op::Ingest => Op::ingest(client).send().await.map(drop),
            Op::CreatePayment => client.payments().create_payments().send().await.map(drop),
        }
    }

    /// The same call with `send_blocking`, on a thread of its own (outside any runtime).
    async fn call_blocking(self, client: &Client) -> Result<(), Error> {
        let client = client.clone();
        let (done, result) = futures::channel::oneshot::channel();
        std::thread::spawn(move || {
            let result = match self {
                Op::Ingest => Op::ingest(&client).send_blocking().map(drop),
                Op::CreatePayment => client
                    .payments()
                    .create_payments()
                    .send_blocking()
                    .map(drop),
            };
            let _ = done.send(result);
        });
        result.await.expect("the blocking call's thread")
    }
}

fn payment() -> serde_json::Value {
    json!({
        "id": "pay-1", "accountId": "acc-1", "totalAmount": 100.0, "currency": "USD",
        "version": 1, "createdBy": "me", "createdAt": "2024-01-02T03:04:05Z",
        "externalPaymentReferences": {
            "sourceName": "bank", "sourceType": "CARD", "transactionNumber": "t-1"
        },
        "lineItemRecords": [{ "type": "INVOICE", "order": 1 }]
    })
}

/// An HTTP date `secs` seconds from now.
fn date_in(secs: u64) -> String {
    let at = chrono::Utc::now() + chrono::Duration::seconds(secs as i64);
    at.format("%a, %d %b %Y %H:%M:%S GMT").to_string()
}

/// What the first attempt meets (later attempts succeed).
#[derive(Clone)]
enum Case {
    Refused,
    Server(fn(Op) -> Fault),
}

/// The cases, in the README's order: (name, what the first attempt meets).
fn cases() -> Vec<(String, Case)> {
    let mut cases: Vec<(String, Case)> = vec![
        ("connection refused".into(), Case::Refused),
        (
            "connection reset before the response".into(),
            Case::Server(|_| Fault::ResetBeforeResponse),
        ),
        (
            "connection reset in the middle of the body".into(),
            Case::Server(|op| Fault::ResetMidBody {
                status: op.status(),
                body: op.body(),
            }),
        ),
        (
            "body cut short (connection closed before `Content-Length` bytes)".into(),
            Case::Server(|op| Fault::CloseMidBody {
                status: op.status(),
                body: op.body(),
            }),
        ),
        (
            "truncated JSON body (complete framing)".into(),
            Case::Server(|op| Fault::Reply {
                status: op.status(),
                headers: Vec::new(),
                body: op.body()[..10].to_owned(),
            }),
        ),
        (
            "body slower than the timeout".into(),
            Case::Server(|op| Fault::SlowBody {
                status: op.status(),
                body: op.body(),
                pause: TIMEOUT * 2,
            }),
        ),
    ];
    macro_rules! statuses {
        ($($status:literal),*) => {$(
            cases.push((format!("{}", $status), Case::Server(|_| Fault::status($status, None))));
            cases.push((
                format!("{}, `Retry-After: 1`", $status),
                Case::Server(|_| Fault::status($status, Some("1".into()))),
            ));
            cases.push((
                format!("{}, `Retry-After:` an HTTP date 2 s ahead", $status),
                Case::Server(|_| Fault::status($status, Some(date_in(2)))),
            ));
            cases.push((
                format!("{}, `Retry-After: soon` (nonsense)", $status),
                Case::Server(|_| Fault::status($status, Some("soon".into()))),
            ));
        )*};
    }
    statuses!(429, 502, 503, 504);
    cases.extend([
        (
            "429, `Retry-After: 60` (longer than the policy's 10 s)".into(),
            Case::Server(|_| Fault::status(429, Some("60".into()))),
        ),
        (
            "`Content-Length` over the limit".into(),
            Case::Server(|op| Fault::DeclaredLength {
                status: op.status(),
                length: LIMIT * 1000,
            }),
        ),
        (
            "chunked body over the limit".into(),
            Case::Server(|op| Fault::Endless {
                status: op.status(),
                total: 64 << 20,
            }),
        ),
    ]);
    cases
}

/// What a case gave: attempts, requests read, the outcome in words, the wait between the first
/// two requests, and the bytes of an endless body written.
struct Run {
    retry_after: Option<Duration>,
    attempts: usize,
    requests: usize,
    outcome: String,
    gap: Option<Duration>,
    written: usize,
    elapsed: Duration,
}

async fn run(case: &Case, op: Op, blocking: bool) -> Run {
    let (fault, refuse) = match case {
        Case::Refused => (None, 1),
        Case::Server(fault) => (Some(*fault), 0),
    };
    let server = FaultServer::start(move |n| match (n, fault) {
        (0, Some(fault)) => fault(op),
        _ => op.success(),
    })
    .await;
    let resolver = Arc::new(CountingResolver {
        addr: server.addr,
        refuse,
        attempts: AtomicUsize::new(0),
    });
    let http = togai_client::http_client_builder()
        .dns_resolver(Arc::clone(&resolver))
        .build()
        .unwrap();
    let client = Client::builder()
        .base_url(format!("http://faults.test:{}", server.addr.port()))
        .bearer_token("tok")
        .http_client(http)
        .timeout(TIMEOUT)
        .max_response_bytes(LIMIT)
        .retry(
            RetryPolicy::default()
                .base_delay(Duration::from_millis(5))
                .max_delay(Duration::from_secs(10)),
        )
        .build()
        .unwrap();
    let started = Instant::now();
    let result = if blocking {
        op.call_blocking(&client).await
    } else {
        op.call(&client).await
    };
    let elapsed = started.elapsed();
    let outcome = match &result {
        Ok(()) => "ok".to_owned(),
        Err(Error::Api(err)) => format!("`Error::Api` {}", err.status()),
        Err(Error::Transport(_)) => "`Error::Transport`".into(),
        Err(Error::Timeout(_)) => "`Error::Timeout`".into(),
        Err(Error::Decode(_)) => "`Error::Decode`".into(),
        Err(Error::ResponseTooLarge { limit, .. }) => {
            format!("`Error::ResponseTooLarge` (limit {limit})")
        }
        Err(other) => format!("unexpected: {other:?}"),
    };
    let times = server.times();
    Run {
        retry_after: result
            .as_ref()
            .err()
            .and_then(Error::api)
            .and_then(|e| e.retry_after()),
        attempts: resolver.attempts.load(Ordering::SeqCst),
        requests: server.requests(),
        outcome,
        gap: (times.len() >= 2).then(|| times[1] - times[0]),
        written: server.written(),
        elapsed,
    }
}

/// The expected result of `case` for `op`: attempts and outcome.
fn expected(name: &str, op: Op) -> (usize, String) {
    let safe = op == Op::Ingest;
    let status = name.split(',').next().unwrap_or("").parse::<u16>().ok();
    let (retried, failure) = match (name, status) {
        ("connection refused", _) => (true, String::new()),
        (n, _) if n.starts_with("connection reset") || n.starts_with("body cut short") => {
            (safe, "`Error::Transport`".into())
        }
        (n, _) if n.starts_with("truncated JSON") => (false, "`Error::Decode`".into()),
        (n, _) if n.starts_with("body slower") => (safe, "`Error::Timeout`".into()),
        (n, Some(429)) if n.contains("60") => (false, "`Error::Api` 429".into()),
        (_, Some(status @ (429 | 503))) => (true, format!("`Error::Api` {status}")),
        (_, Some(status @ (502 | 504))) => (safe, format!("`Error::Api` {status}")),
        (n, _) if n.contains("over the limit") => {
            (false, format!("`Error::ResponseTooLarge` (limit {LIMIT})"))
        }
        _ => panic!("no expectation for {name}"),
    };
    if retried {
        (2, "ok".into())
    } else {
        (1, failure)
    }
}

#[tokio::test]
async fn fault_matrix() {
    readme_has(&check_matrix(false).await);
}

/// The same matrix through `send_blocking` (each call on a thread of its own), against the
/// same servers: the same attempts and outcomes.
#[tokio::test]
async fn fault_matrix_of_blocking_calls() {
    readme_has(&check_matrix(true).await);
}

fn readme_has(table: &str) {
    let readme = std::fs::read_to_string(workspace_tests::root().join("README.md")).unwrap();
    assert!(
        readme.contains(table),
        "the README's fault matrix differs from what the test saw; put this in README.md:\n\n{table}"
    );
}

/// Runs every case, checks it, and returns the table of results.
async fn check_matrix(blocking: bool) -> String {
    let cases = cases();
    // Every case has its own server and client: they run together, so the waits overlap.
    let runs = futures::future::join_all(cases.iter().map(|(_, case)| async move {
        (
            run(case, Op::Ingest, blocking).await,
            run(case, Op::CreatePayment, blocking).await,
        )
    }))
    .await;
    let mut table = String::from(
        "| case | `ingest` (retry-safe): attempts | outcome | `createPayments` (not retry-safe): attempts | outcome |\n\
         | --- | ---: | --- | ---: | --- |\n",
    );
    for ((name, case), (safe, not_safe)) in cases.iter().zip(&runs) {
        for (op, run) in [(Op::Ingest, safe), (Op::CreatePayment, not_safe)] {
            let (attempts, outcome) = expected(name, op);
            assert_eq!(
                (run.attempts, run.outcome.as_str()),
                (attempts, outcome.as_str()),
                "{name}, {op:?}, blocking {blocking} ({} requests read)",
                run.requests
            );
            // Every attempt but a refused one reached the server.
            let refused = usize::from(matches!(case, Case::Refused));
            assert_eq!(run.requests, run.attempts - refused, "{name}, {op:?}");
            // Retry-After is waited for exactly (dates have whole seconds).
            if let Some(gap) = run.gap.filter(|_| name.contains("Retry-After: 1")) {
                assert!(gap >= Duration::from_millis(990), "{name}, {op:?}: {gap:?}");
            }
            if let Some(gap) = run.gap.filter(|_| name.contains("HTTP date")) {
                assert!(gap >= Duration::from_millis(900), "{name}, {op:?}: {gap:?}");
            }
            if name.contains("nonsense") || *name == "429" || *name == "503" {
                if let Some(gap) = run.gap {
                    assert!(gap < Duration::from_millis(900), "backoff, {name}: {gap:?}");
                }
            }
            // Waits the server asked for that are too long end the call at once, with the
            // server's wait.
            if name.contains("Retry-After: 60") {
                assert_eq!(run.retry_after, Some(Duration::from_secs(60)), "{name}");
            }
            if name.contains("Retry-After: 60") || name.contains("over the limit") {
                assert!(
                    run.elapsed < Duration::from_secs(2),
                    "{name}: {:?}",
                    run.elapsed
                );
            }
        }
        let with_wait = |run: &Run| match run.retry_after {
            Some(wait) if name.contains("Retry-After: 60") => {
                format!("{}, `retry_after()` {} s", run.outcome, wait.as_secs())
            }
            _ => run.outcome.clone(),
        };
        table.push_str(&format!(
            "| {name} | {} | {} | {} | {} |\n",
            safe.attempts,
            with_wait(safe),
            not_safe.attempts,
            with_wait(not_safe)
        ));
    }
    // An endless body is not read to its end: the client hung up long before 64 MiB.
    let (endless, _) = &runs[cases.len() - 1];
    assert!(
        endless.written < 32 << 20,
        "{} bytes written",
        endless.written
    );

    table
}
