//! The `GetEventsResponse` model.
/// Get batch events response
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct GetEventsResponse {
    /// `events`
    pub events: Vec<crate::models::EventWithStatus>,
    /// `nextToken`
    #[serde(rename = "nextToken", skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
}
#[allow(deprecated)]
impl<'de> serde::Deserialize<'de> for GetEventsResponse {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        const FIELDS: &[&str] = &["events", "nextToken"];
        struct GetEventsResponseVisitor;
        impl<'de> serde::de::Visitor<'de> for GetEventsResponseVisitor {
            type Value = GetEventsResponse;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("struct GetEventsResponse")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<GetEventsResponse, A::Error> {
                let mut f0: Option<Vec<crate::models::EventWithStatus>> = None;
                let mut f1: Option<Option<String>> = None;
                while let Some(key) = map.next_key_seed(crate::runtime::FieldSeed(FIELDS))? {
                    match key {
                        0 => crate::runtime::field(&mut map, &mut f0, "events"),
                        1 => crate::runtime::field(&mut map, &mut f1, "nextToken"),
                        _ => crate::runtime::skip(&mut map),
                    }?;
                }
                Ok(GetEventsResponse {
                    events: crate::runtime::required(f0, "events")?,
                    next_token: f1.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("GetEventsResponse", FIELDS, GetEventsResponseVisitor)
    }
}
impl GetEventsResponse {
    /// Creates a `GetEventsResponse` from its required fields; optional fields start empty.
    #[allow(deprecated)]
    pub fn new(events: Vec<crate::models::EventWithStatus>) -> Self {
        Self {
            events,
            next_token: None,
        }
    }
}
