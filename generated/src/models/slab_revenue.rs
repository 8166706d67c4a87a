//! The `SlabRevenue` model.

use togai_codegen_runtime as rt;

/// The `SlabRevenue` schema.
#[derive(Debug, Clone, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
pub struct SlabRevenue {
    /// `order`
    pub order: i32,
    /// `usage`
    pub usage: f64,
    /// `revenue`
    pub revenue: f64,
}

rt::deserialize_struct! {
    SlabRevenue { 0 order "order" required, 1 usage "usage" required, 2 revenue "revenue"
    required, }
}

impl SlabRevenue {
    /// Creates a `SlabRevenue` from its required fields; optional fields start empty.
    #[allow(deprecated)]
    pub fn new(order: i32, usage: f64, revenue: f64) -> Self {
        Self {
            order,
            usage,
            revenue,
        }
    }
}
