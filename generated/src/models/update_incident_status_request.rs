//! The `UpdateIncidentStatusRequest` model and the types inlined in it.

use togai_codegen_runtime as rt;

/// The `UpdateIncidentStatusRequest` schema.
#[derive(Debug, Clone, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
#[non_exhaustive]
pub struct UpdateIncidentStatusRequest {
    /// Incident Status
    pub status: crate::models::UpdateIncidentStatusRequestStatus,
}

rt::deserialize_struct! {
    UpdateIncidentStatusRequest {
        0 status "status" required,
    }
}
impl UpdateIncidentStatusRequest {
    /// A new value from the required fields; set the others with the `with_` methods.
    pub fn new(status: impl Into<crate::models::UpdateIncidentStatusRequestStatus>) -> Self {
        Self {
            status: status.into(),
        }
    }
}

/// Incident Status
///
/// Values this version of the crate does not know decode into
/// [`UpdateIncidentStatusRequestStatus::Unknown`] and serialise back unchanged. Values are ordered by their
/// wire value, so that values added to the API do not reorder them.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum UpdateIncidentStatusRequestStatus {
    /// `CLOSED`
    Closed,
    /// A value not known to this version of the crate, kept as sent.
    Unknown(String),
}

impl UpdateIncidentStatusRequestStatus {
    /// The value as it is sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Closed => "CLOSED",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for UpdateIncidentStatusRequestStatus {
    fn from(value: &str) -> Self {
        match value {
            "CLOSED" => Self::Closed,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl PartialOrd for UpdateIncidentStatusRequestStatus {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for UpdateIncidentStatusRequestStatus {
    /// By wire value (a value this crate does not know after the known one it spells).
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        let unknown = |v: &Self| matches!(v, Self::Unknown(_));
        self.as_str()
            .cmp(other.as_str())
            .then_with(|| unknown(self).cmp(&unknown(other)))
    }
}

impl rt::StringEnum for UpdateIncidentStatusRequestStatus {
    fn as_str(&self) -> &str {
        UpdateIncidentStatusRequestStatus::as_str(self)
    }

    fn from_wire(value: &str) -> Self {
        value.into()
    }
}

impl std::fmt::Display for UpdateIncidentStatusRequestStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl rt::serde::Serialize for UpdateIncidentStatusRequestStatus {
    fn serialize<S: rt::serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        rt::serialize_enum(self, serializer)
    }
}

impl<'de> rt::serde::Deserialize<'de> for UpdateIncidentStatusRequestStatus {
    fn deserialize<D: rt::serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        rt::deserialize_enum(deserializer)
    }
}
