//! The `TopupWalletRequest` model.
/// Payload to topup wallet of an account
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct TopupWalletRequest {
    /// `topupAmount`
    #[serde(rename = "topupAmount")]
    pub topup_amount: f64,
}
impl TopupWalletRequest {
    /// Creates a `TopupWalletRequest` from its required fields; optional fields start empty.
    #[allow(deprecated)]
    pub fn new(topup_amount: f64) -> Self {
        Self { topup_amount }
    }
}
