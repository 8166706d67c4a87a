//! The `UpdateEventSchemaRequest` model.
/// Request to update event schema
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct UpdateEventSchemaRequest {
    /// Description of the event
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// `attributes`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub attributes: Option<Vec<crate::models::EventAttributeSchema>>,
    /// `dimensions`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dimensions: Option<Vec<crate::models::DimensionsSchema>>,
    /// `enrichments`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub enrichments: Option<crate::models::Enrichments>,
    /// List of fields that can be used for filtering in usage meter
    #[serde(
        rename = "filterFields",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub filter_fields: Option<Vec<String>>,
    /// Template used to generate event id based on event payload
    #[serde(
        rename = "eventIdTemplate",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub event_id_template: Option<String>,
}
