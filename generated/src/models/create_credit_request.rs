//! The `CreateCreditRequest` model.

use togai_codegen_runtime as rt;

/// payload to create credits
#[derive(Debug, Clone, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
pub struct CreateCreditRequest {
    /// `creditRequests`
    #[serde(rename = "creditRequests")]
    pub credit_requests: Vec<crate::models::CreditRequest>,
}

rt::deserialize_struct! {
    CreateCreditRequest { 0 credit_requests "creditRequests" required, }
}

impl CreateCreditRequest {
    /// Creates a `CreateCreditRequest` from its required fields; optional fields start empty.
    #[allow(deprecated)]
    pub fn new(credit_requests: Vec<crate::models::CreditRequest>) -> Self {
        Self { credit_requests }
    }
}
