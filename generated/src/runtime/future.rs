//! What the `send` methods of operations return.
//!
//! Named futures rather than `async fn`s: an `async fn` per operation is a state machine per
//! operation for the compiler to type-check, borrow-check and prove `Send`, which was most of
//! the cost of compiling the API modules. These types are checked once; an operation only
//! passes its decoding function (its statuses and response types).
use super::error::Result;
use super::response::{RawResponse, Response};
use std::fmt;
use std::future::Future;
use std::pin::Pin;
use std::task::{Context, Poll};
/// The sending of a call, before decoding: [`Call::send`](super::Call::send), boxed once so
/// that every operation shares it.
pub(super) type Sending = Pin<Box<dyn Future<Output = Result<RawResponse>> + Send>>;
/// A request on its way: resolves to the decoded response with its status and headers.
/// Returned by the `send_with_response` method of every request builder; nothing is sent until
/// it is awaited (or polled).
#[must_use = "a request does nothing until it is awaited"]
pub struct ResponseFuture<T> {
    sending: Sending,
    decode: fn(RawResponse) -> Result<Response<T>>,
}
impl<T> ResponseFuture<T> {
    pub(super) fn new(sending: Sending, decode: fn(RawResponse) -> Result<Response<T>>) -> Self {
        ResponseFuture { sending, decode }
    }
    /// Resolves to the body only, as the `send` methods do.
    pub fn into_body(self) -> BodyFuture<T> {
        BodyFuture(self)
    }
}
impl<T> Future for ResponseFuture<T> {
    type Output = Result<Response<T>>;
    fn poll(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Self::Output> {
        let decode = self.decode;
        self.sending
            .as_mut()
            .poll(cx)
            .map(|sent| sent.and_then(decode))
    }
}
impl<T> fmt::Debug for ResponseFuture<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("ResponseFuture")
    }
}
/// A request on its way: resolves to the decoded response body. Returned by the `send` method
/// of every request builder; nothing is sent until it is awaited (or polled).
#[must_use = "a request does nothing until it is awaited"]
pub struct BodyFuture<T>(ResponseFuture<T>);
impl<T> Future for BodyFuture<T> {
    type Output = Result<T>;
    fn poll(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Self::Output> {
        Pin::new(&mut self.0)
            .poll(cx)
            .map(|response| response.map(Response::into_body))
    }
}
impl<T> fmt::Debug for BodyFuture<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("BodyFuture")
    }
}
