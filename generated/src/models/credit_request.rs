//! The `CreditRequest` model.

use togai_codegen_runtime as rt;

/// Payload to grant Credits
#[derive(Debug, Clone, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
#[non_exhaustive]
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
    CreditRequest {
        0 account_id "accountId" required,
        1 purpose "purpose" required,
        2 applicable_entity_ids "applicableEntityIds" optional,
        3 effective_from "effectiveFrom" required,
        4 effective_until "effectiveUntil" optional,
        5 credit_amount "creditAmount" optional,
        6 priority "priority" required,
        7 grantor_id "grantorId" optional,
        8 idempotency_key "idempotencyKey" optional,
    }
}
impl CreditRequest {
    /// A new value from the required fields; set the others with the `with_` methods.
    pub fn new(
        account_id: impl Into<String>,
        purpose: impl Into<String>,
        effective_from: impl Into<rt::chrono::NaiveDate>,
        priority: impl Into<i64>,
    ) -> Self {
        Self {
            account_id: account_id.into(),
            purpose: purpose.into(),
            applicable_entity_ids: None,
            effective_from: effective_from.into(),
            effective_until: None,
            credit_amount: None,
            priority: priority.into(),
            grantor_id: None,
            idempotency_key: None,
        }
    }

    /// Sets `applicable_entity_ids` (`applicableEntityIds`); until set, it is left out.
    pub fn with_applicable_entity_ids(mut self, value: impl Into<Vec<String>>) -> Self {
        self.applicable_entity_ids = Some(value.into());
        self
    }

    /// Sets `effective_until` (`effectiveUntil`); until set, it is left out.
    pub fn with_effective_until(mut self, value: impl Into<rt::chrono::NaiveDate>) -> Self {
        self.effective_until = Some(value.into());
        self
    }

    /// Sets `credit_amount` (`creditAmount`); until set, it is left out.
    pub fn with_credit_amount(mut self, value: impl Into<f64>) -> Self {
        self.credit_amount = Some(value.into());
        self
    }

    /// Sets `grantor_id` (`grantorId`); until set, it is left out.
    pub fn with_grantor_id(mut self, value: impl Into<String>) -> Self {
        self.grantor_id = Some(value.into());
        self
    }

    /// Sets `idempotency_key` (`idempotencyKey`); until set, it is left out.
    pub fn with_idempotency_key(mut self, value: impl Into<String>) -> Self {
        self.idempotency_key = Some(value.into());
        self
    }
}
