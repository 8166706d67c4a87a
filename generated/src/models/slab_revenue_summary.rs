//! The `SlabRevenueSummary` model.
/// The `SlabRevenueSummary` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct SlabRevenueSummary {
    /// `order`
    pub order: i64,
    /// `usage`
    pub usage: f64,
    /// `revenue`
    pub revenue: f64,
    /// `metadata`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub metadata: Option<crate::models::SlabRevenueMetadata>,
}
impl SlabRevenueSummary {
    /// Creates a `SlabRevenueSummary` from its required fields; optional fields start empty.
    #[allow(deprecated)]
    pub fn new(order: i64, usage: f64, revenue: f64) -> Self {
        Self {
            order,
            usage,
            revenue,
            metadata: None,
        }
    }
}
