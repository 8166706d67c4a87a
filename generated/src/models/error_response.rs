//! The `ErrorResponse` model.
/// The `ErrorResponse` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ErrorResponse {
    /// error description
    pub message: String,
}
impl ErrorResponse {
    /// Creates a `ErrorResponse` from its required fields; optional fields start empty.
    #[allow(deprecated)]
    pub fn new(message: String) -> Self {
        Self { message }
    }
}
