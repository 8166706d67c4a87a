//! The `LicenseRateCardConfig` model.
/// The `LicenseRateCardConfig` schema.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
pub struct LicenseRateCardConfig {
    /// Max allowed quantity for a particular license in a price plan
    #[serde(rename = "maxQuantity", skip_serializing_if = "Option::is_none")]
    pub max_quantity: Option<i64>,
    /// `maxQuantityBreachAction`
    #[serde(
        rename = "maxQuantityBreachAction",
        skip_serializing_if = "Option::is_none"
    )]
    pub max_quantity_breach_action: Option<crate::models::MaxQuantityBreachAction>,
}
#[allow(deprecated)]
impl<'de> serde::Deserialize<'de> for LicenseRateCardConfig {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        const FIELDS: &[&str] = &["maxQuantity", "maxQuantityBreachAction"];
        struct LicenseRateCardConfigVisitor;
        impl<'de> serde::de::Visitor<'de> for LicenseRateCardConfigVisitor {
            type Value = LicenseRateCardConfig;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("struct LicenseRateCardConfig")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<LicenseRateCardConfig, A::Error> {
                let mut f0: Option<Option<i64>> = None;
                let mut f1: Option<Option<crate::models::MaxQuantityBreachAction>> = None;
                while let Some(key) = map.next_key_seed(crate::runtime::FieldSeed(FIELDS))? {
                    match key {
                        0 => crate::runtime::field(&mut map, &mut f0, "maxQuantity"),
                        1 => crate::runtime::field(&mut map, &mut f1, "maxQuantityBreachAction"),
                        _ => crate::runtime::skip(&mut map),
                    }?;
                }
                Ok(LicenseRateCardConfig {
                    max_quantity: f0.unwrap_or_default(),
                    max_quantity_breach_action: f1.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct(
            "LicenseRateCardConfig",
            FIELDS,
            LicenseRateCardConfigVisitor,
        )
    }
}
