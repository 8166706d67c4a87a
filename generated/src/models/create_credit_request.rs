//! The `CreateCreditRequest` model.
use crate::runtime as rt;
/// payload to create credits
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
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
