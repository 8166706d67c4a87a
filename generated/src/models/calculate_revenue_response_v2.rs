//! The `CalculateRevenueResponseV2` model.

use togai_codegen_runtime as rt;

/// The `CalculateRevenueResponseV2` schema.
#[derive(Debug, Clone, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
#[non_exhaustive]
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
    CalculateRevenueResponseV2 {
        0 currency "currency" required,
        1 usage_lookup_range "usageLookupRange" optional,
        2 revenue_info "revenueInfo" required,
    }
}
impl CalculateRevenueResponseV2 {
    /// A new value from the required fields; set the others with the `with_` methods.
    pub fn new(
        currency: impl Into<String>,
        revenue_info: impl Into<Vec<crate::models::RevenueInfoV2>>,
    ) -> Self {
        Self {
            currency: currency.into(),
            usage_lookup_range: None,
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
