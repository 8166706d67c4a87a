//! The `GrantDetails` model.
/// Grant details of Credit Grant Rate Card
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct GrantDetails {
    /// `priority`
    pub priority: i64,
    /// `expiryType`
    #[serde(rename = "expiryType")]
    pub expiry_type: crate::models::ExpiryType,
    /// `expiryDuration`
    #[serde(
        rename = "expiryDuration",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub expiry_duration: Option<String>,
    /// `applicableEntityIds`
    #[serde(
        rename = "applicableEntityIds",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub applicable_entity_ids: Option<Vec<String>>,
}
impl GrantDetails {
    /// Creates a `GrantDetails` from its required fields; optional fields start empty.
    #[allow(deprecated)]
    pub fn new(priority: i64, expiry_type: crate::models::ExpiryType) -> Self {
        Self {
            priority,
            expiry_type,
            expiry_duration: None,
            applicable_entity_ids: None,
        }
    }
}
