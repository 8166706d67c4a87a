//! The `CreditRequest` model.

use togai_codegen_runtime as rt;

/// Payload to grant Credits
#[derive(Debug, Clone, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
pub struct CreditRequest {
    /// `accountId`
    #[serde(rename = "accountId")]
    pub account_id: String,
    /// `purpose`
    pub purpose: String,
    /// List of entity ids for which the credit is applicable. If null or empty, the credit is applicable to all ids. This list can accept special values like: - ALL_USAGE_METER_RATE_CARDS: To apply the credit to all usage meter rate cards - ALL_FIXED_FEE_RATE_CARDS: To apply the credit to all fixed fee rate cards
    #[serde(
        rename = "applicableEntityIds",
        skip_serializing_if = "Option::is_none"
    )]
    pub applicable_entity_ids: Option<Vec<String>>,
    /// `effectiveFrom`
    #[serde(rename = "effectiveFrom")]
    pub effective_from: rt::chrono::NaiveDate,
    /// `effectiveUntil`
    #[serde(rename = "effectiveUntil", skip_serializing_if = "Option::is_none")]
    pub effective_until: Option<rt::chrono::NaiveDate>,
    /// `creditAmount`
    #[serde(rename = "creditAmount", skip_serializing_if = "Option::is_none")]
    pub credit_amount: Option<f64>,
    /// `priority`
    pub priority: i64,
    /// The entity through which the credit has been granted
    #[serde(rename = "grantorId", skip_serializing_if = "Option::is_none")]
    pub grantor_id: Option<String>,
    /// The idempotency key for uniqueness of the credit record
    #[serde(rename = "idempotencyKey", skip_serializing_if = "Option::is_none")]
    pub idempotency_key: Option<String>,
}

rt::deserialize_struct! {
    CreditRequest { 0 account_id "accountId" required, 1 purpose "purpose" required, 2
    applicable_entity_ids "applicableEntityIds" optional, 3 effective_from
    "effectiveFrom" required, 4 effective_until "effectiveUntil" optional, 5
    credit_amount "creditAmount" optional, 6 priority "priority" required, 7 grantor_id
    "grantorId" optional, 8 idempotency_key "idempotencyKey" optional, }
}

impl CreditRequest {
    /// Creates a `CreditRequest` from its required fields; optional fields start empty.
    #[allow(deprecated)]
    pub fn new(
        account_id: String,
        purpose: String,
        effective_from: rt::chrono::NaiveDate,
        priority: i64,
    ) -> Self {
        Self {
            account_id,
            purpose,
            applicable_entity_ids: None,
            effective_from,
            effective_until: None,
            credit_amount: None,
            priority,
            grantor_id: None,
            idempotency_key: None,
        }
    }
}
