//! The `LicenseEntryDetailsUpdateRequest` model.
/// License Entry Details update request
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct LicenseEntryDetailsUpdateRequest {
    /// The account id for which the license is being updated
    #[serde(rename = "accountId")]
    pub account_id: String,
    /// The effective from date of the license entry
    #[serde(rename = "effectiveFrom")]
    pub effective_from: chrono::DateTime<chrono::Utc>,
    /// `metadata`
    pub metadata: std::collections::BTreeMap<String, String>,
}
#[allow(deprecated)]
impl<'de> serde::Deserialize<'de> for LicenseEntryDetailsUpdateRequest {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        const FIELDS: &[&str] = &["accountId", "effectiveFrom", "metadata"];
        struct LicenseEntryDetailsUpdateRequestVisitor;
        impl<'de> serde::de::Visitor<'de> for LicenseEntryDetailsUpdateRequestVisitor {
            type Value = LicenseEntryDetailsUpdateRequest;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("struct LicenseEntryDetailsUpdateRequest")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<LicenseEntryDetailsUpdateRequest, A::Error> {
                let mut f0: Option<String> = None;
                let mut f1: Option<chrono::DateTime<chrono::Utc>> = None;
                let mut f2: Option<std::collections::BTreeMap<String, String>> = None;
                while let Some(key) = map.next_key_seed(crate::runtime::FieldSeed(FIELDS))? {
                    match key {
                        0 => crate::runtime::field(&mut map, &mut f0, "accountId"),
                        1 => crate::runtime::field_seed(
                            &mut map,
                            &mut f1,
                            "effectiveFrom",
                            crate::runtime::datetime::Seed,
                        ),
                        2 => crate::runtime::field(&mut map, &mut f2, "metadata"),
                        _ => crate::runtime::skip(&mut map),
                    }?;
                }
                Ok(LicenseEntryDetailsUpdateRequest {
                    account_id: crate::runtime::required(f0, "accountId")?,
                    effective_from: crate::runtime::required(f1, "effectiveFrom")?,
                    metadata: crate::runtime::required(f2, "metadata")?,
                })
            }
        }
        deserializer.deserialize_struct(
            "LicenseEntryDetailsUpdateRequest",
            FIELDS,
            LicenseEntryDetailsUpdateRequestVisitor,
        )
    }
}
impl LicenseEntryDetailsUpdateRequest {
    /// Creates a `LicenseEntryDetailsUpdateRequest` from its required fields; optional fields start empty.
    #[allow(deprecated)]
    pub fn new(
        account_id: String,
        effective_from: chrono::DateTime<chrono::Utc>,
        metadata: std::collections::BTreeMap<String, String>,
    ) -> Self {
        Self {
            account_id,
            effective_from,
            metadata,
        }
    }
}
