//! The `CreditBalanceResponse` model.

use togai_codegen_runtime as rt;

/// Credit Balance response
#[derive(Debug, Clone, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
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
    #[serde(rename = "lastUpdatedAt")]
    pub last_updated_at: rt::chrono::DateTime<rt::chrono::Utc>,
}

rt::deserialize_struct! {
    CreditBalanceResponse { 0 active_credits "activeCredits" required, 1
    available_balance "availableBalance" required, 2 running_balance "runningBalance"
    required, 3 inapplicable_credits "inapplicableCredits" required, 4 unit "unit"
    required, 5 last_updated_at "lastUpdatedAt" required rt::datetime::Seed, }
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
        last_updated_at: rt::chrono::DateTime<rt::chrono::Utc>,
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
