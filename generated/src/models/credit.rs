//! The `Credit` model and the types inlined in it.

use togai_codegen_runtime as rt;

/// The `Credit` schema.
#[derive(Debug, Clone, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
#[non_exhaustive]
pub struct Credit {
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
    /// Identifier of credits
    pub id: String,
    /// `customerId`
    #[serde(rename = "customerId")]
    pub customer_id: String,
    /// `status`
    pub status: crate::models::CreditStatus,
    /// `creditUnit`
    #[serde(rename = "creditUnit", skip_serializing_if = "Option::is_none")]
    pub credit_unit: Option<String>,
    /// `holdAmount`
    #[serde(rename = "holdAmount", skip_serializing_if = "Option::is_none")]
    pub hold_amount: Option<f64>,
    /// `consumedAmount`
    #[serde(rename = "consumedAmount", skip_serializing_if = "Option::is_none")]
    pub consumed_amount: Option<f64>,
    /// `createdAt`
    #[serde(rename = "createdAt")]
    pub created_at: rt::chrono::DateTime<rt::chrono::Utc>,
    /// `updatedAt`
    #[serde(rename = "updatedAt", skip_serializing_if = "Option::is_none")]
    pub updated_at: Option<rt::chrono::DateTime<rt::chrono::Utc>>,
}

rt::deserialize_struct! {
    Credit {
        0 account_id "accountId" required,
        1 purpose "purpose" required,
        2 applicable_entity_ids "applicableEntityIds" optional,
        3 effective_from "effectiveFrom" required,
        4 effective_until "effectiveUntil" optional,
        5 credit_amount "creditAmount" optional,
        6 priority "priority" required,
        7 grantor_id "grantorId" optional,
        8 idempotency_key "idempotencyKey" optional,
        9 id "id" required,
        10 customer_id "customerId" required,
        11 status "status" required,
        12 credit_unit "creditUnit" optional,
        13 hold_amount "holdAmount" optional,
        14 consumed_amount "consumedAmount" optional,
        15 created_at "createdAt" required rt::datetime::Seed,
        16 updated_at "updatedAt" optional rt::datetime::OptionSeed,
    }
}
impl Credit {
    /// A new value from the required fields; set the others with the `with_` methods.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        account_id: impl Into<String>,
        purpose: impl Into<String>,
        effective_from: impl Into<rt::chrono::NaiveDate>,
        priority: impl Into<i64>,
        id: impl Into<String>,
        customer_id: impl Into<String>,
        status: impl Into<crate::models::CreditStatus>,
        created_at: impl Into<rt::chrono::DateTime<rt::chrono::Utc>>,
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
            id: id.into(),
            customer_id: customer_id.into(),
            status: status.into(),
            credit_unit: None,
            hold_amount: None,
            consumed_amount: None,
            created_at: created_at.into(),
            updated_at: None,
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

    /// Sets `credit_unit` (`creditUnit`); until set, it is left out.
    pub fn with_credit_unit(mut self, value: impl Into<String>) -> Self {
        self.credit_unit = Some(value.into());
        self
    }

    /// Sets `hold_amount` (`holdAmount`); until set, it is left out.
    pub fn with_hold_amount(mut self, value: impl Into<f64>) -> Self {
        self.hold_amount = Some(value.into());
        self
    }

    /// Sets `consumed_amount` (`consumedAmount`); until set, it is left out.
    pub fn with_consumed_amount(mut self, value: impl Into<f64>) -> Self {
        self.consumed_amount = Some(value.into());
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
}

/// The `CreditStatus` schema.
///
/// Values this version of the crate does not know decode into
/// [`CreditStatus::Unknown`] and serialise back unchanged. Values are ordered by their
/// wire value, so that values added to the API do not reorder them.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum CreditStatus {
    /// `ACTIVE`
    Active,
    /// `CONSUMED`
    Consumed,
    /// `EXPIRED`
    Expired,
    /// `VOIDED`
    Voided,
    /// A value not known to this version of the crate, kept as sent.
    Unknown(String),
}

impl CreditStatus {
    /// The value as it is sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Active => "ACTIVE",
            Self::Consumed => "CONSUMED",
            Self::Expired => "EXPIRED",
            Self::Voided => "VOIDED",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for CreditStatus {
    fn from(value: &str) -> Self {
        match value {
            "ACTIVE" => Self::Active,
            "CONSUMED" => Self::Consumed,
            "EXPIRED" => Self::Expired,
            "VOIDED" => Self::Voided,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl PartialOrd for CreditStatus {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for CreditStatus {
    /// By wire value (a value this crate does not know after the known one it spells).
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        let unknown = |v: &Self| matches!(v, Self::Unknown(_));
        self.as_str()
            .cmp(other.as_str())
            .then_with(|| unknown(self).cmp(&unknown(other)))
    }
}

impl rt::StringEnum for CreditStatus {
    fn as_str(&self) -> &str {
        CreditStatus::as_str(self)
    }

    fn from_wire(value: &str) -> Self {
        value.into()
    }
}

impl std::fmt::Display for CreditStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl rt::serde::Serialize for CreditStatus {
    fn serialize<S: rt::serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        rt::serialize_enum(self, serializer)
    }
}

impl<'de> rt::serde::Deserialize<'de> for CreditStatus {
    fn deserialize<D: rt::serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        rt::deserialize_enum(deserializer)
    }
}
