//! The `AddAccountAliasesRequest` model.
/// Payload to add aliases from account
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
pub struct AddAccountAliasesRequest {
    /// List of aliases to add
    #[serde(skip_serializing_if = "Option::is_none")]
    pub aliases: Option<Vec<String>>,
    /// List of account aliases to add
    #[serde(rename = "accountAliases", skip_serializing_if = "Option::is_none")]
    pub account_aliases: Option<Vec<crate::models::CreateAccountAliasRequest>>,
}
#[allow(deprecated)]
impl<'de> serde::Deserialize<'de> for AddAccountAliasesRequest {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        const FIELDS: &[&str] = &["aliases", "accountAliases"];
        struct AddAccountAliasesRequestVisitor;
        impl<'de> serde::de::Visitor<'de> for AddAccountAliasesRequestVisitor {
            type Value = AddAccountAliasesRequest;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("struct AddAccountAliasesRequest")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<AddAccountAliasesRequest, A::Error> {
                let mut f0: Option<Option<Vec<String>>> = None;
                let mut f1: Option<Option<Vec<crate::models::CreateAccountAliasRequest>>> = None;
                while let Some(key) = map.next_key_seed(crate::runtime::FieldSeed(FIELDS))? {
                    match key {
                        0 => crate::runtime::field(&mut map, &mut f0, "aliases"),
                        1 => crate::runtime::field(&mut map, &mut f1, "accountAliases"),
                        _ => crate::runtime::skip(&mut map),
                    }?;
                }
                Ok(AddAccountAliasesRequest {
                    aliases: f0.unwrap_or_default(),
                    account_aliases: f1.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct(
            "AddAccountAliasesRequest",
            FIELDS,
            AddAccountAliasesRequestVisitor,
        )
    }
}
