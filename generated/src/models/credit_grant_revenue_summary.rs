//! The `CreditGrantRevenueSummary` model.

use togai_codegen_runtime as rt;

/// The `CreditGrantRevenueSummary` schema.
#[derive(Debug, Clone, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
pub struct CreditGrantRevenueSummary {
    /// `revenue`
    pub revenue: f64,
}

rt::deserialize_struct! {
    CreditGrantRevenueSummary { 0 revenue "revenue" required, }
}

impl CreditGrantRevenueSummary {
    /// Creates a `CreditGrantRevenueSummary` from its required fields; optional fields start empty.
    #[allow(deprecated)]
    pub fn new(revenue: f64) -> Self {
        Self { revenue }
    }
}
