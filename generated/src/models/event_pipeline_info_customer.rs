//! The `EventPipelineInfoCustomer` model.
/// The `EventPipelineInfoCustomer` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct EventPipelineInfoCustomer {
    /// `id`
    pub id: String,
    /// `name`
    pub name: String,
}
#[allow(deprecated)]
impl<'de> serde::Deserialize<'de> for EventPipelineInfoCustomer {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        const FIELDS: &[&str] = &["id", "name"];
        struct EventPipelineInfoCustomerVisitor;
        impl<'de> serde::de::Visitor<'de> for EventPipelineInfoCustomerVisitor {
            type Value = EventPipelineInfoCustomer;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("struct EventPipelineInfoCustomer")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<EventPipelineInfoCustomer, A::Error> {
                let mut f0: Option<String> = None;
                let mut f1: Option<String> = None;
                while let Some(key) = map.next_key_seed(crate::runtime::FieldSeed(FIELDS))? {
                    match key {
                        0 => crate::runtime::field(&mut map, &mut f0, "id"),
                        1 => crate::runtime::field(&mut map, &mut f1, "name"),
                        _ => crate::runtime::skip(&mut map),
                    }?;
                }
                Ok(EventPipelineInfoCustomer {
                    id: crate::runtime::required(f0, "id")?,
                    name: crate::runtime::required(f1, "name")?,
                })
            }
        }
        deserializer.deserialize_struct(
            "EventPipelineInfoCustomer",
            FIELDS,
            EventPipelineInfoCustomerVisitor,
        )
    }
}
impl EventPipelineInfoCustomer {
    /// Creates a `EventPipelineInfoCustomer` from its required fields; optional fields start empty.
    #[allow(deprecated)]
    pub fn new(id: String, name: String) -> Self {
        Self { id, name }
    }
}
