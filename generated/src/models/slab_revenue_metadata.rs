//! The `SlabRevenueMetadata` model.

use togai_codegen_runtime as rt;

/// The `SlabRevenueMetadata` schema.
#[derive(Debug, Clone, Default, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
pub struct SlabRevenueMetadata {
    /// `minimumRateApplied`
    #[serde(rename = "minimumRateApplied", skip_serializing_if = "Option::is_none")]
    pub minimum_rate_applied: Option<bool>,
    /// `maximumRateApplied`
    #[serde(rename = "maximumRateApplied", skip_serializing_if = "Option::is_none")]
    pub maximum_rate_applied: Option<bool>,
    /// `packageQuantity`
    #[serde(rename = "packageQuantity", skip_serializing_if = "Option::is_none")]
    pub package_quantity: Option<i64>,
}

rt::deserialize_struct! {
    SlabRevenueMetadata { 0 minimum_rate_applied "minimumRateApplied" optional, 1
    maximum_rate_applied "maximumRateApplied" optional, 2 package_quantity
    "packageQuantity" optional, }
}
