//! The `IngestBatchEventRequest` model.
/// Payload for ingesting batch events
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct IngestBatchEventRequest {
    /// `events`
    pub events: Vec<crate::models::Event>,
}
#[allow(deprecated)]
impl<'de> serde::Deserialize<'de> for IngestBatchEventRequest {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        const FIELDS: &[&str] = &["events"];
        struct IngestBatchEventRequestVisitor;
        impl<'de> serde::de::Visitor<'de> for IngestBatchEventRequestVisitor {
            type Value = IngestBatchEventRequest;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("struct IngestBatchEventRequest")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<IngestBatchEventRequest, A::Error> {
                let mut f0: Option<Vec<crate::models::Event>> = None;
                while let Some(key) = map.next_key_seed(crate::runtime::FieldSeed(FIELDS))? {
                    match key {
                        0 => crate::runtime::field(&mut map, &mut f0, "events"),
                        _ => crate::runtime::skip(&mut map),
                    }?;
                }
                Ok(IngestBatchEventRequest {
                    events: crate::runtime::required(f0, "events")?,
                })
            }
        }
        deserializer.deserialize_struct(
            "IngestBatchEventRequest",
            FIELDS,
            IngestBatchEventRequestVisitor,
        )
    }
}
impl IngestBatchEventRequest {
    /// Creates a `IngestBatchEventRequest` from its required fields; optional fields start empty.
    #[allow(deprecated)]
    pub fn new(events: Vec<crate::models::Event>) -> Self {
        Self { events }
    }
}
