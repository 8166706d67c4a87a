//! The `UpdateFeatureRequest` model.
/// Update a Feature properties
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct UpdateFeatureRequest {
    /// Name of the feature
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Billable name of addon. Billable name takes precedence over name to display in invoice.
    #[serde(
        rename = "billableName",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub billable_name: Option<String>,
    /// Association of a feature with event_schemas
    #[serde(
        rename = "schemaAssociations",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub schema_associations: Option<Vec<crate::models::EventSchemasForFeature>>,
}
