//! The `CreateUsageMeterRequest` model and the types inlined in it.

use togai_codegen_runtime as rt;

/// Request to create usage meter
#[derive(Debug, Clone, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
#[non_exhaustive]
pub struct CreateUsageMeterRequest {
    /// Name of the usage meter. Must be unique for an organization.
    pub name: String,
    /// Billable name of usage meter. Billable name takes precedence over name to display in invoice.
    #[serde(rename = "billableName", skip_serializing_if = "Option::is_none")]
    pub billable_name: Option<String>,
    /// Description of the usage meter
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// The usage meter's applicability will be determined by comparing the filter condition agianst the events.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub filters: Option<Vec<crate::models::UsageMeterFilterEntry>>,
    /// Type of usage meter
    pub r#type: crate::models::CreateUsageMeterRequestType,
    /// `aggregation`
    pub aggregation: crate::models::UsageMeterAggregation,
    /// `computations`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub computations: Option<Vec<crate::models::Computation>>,
    /// Event Schema Identifier
    #[serde(rename = "eventSchemaName", skip_serializing_if = "Option::is_none")]
    pub event_schema_name: Option<String>,
}

rt::deserialize_struct! {
    CreateUsageMeterRequest {
        0 name "name" required,
        1 billable_name "billableName" optional,
        2 description "description" optional,
        3 filters "filters" optional,
        4 r#type "type" required,
        5 aggregation "aggregation" required,
        6 computations "computations" optional,
        7 event_schema_name "eventSchemaName" optional,
    }
}
impl CreateUsageMeterRequest {
    /// A new value from the required fields; set the others with the `with_` methods.
    pub fn new(
        name: impl Into<String>,
        r#type: impl Into<crate::models::CreateUsageMeterRequestType>,
        aggregation: impl Into<crate::models::UsageMeterAggregation>,
    ) -> Self {
        Self {
            name: name.into(),
            billable_name: None,
            description: None,
            filters: None,
            r#type: r#type.into(),
            aggregation: aggregation.into(),
            computations: None,
            event_schema_name: None,
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

    /// Sets `computations`; until set, it is left out.
    pub fn with_computations(mut self, value: impl Into<Vec<crate::models::Computation>>) -> Self {
        self.computations = Some(value.into());
        self
    }

    /// Sets `event_schema_name` (`eventSchemaName`); until set, it is left out.
    pub fn with_event_schema_name(mut self, value: impl Into<String>) -> Self {
        self.event_schema_name = Some(value.into());
        self
    }
}

/// Type of usage meter
///
/// Values this version of the crate does not know decode into
/// [`CreateUsageMeterRequestType::Unknown`] and serialise back unchanged. Values are ordered by their
/// wire value, so that values added to the API do not reorder them.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum CreateUsageMeterRequestType {
    /// `COUNTER`
    Counter,
    /// A value not known to this version of the crate, kept as sent.
    Unknown(String),
}

impl CreateUsageMeterRequestType {
    /// The value as it is sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Counter => "COUNTER",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for CreateUsageMeterRequestType {
    fn from(value: &str) -> Self {
        match value {
            "COUNTER" => Self::Counter,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl PartialOrd for CreateUsageMeterRequestType {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for CreateUsageMeterRequestType {
    /// By wire value (a value this crate does not know after the known one it spells).
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        let unknown = |v: &Self| matches!(v, Self::Unknown(_));
        self.as_str()
            .cmp(other.as_str())
            .then_with(|| unknown(self).cmp(&unknown(other)))
    }
}

impl rt::StringEnum for CreateUsageMeterRequestType {
    fn as_str(&self) -> &str {
        CreateUsageMeterRequestType::as_str(self)
    }

    fn from_wire(value: &str) -> Self {
        value.into()
    }
}

impl std::fmt::Display for CreateUsageMeterRequestType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl rt::serde::Serialize for CreateUsageMeterRequestType {
    fn serialize<S: rt::serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        rt::serialize_enum(self, serializer)
    }
}

impl<'de> rt::serde::Deserialize<'de> for CreateUsageMeterRequestType {
    fn deserialize<D: rt::serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        rt::deserialize_enum(deserializer)
    }
}
