//! The `UpdateWalletRequest` model.

use togai_codegen_runtime as rt;

/// Payload to update wallet of an account
#[derive(Debug, Clone, Default, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
#[non_exhaustive]
pub struct UpdateWalletRequest {
    /// `effectiveFrom`
    #[serde(rename = "effectiveFrom", skip_serializing_if = "Option::is_none")]
    pub effective_from: Option<rt::chrono::DateTime<rt::chrono::Utc>>,
    /// `status`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<crate::models::WalletStatus>,
}

rt::deserialize_struct! {
    UpdateWalletRequest {
        0 effective_from "effectiveFrom" optional rt::datetime::OptionSeed,
        1 status "status" optional,
    }
}
impl UpdateWalletRequest {
    /// A new value with every field empty (the `Default`); set them with the `with_` methods.
    pub fn new() -> Self {
        Self::default()
    }

    /// Sets `effective_from` (`effectiveFrom`); until set, it is left out.
    pub fn with_effective_from(
        mut self,
        value: impl Into<rt::chrono::DateTime<rt::chrono::Utc>>,
    ) -> Self {
        self.effective_from = Some(value.into());
        self
    }

    /// Sets `status`; until set, it is left out.
    pub fn with_status(mut self, value: impl Into<crate::models::WalletStatus>) -> Self {
        self.status = Some(value.into());
        self
    }
}
