//! The `SlabRevenueWithMetadata` model.

use togai_codegen_runtime as rt;

/// The `SlabRevenueWithMetadata` schema.
#[derive(Debug, Clone, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
pub struct SlabRevenueWithMetadata {
    /// `order`
    pub order: i32,
    /// `usage`
    pub usage: f64,
    /// `revenue`
    pub revenue: f64,
    /// `metadata`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub metadata: Option<std::collections::BTreeMap<String, String>>,
}

rt::deserialize_struct! {
    SlabRevenueWithMetadata { 0 order "order" required, 1 usage "usage" required, 2
    revenue "revenue" required, 3 metadata "metadata" optional, }
}

impl SlabRevenueWithMetadata {
    /// Creates a `SlabRevenueWithMetadata` from its required fields; optional fields start empty.
    #[allow(deprecated)]
    pub fn new(order: i32, usage: f64, revenue: f64) -> Self {
        Self {
            order,
            usage,
            revenue,
            metadata: None,
        }
    }
}
