//! The `JobEntriesResponse` model and the types inlined in it.

use togai_codegen_runtime as rt;

/// The `JobEntriesResponse` schema.
#[derive(Debug, Clone, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
#[non_exhaustive]
pub struct JobEntriesResponse {
    /// `entityId`
    #[serde(rename = "entityId")]
    pub entity_id: String,
    /// `jobId`
    #[serde(rename = "jobId")]
    pub job_id: String,
    /// `status`
    pub status: crate::models::JobEntriesResponseStatus,
    /// `createdAt`
    #[serde(rename = "createdAt")]
    pub created_at: rt::chrono::DateTime<rt::chrono::Utc>,
    /// `metadata`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub metadata: Option<std::collections::BTreeMap<String, String>>,
}

rt::deserialize_struct! {
    JobEntriesResponse {
        0 entity_id "entityId" required,
        1 job_id "jobId" required,
        2 status "status" required,
        3 created_at "createdAt" required rt::datetime::Seed,
        4 metadata "metadata" optional,
    }
}
impl JobEntriesResponse {
    /// A new value from the required fields; set the others with the `with_` methods.
    pub fn new(
        entity_id: impl Into<String>,
        job_id: impl Into<String>,
        status: impl Into<crate::models::JobEntriesResponseStatus>,
        created_at: impl Into<rt::chrono::DateTime<rt::chrono::Utc>>,
    ) -> Self {
        Self {
            entity_id: entity_id.into(),
            job_id: job_id.into(),
            status: status.into(),
            created_at: created_at.into(),
            metadata: None,
        }
    }

    /// Sets `metadata`; until set, it is left out.
    pub fn with_metadata(
        mut self,
        value: impl Into<std::collections::BTreeMap<String, String>>,
    ) -> Self {
        self.metadata = Some(value.into());
        self
    }
}

/// The `JobEntriesResponseStatus` schema.
///
/// Values this version of the crate does not know decode into
/// [`JobEntriesResponseStatus::Unknown`] and serialise back unchanged. Values are ordered by their
/// wire value, so that values added to the API do not reorder them.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum JobEntriesResponseStatus {
    /// `PENDING`
    Pending,
    /// `IN_PROGRESS`
    InProgress,
    /// `COMPLETED`
    Completed,
    /// `FAILED`
    Failed,
    /// `CANCELLED`
    Cancelled,
    /// A value not known to this version of the crate, kept as sent.
    Unknown(String),
}

impl JobEntriesResponseStatus {
    /// The value as it is sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Pending => "PENDING",
            Self::InProgress => "IN_PROGRESS",
            Self::Completed => "COMPLETED",
            Self::Failed => "FAILED",
            Self::Cancelled => "CANCELLED",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for JobEntriesResponseStatus {
    fn from(value: &str) -> Self {
        match value {
            "PENDING" => Self::Pending,
            "IN_PROGRESS" => Self::InProgress,
            "COMPLETED" => Self::Completed,
            "FAILED" => Self::Failed,
            "CANCELLED" => Self::Cancelled,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl PartialOrd for JobEntriesResponseStatus {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for JobEntriesResponseStatus {
    /// By wire value (a value this crate does not know after the known one it spells).
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        let unknown = |v: &Self| matches!(v, Self::Unknown(_));
        self.as_str()
            .cmp(other.as_str())
            .then_with(|| unknown(self).cmp(&unknown(other)))
    }
}

impl rt::StringEnum for JobEntriesResponseStatus {
    fn as_str(&self) -> &str {
        JobEntriesResponseStatus::as_str(self)
    }

    fn from_wire(value: &str) -> Self {
        value.into()
    }
}

impl std::fmt::Display for JobEntriesResponseStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl rt::serde::Serialize for JobEntriesResponseStatus {
    fn serialize<S: rt::serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        rt::serialize_enum(self, serializer)
    }
}

impl<'de> rt::serde::Deserialize<'de> for JobEntriesResponseStatus {
    fn deserialize<D: rt::serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        rt::deserialize_enum(deserializer)
    }
}
