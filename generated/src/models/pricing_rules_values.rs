//! The `PricingRulesValues` model.
/// The `PricingRulesValues` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct PricingRulesValues {
    /// `name`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// `value`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value: Option<String>,
}
impl PricingRulesValues {
    /// Creates a `PricingRulesValues` from its required fields; optional fields start empty.
    #[allow(deprecated)]
    pub fn new() -> Self {
        Self {
            name: None,
            value: None,
        }
    }
}
