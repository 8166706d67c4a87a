//! The `EventPipelineInfoAccount` model.
/// The `EventPipelineInfoAccount` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct EventPipelineInfoAccount {
    /// `id`
    pub id: String,
    /// `name`
    pub name: String,
    /// `alias`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub alias: Option<String>,
}
#[allow(deprecated)]
impl<'de> serde::Deserialize<'de> for EventPipelineInfoAccount {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        const FIELDS: &[&str] = &["id", "name", "alias"];
        struct EventPipelineInfoAccountVisitor;
        impl<'de> serde::de::Visitor<'de> for EventPipelineInfoAccountVisitor {
            type Value = EventPipelineInfoAccount;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("struct EventPipelineInfoAccount")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<EventPipelineInfoAccount, A::Error> {
                let mut f0: Option<String> = None;
                let mut f1: Option<String> = None;
                let mut f2: Option<Option<String>> = None;
                while let Some(key) = map.next_key_seed(crate::runtime::FieldSeed(FIELDS))? {
                    match key {
                        0 => crate::runtime::field(&mut map, &mut f0, "id"),
                        1 => crate::runtime::field(&mut map, &mut f1, "name"),
                        2 => crate::runtime::field(&mut map, &mut f2, "alias"),
                        _ => crate::runtime::skip(&mut map),
                    }?;
                }
                Ok(EventPipelineInfoAccount {
                    id: crate::runtime::required(f0, "id")?,
                    name: crate::runtime::required(f1, "name")?,
                    alias: f2.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct(
            "EventPipelineInfoAccount",
            FIELDS,
            EventPipelineInfoAccountVisitor,
        )
    }
}
impl EventPipelineInfoAccount {
    /// Creates a `EventPipelineInfoAccount` from its required fields; optional fields start empty.
    #[allow(deprecated)]
    pub fn new(id: String, name: String) -> Self {
        Self {
            id,
            name,
            alias: None,
        }
    }
}
