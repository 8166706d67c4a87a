//! The `ValidatedEntityError` model.
/// The `ValidatedEntityError` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
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
#[allow(deprecated)]
impl<'de> serde::Deserialize<'de> for ValidatedEntityError {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        const FIELDS: &[&str] = &["referenceId", "entityId", "entityType", "errorMessage"];
        struct ValidatedEntityErrorVisitor;
        impl<'de> serde::de::Visitor<'de> for ValidatedEntityErrorVisitor {
            type Value = ValidatedEntityError;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("struct ValidatedEntityError")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<ValidatedEntityError, A::Error> {
                let mut f0: Option<String> = None;
                let mut f1: Option<String> = None;
                let mut f2: Option<String> = None;
                let mut f3: Option<String> = None;
                while let Some(key) = map.next_key_seed(crate::runtime::FieldSeed(FIELDS))? {
                    match key {
                        0 => crate::runtime::field(&mut map, &mut f0, "referenceId"),
                        1 => crate::runtime::field(&mut map, &mut f1, "entityId"),
                        2 => crate::runtime::field(&mut map, &mut f2, "entityType"),
                        3 => crate::runtime::field(&mut map, &mut f3, "errorMessage"),
                        _ => crate::runtime::skip(&mut map),
                    }?;
                }
                Ok(ValidatedEntityError {
                    reference_id: crate::runtime::required(f0, "referenceId")?,
                    entity_id: crate::runtime::required(f1, "entityId")?,
                    entity_type: crate::runtime::required(f2, "entityType")?,
                    error_message: crate::runtime::required(f3, "errorMessage")?,
                })
            }
        }
        deserializer.deserialize_struct("ValidatedEntityError", FIELDS, ValidatedEntityErrorVisitor)
    }
}
impl ValidatedEntityError {
    /// Creates a `ValidatedEntityError` from its required fields; optional fields start empty.
    #[allow(deprecated)]
    pub fn new(
        reference_id: String,
        entity_id: String,
        entity_type: String,
        error_message: String,
    ) -> Self {
        Self {
            reference_id,
            entity_id,
            entity_type,
            error_message,
        }
    }
}
