//! The `Alias` model.
/// Represents an Alias
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct Alias {
    /// `value`
    pub value: String,
    /// `createdAt`
    #[serde(rename = "createdAt")]
    pub created_at: chrono::DateTime<chrono::Utc>,
}
#[allow(deprecated)]
impl<'de> serde::Deserialize<'de> for Alias {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        const FIELDS: &[&str] = &["value", "createdAt"];
        struct AliasVisitor;
        impl<'de> serde::de::Visitor<'de> for AliasVisitor {
            type Value = Alias;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("struct Alias")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<Alias, A::Error> {
                let mut f0: Option<String> = None;
                let mut f1: Option<chrono::DateTime<chrono::Utc>> = None;
                while let Some(key) = map.next_key_seed(crate::runtime::FieldSeed(FIELDS))? {
                    match key {
                        0 => crate::runtime::field(&mut map, &mut f0, "value"),
                        1 => crate::runtime::field_seed(
                            &mut map,
                            &mut f1,
                            "createdAt",
                            crate::runtime::datetime::Seed,
                        ),
                        _ => crate::runtime::skip(&mut map),
                    }?;
                }
                Ok(Alias {
                    value: crate::runtime::required(f0, "value")?,
                    created_at: crate::runtime::required(f1, "createdAt")?,
                })
            }
        }
        deserializer.deserialize_struct("Alias", FIELDS, AliasVisitor)
    }
}
impl Alias {
    /// Creates a `Alias` from its required fields; optional fields start empty.
    #[allow(deprecated)]
    pub fn new(value: String, created_at: chrono::DateTime<chrono::Utc>) -> Self {
        Self { value, created_at }
    }
}
