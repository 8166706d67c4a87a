//! The `CreateEventSchemaRequest` model.

use togai_codegen_runtime as rt;

/// Request to create event schema
#[derive(Debug, Clone, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
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
    CreateEventSchemaRequest { 0 name "name" required, 1 description "description"
    optional, 2 attributes "attributes" required, 3 dimensions "dimensions" required, 4
    enrichments "enrichments" optional, 5 filter_fields "filterFields" optional, 6
    event_id_template "eventIdTemplate" optional, }
}

impl CreateEventSchemaRequest {
    /// Creates a `CreateEventSchemaRequest` from its required fields; optional fields start empty.
    #[allow(deprecated)]
    pub fn new(
        name: String,
        attributes: Vec<crate::models::EventAttributeSchema>,
        dimensions: Vec<crate::models::DimensionsSchema>,
    ) -> Self {
        Self {
            name,
            description: None,
            attributes,
            dimensions,
            enrichments: None,
            filter_fields: None,
            event_id_template: None,
        }
    }
}
