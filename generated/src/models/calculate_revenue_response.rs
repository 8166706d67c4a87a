//! The `CalculateRevenueResponse` model.

use togai_codegen_runtime as rt;

/// The `CalculateRevenueResponse` schema.
#[derive(Debug, Clone, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
pub struct CalculateRevenueResponse {
    /// `currency`
    pub currency: String,
    /// `usageLookupRange`
    #[serde(rename = "usageLookupRange", skip_serializing_if = "Option::is_none")]
    pub usage_lookup_range: Option<crate::models::UsageLookupRange>,
    /// `pricePlanDetails`
    #[serde(rename = "pricePlanDetails")]
    pub price_plan_details: crate::models::PricePlanDetails,
    /// `revenueInfo`
    #[serde(rename = "revenueInfo")]
    pub revenue_info: Vec<crate::models::RevenueInfo>,
}

rt::deserialize_struct! {
    CalculateRevenueResponse { 0 currency "currency" required, 1 usage_lookup_range
    "usageLookupRange" optional, 2 price_plan_details "pricePlanDetails" required, 3
    revenue_info "revenueInfo" required, }
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
