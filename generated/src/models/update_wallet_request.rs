//! The `UpdateWalletRequest` model.

use togai_codegen_runtime as rt;

/// Payload to update wallet of an account
#[derive(Debug, Clone, Default, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
pub struct UpdateWalletRequest {
    /// `effectiveFrom`
    #[serde(rename = "effectiveFrom", skip_serializing_if = "Option::is_none")]
    pub effective_from: Option<rt::chrono::DateTime<rt::chrono::Utc>>,
    /// `status`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<crate::models::WalletStatus>,
}

rt::deserialize_struct! {
    UpdateWalletRequest { 0 effective_from "effectiveFrom" optional
    rt::datetime::OptionSeed, 1 status "status" optional, }
}
