//! The `RateCardPaginatedResponse` model.

use togai_codegen_runtime as rt;

/// Paginated response for rate card
#[derive(Debug, Clone, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
pub struct RateCardPaginatedResponse {
    /// `data`
    pub data: Vec<crate::models::RateCard>,
    /// `nextToken`
    #[serde(rename = "nextToken", skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
}

rt::deserialize_struct! {
    RateCardPaginatedResponse { 0 data "data" required, 1 next_token "nextToken"
    optional, }
}

impl RateCardPaginatedResponse {
    /// Creates a `RateCardPaginatedResponse` from its required fields; optional fields start empty.
    #[allow(deprecated)]
    pub fn new(data: Vec<crate::models::RateCard>) -> Self {
        Self {
            data,
            next_token: None,
        }
    }
}
