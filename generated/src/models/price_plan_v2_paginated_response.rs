//! The `PricePlanV2PaginatedResponse` model.

use togai_codegen_runtime as rt;

/// Paginated response for price plan
#[derive(Debug, Clone, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
#[non_exhaustive]
pub struct PricePlanV2PaginatedResponse {
    /// `data`
    pub data: Vec<crate::models::PricePlanV2>,
    /// `nextToken`
    #[serde(rename = "nextToken", skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
}

rt::deserialize_struct! {
    PricePlanV2PaginatedResponse {
        0 data "data" required,
        1 next_token "nextToken" optional,
    }
}
impl PricePlanV2PaginatedResponse {
    /// A new value from the required fields; set the others with the `with_` methods.
    pub fn new(data: impl Into<Vec<crate::models::PricePlanV2>>) -> Self {
        Self {
            data: data.into(),
            next_token: None,
        }
    }

    /// Sets `next_token` (`nextToken`); until set, it is left out.
    pub fn with_next_token(mut self, value: impl Into<String>) -> Self {
        self.next_token = Some(value.into());
        self
    }
}
