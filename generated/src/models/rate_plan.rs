//! The `RatePlan` model.

use togai_codegen_runtime as rt;

/// Contains all rate related configurations
#[derive(Debug, Clone, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
#[non_exhaustive]
pub struct RatePlan {
    /// `pricingModel`
    #[serde(rename = "pricingModel")]
    pub pricing_model: crate::models::PricingModel,
    /// Rate cards can have single or multiple slab up to 100.
    pub slabs: Vec<crate::models::Slab>,
}

rt::deserialize_struct! {
    RatePlan {
        0 pricing_model "pricingModel" required,
        1 slabs "slabs" required,
    }
}
impl RatePlan {
    /// A new value from the required fields; set the others with the `with_` methods.
    pub fn new(
        pricing_model: impl Into<crate::models::PricingModel>,
        slabs: impl Into<Vec<crate::models::Slab>>,
    ) -> Self {
        Self {
            pricing_model: pricing_model.into(),
            slabs: slabs.into(),
        }
    }
}
