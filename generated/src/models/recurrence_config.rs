//! The `RecurrenceConfig` model.
/// The `RecurrenceConfig` schema.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct RecurrenceConfig {
    /// Represents the number of pricing cycles after which the rate card will be charged
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub interval: Option<i64>,
    /// Represents the offset for pricing cycles after which the rate card will be charged
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub offset: Option<i64>,
}
