//! The `BaseSuccessResponse` model.

use togai_codegen_runtime as rt;

/// The `BaseSuccessResponse` schema.
#[derive(Debug, Clone, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
pub struct BaseSuccessResponse {
    /// `success`
    pub success: bool,
}

rt::deserialize_struct! {
    BaseSuccessResponse { 0 success "success" required, }
}

impl BaseSuccessResponse {
    /// Creates a `BaseSuccessResponse` from its required fields; optional fields start empty.
    #[allow(deprecated)]
    pub fn new(success: bool) -> Self {
        Self { success }
    }
}
