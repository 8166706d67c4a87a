//! The `PricePlanPaginatedResponse` model.

use togai_codegen_runtime as rt;

/// The `PricePlanPaginatedResponse` schema.
#[derive(Debug, Clone, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
pub struct PricePlanPaginatedResponse {
    /// `data`
    pub data: Vec<crate::models::PricePlanListData>,
    /// `nextToken`
    #[serde(rename = "nextToken", skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
    /// `context`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub context: Option<crate::models::PaginationOptions>,
}

rt::deserialize_struct! {
    PricePlanPaginatedResponse { 0 data "data" required, 1 next_token "nextToken"
    optional, 2 context "context" optional, }
}

impl PricePlanPaginatedResponse {
    /// Creates a `PricePlanPaginatedResponse` from its required fields; optional fields start empty.
    #[allow(deprecated)]
    pub fn new(data: Vec<crate::models::PricePlanListData>) -> Self {
        Self {
            data,
            next_token: None,
            context: None,
        }
    }
}
