//! The `CreateCreditResponse` model.

use togai_codegen_runtime as rt;

/// The `CreateCreditResponse` schema.
#[derive(Debug, Clone, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
#[non_exhaustive]
pub struct CreateCreditResponse {
    /// `credits`
    pub credits: Vec<crate::models::Credit>,
}

rt::deserialize_struct! {
    CreateCreditResponse {
        0 credits "credits" required,
    }
}
impl CreateCreditResponse {
    /// A new value from the required fields; set the others with the `with_` methods.
    pub fn new(credits: impl Into<Vec<crate::models::Credit>>) -> Self {
        Self {
            credits: credits.into(),
        }
    }
}
