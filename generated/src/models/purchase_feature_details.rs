//! The `PurchaseFeatureDetails` model.
/// The `PurchaseFeatureDetails` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct PurchaseFeatureDetails {
    /// `id`
    pub id: String,
    /// `name`
    pub name: String,
    /// `creditsGranted`
    #[serde(rename = "creditsGranted")]
    pub credits_granted: f64,
    /// `creditsAvailable`
    #[serde(rename = "creditsAvailable")]
    pub credits_available: f64,
    /// `updatedAt`
    #[serde(rename = "updatedAt")]
    pub updated_at: chrono::DateTime<chrono::Utc>,
    /// `effectiveFrom`
    #[serde(rename = "effectiveFrom")]
    pub effective_from: chrono::DateTime<chrono::Utc>,
    /// `effectiveUntil`
    #[serde(rename = "effectiveUntil")]
    pub effective_until: chrono::DateTime<chrono::Utc>,
}
#[allow(deprecated)]
impl<'de> serde::Deserialize<'de> for PurchaseFeatureDetails {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        const FIELDS: &[&str] = &[
            "id",
            "name",
            "creditsGranted",
            "creditsAvailable",
            "updatedAt",
            "effectiveFrom",
            "effectiveUntil",
        ];
        struct PurchaseFeatureDetailsVisitor;
        impl<'de> serde::de::Visitor<'de> for PurchaseFeatureDetailsVisitor {
            type Value = PurchaseFeatureDetails;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("struct PurchaseFeatureDetails")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<PurchaseFeatureDetails, A::Error> {
                let mut f0: Option<String> = None;
                let mut f1: Option<String> = None;
                let mut f2: Option<f64> = None;
                let mut f3: Option<f64> = None;
                let mut f4: Option<chrono::DateTime<chrono::Utc>> = None;
                let mut f5: Option<chrono::DateTime<chrono::Utc>> = None;
                let mut f6: Option<chrono::DateTime<chrono::Utc>> = None;
                while let Some(key) = map.next_key_seed(crate::runtime::FieldSeed(FIELDS))? {
                    match key {
                        0 => crate::runtime::field(&mut map, &mut f0, "id"),
                        1 => crate::runtime::field(&mut map, &mut f1, "name"),
                        2 => crate::runtime::field(&mut map, &mut f2, "creditsGranted"),
                        3 => crate::runtime::field(&mut map, &mut f3, "creditsAvailable"),
                        4 => crate::runtime::field_seed(
                            &mut map,
                            &mut f4,
                            "updatedAt",
                            crate::runtime::datetime::Seed,
                        ),
                        5 => crate::runtime::field_seed(
                            &mut map,
                            &mut f5,
                            "effectiveFrom",
                            crate::runtime::datetime::Seed,
                        ),
                        6 => crate::runtime::field_seed(
                            &mut map,
                            &mut f6,
                            "effectiveUntil",
                            crate::runtime::datetime::Seed,
                        ),
                        _ => crate::runtime::skip(&mut map),
                    }?;
                }
                Ok(PurchaseFeatureDetails {
                    id: crate::runtime::required(f0, "id")?,
                    name: crate::runtime::required(f1, "name")?,
                    credits_granted: crate::runtime::required(f2, "creditsGranted")?,
                    credits_available: crate::runtime::required(f3, "creditsAvailable")?,
                    updated_at: crate::runtime::required(f4, "updatedAt")?,
                    effective_from: crate::runtime::required(f5, "effectiveFrom")?,
                    effective_until: crate::runtime::required(f6, "effectiveUntil")?,
                })
            }
        }
        deserializer.deserialize_struct(
            "PurchaseFeatureDetails",
            FIELDS,
            PurchaseFeatureDetailsVisitor,
        )
    }
}
impl PurchaseFeatureDetails {
    /// Creates a `PurchaseFeatureDetails` from its required fields; optional fields start empty.
    #[allow(deprecated)]
    pub fn new(
        id: String,
        name: String,
        credits_granted: f64,
        credits_available: f64,
        updated_at: chrono::DateTime<chrono::Utc>,
        effective_from: chrono::DateTime<chrono::Utc>,
        effective_until: chrono::DateTime<chrono::Utc>,
    ) -> Self {
        Self {
            id,
            name,
            credits_granted,
            credits_available,
            updated_at,
            effective_from,
            effective_until,
        }
    }
}
