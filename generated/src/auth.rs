//! Credentials that refresh: a [`TokenProvider`] set with
//! [`ClientBuilder::token_provider`](crate::ClientBuilder::token_provider) gives the token of
//! every HTTP bearer scheme. The client caches the token, fetches it once for concurrent calls,
//! refreshes it [`REFRESH_MARGIN`] before it expires (or at half its lifetime, if shorter),
//! keeps using it while it is valid when a refresh fails, and after a 401 fetches a new one
//! and repeats the request once. Implement the trait for a token source of your own (a secret
//! store, an OAuth server).
//!
//! [`TokenExchange`] is this API's own provider: it calls
//! [`authentication().authenticate()`](crate::apis::AuthenticationApi::authenticate) (`POST /authenticate`) with the
//! API key as bearer credential, reads the token from the response's `token`, and uses
//! it until its `exp` claim when it is a JWT, else for 24 hours.
//!
//! ```no_run
//! # fn main() -> togai_client::Result<()> {
//! use togai_client::auth::TokenExchange;
//!
//! let client = togai_client::Client::builder()
//!     .token_provider(TokenExchange::new(std::env::var("API_KEY").unwrap_or_default()))
//!     .build()?;
//! # let _ = client; Ok(()) }
//! ```

pub use rt::{
    BoxError, Token, TokenContext, TokenFuture, TokenProvider, REFRESH_MARGIN, RETRY_REFRESH_AFTER,
};
use togai_codegen_runtime as rt;

pub use rt::TokenExchange;

/// The token operation, for [`TokenExchange`].
pub(crate) static TOKEN_EXCHANGE: rt::TokenExchangeSpec = rt::TokenExchangeSpec {
    operation: &rt::Operation {
        id: "authenticate",
        method: rt::reqwest::Method::POST,
        path: "/authenticate",
        security: &[&["bearerAuth"]],
        retry_safe: false,
        idempotency_key: None,
    },
    token_field: "token",
    lifetime: Some(std::time::Duration::from_secs(86400)),
};
