//! The `BillingEntitlementRevenueSummary` model.
/// The `BillingEntitlementRevenueSummary` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct BillingEntitlementRevenueSummary {
    /// `revenue`
    pub revenue: f64,
}
impl BillingEntitlementRevenueSummary {
    /// Creates a `BillingEntitlementRevenueSummary` from its required fields; optional fields start empty.
    #[allow(deprecated)]
    pub fn new(revenue: f64) -> Self {
        Self { revenue }
    }
}
