//! The `WalletTopupDetails` model.

use togai_codegen_runtime as rt;

/// Information related to wallet topup purchase
#[derive(Debug, Clone, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
pub struct WalletTopupDetails {
    /// Specifies the amount to be paid to top up wallet with the specified top up amount.
    /// If left null, purchase amount will be same as top up amount
    #[serde(rename = "purchaseAmount", skip_serializing_if = "Option::is_none")]
    pub purchase_amount: Option<f64>,
    /// Specifies the value to be topped up in the wallet
    #[serde(rename = "topupAmount")]
    pub topup_amount: f64,
}

rt::deserialize_struct! {
    WalletTopupDetails { 0 purchase_amount "purchaseAmount" optional, 1 topup_amount
    "topupAmount" required, }
}

impl WalletTopupDetails {
    /// Creates a `WalletTopupDetails` from its required fields; optional fields start empty.
    #[allow(deprecated)]
    pub fn new(topup_amount: f64) -> Self {
        Self {
            purchase_amount: None,
            topup_amount,
        }
    }
}
