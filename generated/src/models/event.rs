//! The `Event` model.

use togai_codegen_runtime as rt;

/// Contents of the event
#[derive(Debug, Clone, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
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
    Event { 0 schema_name "schemaName" required, 1 id "id" optional, 2 timestamp
    "timestamp" required rt::datetime::Seed, 3 account_id "accountId" required, 4
    attributes "attributes" required, 5 dimensions "dimensions" required, }
}

impl Event {
    /// Creates a `Event` from its required fields; optional fields start empty.
    #[allow(deprecated)]
    pub fn new(
        schema_name: String,
        timestamp: rt::chrono::DateTime<rt::chrono::Utc>,
        account_id: String,
        attributes: Vec<crate::models::Attribute>,
        dimensions: std::collections::BTreeMap<String, String>,
    ) -> Self {
        Self {
            schema_name,
            id: None,
            timestamp,
            account_id,
            attributes,
            dimensions,
        }
    }
}
