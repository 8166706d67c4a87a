//! The `UpdateWalletRequest` model.
use crate::runtime as rt;
/// Payload to update wallet of an account
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
pub struct UpdateWalletRequest {
    /// `effectiveFrom`
    #[serde(rename = "effectiveFrom", skip_serializing_if = "Option::is_none")]
    pub effective_from: Option<chrono::DateTime<chrono::Utc>>,
    /// `status`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<crate::models::WalletStatus>,
}
rt::deserialize_struct! {
    UpdateWalletRequest { 0 effective_from "effectiveFrom" optional
    rt::datetime::OptionSeed, 1 status "status" optional, }
}
