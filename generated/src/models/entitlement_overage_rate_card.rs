//! The `EntitlementOverageRateCard` model.
/// The `EntitlementOverageRateCard` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct EntitlementOverageRateCard {
    /// Unique Identifier of the attached Feature
    #[serde(rename = "featureId")]
    pub feature_id: String,
    /// Name to be displayed during invoice
    #[serde(
        rename = "displayName",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub display_name: Option<String>,
    /// Unique identifier for the rate card in a price plan. If left null it is auto-generated.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// A tag string to group rate cards
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tag: Option<String>,
    /// Maximum quantity allowed for the feature, if not specified, unlimited quantity is allowed
    #[serde(
        rename = "maxQuantity",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub max_quantity: Option<f64>,
    /// `ratePlan`
    #[serde(rename = "ratePlan")]
    pub rate_plan: crate::models::RatePlan,
    /// `rateValues`
    #[serde(rename = "rateValues")]
    pub rate_values: Vec<crate::models::RateValue>,
    /// `billingConfig`
    #[serde(
        rename = "billingConfig",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub billing_config: Option<crate::models::BillingConfig>,
}
impl EntitlementOverageRateCard {
    /// Creates a `EntitlementOverageRateCard` from its required fields; optional fields start empty.
    #[allow(deprecated)]
    pub fn new(
        feature_id: String,
        rate_plan: crate::models::RatePlan,
        rate_values: Vec<crate::models::RateValue>,
    ) -> Self {
        Self {
            feature_id,
            display_name: None,
            name: None,
            tag: None,
            max_quantity: None,
            rate_plan,
            rate_values,
            billing_config: None,
        }
    }
}
