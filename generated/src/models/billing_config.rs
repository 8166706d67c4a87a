//! The `BillingConfig` model.
/// The `BillingConfig` schema.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
pub struct BillingConfig {
    /// Represents the number of pricing cycles after which the rate card will be billed
    #[serde(skip_serializing_if = "Option::is_none")]
    pub interval: Option<i64>,
    /// Represents the offset for pricing cycles after which the rate card will be billed
    #[serde(rename = "startOffset", skip_serializing_if = "Option::is_none")]
    pub start_offset: Option<i64>,
}
#[allow(deprecated)]
impl<'de> serde::Deserialize<'de> for BillingConfig {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        const FIELDS: &[&str] = &["interval", "startOffset"];
        struct BillingConfigVisitor;
        impl<'de> serde::de::Visitor<'de> for BillingConfigVisitor {
            type Value = BillingConfig;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("struct BillingConfig")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<BillingConfig, A::Error> {
                let mut f0: Option<Option<i64>> = None;
                let mut f1: Option<Option<i64>> = None;
                while let Some(key) = map.next_key_seed(crate::runtime::FieldSeed(FIELDS))? {
                    match key {
                        0 => crate::runtime::field(&mut map, &mut f0, "interval"),
                        1 => crate::runtime::field(&mut map, &mut f1, "startOffset"),
                        _ => crate::runtime::skip(&mut map),
                    }?;
                }
                Ok(BillingConfig {
                    interval: f0.unwrap_or_default(),
                    start_offset: f1.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("BillingConfig", FIELDS, BillingConfigVisitor)
    }
}
