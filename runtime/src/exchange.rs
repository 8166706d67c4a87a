//! The built-in [`TokenProvider`] of API descriptions whose token operation exchanges an API
//! key for a bearer token (`crate.token_exchange` in the generator's settings).

use std::fmt;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use base64::Engine as _;
use reqwest::header::HeaderValue;

use super::error::{config, Error, NoErrorBody};
use super::headers::REDACTED;
use super::token::{BoxError, Token, TokenContext, TokenFuture, TokenProvider};

/// A [`TokenProvider`] that exchanges an API key for a token through the API's token
/// operation (the generated crate's `auth` module says which one): it calls that operation
/// with the key as bearer credential (`Authorization: Bearer <api key>`) and reads the token
/// from its JSON response. The token is used until it expires: the `exp` claim when the token
/// is a JWT (read from its payload, without checking the signature, which is the server's
/// business), else the lifetime the generator's settings give. It is refreshed before then, and
/// after a 401, as [`TokenProvider`] describes.
///
/// The exchange is sent through the client it is set on (its base URL, HTTP client, timeout,
/// retry policy and deadline), with the key instead of the client's credentials. `Debug`
/// never shows the key.
///
/// ```no_run
/// # use togai_codegen_runtime::example as my_api;
/// # fn main() -> my_api::Result<()> {
/// let client = my_api::Client::builder()
///     .token_provider(togai_codegen_runtime::TokenExchange::new(
///         std::env::var("API_KEY").unwrap_or_default(),
///     ))
///     .build()?;
/// # let _ = client; Ok(()) }
/// ```
#[derive(Clone)]
pub struct TokenExchange {
    /// `Bearer <api key>`, marked sensitive; `None` if the key is not a valid header value.
    header: Option<HeaderValue>,
}

impl TokenExchange {
    /// Exchanges `api_key`. A key that is empty or not a valid header value makes every
    /// exchange fail with [`Error::Config`] (as the source of [`Error::TokenProvider`]).
    pub fn new(api_key: impl Into<String>) -> Self {
        let api_key = api_key.into();
        let header = (!api_key.is_empty())
            .then(|| HeaderValue::from_str(&format!("Bearer {api_key}")).ok())
            .flatten()
            .map(|mut header| {
                header.set_sensitive(true);
                header
            });
        TokenExchange { header }
    }

    async fn exchange(&self, context: &TokenContext<'_>) -> Result<Token, BoxError> {
        let client = context.client;
        let Some(spec) = client.inner.document.token_exchange else {
            return Err(Box::new(config(
                "TokenExchange: the API description has no token operation \
                 (crate.token_exchange in the generator's settings)",
            )));
        };
        let Some(header) = &self.header else {
            return Err(Box::new(config(
                "TokenExchange: the API key is empty or not a valid header value",
            )));
        };
        let op = spec.operation;
        let mut call = client.call(op);
        call.authorization(header.clone());
        let response = call.send().await?;
        let status = response.status();
        if !(200..300).contains(&status) {
            return Err(Box::new(response.into_error::<NoErrorBody>(&[])));
        }
        // The body holds the token: errors never quote it.
        let secret = serde_json::from_slice::<serde_json::Value>(response.body())
            .ok()
            .and_then(|body| Some(body.get(spec.token_field)?.as_str()?.to_owned()))
            .filter(|token| !token.is_empty())
            .ok_or_else(|| Error::<NoErrorBody>::UnexpectedResponse {
                status,
                message: format!(
                    "{}: the response has no non-empty string field `{}`",
                    op.id, spec.token_field
                ),
            })?;
        let expires_at = jwt_expiry(&secret)
            .or_else(|| spec.lifetime.and_then(|l| context.now().checked_add(l)));
        let token = Token::new(secret);
        Ok(match expires_at {
            Some(at) => token.expires_at(at),
            None => token,
        })
    }
}

impl TokenProvider for TokenExchange {
    fn fetch_token<'a>(&'a self, context: &'a TokenContext<'_>) -> TokenFuture<'a> {
        Box::pin(self.exchange(context))
    }
}

impl fmt::Debug for TokenExchange {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("TokenExchange")
            .field("api_key", &REDACTED)
            .finish()
    }
}

/// The `exp` claim of a JWT (`header.payload.signature`, each base64url), if `token` is one
/// whose payload is a JSON object with a numeric `exp` (seconds since the Unix epoch).
pub(crate) fn jwt_expiry(token: &str) -> Option<SystemTime> {
    let mut parts = token.split('.');
    let (_header, payload, _signature) = (parts.next()?, parts.next()?, parts.next()?);
    if parts.next().is_some() {
        return None;
    }
    let engine = base64::engine::GeneralPurpose::new(
        &base64::alphabet::URL_SAFE,
        base64::engine::GeneralPurposeConfig::new()
            .with_decode_padding_mode(base64::engine::DecodePaddingMode::Indifferent),
    );
    let payload = engine.decode(payload).ok()?;
    let claims: serde_json::Value = serde_json::from_slice(&payload).ok()?;
    let exp = claims.get("exp")?.as_f64()?;
    UNIX_EPOCH.checked_add(Duration::try_from_secs_f64(exp).ok()?)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn b64(text: &str) -> String {
        base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(text)
    }

    fn jwt(claims: &str) -> String {
        format!("{}.{}.sig", b64(r#"{"alg":"HS256"}"#), b64(claims))
    }

    #[test]
    fn exp_of_a_jwt_is_its_expiry() {
        let at = UNIX_EPOCH + Duration::from_secs(1_900_000_000);
        assert_eq!(
            jwt_expiry(&jwt(r#"{"sub":"a","exp":1900000000}"#)),
            Some(at)
        );
        // Padded base64url is read too, and fractions of a second kept.
        let padded = format!(
            "h.{}.s",
            base64::engine::general_purpose::URL_SAFE.encode(r#"{"exp":1.5}"#)
        );
        assert_eq!(
            jwt_expiry(&padded),
            Some(UNIX_EPOCH + Duration::from_millis(1500))
        );
    }

    #[test]
    fn tokens_that_are_not_jwts_with_exp_have_no_expiry() {
        for token in [
            "opaque-token".to_owned(),
            "a.b".to_owned(),
            "a.b.c.d".to_owned(),
            "h.!!!.s".to_owned(),
            jwt("not json"),
            jwt(r#"{"sub":"a"}"#),
            jwt(r#"{"exp":"tomorrow"}"#),
            jwt(r#"{"exp":-5}"#),
            jwt("[1]"),
        ] {
            assert_eq!(jwt_expiry(&token), None, "{token}");
        }
    }

    #[test]
    fn debug_never_shows_the_api_key() {
        let debug = format!("{:?}", TokenExchange::new("key-SECRET"));
        assert!(!debug.contains("SECRET"), "{debug}");
    }
}
