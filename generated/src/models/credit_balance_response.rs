//! The `CreditBalanceResponse` model.
/// Credit Balance response
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct CreditBalanceResponse {
    /// `activeCredits`
    #[serde(rename = "activeCredits")]
    pub active_credits: f64,
    /// `availableBalance`
    #[serde(rename = "availableBalance")]
    pub available_balance: f64,
    /// `runningBalance`
    #[serde(rename = "runningBalance")]
    pub running_balance: f64,
    /// `inapplicableCredits`
    #[serde(rename = "inapplicableCredits")]
    pub inapplicable_credits: f64,
    /// `unit`
    pub unit: String,
    /// `lastUpdatedAt`
    #[serde(
        rename = "lastUpdatedAt",
        deserialize_with = "crate::runtime::datetime::deserialize"
    )]
    pub last_updated_at: chrono::DateTime<chrono::Utc>,
}
impl CreditBalanceResponse {
    /// Creates a `CreditBalanceResponse` from its required fields; optional fields start empty.
    #[allow(deprecated)]
    pub fn new(
        active_credits: f64,
        available_balance: f64,
        running_balance: f64,
        inapplicable_credits: f64,
        unit: String,
        last_updated_at: chrono::DateTime<chrono::Utc>,
    ) -> Self {
        Self {
            active_credits,
            available_balance,
            running_balance,
            inapplicable_credits,
            unit,
            last_updated_at,
        }
    }
}
