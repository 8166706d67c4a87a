//! The `EventAttributeSchema` model.
/// Structure of an event attribute
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct EventAttributeSchema {
    /// Name of the event attribute.
    pub name: String,
    /// Unit for the attribute
    #[serde(rename = "defaultUnit", skip_serializing_if = "Option::is_none")]
    pub default_unit: Option<String>,
}
#[allow(deprecated)]
impl<'de> serde::Deserialize<'de> for EventAttributeSchema {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        const FIELDS: &[&str] = &["name", "defaultUnit"];
        struct EventAttributeSchemaVisitor;
        impl<'de> serde::de::Visitor<'de> for EventAttributeSchemaVisitor {
            type Value = EventAttributeSchema;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("struct EventAttributeSchema")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<EventAttributeSchema, A::Error> {
                let mut f0: Option<String> = None;
                let mut f1: Option<Option<String>> = None;
                while let Some(key) = map.next_key_seed(crate::runtime::FieldSeed(FIELDS))? {
                    match key {
                        0 => crate::runtime::field(&mut map, &mut f0, "name"),
                        1 => crate::runtime::field(&mut map, &mut f1, "defaultUnit"),
                        _ => crate::runtime::skip(&mut map),
                    }?;
                }
                Ok(EventAttributeSchema {
                    name: crate::runtime::required(f0, "name")?,
                    default_unit: f1.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("EventAttributeSchema", FIELDS, EventAttributeSchemaVisitor)
    }
}
impl EventAttributeSchema {
    /// Creates a `EventAttributeSchema` from its required fields; optional fields start empty.
    #[allow(deprecated)]
    pub fn new(name: String) -> Self {
        Self {
            name,
            default_unit: None,
        }
    }
}
