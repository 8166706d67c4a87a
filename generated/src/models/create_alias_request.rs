//! The `CreateAliasRequest` model.
/// Create an alias
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct CreateAliasRequest {
    /// `value`
    pub value: String,
}
#[allow(deprecated)]
impl<'de> serde::Deserialize<'de> for CreateAliasRequest {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        const FIELDS: &[&str] = &["value"];
        struct CreateAliasRequestVisitor;
        impl<'de> serde::de::Visitor<'de> for CreateAliasRequestVisitor {
            type Value = CreateAliasRequest;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("struct CreateAliasRequest")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<CreateAliasRequest, A::Error> {
                let mut f0: Option<String> = None;
                while let Some(key) = map.next_key_seed(crate::runtime::FieldSeed(FIELDS))? {
                    match key {
                        0 => crate::runtime::field(&mut map, &mut f0, "value"),
                        _ => crate::runtime::skip(&mut map),
                    }?;
                }
                Ok(CreateAliasRequest {
                    value: crate::runtime::required(f0, "value")?,
                })
            }
        }
        deserializer.deserialize_struct("CreateAliasRequest", FIELDS, CreateAliasRequestVisitor)
    }
}
impl CreateAliasRequest {
    /// Creates a `CreateAliasRequest` from its required fields; optional fields start empty.
    #[allow(deprecated)]
    pub fn new(value: String) -> Self {
        Self { value }
    }
}
