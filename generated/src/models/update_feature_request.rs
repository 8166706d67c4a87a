//! The `UpdateFeatureRequest` model.

use togai_codegen_runtime as rt;

/// Update a Feature properties
#[derive(Debug, Clone, Default, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
#[non_exhaustive]
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
    UpdateFeatureRequest {
        0 name "name" optional,
        1 billable_name "billableName" optional,
        2 schema_associations "schemaAssociations" optional,
    }
}
impl UpdateFeatureRequest {
    /// A new value with every field empty (the `Default`); set them with the `with_` methods.
    pub fn new() -> Self {
        Self::default()
    }

    /// Sets `name`; until set, it is left out.
    pub fn with_name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }

    /// Sets `billable_name` (`billableName`); until set, it is left out.
    pub fn with_billable_name(mut self, value: impl Into<String>) -> Self {
        self.billable_name = Some(value.into());
        self
    }

    /// Sets `schema_associations` (`schemaAssociations`); until set, it is left out.
    pub fn with_schema_associations(
        mut self,
        value: impl Into<Vec<crate::models::EventSchemasForFeature>>,
    ) -> Self {
        self.schema_associations = Some(value.into());
        self
    }
}
