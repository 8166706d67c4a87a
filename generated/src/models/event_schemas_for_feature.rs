//! The `EventSchemasForFeature` model.

use togai_codegen_runtime as rt;

/// event_schema details that are in association with feature
#[derive(Debug, Clone, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
pub struct EventSchemasForFeature {
    /// `schemaName`
    #[serde(rename = "schemaName")]
    pub schema_name: String,
    /// `attributeName`
    #[serde(rename = "attributeName")]
    pub attribute_name: String,
}

rt::deserialize_struct! {
    EventSchemasForFeature { 0 schema_name "schemaName" required, 1 attribute_name
    "attributeName" required, }
}

impl EventSchemasForFeature {
    /// Creates a `EventSchemasForFeature` from its required fields; optional fields start empty.
    #[allow(deprecated)]
    pub fn new(schema_name: String, attribute_name: String) -> Self {
        Self {
            schema_name,
            attribute_name,
        }
    }
}
