//! The `WalletBalanceResponse` model.

use togai_codegen_runtime as rt;

/// Wallet Balance response
#[derive(Debug, Clone, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
#[non_exhaustive]
pub struct WalletBalanceResponse {
    /// `id`
    pub id: String,
    /// `accountId`
    #[serde(rename = "accountId")]
    pub account_id: String,
    /// `customerId`
    #[serde(rename = "customerId")]
    pub customer_id: String,
    /// This amount is the difference of total credited amount and sum of consumed, hold amount.
    /// ie. credit amount - (consumed amount + hold amount)
    pub balance: f64,
    /// `creditUnit`
    #[serde(rename = "creditUnit")]
    pub credit_unit: String,
    /// `externalId`
    #[serde(rename = "externalId", skip_serializing_if = "Option::is_none")]
    pub external_id: Option<String>,
    /// `status`
    pub status: crate::models::WalletStatus,
    /// `holdAmount`
    #[serde(rename = "holdAmount", skip_serializing_if = "Option::is_none")]
    pub hold_amount: Option<f64>,
    /// `effectiveFrom`
    #[serde(rename = "effectiveFrom")]
    pub effective_from: rt::chrono::DateTime<rt::chrono::Utc>,
    /// `createdAt`
    #[serde(rename = "createdAt", skip_serializing_if = "Option::is_none")]
    pub created_at: Option<rt::chrono::DateTime<rt::chrono::Utc>>,
    /// `updatedAt`
    #[serde(rename = "updatedAt", skip_serializing_if = "Option::is_none")]
    pub updated_at: Option<rt::chrono::DateTime<rt::chrono::Utc>>,
    /// `metadata`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub metadata: Option<rt::serde_json::Value>,
}

rt::deserialize_struct! {
    WalletBalanceResponse {
        0 id "id" required,
        1 account_id "accountId" required,
        2 customer_id "customerId" required,
        3 balance "balance" required,
        4 credit_unit "creditUnit" required,
        5 external_id "externalId" optional,
        6 status "status" required,
        7 hold_amount "holdAmount" optional,
        8 effective_from "effectiveFrom" required rt::datetime::Seed,
        9 created_at "createdAt" optional rt::datetime::OptionSeed,
        10 updated_at "updatedAt" optional rt::datetime::OptionSeed,
        11 metadata "metadata" optional,
    }
}
impl WalletBalanceResponse {
    /// A new value from the required fields; set the others with the `with_` methods.
    pub fn new(
        id: impl Into<String>,
        account_id: impl Into<String>,
        customer_id: impl Into<String>,
        balance: impl Into<f64>,
        credit_unit: impl Into<String>,
        status: impl Into<crate::models::WalletStatus>,
        effective_from: impl Into<rt::chrono::DateTime<rt::chrono::Utc>>,
    ) -> Self {
        Self {
            id: id.into(),
            account_id: account_id.into(),
            customer_id: customer_id.into(),
            balance: balance.into(),
            credit_unit: credit_unit.into(),
            external_id: None,
            status: status.into(),
            hold_amount: None,
            effective_from: effective_from.into(),
            created_at: None,
            updated_at: None,
            metadata: None,
        }
    }

    /// Sets `external_id` (`externalId`); until set, it is left out.
    pub fn with_external_id(mut self, value: impl Into<String>) -> Self {
        self.external_id = Some(value.into());
        self
    }

    /// Sets `hold_amount` (`holdAmount`); until set, it is left out.
    pub fn with_hold_amount(mut self, value: impl Into<f64>) -> Self {
        self.hold_amount = Some(value.into());
        self
    }

    /// Sets `created_at` (`createdAt`); until set, it is left out.
    pub fn with_created_at(
        mut self,
        value: impl Into<rt::chrono::DateTime<rt::chrono::Utc>>,
    ) -> Self {
        self.created_at = Some(value.into());
        self
    }

    /// Sets `updated_at` (`updatedAt`); until set, it is left out.
    pub fn with_updated_at(
        mut self,
        value: impl Into<rt::chrono::DateTime<rt::chrono::Utc>>,
    ) -> Self {
        self.updated_at = Some(value.into());
        self
    }

    /// Sets `metadata`; until set, it is left out.
    pub fn with_metadata(mut self, value: impl Into<rt::serde_json::Value>) -> Self {
        self.metadata = Some(value.into());
        self
    }
}
