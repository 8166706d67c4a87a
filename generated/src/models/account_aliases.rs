//! The `AccountAliases` model.
/// The `AccountAliases` schema.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
pub struct AccountAliases {
    /// `alias`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub alias: Option<String>,
}
#[allow(deprecated)]
impl<'de> serde::Deserialize<'de> for AccountAliases {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        const FIELDS: &[&str] = &["alias"];
        struct AccountAliasesVisitor;
        impl<'de> serde::de::Visitor<'de> for AccountAliasesVisitor {
            type Value = AccountAliases;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("struct AccountAliases")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<AccountAliases, A::Error> {
                let mut f0: Option<Option<String>> = None;
                while let Some(key) = map.next_key_seed(crate::runtime::FieldSeed(FIELDS))? {
                    match key {
                        0 => crate::runtime::field(&mut map, &mut f0, "alias"),
                        _ => crate::runtime::skip(&mut map),
                    }?;
                }
                Ok(AccountAliases {
                    alias: f0.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("AccountAliases", FIELDS, AccountAliasesVisitor)
    }
}
