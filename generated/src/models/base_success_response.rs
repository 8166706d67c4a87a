//! The `BaseSuccessResponse` model.

use togai_codegen_runtime as rt;

/// The `BaseSuccessResponse` schema.
#[derive(Debug, Clone, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
#[non_exhaustive]
pub struct BaseSuccessResponse {
    /// `success`
    pub success: bool,
}

rt::deserialize_struct! {
    BaseSuccessResponse {
        0 success "success" required,
    }
}
impl BaseSuccessResponse {
    /// A new value from the required fields; set the others with the `with_` methods.
    pub fn new(success: impl Into<bool>) -> Self {
        Self {
            success: success.into(),
        }
    }
}
