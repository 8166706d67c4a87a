//! The `PricingSchedulePaginatedResponse` model.
/// The `PricingSchedulePaginatedResponse` schema.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct PricingSchedulePaginatedResponse {
    /// `data`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub data: Option<Vec<crate::models::PricingScheduleWithPricePlanId>>,
    /// `nextToken`
    #[serde(rename = "nextToken", default, skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
    /// `previousToken`
    #[serde(
        rename = "previousToken",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub previous_token: Option<String>,
}
