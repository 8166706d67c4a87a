//! The `CreateCreditRequest` model.
/// payload to create credits
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct CreateCreditRequest {
    /// `creditRequests`
    #[serde(rename = "creditRequests")]
    pub credit_requests: Vec<crate::models::CreditRequest>,
}
impl CreateCreditRequest {
    /// Creates a `CreateCreditRequest` from its required fields; optional fields start empty.
    #[allow(deprecated)]
    pub fn new(credit_requests: Vec<crate::models::CreditRequest>) -> Self {
        Self { credit_requests }
    }
}
