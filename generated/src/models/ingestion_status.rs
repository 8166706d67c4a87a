//! The `IngestionStatus` model and the types inlined in it.

use togai_codegen_runtime as rt;

/// Status about the event ingestion.
#[derive(Debug, Clone, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
#[non_exhaustive]
pub struct IngestionStatus {
    /// Ingestion status
    pub status: crate::models::IngestionStatusStatus,
    /// `statusDescription`
    #[serde(rename = "statusDescription", skip_serializing_if = "Option::is_none")]
    pub status_description: Option<String>,
}

rt::deserialize_struct! {
    IngestionStatus {
        0 status "status" required,
        1 status_description "statusDescription" optional,
    }
}
impl IngestionStatus {
    /// A new value from the required fields; set the others with the `with_` methods.
    pub fn new(status: impl Into<crate::models::IngestionStatusStatus>) -> Self {
        Self {
            status: status.into(),
            status_description: None,
        }
    }

    /// Sets `status_description` (`statusDescription`); until set, it is left out.
    pub fn with_status_description(mut self, value: impl Into<String>) -> Self {
        self.status_description = Some(value.into());
        self
    }
}

/// Ingestion status
///
/// Values this version of the crate does not know decode into
/// [`IngestionStatusStatus::UnknownValue`] and serialise back unchanged. Values are ordered by their
/// wire value, so that values added to the API do not reorder them.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum IngestionStatusStatus {
    /// `INGESTION_IN_PROGRESS`
    IngestionInProgress,
    /// `INGESTION_FAILED`
    IngestionFailed,
    /// `INGESTION_FAILED_SCHEMA_NOT_DEFINED`
    IngestionFailedSchemaNotDefined,
    /// `INGESTION_FAILED_ENRICHMENT_FAILED`
    IngestionFailedEnrichmentFailed,
    /// `INGESTION_FAILED_UNITS_INVALID`
    IngestionFailedUnitsInvalid,
    /// `INGESTION_COMPLETED_NO_MATCHING_METERS`
    IngestionCompletedNoMatchingMeters,
    /// `INGESTION_COMPLETED_EVENT_METERED`
    IngestionCompletedEventMetered,
    /// `INGESTION_COMPLETED_EVENT_NOT_METERED`
    IngestionCompletedEventNotMetered,
    /// `INGESTION_FAILED_PAST_GRACE_PERIOD`
    IngestionFailedPastGracePeriod,
    /// `INGESTION_FAILED_ACCOUNT_NOT_FOUND`
    IngestionFailedAccountNotFound,
    /// `INGESTION_FAILED_DUPLICATE_EVENT`
    IngestionFailedDuplicateEvent,
    /// `INGESTION_FAILED_NO_EVENT_ID`
    IngestionFailedNoEventId,
    /// `INGESTION_FAILED_INVALID_NAMED_LICENSE_EVENT`
    IngestionFailedInvalidNamedLicenseEvent,
    /// `INGESTION_FAILED_INSUFFICIENT_CREDITS`
    IngestionFailedInsufficientCredits,
    /// `REVERTED`
    Reverted,
    /// `UNKNOWN`
    Unknown,
    /// A value not known to this version of the crate, kept as sent.
    UnknownValue(String),
}

impl IngestionStatusStatus {
    /// The value as it is sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::IngestionInProgress => "INGESTION_IN_PROGRESS",
            Self::IngestionFailed => "INGESTION_FAILED",
            Self::IngestionFailedSchemaNotDefined => "INGESTION_FAILED_SCHEMA_NOT_DEFINED",
            Self::IngestionFailedEnrichmentFailed => "INGESTION_FAILED_ENRICHMENT_FAILED",
            Self::IngestionFailedUnitsInvalid => "INGESTION_FAILED_UNITS_INVALID",
            Self::IngestionCompletedNoMatchingMeters => "INGESTION_COMPLETED_NO_MATCHING_METERS",
            Self::IngestionCompletedEventMetered => "INGESTION_COMPLETED_EVENT_METERED",
            Self::IngestionCompletedEventNotMetered => "INGESTION_COMPLETED_EVENT_NOT_METERED",
            Self::IngestionFailedPastGracePeriod => "INGESTION_FAILED_PAST_GRACE_PERIOD",
            Self::IngestionFailedAccountNotFound => "INGESTION_FAILED_ACCOUNT_NOT_FOUND",
            Self::IngestionFailedDuplicateEvent => "INGESTION_FAILED_DUPLICATE_EVENT",
            Self::IngestionFailedNoEventId => "INGESTION_FAILED_NO_EVENT_ID",
            Self::IngestionFailedInvalidNamedLicenseEvent => {
                "INGESTION_FAILED_INVALID_NAMED_LICENSE_EVENT"
            }
            Self::IngestionFailedInsufficientCredits => "INGESTION_FAILED_INSUFFICIENT_CREDITS",
            Self::Reverted => "REVERTED",
            Self::Unknown => "UNKNOWN",
            Self::UnknownValue(value) => value,
        }
    }
}

impl From<&str> for IngestionStatusStatus {
    fn from(value: &str) -> Self {
        match value {
            "INGESTION_IN_PROGRESS" => Self::IngestionInProgress,
            "INGESTION_FAILED" => Self::IngestionFailed,
            "INGESTION_FAILED_SCHEMA_NOT_DEFINED" => Self::IngestionFailedSchemaNotDefined,
            "INGESTION_FAILED_ENRICHMENT_FAILED" => Self::IngestionFailedEnrichmentFailed,
            "INGESTION_FAILED_UNITS_INVALID" => Self::IngestionFailedUnitsInvalid,
            "INGESTION_COMPLETED_NO_MATCHING_METERS" => Self::IngestionCompletedNoMatchingMeters,
            "INGESTION_COMPLETED_EVENT_METERED" => Self::IngestionCompletedEventMetered,
            "INGESTION_COMPLETED_EVENT_NOT_METERED" => Self::IngestionCompletedEventNotMetered,
            "INGESTION_FAILED_PAST_GRACE_PERIOD" => Self::IngestionFailedPastGracePeriod,
            "INGESTION_FAILED_ACCOUNT_NOT_FOUND" => Self::IngestionFailedAccountNotFound,
            "INGESTION_FAILED_DUPLICATE_EVENT" => Self::IngestionFailedDuplicateEvent,
            "INGESTION_FAILED_NO_EVENT_ID" => Self::IngestionFailedNoEventId,
            "INGESTION_FAILED_INVALID_NAMED_LICENSE_EVENT" => {
                Self::IngestionFailedInvalidNamedLicenseEvent
            }
            "INGESTION_FAILED_INSUFFICIENT_CREDITS" => Self::IngestionFailedInsufficientCredits,
            "REVERTED" => Self::Reverted,
            "UNKNOWN" => Self::Unknown,
            other => Self::UnknownValue(other.to_owned()),
        }
    }
}

impl PartialOrd for IngestionStatusStatus {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for IngestionStatusStatus {
    /// By wire value (a value this crate does not know after the known one it spells).
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        let unknown = |v: &Self| matches!(v, Self::UnknownValue(_));
        self.as_str()
            .cmp(other.as_str())
            .then_with(|| unknown(self).cmp(&unknown(other)))
    }
}

impl rt::StringEnum for IngestionStatusStatus {
    fn as_str(&self) -> &str {
        IngestionStatusStatus::as_str(self)
    }

    fn from_wire(value: &str) -> Self {
        value.into()
    }
}

impl std::fmt::Display for IngestionStatusStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl rt::serde::Serialize for IngestionStatusStatus {
    fn serialize<S: rt::serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        rt::serialize_enum(self, serializer)
    }
}

impl<'de> rt::serde::Deserialize<'de> for IngestionStatusStatus {
    fn deserialize<D: rt::serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        rt::deserialize_enum(deserializer)
    }
}
