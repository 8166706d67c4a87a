//! The `SlabRevenue` model.

use togai_codegen_runtime as rt;

/// The `SlabRevenue` schema.
#[derive(Debug, Clone, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
#[non_exhaustive]
pub struct SlabRevenue {
    /// `order`
    pub order: i32,
    /// `usage`
    pub usage: f64,
    /// `revenue`
    pub revenue: f64,
}

rt::deserialize_struct! {
    SlabRevenue {
        0 order "order" required,
        1 usage "usage" required,
        2 revenue "revenue" required,
    }
}
impl SlabRevenue {
    /// A new value from the required fields; set the others with the `with_` methods.
    pub fn new(order: impl Into<i32>, usage: impl Into<f64>, revenue: impl Into<f64>) -> Self {
        Self {
            order: order.into(),
            usage: usage.into(),
            revenue: revenue.into(),
        }
    }
}
