//! The `EventSchemasForFeature` model.

use togai_codegen_runtime as rt;

/// event_schema details that are in association with feature
#[derive(Debug, Clone, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
#[non_exhaustive]
pub struct EventSchemasForFeature {
    /// `schemaName`
    #[serde(rename = "schemaName")]
    pub schema_name: String,
    /// `attributeName`
    #[serde(rename = "attributeName")]
    pub attribute_name: String,
}

rt::deserialize_struct! {
    EventSchemasForFeature {
        0 schema_name "schemaName" required,
        1 attribute_name "attributeName" required,
    }
}
impl EventSchemasForFeature {
    /// A new value from the required fields; set the others with the `with_` methods.
    pub fn new(schema_name: impl Into<String>, attribute_name: impl Into<String>) -> Self {
        Self {
            schema_name: schema_name.into(),
            attribute_name: attribute_name.into(),
        }
    }
}
