//! The `InvoicesStatus` model.

use togai_codegen_runtime as rt;

/// Status of the invoice
///
/// Values this version of the crate does not know decode into
/// [`InvoicesStatus::Unknown`] and serialise back unchanged. Values are ordered by their
/// wire value, so that values added to the API do not reorder them.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum InvoicesStatus {
    /// `DRAFT`
    Draft,
    /// `DUE`
    Due,
    /// `PAID`
    Paid,
    /// `VOID`
    Void,
    /// `UN_COLLECTIBLE`
    UnCollectible,
    /// `REFUND_INITIATED`
    RefundInitiated,
    /// `REFUND_COMPLETED`
    RefundCompleted,
    /// `MERGED`
    Merged,
    /// `PARTIALLY_PAID`
    PartiallyPaid,
    /// A value not known to this version of the crate, kept as sent.
    Unknown(String),
}

impl InvoicesStatus {
    /// The value as it is sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Draft => "DRAFT",
            Self::Due => "DUE",
            Self::Paid => "PAID",
            Self::Void => "VOID",
            Self::UnCollectible => "UN_COLLECTIBLE",
            Self::RefundInitiated => "REFUND_INITIATED",
            Self::RefundCompleted => "REFUND_COMPLETED",
            Self::Merged => "MERGED",
            Self::PartiallyPaid => "PARTIALLY_PAID",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for InvoicesStatus {
    fn from(value: &str) -> Self {
        match value {
            "DRAFT" => Self::Draft,
            "DUE" => Self::Due,
            "PAID" => Self::Paid,
            "VOID" => Self::Void,
            "UN_COLLECTIBLE" => Self::UnCollectible,
            "REFUND_INITIATED" => Self::RefundInitiated,
            "REFUND_COMPLETED" => Self::RefundCompleted,
            "MERGED" => Self::Merged,
            "PARTIALLY_PAID" => Self::PartiallyPaid,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl PartialOrd for InvoicesStatus {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for InvoicesStatus {
    /// By wire value (a value this crate does not know after the known one it spells).
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        let unknown = |v: &Self| matches!(v, Self::Unknown(_));
        self.as_str()
            .cmp(other.as_str())
            .then_with(|| unknown(self).cmp(&unknown(other)))
    }
}

impl rt::StringEnum for InvoicesStatus {
    fn as_str(&self) -> &str {
        InvoicesStatus::as_str(self)
    }

    fn from_wire(value: &str) -> Self {
        value.into()
    }
}

impl std::fmt::Display for InvoicesStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl rt::serde::Serialize for InvoicesStatus {
    fn serialize<S: rt::serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        rt::serialize_enum(self, serializer)
    }
}

impl<'de> rt::serde::Deserialize<'de> for InvoicesStatus {
    fn deserialize<D: rt::serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        rt::deserialize_enum(deserializer)
    }
}
