//! The `SlabRevenueWithMetadata` model.
/// The `SlabRevenueWithMetadata` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct SlabRevenueWithMetadata {
    /// `order`
    pub order: i32,
    /// `usage`
    pub usage: f64,
    /// `revenue`
    pub revenue: f64,
    /// `metadata`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub metadata: Option<std::collections::BTreeMap<String, String>>,
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
