//! The `SlabDetail` model.

use togai_codegen_runtime as rt;

/// The details of a slab
#[derive(Debug, Clone, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
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

rt::deserialize_struct! {
    SlabDetail { 0 start_after "startAfter" required, 1 price_type "priceType" required,
    2 slab_config "slabConfig" optional, 3 rate "rate" required, 4 slab_rate_config
    "slabRateConfig" optional, }
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
