//! The `CalculateRevenueResponseV2` model.

use togai_codegen_runtime as rt;

/// The `CalculateRevenueResponseV2` schema.
#[derive(Debug, Clone, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
pub struct CalculateRevenueResponseV2 {
    /// `currency`
    pub currency: String,
    /// `usageLookupRange`
    #[serde(rename = "usageLookupRange", skip_serializing_if = "Option::is_none")]
    pub usage_lookup_range: Option<crate::models::UsageLookupRange>,
    /// `revenueInfo`
    #[serde(rename = "revenueInfo")]
    pub revenue_info: Vec<crate::models::RevenueInfoV2>,
}

rt::deserialize_struct! {
    CalculateRevenueResponseV2 { 0 currency "currency" required, 1 usage_lookup_range
    "usageLookupRange" optional, 2 revenue_info "revenueInfo" required, }
}

impl CalculateRevenueResponseV2 {
    /// Creates a `CalculateRevenueResponseV2` from its required fields; optional fields start empty.
    #[allow(deprecated)]
    pub fn new(currency: String, revenue_info: Vec<crate::models::RevenueInfoV2>) -> Self {
        Self {
            currency,
            usage_lookup_range: None,
            revenue_info,
        }
    }
}
