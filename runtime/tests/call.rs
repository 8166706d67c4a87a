//! Calls sent through the example client to a tiny HTTP/1.1 server on 127.0.0.1: what goes
//! on the wire, retries, error mapping and pagination, the way generated operations use them.

use std::sync::{Arc, Mutex};
use std::time::Duration;

use futures_util::StreamExt as _;
use tokio::io::{AsyncReadExt as _, AsyncWriteExt as _};
use tokio::net::{TcpListener, TcpStream};

use togai_codegen_runtime::example::{self, Client, ErrorBody, MessageBody};
use togai_codegen_runtime::reqwest::Method;
use togai_codegen_runtime::serde_json::{json, Value};
use togai_codegen_runtime::{
    paginate, Error, Operation, Paginated, RawResponse, RequestOptions, Response, RetryPolicy,
};

static GET_THING: Operation = Operation {
    id: "getThing",
    method: Method::GET,
    path: "/things/{thing_id}",
    security: &[&["bearerAuth"], &["apiKey"]],
    retry_safe: true,
    idempotency_key: None,
};

static CREATE_THING: Operation = Operation {
    id: "createThing",
    method: Method::POST,
    path: "/things",
    security: &[&["bearerAuth"]],
    retry_safe: false,
    idempotency_key: None,
};

static HEALTH: Operation = Operation {
    id: "health",
    method: Method::GET,
    path: "/health",
    security: &[],
    retry_safe: true,
    idempotency_key: None,
};

static LIST_THINGS: Operation = Operation {
    id: "listThings",
    method: Method::GET,
    path: "/things",
    security: &[&["bearerAuth"]],
    retry_safe: true,
    idempotency_key: None,
};

/// A request as the server read it.
#[derive(Debug, Clone)]
struct Seen {
    method: String,
    target: String,
    /// Names in lower case.
    headers: Vec<(String, String)>,
    body: Vec<u8>,
}

impl Seen {
    fn header(&self, name: &str) -> Option<&str> {
        (self.headers.iter())
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
    }
}

/// What the server answers.
struct Reply {
    status: u16,
    headers: Vec<(&'static str, String)>,
    body: String,
}

fn reply(status: u16, body: Value) -> Reply {
    Reply {
        status,
        headers: vec![("content-type", "application/json".to_owned())],
        body: body.to_string(),
    }
}

/// A server answering each request with `answer(request, index of the request)`.
struct Server {
    url: String,
    seen: Arc<Mutex<Vec<Seen>>>,
}

impl Server {
    async fn start(answer: impl Fn(&Seen, usize) -> Reply + Send + Sync + 'static) -> Server {
        let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
        let url = format!("http://{}", listener.local_addr().unwrap());
        let seen = Arc::new(Mutex::new(Vec::new()));
        let answer = Arc::new(answer);
        let log = Arc::clone(&seen);
        tokio::spawn(async move {
            while let Ok((stream, _)) = listener.accept().await {
                let (log, answer) = (Arc::clone(&log), Arc::clone(&answer));
                tokio::spawn(async move {
                    let _ = serve(stream, &log, &*answer).await;
                });
            }
        });
        Server { url, seen }
    }

    fn seen(&self) -> Vec<Seen> {
        self.seen.lock().unwrap().clone()
    }

    fn client(&self) -> Client {
        Client::builder()
            .base_url(&self.url)
            .bearer_token("tok")
            .api_key("key")
            .retry(fast_retry())
            .build()
            .unwrap()
    }
}

fn fast_retry() -> RetryPolicy {
    RetryPolicy::default()
        .base_delay(Duration::from_millis(1))
        .max_delay(Duration::from_millis(5))
}

/// Reads one request (head, then a `Content-Length` body), answers it and closes.
async fn serve(
    mut stream: TcpStream,
    log: &Mutex<Vec<Seen>>,
    answer: &(dyn Fn(&Seen, usize) -> Reply + Send + Sync),
) -> std::io::Result<()> {
    let mut buf = Vec::new();
    let mut chunk = [0; 4096];
    let head_end = loop {
        if let Some(i) = buf.windows(4).position(|w| w == b"\r\n\r\n") {
            break i + 4;
        }
        let n = stream.read(&mut chunk).await?;
        if n == 0 {
            return Ok(());
        }
        buf.extend_from_slice(&chunk[..n]);
    };
    let head = String::from_utf8_lossy(&buf[..head_end]).into_owned();
    let mut lines = head.split("\r\n");
    let mut request_line = lines.next().unwrap_or_default().split(' ');
    let method = request_line.next().unwrap_or_default().to_owned();
    let target = request_line.next().unwrap_or_default().to_owned();
    let headers: Vec<(String, String)> = (lines.filter_map(|line| line.split_once(':')))
        .map(|(n, v)| (n.to_ascii_lowercase(), v.trim().to_owned()))
        .collect();
    let length: usize = (headers.iter())
        .find(|(n, _)| n == "content-length")
        .map_or(0, |(_, v)| v.parse().unwrap());
    while buf.len() < head_end + length {
        let n = stream.read(&mut chunk).await?;
        if n == 0 {
            break;
        }
        buf.extend_from_slice(&chunk[..n]);
    }
    let seen = Seen {
        method,
        target,
        headers,
        body: buf[head_end..].to_vec(),
    };
    let reply = {
        let mut log = log.lock().unwrap();
        let reply = answer(&seen, log.len());
        log.push(seen);
        reply
    };
    let mut out = format!(
        "HTTP/1.1 {} Reply\r\ncontent-length: {}\r\nconnection: close\r\n",
        reply.status,
        reply.body.len()
    );
    for (name, value) in &reply.headers {
        out.push_str(&format!("{name}: {value}\r\n"));
    }
    out.push_str("\r\n");
    out.push_str(&reply.body);
    stream.write_all(out.as_bytes()).await?;
    stream.shutdown().await
}

/// The decoding of an operation with a JSON `200` and the example's error table.
fn json_200(raw: RawResponse) -> example::Result<Response<Value>> {
    match raw.status() {
        200 => raw.json(),
        _ => Err(raw.into_error(example::ERRORS)),
    }
}

#[tokio::test]
async fn call_sends_method_encoded_path_query_headers_and_bearer() {
    let server = Server::start(|_, _| {
        let mut reply = reply(200, json!({"id": "a b/c"}));
        reply.headers.push(("x-request-id", "req-1".to_owned()));
        reply
    })
    .await;
    let mut call = server.client().inner.call(&GET_THING);
    call.path_param("thing_id", &"a b/c");
    call.query("q", &"x&y");
    call.query_array(
        "ids",
        &[1, 2],
        togai_codegen_runtime::ArrayStyle::Form { explode: true },
    );
    call.header_param("X-Trace", &"t-1");
    let response = call.fetch(json_200).await.unwrap();

    assert_eq!(response.status(), 200);
    assert_eq!(response.request_id(), Some("req-1"));
    assert_eq!(response.body(), &json!({"id": "a b/c"}));
    let [seen] = &server.seen()[..] else {
        panic!("one request")
    };
    assert_eq!(seen.method, "GET");
    assert_eq!(seen.target, "/things/a%20b%2Fc?q=x%26y&ids=1&ids=2");
    assert_eq!(seen.header("x-trace"), Some("t-1"));
    assert_eq!(seen.header("authorization"), Some("Bearer tok"));
    assert_eq!(
        seen.header("x-api-key"),
        None,
        "only the first configured alternative"
    );
    assert_eq!(seen.header("user-agent"), Some("example-client/1.0.0"));
}

#[tokio::test]
async fn operation_without_security_sends_no_credential() {
    let server = Server::start(|_, _| reply(200, json!({}))).await;
    let call = server.client().inner.call(&HEALTH);
    call.fetch(json_200).await.unwrap();
    let seen = &server.seen()[0];
    assert_eq!(seen.header("authorization"), None);
    assert_eq!(seen.header("x-api-key"), None);
}

#[tokio::test]
async fn json_body_and_per_call_header_are_sent() {
    let server = Server::start(|_, _| reply(200, json!({"ok": true}))).await;
    let mut call = server.client().inner.call(&CREATE_THING);
    call.json(&json!({"name": "x"}));
    call.options(RequestOptions::new().header("Authorization", "Bearer tenant"));
    let body = call.fetch(json_200).into_body().await.unwrap();

    assert_eq!(body, json!({"ok": true}));
    let seen = &server.seen()[0];
    assert_eq!(seen.method, "POST");
    assert_eq!(seen.header("content-type"), Some("application/json"));
    assert_eq!(seen.body, br#"{"name":"x"}"#);
    assert_eq!(seen.header("authorization"), Some("Bearer tenant"));
}

#[tokio::test]
async fn dot_dot_path_parameter_is_refused_without_sending() {
    let server = Server::start(|_, _| reply(200, json!({}))).await;
    let mut call = server.client().inner.call(&GET_THING);
    call.path_param("thing_id", &"..");
    let err = call.fetch(json_200).await.unwrap_err();
    assert!(
        matches!(&err, Error::Config(m) if m.contains("not a path segment")),
        "{err}"
    );
    assert!(server.seen().is_empty());
}

#[tokio::test]
async fn service_unavailable_is_retried_until_success() {
    let server = Server::start(|_, n| match n {
        0 | 1 => reply(503, json!({"message": "busy"})),
        _ => reply(200, json!({"attempt": n + 1})),
    })
    .await;
    let mut call = server.client().inner.call(&CREATE_THING);
    call.json(&json!({"n": 1}));
    let body = call.fetch(json_200).into_body().await.unwrap();

    assert_eq!(body, json!({"attempt": 3}));
    let seen = server.seen();
    assert_eq!(seen.len(), 3);
    assert!(
        seen.iter().all(|s| s.body == br#"{"n":1}"#),
        "the buffered body is replayed"
    );
}

#[tokio::test]
async fn exhausted_retries_return_the_last_response_as_a_typed_error() {
    let server = Server::start(|_, n| reply(503, json!({"message": format!("busy {n}")}))).await;
    let client = Client::builder()
        .base_url(&server.url)
        .retry(fast_retry().max_retries(2))
        .build()
        .unwrap();
    let err = client
        .inner
        .call(&HEALTH)
        .fetch(json_200)
        .await
        .unwrap_err();

    assert_eq!(server.seen().len(), 3);
    let api = err.api().expect("an API error");
    assert_eq!(api.status(), 503);
    assert_eq!(
        api.body(),
        Some(&ErrorBody::Message(MessageBody {
            message: "busy 2".into()
        }))
    );
    assert_eq!(err.to_string(), "HTTP 503 Service Unavailable: busy 2");
}

#[tokio::test]
async fn status_not_in_the_policy_is_not_retried() {
    let server = Server::start(|_, _| {
        let mut reply = reply(404, json!({"message": "no such thing"}));
        reply.headers.push(("x-request-id", "req-404".to_owned()));
        reply
    })
    .await;
    let mut call = server.client().inner.call(&GET_THING);
    call.path_param("thing_id", &"t1");
    let err = call.fetch(json_200).await.unwrap_err();

    assert_eq!(server.seen().len(), 1);
    assert_eq!(err.request_id(), Some("req-404"));
    assert_eq!(
        err.to_string(),
        "HTTP 404 Not Found: no such thing (request id req-404)"
    );
}

#[tokio::test]
async fn success_body_that_does_not_decode_names_the_path() {
    #[derive(Debug, serde::Deserialize)]
    #[serde(crate = "togai_codegen_runtime::serde")]
    #[allow(dead_code)]
    struct Thing {
        id: String,
    }
    fn thing_200(raw: RawResponse) -> example::Result<Response<Thing>> {
        raw.json()
    }
    let server = Server::start(|_, _| reply(200, json!({"id": 5}))).await;
    let err = server
        .client()
        .inner
        .call(&HEALTH)
        .fetch(thing_200)
        .await
        .unwrap_err();
    let Error::Decode(decode) = err else {
        panic!("{err}");
    };
    assert_eq!((decode.operation(), decode.path()), ("health", "id"));
}

/// A list request as a generated builder would write it: it holds its client and token.
#[derive(Clone)]
struct ListThings {
    client: Client,
    token: Option<String>,
}

#[derive(serde::Deserialize)]
#[serde(crate = "togai_codegen_runtime::serde")]
struct Page {
    items: Vec<String>,
    next: Option<String>,
}

fn page_200(raw: RawResponse) -> example::Result<Response<Page>> {
    match raw.status() {
        200 => raw.json(),
        _ => Err(raw.into_error(example::ERRORS)),
    }
}

impl Paginated for ListThings {
    type Page = Page;
    type Item = String;
    type ErrorBody = ErrorBody;

    fn with_page_token(self, token: String) -> Self {
        ListThings {
            token: Some(token),
            ..self
        }
    }

    fn fetch(self) -> togai_codegen_runtime::BodyFuture<Page, ErrorBody> {
        let mut call = self.client.inner.call(&LIST_THINGS);
        if let Some(token) = &self.token {
            call.query("page_token", token);
        }
        call.fetch(page_200).into_body()
    }

    fn split_page(page: Page) -> (Vec<String>, Option<String>) {
        (page.items, page.next)
    }
}

async fn all_items(server: &Server) -> Vec<Result<String, String>> {
    let first = ListThings {
        client: server.client(),
        token: None,
    };
    // Bounded, so that a stream that never ends fails the test instead of hanging it.
    let stream = paginate(first).map(|item| item.map_err(|e| e.to_string()));
    stream.take(10).collect().await
}

#[tokio::test]
async fn paginate_follows_tokens_until_there_is_none() {
    let server = Server::start(|seen, _| match seen.target.as_str() {
        "/things" => reply(200, json!({"items": ["a", "b"], "next": "t1"})),
        "/things?page_token=t1" => reply(200, json!({"items": [], "next": "t2"})),
        _ => reply(200, json!({"items": ["c"], "next": ""})),
    })
    .await;
    assert_eq!(
        all_items(&server).await,
        [Ok("a".into()), Ok("b".into()), Ok("c".into())]
    );
    let targets: Vec<String> = server.seen().into_iter().map(|s| s.target).collect();
    assert_eq!(
        targets,
        ["/things", "/things?page_token=t1", "/things?page_token=t2"]
    );
}

#[tokio::test]
async fn paginate_stops_when_the_server_repeats_the_token() {
    let server = Server::start(|seen, _| match seen.target.as_str() {
        "/things" => reply(200, json!({"items": ["a"], "next": "t1"})),
        _ => reply(200, json!({"items": ["b"], "next": "t1"})),
    })
    .await;
    assert_eq!(all_items(&server).await, [Ok("a".into()), Ok("b".into())]);
    assert_eq!(server.seen().len(), 2);
}

#[tokio::test]
async fn paginate_ends_after_an_error() {
    let server = Server::start(|_, n| match n {
        0 => reply(200, json!({"items": ["a"], "next": "t1"})),
        _ => reply(400, json!({"message": "bad token"})),
    })
    .await;
    assert_eq!(
        all_items(&server).await,
        [
            Ok("a".into()),
            Err("HTTP 400 Bad Request: bad token".into())
        ]
    );
    assert_eq!(server.seen().len(), 2);
}

#[test]
fn futures_are_send() {
    fn send<T: Send>(_: &T) {}
    let client = Client::builder().build().unwrap();
    let future = client.inner.call(&HEALTH).fetch(json_200);
    send(&future);
    send(&paginate(ListThings {
        client,
        token: None,
    }));
}

// ----- credentials that refresh -------------------------------------------------------------

/// Hands out `token-1`, `token-2`... and counts its calls.
#[derive(Default)]
struct Counting(std::sync::atomic::AtomicU32);

impl togai_codegen_runtime::TokenProvider for Counting {
    fn fetch_token<'a>(
        &'a self,
        _: &'a togai_codegen_runtime::TokenContext<'_>,
    ) -> togai_codegen_runtime::TokenFuture<'a> {
        let n = self.0.fetch_add(1, std::sync::atomic::Ordering::SeqCst) + 1;
        Box::pin(async move { Ok(togai_codegen_runtime::Token::new(format!("token-{n}"))) })
    }
}

fn with_provider(server: &Server, provider: &Arc<Counting>) -> Client {
    Client::builder()
        .base_url(&server.url)
        .token_provider(Arc::clone(provider))
        .retry(fast_retry())
        .build()
        .unwrap()
}

#[tokio::test]
async fn a_401_fetches_a_new_token_once_and_repeats_the_request_once() {
    let server = Server::start(|seen, _| match seen.header("authorization") {
        Some("Bearer token-1") => reply(401, json!({"message": "expired"})),
        _ => reply(200, json!({"ok": true})),
    })
    .await;
    let provider = Arc::new(Counting::default());
    let client = with_provider(&server, &provider);
    let mut call = client.inner.call(&CREATE_THING);
    call.json(&json!({"n": 1}));
    assert_eq!(
        call.fetch(json_200).into_body().await.unwrap(),
        json!({"ok": true})
    );
    let seen = server.seen();
    let auth: Vec<_> = seen.iter().map(|s| s.header("authorization")).collect();
    assert_eq!(auth, [Some("Bearer token-1"), Some("Bearer token-2")]);
    assert_eq!(seen[1].body, br#"{"n":1}"#, "the same request again");
    assert_eq!(provider.0.load(std::sync::atomic::Ordering::SeqCst), 2);
}

#[tokio::test]
async fn a_second_401_is_the_callers() {
    let server = Server::start(|_, _| reply(401, json!({"message": "no"}))).await;
    let provider = Arc::new(Counting::default());
    let client = with_provider(&server, &provider);
    let err = client
        .inner
        .call(&HEALTH)
        .fetch(json_200)
        .await
        .unwrap_err();
    // HEALTH declares no security: no token, no repeat.
    assert_eq!((err.status(), server.seen().len()), (Some(401), 1));
    assert_eq!(provider.0.load(std::sync::atomic::Ordering::SeqCst), 0);

    let err = client
        .inner
        .call(&LIST_THINGS)
        .fetch(json_200)
        .await
        .unwrap_err();
    assert_eq!(err.status(), Some(401));
    assert_eq!(server.seen().len(), 3, "the first request and one repeat");
    assert_eq!(provider.0.load(std::sync::atomic::Ordering::SeqCst), 2);
}

#[tokio::test]
async fn token_exchange_trades_the_api_key_once_for_concurrent_calls_and_again_after_a_401() {
    use std::sync::atomic::{AtomicBool, Ordering};
    let revoked = Arc::new(AtomicBool::new(false));
    let flag = Arc::clone(&revoked);
    let server = Server::start(move |seen, _| match seen.target.as_str() {
        "/token" => {
            assert_eq!(seen.header("authorization"), Some("Bearer key-1"));
            let n = if flag.load(Ordering::SeqCst) { 2 } else { 1 };
            reply(200, json!({"token": format!("jwt-{n}")}))
        }
        _ => match seen.header("authorization") {
            Some("Bearer jwt-1") if flag.load(Ordering::SeqCst) => {
                reply(401, json!({"message": "revoked"}))
            }
            Some("Bearer jwt-1" | "Bearer jwt-2") => reply(200, json!({})),
            other => panic!("unexpected credentials {other:?}"),
        },
    })
    .await;
    let client = Client::builder()
        .base_url(&server.url)
        .token_provider(togai_codegen_runtime::TokenExchange::new("key-1"))
        .build()
        .unwrap();
    let calls = (0..20).map(|_| client.inner.call(&LIST_THINGS).fetch(json_200));
    for result in futures_util::future::join_all(calls).await {
        result.unwrap();
    }
    let exchanges = |server: &Server| {
        (server.seen().iter())
            .filter(|s| s.target == "/token")
            .count()
    };
    assert_eq!((exchanges(&server), server.seen().len()), (1, 21));

    revoked.store(true, Ordering::SeqCst);
    client
        .inner
        .call(&LIST_THINGS)
        .fetch(json_200)
        .await
        .unwrap();
    assert_eq!((exchanges(&server), server.seen().len()), (2, 24));
}

#[tokio::test]
async fn a_failed_exchange_is_a_token_provider_error_and_nothing_else_is_sent() {
    let server = Server::start(|seen, _| match seen.target.as_str() {
        "/token" => reply(403, json!({"message": "bad key"})),
        _ => reply(200, json!({})),
    })
    .await;
    let client = Client::builder()
        .base_url(&server.url)
        .token_provider(togai_codegen_runtime::TokenExchange::new("key-SECRET"))
        .build()
        .unwrap();
    let err = client
        .inner
        .call(&LIST_THINGS)
        .fetch(json_200)
        .await
        .unwrap_err();
    assert!(matches!(err, Error::TokenProvider(_)), "{err:?}");
    let source = std::error::Error::source(&err).unwrap().to_string();
    // The raw body: the runtime does not know the API's error models.
    assert_eq!(source, r#"HTTP 403 Forbidden: {"message":"bad key"}"#);
    assert!(!format!("{err:?}").contains("SECRET"));
    assert_eq!(server.seen().len(), 1);
}

/// Never answers.
struct Stuck;

impl togai_codegen_runtime::TokenProvider for Stuck {
    fn fetch_token<'a>(
        &'a self,
        _: &'a togai_codegen_runtime::TokenContext<'_>,
    ) -> togai_codegen_runtime::TokenFuture<'a> {
        Box::pin(std::future::pending())
    }
}

#[tokio::test]
async fn the_deadline_bounds_a_token_fetch_too() {
    let server = Server::start(|_, _| reply(200, json!({}))).await;
    let client = Client::builder()
        .base_url(&server.url)
        .token_provider(Stuck)
        .deadline(Duration::from_millis(300))
        .build()
        .unwrap();
    let started = std::time::Instant::now();
    let err = client
        .inner
        .call(&LIST_THINGS)
        .fetch(json_200)
        .await
        .unwrap_err();
    assert!(
        matches!(err, Error::Deadline(d) if d == Duration::from_millis(300)),
        "{err:?}"
    );
    assert!(
        started.elapsed() < Duration::from_secs(2),
        "{:?}",
        started.elapsed()
    );
    assert!(server.seen().is_empty(), "nothing sent without a token");
}
