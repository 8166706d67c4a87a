//! One call of an operation: assembled by the generated builders, then sent by the single
//! non-generic executor [`Call::send`] (URL, credentials, retries, timeouts, tracing).

use std::time::Duration;

use bytes::Bytes;
use reqwest::header::{self, HeaderMap, HeaderName, HeaderValue};
use reqwest::Url;
use tokio::time::Instant;
use tracing::Instrument as _;

use super::auth::{credentials_for, Apply};
use super::body::{has_json_key, read_limited, ReadError};
use super::client::{Client, RequestOptions};
use super::encoding::{
    encode, form_urlencoded, is_cookie_octet, is_unreserved, json_kind, object_query_pairs,
};
use super::error::{config, Error, Result, RuntimeError};
use super::future::{Decode, ResponseFuture};
use super::headers::parse_header;
use super::multipart::Multipart;
use super::params::ParamValue;
use super::response::RawResponse;
use super::retry::{retry_after, Wait};
use super::spec::{ArrayStyle, IdempotencyKey, ObjectStyle, Operation};
use super::transport::TransportError;

/// Request body of a call.
enum Body {
    /// Buffered: can be sent again on retry.
    Bytes(Bytes),
    /// Streamed: sent once, so the call is never retried. Taken on the first attempt.
    Stream(Option<reqwest::Body>),
}

/// One call of an operation being assembled by a generated operation builder.
///
/// Mistakes found while assembling (invalid header, unserialisable body...) are remembered and
/// returned by [`Call::send`], so that the builders need no error handling.
#[doc(hidden)]
pub struct Call {
    client: Client,
    op: &'static Operation,
    path: String,
    /// Percent-encoded names and values.
    query: Vec<(String, String)>,
    headers: HeaderMap,
    /// `name=value` pairs, values already encoded.
    cookies: Vec<String>,
    body: Option<Body>,
    options: RequestOptions,
    error: Option<RuntimeError>,
    /// Replaces the credentials (see [`Call::authorization`]).
    authorization: Option<HeaderValue>,
}

impl Call {
    /// An empty call of `op`; see [`Client::call`].
    pub(crate) fn new(client: Client, op: &'static Operation) -> Self {
        Call {
            client,
            op,
            path: op.path.to_owned(),
            query: Vec::new(),
            headers: HeaderMap::new(),
            cookies: Vec::new(),
            body: None,
            options: RequestOptions::default(),
            error: None,
            authorization: None,
        }
    }

    /// Remembers the first mistake, returned by [`send`](Self::send).
    fn fail(&mut self, error: RuntimeError) {
        self.error.get_or_insert(error);
    }

    /// Replaces `{name}` in the path with `value` encoded as one path segment.
    pub fn path_param(&mut self, name: &str, value: &dyn ParamValue) {
        let value = value.to_param();
        // An empty, `.` or `..` segment would address another resource.
        if matches!(value.as_str(), "" | "." | "..") {
            let op = self.op.id;
            return self.fail(config(format!(
                "{op}: path parameter `{name}` is {value:?}, not a path segment"
            )));
        }
        let value = encode(&value, is_unreserved);
        // Every `{name}`, found without building the pattern (`str::replace` with a
        // `format!`ed pattern allocates twice and sets up a substring searcher per call).
        let mut from = 0;
        while let Some(at) = self.path[from..].find('{').map(|i| from + i) {
            let end = at + 1 + name.len();
            if self.path.get(at + 1..end) == Some(name) && self.path[end..].starts_with('}') {
                self.path.replace_range(at..=end, &value);
                from = at + value.len();
            } else {
                from = at + 1;
            }
        }
    }

    /// Adds a query parameter.
    pub fn query(&mut self, name: &str, value: &dyn ParamValue) {
        self.query.push((
            encode(name, is_unreserved),
            encode(&value.to_param(), is_unreserved),
        ));
    }

    /// Adds an array query parameter; nothing is sent for an empty array.
    pub fn query_array<T: ParamValue>(&mut self, name: &str, values: &[T], style: ArrayStyle) {
        let values: Vec<String> = values.iter().map(ParamValue::to_param).collect();
        self.query_strings(name, &values, style);
    }

    fn query_strings(&mut self, name: &str, values: &[String], style: ArrayStyle) {
        if values.is_empty() {
            return;
        }
        let name = encode(name, is_unreserved);
        let values = values.iter().map(|v| encode(v, is_unreserved));
        let separator = match style {
            ArrayStyle::Form { explode: true } => {
                self.query.extend(values.map(|v| (name.clone(), v)));
                return;
            }
            ArrayStyle::Form { explode: false } => ",",
            ArrayStyle::SpaceDelimited => "%20",
            ArrayStyle::PipeDelimited => "%7C",
        };
        self.query
            .push((name, values.collect::<Vec<_>>().join(separator)));
    }

    /// Adds an object query parameter in `style` (OpenAPI `deepObject` or `form`); see
    /// [`ObjectStyle`]. Null properties are skipped; scalars read as they would as plain
    /// parameters (strings unquoted). Brackets of `deepObject` names are percent-encoded
    /// (`filter%5Bstatus%5D=ACTIVE`), which every server decodes and no proxy mangles.
    ///
    /// Properties come in the order of the serialised JSON object: alphabetical, unless the
    /// crate enables `serde_json/preserve_order`.
    pub fn query_object<T: serde::Serialize + ?Sized>(
        &mut self,
        name: &str,
        value: &T,
        style: ObjectStyle,
    ) {
        // The generic part only serialises, so each parameter type adds little code.
        let value = serde_json::to_value(value);
        self.query_value(name, value, style);
    }

    fn query_value(
        &mut self,
        name: &str,
        value: serde_json::Result<serde_json::Value>,
        style: ObjectStyle,
    ) {
        match value {
            Ok(value) => self.query.extend(object_query_pairs(name, &value, style)),
            Err(err) => self.fail(Error::Encode(err)),
        }
    }

    /// Sets a header parameter.
    pub fn header_param(&mut self, name: &str, value: &dyn ParamValue) {
        match parse_header(name, &value.to_param(), "header parameter") {
            Ok((name, value)) => {
                self.headers.insert(name, value);
            }
            Err(err) => self.fail(err),
        }
    }

    /// Adds a cookie parameter.
    pub fn cookie_param(&mut self, name: &str, value: &dyn ParamValue) {
        self.cookies.push(format!(
            "{name}={}",
            encode(&value.to_param(), is_cookie_octet)
        ));
    }

    /// Serialises `body` as the JSON request body.
    pub fn json<B: serde::Serialize + ?Sized>(&mut self, body: &B) {
        let bytes = serde_json::to_vec(body);
        self.set_json(bytes);
    }

    fn set_json(&mut self, bytes: serde_json::Result<Vec<u8>>) {
        match bytes {
            Ok(bytes) => self.set_body(Body::Bytes(bytes.into()), "application/json"),
            Err(err) => self.fail(Error::Encode(err)),
        }
    }

    /// Serialises `body` as an `application/x-www-form-urlencoded` request body: one field per
    /// top-level property, arrays as repeated fields, nested objects (and arrays of them) as
    /// JSON text, null properties skipped. The body is buffered, so retries replay it.
    ///
    /// A body that does not serialise to a JSON object is reported by [`send`](Self::send)
    /// as [`Error::Encode`].
    pub fn form<B: serde::Serialize + ?Sized>(&mut self, body: &B) {
        let value = serde_json::to_value(body);
        self.set_form(value);
    }

    fn set_form(&mut self, value: serde_json::Result<serde_json::Value>) {
        let encoded = value.and_then(|value| {
            form_urlencoded(&value).ok_or_else(|| {
                serde::ser::Error::custom(format!(
                    "a form body must be a JSON object, not {}",
                    json_kind(&value)
                ))
            })
        });
        match encoded {
            Ok(text) => self.set_body(
                Body::Bytes(text.into()),
                "application/x-www-form-urlencoded",
            ),
            Err(err) => self.fail(Error::Encode(err)),
        }
    }

    /// Sets a `multipart/form-data` request body. It is encoded into one buffer here, so
    /// retries replay it; a part that could not be serialised is reported by
    /// [`send`](Self::send) as [`Error::Encode`].
    pub fn multipart(&mut self, form: Multipart) {
        match form.encode() {
            Ok((body, content_type)) => self.set_body(Body::Bytes(body), &content_type),
            Err(err) => self.fail(err),
        }
    }

    /// Sets the request body. Buffered bodies can be retried; streamed ones cannot.
    pub fn body(&mut self, body: reqwest::Body, content_type: &str) {
        let body = match body.as_bytes() {
            Some(bytes) => Body::Bytes(Bytes::copy_from_slice(bytes)),
            None => Body::Stream(Some(body)),
        };
        self.set_body(body, content_type);
    }

    fn set_body(&mut self, body: Body, content_type: &str) {
        self.body = Some(body);
        match HeaderValue::from_str(content_type) {
            Ok(value) => {
                self.headers.insert(header::CONTENT_TYPE, value);
            }
            Err(_) => self.fail(config(format!("invalid content type `{content_type}`"))),
        }
    }

    /// Per-call options.
    pub fn options(&mut self, options: RequestOptions) {
        self.options = options;
    }

    /// Sends `value` as the `Authorization` header instead of the client's credentials (the
    /// token exchange sends its API key so, without asking the token provider).
    pub(crate) fn authorization(&mut self, value: HeaderValue) {
        self.authorization = Some(value);
    }

    /// Sends the call, decoding the response with `decode` (the operation's statuses and
    /// response types): what the `send_with_response` method of every operation returns.
    pub fn fetch<T, B>(self, decode: Decode<T, B>) -> ResponseFuture<T, B> {
        #[cfg(feature = "blocking")]
        let client = self.client.clone();
        ResponseFuture::new(
            Box::pin(self.send()),
            decode,
            #[cfg(feature = "blocking")]
            client,
        )
    }

    /// Sends the call, retrying per the retry policy and within its deadline, and reads the
    /// whole response body.
    ///
    /// Any status is `Ok`: the generated code maps it to a value or [`RawResponse::into_error`].
    ///
    /// The deadline arms no timer of its own: each attempt's timeout is cut to what is left of
    /// it, no wait is started that would end after it, and only a token fetch (rare) is put
    /// under a timer.
    pub async fn send(self) -> Result<RawResponse> {
        let deadline = (self.options.deadline.or(self.client.inner.deadline))
            .and_then(|limit| Some((limit, Instant::now().checked_add(limit)?)));
        let Call {
            client,
            op,
            path,
            mut query,
            headers,
            mut cookies,
            mut body,
            options,
            error,
            authorization,
        } = self;
        if let Some(err) = error {
            return Err(err);
        }
        if path.contains('{') {
            return Err(config(format!(
                "{}: missing path parameter in `{path}`",
                op.id
            )));
        }
        let inner = &*client.inner;

        // Headers from least to most specific: defaults, parameters, credentials, cookies,
        // options; a later one replaces an earlier one of the same name. A request takes its
        // header map, so the map is put together for each attempt, sized once.
        let mut layers: Vec<(HeaderName, HeaderValue)> = (headers.iter())
            .map(|(name, value)| (name.clone(), value.clone()))
            .collect();
        let mut secret_in_url = false;
        let mut secret_cookie = false;
        // Where the provider's token goes, once fetched.
        let mut token_layers = Vec::new();
        if let Some(value) = authorization {
            layers.push((header::AUTHORIZATION, value));
        } else {
            for credential in credentials_for(&inner.credentials, op) {
                match &credential.apply {
                    Apply::Header(name, value) => layers.push((name.clone(), value.clone())),
                    Apply::Query(name, value) => {
                        query.push((encode(name, is_unreserved), encode(value, is_unreserved)));
                        secret_in_url = true;
                    }
                    Apply::Cookie(pair) => {
                        cookies.push(pair.clone());
                        secret_cookie = true;
                    }
                    Apply::Token => {
                        token_layers.push(layers.len());
                        layers.push((header::AUTHORIZATION, HeaderValue::from_static("")));
                    }
                }
            }
        }
        if !cookies.is_empty() {
            let mut value = HeaderValue::from_str(&cookies.join("; "))
                .map_err(|_| config(format!("{}: invalid cookie parameter", op.id)))?;
            value.set_sensitive(secret_cookie);
            layers.push((header::COOKIE, value));
        }
        for (name, value) in &options.headers {
            layers.push(parse_header(name, value, "request option header")?);
        }

        let mut url = format!("{}{}", inner.base_url, path);
        for (i, (name, value)) in query.iter().enumerate() {
            url.push(if i == 0 { '?' } else { '&' });
            url.push_str(name);
            url.push('=');
            url.push_str(value);
        }
        let url =
            Url::parse(&url).map_err(|e| config(format!("{}: invalid request URL: {e}", op.id)))?;
        // reqwest errors quote the URL; drop it where it holds a secret.
        let secret_in_url = secret_in_url || url.password().is_some();

        // Retry-safe: by the operation, or by this request's idempotency key.
        let retry_safe = op.retry_safe
            || match op.idempotency_key {
                None => false,
                Some(IdempotencyKey::BodyField(key)) => {
                    matches!(&body, Some(Body::Bytes(bytes)) if has_json_key(bytes, key))
                }
                Some(IdempotencyKey::Header(name)) => (layers.iter())
                    .any(|(n, v)| n.as_str().eq_ignore_ascii_case(name) && !v.is_empty()),
            };

        // The provider's token, fetched (or taken from its cache) before the first attempt.
        let tokens = match (&inner.tokens, token_layers.is_empty()) {
            (Some(tokens), false) => Some(tokens),
            _ => None,
        };
        let mut token_id = None;
        if let Some(tokens) = tokens {
            let token = within(deadline, tokens.get(&client)).await?;
            for &i in &token_layers {
                layers[i].1 = token.header.clone();
            }
            token_id = Some(token.id);
        }

        let policy = options.retry.as_ref().unwrap_or(&inner.retry);
        let timeout = options.timeout.or(inner.timeout);
        let limit = inner.max_response_bytes;
        let mut retry = 0;
        let mut attempt = 0;
        loop {
            attempt += 1;
            let (request_body, replayable) = match &mut body {
                None => (None, true),
                Some(Body::Bytes(bytes)) => (Some(reqwest::Body::from(bytes.clone())), true),
                Some(Body::Stream(stream)) => (stream.take(), false),
            };
            let can_retry = replayable && retry < policy.max_retries;
            // Whether waiting `wait` still leaves time before the deadline.
            let in_time =
                |wait: Duration| deadline.is_none_or(|(_, at)| Instant::now() + wait < at);
            // The attempt's timeout, cut to what is left of the deadline (`cut`).
            let remaining =
                deadline.map(|(limit, at)| (limit, at.saturating_duration_since(Instant::now())));
            let (timeout, cut) = match (timeout, remaining) {
                (_, Some((limit, left))) if left.is_zero() => return Err(Error::Deadline(limit)),
                (Some(t), Some((limit, left))) if left < t => (Some(left), Some(limit)),
                (None, Some((limit, left))) => (Some(left), Some(limit)),
                (t, _) => (t, None),
            };
            // Not through `RequestBuilder::headers`, which copies every header again.
            let defaults = &inner.default_headers;
            let mut headers = HeaderMap::with_capacity(defaults.len() + layers.len());
            for (name, value) in defaults.iter().chain(layers.iter().map(|(n, v)| (n, v))) {
                headers.insert(name.clone(), value.clone());
            }
            let request = inner
                .http
                .request(op.method.clone(), url.clone())
                .build()
                .map(|mut request| {
                    // The builder only sets `Authorization` for a URL with credentials; ours
                    // replace it, as `RequestBuilder::headers` did.
                    if request.headers().is_empty() {
                        *request.headers_mut() = headers;
                    } else {
                        request.headers_mut().extend(headers);
                    }
                    *request.body_mut() = request_body;
                    *request.timeout_mut() = timeout;
                    request
                });

            // Fields never include credentials or the URL (which may hold an API key).
            let span = tracing::info_span!(
                "http_request",
                operation = op.id,
                method = op.method.as_str(),
                path = op.path,
                attempt,
                status = tracing::field::Empty,
                latency_ms = tracing::field::Empty,
            );
            let started = std::time::Instant::now();
            let outcome = async {
                // A transport failure: retried when the request cannot have been processed
                // (no connection), or when it is retry-safe.
                let failed = |err: reqwest::Error| {
                    if let Some(limit) = cut.filter(|_| err.is_timeout()) {
                        return Attempt::Done(Err(Error::Deadline(limit)));
                    }
                    let wait = policy.backoff(retry);
                    if can_retry && (err.is_connect() || retry_safe) && in_time(wait) {
                        Attempt::Retry(wait, describe(&err))
                    } else {
                        let err = if secret_in_url {
                            err.without_url()
                        } else {
                            err
                        };
                        Attempt::Done(Err(if err.is_timeout() {
                            Error::Timeout(err)
                        } else {
                            Error::Transport(err)
                        }))
                    }
                };
                let sent = match (request, &inner.transport) {
                    (Ok(request), None) => inner.http.execute(request).await,
                    (Ok(request), Some(transport)) => match transport.send(request).await {
                        Ok(response) => Ok(response),
                        Err(TransportError::Http(err)) => Err(err),
                        Err(TransportError::Refused(err)) => {
                            return Attempt::Done(Err(config(format!("{}: {err}", op.id))));
                        }
                    },
                    (Err(err), _) => Err(err),
                };
                let mut response = match sent {
                    Ok(response) => response,
                    Err(err) => return failed(err),
                };
                let status = response.status().as_u16();
                tracing::Span::current().record("status", status);
                if status == 401 && replayable && token_id.is_some() {
                    return Attempt::Rejected;
                }
                if can_retry && policy.retries_status(status, retry_safe) {
                    match policy.wait(retry, retry_after(response.headers())) {
                        Wait::For(wait) if in_time(wait) => {
                            return Attempt::Retry(wait, format!("status {status}"));
                        }
                        // Too long a wait: the caller gets this response, and its Retry-After.
                        wait => tracing::debug!(
                            ?wait,
                            "not retrying: the wait is longer than the retry policy or the \
                             deadline allows"
                        ),
                    }
                }
                let headers = std::mem::take(response.headers_mut());
                match read_limited(&mut response, limit).await {
                    Ok(body) => Attempt::Done(Ok(RawResponse::new(op, status, headers, body))),
                    Err(ReadError::TooLarge) => {
                        Attempt::Done(Err(Error::ResponseTooLarge { status, limit }))
                    }
                    Err(ReadError::Transport(err)) => failed(err),
                }
            }
            .instrument(span.clone())
            .await;
            span.record(
                "latency_ms",
                u64::try_from(started.elapsed().as_millis()).unwrap_or(u64::MAX),
            );

            match outcome {
                Attempt::Done(result) => return result,
                Attempt::Rejected => {
                    // Once: a new token, and the same request again (not a retry).
                    let (Some(tokens), Some(id)) = (tokens, token_id.take()) else {
                        unreachable!("only a request sent with a provider's token is rejected")
                    };
                    tracing::debug!(parent: &span, "token rejected (401): fetching a new one");
                    tokens.reject(id);
                    let token = within(deadline, tokens.get(&client)).await?;
                    for &i in &token_layers {
                        layers[i].1 = token.header.clone();
                    }
                }
                Attempt::Retry(delay, reason) => {
                    tracing::debug!(
                        parent: &span,
                        delay_ms = u64::try_from(delay.as_millis()).unwrap_or(u64::MAX),
                        reason = %reason,
                        "retrying request",
                    );
                    tokio::time::sleep(delay).await;
                    retry += 1;
                }
            }
        }
    }
}

/// `future` (a token fetch), failing with [`Error::Deadline`] if the deadline passes first.
async fn within<T>(
    deadline: Option<(Duration, Instant)>,
    future: impl std::future::Future<Output = Result<T>>,
) -> Result<T> {
    match deadline {
        Some((limit, at)) => {
            (tokio::time::timeout_at(at, future).await).unwrap_or(Err(Error::Deadline(limit)))
        }
        None => future.await,
    }
}

/// Kind and causes of a transport error, without its URL (which may hold an API key).
fn describe(err: &reqwest::Error) -> String {
    let mut text = String::from(if err.is_timeout() {
        "timeout"
    } else {
        "transport error"
    });
    let mut source = std::error::Error::source(err);
    while let Some(cause) = source {
        text.push_str(": ");
        text.push_str(&cause.to_string());
        source = cause.source();
    }
    text
}

enum Attempt {
    Done(Result<RawResponse>),
    /// Delay and a reason for the log.
    Retry(Duration, String),
    /// 401 to a request sent with the token provider's token, not yet repeated.
    Rejected,
}

#[cfg(test)]
mod tests {
    use reqwest::Method;
    use serde_json::json;

    use super::*;
    use crate::example;

    static GET_PAIR: Operation = Operation {
        id: "getPair",
        method: Method::GET,
        path: "/pairs/{id}/{idx}/again/{id}",
        security: &[],
        retry_safe: true,
        idempotency_key: None,
    };

    fn call() -> Call {
        let client = example::Client::builder()
            .base_url("http://127.0.0.1:9")
            .build()
            .unwrap();
        client.inner.call(&GET_PAIR)
    }

    fn query(call: &Call) -> Vec<(&str, &str)> {
        (call.query.iter())
            .map(|(n, v)| (n.as_str(), v.as_str()))
            .collect()
    }

    fn config_message(call: &Call) -> &str {
        match &call.error {
            Some(Error::Config(message)) => message,
            other => panic!("expected a configuration error, got {other:?}"),
        }
    }

    #[test]
    fn path_parameter_replaces_every_occurrence_as_one_encoded_segment() {
        let mut call = call();
        call.path_param("id", &"a b/c?d");
        assert_eq!(call.path, "/pairs/a%20b%2Fc%3Fd/{idx}/again/a%20b%2Fc%3Fd");
        call.path_param("idx", &7_u8);
        assert_eq!(call.path, "/pairs/a%20b%2Fc%3Fd/7/again/a%20b%2Fc%3Fd");
        assert!(call.error.is_none());
    }

    #[test]
    fn dot_segments_and_empty_path_parameters_are_refused() {
        for value in ["..", ".", ""] {
            let mut call = call();
            call.path_param("id", &value);
            let message = config_message(&call);
            assert!(
                message.starts_with("getPair: path parameter `id`"),
                "{message}"
            );
            assert!(message.ends_with("not a path segment"), "{message}");
        }
        let mut call = call();
        call.path_param("id", &"...");
        assert!(call.error.is_none(), "`...` is an ordinary segment");
    }

    #[tokio::test]
    async fn missing_path_parameter_is_reported_before_sending() {
        let mut call = call();
        call.path_param("id", &"a");
        match call.send().await {
            Err(Error::Config(message)) => {
                assert!(message.contains("missing path parameter in `/pairs/a/{idx}/again/a`"));
            }
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn query_names_and_values_are_encoded() {
        let mut call = call();
        call.query("a b", &"x&y=z");
        call.query("n", &2.0_f64);
        assert_eq!(query(&call), [("a%20b", "x%26y%3Dz"), ("n", "2")]);
    }

    #[test]
    fn array_query_parameters_follow_their_style() {
        let mut call = call();
        let values = ["a b", "c,d"];
        call.query_array("f", &values, ArrayStyle::Form { explode: true });
        call.query_array("g", &values, ArrayStyle::Form { explode: false });
        call.query_array("s", &values, ArrayStyle::SpaceDelimited);
        call.query_array("p", &values, ArrayStyle::PipeDelimited);
        call.query_array::<&str>("empty", &[], ArrayStyle::Form { explode: false });
        assert_eq!(
            query(&call),
            [
                ("f", "a%20b"),
                ("f", "c%2Cd"),
                ("g", "a%20b,c%2Cd"),
                ("s", "a%20b%20c%2Cd"),
                ("p", "a%20b%7Cc%2Cd"),
            ]
        );
    }

    #[test]
    fn object_query_parameter_is_flattened() {
        let mut call = call();
        call.query_object(
            "filter",
            &json!({"status": "ACTIVE"}),
            ObjectStyle::DeepObject,
        );
        assert_eq!(query(&call), [("filter%5Bstatus%5D", "ACTIVE")]);
    }

    #[test]
    fn cookie_values_are_encoded_and_names_kept() {
        let mut call = call();
        call.cookie_param("pref", &"a b;c=%");
        assert_eq!(call.cookies, ["pref=a%20b%3Bc=%25"]);
    }

    #[test]
    fn invalid_header_parameter_is_remembered_and_the_first_mistake_wins() {
        let mut call = call();
        call.header_param("X-Trace", &"t1");
        assert_eq!(call.headers["x-trace"], "t1");
        call.header_param("X-Trace", &"line\nbreak");
        call.path_param("id", &"..");
        assert!(config_message(&call).contains("header parameter `x-trace`"));
    }

    #[test]
    fn json_and_form_bodies_are_buffered_with_their_content_types() {
        let mut call = call();
        call.json(&json!({"a": 1}));
        assert!(matches!(&call.body, Some(Body::Bytes(b)) if b == "{\"a\":1}"));
        assert_eq!(call.headers[header::CONTENT_TYPE], "application/json");
        call.form(&json!({"a": "x y", "b": [1, 2]}));
        assert!(matches!(&call.body, Some(Body::Bytes(b)) if b == "a=x%20y&b=1&b=2"));
        assert_eq!(
            call.headers[header::CONTENT_TYPE],
            "application/x-www-form-urlencoded"
        );
        assert!(call.error.is_none());
    }

    #[test]
    fn form_body_that_is_not_an_object_is_an_encode_error() {
        let mut call = call();
        call.form(&[1, 2]);
        let Some(Error::Encode(err)) = &call.error else {
            panic!("expected an encode error");
        };
        assert!(err
            .to_string()
            .contains("a form body must be a JSON object, not an array"));
    }

    #[test]
    fn invalid_content_type_is_a_config_error() {
        let mut call = call();
        call.body(reqwest::Body::from("x"), "text/plain\n");
        assert!(config_message(&call).contains("invalid content type"));
        assert!(
            matches!(call.body, Some(Body::Bytes(_))),
            "in-memory bodies stay replayable"
        );
    }
}
