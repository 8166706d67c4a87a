//! The `CalculateRevenueResponse` model.
/// The `CalculateRevenueResponse` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct CalculateRevenueResponse {
    /// `currency`
    pub currency: String,
    /// `usageLookupRange`
    #[serde(
        rename = "usageLookupRange",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub usage_lookup_range: Option<crate::models::UsageLookupRange>,
    /// `pricePlanDetails`
    #[serde(rename = "pricePlanDetails")]
    pub price_plan_details: crate::models::PricePlanDetails,
    /// `revenueInfo`
    #[serde(rename = "revenueInfo")]
    pub revenue_info: Vec<crate::models::RevenueInfo>,
}
impl CalculateRevenueResponse {
    /// Creates a `CalculateRevenueResponse` from its required fields; optional fields start empty.
    #[allow(deprecated)]
    pub fn new(
        currency: String,
        price_plan_details: crate::models::PricePlanDetails,
        revenue_info: Vec<crate::models::RevenueInfo>,
    ) -> Self {
        Self {
            currency,
            usage_lookup_range: None,
            price_plan_details,
            revenue_info,
        }
    }
}
