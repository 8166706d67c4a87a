//! The `CreditBalanceResponse` model.

use togai_codegen_runtime as rt;

/// Credit Balance response
#[derive(Debug, Clone, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
#[non_exhaustive]
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
    CreditBalanceResponse {
        0 active_credits "activeCredits" required,
        1 available_balance "availableBalance" required,
        2 running_balance "runningBalance" required,
        3 inapplicable_credits "inapplicableCredits" required,
        4 unit "unit" required,
        5 last_updated_at "lastUpdatedAt" required rt::datetime::Seed,
    }
}
impl CreditBalanceResponse {
    /// A new value from the required fields; set the others with the `with_` methods.
    pub fn new(
        active_credits: impl Into<f64>,
        available_balance: impl Into<f64>,
        running_balance: impl Into<f64>,
        inapplicable_credits: impl Into<f64>,
        unit: impl Into<String>,
        last_updated_at: impl Into<rt::chrono::DateTime<rt::chrono::Utc>>,
    ) -> Self {
        Self {
            active_credits: active_credits.into(),
            available_balance: available_balance.into(),
            running_balance: running_balance.into(),
            inapplicable_credits: inapplicable_credits.into(),
            unit: unit.into(),
            last_updated_at: last_updated_at.into(),
        }
    }
}
