//! The `Slab` model.

use togai_codegen_runtime as rt;

/// Represents a pricing priceType (rates + slabs) for usage price plan
#[derive(Debug, Clone, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
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

rt::deserialize_struct! {
    Slab { 0 order "order" required, 1 start_after "startAfter" required, 2 price_type
    "priceType" required, 3 slab_config "slabConfig" optional, }
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
