//! The `CreateEventSchemaRequest` model.

use togai_codegen_runtime as rt;

/// Request to create event schema
#[derive(Debug, Clone, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
#[non_exhaustive]
pub struct CreateEventSchemaRequest {
    /// Name of the event. Must be unique for an organization.
    pub name: String,
    /// Description of the event
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// `attributes`
    pub attributes: Vec<crate::models::EventAttributeSchema>,
    /// `dimensions`
    pub dimensions: Vec<crate::models::DimensionsSchema>,
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
    CreateEventSchemaRequest {
        0 name "name" required,
        1 description "description" optional,
        2 attributes "attributes" required,
        3 dimensions "dimensions" required,
        4 enrichments "enrichments" optional,
        5 filter_fields "filterFields" optional,
        6 event_id_template "eventIdTemplate" optional,
    }
}
impl CreateEventSchemaRequest {
    /// A new value from the required fields; set the others with the `with_` methods.
    pub fn new(
        name: impl Into<String>,
        attributes: impl Into<Vec<crate::models::EventAttributeSchema>>,
        dimensions: impl Into<Vec<crate::models::DimensionsSchema>>,
    ) -> Self {
        Self {
            name: name.into(),
            description: None,
            attributes: attributes.into(),
            dimensions: dimensions.into(),
            enrichments: None,
            filter_fields: None,
            event_id_template: None,
        }
    }

    /// Sets `description`; until set, it is left out.
    pub fn with_description(mut self, value: impl Into<String>) -> Self {
        self.description = Some(value.into());
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
