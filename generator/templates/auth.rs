//! Credentials that refresh: a [`TokenProvider`] set with
//! [`ClientBuilder::token_provider`](crate::ClientBuilder::token_provider) gives the token of
//! every HTTP bearer scheme. The client caches the token, fetches it once for concurrent calls,
//! refreshes it [`REFRESH_MARGIN`] before it expires (or at half its lifetime, if shorter),
//! keeps using it while it is valid when a refresh fails, and after a 401 fetches a new one
//! and repeats the request once. Implement the trait for a token source of your own (a secret
//! store, an OAuth server).
{%- if let Some(x) = exchange %}
//!
//! [`TokenExchange`] is this API's own provider: it calls
//! [`{{ x.method }}`](crate::apis::{{ x.api }}::{{ x.method_name }}) (`{{ x.http }}`) with the
//! API key as bearer credential, reads the token from the response's `{{ x.field }}`, and uses
//! it until {{ x.until }}.
//!
//! ```no_run
//! # fn main() -> {{ lib }}::Result<()> {
//! use {{ lib }}::auth::TokenExchange;
//!
//! let client = {{ lib }}::Client::builder()
//!     .token_provider(TokenExchange::new(std::env::var("API_KEY").unwrap_or_default()))
//!     .build()?;
//! # let _ = client; Ok(()) }
//! ```
{%- endif %}

use togai_codegen_runtime as rt;

pub use rt::{
    BoxError, Token, TokenContext, TokenFuture, TokenProvider, REFRESH_MARGIN, RETRY_REFRESH_AFTER,
};
{%- if let Some(x) = exchange %}

pub use rt::TokenExchange;

/// The token operation, for [`TokenExchange`].
pub(crate) static TOKEN_EXCHANGE: rt::TokenExchangeSpec = rt::TokenExchangeSpec {
    operation: &{{ x.static_init }},
    token_field: {{ x.field_lit }},
    lifetime: {{ x.lifetime }},
};
{%- endif %}
