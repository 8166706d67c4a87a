//! The `ListPaymentResponse` model.

use togai_codegen_runtime as rt;

/// List payments response
#[derive(Debug, Clone, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
pub struct ListPaymentResponse {
    /// `data`
    pub data: Vec<crate::models::Payment>,
    /// `nextToken`
    #[serde(rename = "nextToken", skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
}

rt::deserialize_struct! {
    ListPaymentResponse { 0 data "data" required, 1 next_token "nextToken" optional, }
}

impl ListPaymentResponse {
    /// Creates a `ListPaymentResponse` from its required fields; optional fields start empty.
    #[allow(deprecated)]
    pub fn new(data: Vec<crate::models::Payment>) -> Self {
        Self {
            data,
            next_token: None,
        }
    }
}
