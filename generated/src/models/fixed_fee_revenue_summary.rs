//! The `FixedFeeRevenueSummary` model.
use crate::runtime as rt;
/// The `FixedFeeRevenueSummary` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct FixedFeeRevenueSummary {
    /// `revenue`
    pub revenue: f64,
}
rt::deserialize_struct! {
    FixedFeeRevenueSummary { 0 revenue "revenue" required, }
}
impl FixedFeeRevenueSummary {
    /// Creates a `FixedFeeRevenueSummary` from its required fields; optional fields start empty.
    #[allow(deprecated)]
    pub fn new(revenue: f64) -> Self {
        Self { revenue }
    }
}
