//! The `AccountAliasesPaginatedResponse` model.
/// Paginated response for account aliases
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct AccountAliasesPaginatedResponse {
    /// `data`
    pub data: Vec<crate::models::AccountAlias>,
    /// `nextToken`
    #[serde(rename = "nextToken", skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
}
#[allow(deprecated)]
impl<'de> serde::Deserialize<'de> for AccountAliasesPaginatedResponse {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        const FIELDS: &[&str] = &["data", "nextToken"];
        struct AccountAliasesPaginatedResponseVisitor;
        impl<'de> serde::de::Visitor<'de> for AccountAliasesPaginatedResponseVisitor {
            type Value = AccountAliasesPaginatedResponse;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("struct AccountAliasesPaginatedResponse")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<AccountAliasesPaginatedResponse, A::Error> {
                let mut f0: Option<Vec<crate::models::AccountAlias>> = None;
                let mut f1: Option<Option<String>> = None;
                while let Some(key) = map.next_key_seed(crate::runtime::FieldSeed(FIELDS))? {
                    match key {
                        0 => crate::runtime::field(&mut map, &mut f0, "data"),
                        1 => crate::runtime::field(&mut map, &mut f1, "nextToken"),
                        _ => crate::runtime::skip(&mut map),
                    }?;
                }
                Ok(AccountAliasesPaginatedResponse {
                    data: crate::runtime::required(f0, "data")?,
                    next_token: f1.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct(
            "AccountAliasesPaginatedResponse",
            FIELDS,
            AccountAliasesPaginatedResponseVisitor,
        )
    }
}
impl AccountAliasesPaginatedResponse {
    /// Creates a `AccountAliasesPaginatedResponse` from its required fields; optional fields start empty.
    #[allow(deprecated)]
    pub fn new(data: Vec<crate::models::AccountAlias>) -> Self {
        Self {
            data,
            next_token: None,
        }
    }
}
