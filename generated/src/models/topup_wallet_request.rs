//! The `TopupWalletRequest` model.

use togai_codegen_runtime as rt;

/// Payload to topup wallet of an account
#[derive(Debug, Clone, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
#[non_exhaustive]
pub struct TopupWalletRequest {
    /// `topupAmount`
    #[serde(rename = "topupAmount")]
    pub topup_amount: f64,
}

rt::deserialize_struct! {
    TopupWalletRequest {
        0 topup_amount "topupAmount" required,
    }
}
impl TopupWalletRequest {
    /// A new value from the required fields; set the others with the `with_` methods.
    pub fn new(topup_amount: impl Into<f64>) -> Self {
        Self {
            topup_amount: topup_amount.into(),
        }
    }
}
