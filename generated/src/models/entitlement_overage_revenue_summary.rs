//! The `EntitlementOverageRevenueSummary` model.
/// The `EntitlementOverageRevenueSummary` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct EntitlementOverageRevenueSummary {
    /// `revenue`
    pub revenue: f64,
}
impl EntitlementOverageRevenueSummary {
    /// Creates a `EntitlementOverageRevenueSummary` from its required fields; optional fields start empty.
    #[allow(deprecated)]
    pub fn new(revenue: f64) -> Self {
        Self { revenue }
    }
}
