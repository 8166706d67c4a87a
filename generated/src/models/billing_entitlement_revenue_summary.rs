//! The `BillingEntitlementRevenueSummary` model.

use togai_codegen_runtime as rt;

/// The `BillingEntitlementRevenueSummary` schema.
#[derive(Debug, Clone, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
pub struct BillingEntitlementRevenueSummary {
    /// `revenue`
    pub revenue: f64,
}

rt::deserialize_struct! {
    BillingEntitlementRevenueSummary { 0 revenue "revenue" required, }
}

impl BillingEntitlementRevenueSummary {
    /// Creates a `BillingEntitlementRevenueSummary` from its required fields; optional fields start empty.
    #[allow(deprecated)]
    pub fn new(revenue: f64) -> Self {
        Self { revenue }
    }
}
