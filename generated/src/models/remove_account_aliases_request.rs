//! The `RemoveAccountAliasesRequest` model.
/// Payload to remove account aliases
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
pub struct RemoveAccountAliasesRequest {
    /// `aliases`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub aliases: Option<Vec<String>>,
    /// `accountAliases`
    #[serde(rename = "accountAliases", skip_serializing_if = "Option::is_none")]
    pub account_aliases: Option<Vec<crate::models::RemoveAccountAliasRequest>>,
}
#[allow(deprecated)]
impl<'de> serde::Deserialize<'de> for RemoveAccountAliasesRequest {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        const FIELDS: &[&str] = &["aliases", "accountAliases"];
        struct RemoveAccountAliasesRequestVisitor;
        impl<'de> serde::de::Visitor<'de> for RemoveAccountAliasesRequestVisitor {
            type Value = RemoveAccountAliasesRequest;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("struct RemoveAccountAliasesRequest")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<RemoveAccountAliasesRequest, A::Error> {
                let mut f0: Option<Option<Vec<String>>> = None;
                let mut f1: Option<Option<Vec<crate::models::RemoveAccountAliasRequest>>> = None;
                while let Some(key) = map.next_key_seed(crate::runtime::FieldSeed(FIELDS))? {
                    match key {
                        0 => crate::runtime::field(&mut map, &mut f0, "aliases"),
                        1 => crate::runtime::field(&mut map, &mut f1, "accountAliases"),
                        _ => crate::runtime::skip(&mut map),
                    }?;
                }
                Ok(RemoveAccountAliasesRequest {
                    aliases: f0.unwrap_or_default(),
                    account_aliases: f1.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct(
            "RemoveAccountAliasesRequest",
            FIELDS,
            RemoveAccountAliasesRequestVisitor,
        )
    }
}
