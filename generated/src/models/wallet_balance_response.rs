//! The `WalletBalanceResponse` model.
/// Wallet Balance response
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
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
    #[serde(
        rename = "externalId",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub external_id: Option<String>,
    /// `status`
    pub status: crate::models::WalletStatus,
    /// `holdAmount`
    #[serde(
        rename = "holdAmount",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub hold_amount: Option<f64>,
    /// `effectiveFrom`
    #[serde(
        rename = "effectiveFrom",
        deserialize_with = "crate::runtime::datetime::deserialize"
    )]
    pub effective_from: chrono::DateTime<chrono::Utc>,
    /// `createdAt`
    #[serde(
        rename = "createdAt",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::datetime::deserialize_option"
    )]
    pub created_at: Option<chrono::DateTime<chrono::Utc>>,
    /// `updatedAt`
    #[serde(
        rename = "updatedAt",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::datetime::deserialize_option"
    )]
    pub updated_at: Option<chrono::DateTime<chrono::Utc>>,
    /// `metadata`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub metadata: Option<serde_json::Value>,
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
        effective_from: chrono::DateTime<chrono::Utc>,
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
