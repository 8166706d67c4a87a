//! The `WalletEntry` model and the types inlined in it.

use togai_codegen_runtime as rt;

/// The `WalletEntry` schema.
#[derive(Debug, Clone, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
#[non_exhaustive]
pub struct WalletEntry {
    /// Identifier of credit transactions
    pub id: String,
    /// description of the entry
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// `walletId`
    #[serde(rename = "walletId")]
    pub wallet_id: String,
    /// `transactionType`
    #[serde(rename = "transactionType")]
    pub transaction_type: crate::models::WalletEntryTransactionType,
    /// `status`
    pub status: crate::models::WalletEntryStatus,
    /// `entityId`
    #[serde(rename = "entityId", skip_serializing_if = "Option::is_none")]
    pub entity_id: Option<String>,
    /// `amount`
    pub amount: f64,
    /// `createdAt`
    #[serde(rename = "createdAt")]
    pub created_at: rt::chrono::DateTime<rt::chrono::Utc>,
    /// `closingBalance`
    #[serde(rename = "closingBalance")]
    pub closing_balance: f64,
}

rt::deserialize_struct! {
    WalletEntry {
        0 id "id" required,
        1 description "description" optional,
        2 wallet_id "walletId" required,
        3 transaction_type "transactionType" required,
        4 status "status" required,
        5 entity_id "entityId" optional,
        6 amount "amount" required,
        7 created_at "createdAt" required rt::datetime::Seed,
        8 closing_balance "closingBalance" required,
    }
}
impl WalletEntry {
    /// A new value from the required fields; set the others with the `with_` methods.
    pub fn new(
        id: impl Into<String>,
        wallet_id: impl Into<String>,
        transaction_type: impl Into<crate::models::WalletEntryTransactionType>,
        status: impl Into<crate::models::WalletEntryStatus>,
        amount: impl Into<f64>,
        created_at: impl Into<rt::chrono::DateTime<rt::chrono::Utc>>,
        closing_balance: impl Into<f64>,
    ) -> Self {
        Self {
            id: id.into(),
            description: None,
            wallet_id: wallet_id.into(),
            transaction_type: transaction_type.into(),
            status: status.into(),
            entity_id: None,
            amount: amount.into(),
            created_at: created_at.into(),
            closing_balance: closing_balance.into(),
        }
    }

    /// Sets `description`; until set, it is left out.
    pub fn with_description(mut self, value: impl Into<String>) -> Self {
        self.description = Some(value.into());
        self
    }

    /// Sets `entity_id` (`entityId`); until set, it is left out.
    pub fn with_entity_id(mut self, value: impl Into<String>) -> Self {
        self.entity_id = Some(value.into());
        self
    }
}

/// The `WalletEntryTransactionType` schema.
///
/// Values this version of the crate does not know decode into
/// [`WalletEntryTransactionType::Unknown`] and serialise back unchanged. Values are ordered by their
/// wire value, so that values added to the API do not reorder them.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum WalletEntryTransactionType {
    /// `CREDITED`
    Credited,
    /// `DEBITED`
    Debited,
    /// A value not known to this version of the crate, kept as sent.
    Unknown(String),
}

impl WalletEntryTransactionType {
    /// The value as it is sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Credited => "CREDITED",
            Self::Debited => "DEBITED",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for WalletEntryTransactionType {
    fn from(value: &str) -> Self {
        match value {
            "CREDITED" => Self::Credited,
            "DEBITED" => Self::Debited,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl PartialOrd for WalletEntryTransactionType {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for WalletEntryTransactionType {
    /// By wire value (a value this crate does not know after the known one it spells).
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        let unknown = |v: &Self| matches!(v, Self::Unknown(_));
        self.as_str()
            .cmp(other.as_str())
            .then_with(|| unknown(self).cmp(&unknown(other)))
    }
}

impl rt::StringEnum for WalletEntryTransactionType {
    fn as_str(&self) -> &str {
        WalletEntryTransactionType::as_str(self)
    }

    fn from_wire(value: &str) -> Self {
        value.into()
    }
}

impl std::fmt::Display for WalletEntryTransactionType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl rt::serde::Serialize for WalletEntryTransactionType {
    fn serialize<S: rt::serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        rt::serialize_enum(self, serializer)
    }
}

impl<'de> rt::serde::Deserialize<'de> for WalletEntryTransactionType {
    fn deserialize<D: rt::serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        rt::deserialize_enum(deserializer)
    }
}

/// The `WalletEntryStatus` schema.
///
/// Values this version of the crate does not know decode into
/// [`WalletEntryStatus::Unknown`] and serialise back unchanged. Values are ordered by their
/// wire value, so that values added to the API do not reorder them.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum WalletEntryStatus {
    /// `COMPLETED`
    Completed,
    /// `ON_HOLD`
    OnHold,
    /// A value not known to this version of the crate, kept as sent.
    Unknown(String),
}

impl WalletEntryStatus {
    /// The value as it is sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Completed => "COMPLETED",
            Self::OnHold => "ON_HOLD",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for WalletEntryStatus {
    fn from(value: &str) -> Self {
        match value {
            "COMPLETED" => Self::Completed,
            "ON_HOLD" => Self::OnHold,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl PartialOrd for WalletEntryStatus {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for WalletEntryStatus {
    /// By wire value (a value this crate does not know after the known one it spells).
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        let unknown = |v: &Self| matches!(v, Self::Unknown(_));
        self.as_str()
            .cmp(other.as_str())
            .then_with(|| unknown(self).cmp(&unknown(other)))
    }
}

impl rt::StringEnum for WalletEntryStatus {
    fn as_str(&self) -> &str {
        WalletEntryStatus::as_str(self)
    }

    fn from_wire(value: &str) -> Self {
        value.into()
    }
}

impl std::fmt::Display for WalletEntryStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl rt::serde::Serialize for WalletEntryStatus {
    fn serialize<S: rt::serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        rt::serialize_enum(self, serializer)
    }
}

impl<'de> rt::serde::Deserialize<'de> for WalletEntryStatus {
    fn deserialize<D: rt::serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        rt::deserialize_enum(deserializer)
    }
}
