//! The `RatePlan` model.

use togai_codegen_runtime as rt;

/// Contains all rate related configurations
#[derive(Debug, Clone, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
pub struct RatePlan {
    /// `pricingModel`
    #[serde(rename = "pricingModel")]
    pub pricing_model: crate::models::PricingModel,
    /// Rate cards can have single or multiple slab up to 100.
    pub slabs: Vec<crate::models::Slab>,
}

rt::deserialize_struct! {
    RatePlan { 0 pricing_model "pricingModel" required, 1 slabs "slabs" required, }
}

impl RatePlan {
    /// Creates a `RatePlan` from its required fields; optional fields start empty.
    #[allow(deprecated)]
    pub fn new(
        pricing_model: crate::models::PricingModel,
        slabs: Vec<crate::models::Slab>,
    ) -> Self {
        Self {
            pricing_model,
            slabs,
        }
    }
}
