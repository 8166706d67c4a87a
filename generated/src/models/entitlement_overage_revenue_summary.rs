//! The `EntitlementOverageRevenueSummary` model.

use togai_codegen_runtime as rt;

/// The `EntitlementOverageRevenueSummary` schema.
#[derive(Debug, Clone, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
pub struct EntitlementOverageRevenueSummary {
    /// `revenue`
    pub revenue: f64,
}

rt::deserialize_struct! {
    EntitlementOverageRevenueSummary { 0 revenue "revenue" required, }
}

impl EntitlementOverageRevenueSummary {
    /// Creates a `EntitlementOverageRevenueSummary` from its required fields; optional fields start empty.
    #[allow(deprecated)]
    pub fn new(revenue: f64) -> Self {
        Self { revenue }
    }
}
