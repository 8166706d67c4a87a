//! The `SlabRevenueMetadata` model.
/// The `SlabRevenueMetadata` schema.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct SlabRevenueMetadata {
    /// `minimumRateApplied`
    #[serde(
        rename = "minimumRateApplied",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub minimum_rate_applied: Option<bool>,
    /// `maximumRateApplied`
    #[serde(
        rename = "maximumRateApplied",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub maximum_rate_applied: Option<bool>,
    /// `packageQuantity`
    #[serde(
        rename = "packageQuantity",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub package_quantity: Option<i64>,
}
