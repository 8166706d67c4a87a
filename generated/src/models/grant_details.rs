//! The `GrantDetails` model.

use togai_codegen_runtime as rt;

/// Grant details of Credit Grant Rate Card
#[derive(Debug, Clone, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
#[non_exhaustive]
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
    GrantDetails {
        0 priority "priority" required,
        1 expiry_type "expiryType" required,
        2 expiry_duration "expiryDuration" optional,
        3 applicable_entity_ids "applicableEntityIds" optional,
    }
}
impl GrantDetails {
    /// A new value from the required fields; set the others with the `with_` methods.
    pub fn new(
        priority: impl Into<i64>,
        expiry_type: impl Into<crate::models::ExpiryType>,
    ) -> Self {
        Self {
            priority: priority.into(),
            expiry_type: expiry_type.into(),
            expiry_duration: None,
            applicable_entity_ids: None,
        }
    }

    /// Sets `expiry_duration` (`expiryDuration`); until set, it is left out.
    pub fn with_expiry_duration(mut self, value: impl Into<String>) -> Self {
        self.expiry_duration = Some(value.into());
        self
    }

    /// Sets `applicable_entity_ids` (`applicableEntityIds`); until set, it is left out.
    pub fn with_applicable_entity_ids(mut self, value: impl Into<Vec<String>>) -> Self {
        self.applicable_entity_ids = Some(value.into());
        self
    }
}
