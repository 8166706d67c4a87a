//! The `Enrichments` model.
/// The `Enrichments` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct Enrichments {
    /// `dependencies`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub dependencies: Option<Vec<crate::models::Dependency>>,
    /// `fields`
    pub fields: Vec<crate::models::Field>,
}
#[allow(deprecated)]
impl<'de> serde::Deserialize<'de> for Enrichments {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        const FIELDS: &[&str] = &["dependencies", "fields"];
        struct EnrichmentsVisitor;
        impl<'de> serde::de::Visitor<'de> for EnrichmentsVisitor {
            type Value = Enrichments;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("struct Enrichments")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<Enrichments, A::Error> {
                let mut f0: Option<Option<Vec<crate::models::Dependency>>> = None;
                let mut f1: Option<Vec<crate::models::Field>> = None;
                while let Some(key) = map.next_key_seed(crate::runtime::FieldSeed(FIELDS))? {
                    match key {
                        0 => crate::runtime::field(&mut map, &mut f0, "dependencies"),
                        1 => crate::runtime::field(&mut map, &mut f1, "fields"),
                        _ => crate::runtime::skip(&mut map),
                    }?;
                }
                Ok(Enrichments {
                    dependencies: f0.unwrap_or_default(),
                    fields: crate::runtime::required(f1, "fields")?,
                })
            }
        }
        deserializer.deserialize_struct("Enrichments", FIELDS, EnrichmentsVisitor)
    }
}
impl Enrichments {
    /// Creates a `Enrichments` from its required fields; optional fields start empty.
    #[allow(deprecated)]
    pub fn new(fields: Vec<crate::models::Field>) -> Self {
        Self {
            dependencies: None,
            fields,
        }
    }
}
