//! The `PricingSchedulePaginatedResponse` model.

use togai_codegen_runtime as rt;

/// The `PricingSchedulePaginatedResponse` schema.
#[derive(Debug, Clone, Default, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
pub struct PricingSchedulePaginatedResponse {
    /// `data`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub data: Option<Vec<crate::models::PricingScheduleWithPricePlanId>>,
    /// `nextToken`
    #[serde(rename = "nextToken", skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
    /// `previousToken`
    #[serde(rename = "previousToken", skip_serializing_if = "Option::is_none")]
    pub previous_token: Option<String>,
}

rt::deserialize_struct! {
    PricingSchedulePaginatedResponse { 0 data "data" optional, 1 next_token "nextToken"
    optional, 2 previous_token "previousToken" optional, }
}
