//! The `FixedFeeRevenueSummary` model.
/// The `FixedFeeRevenueSummary` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct FixedFeeRevenueSummary {
    /// `revenue`
    pub revenue: f64,
}
impl FixedFeeRevenueSummary {
    /// Creates a `FixedFeeRevenueSummary` from its required fields; optional fields start empty.
    #[allow(deprecated)]
    pub fn new(revenue: f64) -> Self {
        Self { revenue }
    }
}
