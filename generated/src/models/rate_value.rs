//! The `RateValue` model.
/// Represents a rate
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct RateValue {
    /// `currency`
    pub currency: String,
    /// `slabRates`
    #[serde(rename = "slabRates")]
    pub slab_rates: Vec<crate::models::SlabRate>,
    /// `rateConfig`
    #[serde(rename = "rateConfig", skip_serializing_if = "Option::is_none")]
    pub rate_config: Option<std::collections::BTreeMap<String, String>>,
}
#[allow(deprecated)]
impl<'de> serde::Deserialize<'de> for RateValue {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        const FIELDS: &[&str] = &["currency", "slabRates", "rateConfig"];
        struct RateValueVisitor;
        impl<'de> serde::de::Visitor<'de> for RateValueVisitor {
            type Value = RateValue;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("struct RateValue")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<RateValue, A::Error> {
                let mut f0: Option<String> = None;
                let mut f1: Option<Vec<crate::models::SlabRate>> = None;
                let mut f2: Option<Option<std::collections::BTreeMap<String, String>>> = None;
                while let Some(key) = map.next_key_seed(crate::runtime::FieldSeed(FIELDS))? {
                    match key {
                        0 => crate::runtime::field(&mut map, &mut f0, "currency"),
                        1 => crate::runtime::field(&mut map, &mut f1, "slabRates"),
                        2 => crate::runtime::field(&mut map, &mut f2, "rateConfig"),
                        _ => crate::runtime::skip(&mut map),
                    }?;
                }
                Ok(RateValue {
                    currency: crate::runtime::required(f0, "currency")?,
                    slab_rates: crate::runtime::required(f1, "slabRates")?,
                    rate_config: f2.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("RateValue", FIELDS, RateValueVisitor)
    }
}
impl RateValue {
    /// Creates a `RateValue` from its required fields; optional fields start empty.
    #[allow(deprecated)]
    pub fn new(currency: String, slab_rates: Vec<crate::models::SlabRate>) -> Self {
        Self {
            currency,
            slab_rates,
            rate_config: None,
        }
    }
}
