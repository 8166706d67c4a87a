//! The `UpdateProposalStatus` model and the types inlined in it.

use togai_codegen_runtime as rt;

/// Approve or decline a proposal of a billing plan for an account
#[derive(Debug, Clone, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
#[non_exhaustive]
pub struct UpdateProposalStatus {
    /// `status`
    pub status: crate::models::UpdateProposalStatusStatus,
}

rt::deserialize_struct! {
    UpdateProposalStatus {
        0 status "status" required,
    }
}
impl UpdateProposalStatus {
    /// A new value from the required fields; set the others with the `with_` methods.
    pub fn new(status: impl Into<crate::models::UpdateProposalStatusStatus>) -> Self {
        Self {
            status: status.into(),
        }
    }
}

/// The `UpdateProposalStatusStatus` schema.
///
/// Values this version of the crate does not know decode into
/// [`UpdateProposalStatusStatus::Unknown`] and serialise back unchanged. Values are ordered by their
/// wire value, so that values added to the API do not reorder them.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum UpdateProposalStatusStatus {
    /// `APPROVE`
    Approve,
    /// `DECLINE`
    Decline,
    /// A value not known to this version of the crate, kept as sent.
    Unknown(String),
}

impl UpdateProposalStatusStatus {
    /// The value as it is sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Approve => "APPROVE",
            Self::Decline => "DECLINE",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for UpdateProposalStatusStatus {
    fn from(value: &str) -> Self {
        match value {
            "APPROVE" => Self::Approve,
            "DECLINE" => Self::Decline,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl PartialOrd for UpdateProposalStatusStatus {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for UpdateProposalStatusStatus {
    /// By wire value (a value this crate does not know after the known one it spells).
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        let unknown = |v: &Self| matches!(v, Self::Unknown(_));
        self.as_str()
            .cmp(other.as_str())
            .then_with(|| unknown(self).cmp(&unknown(other)))
    }
}

impl rt::StringEnum for UpdateProposalStatusStatus {
    fn as_str(&self) -> &str {
        UpdateProposalStatusStatus::as_str(self)
    }

    fn from_wire(value: &str) -> Self {
        value.into()
    }
}

impl std::fmt::Display for UpdateProposalStatusStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl rt::serde::Serialize for UpdateProposalStatusStatus {
    fn serialize<S: rt::serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        rt::serialize_enum(self, serializer)
    }
}

impl<'de> rt::serde::Deserialize<'de> for UpdateProposalStatusStatus {
    fn deserialize<D: rt::serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        rt::deserialize_enum(deserializer)
    }
}
