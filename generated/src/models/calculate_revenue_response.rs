//! The `CalculateRevenueResponse` model.

use togai_codegen_runtime as rt;

/// The `CalculateRevenueResponse` schema.
#[derive(Debug, Clone, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
#[non_exhaustive]
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
    CalculateRevenueResponse {
        0 currency "currency" required,
        1 usage_lookup_range "usageLookupRange" optional,
        2 price_plan_details "pricePlanDetails" required,
        3 revenue_info "revenueInfo" required,
    }
}
impl CalculateRevenueResponse {
    /// A new value from the required fields; set the others with the `with_` methods.
    pub fn new(
        currency: impl Into<String>,
        price_plan_details: impl Into<crate::models::PricePlanDetails>,
        revenue_info: impl Into<Vec<crate::models::RevenueInfo>>,
    ) -> Self {
        Self {
            currency: currency.into(),
            usage_lookup_range: None,
            price_plan_details: price_plan_details.into(),
            revenue_info: revenue_info.into(),
        }
    }

    /// Sets `usage_lookup_range` (`usageLookupRange`); until set, it is left out.
    pub fn with_usage_lookup_range(
        mut self,
        value: impl Into<crate::models::UsageLookupRange>,
    ) -> Self {
        self.usage_lookup_range = Some(value.into());
        self
    }
}
