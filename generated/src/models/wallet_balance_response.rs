//! The `WalletBalanceResponse` model.

use togai_codegen_runtime as rt;

/// Wallet Balance response
#[derive(Debug, Clone, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
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
    WalletBalanceResponse { 0 id "id" required, 1 account_id "accountId" required, 2
    customer_id "customerId" required, 3 balance "balance" required, 4 credit_unit
    "creditUnit" required, 5 external_id "externalId" optional, 6 status "status"
    required, 7 hold_amount "holdAmount" optional, 8 effective_from "effectiveFrom"
    required rt::datetime::Seed, 9 created_at "createdAt" optional
    rt::datetime::OptionSeed, 10 updated_at "updatedAt" optional
    rt::datetime::OptionSeed, 11 metadata "metadata" optional, }
}

impl WalletBalanceResponse {
    /// Creates a `WalletBalanceResponse` from its required fields; optional fields start empty.
    #[allow(deprecated)]
    pub fn new(
        id: String,
        account_id: String,
        customer_id: String,
        balance: f64,
        credit_unit: String,
        status: crate::models::WalletStatus,
        effective_from: rt::chrono::DateTime<rt::chrono::Utc>,
    ) -> Self {
        Self {
            id,
            account_id,
            customer_id,
            balance,
            credit_unit,
            external_id: None,
            status,
            hold_amount: None,
            effective_from,
            created_at: None,
            updated_at: None,
            metadata: None,
        }
    }
}
