//! The `TokenResponse` model.
use crate::runtime as rt;
/// The `TokenResponse` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
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
