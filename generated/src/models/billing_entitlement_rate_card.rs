//! The `BillingEntitlementRateCard` model.

use togai_codegen_runtime as rt;

/// Billing Entitlement rate card
#[derive(Debug, Clone, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
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
    BillingEntitlementRateCard { 0 feature_id "featureId" required, 1 feature_configs
    "featureConfigs" required, 2 tag "tag" optional, 3 invoice_timing "invoiceTiming"
    required, 4 display_name "displayName" optional, 5 name "name" optional, 6 rate_plan
    "ratePlan" required, 7 rate_values "rateValues" required, 8 recurrence_config
    "recurrenceConfig" optional, }
}

impl BillingEntitlementRateCard {
    /// Creates a `BillingEntitlementRateCard` from its required fields; optional fields start empty.
    #[allow(deprecated)]
    pub fn new(
        feature_id: String,
        feature_configs: Vec<crate::models::FeatureConfig>,
        invoice_timing: crate::models::InvoiceTiming,
        rate_plan: crate::models::RatePlan,
        rate_values: Vec<crate::models::RateValue>,
    ) -> Self {
        Self {
            feature_id,
            feature_configs,
            tag: None,
            invoice_timing,
            display_name: None,
            name: None,
            rate_plan,
            rate_values,
            recurrence_config: None,
        }
    }
}
