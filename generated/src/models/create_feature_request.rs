//! The `CreateFeatureRequest` model.
/// Create a Feature stand-alone or associate it with schemas
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct CreateFeatureRequest {
    /// Name of the feature
    pub name: String,
    /// Billable name of feature. Billable name takes precedence over name to display in invoice.
    #[serde(
        rename = "billableName",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub billable_name: Option<String>,
    /// Association of a feature with event_schemas
    #[serde(rename = "schemaAssociations")]
    pub schema_associations: Vec<crate::models::EventSchemasForFeature>,
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
