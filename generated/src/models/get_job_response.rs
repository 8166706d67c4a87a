//! The `GetJobResponse` model and the types inlined in it.
/// The `GetJobResponse` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct GetJobResponse {
    /// `id`
    pub id: String,
    /// `type`
    pub r#type: crate::models::GetJobResponseType,
    /// `settledAt`
    #[serde(rename = "settledAt", skip_serializing_if = "Option::is_none")]
    pub settled_at: Option<chrono::DateTime<chrono::Utc>>,
    /// `updatedAt`
    #[serde(rename = "updatedAt")]
    pub updated_at: chrono::DateTime<chrono::Utc>,
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
#[allow(deprecated)]
impl<'de> serde::Deserialize<'de> for GetJobResponse {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        const FIELDS: &[&str] = &[
            "id",
            "type",
            "settledAt",
            "updatedAt",
            "status",
            "totalJobEntries",
            "pendingJobEntries",
            "failedJobEntries",
            "completedJobEntries",
            "metadata",
        ];
        struct GetJobResponseVisitor;
        impl<'de> serde::de::Visitor<'de> for GetJobResponseVisitor {
            type Value = GetJobResponse;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("struct GetJobResponse")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<GetJobResponse, A::Error> {
                let mut f0: Option<String> = None;
                let mut f1: Option<crate::models::GetJobResponseType> = None;
                let mut f2: Option<Option<chrono::DateTime<chrono::Utc>>> = None;
                let mut f3: Option<chrono::DateTime<chrono::Utc>> = None;
                let mut f4: Option<crate::models::GetJobResponseStatus> = None;
                let mut f5: Option<i32> = None;
                let mut f6: Option<i32> = None;
                let mut f7: Option<i32> = None;
                let mut f8: Option<i32> = None;
                let mut f9: Option<Option<std::collections::BTreeMap<String, String>>> = None;
                while let Some(key) = map.next_key_seed(crate::runtime::FieldSeed(FIELDS))? {
                    match key {
                        0 => crate::runtime::field(&mut map, &mut f0, "id"),
                        1 => crate::runtime::field(&mut map, &mut f1, "type"),
                        2 => crate::runtime::field_seed(
                            &mut map,
                            &mut f2,
                            "settledAt",
                            crate::runtime::datetime::OptionSeed,
                        ),
                        3 => crate::runtime::field_seed(
                            &mut map,
                            &mut f3,
                            "updatedAt",
                            crate::runtime::datetime::Seed,
                        ),
                        4 => crate::runtime::field(&mut map, &mut f4, "status"),
                        5 => crate::runtime::field(&mut map, &mut f5, "totalJobEntries"),
                        6 => crate::runtime::field(&mut map, &mut f6, "pendingJobEntries"),
                        7 => crate::runtime::field(&mut map, &mut f7, "failedJobEntries"),
                        8 => crate::runtime::field(&mut map, &mut f8, "completedJobEntries"),
                        9 => crate::runtime::field(&mut map, &mut f9, "metadata"),
                        _ => crate::runtime::skip(&mut map),
                    }?;
                }
                Ok(GetJobResponse {
                    id: crate::runtime::required(f0, "id")?,
                    r#type: crate::runtime::required(f1, "type")?,
                    settled_at: f2.unwrap_or_default(),
                    updated_at: crate::runtime::required(f3, "updatedAt")?,
                    status: crate::runtime::required(f4, "status")?,
                    total_job_entries: crate::runtime::required(f5, "totalJobEntries")?,
                    pending_job_entries: crate::runtime::required(f6, "pendingJobEntries")?,
                    failed_job_entries: crate::runtime::required(f7, "failedJobEntries")?,
                    completed_job_entries: crate::runtime::required(f8, "completedJobEntries")?,
                    metadata: f9.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("GetJobResponse", FIELDS, GetJobResponseVisitor)
    }
}
impl GetJobResponse {
    /// Creates a `GetJobResponse` from its required fields; optional fields start empty.
    #[allow(clippy::too_many_arguments)]
    #[allow(deprecated)]
    pub fn new(
        id: String,
        r#type: crate::models::GetJobResponseType,
        updated_at: chrono::DateTime<chrono::Utc>,
        status: crate::models::GetJobResponseStatus,
        total_job_entries: i32,
        pending_job_entries: i32,
        failed_job_entries: i32,
        completed_job_entries: i32,
    ) -> Self {
        Self {
            id,
            r#type,
            settled_at: None,
            updated_at,
            status,
            total_job_entries,
            pending_job_entries,
            failed_job_entries,
            completed_job_entries,
            metadata: None,
        }
    }
}
/// The `GetJobResponseType` schema.
///
/// Values this version of the crate does not know decode into
/// [`GetJobResponseType::Unknown`] and serialise back unchanged.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
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
impl crate::runtime::StringEnum for GetJobResponseType {
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
impl serde::Serialize for GetJobResponseType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::runtime::serialize_enum(self, serializer)
    }
}
impl<'de> serde::Deserialize<'de> for GetJobResponseType {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::deserialize_enum(deserializer)
    }
}
/// The `GetJobResponseStatus` schema.
///
/// Values this version of the crate does not know decode into
/// [`GetJobResponseStatus::Unknown`] and serialise back unchanged.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
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
impl crate::runtime::StringEnum for GetJobResponseStatus {
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
impl serde::Serialize for GetJobResponseStatus {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::runtime::serialize_enum(self, serializer)
    }
}
impl<'de> serde::Deserialize<'de> for GetJobResponseStatus {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::deserialize_enum(deserializer)
    }
}
