//! The `CreateCreditRequest` model.

use togai_codegen_runtime as rt;

/// payload to create credits
#[derive(Debug, Clone, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
#[non_exhaustive]
pub struct CreateCreditRequest {
    /// `creditRequests`
    #[serde(rename = "creditRequests")]
    pub credit_requests: Vec<crate::models::CreditRequest>,
}

rt::deserialize_struct! {
    CreateCreditRequest {
        0 credit_requests "creditRequests" required,
    }
}
impl CreateCreditRequest {
    /// A new value from the required fields; set the others with the `with_` methods.
    pub fn new(credit_requests: impl Into<Vec<crate::models::CreditRequest>>) -> Self {
        Self {
            credit_requests: credit_requests.into(),
        }
    }
}
