//! Streams over every item of a paginated list operation.

use super::error::{Error, ErrorBody};
use super::future::BodyFuture;

/// A list request whose responses carry a continuation token.
#[doc(hidden)]
pub trait Paginated: Clone + Send + Sync + 'static {
    /// One response.
    type Page: Send;
    /// One element of a page.
    type Item: Send + 'static;
    /// The crate's error body type.
    type ErrorBody: ErrorBody;
    /// The same request asking for the page after `token`.
    fn with_page_token(self, token: String) -> Self;
    /// Sends the request.
    fn fetch(self) -> BodyFuture<Self::Page, Self::ErrorBody>;
    /// The items of a page and the token of the next one.
    fn split_page(page: Self::Page) -> (Vec<Self::Item>, Option<String>);
}

/// Every item of every page, in order, fetching pages lazily.
///
/// Ends when the next-page token is absent or empty, after yielding an error, or when the
/// server repeats the token it was just given (which would otherwise loop forever).
#[doc(hidden)]
pub fn paginate<R: Paginated>(
    first: R,
) -> impl futures_core::Stream<Item = Result<R::Item, Error<R::ErrorBody>>> + Send + 'static {
    struct State<R: Paginated> {
        next: Option<R>,
        sent_token: Option<String>,
        items: std::vec::IntoIter<R::Item>,
    }
    let state = State {
        next: Some(first),
        sent_token: None,
        items: Vec::new().into_iter(),
    };
    futures_util::stream::unfold(state, |mut state| async move {
        loop {
            if let Some(item) = state.items.next() {
                return Some((Ok(item), state));
            }
            let request = state.next.take()?;
            match request.clone().fetch().await {
                Ok(page) => {
                    let (items, token) = R::split_page(page);
                    state.items = items.into_iter();
                    let token =
                        token.filter(|t| !t.is_empty() && Some(t) != state.sent_token.as_ref());
                    state.next = token.clone().map(|t| request.with_page_token(t));
                    state.sent_token = token;
                }
                // `next` is already `None`, so the stream ends after this error.
                Err(err) => return Some((Err(err), state)),
            }
        }
    })
}
