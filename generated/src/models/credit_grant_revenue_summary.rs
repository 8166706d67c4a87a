//! The `CreditGrantRevenueSummary` model.
/// The `CreditGrantRevenueSummary` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct CreditGrantRevenueSummary {
    /// `revenue`
    pub revenue: f64,
}
impl CreditGrantRevenueSummary {
    /// Creates a `CreditGrantRevenueSummary` from its required fields; optional fields start empty.
    #[allow(deprecated)]
    pub fn new(revenue: f64) -> Self {
        Self { revenue }
    }
}
