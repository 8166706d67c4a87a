//! The `ErrorResponse` model.

use togai_codegen_runtime as rt;

/// The `ErrorResponse` schema.
#[derive(Debug, Clone, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
#[non_exhaustive]
pub struct ErrorResponse {
    /// error description
    pub message: String,
}

rt::deserialize_struct! {
    ErrorResponse {
        0 message "message" required,
    }
}
impl ErrorResponse {
    /// A new value from the required fields; set the others with the `with_` methods.
    pub fn new(message: impl Into<String>) -> Self {
        Self {
            message: message.into(),
        }
    }
}
