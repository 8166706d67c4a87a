//! The `WalletTopupDetails` model.

use togai_codegen_runtime as rt;

/// Information related to wallet topup purchase
#[derive(Debug, Clone, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
#[non_exhaustive]
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
    WalletTopupDetails {
        0 purchase_amount "purchaseAmount" optional,
        1 topup_amount "topupAmount" required,
    }
}
impl WalletTopupDetails {
    /// A new value from the required fields; set the others with the `with_` methods.
    pub fn new(topup_amount: impl Into<f64>) -> Self {
        Self {
            purchase_amount: None,
            topup_amount: topup_amount.into(),
        }
    }

    /// Sets `purchase_amount` (`purchaseAmount`); until set, it is left out.
    pub fn with_purchase_amount(mut self, value: impl Into<f64>) -> Self {
        self.purchase_amount = Some(value.into());
        self
    }
}
