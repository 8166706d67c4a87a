//! The `UpdateEventSchemaRequest` model.

use togai_codegen_runtime as rt;

/// Request to update event schema
#[derive(Debug, Clone, Default, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
#[non_exhaustive]
pub struct UpdateEventSchemaRequest {
    /// Description of the event
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// `attributes`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub attributes: Option<Vec<crate::models::EventAttributeSchema>>,
    /// `dimensions`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub dimensions: Option<Vec<crate::models::DimensionsSchema>>,
    /// `enrichments`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub enrichments: Option<crate::models::Enrichments>,
    /// List of fields that can be used for filtering in usage meter
    #[serde(rename = "filterFields", skip_serializing_if = "Option::is_none")]
    pub filter_fields: Option<Vec<String>>,
    /// Template used to generate event id based on event payload
    #[serde(rename = "eventIdTemplate", skip_serializing_if = "Option::is_none")]
    pub event_id_template: Option<String>,
}

rt::deserialize_struct! {
    UpdateEventSchemaRequest {
        0 description "description" optional,
        1 attributes "attributes" optional,
        2 dimensions "dimensions" optional,
        3 enrichments "enrichments" optional,
        4 filter_fields "filterFields" optional,
        5 event_id_template "eventIdTemplate" optional,
    }
}
impl UpdateEventSchemaRequest {
    /// A new value with every field empty (the `Default`); set them with the `with_` methods.
    pub fn new() -> Self {
        Self::default()
    }

    /// Sets `description`; until set, it is left out.
    pub fn with_description(mut self, value: impl Into<String>) -> Self {
        self.description = Some(value.into());
        self
    }

    /// Sets `attributes`; until set, it is left out.
    pub fn with_attributes(
        mut self,
        value: impl Into<Vec<crate::models::EventAttributeSchema>>,
    ) -> Self {
        self.attributes = Some(value.into());
        self
    }

    /// Sets `dimensions`; until set, it is left out.
    pub fn with_dimensions(
        mut self,
        value: impl Into<Vec<crate::models::DimensionsSchema>>,
    ) -> Self {
        self.dimensions = Some(value.into());
        self
    }

    /// Sets `enrichments`; until set, it is left out.
    pub fn with_enrichments(mut self, value: impl Into<crate::models::Enrichments>) -> Self {
        self.enrichments = Some(value.into());
        self
    }

    /// Sets `filter_fields` (`filterFields`); until set, it is left out.
    pub fn with_filter_fields(mut self, value: impl Into<Vec<String>>) -> Self {
        self.filter_fields = Some(value.into());
        self
    }

    /// Sets `event_id_template` (`eventIdTemplate`); until set, it is left out.
    pub fn with_event_id_template(mut self, value: impl Into<String>) -> Self {
        self.event_id_template = Some(value.into());
        self
    }
}
