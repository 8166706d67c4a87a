//! The `EventSource` model.
/// Source of ingestion of event
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct EventSource {
    /// Unique identifier representing the source
    pub id: String,
    /// Type of source
    pub r#type: String,
}
#[allow(deprecated)]
impl<'de> serde::Deserialize<'de> for EventSource {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        const FIELDS: &[&str] = &["id", "type"];
        struct EventSourceVisitor;
        impl<'de> serde::de::Visitor<'de> for EventSourceVisitor {
            type Value = EventSource;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("struct EventSource")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<EventSource, A::Error> {
                let mut f0: Option<String> = None;
                let mut f1: Option<String> = None;
                while let Some(key) = map.next_key_seed(crate::runtime::FieldSeed(FIELDS))? {
                    match key {
                        0 => crate::runtime::field(&mut map, &mut f0, "id"),
                        1 => crate::runtime::field(&mut map, &mut f1, "type"),
                        _ => crate::runtime::skip(&mut map),
                    }?;
                }
                Ok(EventSource {
                    id: crate::runtime::required(f0, "id")?,
                    r#type: crate::runtime::required(f1, "type")?,
                })
            }
        }
        deserializer.deserialize_struct("EventSource", FIELDS, EventSourceVisitor)
    }
}
impl EventSource {
    /// Creates a `EventSource` from its required fields; optional fields start empty.
    #[allow(deprecated)]
    pub fn new(id: String, r#type: String) -> Self {
        Self { id, r#type }
    }
}
