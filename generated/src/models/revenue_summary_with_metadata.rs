//! The `RevenueSummaryWithMetadata` model.

use togai_codegen_runtime as rt;

/// The `RevenueSummaryWithMetadata` schema.
#[derive(Debug, Clone, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
pub struct RevenueSummaryWithMetadata {
    /// `revenue`
    pub revenue: f64,
    /// Field: revenue is computed for all rate cards
    /// Field: slabRevenues is supported for only usage/license
    /// Field: metadata is populated based on application of rateConfig('minimumRate', 'maximumRate')
    #[serde(rename = "revenueSummary", skip_serializing_if = "Option::is_none")]
    pub revenue_summary: Option<Vec<crate::models::RevenueSummaryWithMetadata>>,
    /// `slabRevenues`
    #[serde(rename = "slabRevenues", skip_serializing_if = "Option::is_none")]
    pub slab_revenues: Option<Vec<crate::models::SlabRevenueWithMetadata>>,
    /// `metadata`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub metadata: Option<std::collections::BTreeMap<String, String>>,
}

rt::deserialize_struct! {
    RevenueSummaryWithMetadata { 0 revenue "revenue" required, 1 revenue_summary
    "revenueSummary" optional, 2 slab_revenues "slabRevenues" optional, 3 metadata
    "metadata" optional, }
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
