//! The `GetEventResponse` model.
/// Get single event response
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct GetEventResponse {
    /// `events`
    pub events: Vec<crate::models::EventWithStatusAndEventPipelineInfo>,
}
#[allow(deprecated)]
impl<'de> serde::Deserialize<'de> for GetEventResponse {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        const FIELDS: &[&str] = &["events"];
        struct GetEventResponseVisitor;
        impl<'de> serde::de::Visitor<'de> for GetEventResponseVisitor {
            type Value = GetEventResponse;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("struct GetEventResponse")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<GetEventResponse, A::Error> {
                let mut f0: Option<Vec<crate::models::EventWithStatusAndEventPipelineInfo>> = None;
                while let Some(key) = map.next_key_seed(crate::runtime::FieldSeed(FIELDS))? {
                    match key {
                        0 => crate::runtime::field(&mut map, &mut f0, "events"),
                        _ => crate::runtime::skip(&mut map),
                    }?;
                }
                Ok(GetEventResponse {
                    events: crate::runtime::required(f0, "events")?,
                })
            }
        }
        deserializer.deserialize_struct("GetEventResponse", FIELDS, GetEventResponseVisitor)
    }
}
impl GetEventResponse {
    /// Creates a `GetEventResponse` from its required fields; optional fields start empty.
    #[allow(deprecated)]
    pub fn new(events: Vec<crate::models::EventWithStatusAndEventPipelineInfo>) -> Self {
        Self { events }
    }
}
