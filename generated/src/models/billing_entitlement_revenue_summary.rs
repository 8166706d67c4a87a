//! The `BillingEntitlementRevenueSummary` model.
use crate::runtime as rt;
/// The `BillingEntitlementRevenueSummary` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
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
