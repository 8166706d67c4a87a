//! The `TokenResponse` model.

use togai_codegen_runtime as rt;

/// The `TokenResponse` schema.
#[derive(Clone, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
#[non_exhaustive]
pub struct TokenResponse {
    /// `token`
    pub token: String,
}

/// Shows every field but the secrets, which read `<redacted>`.
#[allow(deprecated)]
impl std::fmt::Debug for TokenResponse {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("TokenResponse")
            .field("token", &rt::REDACTED)
            .finish()
    }
}

rt::deserialize_struct! {
    TokenResponse {
        0 token "token" required,
    }
}
impl TokenResponse {
    /// A new value from the required fields; set the others with the `with_` methods.
    pub fn new(token: impl Into<String>) -> Self {
        Self {
            token: token.into(),
        }
    }
}
