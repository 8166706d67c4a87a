//! The `LicenseEntry` model.
/// The `LicenseEntry` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct LicenseEntry {
    /// `licenseId`
    #[serde(rename = "licenseId")]
    pub license_id: String,
    /// `quantity`
    pub quantity: i64,
    /// `effectiveFrom`
    #[serde(rename = "effectiveFrom")]
    pub effective_from: chrono::DateTime<chrono::Utc>,
}
#[allow(deprecated)]
impl<'de> serde::Deserialize<'de> for LicenseEntry {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        const FIELDS: &[&str] = &["licenseId", "quantity", "effectiveFrom"];
        struct LicenseEntryVisitor;
        impl<'de> serde::de::Visitor<'de> for LicenseEntryVisitor {
            type Value = LicenseEntry;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("struct LicenseEntry")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<LicenseEntry, A::Error> {
                let mut f0: Option<String> = None;
                let mut f1: Option<i64> = None;
                let mut f2: Option<chrono::DateTime<chrono::Utc>> = None;
                while let Some(key) = map.next_key_seed(crate::runtime::FieldSeed(FIELDS))? {
                    match key {
                        0 => crate::runtime::field(&mut map, &mut f0, "licenseId"),
                        1 => crate::runtime::field(&mut map, &mut f1, "quantity"),
                        2 => crate::runtime::field_seed(
                            &mut map,
                            &mut f2,
                            "effectiveFrom",
                            crate::runtime::datetime::Seed,
                        ),
                        _ => crate::runtime::skip(&mut map),
                    }?;
                }
                Ok(LicenseEntry {
                    license_id: crate::runtime::required(f0, "licenseId")?,
                    quantity: crate::runtime::required(f1, "quantity")?,
                    effective_from: crate::runtime::required(f2, "effectiveFrom")?,
                })
            }
        }
        deserializer.deserialize_struct("LicenseEntry", FIELDS, LicenseEntryVisitor)
    }
}
impl LicenseEntry {
    /// Creates a `LicenseEntry` from its required fields; optional fields start empty.
    #[allow(deprecated)]
    pub fn new(
        license_id: String,
        quantity: i64,
        effective_from: chrono::DateTime<chrono::Utc>,
    ) -> Self {
        Self {
            license_id,
            quantity,
            effective_from,
        }
    }
}
