//! The `CreateBulkAliasRequest` model.
/// Create bulk alias
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct CreateBulkAliasRequest {
    /// `aliases`
    pub aliases: Vec<crate::models::CreateAliasRequest>,
}
#[allow(deprecated)]
impl<'de> serde::Deserialize<'de> for CreateBulkAliasRequest {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        const FIELDS: &[&str] = &["aliases"];
        struct CreateBulkAliasRequestVisitor;
        impl<'de> serde::de::Visitor<'de> for CreateBulkAliasRequestVisitor {
            type Value = CreateBulkAliasRequest;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("struct CreateBulkAliasRequest")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<CreateBulkAliasRequest, A::Error> {
                let mut f0: Option<Vec<crate::models::CreateAliasRequest>> = None;
                while let Some(key) = map.next_key_seed(crate::runtime::FieldSeed(FIELDS))? {
                    match key {
                        0 => crate::runtime::field(&mut map, &mut f0, "aliases"),
                        _ => crate::runtime::skip(&mut map),
                    }?;
                }
                Ok(CreateBulkAliasRequest {
                    aliases: crate::runtime::required(f0, "aliases")?,
                })
            }
        }
        deserializer.deserialize_struct(
            "CreateBulkAliasRequest",
            FIELDS,
            CreateBulkAliasRequestVisitor,
        )
    }
}
impl CreateBulkAliasRequest {
    /// Creates a `CreateBulkAliasRequest` from its required fields; optional fields start empty.
    #[allow(deprecated)]
    pub fn new(aliases: Vec<crate::models::CreateAliasRequest>) -> Self {
        Self { aliases }
    }
}
