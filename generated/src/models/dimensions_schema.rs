//! The `DimensionsSchema` model.
/// Structure of dimensions
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct DimensionsSchema {
    /// Name of the event dimension
    pub name: String,
}
#[allow(deprecated)]
impl<'de> serde::Deserialize<'de> for DimensionsSchema {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        const FIELDS: &[&str] = &["name"];
        struct DimensionsSchemaVisitor;
        impl<'de> serde::de::Visitor<'de> for DimensionsSchemaVisitor {
            type Value = DimensionsSchema;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("struct DimensionsSchema")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<DimensionsSchema, A::Error> {
                let mut f0: Option<String> = None;
                while let Some(key) = map.next_key_seed(crate::runtime::FieldSeed(FIELDS))? {
                    match key {
                        0 => crate::runtime::field(&mut map, &mut f0, "name"),
                        _ => crate::runtime::skip(&mut map),
                    }?;
                }
                Ok(DimensionsSchema {
                    name: crate::runtime::required(f0, "name")?,
                })
            }
        }
        deserializer.deserialize_struct("DimensionsSchema", FIELDS, DimensionsSchemaVisitor)
    }
}
impl DimensionsSchema {
    /// Creates a `DimensionsSchema` from its required fields; optional fields start empty.
    #[allow(deprecated)]
    pub fn new(name: String) -> Self {
        Self { name }
    }
}
