//! The `CreateFeatureRequest` model.

use togai_codegen_runtime as rt;

/// Create a Feature stand-alone or associate it with schemas
#[derive(Debug, Clone, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
pub struct CreateFeatureRequest {
    /// Name of the feature
    pub name: String,
    /// Billable name of feature. Billable name takes precedence over name to display in invoice.
    #[serde(rename = "billableName", skip_serializing_if = "Option::is_none")]
    pub billable_name: Option<String>,
    /// Association of a feature with event_schemas
    #[serde(rename = "schemaAssociations")]
    pub schema_associations: Vec<crate::models::EventSchemasForFeature>,
}

rt::deserialize_struct! {
    CreateFeatureRequest { 0 name "name" required, 1 billable_name "billableName"
    optional, 2 schema_associations "schemaAssociations" required, }
}

impl CreateFeatureRequest {
    /// Creates a `CreateFeatureRequest` from its required fields; optional fields start empty.
    #[allow(deprecated)]
    pub fn new(
        name: String,
        schema_associations: Vec<crate::models::EventSchemasForFeature>,
    ) -> Self {
        Self {
            name,
            billable_name: None,
            schema_associations,
        }
    }
}
