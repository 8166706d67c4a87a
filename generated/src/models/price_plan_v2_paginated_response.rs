//! The `PricePlanV2PaginatedResponse` model.

use togai_codegen_runtime as rt;

/// Paginated response for price plan
#[derive(Debug, Clone, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
pub struct PricePlanV2PaginatedResponse {
    /// `data`
    pub data: Vec<crate::models::PricePlanV2>,
    /// `nextToken`
    #[serde(rename = "nextToken", skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
}

rt::deserialize_struct! {
    PricePlanV2PaginatedResponse { 0 data "data" required, 1 next_token "nextToken"
    optional, }
}

impl PricePlanV2PaginatedResponse {
    /// Creates a `PricePlanV2PaginatedResponse` from its required fields; optional fields start empty.
    #[allow(deprecated)]
    pub fn new(data: Vec<crate::models::PricePlanV2>) -> Self {
        Self {
            data,
            next_token: None,
        }
    }
}
