//! The `RemoveAccountAliasRequest` model.
/// The `RemoveAccountAliasRequest` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct RemoveAccountAliasRequest {
    /// Alias identifier (UUID)
    pub id: String,
    /// Alias will be deleted from this date, If not provided, it will be deleted from now
    #[serde(skip_serializing_if = "Option::is_none")]
    pub from: Option<chrono::DateTime<chrono::Utc>>,
}
#[allow(deprecated)]
impl<'de> serde::Deserialize<'de> for RemoveAccountAliasRequest {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        const FIELDS: &[&str] = &["id", "from"];
        struct RemoveAccountAliasRequestVisitor;
        impl<'de> serde::de::Visitor<'de> for RemoveAccountAliasRequestVisitor {
            type Value = RemoveAccountAliasRequest;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("struct RemoveAccountAliasRequest")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<RemoveAccountAliasRequest, A::Error> {
                let mut f0: Option<String> = None;
                let mut f1: Option<Option<chrono::DateTime<chrono::Utc>>> = None;
                while let Some(key) = map.next_key_seed(crate::runtime::FieldSeed(FIELDS))? {
                    match key {
                        0 => crate::runtime::field(&mut map, &mut f0, "id"),
                        1 => crate::runtime::field_seed(
                            &mut map,
                            &mut f1,
                            "from",
                            crate::runtime::datetime::OptionSeed,
                        ),
                        _ => crate::runtime::skip(&mut map),
                    }?;
                }
                Ok(RemoveAccountAliasRequest {
                    id: crate::runtime::required(f0, "id")?,
                    from: f1.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct(
            "RemoveAccountAliasRequest",
            FIELDS,
            RemoveAccountAliasRequestVisitor,
        )
    }
}
impl RemoveAccountAliasRequest {
    /// Creates a `RemoveAccountAliasRequest` from its required fields; optional fields start empty.
    #[allow(deprecated)]
    pub fn new(id: String) -> Self {
        Self { id, from: None }
    }
}
