//! The `UpdateFeatureRequest` model.
/// Update a Feature properties
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
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
impl UpdateFeatureRequest {
    /// Creates a `UpdateFeatureRequest` from its required fields; optional fields start empty.
    #[allow(deprecated)]
    pub fn new() -> Self {
        Self {
            name: None,
            billable_name: None,
            schema_associations: None,
        }
    }
}
