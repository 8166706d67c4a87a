//! The `SlabRate` model.
/// Represents a rate for a slab
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct SlabRate {
    /// `order`
    pub order: i32,
    /// `rate`
    pub rate: f64,
    /// `slabRateConfig`
    #[serde(rename = "slabRateConfig", skip_serializing_if = "Option::is_none")]
    pub slab_rate_config: Option<std::collections::BTreeMap<String, String>>,
}
#[allow(deprecated)]
impl<'de> serde::Deserialize<'de> for SlabRate {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        const FIELDS: &[&str] = &["order", "rate", "slabRateConfig"];
        struct SlabRateVisitor;
        impl<'de> serde::de::Visitor<'de> for SlabRateVisitor {
            type Value = SlabRate;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("struct SlabRate")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<SlabRate, A::Error> {
                let mut f0: Option<i32> = None;
                let mut f1: Option<f64> = None;
                let mut f2: Option<Option<std::collections::BTreeMap<String, String>>> = None;
                while let Some(key) = map.next_key_seed(crate::runtime::FieldSeed(FIELDS))? {
                    match key {
                        0 => crate::runtime::field(&mut map, &mut f0, "order"),
                        1 => crate::runtime::field(&mut map, &mut f1, "rate"),
                        2 => crate::runtime::field(&mut map, &mut f2, "slabRateConfig"),
                        _ => crate::runtime::skip(&mut map),
                    }?;
                }
                Ok(SlabRate {
                    order: crate::runtime::required(f0, "order")?,
                    rate: crate::runtime::required(f1, "rate")?,
                    slab_rate_config: f2.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("SlabRate", FIELDS, SlabRateVisitor)
    }
}
impl SlabRate {
    /// Creates a `SlabRate` from its required fields; optional fields start empty.
    #[allow(deprecated)]
    pub fn new(order: i32, rate: f64) -> Self {
        Self {
            order,
            rate,
            slab_rate_config: None,
        }
    }
}
