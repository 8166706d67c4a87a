//! The `GrantDetails` model.

use togai_codegen_runtime as rt;

/// Grant details of Credit Grant Rate Card
#[derive(Debug, Clone, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
pub struct GrantDetails {
    /// `priority`
    pub priority: i64,
    /// `expiryType`
    #[serde(rename = "expiryType")]
    pub expiry_type: crate::models::ExpiryType,
    /// `expiryDuration`
    #[serde(rename = "expiryDuration", skip_serializing_if = "Option::is_none")]
    pub expiry_duration: Option<String>,
    /// `applicableEntityIds`
    #[serde(
        rename = "applicableEntityIds",
        skip_serializing_if = "Option::is_none"
    )]
    pub applicable_entity_ids: Option<Vec<String>>,
}

rt::deserialize_struct! {
    GrantDetails { 0 priority "priority" required, 1 expiry_type "expiryType" required, 2
    expiry_duration "expiryDuration" optional, 3 applicable_entity_ids
    "applicableEntityIds" optional, }
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
