//! The `AccountAlias` model.
/// Account Alias
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct AccountAlias {
    /// Alias identifier (UUID)
    pub id: String,
    /// Alias value
    pub value: String,
    /// Effective from date
    #[serde(rename = "effectiveFrom")]
    pub effective_from: chrono::DateTime<chrono::Utc>,
    /// Effective until date
    #[serde(rename = "effectiveUntil")]
    pub effective_until: chrono::DateTime<chrono::Utc>,
    /// Alias creation date
    #[serde(rename = "createdAt")]
    pub created_at: chrono::DateTime<chrono::Utc>,
    /// Alias update date
    #[serde(rename = "updatedAt", skip_serializing_if = "Option::is_none")]
    pub updated_at: Option<chrono::DateTime<chrono::Utc>>,
}
#[allow(deprecated)]
impl<'de> serde::Deserialize<'de> for AccountAlias {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        const FIELDS: &[&str] = &[
            "id",
            "value",
            "effectiveFrom",
            "effectiveUntil",
            "createdAt",
            "updatedAt",
        ];
        struct AccountAliasVisitor;
        impl<'de> serde::de::Visitor<'de> for AccountAliasVisitor {
            type Value = AccountAlias;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("struct AccountAlias")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<AccountAlias, A::Error> {
                let mut f0: Option<String> = None;
                let mut f1: Option<String> = None;
                let mut f2: Option<chrono::DateTime<chrono::Utc>> = None;
                let mut f3: Option<chrono::DateTime<chrono::Utc>> = None;
                let mut f4: Option<chrono::DateTime<chrono::Utc>> = None;
                let mut f5: Option<Option<chrono::DateTime<chrono::Utc>>> = None;
                while let Some(key) = map.next_key_seed(crate::runtime::FieldSeed(FIELDS))? {
                    match key {
                        0 => crate::runtime::field(&mut map, &mut f0, "id"),
                        1 => crate::runtime::field(&mut map, &mut f1, "value"),
                        2 => crate::runtime::field_seed(
                            &mut map,
                            &mut f2,
                            "effectiveFrom",
                            crate::runtime::datetime::Seed,
                        ),
                        3 => crate::runtime::field_seed(
                            &mut map,
                            &mut f3,
                            "effectiveUntil",
                            crate::runtime::datetime::Seed,
                        ),
                        4 => crate::runtime::field_seed(
                            &mut map,
                            &mut f4,
                            "createdAt",
                            crate::runtime::datetime::Seed,
                        ),
                        5 => crate::runtime::field_seed(
                            &mut map,
                            &mut f5,
                            "updatedAt",
                            crate::runtime::datetime::OptionSeed,
                        ),
                        _ => crate::runtime::skip(&mut map),
                    }?;
                }
                Ok(AccountAlias {
                    id: crate::runtime::required(f0, "id")?,
                    value: crate::runtime::required(f1, "value")?,
                    effective_from: crate::runtime::required(f2, "effectiveFrom")?,
                    effective_until: crate::runtime::required(f3, "effectiveUntil")?,
                    created_at: crate::runtime::required(f4, "createdAt")?,
                    updated_at: f5.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("AccountAlias", FIELDS, AccountAliasVisitor)
    }
}
impl AccountAlias {
    /// Creates a `AccountAlias` from its required fields; optional fields start empty.
    #[allow(deprecated)]
    pub fn new(
        id: String,
        value: String,
        effective_from: chrono::DateTime<chrono::Utc>,
        effective_until: chrono::DateTime<chrono::Utc>,
        created_at: chrono::DateTime<chrono::Utc>,
    ) -> Self {
        Self {
            id,
            value,
            effective_from,
            effective_until,
            created_at,
            updated_at: None,
        }
    }
}
