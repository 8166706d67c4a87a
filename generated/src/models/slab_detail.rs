//! The `SlabDetail` model.
/// The details of a slab
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct SlabDetail {
    /// `startAfter`
    #[serde(rename = "startAfter")]
    pub start_after: f64,
    /// `priceType`
    #[serde(rename = "priceType")]
    pub price_type: crate::models::PriceType,
    /// `slabConfig`
    #[serde(rename = "slabConfig", skip_serializing_if = "Option::is_none")]
    pub slab_config: Option<std::collections::BTreeMap<String, String>>,
    /// `rate`
    pub rate: f64,
    /// `slabRateConfig`
    #[serde(rename = "slabRateConfig", skip_serializing_if = "Option::is_none")]
    pub slab_rate_config: Option<std::collections::BTreeMap<String, String>>,
}
#[allow(deprecated)]
impl<'de> serde::Deserialize<'de> for SlabDetail {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        const FIELDS: &[&str] = &[
            "startAfter",
            "priceType",
            "slabConfig",
            "rate",
            "slabRateConfig",
        ];
        struct SlabDetailVisitor;
        impl<'de> serde::de::Visitor<'de> for SlabDetailVisitor {
            type Value = SlabDetail;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("struct SlabDetail")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<SlabDetail, A::Error> {
                let mut f0: Option<f64> = None;
                let mut f1: Option<crate::models::PriceType> = None;
                let mut f2: Option<Option<std::collections::BTreeMap<String, String>>> = None;
                let mut f3: Option<f64> = None;
                let mut f4: Option<Option<std::collections::BTreeMap<String, String>>> = None;
                while let Some(key) = map.next_key_seed(crate::runtime::FieldSeed(FIELDS))? {
                    match key {
                        0 => crate::runtime::field(&mut map, &mut f0, "startAfter"),
                        1 => crate::runtime::field(&mut map, &mut f1, "priceType"),
                        2 => crate::runtime::field(&mut map, &mut f2, "slabConfig"),
                        3 => crate::runtime::field(&mut map, &mut f3, "rate"),
                        4 => crate::runtime::field(&mut map, &mut f4, "slabRateConfig"),
                        _ => crate::runtime::skip(&mut map),
                    }?;
                }
                Ok(SlabDetail {
                    start_after: crate::runtime::required(f0, "startAfter")?,
                    price_type: crate::runtime::required(f1, "priceType")?,
                    slab_config: f2.unwrap_or_default(),
                    rate: crate::runtime::required(f3, "rate")?,
                    slab_rate_config: f4.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("SlabDetail", FIELDS, SlabDetailVisitor)
    }
}
impl SlabDetail {
    /// Creates a `SlabDetail` from its required fields; optional fields start empty.
    #[allow(deprecated)]
    pub fn new(start_after: f64, price_type: crate::models::PriceType, rate: f64) -> Self {
        Self {
            start_after,
            price_type,
            slab_config: None,
            rate,
            slab_rate_config: None,
        }
    }
}
