//! The `Slab` model.
/// Represents a pricing priceType (rates + slabs) for usage price plan
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct Slab {
    /// `order`
    pub order: i32,
    /// `startAfter`
    #[serde(rename = "startAfter")]
    pub start_after: f64,
    /// `priceType`
    #[serde(rename = "priceType")]
    pub price_type: crate::models::PriceType,
    /// `slabConfig`
    #[serde(rename = "slabConfig", skip_serializing_if = "Option::is_none")]
    pub slab_config: Option<std::collections::BTreeMap<String, String>>,
}
#[allow(deprecated)]
impl<'de> serde::Deserialize<'de> for Slab {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        const FIELDS: &[&str] = &["order", "startAfter", "priceType", "slabConfig"];
        struct SlabVisitor;
        impl<'de> serde::de::Visitor<'de> for SlabVisitor {
            type Value = Slab;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("struct Slab")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(self, mut map: A) -> Result<Slab, A::Error> {
                let mut f0: Option<i32> = None;
                let mut f1: Option<f64> = None;
                let mut f2: Option<crate::models::PriceType> = None;
                let mut f3: Option<Option<std::collections::BTreeMap<String, String>>> = None;
                while let Some(key) = map.next_key_seed(crate::runtime::FieldSeed(FIELDS))? {
                    match key {
                        0 => crate::runtime::field(&mut map, &mut f0, "order"),
                        1 => crate::runtime::field(&mut map, &mut f1, "startAfter"),
                        2 => crate::runtime::field(&mut map, &mut f2, "priceType"),
                        3 => crate::runtime::field(&mut map, &mut f3, "slabConfig"),
                        _ => crate::runtime::skip(&mut map),
                    }?;
                }
                Ok(Slab {
                    order: crate::runtime::required(f0, "order")?,
                    start_after: crate::runtime::required(f1, "startAfter")?,
                    price_type: crate::runtime::required(f2, "priceType")?,
                    slab_config: f3.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("Slab", FIELDS, SlabVisitor)
    }
}
impl Slab {
    /// Creates a `Slab` from its required fields; optional fields start empty.
    #[allow(deprecated)]
    pub fn new(order: i32, start_after: f64, price_type: crate::models::PriceType) -> Self {
        Self {
            order,
            start_after,
            price_type,
            slab_config: None,
        }
    }
}
