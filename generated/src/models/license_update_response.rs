//! The `LicenseUpdateResponse` model.
/// The `LicenseUpdateResponse` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct LicenseUpdateResponse {
    /// `licenseId`
    #[serde(rename = "licenseId")]
    pub license_id: String,
    /// `accountId`
    #[serde(rename = "accountId")]
    pub account_id: String,
    /// Absolute quantity of the license
    pub quantity: f64,
    /// `effectiveFrom`
    #[serde(rename = "effectiveFrom")]
    pub effective_from: chrono::DateTime<chrono::Utc>,
    /// `metadata`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub metadata: Option<std::collections::BTreeMap<String, String>>,
    /// `createdAt`
    #[serde(rename = "createdAt")]
    pub created_at: chrono::DateTime<chrono::Utc>,
}
#[allow(deprecated)]
impl<'de> serde::Deserialize<'de> for LicenseUpdateResponse {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        const FIELDS: &[&str] = &[
            "licenseId",
            "accountId",
            "quantity",
            "effectiveFrom",
            "metadata",
            "createdAt",
        ];
        struct LicenseUpdateResponseVisitor;
        impl<'de> serde::de::Visitor<'de> for LicenseUpdateResponseVisitor {
            type Value = LicenseUpdateResponse;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("struct LicenseUpdateResponse")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<LicenseUpdateResponse, A::Error> {
                let mut f0: Option<String> = None;
                let mut f1: Option<String> = None;
                let mut f2: Option<f64> = None;
                let mut f3: Option<chrono::DateTime<chrono::Utc>> = None;
                let mut f4: Option<Option<std::collections::BTreeMap<String, String>>> = None;
                let mut f5: Option<chrono::DateTime<chrono::Utc>> = None;
                while let Some(key) = map.next_key_seed(crate::runtime::FieldSeed(FIELDS))? {
                    match key {
                        0 => crate::runtime::field(&mut map, &mut f0, "licenseId"),
                        1 => crate::runtime::field(&mut map, &mut f1, "accountId"),
                        2 => crate::runtime::field(&mut map, &mut f2, "quantity"),
                        3 => crate::runtime::field_seed(
                            &mut map,
                            &mut f3,
                            "effectiveFrom",
                            crate::runtime::datetime::Seed,
                        ),
                        4 => crate::runtime::field(&mut map, &mut f4, "metadata"),
                        5 => crate::runtime::field_seed(
                            &mut map,
                            &mut f5,
                            "createdAt",
                            crate::runtime::datetime::Seed,
                        ),
                        _ => crate::runtime::skip(&mut map),
                    }?;
                }
                Ok(LicenseUpdateResponse {
                    license_id: crate::runtime::required(f0, "licenseId")?,
                    account_id: crate::runtime::required(f1, "accountId")?,
                    quantity: crate::runtime::required(f2, "quantity")?,
                    effective_from: crate::runtime::required(f3, "effectiveFrom")?,
                    metadata: f4.unwrap_or_default(),
                    created_at: crate::runtime::required(f5, "createdAt")?,
                })
            }
        }
        deserializer.deserialize_struct(
            "LicenseUpdateResponse",
            FIELDS,
            LicenseUpdateResponseVisitor,
        )
    }
}
impl LicenseUpdateResponse {
    /// Creates a `LicenseUpdateResponse` from its required fields; optional fields start empty.
    #[allow(deprecated)]
    pub fn new(
        license_id: String,
        account_id: String,
        quantity: f64,
        effective_from: chrono::DateTime<chrono::Utc>,
        created_at: chrono::DateTime<chrono::Utc>,
    ) -> Self {
        Self {
            license_id,
            account_id,
            quantity,
            effective_from,
            metadata: None,
            created_at,
        }
    }
}
