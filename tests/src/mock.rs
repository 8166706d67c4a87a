//! An in-process HTTP server on 127.0.0.1, scripted per test, that records every request.
//!
//! ```no_run
//! # async fn run() {
//! use workspace_tests::mock::{self, Reply};
//!
//! let server = mock::start(|seen, n| match n {
//!     0 => Reply::status(503),
//!     _ => Reply::json(200, serde_json::json!({ "token": seen.uri })),
//! })
//! .await;
//! // ... point a client at `server.url`, then inspect `server.requests()`.
//! # }
//! ```

use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use axum::body::Body;
use axum::extract::Request;
use axum::http::{HeaderMap, StatusCode};
use axum::response::Response;
use axum::Router;

/// A request the server received.
#[derive(Debug, Clone)]
pub struct Seen {
    /// `GET`, `POST`...
    pub method: String,
    /// Request target exactly as sent: path and query, still percent-encoded.
    pub uri: String,
    /// Request headers.
    pub headers: HeaderMap,
    /// Request body as text.
    pub body: String,
    /// When the server received the request (before the reply's delay).
    pub at: Instant,
}

impl Seen {
    /// A header's value as text; `None` when absent.
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .get(name)
            .map(|v| v.to_str().expect("ASCII header value"))
    }

    /// The path part of the request target, still percent-encoded.
    pub fn path(&self) -> &str {
        self.uri.split('?').next().unwrap_or_default()
    }

    /// The body parsed as JSON.
    pub fn json(&self) -> serde_json::Value {
        serde_json::from_str(&self.body)
            .unwrap_or_else(|e| panic!("body is not JSON ({e}): {}", self.body))
    }
}

/// What the server answers.
#[derive(Debug)]
pub struct Reply {
    status: u16,
    headers: Vec<(&'static str, String)>,
    body: String,
    delay: Duration,
}

impl Reply {
    /// An empty response with this status.
    pub fn status(status: u16) -> Self {
        Reply {
            status,
            headers: Vec::new(),
            body: String::new(),
            delay: Duration::ZERO,
        }
    }

    /// A JSON response.
    pub fn json(status: u16, body: serde_json::Value) -> Self {
        Reply::status(status)
            .header("content-type", "application/json")
            .body(body.to_string())
    }

    /// Sets the body.
    pub fn body(mut self, body: impl Into<String>) -> Self {
        self.body = body.into();
        self
    }

    /// Adds a header.
    pub fn header(mut self, name: &'static str, value: impl Into<String>) -> Self {
        self.headers.push((name, value.into()));
        self
    }

    /// Waits this long before sending the response head.
    pub fn delay(mut self, delay: Duration) -> Self {
        self.delay = delay;
        self
    }
}

/// A running server.
pub struct Mock {
    /// `http://127.0.0.1:<port>`, without trailing slash.
    pub url: String,
    seen: Arc<Mutex<Vec<Seen>>>,
}

impl Mock {
    /// Every request received so far, in order.
    pub fn requests(&self) -> Vec<Seen> {
        self.seen.lock().unwrap().clone()
    }

    /// The request targets received so far, in order.
    pub fn uris(&self) -> Vec<String> {
        self.requests().into_iter().map(|r| r.uri).collect()
    }

    /// The only request received; panics unless exactly one was.
    pub fn single(&self) -> Seen {
        let requests = self.requests();
        assert_eq!(
            requests.len(),
            1,
            "expected exactly one request, got {requests:#?}"
        );
        requests.into_iter().next().unwrap()
    }
}

/// Starts a server on an ephemeral port of 127.0.0.1 that answers request `n` (0-based, in
/// the order received) with `reply(&request, n)`. It runs on the calling Tokio runtime and
/// stops with it.
pub async fn start(reply: impl Fn(&Seen, usize) -> Reply + Send + Sync + 'static) -> Mock {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .expect("bind 127.0.0.1:0");
    let url = format!("http://{}", listener.local_addr().unwrap());
    let seen = Arc::new(Mutex::new(Vec::new()));
    let reply = Arc::new(reply);
    let log = seen.clone();
    let app = Router::new().fallback(move |request: Request| {
        let log = log.clone();
        let reply = reply.clone();
        async move {
            let at = Instant::now();
            let (parts, body) = request.into_parts();
            let body = axum::body::to_bytes(body, usize::MAX)
                .await
                .expect("request body");
            let request = Seen {
                method: parts.method.to_string(),
                uri: parts.uri.to_string(),
                headers: parts.headers,
                body: String::from_utf8_lossy(&body).into_owned(),
                at,
            };
            let n = {
                let mut log = log.lock().unwrap();
                log.push(request.clone());
                log.len() - 1
            };
            let r = reply(&request, n);
            tokio::time::sleep(r.delay).await;
            let mut response = Response::new(Body::from(r.body));
            *response.status_mut() = StatusCode::from_u16(r.status).expect("valid status");
            for (name, value) in r.headers {
                response
                    .headers_mut()
                    .append(name, value.parse().expect("valid header value"));
            }
            response
        }
    });
    tokio::spawn(async move { axum::serve(listener, app).await.expect("mock server") });
    Mock { url, seen }
}
