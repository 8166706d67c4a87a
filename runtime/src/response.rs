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
