//! Typed mocks (feature `mock`): an in-process [`Transport`] that answers each request by the
//! rules a test set for its operation. What is generic lives here (routing on path templates,
//! rule lists, matching, counting, replies); a generated crate adds per operation a typed view
//! of the request ([`RequestView`]), a [`Route`] and an accessor that encodes its responses.
//!
//! The client serialises each request for real and the mock decodes it back into the view, so
//! an encoding mistake fails the test; retries, deadlines and pagination run as in production.

use std::any::Any;
use std::fmt::{self, Write as _};
use std::marker::PhantomData;
use std::panic::Location;
use std::sync::{Arc, Mutex, MutexGuard};

use bytes::Bytes;
use reqwest::header::{HeaderMap, HeaderName, HeaderValue, CONTENT_TYPE};
use serde::de::DeserializeOwned;
use serde::Serialize;

use super::transport::{Transport, TransportError, TransportFuture};

/// The base URL of clients over a mock: requests never leave the process.
pub const BASE_URL: &str = "http://mock.invalid";

/// An operation the mock can route to: its method and path template, and how to decode its
/// request into its view.
pub struct Route {
    /// The operationId.
    pub id: &'static str,
    /// The HTTP method, upper case.
    pub method: &'static str,
    /// The path template (`/customers/{customer_id}`).
    pub path: &'static str,
    /// [`decode::<View>`](decode) for the operation's view.
    pub decode: fn(&Request) -> Result<Arc<dyn Any + Send + Sync>, String>,
}

/// Decodes a request into the view `V` (type-erased, as rules of every operation share a list).
pub fn decode<V: RequestView>(request: &Request) -> Result<Arc<dyn Any + Send + Sync>, String> {
    V::decode(request).map(|view| Arc::new(view) as Arc<dyn Any + Send + Sync>)
}

/// The typed view of an operation's request: its parameters by their Rust names and its body.
pub trait RequestView: Clone + Send + Sync + 'static {
    /// Reads the view from the request the client sent.
    fn decode(request: &Request) -> Result<Self, String>;
}

/// A request as the mock received it, read back by [`RequestView::decode`].
pub struct Request {
    method: String,
    path: String,
    params: Params,
    query: Vec<(String, String)>,
    headers: HeaderMap,
    body: Bytes,
}

impl Request {
    /// A path parameter.
    pub fn path<T: DeserializeOwned>(&self, name: &str) -> Result<T, String> {
        let value = (self.params.iter().find(|(n, _)| *n == name))
            .ok_or_else(|| format!("no path parameter `{name}`"))?;
        param(name, &value.1)
    }

    /// A query parameter (the first value with that name), `None` when absent.
    pub fn query<T: DeserializeOwned>(&self, name: &str) -> Result<Option<T>, String> {
        let value = self.query.iter().find(|(n, _)| n == name);
        value.map(|(_, v)| param(name, v)).transpose()
    }

    /// An array query parameter: repeated (`a=1&a=2`) without a delimiter, else one value
    /// split at it (`,` for `form` without explode, space, `|`).
    pub fn query_array<T: DeserializeOwned>(
        &self,
        name: &str,
        delimiter: Option<char>,
    ) -> Result<Option<Vec<T>>, String> {
        let values: Vec<&str> = (self.query.iter())
            .filter(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
            .collect();
        let values: Vec<&str> = match (values.as_slice(), delimiter) {
            ([], _) => return Ok(None),
            ([one], Some(delimiter)) => one.split(delimiter).collect(),
            _ => values,
        };
        values
            .iter()
            .map(|v| param(name, v))
            .collect::<Result<_, _>>()
            .map(Some)
    }

    /// A header parameter, `None` when absent.
    pub fn header<T: DeserializeOwned>(&self, name: &str) -> Result<Option<T>, String> {
        let Some(value) = self.headers.get(name) else {
            return Ok(None);
        };
        let text = value
            .to_str()
            .map_err(|_| format!("header `{name}` is not text"))?;
        param(name, text).map(Some)
    }

    /// A cookie parameter, `None` when absent.
    pub fn cookie<T: DeserializeOwned>(&self, name: &str) -> Result<Option<T>, String> {
        let cookies = self.headers.get_all(reqwest::header::COOKIE).iter();
        let pairs = cookies
            .filter_map(|v| v.to_str().ok())
            .flat_map(|v| v.split("; "));
        let found = pairs
            .filter_map(|pair| pair.split_once('='))
            .find(|(n, _)| *n == name);
        found
            .map(|(_, v)| param(name, &percent_decode(v)))
            .transpose()
    }

    /// The JSON body, `None` when there is none.
    pub fn json<T: DeserializeOwned>(&self) -> Result<Option<T>, String> {
        if self.body.is_empty() {
            return Ok(None);
        }
        serde_json::from_slice(&self.body)
            .map(Some)
            .map_err(|e| format!("the JSON body does not decode: {e}"))
    }

    /// The raw body, `None` when empty.
    pub fn bytes(&self) -> Option<Bytes> {
        (!self.body.is_empty()).then(|| self.body.clone())
    }

    /// The body as text, `None` when empty.
    pub fn text(&self) -> Result<Option<String>, String> {
        (self.bytes())
            .map(|b| String::from_utf8(b.to_vec()).map_err(|_| "the body is not UTF-8".into()))
            .transpose()
    }

    /// The request's headers, as sent (credentials included).
    pub fn headers(&self) -> &HeaderMap {
        &self.headers
    }
}

/// A required value of a view: an error naming it when absent.
pub fn required<T>(value: Result<Option<T>, String>, what: &str) -> Result<T, String> {
    value?.ok_or_else(|| format!("required {what} is missing"))
}

/// A parameter's text as `T`: a string first (strings, enums, dates), else as JSON (numbers,
/// booleans).
fn param<T: DeserializeOwned>(name: &str, text: &str) -> Result<T, String> {
    serde_json::from_value(serde_json::Value::String(text.to_owned()))
        .or_else(|_| serde_json::from_str(text))
        .map_err(|e| format!("parameter `{name}` = {text:?} does not decode: {e}"))
}

/// A response of a rule: status, headers and body.
#[derive(Debug, Clone)]
pub struct Reply {
    status: u16,
    headers: Vec<(HeaderName, HeaderValue)>,
    body: Bytes,
}

impl Reply {
    /// A JSON body.
    pub fn json<T: Serialize>(status: u16, value: &T) -> Self {
        // A model that does not serialise is a bug of the test: say so at once.
        let body = serde_json::to_vec(value).expect("the mocked body serialises to JSON");
        Reply::with_type(status, body.into(), "application/json")
    }

    /// A text body.
    pub fn text(status: u16, value: &str) -> Self {
        Reply::with_type(status, Bytes::from(value.to_owned()), "text/plain")
    }

    /// A raw body.
    pub fn bytes(status: u16, value: &Bytes) -> Self {
        Reply::with_type(status, value.clone(), "application/octet-stream")
    }

    /// No body.
    pub fn empty(status: u16) -> Self {
        Reply {
            status,
            headers: Vec::new(),
            body: Bytes::new(),
        }
    }

    /// A redirect to its `Location`.
    pub fn redirect(value: &crate::Redirect) -> Self {
        let mut reply = Reply::empty(value.status);
        reply.header("location", &value.location);
        reply
    }

    fn with_type(status: u16, body: Bytes, content_type: &'static str) -> Self {
        let headers = vec![(CONTENT_TYPE, HeaderValue::from_static(content_type))];
        Reply {
            status,
            headers,
            body,
        }
    }

    fn header(&mut self, name: &str, value: &str) {
        let name = HeaderName::try_from(name).expect("a valid mocked header name");
        let value = HeaderValue::try_from(value).expect("a valid mocked header value");
        self.headers.retain(|(n, _)| *n != name);
        self.headers.push((name, value));
    }

    fn response(&self) -> reqwest::Response {
        let mut response = http::Response::new(self.body.clone());
        *response.status_mut() =
            http::StatusCode::from_u16(self.status).expect("a valid mocked status");
        for (name, value) in &self.headers {
            response.headers_mut().append(name.clone(), value.clone());
        }
        reqwest::Response::from(response)
    }
}

type Matcher = Box<dyn Fn(&(dyn Any + Send + Sync)) -> bool + Send + Sync>;

struct Rule {
    matcher: Option<Matcher>,
    /// Where the test set the rule, to name it in messages.
    location: &'static Location<'static>,
    reply: Reply,
    times: Option<usize>,
    used: usize,
}

impl fmt::Display for Rule {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let when = if self.matcher.is_some() {
            "when(..)"
        } else {
            "any request"
        };
        write!(
            f,
            "{when} -> {} (set at {}",
            self.reply.status, self.location
        )?;
        match self.times {
            Some(n) => write!(f, ", used {} of {n} times)", self.used),
            None => write!(f, ", used {} times)", self.used),
        }
    }
}

#[derive(Default)]
struct OpState {
    rules: Vec<Rule>,
    calls: usize,
    requests: Vec<Arc<dyn Any + Send + Sync>>,
}

#[derive(Default)]
struct State {
    routes: Vec<&'static Route>,
    ops: std::collections::HashMap<&'static str, OpState>,
}

/// The rules and records of a mock, shared by its handles and its transport (cheap to clone).
#[derive(Clone, Default)]
pub struct MockServer {
    state: Arc<Mutex<State>>,
}

impl fmt::Debug for MockServer {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("MockServer").finish_non_exhaustive()
    }
}

impl MockServer {
    /// A mock without routes or rules.
    pub fn new() -> Self {
        MockServer::default()
    }

    /// Makes these operations reachable (a generated crate adds one list per API).
    pub fn add_routes(&self, routes: &'static [Route]) {
        self.lock().routes.extend(routes);
    }

    fn lock(&self) -> MutexGuard<'_, State> {
        // A test that panicked while holding the lock leaves consistent state behind.
        self.state.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// The handle of one operation; `reply` encodes what its `send()` returns.
    pub fn operation<V: RequestView, R>(
        &self,
        id: &'static str,
        reply: fn(&R) -> Reply,
    ) -> MockOperation<V, R> {
        MockOperation {
            server: self.clone(),
            id,
            reply,
            when: None,
            view: PhantomData,
        }
    }

    /// Panics listing the rules whose `times` were not used up.
    #[track_caller]
    pub fn verify(&self) {
        let state = self.lock();
        let mut message = String::new();
        let mut ids: Vec<_> = state.ops.keys().collect();
        ids.sort();
        for id in ids {
            for rule in &state.ops[id].rules {
                if rule.times.is_some_and(|n| rule.used < n) {
                    let _ = write!(message, "\n  {id}: {rule}");
                }
            }
        }
        if !message.is_empty() {
            panic!("mock: rules not used up:{message}");
        }
    }

    fn answer(&self, request: reqwest::Request) -> Result<reqwest::Response, String> {
        let url = request.url();
        let method = request.method().as_str().to_owned();
        let path = url.path().to_owned();
        let query = url
            .query_pairs()
            .map(|(n, v)| (n.into_owned(), v.into_owned()))
            .collect();
        let body = match request.body() {
            None => Bytes::new(),
            Some(body) => Bytes::copy_from_slice(
                body.as_bytes()
                    .ok_or("mock: a streamed request body cannot be read back")?,
            ),
        };
        let mut state = self.lock();
        let (route, params) = route(&state.routes, &method, &path)
            .ok_or_else(|| format!("mock: no operation of the API is `{method} {path}`"))?;
        let request = Request {
            method,
            path,
            params,
            query,
            headers: request.headers().clone(),
            body,
        };
        let op = state.ops.entry(route.id).or_default();
        op.calls += 1;
        let what = format!("{} {}", request.method, request.path);
        let view = (route.decode)(&request).map_err(|e| {
            format!(
                "mock: the request of {} ({what}) does not decode: {e}",
                route.id
            )
        })?;
        op.requests.push(view.clone());
        let usable = |rule: &Rule| rule.times.is_none_or(|n| rule.used < n);
        let found = (op.rules.iter_mut())
            .find(|rule| usable(rule) && rule.matcher.as_ref().is_none_or(|m| m(&*view)));
        match found {
            Some(rule) => {
                rule.used += 1;
                Ok(rule.reply.response())
            }
            None => {
                let mut message =
                    format!("mock: no rule of {} matches the request {what}", route.id);
                if op.rules.is_empty() {
                    message.push_str("; it has no rules");
                } else {
                    message.push_str("; its rules:");
                    for (i, rule) in op.rules.iter().enumerate() {
                        let _ = write!(message, "\n  {}. {rule}", i + 1);
                    }
                }
                Err(message)
            }
        }
    }
}

/// Path parameters by name, decoded.
type Params = Vec<(&'static str, String)>;

/// `%XX` escapes decoded (path segments and cookies; `+` stays, as the client never writes it
/// for a space there).
fn percent_decode(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = bytes
            .get(i + 1..i + 3)
            .and_then(|h| std::str::from_utf8(h).ok());
        match (bytes[i], hex.and_then(|h| u8::from_str_radix(h, 16).ok())) {
            (b'%', Some(byte)) => {
                out.push(byte);
                i += 3;
            }
            (byte, _) => {
                out.push(byte);
                i += 1;
            }
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// The route of a request: literal segments preferred to parameters, so `/customers/count`
/// wins over `/customers/{id}`.
fn route(routes: &[&'static Route], method: &str, path: &str) -> Option<(&'static Route, Params)> {
    let segments: Vec<&str> = path.split('/').collect();
    let mut best: Option<(usize, &'static Route, Params)> = None;
    for route in routes.iter().filter(|r| r.method == method) {
        let template: Vec<&'static str> = route.path.split('/').collect();
        if template.len() != segments.len() {
            continue;
        }
        let mut params = Vec::new();
        let mut literal = 0;
        let matched = template.iter().zip(&segments).all(|(t, s)| {
            match t.strip_prefix('{').and_then(|t| t.strip_suffix('}')) {
                Some(name) if !s.is_empty() => {
                    params.push((name, percent_decode(s)));
                    true
                }
                Some(_) => false,
                None => {
                    literal += 1;
                    t == s
                }
            }
        });
        if matched && best.as_ref().is_none_or(|(l, _, _)| literal > *l) {
            best = Some((literal, route, params));
        }
    }
    best.map(|(_, route, params)| (route, params))
}

impl Transport for MockServer {
    fn send(&self, request: reqwest::Request) -> TransportFuture {
        let answer = self.answer(request).map_err(TransportError::refused);
        Box::pin(std::future::ready(answer))
    }
}

/// The rules and records of one operation: `V` is its request view, `R` what its `send()`
/// returns.
pub struct MockOperation<V, R> {
    server: MockServer,
    id: &'static str,
    reply: fn(&R) -> Reply,
    when: Option<Matcher>,
    view: PhantomData<fn() -> V>,
}

impl<V: RequestView, R> MockOperation<V, R> {
    /// Limits the next rule to the requests `matches` accepts.
    pub fn when(mut self, matches: impl Fn(&V) -> bool + Send + Sync + 'static) -> Self {
        self.when = Some(Box::new(move |view| {
            view.downcast_ref().is_some_and(&matches)
        }));
        self
    }

    /// A rule: answer with `value`, what `send()` then returns (the status the operation
    /// declares for it).
    #[track_caller]
    pub fn returns(self, value: R) -> RuleHandle {
        let reply = (self.reply)(&value);
        self.push(reply)
    }

    /// [`returns`](Self::returns) with another status and these headers.
    #[track_caller]
    pub fn returns_with(self, status: u16, headers: &[(&str, &str)], value: R) -> RuleHandle {
        let mut reply = (self.reply)(&value);
        reply.status = status;
        for (name, value) in headers {
            reply.header(name, value);
        }
        self.push(reply)
    }

    /// A rule: answer with an error status and its JSON body.
    #[track_caller]
    pub fn fails(self, status: u16, body: impl Serialize) -> RuleHandle {
        self.push(Reply::json(status, &body))
    }

    /// [`fails`](Self::fails) with headers (`Retry-After`...).
    #[track_caller]
    pub fn fails_with(
        self,
        status: u16,
        headers: &[(&str, &str)],
        body: impl Serialize,
    ) -> RuleHandle {
        let mut reply = Reply::json(status, &body);
        for (name, value) in headers {
            reply.header(name, value);
        }
        self.push(reply)
    }

    #[track_caller]
    fn push(self, reply: Reply) -> RuleHandle {
        let mut state = self.server.lock();
        let rules = &mut state.ops.entry(self.id).or_default().rules;
        rules.push(Rule {
            matcher: self.when,
            location: Location::caller(),
            reply,
            times: None,
            used: 0,
        });
        RuleHandle {
            server: self.server.clone(),
            id: self.id,
            index: rules.len() - 1,
        }
    }

    /// How many requests the operation received (retries included, matched or not).
    pub fn calls(&self) -> usize {
        self.server.lock().ops.get(self.id).map_or(0, |op| op.calls)
    }

    /// The requests the operation received, in order, as their typed views.
    pub fn requests(&self) -> Vec<V> {
        let state = self.server.lock();
        let requests = state.ops.get(self.id).map(|op| op.requests.as_slice());
        (requests.unwrap_or_default().iter())
            .filter_map(|view| view.downcast_ref::<V>().cloned())
            .collect()
    }
}

/// A rule just added, to bound how often it answers.
#[derive(Debug)]
pub struct RuleHandle {
    server: MockServer,
    id: &'static str,
    index: usize,
}

impl RuleHandle {
    /// The rule answers `n` requests, then the next rules are tried.
    pub fn times(self, n: usize) {
        let mut state = self.server.lock();
        if let Some(op) = state.ops.get_mut(self.id) {
            op.rules[self.index].times = Some(n);
        }
    }
}

#[cfg(test)]
mod tests;
