//! The `ErrorResponse` model.

use togai_codegen_runtime as rt;

/// The `ErrorResponse` schema.
#[derive(Debug, Clone, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
pub struct ErrorResponse {
    /// error description
    pub message: String,
}

rt::deserialize_struct! {
    ErrorResponse { 0 message "message" required, }
}

impl ErrorResponse {
    /// Creates a `ErrorResponse` from its required fields; optional fields start empty.
    #[allow(deprecated)]
    pub fn new(message: String) -> Self {
        Self { message }
    }
}
