//! The `CreateFeatureRequest` model.

use togai_codegen_runtime as rt;

/// Create a Feature stand-alone or associate it with schemas
#[derive(Debug, Clone, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
#[non_exhaustive]
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
    CreateFeatureRequest {
        0 name "name" required,
        1 billable_name "billableName" optional,
        2 schema_associations "schemaAssociations" required,
    }
}
impl CreateFeatureRequest {
    /// A new value from the required fields; set the others with the `with_` methods.
    pub fn new(
        name: impl Into<String>,
        schema_associations: impl Into<Vec<crate::models::EventSchemasForFeature>>,
    ) -> Self {
        Self {
            name: name.into(),
            billable_name: None,
            schema_associations: schema_associations.into(),
        }
    }

    /// Sets `billable_name` (`billableName`); until set, it is left out.
    pub fn with_billable_name(mut self, value: impl Into<String>) -> Self {
        self.billable_name = Some(value.into());
        self
    }
}
