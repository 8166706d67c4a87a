//! The `EventSchemaVersionsResponse` model.
/// Response for event schema versions
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct EventSchemaVersionsResponse {
    /// `data`
    pub data: Vec<crate::models::EventSchema>,
}
#[allow(deprecated)]
impl<'de> serde::Deserialize<'de> for EventSchemaVersionsResponse {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        const FIELDS: &[&str] = &["data"];
        struct EventSchemaVersionsResponseVisitor;
        impl<'de> serde::de::Visitor<'de> for EventSchemaVersionsResponseVisitor {
            type Value = EventSchemaVersionsResponse;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("struct EventSchemaVersionsResponse")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<EventSchemaVersionsResponse, A::Error> {
                let mut f0: Option<Vec<crate::models::EventSchema>> = None;
                while let Some(key) = map.next_key_seed(crate::runtime::FieldSeed(FIELDS))? {
                    match key {
                        0 => crate::runtime::field(&mut map, &mut f0, "data"),
                        _ => crate::runtime::skip(&mut map),
                    }?;
                }
                Ok(EventSchemaVersionsResponse {
                    data: crate::runtime::required(f0, "data")?,
                })
            }
        }
        deserializer.deserialize_struct(
            "EventSchemaVersionsResponse",
            FIELDS,
            EventSchemaVersionsResponseVisitor,
        )
    }
}
impl EventSchemaVersionsResponse {
    /// Creates a `EventSchemaVersionsResponse` from its required fields; optional fields start empty.
    #[allow(deprecated)]
    pub fn new(data: Vec<crate::models::EventSchema>) -> Self {
        Self { data }
    }
}
