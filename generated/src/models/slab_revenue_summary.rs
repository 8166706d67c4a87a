//! The `SlabRevenueSummary` model.

use togai_codegen_runtime as rt;

/// The `SlabRevenueSummary` schema.
#[derive(Debug, Clone, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
pub struct SlabRevenueSummary {
    /// `order`
    pub order: i64,
    /// `usage`
    pub usage: f64,
    /// `revenue`
    pub revenue: f64,
    /// `metadata`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub metadata: Option<crate::models::SlabRevenueMetadata>,
}

rt::deserialize_struct! {
    SlabRevenueSummary { 0 order "order" required, 1 usage "usage" required, 2 revenue
    "revenue" required, 3 metadata "metadata" optional, }
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
