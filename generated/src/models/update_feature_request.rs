//! The `UpdateFeatureRequest` model.

use togai_codegen_runtime as rt;

/// Update a Feature properties
#[derive(Debug, Clone, Default, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
pub struct UpdateFeatureRequest {
    /// Name of the feature
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Billable name of addon. Billable name takes precedence over name to display in invoice.
    #[serde(rename = "billableName", skip_serializing_if = "Option::is_none")]
    pub billable_name: Option<String>,
    /// Association of a feature with event_schemas
    #[serde(rename = "schemaAssociations", skip_serializing_if = "Option::is_none")]
    pub schema_associations: Option<Vec<crate::models::EventSchemasForFeature>>,
}

rt::deserialize_struct! {
    UpdateFeatureRequest { 0 name "name" optional, 1 billable_name "billableName"
    optional, 2 schema_associations "schemaAssociations" optional, }
}
