//! The `SlabRevenueMetadata` model.
/// The `SlabRevenueMetadata` schema.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
pub struct SlabRevenueMetadata {
    /// `minimumRateApplied`
    #[serde(rename = "minimumRateApplied", skip_serializing_if = "Option::is_none")]
    pub minimum_rate_applied: Option<bool>,
    /// `maximumRateApplied`
    #[serde(rename = "maximumRateApplied", skip_serializing_if = "Option::is_none")]
    pub maximum_rate_applied: Option<bool>,
    /// `packageQuantity`
    #[serde(rename = "packageQuantity", skip_serializing_if = "Option::is_none")]
    pub package_quantity: Option<i64>,
}
#[allow(deprecated)]
impl<'de> serde::Deserialize<'de> for SlabRevenueMetadata {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        const FIELDS: &[&str] = &[
            "minimumRateApplied",
            "maximumRateApplied",
            "packageQuantity",
        ];
        struct SlabRevenueMetadataVisitor;
        impl<'de> serde::de::Visitor<'de> for SlabRevenueMetadataVisitor {
            type Value = SlabRevenueMetadata;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("struct SlabRevenueMetadata")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<SlabRevenueMetadata, A::Error> {
                let mut f0: Option<Option<bool>> = None;
                let mut f1: Option<Option<bool>> = None;
                let mut f2: Option<Option<i64>> = None;
                while let Some(key) = map.next_key_seed(crate::runtime::FieldSeed(FIELDS))? {
                    match key {
                        0 => crate::runtime::field(&mut map, &mut f0, "minimumRateApplied"),
                        1 => crate::runtime::field(&mut map, &mut f1, "maximumRateApplied"),
                        2 => crate::runtime::field(&mut map, &mut f2, "packageQuantity"),
                        _ => crate::runtime::skip(&mut map),
                    }?;
                }
                Ok(SlabRevenueMetadata {
                    minimum_rate_applied: f0.unwrap_or_default(),
                    maximum_rate_applied: f1.unwrap_or_default(),
                    package_quantity: f2.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("SlabRevenueMetadata", FIELDS, SlabRevenueMetadataVisitor)
    }
}
