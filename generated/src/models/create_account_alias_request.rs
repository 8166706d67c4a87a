//! The `CreateAccountAliasRequest` model.
/// An alternative account identifier for event ingestion with a defined effective duration.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct CreateAccountAliasRequest {
    /// `value`
    pub value: String,
    /// Effective from date, if not provided, it will be set to -infinity
    #[serde(rename = "effectiveFrom", skip_serializing_if = "Option::is_none")]
    pub effective_from: Option<chrono::DateTime<chrono::Utc>>,
    /// Effective until date, if not provided, it will be set to +infinity
    #[serde(rename = "effectiveUntil", skip_serializing_if = "Option::is_none")]
    pub effective_until: Option<chrono::DateTime<chrono::Utc>>,
}
#[allow(deprecated)]
impl<'de> serde::Deserialize<'de> for CreateAccountAliasRequest {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        const FIELDS: &[&str] = &["value", "effectiveFrom", "effectiveUntil"];
        struct CreateAccountAliasRequestVisitor;
        impl<'de> serde::de::Visitor<'de> for CreateAccountAliasRequestVisitor {
            type Value = CreateAccountAliasRequest;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("struct CreateAccountAliasRequest")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<CreateAccountAliasRequest, A::Error> {
                let mut f0: Option<String> = None;
                let mut f1: Option<Option<chrono::DateTime<chrono::Utc>>> = None;
                let mut f2: Option<Option<chrono::DateTime<chrono::Utc>>> = None;
                while let Some(key) = map.next_key_seed(crate::runtime::FieldSeed(FIELDS))? {
                    match key {
                        0 => crate::runtime::field(&mut map, &mut f0, "value"),
                        1 => crate::runtime::field_seed(
                            &mut map,
                            &mut f1,
                            "effectiveFrom",
                            crate::runtime::datetime::OptionSeed,
                        ),
                        2 => crate::runtime::field_seed(
                            &mut map,
                            &mut f2,
                            "effectiveUntil",
                            crate::runtime::datetime::OptionSeed,
                        ),
                        _ => crate::runtime::skip(&mut map),
                    }?;
                }
                Ok(CreateAccountAliasRequest {
                    value: crate::runtime::required(f0, "value")?,
                    effective_from: f1.unwrap_or_default(),
                    effective_until: f2.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct(
            "CreateAccountAliasRequest",
            FIELDS,
            CreateAccountAliasRequestVisitor,
        )
    }
}
impl CreateAccountAliasRequest {
    /// Creates a `CreateAccountAliasRequest` from its required fields; optional fields start empty.
    #[allow(deprecated)]
    pub fn new(value: String) -> Self {
        Self {
            value,
            effective_from: None,
            effective_until: None,
        }
    }
}
