//! The `CreateCreditResponse` model.

use togai_codegen_runtime as rt;

/// The `CreateCreditResponse` schema.
#[derive(Debug, Clone, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
pub struct CreateCreditResponse {
    /// `credits`
    pub credits: Vec<crate::models::Credit>,
}

rt::deserialize_struct! {
    CreateCreditResponse { 0 credits "credits" required, }
}

impl CreateCreditResponse {
    /// Creates a `CreateCreditResponse` from its required fields; optional fields start empty.
    #[allow(deprecated)]
    pub fn new(credits: Vec<crate::models::Credit>) -> Self {
        Self { credits }
    }
}
