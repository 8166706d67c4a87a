//! The `UpdateFeatureCreditsRequest` model.
/// The `UpdateFeatureCreditsRequest` schema.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct UpdateFeatureCreditsRequest {
    /// Expiry date-time for a feature credits entry
    #[serde(
        rename = "effectiveUntil",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::datetime::deserialize_option"
    )]
    pub effective_until: Option<chrono::DateTime<chrono::Utc>>,
    /// Granted units for a feature credits entry
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub granted: Option<f64>,
}
