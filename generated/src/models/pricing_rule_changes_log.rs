//! The `PricingRuleChangesLog` model.
/// Pricing Rules Logs Changes
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct PricingRuleChangesLog {
    /// `key`
    pub key: String,
    /// `keyName`
    #[serde(rename = "keyName", default, skip_serializing_if = "Option::is_none")]
    pub key_name: Option<String>,
    /// `oldRevenue`
    #[serde(rename = "oldRevenue")]
    pub old_revenue: f64,
    /// `newRevenue`
    #[serde(rename = "newRevenue")]
    pub new_revenue: f64,
    /// `oldUsage`
    #[serde(rename = "oldUsage", default, skip_serializing_if = "Option::is_none")]
    pub old_usage: Option<f64>,
    /// `newUsage`
    #[serde(rename = "newUsage", default, skip_serializing_if = "Option::is_none")]
    pub new_usage: Option<f64>,
    /// `errorMessage`
    #[serde(
        rename = "errorMessage",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub error_message: Option<String>,
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
