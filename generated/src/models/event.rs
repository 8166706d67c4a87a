//! The `Event` model.

use togai_codegen_runtime as rt;

/// Contents of the event
#[derive(Debug, Clone, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
#[non_exhaustive]
pub struct Event {
    /// Name of the Event Schema.
    /// Know more about [event schema](https://docs.togai.com/docs/event-schemas)
    #[serde(rename = "schemaName")]
    pub schema_name: String,
    /// Togai restricts users to ingest events with same id within a period of *45 days*. This restriction is common for \[/entitled API\](/api-reference/entitlements/ingest-event-if-a-user-is-entitled-to-a-feature), \[/ingest API\](/api-reference/event-ingestion/ingest-events-to-togai) and \[/ingestBatch API\](/api-reference/event-ingestion/ingest-events-to-togai-in-batch). i.e, an id used on /ingest API will not be allowed on /ingestBatch or /entitled APIs
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Source time stamp of the event. This timestamp must be in ISO 8601 format.
    pub timestamp: rt::chrono::DateTime<rt::chrono::Utc>,
    /// The event will be associated with the provided account
    #[serde(rename = "accountId")]
    pub account_id: String,
    /// Attributes are numeric values. It can be usage metric which you push to Togai
    pub attributes: Vec<crate::models::Attribute>,
    /// Dimensions are tags/labels associated with the events.
    pub dimensions: std::collections::BTreeMap<String, String>,
}

rt::deserialize_struct! {
    Event {
        0 schema_name "schemaName" required,
        1 id "id" optional,
        2 timestamp "timestamp" required rt::datetime::Seed,
        3 account_id "accountId" required,
        4 attributes "attributes" required,
        5 dimensions "dimensions" required,
    }
}
impl Event {
    /// A new value from the required fields; set the others with the `with_` methods.
    pub fn new(
        schema_name: impl Into<String>,
        timestamp: impl Into<rt::chrono::DateTime<rt::chrono::Utc>>,
        account_id: impl Into<String>,
        attributes: impl Into<Vec<crate::models::Attribute>>,
        dimensions: impl Into<std::collections::BTreeMap<String, String>>,
    ) -> Self {
        Self {
            schema_name: schema_name.into(),
            id: None,
            timestamp: timestamp.into(),
            account_id: account_id.into(),
            attributes: attributes.into(),
            dimensions: dimensions.into(),
        }
    }

    /// Sets `id`; until set, it is left out.
    pub fn with_id(mut self, value: impl Into<String>) -> Self {
        self.id = Some(value.into());
        self
    }
}
