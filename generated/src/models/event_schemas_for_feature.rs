//! The `EventSchemasForFeature` model.
/// event_schema details that are in association with feature
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct EventSchemasForFeature {
    /// `schemaName`
    #[serde(rename = "schemaName")]
    pub schema_name: String,
    /// `attributeName`
    #[serde(rename = "attributeName")]
    pub attribute_name: String,
}
#[allow(deprecated)]
impl<'de> serde::Deserialize<'de> for EventSchemasForFeature {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        const FIELDS: &[&str] = &["schemaName", "attributeName"];
        struct EventSchemasForFeatureVisitor;
        impl<'de> serde::de::Visitor<'de> for EventSchemasForFeatureVisitor {
            type Value = EventSchemasForFeature;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("struct EventSchemasForFeature")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<EventSchemasForFeature, A::Error> {
                let mut f0: Option<String> = None;
                let mut f1: Option<String> = None;
                while let Some(key) = map.next_key_seed(crate::runtime::FieldSeed(FIELDS))? {
                    match key {
                        0 => crate::runtime::field(&mut map, &mut f0, "schemaName"),
                        1 => crate::runtime::field(&mut map, &mut f1, "attributeName"),
                        _ => crate::runtime::skip(&mut map),
                    }?;
                }
                Ok(EventSchemasForFeature {
                    schema_name: crate::runtime::required(f0, "schemaName")?,
                    attribute_name: crate::runtime::required(f1, "attributeName")?,
                })
            }
        }
        deserializer.deserialize_struct(
            "EventSchemasForFeature",
            FIELDS,
            EventSchemasForFeatureVisitor,
        )
    }
}
impl EventSchemasForFeature {
    /// Creates a `EventSchemasForFeature` from its required fields; optional fields start empty.
    #[allow(deprecated)]
    pub fn new(schema_name: String, attribute_name: String) -> Self {
        Self {
            schema_name,
            attribute_name,
        }
    }
}
