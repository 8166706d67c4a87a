//! The `CreditTransaction` model and the types inlined in it.

use togai_codegen_runtime as rt;

/// The `CreditTransaction` schema.
#[derive(Debug, Clone, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
#[non_exhaustive]
pub struct CreditTransaction {
    /// Identifier of credit transactions
    pub id: String,
    /// `creditId`
    #[serde(rename = "creditId")]
    pub credit_id: String,
    /// `transactionType`
    #[serde(rename = "transactionType")]
    pub transaction_type: crate::models::CreditTransactionTransactionType,
    /// `invoiceId`
    #[serde(rename = "invoiceId", skip_serializing_if = "Option::is_none")]
    pub invoice_id: Option<String>,
    /// `entityId`
    #[serde(rename = "entityId", skip_serializing_if = "Option::is_none")]
    pub entity_id: Option<String>,
    /// `amount`
    pub amount: f64,
    /// `createdAt`
    #[serde(rename = "createdAt")]
    pub created_at: rt::chrono::DateTime<rt::chrono::Utc>,
}

rt::deserialize_struct! {
    CreditTransaction {
        0 id "id" required,
        1 credit_id "creditId" required,
        2 transaction_type "transactionType" required,
        3 invoice_id "invoiceId" optional,
        4 entity_id "entityId" optional,
        5 amount "amount" required,
        6 created_at "createdAt" required rt::datetime::Seed,
    }
}
impl CreditTransaction {
    /// A new value from the required fields; set the others with the `with_` methods.
    pub fn new(
        id: impl Into<String>,
        credit_id: impl Into<String>,
        transaction_type: impl Into<crate::models::CreditTransactionTransactionType>,
        amount: impl Into<f64>,
        created_at: impl Into<rt::chrono::DateTime<rt::chrono::Utc>>,
    ) -> Self {
        Self {
            id: id.into(),
            credit_id: credit_id.into(),
            transaction_type: transaction_type.into(),
            invoice_id: None,
            entity_id: None,
            amount: amount.into(),
            created_at: created_at.into(),
        }
    }

    /// Sets `invoice_id` (`invoiceId`); until set, it is left out.
    pub fn with_invoice_id(mut self, value: impl Into<String>) -> Self {
        self.invoice_id = Some(value.into());
        self
    }

    /// Sets `entity_id` (`entityId`); until set, it is left out.
    pub fn with_entity_id(mut self, value: impl Into<String>) -> Self {
        self.entity_id = Some(value.into());
        self
    }
}

/// The `CreditTransactionTransactionType` schema.
///
/// Values this version of the crate does not know decode into
/// [`CreditTransactionTransactionType::Unknown`] and serialise back unchanged. Values are ordered by their
/// wire value, so that values added to the API do not reorder them.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum CreditTransactionTransactionType {
    /// `CREDITED`
    Credited,
    /// `DEBITED`
    Debited,
    /// `EXPIRED`
    Expired,
    /// `VOIDED`
    Voided,
    /// A value not known to this version of the crate, kept as sent.
    Unknown(String),
}

impl CreditTransactionTransactionType {
    /// The value as it is sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Credited => "CREDITED",
            Self::Debited => "DEBITED",
            Self::Expired => "EXPIRED",
            Self::Voided => "VOIDED",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for CreditTransactionTransactionType {
    fn from(value: &str) -> Self {
        match value {
            "CREDITED" => Self::Credited,
            "DEBITED" => Self::Debited,
            "EXPIRED" => Self::Expired,
            "VOIDED" => Self::Voided,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl PartialOrd for CreditTransactionTransactionType {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for CreditTransactionTransactionType {
    /// By wire value (a value this crate does not know after the known one it spells).
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        let unknown = |v: &Self| matches!(v, Self::Unknown(_));
        self.as_str()
            .cmp(other.as_str())
            .then_with(|| unknown(self).cmp(&unknown(other)))
    }
}

impl rt::StringEnum for CreditTransactionTransactionType {
    fn as_str(&self) -> &str {
        CreditTransactionTransactionType::as_str(self)
    }

    fn from_wire(value: &str) -> Self {
        value.into()
    }
}

impl std::fmt::Display for CreditTransactionTransactionType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl rt::serde::Serialize for CreditTransactionTransactionType {
    fn serialize<S: rt::serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        rt::serialize_enum(self, serializer)
    }
}

impl<'de> rt::serde::Deserialize<'de> for CreditTransactionTransactionType {
    fn deserialize<D: rt::serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        rt::deserialize_enum(deserializer)
    }
}
