//! The `PurchaseStatus` model.

use togai_codegen_runtime as rt;

/// Status of the purchase
///
/// Values this version of the crate does not know decode into
/// [`PurchaseStatus::Unknown`] and serialise back unchanged. Values are ordered by their
/// wire value, so that values added to the API do not reorder them.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum PurchaseStatus {
    /// `SUCCESS`
    Success,
    /// `FAILURE`
    Failure,
    /// `PENDING`
    Pending,
    /// `IN_PROGRESS`
    InProgress,
    /// `PROPOSAL_ACTIVE`
    ProposalActive,
    /// `PROPOSAL_APPROVED`
    ProposalApproved,
    /// `PROPOSAL_DECLINED`
    ProposalDeclined,
    /// `PROPOSAL_EXPIRED`
    ProposalExpired,
    /// A value not known to this version of the crate, kept as sent.
    Unknown(String),
}

impl PurchaseStatus {
    /// The value as it is sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Success => "SUCCESS",
            Self::Failure => "FAILURE",
            Self::Pending => "PENDING",
            Self::InProgress => "IN_PROGRESS",
            Self::ProposalActive => "PROPOSAL_ACTIVE",
            Self::ProposalApproved => "PROPOSAL_APPROVED",
            Self::ProposalDeclined => "PROPOSAL_DECLINED",
            Self::ProposalExpired => "PROPOSAL_EXPIRED",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for PurchaseStatus {
    fn from(value: &str) -> Self {
        match value {
            "SUCCESS" => Self::Success,
            "FAILURE" => Self::Failure,
            "PENDING" => Self::Pending,
            "IN_PROGRESS" => Self::InProgress,
            "PROPOSAL_ACTIVE" => Self::ProposalActive,
            "PROPOSAL_APPROVED" => Self::ProposalApproved,
            "PROPOSAL_DECLINED" => Self::ProposalDeclined,
            "PROPOSAL_EXPIRED" => Self::ProposalExpired,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl PartialOrd for PurchaseStatus {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for PurchaseStatus {
    /// By wire value (a value this crate does not know after the known one it spells).
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        let unknown = |v: &Self| matches!(v, Self::Unknown(_));
        self.as_str()
            .cmp(other.as_str())
            .then_with(|| unknown(self).cmp(&unknown(other)))
    }
}

impl rt::StringEnum for PurchaseStatus {
    fn as_str(&self) -> &str {
        PurchaseStatus::as_str(self)
    }

    fn from_wire(value: &str) -> Self {
        value.into()
    }
}

impl std::fmt::Display for PurchaseStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl rt::serde::Serialize for PurchaseStatus {
    fn serialize<S: rt::serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        rt::serialize_enum(self, serializer)
    }
}

impl<'de> rt::serde::Deserialize<'de> for PurchaseStatus {
    fn deserialize<D: rt::serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        rt::deserialize_enum(deserializer)
    }
}
