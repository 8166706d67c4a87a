//! The `EventPipelineInfoUsageMeters` model and the types inlined in it.

use togai_codegen_runtime as rt;

/// The `EventPipelineInfoUsageMeters` schema.
#[derive(Debug, Clone, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
#[non_exhaustive]
pub struct EventPipelineInfoUsageMeters {
    /// `id`
    pub id: String,
    /// `name`
    pub name: String,
    /// `version`
    pub version: i32,
    /// `status`
    pub status: crate::models::EventPipelineInfoUsageMetersStatus,
    /// `units`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub units: Option<f64>,
}

rt::deserialize_struct! {
    EventPipelineInfoUsageMeters {
        0 id "id" required,
        1 name "name" required,
        2 version "version" required,
        3 status "status" required,
        4 units "units" optional,
    }
}
impl EventPipelineInfoUsageMeters {
    /// A new value from the required fields; set the others with the `with_` methods.
    pub fn new(
        id: impl Into<String>,
        name: impl Into<String>,
        version: impl Into<i32>,
        status: impl Into<crate::models::EventPipelineInfoUsageMetersStatus>,
    ) -> Self {
        Self {
            id: id.into(),
            name: name.into(),
            version: version.into(),
            status: status.into(),
            units: None,
        }
    }

    /// Sets `units`; until set, it is left out.
    pub fn with_units(mut self, value: impl Into<f64>) -> Self {
        self.units = Some(value.into());
        self
    }
}

/// The `EventPipelineInfoUsageMetersStatus` schema.
///
/// Values this version of the crate does not know decode into
/// [`EventPipelineInfoUsageMetersStatus::Unknown`] and serialise back unchanged. Values are ordered by their
/// wire value, so that values added to the API do not reorder them.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum EventPipelineInfoUsageMetersStatus {
    /// `PROCESSED_FILTERED_OUT`
    ProcessedFilteredOut,
    /// `PROCESSED_UNITS_COMPUTED`
    ProcessedUnitsComputed,
    /// A value not known to this version of the crate, kept as sent.
    Unknown(String),
}

impl EventPipelineInfoUsageMetersStatus {
    /// The value as it is sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::ProcessedFilteredOut => "PROCESSED_FILTERED_OUT",
            Self::ProcessedUnitsComputed => "PROCESSED_UNITS_COMPUTED",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for EventPipelineInfoUsageMetersStatus {
    fn from(value: &str) -> Self {
        match value {
            "PROCESSED_FILTERED_OUT" => Self::ProcessedFilteredOut,
            "PROCESSED_UNITS_COMPUTED" => Self::ProcessedUnitsComputed,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl PartialOrd for EventPipelineInfoUsageMetersStatus {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for EventPipelineInfoUsageMetersStatus {
    /// By wire value (a value this crate does not know after the known one it spells).
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        let unknown = |v: &Self| matches!(v, Self::Unknown(_));
        self.as_str()
            .cmp(other.as_str())
            .then_with(|| unknown(self).cmp(&unknown(other)))
    }
}

impl rt::StringEnum for EventPipelineInfoUsageMetersStatus {
    fn as_str(&self) -> &str {
        EventPipelineInfoUsageMetersStatus::as_str(self)
    }

    fn from_wire(value: &str) -> Self {
        value.into()
    }
}

impl std::fmt::Display for EventPipelineInfoUsageMetersStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl rt::serde::Serialize for EventPipelineInfoUsageMetersStatus {
    fn serialize<S: rt::serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        rt::serialize_enum(self, serializer)
    }
}

impl<'de> rt::serde::Deserialize<'de> for EventPipelineInfoUsageMetersStatus {
    fn deserialize<D: rt::serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        rt::deserialize_enum(deserializer)
    }
}
