//! The `SlabRate` model.

use togai_codegen_runtime as rt;

/// Represents a rate for a slab
#[derive(Debug, Clone, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
#[non_exhaustive]
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
    SlabRate {
        0 order "order" required,
        1 rate "rate" required,
        2 slab_rate_config "slabRateConfig" optional,
    }
}
impl SlabRate {
    /// A new value from the required fields; set the others with the `with_` methods.
    pub fn new(order: impl Into<i32>, rate: impl Into<f64>) -> Self {
        Self {
            order: order.into(),
            rate: rate.into(),
            slab_rate_config: None,
        }
    }

    /// Sets `slab_rate_config` (`slabRateConfig`); until set, it is left out.
    pub fn with_slab_rate_config(
        mut self,
        value: impl Into<std::collections::BTreeMap<String, String>>,
    ) -> Self {
        self.slab_rate_config = Some(value.into());
        self
    }
}
