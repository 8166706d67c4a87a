//! The `BillingConfig` model.
/// The `BillingConfig` schema.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct BillingConfig {
    /// Represents the number of pricing cycles after which the rate card will be billed
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub interval: Option<i64>,
    /// Represents the offset for pricing cycles after which the rate card will be billed
    #[serde(
        rename = "startOffset",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub start_offset: Option<i64>,
}
