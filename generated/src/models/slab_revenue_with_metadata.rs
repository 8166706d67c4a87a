//! The `SlabRevenueWithMetadata` model.

use togai_codegen_runtime as rt;

/// The `SlabRevenueWithMetadata` schema.
#[derive(Debug, Clone, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
#[non_exhaustive]
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
    SlabRevenueWithMetadata {
        0 order "order" required,
        1 usage "usage" required,
        2 revenue "revenue" required,
        3 metadata "metadata" optional,
    }
}
impl SlabRevenueWithMetadata {
    /// A new value from the required fields; set the others with the `with_` methods.
    pub fn new(order: impl Into<i32>, usage: impl Into<f64>, revenue: impl Into<f64>) -> Self {
        Self {
            order: order.into(),
            usage: usage.into(),
            revenue: revenue.into(),
            metadata: None,
        }
    }

    /// Sets `metadata`; until set, it is left out.
    pub fn with_metadata(
        mut self,
        value: impl Into<std::collections::BTreeMap<String, String>>,
    ) -> Self {
        self.metadata = Some(value.into());
        self
    }
}
