//! The `CreateUsageMeterRequest` model and the types inlined in it.

use togai_codegen_runtime as rt;

/// Request to create usage meter
#[derive(Debug, Clone, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
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
    CreateUsageMeterRequest { 0 name "name" required, 1 billable_name "billableName"
    optional, 2 description "description" optional, 3 filters "filters" optional, 4
    r#type "type" required, 5 aggregation "aggregation" required, 6 computations
    "computations" optional, 7 event_schema_name "eventSchemaName" optional, }
}

impl CreateUsageMeterRequest {
    /// Creates a `CreateUsageMeterRequest` from its required fields; optional fields start empty.
    #[allow(deprecated)]
    pub fn new(
        name: String,
        r#type: crate::models::CreateUsageMeterRequestType,
        aggregation: crate::models::UsageMeterAggregation,
    ) -> Self {
        Self {
            name,
            billable_name: None,
            description: None,
            filters: None,
            r#type,
            aggregation,
            computations: None,
            event_schema_name: None,
        }
    }
}

/// Type of usage meter
///
/// Values this version of the crate does not know decode into
/// [`CreateUsageMeterRequestType::Unknown`] and serialise back unchanged.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
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
