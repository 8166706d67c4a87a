//! The `EventsCorrectionResponse` model.
/// Events Correction response
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct EventsCorrectionResponse {
    /// `data`
    pub data: Vec<crate::models::EventCorrectionInfo>,
}
#[allow(deprecated)]
impl<'de> serde::Deserialize<'de> for EventsCorrectionResponse {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        const FIELDS: &[&str] = &["data"];
        struct EventsCorrectionResponseVisitor;
        impl<'de> serde::de::Visitor<'de> for EventsCorrectionResponseVisitor {
            type Value = EventsCorrectionResponse;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("struct EventsCorrectionResponse")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<EventsCorrectionResponse, A::Error> {
                let mut f0: Option<Vec<crate::models::EventCorrectionInfo>> = None;
                while let Some(key) = map.next_key_seed(crate::runtime::FieldSeed(FIELDS))? {
                    match key {
                        0 => crate::runtime::field(&mut map, &mut f0, "data"),
                        _ => crate::runtime::skip(&mut map),
                    }?;
                }
                Ok(EventsCorrectionResponse {
                    data: crate::runtime::required(f0, "data")?,
                })
            }
        }
        deserializer.deserialize_struct(
            "EventsCorrectionResponse",
            FIELDS,
            EventsCorrectionResponseVisitor,
        )
    }
}
impl EventsCorrectionResponse {
    /// Creates a `EventsCorrectionResponse` from its required fields; optional fields start empty.
    #[allow(deprecated)]
    pub fn new(data: Vec<crate::models::EventCorrectionInfo>) -> Self {
        Self { data }
    }
}
