//! The `PricePlanInfo` model.
/// The `PricePlanInfo` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct PricePlanInfo {
    /// `name`
    pub name: String,
    /// `description`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
}
impl PricePlanInfo {
    /// Creates a `PricePlanInfo` from its required fields; optional fields start empty.
    #[allow(deprecated)]
    pub fn new(name: String) -> Self {
        Self {
            name,
            description: None,
        }
    }
}
