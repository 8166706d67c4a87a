//! The `ValidatedEntityError` model.

use togai_codegen_runtime as rt;

/// The `ValidatedEntityError` schema.
#[derive(Debug, Clone, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
#[non_exhaustive]
pub struct ValidatedEntityError {
    /// Reference ID of the entity, can be Schedule Id or Purchase Id
    #[serde(rename = "referenceId")]
    pub reference_id: String,
    /// Identifier of the entity
    #[serde(rename = "entityId")]
    pub entity_id: String,
    /// Type of the entity, can be Rate card or Pricing rule
    #[serde(rename = "entityType")]
    pub entity_type: String,
    /// Error message for the validation
    #[serde(rename = "errorMessage")]
    pub error_message: String,
}

rt::deserialize_struct! {
    ValidatedEntityError {
        0 reference_id "referenceId" required,
        1 entity_id "entityId" required,
        2 entity_type "entityType" required,
        3 error_message "errorMessage" required,
    }
}
impl ValidatedEntityError {
    /// A new value from the required fields; set the others with the `with_` methods.
    pub fn new(
        reference_id: impl Into<String>,
        entity_id: impl Into<String>,
        entity_type: impl Into<String>,
        error_message: impl Into<String>,
    ) -> Self {
        Self {
            reference_id: reference_id.into(),
            entity_id: entity_id.into(),
            entity_type: entity_type.into(),
            error_message: error_message.into(),
        }
    }
}
