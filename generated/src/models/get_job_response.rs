//! The `GetJobResponse` model and the types inlined in it.

use togai_codegen_runtime as rt;

/// The `GetJobResponse` schema.
#[derive(Debug, Clone, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
#[non_exhaustive]
pub struct GetJobResponse {
    /// `id`
    pub id: String,
    /// `type`
    pub r#type: crate::models::GetJobResponseType,
    /// `settledAt`
    #[serde(rename = "settledAt", skip_serializing_if = "Option::is_none")]
    pub settled_at: Option<rt::chrono::DateTime<rt::chrono::Utc>>,
    /// `updatedAt`
    #[serde(rename = "updatedAt")]
    pub updated_at: rt::chrono::DateTime<rt::chrono::Utc>,
    /// `status`
    pub status: crate::models::GetJobResponseStatus,
    /// `totalJobEntries`
    #[serde(rename = "totalJobEntries")]
    pub total_job_entries: i32,
    /// `pendingJobEntries`
    #[serde(rename = "pendingJobEntries")]
    pub pending_job_entries: i32,
    /// `failedJobEntries`
    #[serde(rename = "failedJobEntries")]
    pub failed_job_entries: i32,
    /// `completedJobEntries`
    #[serde(rename = "completedJobEntries")]
    pub completed_job_entries: i32,
    /// `metadata`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub metadata: Option<std::collections::BTreeMap<String, String>>,
}

rt::deserialize_struct! {
    GetJobResponse {
        0 id "id" required,
        1 r#type "type" required,
        2 settled_at "settledAt" optional rt::datetime::OptionSeed,
        3 updated_at "updatedAt" required rt::datetime::Seed,
        4 status "status" required,
        5 total_job_entries "totalJobEntries" required,
        6 pending_job_entries "pendingJobEntries" required,
        7 failed_job_entries "failedJobEntries" required,
        8 completed_job_entries "completedJobEntries" required,
        9 metadata "metadata" optional,
    }
}
impl GetJobResponse {
    /// A new value from the required fields; set the others with the `with_` methods.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        id: impl Into<String>,
        r#type: impl Into<crate::models::GetJobResponseType>,
        updated_at: impl Into<rt::chrono::DateTime<rt::chrono::Utc>>,
        status: impl Into<crate::models::GetJobResponseStatus>,
        total_job_entries: impl Into<i32>,
        pending_job_entries: impl Into<i32>,
        failed_job_entries: impl Into<i32>,
        completed_job_entries: impl Into<i32>,
    ) -> Self {
        Self {
            id: id.into(),
            r#type: r#type.into(),
            settled_at: None,
            updated_at: updated_at.into(),
            status: status.into(),
            total_job_entries: total_job_entries.into(),
            pending_job_entries: pending_job_entries.into(),
            failed_job_entries: failed_job_entries.into(),
            completed_job_entries: completed_job_entries.into(),
            metadata: None,
        }
    }

    /// Sets `settled_at` (`settledAt`); until set, it is left out.
    pub fn with_settled_at(
        mut self,
        value: impl Into<rt::chrono::DateTime<rt::chrono::Utc>>,
    ) -> Self {
        self.settled_at = Some(value.into());
        self
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

/// The `GetJobResponseType` schema.
///
/// Values this version of the crate does not know decode into
/// [`GetJobResponseType::Unknown`] and serialise back unchanged. Values are ordered by their
/// wire value, so that values added to the API do not reorder them.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum GetJobResponseType {
    /// `PRICE_PLAN`
    PricePlan,
    /// `EVENT_CORRECTIONS`
    EventCorrections,
    /// `BILL_RUN`
    BillRun,
    /// A value not known to this version of the crate, kept as sent.
    Unknown(String),
}

impl GetJobResponseType {
    /// The value as it is sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::PricePlan => "PRICE_PLAN",
            Self::EventCorrections => "EVENT_CORRECTIONS",
            Self::BillRun => "BILL_RUN",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for GetJobResponseType {
    fn from(value: &str) -> Self {
        match value {
            "PRICE_PLAN" => Self::PricePlan,
            "EVENT_CORRECTIONS" => Self::EventCorrections,
            "BILL_RUN" => Self::BillRun,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl PartialOrd for GetJobResponseType {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for GetJobResponseType {
    /// By wire value (a value this crate does not know after the known one it spells).
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        let unknown = |v: &Self| matches!(v, Self::Unknown(_));
        self.as_str()
            .cmp(other.as_str())
            .then_with(|| unknown(self).cmp(&unknown(other)))
    }
}

impl rt::StringEnum for GetJobResponseType {
    fn as_str(&self) -> &str {
        GetJobResponseType::as_str(self)
    }

    fn from_wire(value: &str) -> Self {
        value.into()
    }
}

impl std::fmt::Display for GetJobResponseType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl rt::serde::Serialize for GetJobResponseType {
    fn serialize<S: rt::serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        rt::serialize_enum(self, serializer)
    }
}

impl<'de> rt::serde::Deserialize<'de> for GetJobResponseType {
    fn deserialize<D: rt::serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        rt::deserialize_enum(deserializer)
    }
}

/// The `GetJobResponseStatus` schema.
///
/// Values this version of the crate does not know decode into
/// [`GetJobResponseStatus::Unknown`] and serialise back unchanged. Values are ordered by their
/// wire value, so that values added to the API do not reorder them.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum GetJobResponseStatus {
    /// `SCHEDULED`
    Scheduled,
    /// `PENDING`
    Pending,
    /// `INITIALIZED`
    Initialized,
    /// `WAITING_FOR_CONFIRMATION`
    WaitingForConfirmation,
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

impl GetJobResponseStatus {
    /// The value as it is sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Scheduled => "SCHEDULED",
            Self::Pending => "PENDING",
            Self::Initialized => "INITIALIZED",
            Self::WaitingForConfirmation => "WAITING_FOR_CONFIRMATION",
            Self::InProgress => "IN_PROGRESS",
            Self::Completed => "COMPLETED",
            Self::Failed => "FAILED",
            Self::Cancelled => "CANCELLED",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for GetJobResponseStatus {
    fn from(value: &str) -> Self {
        match value {
            "SCHEDULED" => Self::Scheduled,
            "PENDING" => Self::Pending,
            "INITIALIZED" => Self::Initialized,
            "WAITING_FOR_CONFIRMATION" => Self::WaitingForConfirmation,
            "IN_PROGRESS" => Self::InProgress,
            "COMPLETED" => Self::Completed,
            "FAILED" => Self::Failed,
            "CANCELLED" => Self::Cancelled,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl PartialOrd for GetJobResponseStatus {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for GetJobResponseStatus {
    /// By wire value (a value this crate does not know after the known one it spells).
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        let unknown = |v: &Self| matches!(v, Self::Unknown(_));
        self.as_str()
            .cmp(other.as_str())
            .then_with(|| unknown(self).cmp(&unknown(other)))
    }
}

impl rt::StringEnum for GetJobResponseStatus {
    fn as_str(&self) -> &str {
        GetJobResponseStatus::as_str(self)
    }

    fn from_wire(value: &str) -> Self {
        value.into()
    }
}

impl std::fmt::Display for GetJobResponseStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl rt::serde::Serialize for GetJobResponseStatus {
    fn serialize<S: rt::serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        rt::serialize_enum(self, serializer)
    }
}

impl<'de> rt::serde::Deserialize<'de> for GetJobResponseStatus {
    fn deserialize<D: rt::serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        rt::deserialize_enum(deserializer)
    }
}
