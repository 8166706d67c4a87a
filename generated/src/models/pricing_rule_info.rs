//! The `PricingRuleInfo` model.
/// Pricing Rule Info
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct PricingRuleInfo {
    /// `id`
    pub id: String,
    /// `name`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// `condition`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub condition: Option<String>,
    /// `computation`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub computation: Option<String>,
}
impl PricingRuleInfo {
    /// Creates a `PricingRuleInfo` from its required fields; optional fields start empty.
    #[allow(deprecated)]
    pub fn new(id: String) -> Self {
        Self {
            id,
            name: None,
            condition: None,
            computation: None,
        }
    }
}
