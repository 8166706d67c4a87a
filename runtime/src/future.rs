//! What the `send` methods of operations return.
//!
//! Named futures rather than `async fn`s: an `async fn` per operation is a state machine per
//! operation for the compiler to type-check, borrow-check and prove `Send`, which was most of
//! the cost of compiling the API modules. These types are checked once; an operation only
//! passes its decoding function (its statuses and response types).

use std::fmt;
use std::future::Future;
use std::pin::Pin;
use std::task::{Context, Poll};

use super::error::{Error, Result};
use super::response::{RawResponse, Response};

/// The sending of a call, before decoding: [`Call::send`](super::Call::send), boxed once so
/// that every operation shares it. It is not generic, so the executor is compiled once, here.
pub(crate) type Sending = Pin<Box<dyn Future<Output = Result<RawResponse>> + Send>>;

/// How an operation maps a response to its result: its statuses, response types and error
/// table.
pub type Decode<T, B> = fn(RawResponse) -> std::result::Result<Response<T>, Error<B>>;

/// A request on its way: resolves to the decoded response with its status and headers.
/// Returned by the `send_with_response` method of every request builder; nothing is sent until
/// it is awaited (or polled). `B` is the generated crate's error body type.
#[must_use = "a request does nothing until it is awaited"]
pub struct ResponseFuture<T, B> {
    sending: Sending,
    decode: Decode<T, B>,
    /// Whose runtime [`wait`](Self::wait) drives the call on.
    #[cfg(feature = "blocking")]
    client: crate::Client,
}

impl<T, B> ResponseFuture<T, B> {
    pub(crate) fn new(
        sending: Sending,
        decode: Decode<T, B>,
        #[cfg(feature = "blocking")] client: crate::Client,
    ) -> Self {
        ResponseFuture {
            sending,
            decode,
            #[cfg(feature = "blocking")]
            client,
        }
    }

    /// Resolves to the body only, as the `send` methods do.
    pub fn into_body(self) -> BodyFuture<T, B> {
        BodyFuture(self)
    }

    /// Waits for the response, blocking this thread (feature `blocking`): the call is driven
    /// on a runtime the client starts for its blocking calls. Inside an async runtime it fails
    /// with [`Error::Config`] rather than block that runtime's thread.
    #[cfg(feature = "blocking")]
    pub fn wait(self) -> std::result::Result<Response<T>, Error<B>> {
        let client = self.client.clone();
        client.block_on(self)
    }
}

impl<T, B> Future for ResponseFuture<T, B> {
    type Output = std::result::Result<Response<T>, Error<B>>;

    fn poll(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Self::Output> {
        let decode = self.decode;
        (self.sending.as_mut().poll(cx)).map(|sent| sent.map_err(Error::widen).and_then(decode))
    }
}

impl<T, B> fmt::Debug for ResponseFuture<T, B> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("ResponseFuture")
    }
}

/// A request on its way: resolves to the decoded response body. Returned by the `send` method
/// of every request builder; nothing is sent until it is awaited (or polled).
#[must_use = "a request does nothing until it is awaited"]
pub struct BodyFuture<T, B>(ResponseFuture<T, B>);

impl<T, B> Future for BodyFuture<T, B> {
    type Output = std::result::Result<T, Error<B>>;

    fn poll(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Self::Output> {
        Pin::new(&mut self.0)
            .poll(cx)
            .map(|response| response.map(Response::into_body))
    }
}

impl<T, B> BodyFuture<T, B> {
    /// Waits for the body, blocking this thread (feature `blocking`); see
    /// [`ResponseFuture::wait`].
    #[cfg(feature = "blocking")]
    pub fn wait(self) -> std::result::Result<T, Error<B>> {
        self.0.wait().map(Response::into_body)
    }
}

impl<T, B> fmt::Debug for BodyFuture<T, B> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("BodyFuture")
    }
}
