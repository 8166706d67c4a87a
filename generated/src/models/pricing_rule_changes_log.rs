//! The `PricingRuleChangesLog` model.

use togai_codegen_runtime as rt;

/// Pricing Rules Logs Changes
#[derive(Debug, Clone, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
pub struct PricingRuleChangesLog {
    /// `key`
    pub key: String,
    /// `keyName`
    #[serde(rename = "keyName", skip_serializing_if = "Option::is_none")]
    pub key_name: Option<String>,
    /// `oldRevenue`
    #[serde(rename = "oldRevenue")]
    pub old_revenue: f64,
    /// `newRevenue`
    #[serde(rename = "newRevenue")]
    pub new_revenue: f64,
    /// `oldUsage`
    #[serde(rename = "oldUsage", skip_serializing_if = "Option::is_none")]
    pub old_usage: Option<f64>,
    /// `newUsage`
    #[serde(rename = "newUsage", skip_serializing_if = "Option::is_none")]
    pub new_usage: Option<f64>,
    /// `errorMessage`
    #[serde(rename = "errorMessage", skip_serializing_if = "Option::is_none")]
    pub error_message: Option<String>,
}

rt::deserialize_struct! {
    PricingRuleChangesLog { 0 key "key" required, 1 key_name "keyName" optional, 2
    old_revenue "oldRevenue" required, 3 new_revenue "newRevenue" required, 4 old_usage
    "oldUsage" optional, 5 new_usage "newUsage" optional, 6 error_message "errorMessage"
    optional, }
}

impl PricingRuleChangesLog {
    /// Creates a `PricingRuleChangesLog` from its required fields; optional fields start empty.
    #[allow(deprecated)]
    pub fn new(key: String, old_revenue: f64, new_revenue: f64) -> Self {
        Self {
            key,
            key_name: None,
            old_revenue,
            new_revenue,
            old_usage: None,
            new_usage: None,
            error_message: None,
        }
    }
}
