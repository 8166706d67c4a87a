//! The `TokenResponse` model.

use togai_codegen_runtime as rt;

/// The `TokenResponse` schema.
#[derive(Debug, Clone, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
pub struct TokenResponse {
    /// `token`
    pub token: String,
}

rt::deserialize_struct! {
    TokenResponse { 0 token "token" required, }
}

impl TokenResponse {
    /// Creates a `TokenResponse` from its required fields; optional fields start empty.
    #[allow(deprecated)]
    pub fn new(token: String) -> Self {
        Self { token }
    }
}
