//! The seam between the executor and the network: each attempt of a call is one
//! [`Transport::send`]. Everything above it (credentials, retries, `Retry-After`, deadlines,
//! pagination, decoding, tracing) runs the same over any transport.

use std::fmt;
use std::future::Future;
use std::pin::Pin;

use super::token::BoxError;

/// What [`Transport::send`] returns: boxed, so that the trait is object-safe and the executor
/// stays one non-generic function.
pub type TransportFuture =
    Pin<Box<dyn Future<Output = Result<reqwest::Response, TransportError>> + Send + 'static>>;

/// Sends one attempt of a call: the request the executor built (URL, headers with credentials,
/// body, the attempt's timeout) in, the response or a failure out.
///
/// Set with [`ClientBuilder::transport`](crate::ClientBuilder::transport); without one the
/// client's `reqwest::Client` sends the request. A transport that wraps another is the place
/// for middleware: logging, metrics, request signing.
///
/// ```
/// use std::sync::atomic::{AtomicUsize, Ordering};
/// use std::sync::Arc;
/// use togai_codegen_runtime::{reqwest, Transport, TransportFuture};
///
/// /// Counts attempts (retries included) and adds a header to each.
/// struct Counting<T> {
///     inner: T,
///     attempts: Arc<AtomicUsize>,
/// }
///
/// impl<T: Transport> Transport for Counting<T> {
///     fn send(&self, mut request: reqwest::Request) -> TransportFuture {
///         self.attempts.fetch_add(1, Ordering::Relaxed);
///         request.headers_mut().insert("x-signed", "yes".parse().unwrap());
///         self.inner.send(request)
///     }
/// }
///
/// let attempts = Arc::new(AtomicUsize::new(0));
/// let http = togai_codegen_runtime::http_client_builder().build().unwrap();
/// let transport = Counting { inner: http, attempts: attempts.clone() };
/// // With a generated crate: `Client::builder().transport(transport).build()?`.
/// # let _ = transport;
/// ```
pub trait Transport: Send + Sync + 'static {
    /// Sends `request` and resolves to the response, whose body is read afterwards (within
    /// the client's `max_response_bytes`). The request's `timeout` is the attempt's, cut to the
    /// call's deadline; a transport that does not send through reqwest should honour it.
    fn send(&self, request: reqwest::Request) -> TransportFuture;
}

/// The default transport: reqwest.
impl Transport for reqwest::Client {
    fn send(&self, request: reqwest::Request) -> TransportFuture {
        let sent = self.execute(request);
        Box::pin(async move { sent.await.map_err(TransportError::Http) })
    }
}

impl<T: Transport + ?Sized> Transport for std::sync::Arc<T> {
    fn send(&self, request: reqwest::Request) -> TransportFuture {
        (**self).send(request)
    }
}

/// Why a transport did not give a response.
#[non_exhaustive]
pub enum TransportError {
    /// reqwest's failure: classified as always (connect errors are retried, timeouts may be
    /// [`Error::Deadline`](crate::Error::Deadline), the rest retried only when retry-safe).
    Http(reqwest::Error),
    /// The transport's own refusal (a mock with no matching rule, a signing failure): the call
    /// fails with [`Error::Config`](crate::Error::Config) carrying its message, never retried,
    /// since the request may not be sendable at all.
    Refused(BoxError),
}

impl TransportError {
    /// A refusal with this message.
    pub fn refused(message: impl Into<String>) -> Self {
        TransportError::Refused(message.into().into())
    }
}

impl From<reqwest::Error> for TransportError {
    fn from(err: reqwest::Error) -> Self {
        TransportError::Http(err)
    }
}

impl fmt::Debug for TransportError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            TransportError::Http(err) => f.debug_tuple("Http").field(err).finish(),
            TransportError::Refused(err) => f.debug_tuple("Refused").field(err).finish(),
        }
    }
}

impl fmt::Display for TransportError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            TransportError::Http(err) => err.fmt(f),
            TransportError::Refused(err) => err.fmt(f),
        }
    }
}

impl std::error::Error for TransportError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            TransportError::Http(err) => Some(err),
            TransportError::Refused(err) => Some(&**err),
        }
    }
}

#[cfg(test)]
mod tests {
    use std::sync::atomic::{AtomicUsize, Ordering};
    use std::sync::Arc;

    use super::*;
    use crate::spec::Operation;
    use crate::{example, Error};

    static CREATE: Operation = Operation {
        id: "createThing",
        method: reqwest::Method::POST,
        path: "/things",
        security: &[],
        retry_safe: true,
        idempotency_key: None,
    };

    /// Refuses every request, recording what it was given.
    struct Refusing {
        attempts: Arc<AtomicUsize>,
        seen: Arc<std::sync::Mutex<Vec<String>>>,
    }

    impl Transport for Refusing {
        fn send(&self, request: reqwest::Request) -> TransportFuture {
            self.attempts.fetch_add(1, Ordering::Relaxed);
            let agent = request.headers().get("user-agent").cloned();
            let line = format!("{} {} {agent:?}", request.method(), request.url());
            self.seen.lock().unwrap().push(line);
            Box::pin(std::future::ready(Err(TransportError::refused("no route"))))
        }
    }

    #[tokio::test]
    async fn the_built_request_goes_through_the_transport_and_a_refusal_is_not_retried() {
        let attempts = Arc::new(AtomicUsize::new(0));
        let seen = Arc::default();
        let client = example::Client::builder()
            .base_url("http://127.0.0.1:9/api")
            .transport(Refusing {
                attempts: attempts.clone(),
                seen: Arc::clone(&seen),
            })
            .build()
            .unwrap();
        let mut call = client.inner.call(&CREATE);
        call.query("a", &"b c");
        match call.send().await {
            Err(Error::Config(message)) => assert_eq!(message, "createThing: no route"),
            other => panic!("expected the refusal, got {other:?}"),
        }
        // Retry-safe, yet sent once: a refusal is not a transport failure.
        assert_eq!(attempts.load(Ordering::Relaxed), 1);
        let seen = seen.lock().unwrap();
        assert_eq!(seen.len(), 1);
        assert!(
            seen[0].starts_with("POST http://127.0.0.1:9/api/things?a=b%20c Some("),
            "{}",
            seen[0]
        );
    }
}
