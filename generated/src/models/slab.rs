//! The `Slab` model.

use togai_codegen_runtime as rt;

/// Represents a pricing priceType (rates + slabs) for usage price plan
#[derive(Debug, Clone, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
#[non_exhaustive]
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
    Slab {
        0 order "order" required,
        1 start_after "startAfter" required,
        2 price_type "priceType" required,
        3 slab_config "slabConfig" optional,
    }
}
impl Slab {
    /// A new value from the required fields; set the others with the `with_` methods.
    pub fn new(
        order: impl Into<i32>,
        start_after: impl Into<f64>,
        price_type: impl Into<crate::models::PriceType>,
    ) -> Self {
        Self {
            order: order.into(),
            start_after: start_after.into(),
            price_type: price_type.into(),
            slab_config: None,
        }
    }

    /// Sets `slab_config` (`slabConfig`); until set, it is left out.
    pub fn with_slab_config(
        mut self,
        value: impl Into<std::collections::BTreeMap<String, String>>,
    ) -> Self {
        self.slab_config = Some(value.into());
        self
    }
}
