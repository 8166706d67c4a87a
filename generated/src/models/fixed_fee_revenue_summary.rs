//! The `FixedFeeRevenueSummary` model.

use togai_codegen_runtime as rt;

/// The `FixedFeeRevenueSummary` schema.
#[derive(Debug, Clone, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
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
