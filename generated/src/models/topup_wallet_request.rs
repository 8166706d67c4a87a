//! The `TopupWalletRequest` model.

use togai_codegen_runtime as rt;

/// Payload to topup wallet of an account
#[derive(Debug, Clone, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
pub struct TopupWalletRequest {
    /// `topupAmount`
    #[serde(rename = "topupAmount")]
    pub topup_amount: f64,
}

rt::deserialize_struct! {
    TopupWalletRequest { 0 topup_amount "topupAmount" required, }
}

impl TopupWalletRequest {
    /// Creates a `TopupWalletRequest` from its required fields; optional fields start empty.
    #[allow(deprecated)]
    pub fn new(topup_amount: f64) -> Self {
        Self { topup_amount }
    }
}
