//! The `RevenueSummaryWithMetadata` model.
/// The `RevenueSummaryWithMetadata` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct RevenueSummaryWithMetadata {
    /// `revenue`
    pub revenue: f64,
    /// Field: revenue is computed for all rate cards
    /// Field: slabRevenues is supported for only usage/license
    /// Field: metadata is populated based on application of rateConfig('minimumRate', 'maximumRate')
    #[serde(
        rename = "revenueSummary",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub revenue_summary: Option<Vec<crate::models::RevenueSummaryWithMetadata>>,
    /// `slabRevenues`
    #[serde(
        rename = "slabRevenues",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub slab_revenues: Option<Vec<crate::models::SlabRevenueWithMetadata>>,
    /// `metadata`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub metadata: Option<std::collections::BTreeMap<String, String>>,
}
impl RevenueSummaryWithMetadata {
    /// Creates a `RevenueSummaryWithMetadata` from its required fields; optional fields start empty.
    #[allow(deprecated)]
    pub fn new(revenue: f64) -> Self {
        Self {
            revenue,
            revenue_summary: None,
            slab_revenues: None,
            metadata: None,
        }
    }
}
