//! The `PricePlanInfo` model.
/// The `PricePlanInfo` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct PricePlanInfo {
    /// `name`
    pub name: String,
    /// `description`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
}
#[allow(deprecated)]
impl<'de> serde::Deserialize<'de> for PricePlanInfo {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        const FIELDS: &[&str] = &["name", "description"];
        struct PricePlanInfoVisitor;
        impl<'de> serde::de::Visitor<'de> for PricePlanInfoVisitor {
            type Value = PricePlanInfo;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("struct PricePlanInfo")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<PricePlanInfo, A::Error> {
                let mut f0: Option<String> = None;
                let mut f1: Option<Option<String>> = None;
                while let Some(key) = map.next_key_seed(crate::runtime::FieldSeed(FIELDS))? {
                    match key {
                        0 => crate::runtime::field(&mut map, &mut f0, "name"),
                        1 => crate::runtime::field(&mut map, &mut f1, "description"),
                        _ => crate::runtime::skip(&mut map),
                    }?;
                }
                Ok(PricePlanInfo {
                    name: crate::runtime::required(f0, "name")?,
                    description: f1.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("PricePlanInfo", FIELDS, PricePlanInfoVisitor)
    }
}
impl PricePlanInfo {
    /// Creates a `PricePlanInfo` from its required fields; optional fields start empty.
    #[allow(deprecated)]
    pub fn new(name: String) -> Self {
        Self {
            name,
            description: None,
        }
    }
}
