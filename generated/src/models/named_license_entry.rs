//! The `NamedLicenseEntry` model.
/// The `NamedLicenseEntry` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct NamedLicenseEntry {
    /// `licenseId`
    #[serde(rename = "licenseId")]
    pub license_id: String,
    /// `name`
    pub name: i64,
    /// `effectiveFrom`
    #[serde(rename = "effectiveFrom")]
    pub effective_from: chrono::DateTime<chrono::Utc>,
    /// `effectiveUntil`
    #[serde(rename = "effectiveUntil", skip_serializing_if = "Option::is_none")]
    pub effective_until: Option<chrono::DateTime<chrono::Utc>>,
}
#[allow(deprecated)]
impl<'de> serde::Deserialize<'de> for NamedLicenseEntry {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        const FIELDS: &[&str] = &["licenseId", "name", "effectiveFrom", "effectiveUntil"];
        struct NamedLicenseEntryVisitor;
        impl<'de> serde::de::Visitor<'de> for NamedLicenseEntryVisitor {
            type Value = NamedLicenseEntry;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("struct NamedLicenseEntry")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<NamedLicenseEntry, A::Error> {
                let mut f0: Option<String> = None;
                let mut f1: Option<i64> = None;
                let mut f2: Option<chrono::DateTime<chrono::Utc>> = None;
                let mut f3: Option<Option<chrono::DateTime<chrono::Utc>>> = None;
                while let Some(key) = map.next_key_seed(crate::runtime::FieldSeed(FIELDS))? {
                    match key {
                        0 => crate::runtime::field(&mut map, &mut f0, "licenseId"),
                        1 => crate::runtime::field(&mut map, &mut f1, "name"),
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
                            crate::runtime::datetime::OptionSeed,
                        ),
                        _ => crate::runtime::skip(&mut map),
                    }?;
                }
                Ok(NamedLicenseEntry {
                    license_id: crate::runtime::required(f0, "licenseId")?,
                    name: crate::runtime::required(f1, "name")?,
                    effective_from: crate::runtime::required(f2, "effectiveFrom")?,
                    effective_until: f3.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("NamedLicenseEntry", FIELDS, NamedLicenseEntryVisitor)
    }
}
impl NamedLicenseEntry {
    /// Creates a `NamedLicenseEntry` from its required fields; optional fields start empty.
    #[allow(deprecated)]
    pub fn new(
        license_id: String,
        name: i64,
        effective_from: chrono::DateTime<chrono::Utc>,
    ) -> Self {
        Self {
            license_id,
            name,
            effective_from,
            effective_until: None,
        }
    }
}
