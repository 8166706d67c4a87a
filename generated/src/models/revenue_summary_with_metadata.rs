//! The `RevenueSummaryWithMetadata` model.

use togai_codegen_runtime as rt;

/// The `RevenueSummaryWithMetadata` schema.
#[derive(Debug, Clone, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
#[non_exhaustive]
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
    RevenueSummaryWithMetadata {
        0 revenue "revenue" required,
        1 revenue_summary "revenueSummary" optional,
        2 slab_revenues "slabRevenues" optional,
        3 metadata "metadata" optional,
    }
}
impl RevenueSummaryWithMetadata {
    /// A new value from the required fields; set the others with the `with_` methods.
    pub fn new(revenue: impl Into<f64>) -> Self {
        Self {
            revenue: revenue.into(),
            revenue_summary: None,
            slab_revenues: None,
            metadata: None,
        }
    }

    /// Sets `revenue_summary` (`revenueSummary`); until set, it is left out.
    pub fn with_revenue_summary(
        mut self,
        value: impl Into<Vec<crate::models::RevenueSummaryWithMetadata>>,
    ) -> Self {
        self.revenue_summary = Some(value.into());
        self
    }

    /// Sets `slab_revenues` (`slabRevenues`); until set, it is left out.
    pub fn with_slab_revenues(
        mut self,
        value: impl Into<Vec<crate::models::SlabRevenueWithMetadata>>,
    ) -> Self {
        self.slab_revenues = Some(value.into());
        self
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
