//! The `SlabDetail` model.
/// The details of a slab
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct SlabDetail {
    /// `startAfter`
    #[serde(rename = "startAfter")]
    pub start_after: f64,
    /// `priceType`
    #[serde(rename = "priceType")]
    pub price_type: crate::models::PriceType,
    /// `slabConfig`
    #[serde(
        rename = "slabConfig",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub slab_config: Option<std::collections::BTreeMap<String, String>>,
    /// `rate`
    pub rate: f64,
    /// `slabRateConfig`
    #[serde(
        rename = "slabRateConfig",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub slab_rate_config: Option<std::collections::BTreeMap<String, String>>,
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
