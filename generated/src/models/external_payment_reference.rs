//! The `ExternalPaymentReference` model and the types inlined in it.

use togai_codegen_runtime as rt;

/// external payment reference object
#[derive(Debug, Clone, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
#[non_exhaustive]
pub struct ExternalPaymentReference {
    /// `sourceName`
    #[serde(rename = "sourceName")]
    pub source_name: String,
    /// `sourceType`
    #[serde(rename = "sourceType")]
    pub source_type: crate::models::ExternalPaymentReferenceSourceType,
    /// Check number or Card transaction number
    #[serde(rename = "transactionNumber")]
    pub transaction_number: String,
    /// `description`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// `metadata`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub metadata: Option<rt::serde_json::Value>,
}

rt::deserialize_struct! {
    ExternalPaymentReference {
        0 source_name "sourceName" required,
        1 source_type "sourceType" required,
        2 transaction_number "transactionNumber" required,
        3 description "description" optional,
        4 metadata "metadata" optional,
    }
}
impl ExternalPaymentReference {
    /// A new value from the required fields; set the others with the `with_` methods.
    pub fn new(
        source_name: impl Into<String>,
        source_type: impl Into<crate::models::ExternalPaymentReferenceSourceType>,
        transaction_number: impl Into<String>,
    ) -> Self {
        Self {
            source_name: source_name.into(),
            source_type: source_type.into(),
            transaction_number: transaction_number.into(),
            description: None,
            metadata: None,
        }
    }

    /// Sets `description`; until set, it is left out.
    pub fn with_description(mut self, value: impl Into<String>) -> Self {
        self.description = Some(value.into());
        self
    }

    /// Sets `metadata`; until set, it is left out.
    pub fn with_metadata(mut self, value: impl Into<rt::serde_json::Value>) -> Self {
        self.metadata = Some(value.into());
        self
    }
}

/// The `ExternalPaymentReferenceSourceType` schema.
///
/// Values this version of the crate does not know decode into
/// [`ExternalPaymentReferenceSourceType::Unknown`] and serialise back unchanged. Values are ordered by their
/// wire value, so that values added to the API do not reorder them.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ExternalPaymentReferenceSourceType {
    /// `GATEWAY`
    Gateway,
    /// `CASH`
    Cash,
    /// `CHEQUE`
    Cheque,
    /// `BANK_TRANSFER`
    BankTransfer,
    /// `CARD`
    Card,
    /// A value not known to this version of the crate, kept as sent.
    Unknown(String),
}

impl ExternalPaymentReferenceSourceType {
    /// The value as it is sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Gateway => "GATEWAY",
            Self::Cash => "CASH",
            Self::Cheque => "CHEQUE",
            Self::BankTransfer => "BANK_TRANSFER",
            Self::Card => "CARD",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for ExternalPaymentReferenceSourceType {
    fn from(value: &str) -> Self {
        match value {
            "GATEWAY" => Self::Gateway,
            "CASH" => Self::Cash,
            "CHEQUE" => Self::Cheque,
            "BANK_TRANSFER" => Self::BankTransfer,
            "CARD" => Self::Card,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl PartialOrd for ExternalPaymentReferenceSourceType {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for ExternalPaymentReferenceSourceType {
    /// By wire value (a value this crate does not know after the known one it spells).
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        let unknown = |v: &Self| matches!(v, Self::Unknown(_));
        self.as_str()
            .cmp(other.as_str())
            .then_with(|| unknown(self).cmp(&unknown(other)))
    }
}

impl rt::StringEnum for ExternalPaymentReferenceSourceType {
    fn as_str(&self) -> &str {
        ExternalPaymentReferenceSourceType::as_str(self)
    }

    fn from_wire(value: &str) -> Self {
        value.into()
    }
}

impl std::fmt::Display for ExternalPaymentReferenceSourceType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl rt::serde::Serialize for ExternalPaymentReferenceSourceType {
    fn serialize<S: rt::serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        rt::serialize_enum(self, serializer)
    }
}

impl<'de> rt::serde::Deserialize<'de> for ExternalPaymentReferenceSourceType {
    fn deserialize<D: rt::serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        rt::deserialize_enum(deserializer)
    }
}
