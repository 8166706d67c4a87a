//! The `SlabDetail` model.

use togai_codegen_runtime as rt;

/// The details of a slab
#[derive(Debug, Clone, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
#[non_exhaustive]
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
    SlabDetail {
        0 start_after "startAfter" required,
        1 price_type "priceType" required,
        2 slab_config "slabConfig" optional,
        3 rate "rate" required,
        4 slab_rate_config "slabRateConfig" optional,
    }
}
impl SlabDetail {
    /// A new value from the required fields; set the others with the `with_` methods.
    pub fn new(
        start_after: impl Into<f64>,
        price_type: impl Into<crate::models::PriceType>,
        rate: impl Into<f64>,
    ) -> Self {
        Self {
            start_after: start_after.into(),
            price_type: price_type.into(),
            slab_config: None,
            rate: rate.into(),
            slab_rate_config: None,
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

    /// Sets `slab_rate_config` (`slabRateConfig`); until set, it is left out.
    pub fn with_slab_rate_config(
        mut self,
        value: impl Into<std::collections::BTreeMap<String, String>>,
    ) -> Self {
        self.slab_rate_config = Some(value.into());
        self
    }
}
