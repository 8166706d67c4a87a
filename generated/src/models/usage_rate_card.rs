//! The `UsageRateCard` model.

use togai_codegen_runtime as rt;

/// The `UsageRateCard` schema.
#[derive(Debug, Clone, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
#[non_exhaustive]
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
    UsageRateCard {
        0 display_name "displayName" optional,
        1 name "name" optional,
        2 tag "tag" optional,
        3 usage_meter_id "usageMeterId" required,
        4 rate_plan "ratePlan" required,
        5 rate_values "rateValues" required,
    }
}
impl UsageRateCard {
    /// A new value from the required fields; set the others with the `with_` methods.
    pub fn new(
        usage_meter_id: impl Into<String>,
        rate_plan: impl Into<crate::models::RatePlan>,
        rate_values: impl Into<Vec<crate::models::RateValue>>,
    ) -> Self {
        Self {
            display_name: None,
            name: None,
            tag: None,
            usage_meter_id: usage_meter_id.into(),
            rate_plan: rate_plan.into(),
            rate_values: rate_values.into(),
        }
    }

    /// Sets `display_name` (`displayName`); until set, it is left out.
    pub fn with_display_name(mut self, value: impl Into<String>) -> Self {
        self.display_name = Some(value.into());
        self
    }

    /// Sets `name`; until set, it is left out.
    pub fn with_name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }

    /// Sets `tag`; until set, it is left out.
    pub fn with_tag(mut self, value: impl Into<String>) -> Self {
        self.tag = Some(value.into());
        self
    }
}
