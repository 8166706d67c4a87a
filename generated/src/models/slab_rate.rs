//! The `SlabRate` model.

use togai_codegen_runtime as rt;

/// Represents a rate for a slab
#[derive(Debug, Clone, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
pub struct SlabRate {
    /// `order`
    pub order: i32,
    /// `rate`
    pub rate: f64,
    /// `slabRateConfig`
    #[serde(rename = "slabRateConfig", skip_serializing_if = "Option::is_none")]
    pub slab_rate_config: Option<std::collections::BTreeMap<String, String>>,
}

rt::deserialize_struct! {
    SlabRate { 0 order "order" required, 1 rate "rate" required, 2 slab_rate_config
    "slabRateConfig" optional, }
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
