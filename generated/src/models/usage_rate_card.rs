//! The `UsageRateCard` model.

use togai_codegen_runtime as rt;

/// The `UsageRateCard` schema.
#[derive(Debug, Clone, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
pub struct UsageRateCard {
    /// Name your rate card, this will be displayed in the Togai App
    #[serde(rename = "displayName", skip_serializing_if = "Option::is_none")]
    pub display_name: Option<String>,
    /// Unique identifier for the rate card in a price plan. If left null it is auto-generated.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// A tag string to group usageRateCards
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tag: Option<String>,
    /// `usageMeterId`
    #[serde(rename = "usageMeterId")]
    pub usage_meter_id: String,
    /// `ratePlan`
    #[serde(rename = "ratePlan")]
    pub rate_plan: crate::models::RatePlan,
    /// `rateValues`
    #[serde(rename = "rateValues")]
    pub rate_values: Vec<crate::models::RateValue>,
}

rt::deserialize_struct! {
    UsageRateCard { 0 display_name "displayName" optional, 1 name "name" optional, 2 tag
    "tag" optional, 3 usage_meter_id "usageMeterId" required, 4 rate_plan "ratePlan"
    required, 5 rate_values "rateValues" required, }
}

impl UsageRateCard {
    /// Creates a `UsageRateCard` from its required fields; optional fields start empty.
    #[allow(deprecated)]
    pub fn new(
        usage_meter_id: String,
        rate_plan: crate::models::RatePlan,
        rate_values: Vec<crate::models::RateValue>,
    ) -> Self {
        Self {
            display_name: None,
            name: None,
            tag: None,
            usage_meter_id,
            rate_plan,
            rate_values,
        }
    }
}
