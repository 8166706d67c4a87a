//! The `NamedLicenseUpdate` model.
/// Named License update response
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct NamedLicenseUpdate {
    /// `id`
    pub id: String,
    /// `licenseId`
    #[serde(rename = "licenseId")]
    pub license_id: String,
    /// `accountId`
    #[serde(rename = "accountId")]
    pub account_id: String,
    /// `name`
    pub name: String,
    /// `effectiveFrom`
    #[serde(rename = "effectiveFrom", skip_serializing_if = "Option::is_none")]
    pub effective_from: Option<chrono::DateTime<chrono::Utc>>,
    /// `effectiveUntil`
    #[serde(rename = "effectiveUntil", skip_serializing_if = "Option::is_none")]
    pub effective_until: Option<chrono::DateTime<chrono::Utc>>,
    /// `createdAt`
    #[serde(rename = "createdAt")]
    pub created_at: chrono::DateTime<chrono::Utc>,
    /// `updatedAt`
    #[serde(rename = "updatedAt")]
    pub updated_at: chrono::DateTime<chrono::Utc>,
}
#[allow(deprecated)]
impl<'de> serde::Deserialize<'de> for NamedLicenseUpdate {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        const FIELDS: &[&str] = &[
            "id",
            "licenseId",
            "accountId",
            "name",
            "effectiveFrom",
            "effectiveUntil",
            "createdAt",
            "updatedAt",
        ];
        struct NamedLicenseUpdateVisitor;
        impl<'de> serde::de::Visitor<'de> for NamedLicenseUpdateVisitor {
            type Value = NamedLicenseUpdate;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("struct NamedLicenseUpdate")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<NamedLicenseUpdate, A::Error> {
                let mut f0: Option<String> = None;
                let mut f1: Option<String> = None;
                let mut f2: Option<String> = None;
                let mut f3: Option<String> = None;
                let mut f4: Option<Option<chrono::DateTime<chrono::Utc>>> = None;
                let mut f5: Option<Option<chrono::DateTime<chrono::Utc>>> = None;
                let mut f6: Option<chrono::DateTime<chrono::Utc>> = None;
                let mut f7: Option<chrono::DateTime<chrono::Utc>> = None;
                while let Some(key) = map.next_key_seed(crate::runtime::FieldSeed(FIELDS))? {
                    match key {
                        0 => crate::runtime::field(&mut map, &mut f0, "id"),
                        1 => crate::runtime::field(&mut map, &mut f1, "licenseId"),
                        2 => crate::runtime::field(&mut map, &mut f2, "accountId"),
                        3 => crate::runtime::field(&mut map, &mut f3, "name"),
                        4 => crate::runtime::field_seed(
                            &mut map,
                            &mut f4,
                            "effectiveFrom",
                            crate::runtime::datetime::OptionSeed,
                        ),
                        5 => crate::runtime::field_seed(
                            &mut map,
                            &mut f5,
                            "effectiveUntil",
                            crate::runtime::datetime::OptionSeed,
                        ),
                        6 => crate::runtime::field_seed(
                            &mut map,
                            &mut f6,
                            "createdAt",
                            crate::runtime::datetime::Seed,
                        ),
                        7 => crate::runtime::field_seed(
                            &mut map,
                            &mut f7,
                            "updatedAt",
                            crate::runtime::datetime::Seed,
                        ),
                        _ => crate::runtime::skip(&mut map),
                    }?;
                }
                Ok(NamedLicenseUpdate {
                    id: crate::runtime::required(f0, "id")?,
                    license_id: crate::runtime::required(f1, "licenseId")?,
                    account_id: crate::runtime::required(f2, "accountId")?,
                    name: crate::runtime::required(f3, "name")?,
                    effective_from: f4.unwrap_or_default(),
                    effective_until: f5.unwrap_or_default(),
                    created_at: crate::runtime::required(f6, "createdAt")?,
                    updated_at: crate::runtime::required(f7, "updatedAt")?,
                })
            }
        }
        deserializer.deserialize_struct("NamedLicenseUpdate", FIELDS, NamedLicenseUpdateVisitor)
    }
}
impl NamedLicenseUpdate {
    /// Creates a `NamedLicenseUpdate` from its required fields; optional fields start empty.
    #[allow(deprecated)]
    pub fn new(
        id: String,
        license_id: String,
        account_id: String,
        name: String,
        created_at: chrono::DateTime<chrono::Utc>,
        updated_at: chrono::DateTime<chrono::Utc>,
    ) -> Self {
        Self {
            id,
            license_id,
            account_id,
            name,
            effective_from: None,
            effective_until: None,
            created_at,
            updated_at,
        }
    }
}
