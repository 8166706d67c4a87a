//! The `Event` model.
/// Contents of the event
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct Event {
    /// Name of the Event Schema.
    /// Know more about [event schema](https://docs.togai.com/docs/event-schemas)
    #[serde(rename = "schemaName")]
    pub schema_name: String,
    /// Togai restricts users to ingest events with same id within a period of *45 days*. This restriction is common for \[/entitled API\](/api-reference/entitlements/ingest-event-if-a-user-is-entitled-to-a-feature), \[/ingest API\](/api-reference/event-ingestion/ingest-events-to-togai) and \[/ingestBatch API\](/api-reference/event-ingestion/ingest-events-to-togai-in-batch). i.e, an id used on /ingest API will not be allowed on /ingestBatch or /entitled APIs
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Source time stamp of the event. This timestamp must be in ISO 8601 format.
    pub timestamp: chrono::DateTime<chrono::Utc>,
    /// The event will be associated with the provided account
    #[serde(rename = "accountId")]
    pub account_id: String,
    /// Attributes are numeric values. It can be usage metric which you push to Togai
    pub attributes: Vec<crate::models::Attribute>,
    /// Dimensions are tags/labels associated with the events.
    pub dimensions: std::collections::BTreeMap<String, String>,
}
#[allow(deprecated)]
impl<'de> serde::Deserialize<'de> for Event {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        const FIELDS: &[&str] = &[
            "schemaName",
            "id",
            "timestamp",
            "accountId",
            "attributes",
            "dimensions",
        ];
        struct EventVisitor;
        impl<'de> serde::de::Visitor<'de> for EventVisitor {
            type Value = Event;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("struct Event")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<Event, A::Error> {
                let mut f0: Option<String> = None;
                let mut f1: Option<Option<String>> = None;
                let mut f2: Option<chrono::DateTime<chrono::Utc>> = None;
                let mut f3: Option<String> = None;
                let mut f4: Option<Vec<crate::models::Attribute>> = None;
                let mut f5: Option<std::collections::BTreeMap<String, String>> = None;
                while let Some(key) = map.next_key_seed(crate::runtime::FieldSeed(FIELDS))? {
                    match key {
                        0 => crate::runtime::field(&mut map, &mut f0, "schemaName"),
                        1 => crate::runtime::field(&mut map, &mut f1, "id"),
                        2 => crate::runtime::field_seed(
                            &mut map,
                            &mut f2,
                            "timestamp",
                            crate::runtime::datetime::Seed,
                        ),
                        3 => crate::runtime::field(&mut map, &mut f3, "accountId"),
                        4 => crate::runtime::field(&mut map, &mut f4, "attributes"),
                        5 => crate::runtime::field(&mut map, &mut f5, "dimensions"),
                        _ => crate::runtime::skip(&mut map),
                    }?;
                }
                Ok(Event {
                    schema_name: crate::runtime::required(f0, "schemaName")?,
                    id: f1.unwrap_or_default(),
                    timestamp: crate::runtime::required(f2, "timestamp")?,
                    account_id: crate::runtime::required(f3, "accountId")?,
                    attributes: crate::runtime::required(f4, "attributes")?,
                    dimensions: crate::runtime::required(f5, "dimensions")?,
                })
            }
        }
        deserializer.deserialize_struct("Event", FIELDS, EventVisitor)
    }
}
impl Event {
    /// Creates a `Event` from its required fields; optional fields start empty.
    #[allow(deprecated)]
    pub fn new(
        schema_name: String,
        timestamp: chrono::DateTime<chrono::Utc>,
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
