//! The `IngestEventRequest` model.
/// Payload for ingesting events
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct IngestEventRequest {
    /// `event`
    pub event: crate::models::Event,
}
#[allow(deprecated)]
impl<'de> serde::Deserialize<'de> for IngestEventRequest {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        const FIELDS: &[&str] = &["event"];
        struct IngestEventRequestVisitor;
        impl<'de> serde::de::Visitor<'de> for IngestEventRequestVisitor {
            type Value = IngestEventRequest;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("struct IngestEventRequest")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<IngestEventRequest, A::Error> {
                let mut f0: Option<crate::models::Event> = None;
                while let Some(key) = map.next_key_seed(crate::runtime::FieldSeed(FIELDS))? {
                    match key {
                        0 => crate::runtime::field(&mut map, &mut f0, "event"),
                        _ => crate::runtime::skip(&mut map),
                    }?;
                }
                Ok(IngestEventRequest {
                    event: crate::runtime::required(f0, "event")?,
                })
            }
        }
        deserializer.deserialize_struct("IngestEventRequest", FIELDS, IngestEventRequestVisitor)
    }
}
impl IngestEventRequest {
    /// Creates a `IngestEventRequest` from its required fields; optional fields start empty.
    #[allow(deprecated)]
    pub fn new(event: crate::models::Event) -> Self {
        Self { event }
    }
}
