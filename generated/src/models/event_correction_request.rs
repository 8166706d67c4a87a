//! The `EventCorrectionRequest` model.
/// Event Correction Payload for event correction
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
pub struct EventCorrectionRequest {
    /// `event`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub event: Option<crate::models::Event>,
}
#[allow(deprecated)]
impl<'de> serde::Deserialize<'de> for EventCorrectionRequest {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        const FIELDS: &[&str] = &["event"];
        struct EventCorrectionRequestVisitor;
        impl<'de> serde::de::Visitor<'de> for EventCorrectionRequestVisitor {
            type Value = EventCorrectionRequest;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("struct EventCorrectionRequest")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<EventCorrectionRequest, A::Error> {
                let mut f0: Option<Option<crate::models::Event>> = None;
                while let Some(key) = map.next_key_seed(crate::runtime::FieldSeed(FIELDS))? {
                    match key {
                        0 => crate::runtime::field(&mut map, &mut f0, "event"),
                        _ => crate::runtime::skip(&mut map),
                    }?;
                }
                Ok(EventCorrectionRequest {
                    event: f0.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct(
            "EventCorrectionRequest",
            FIELDS,
            EventCorrectionRequestVisitor,
        )
    }
}
