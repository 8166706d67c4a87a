//! Responses: the raw response handed to the generated code, and the typed [`Response`] and
//! [`Redirect`] it is mapped to.

use bytes::Bytes;
use reqwest::header::{self, HeaderMap};

use super::error::{ApiError, DecodeError, Error};
use super::json_path::error_path;
use super::spec::{ErrorCase, Operation, StatusMatch};

/// Longest body snippet kept in a [`DecodeError`] and used as an [`ApiError`] message.
pub(crate) const SNIPPET_LIMIT: usize = 512;
/// Longest raw error body kept in an [`ApiError`].
const RAW_BODY_LIMIT: usize = 4096;
/// Headers servers put their request id in, most common first.
const REQUEST_ID_HEADERS: [&str; 3] = ["x-request-id", "x-amzn-requestid", "request-id"];

/// At most `max` bytes of `body` as text, cut on a character boundary.
fn snippet(body: &[u8], max: usize) -> String {
    // A few extra bytes so a character split by the slice is dropped whole below.
    let text = String::from_utf8_lossy(&body[..body.len().min(max + 4)]);
    let mut end = text.len().min(max);
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    text[..end].to_owned()
}

/// The server's request id, from the first of [`REQUEST_ID_HEADERS`] present.
fn request_id(headers: &HeaderMap) -> Option<String> {
    REQUEST_ID_HEADERS
        .iter()
        .find_map(|name| Some(headers.get(*name)?.to_str().ok()?.to_owned()))
}

/// A response whose body has been read, before it is mapped to a model.
#[doc(hidden)]
#[derive(Debug)]
pub struct RawResponse {
    op: &'static Operation,
    status: u16,
    headers: HeaderMap,
    body: Bytes,
}

impl RawResponse {
    /// A response of `op` whose body has been read.
    pub(crate) fn new(
        op: &'static Operation,
        status: u16,
        headers: HeaderMap,
        body: Bytes,
    ) -> Self {
        RawResponse {
            op,
            status,
            headers,
            body,
        }
    }

    /// The HTTP status.
    pub fn status(&self) -> u16 {
        self.status
    }

    /// The response headers.
    pub fn headers(&self) -> &HeaderMap {
        &self.headers
    }

    /// The body as read.
    pub(crate) fn body(&self) -> &Bytes {
        &self.body
    }

    fn wrap<T>(self, body: T) -> Response<T> {
        Response {
            status: self.status,
            headers: self.headers,
            body,
        }
    }

    /// Decodes the JSON body; failures name the JSON path.
    pub fn json<T: serde::de::DeserializeOwned, B>(self) -> Result<Response<T>, Error<B>> {
        match serde_json::from_slice(&self.body) {
            Ok(value) => Ok(self.wrap(value)),
            Err(source) => Err(Error::Decode(self.decode_error(source))),
        }
    }

    fn decode_error(&self, source: serde_json::Error) -> Box<DecodeError> {
        Box::new(DecodeError {
            operation: self.op.id,
            status: self.status,
            path: error_path(&self.body, &source),
            request_id: request_id(&self.headers),
            body_snippet: snippet(&self.body, SNIPPET_LIMIT),
            source,
        })
    }

    /// A response without body (or whose body is ignored) mapped to `value`.
    pub fn empty<T>(self, value: T) -> Response<T> {
        self.wrap(value)
    }

    /// The body as text (invalid UTF-8 replaced).
    pub fn text<B>(self) -> Result<Response<String>, Error<B>> {
        let text = String::from_utf8_lossy(&self.body).into_owned();
        Ok(self.wrap(text))
    }

    /// The body as bytes.
    pub fn bytes<B>(self) -> Result<Response<Bytes>, Error<B>> {
        let body = self.body.clone();
        Ok(self.wrap(body))
    }

    /// A redirect response (never followed, so credentials stay with the configured server).
    pub fn redirect<B>(self) -> Result<Response<Redirect>, Error<B>> {
        let location = self
            .headers
            .get(header::LOCATION)
            .and_then(|v| v.to_str().ok());
        match location {
            Some(location) => {
                let redirect = Redirect {
                    status: self.status,
                    location: location.to_owned(),
                };
                Ok(self.wrap(redirect))
            }
            None => Err(Error::UnexpectedResponse {
                status: self.status,
                message: format!(
                    "{}: redirect response without a valid Location header",
                    self.op.id
                ),
            }),
        }
    }

    /// The error for a status the operation does not declare as success, with the body typed
    /// by the first matching case of `errors` (exact status, then class, then default).
    pub fn into_error<B>(self, errors: &'static [ErrorCase<B>]) -> Error<B> {
        if self.status < 300 {
            return Error::UnexpectedResponse {
                status: self.status,
                message: format!(
                    "{}: undeclared success status; body: {}",
                    self.op.id,
                    snippet(&self.body, SNIPPET_LIMIT)
                ),
            };
        }
        let status = self.status;
        let wanted = [
            StatusMatch::Code(status),
            StatusMatch::Range(status / 100),
            StatusMatch::Default,
        ];
        let case = (wanted.iter()).find_map(|m| errors.iter().find(|c| c.status == *m));
        Error::Api(Box::new(ApiError {
            status: self.status,
            request_id: request_id(&self.headers),
            body: case.and_then(|c| (c.decode)(&self.body)),
            raw_body: snippet(&self.body, RAW_BODY_LIMIT),
            headers: self.headers,
        }))
    }
}

/// A successful response: status, headers and the decoded body.
#[derive(Debug, Clone)]
pub struct Response<T> {
    status: u16,
    headers: HeaderMap,
    body: T,
}

impl<T> Response<T> {
    /// The HTTP status.
    pub fn status(&self) -> u16 {
        self.status
    }

    /// The response headers.
    pub fn headers(&self) -> &HeaderMap {
        &self.headers
    }

    /// The server's request id (`x-request-id`, `x-amzn-requestid` or `request-id`), if any.
    pub fn request_id(&self) -> Option<&str> {
        REQUEST_ID_HEADERS
            .iter()
            .find_map(|name| self.headers.get(*name)?.to_str().ok())
    }

    /// The decoded body.
    pub fn body(&self) -> &T {
        &self.body
    }

    /// The decoded body, dropping status and headers.
    pub fn into_body(self) -> T {
        self.body
    }

    /// Status, headers and body.
    pub fn into_parts(self) -> (u16, HeaderMap, T) {
        (self.status, self.headers, self.body)
    }

    /// The same response with its body transformed.
    pub fn map<U>(self, f: impl FnOnce(T) -> U) -> Response<U> {
        Response {
            status: self.status,
            headers: self.headers,
            body: f(self.body),
        }
    }
}

/// A redirect returned by an operation that declares one. Redirects are never followed.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Redirect {
    /// The 3xx status.
    pub status: u16,
    /// The `Location` header, as sent (it may be relative).
    pub location: String,
}

#[cfg(test)]
mod tests {
    use reqwest::header::HeaderValue;
    use reqwest::Method;

    use super::*;
    use crate::example;

    static GET_THING: Operation = Operation {
        id: "getThing",
        method: Method::GET,
        path: "/things/{id}",
        security: &[],
        retry_safe: true,
        idempotency_key: None,
    };

    /// Which error case decoded a body.
    #[derive(Debug, PartialEq)]
    enum Case {
        Exact,
        Class,
        Default,
    }

    /// Listed from least to most specific: the order of the table must not matter.
    static CASES: &[ErrorCase<Case>] = &[
        ErrorCase {
            status: StatusMatch::Default,
            decode: |_| Some(Case::Default),
        },
        ErrorCase {
            status: StatusMatch::Range(4),
            decode: |_| Some(Case::Class),
        },
        ErrorCase {
            status: StatusMatch::Code(404),
            decode: |_| Some(Case::Exact),
        },
    ];

    static NO_DEFAULT: &[ErrorCase<Case>] = &[ErrorCase {
        status: StatusMatch::Code(404),
        decode: |_| Some(Case::Exact),
    }];

    fn raw(status: u16, headers: &[(&'static str, &'static str)], body: &str) -> RawResponse {
        let mut map = HeaderMap::new();
        for (name, value) in headers {
            map.append(*name, HeaderValue::from_static(value));
        }
        RawResponse::new(
            &GET_THING,
            status,
            map,
            Bytes::copy_from_slice(body.as_bytes()),
        )
    }

    fn case_of(status: u16, errors: &'static [ErrorCase<Case>]) -> Option<Case> {
        match raw(status, &[], "").into_error(errors) {
            Error::Api(err) => {
                assert_eq!(err.status(), status);
                err.body
            }
            other => panic!("{other:?}"),
        }
    }

    #[derive(Debug, serde::Deserialize)]
    #[allow(dead_code)]
    struct Thing {
        id: String,
        size: u32,
    }

    #[test]
    fn error_case_is_the_exact_status_then_its_class_then_the_default() {
        assert_eq!(case_of(404, CASES), Some(Case::Exact));
        assert_eq!(case_of(409, CASES), Some(Case::Class));
        assert_eq!(case_of(500, CASES), Some(Case::Default));
        assert_eq!(case_of(304, CASES), Some(Case::Default));
        assert_eq!(case_of(500, NO_DEFAULT), None);
    }

    #[test]
    fn error_keeps_request_id_headers_and_raw_body_even_when_the_body_does_not_decode() {
        let err =
            raw(503, &[("x-request-id", "r-1")], "<html>down</html>").into_error(example::ERRORS);
        let api = err.api().unwrap();
        assert!(api.body().is_none());
        assert_eq!(api.raw_body(), "<html>down</html>");
        assert_eq!(api.request_id(), Some("r-1"));
        assert_eq!(
            err.to_string(),
            "HTTP 503 Service Unavailable: <html>down</html> (request id r-1)"
        );
    }

    #[test]
    fn error_body_is_decoded_by_the_example_table() {
        let err = raw(422, &[], r#"{"message":"bad name"}"#).into_error(example::ERRORS);
        let body = err.api().and_then(ApiError::body);
        assert_eq!(
            body,
            Some(&example::ErrorBody::Message(example::MessageBody {
                message: "bad name".into()
            }))
        );
    }

    #[test]
    fn raw_error_body_is_truncated_to_4_kib() {
        let big = "x".repeat(2 * RAW_BODY_LIMIT);
        let err = raw(500, &[], &big).into_error(CASES);
        assert_eq!(err.api().unwrap().raw_body().len(), RAW_BODY_LIMIT);
    }

    #[test]
    fn undeclared_success_status_is_an_unexpected_response() {
        match raw(299, &[], "{\"ok\":true}").into_error(CASES) {
            Error::UnexpectedResponse { status, message } => {
                assert_eq!(status, 299);
                assert!(
                    message.starts_with("getThing: undeclared success status"),
                    "{message}"
                );
                assert!(message.ends_with("{\"ok\":true}"), "{message}");
            }
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn json_decodes_the_body_and_keeps_status_and_headers() {
        let response = raw(201, &[("request-id", "r-9")], r#"{"id":"a","size":3}"#)
            .json::<Thing, example::ErrorBody>()
            .unwrap();
        assert_eq!(
            (response.status(), response.request_id()),
            (201, Some("r-9"))
        );
        assert_eq!(response.body().size, 3);
        let (status, _, thing) = response.map(|t| t.id).into_parts();
        assert_eq!((status, thing.as_str()), (201, "a"));
    }

    #[test]
    fn json_decode_error_has_path_request_id_operation_and_snippet() {
        let body = r#"{"id":"a","size":"big"}"#;
        let headers = [("x-amzn-requestid", "amzn-1"), ("request-id", "generic-1")];
        let Err(Error::Decode(err)) = raw(200, &headers, body).json::<Thing, example::ErrorBody>()
        else {
            panic!("a string is not a size");
        };
        assert_eq!(
            (err.operation(), err.status(), err.path()),
            ("getThing", 200, "size")
        );
        assert_eq!(
            err.request_id(),
            Some("amzn-1"),
            "first request id header wins"
        );
        assert_eq!(err.body_snippet(), body);
    }

    #[test]
    fn decode_error_snippet_is_cut_on_a_char_boundary() {
        let body = format!("[{}", "€".repeat(SNIPPET_LIMIT));
        let Err(Error::Decode(err)) = raw(200, &[], &body).json::<Vec<u32>, example::ErrorBody>()
        else {
            panic!("not numbers");
        };
        // `[` and 170 whole `€`: 511 bytes.
        assert_eq!(err.body_snippet().len(), 1 + (SNIPPET_LIMIT - 1) / 3 * 3);
        assert_eq!(err.path(), "[0]");
    }

    #[test]
    fn redirect_returns_the_location_as_sent() {
        let response = raw(302, &[("location", "/files/1")], "")
            .redirect::<example::ErrorBody>()
            .unwrap();
        assert_eq!(
            response.into_body(),
            Redirect {
                status: 302,
                location: "/files/1".into()
            }
        );
    }

    #[test]
    fn redirect_without_location_is_an_unexpected_response() {
        match raw(303, &[], "").redirect::<example::ErrorBody>() {
            Err(Error::UnexpectedResponse { status, message }) => {
                assert_eq!(status, 303);
                assert!(
                    message.starts_with("getThing: redirect response without"),
                    "{message}"
                );
            }
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn text_replaces_invalid_utf8_and_bytes_keep_the_body() {
        let response = || {
            let body = Bytes::from_static(b"a\xffb");
            RawResponse::new(&GET_THING, 200, HeaderMap::new(), body)
        };
        assert_eq!(
            response().text::<example::ErrorBody>().unwrap().into_body(),
            "a\u{fffd}b"
        );
        assert_eq!(
            &response()
                .bytes::<example::ErrorBody>()
                .unwrap()
                .into_body()[..],
            b"a\xffb"
        );
    }
}
