//! The `ReportStatus` model.

use togai_codegen_runtime as rt;

/// The `ReportStatus` schema.
///
/// Values this version of the crate does not know decode into
/// [`ReportStatus::Unknown`] and serialise back unchanged. Values are ordered by their
/// wire value, so that values added to the API do not reorder them.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ReportStatus {
    /// `QUEUED`
    Queued,
    /// `RUNNING`
    Running,
    /// `FAILED`
    Failed,
    /// `UPLOAD_PENDING`
    UploadPending,
    /// `COMPLETED`
    Completed,
    /// A value not known to this version of the crate, kept as sent.
    Unknown(String),
}

impl ReportStatus {
    /// The value as it is sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Queued => "QUEUED",
            Self::Running => "RUNNING",
            Self::Failed => "FAILED",
            Self::UploadPending => "UPLOAD_PENDING",
            Self::Completed => "COMPLETED",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for ReportStatus {
    fn from(value: &str) -> Self {
        match value {
            "QUEUED" => Self::Queued,
            "RUNNING" => Self::Running,
            "FAILED" => Self::Failed,
            "UPLOAD_PENDING" => Self::UploadPending,
            "COMPLETED" => Self::Completed,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl PartialOrd for ReportStatus {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for ReportStatus {
    /// By wire value (a value this crate does not know after the known one it spells).
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        let unknown = |v: &Self| matches!(v, Self::Unknown(_));
        self.as_str()
            .cmp(other.as_str())
            .then_with(|| unknown(self).cmp(&unknown(other)))
    }
}

impl rt::StringEnum for ReportStatus {
    fn as_str(&self) -> &str {
        ReportStatus::as_str(self)
    }

    fn from_wire(value: &str) -> Self {
        value.into()
    }
}

impl std::fmt::Display for ReportStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl rt::serde::Serialize for ReportStatus {
    fn serialize<S: rt::serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        rt::serialize_enum(self, serializer)
    }
}

impl<'de> rt::serde::Deserialize<'de> for ReportStatus {
    fn deserialize<D: rt::serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        rt::deserialize_enum(deserializer)
    }
}
