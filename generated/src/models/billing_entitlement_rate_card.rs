//! The `BillingEntitlementRateCard` model.

use togai_codegen_runtime as rt;

/// Billing Entitlement rate card
#[derive(Debug, Clone, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
#[non_exhaustive]
pub struct BillingEntitlementRateCard {
    /// `featureId`
    #[serde(rename = "featureId")]
    pub feature_id: String,
    /// `featureConfigs`
    #[serde(rename = "featureConfigs")]
    pub feature_configs: Vec<crate::models::FeatureConfig>,
    /// A tag string to group rate cards
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tag: Option<String>,
    /// `invoiceTiming`
    #[serde(rename = "invoiceTiming")]
    pub invoice_timing: crate::models::InvoiceTiming,
    /// Name your rate card, this will be used in invoice
    #[serde(rename = "displayName", skip_serializing_if = "Option::is_none")]
    pub display_name: Option<String>,
    /// Unique identifier for the rate card in a price plan. If left null it is auto-generated.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// `ratePlan`
    #[serde(rename = "ratePlan")]
    pub rate_plan: crate::models::RatePlan,
    /// `rateValues`
    #[serde(rename = "rateValues")]
    pub rate_values: Vec<crate::models::RateValue>,
    /// `recurrenceConfig`
    #[serde(rename = "recurrenceConfig", skip_serializing_if = "Option::is_none")]
    pub recurrence_config: Option<crate::models::RecurrenceConfig>,
}

rt::deserialize_struct! {
    BillingEntitlementRateCard {
        0 feature_id "featureId" required,
        1 feature_configs "featureConfigs" required,
        2 tag "tag" optional,
        3 invoice_timing "invoiceTiming" required,
        4 display_name "displayName" optional,
        5 name "name" optional,
        6 rate_plan "ratePlan" required,
        7 rate_values "rateValues" required,
        8 recurrence_config "recurrenceConfig" optional,
    }
}
impl BillingEntitlementRateCard {
    /// A new value from the required fields; set the others with the `with_` methods.
    pub fn new(
        feature_id: impl Into<String>,
        feature_configs: impl Into<Vec<crate::models::FeatureConfig>>,
        invoice_timing: impl Into<crate::models::InvoiceTiming>,
        rate_plan: impl Into<crate::models::RatePlan>,
        rate_values: impl Into<Vec<crate::models::RateValue>>,
    ) -> Self {
        Self {
            feature_id: feature_id.into(),
            feature_configs: feature_configs.into(),
            tag: None,
            invoice_timing: invoice_timing.into(),
            display_name: None,
            name: None,
            rate_plan: rate_plan.into(),
            rate_values: rate_values.into(),
            recurrence_config: None,
        }
    }

    /// Sets `tag`; until set, it is left out.
    pub fn with_tag(mut self, value: impl Into<String>) -> Self {
        self.tag = Some(value.into());
        self
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

    /// Sets `recurrence_config` (`recurrenceConfig`); until set, it is left out.
    pub fn with_recurrence_config(
        mut self,
        value: impl Into<crate::models::RecurrenceConfig>,
    ) -> Self {
        self.recurrence_config = Some(value.into());
        self
    }
}
