//! The `TokenResponse` model.
/// The `TokenResponse` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct TokenResponse {
    /// `token`
    pub token: String,
}
impl TokenResponse {
    /// Creates a `TokenResponse` from its required fields; optional fields start empty.
    #[allow(deprecated)]
    pub fn new(token: String) -> Self {
        Self { token }
    }
}
