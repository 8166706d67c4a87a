//! The `UsageMeter` model and the types inlined in it.

use togai_codegen_runtime as rt;

/// Structure of usage meter
#[derive(Debug, Clone, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
#[non_exhaustive]
pub struct UsageMeter {
    /// Identifier of the usage meter
    pub id: String,
    /// Name of the usage meter
    pub name: String,
    /// Billable name of addon. Billable name takes precedence over name to display in invoice.
    #[serde(rename = "billableName", skip_serializing_if = "Option::is_none")]
    pub billable_name: Option<String>,
    /// Display name of usage meter. This is an auto-generated field which contains billableName of usage meter.
    /// If billableName is not provided, name will be used as display name.
    #[serde(rename = "displayName")]
    pub display_name: String,
    /// `description`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// `filters`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub filters: Option<Vec<crate::models::UsageMeterFilterEntry>>,
    /// Type of usage meter
    pub r#type: crate::models::UsageMeterType,
    /// Status of usage meter
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<crate::models::UsageMeterStatus>,
    /// `aggregation`
    pub aggregation: crate::models::UsageMeterAggregation,
    /// `computations`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub computations: Option<Vec<crate::models::Computation>>,
    /// `eventSchema`
    #[serde(rename = "eventSchema", skip_serializing_if = "Option::is_none")]
    pub event_schema: Option<crate::models::EventSchema>,
    /// `createdAt`
    #[serde(rename = "createdAt", skip_serializing_if = "Option::is_none")]
    pub created_at: Option<rt::chrono::DateTime<rt::chrono::Utc>>,
    /// `lastActivatedAt`
    #[serde(rename = "lastActivatedAt", skip_serializing_if = "Option::is_none")]
    pub last_activated_at: Option<rt::chrono::DateTime<rt::chrono::Utc>>,
    /// `updatedAt`
    #[serde(rename = "updatedAt", skip_serializing_if = "Option::is_none")]
    pub updated_at: Option<rt::chrono::DateTime<rt::chrono::Utc>>,
}

rt::deserialize_struct! {
    UsageMeter {
        0 id "id" required,
        1 name "name" required,
        2 billable_name "billableName" optional,
        3 display_name "displayName" required,
        4 description "description" optional,
        5 filters "filters" optional,
        6 r#type "type" required,
        7 status "status" optional,
        8 aggregation "aggregation" required,
        9 computations "computations" optional,
        10 event_schema "eventSchema" optional,
        11 created_at "createdAt" optional rt::datetime::OptionSeed,
        12 last_activated_at "lastActivatedAt" optional rt::datetime::OptionSeed,
        13 updated_at "updatedAt" optional rt::datetime::OptionSeed,
    }
}
impl UsageMeter {
    /// A new value from the required fields; set the others with the `with_` methods.
    pub fn new(
        id: impl Into<String>,
        name: impl Into<String>,
        display_name: impl Into<String>,
        r#type: impl Into<crate::models::UsageMeterType>,
        aggregation: impl Into<crate::models::UsageMeterAggregation>,
    ) -> Self {
        Self {
            id: id.into(),
            name: name.into(),
            billable_name: None,
            display_name: display_name.into(),
            description: None,
            filters: None,
            r#type: r#type.into(),
            status: None,
            aggregation: aggregation.into(),
            computations: None,
            event_schema: None,
            created_at: None,
            last_activated_at: None,
            updated_at: None,
        }
    }

    /// Sets `billable_name` (`billableName`); until set, it is left out.
    pub fn with_billable_name(mut self, value: impl Into<String>) -> Self {
        self.billable_name = Some(value.into());
        self
    }

    /// Sets `description`; until set, it is left out.
    pub fn with_description(mut self, value: impl Into<String>) -> Self {
        self.description = Some(value.into());
        self
    }

    /// Sets `filters`; until set, it is left out.
    pub fn with_filters(
        mut self,
        value: impl Into<Vec<crate::models::UsageMeterFilterEntry>>,
    ) -> Self {
        self.filters = Some(value.into());
        self
    }

    /// Sets `status`; until set, it is left out.
    pub fn with_status(mut self, value: impl Into<crate::models::UsageMeterStatus>) -> Self {
        self.status = Some(value.into());
        self
    }

    /// Sets `computations`; until set, it is left out.
    pub fn with_computations(mut self, value: impl Into<Vec<crate::models::Computation>>) -> Self {
        self.computations = Some(value.into());
        self
    }

    /// Sets `event_schema` (`eventSchema`); until set, it is left out.
    pub fn with_event_schema(mut self, value: impl Into<crate::models::EventSchema>) -> Self {
        self.event_schema = Some(value.into());
        self
    }

    /// Sets `created_at` (`createdAt`); until set, it is left out.
    pub fn with_created_at(
        mut self,
        value: impl Into<rt::chrono::DateTime<rt::chrono::Utc>>,
    ) -> Self {
        self.created_at = Some(value.into());
        self
    }

    /// Sets `last_activated_at` (`lastActivatedAt`); until set, it is left out.
    pub fn with_last_activated_at(
        mut self,
        value: impl Into<rt::chrono::DateTime<rt::chrono::Utc>>,
    ) -> Self {
        self.last_activated_at = Some(value.into());
        self
    }

    /// Sets `updated_at` (`updatedAt`); until set, it is left out.
    pub fn with_updated_at(
        mut self,
        value: impl Into<rt::chrono::DateTime<rt::chrono::Utc>>,
    ) -> Self {
        self.updated_at = Some(value.into());
        self
    }
}

/// Type of usage meter
///
/// Values this version of the crate does not know decode into
/// [`UsageMeterType::Unknown`] and serialise back unchanged. Values are ordered by their
/// wire value, so that values added to the API do not reorder them.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum UsageMeterType {
    /// `COUNTER`
    Counter,
    /// A value not known to this version of the crate, kept as sent.
    Unknown(String),
}

impl UsageMeterType {
    /// The value as it is sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Counter => "COUNTER",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for UsageMeterType {
    fn from(value: &str) -> Self {
        match value {
            "COUNTER" => Self::Counter,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl PartialOrd for UsageMeterType {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for UsageMeterType {
    /// By wire value (a value this crate does not know after the known one it spells).
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        let unknown = |v: &Self| matches!(v, Self::Unknown(_));
        self.as_str()
            .cmp(other.as_str())
            .then_with(|| unknown(self).cmp(&unknown(other)))
    }
}

impl rt::StringEnum for UsageMeterType {
    fn as_str(&self) -> &str {
        UsageMeterType::as_str(self)
    }

    fn from_wire(value: &str) -> Self {
        value.into()
    }
}

impl std::fmt::Display for UsageMeterType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl rt::serde::Serialize for UsageMeterType {
    fn serialize<S: rt::serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        rt::serialize_enum(self, serializer)
    }
}

impl<'de> rt::serde::Deserialize<'de> for UsageMeterType {
    fn deserialize<D: rt::serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        rt::deserialize_enum(deserializer)
    }
}

/// Status of usage meter
///
/// Values this version of the crate does not know decode into
/// [`UsageMeterStatus::Unknown`] and serialise back unchanged. Values are ordered by their
/// wire value, so that values added to the API do not reorder them.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum UsageMeterStatus {
    /// `DRAFT`
    Draft,
    /// `ACTIVE`
    Active,
    /// `INACTIVE`
    Inactive,
    /// `ARCHIVED`
    Archived,
    /// A value not known to this version of the crate, kept as sent.
    Unknown(String),
}

impl UsageMeterStatus {
    /// The value as it is sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Draft => "DRAFT",
            Self::Active => "ACTIVE",
            Self::Inactive => "INACTIVE",
            Self::Archived => "ARCHIVED",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for UsageMeterStatus {
    fn from(value: &str) -> Self {
        match value {
            "DRAFT" => Self::Draft,
            "ACTIVE" => Self::Active,
            "INACTIVE" => Self::Inactive,
            "ARCHIVED" => Self::Archived,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl PartialOrd for UsageMeterStatus {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for UsageMeterStatus {
    /// By wire value (a value this crate does not know after the known one it spells).
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        let unknown = |v: &Self| matches!(v, Self::Unknown(_));
        self.as_str()
            .cmp(other.as_str())
            .then_with(|| unknown(self).cmp(&unknown(other)))
    }
}

impl rt::StringEnum for UsageMeterStatus {
    fn as_str(&self) -> &str {
        UsageMeterStatus::as_str(self)
    }

    fn from_wire(value: &str) -> Self {
        value.into()
    }
}

impl std::fmt::Display for UsageMeterStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl rt::serde::Serialize for UsageMeterStatus {
    fn serialize<S: rt::serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        rt::serialize_enum(self, serializer)
    }
}

impl<'de> rt::serde::Deserialize<'de> for UsageMeterStatus {
    fn deserialize<D: rt::serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        rt::deserialize_enum(deserializer)
    }
}
