//! The `EventPipelineInfoEventSchema` model.
/// The `EventPipelineInfoEventSchema` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct EventPipelineInfoEventSchema {
    /// `name`
    pub name: String,
    /// `version`
    pub version: i32,
}
#[allow(deprecated)]
impl<'de> serde::Deserialize<'de> for EventPipelineInfoEventSchema {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        const FIELDS: &[&str] = &["name", "version"];
        struct EventPipelineInfoEventSchemaVisitor;
        impl<'de> serde::de::Visitor<'de> for EventPipelineInfoEventSchemaVisitor {
            type Value = EventPipelineInfoEventSchema;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("struct EventPipelineInfoEventSchema")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<EventPipelineInfoEventSchema, A::Error> {
                let mut f0: Option<String> = None;
                let mut f1: Option<i32> = None;
                while let Some(key) = map.next_key_seed(crate::runtime::FieldSeed(FIELDS))? {
                    match key {
                        0 => crate::runtime::field(&mut map, &mut f0, "name"),
                        1 => crate::runtime::field(&mut map, &mut f1, "version"),
                        _ => crate::runtime::skip(&mut map),
                    }?;
                }
                Ok(EventPipelineInfoEventSchema {
                    name: crate::runtime::required(f0, "name")?,
                    version: crate::runtime::required(f1, "version")?,
                })
            }
        }
        deserializer.deserialize_struct(
            "EventPipelineInfoEventSchema",
            FIELDS,
            EventPipelineInfoEventSchemaVisitor,
        )
    }
}
impl EventPipelineInfoEventSchema {
    /// Creates a `EventPipelineInfoEventSchema` from its required fields; optional fields start empty.
    #[allow(deprecated)]
    pub fn new(name: String, version: i32) -> Self {
        Self { name, version }
    }
}
