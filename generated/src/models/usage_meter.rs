//! The `UsageMeter` model and the types inlined in it.

use togai_codegen_runtime as rt;

/// Structure of usage meter
#[derive(Debug, Clone, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
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
    UsageMeter { 0 id "id" required, 1 name "name" required, 2 billable_name
    "billableName" optional, 3 display_name "displayName" required, 4 description
    "description" optional, 5 filters "filters" optional, 6 r#type "type" required, 7
    status "status" optional, 8 aggregation "aggregation" required, 9 computations
    "computations" optional, 10 event_schema "eventSchema" optional, 11 created_at
    "createdAt" optional rt::datetime::OptionSeed, 12 last_activated_at "lastActivatedAt"
    optional rt::datetime::OptionSeed, 13 updated_at "updatedAt" optional
    rt::datetime::OptionSeed, }
}

impl UsageMeter {
    /// Creates a `UsageMeter` from its required fields; optional fields start empty.
    #[allow(deprecated)]
    pub fn new(
        id: String,
        name: String,
        display_name: String,
        r#type: crate::models::UsageMeterType,
        aggregation: crate::models::UsageMeterAggregation,
    ) -> Self {
        Self {
            id,
            name,
            billable_name: None,
            display_name,
            description: None,
            filters: None,
            r#type,
            status: None,
            aggregation,
            computations: None,
            event_schema: None,
            created_at: None,
            last_activated_at: None,
            updated_at: None,
        }
    }
}

/// Type of usage meter
///
/// Values this version of the crate does not know decode into
/// [`UsageMeterType::Unknown`] and serialise back unchanged.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
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
/// [`UsageMeterStatus::Unknown`] and serialise back unchanged.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
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
