//! The `UpdateWalletRequest` model.
/// Payload to update wallet of an account
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
pub struct UpdateWalletRequest {
    /// `effectiveFrom`
    #[serde(rename = "effectiveFrom", skip_serializing_if = "Option::is_none")]
    pub effective_from: Option<chrono::DateTime<chrono::Utc>>,
    /// `status`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<crate::models::WalletStatus>,
}
#[allow(deprecated)]
impl<'de> serde::Deserialize<'de> for UpdateWalletRequest {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        const FIELDS: &[&str] = &["effectiveFrom", "status"];
        struct UpdateWalletRequestVisitor;
        impl<'de> serde::de::Visitor<'de> for UpdateWalletRequestVisitor {
            type Value = UpdateWalletRequest;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("struct UpdateWalletRequest")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<UpdateWalletRequest, A::Error> {
                let mut f0: Option<Option<chrono::DateTime<chrono::Utc>>> = None;
                let mut f1: Option<Option<crate::models::WalletStatus>> = None;
                while let Some(key) = map.next_key_seed(crate::runtime::FieldSeed(FIELDS))? {
                    match key {
                        0 => crate::runtime::field_seed(
                            &mut map,
                            &mut f0,
                            "effectiveFrom",
                            crate::runtime::datetime::OptionSeed,
                        ),
                        1 => crate::runtime::field(&mut map, &mut f1, "status"),
                        _ => crate::runtime::skip(&mut map),
                    }?;
                }
                Ok(UpdateWalletRequest {
                    effective_from: f0.unwrap_or_default(),
                    status: f1.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("UpdateWalletRequest", FIELDS, UpdateWalletRequestVisitor)
    }
}
