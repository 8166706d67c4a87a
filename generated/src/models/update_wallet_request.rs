//! The `UpdateWalletRequest` model.
/// Payload to update wallet of an account
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct UpdateWalletRequest {
    /// `effectiveFrom`
    #[serde(
        rename = "effectiveFrom",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::datetime::deserialize_option"
    )]
    pub effective_from: Option<chrono::DateTime<chrono::Utc>>,
    /// `status`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<crate::models::WalletStatus>,
}
