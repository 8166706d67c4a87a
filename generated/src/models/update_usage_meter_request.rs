//! The `UpdateUsageMeterRequest` model and the types inlined in it.

use togai_codegen_runtime as rt;

/// Request to update usage meter
#[derive(Debug, Clone, Default, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
pub struct UpdateUsageMeterRequest {
    /// Name of usage meter.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Billable name of usage meter. Billable name takes precedence over name to display in invoice.
    #[serde(rename = "billableName", skip_serializing_if = "Option::is_none")]
    pub billable_name: Option<String>,
    /// Description of the usage meter
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Event Schema Identifier
    #[serde(rename = "eventSchemaName", skip_serializing_if = "Option::is_none")]
    pub event_schema_name: Option<String>,
    /// Type of usage meter
    /// * COUNTER - Count usage
    #[serde(skip_serializing_if = "Option::is_none")]
    pub r#type: Option<crate::models::UpdateUsageMeterRequestType>,
    /// `aggregation`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub aggregation: Option<crate::models::UsageMeterAggregation>,
    /// `computations`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub computations: Option<Vec<crate::models::Computation>>,
    /// `filters`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub filters: Option<Vec<crate::models::UsageMeterFilterEntry>>,
}

rt::deserialize_struct! {
    UpdateUsageMeterRequest { 0 name "name" optional, 1 billable_name "billableName"
    optional, 2 description "description" optional, 3 event_schema_name "eventSchemaName"
    optional, 4 r#type "type" optional, 5 aggregation "aggregation" optional, 6
    computations "computations" optional, 7 filters "filters" optional, }
}

/// Type of usage meter
/// * COUNTER - Count usage
///
/// Values this version of the crate does not know decode into
/// [`UpdateUsageMeterRequestType::Unknown`] and serialise back unchanged.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum UpdateUsageMeterRequestType {
    /// `COUNTER`
    Counter,
    /// A value not known to this version of the crate, kept as sent.
    Unknown(String),
}

impl UpdateUsageMeterRequestType {
    /// The value as it is sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Counter => "COUNTER",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for UpdateUsageMeterRequestType {
    fn from(value: &str) -> Self {
        match value {
            "COUNTER" => Self::Counter,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl rt::StringEnum for UpdateUsageMeterRequestType {
    fn as_str(&self) -> &str {
        UpdateUsageMeterRequestType::as_str(self)
    }

    fn from_wire(value: &str) -> Self {
        value.into()
    }
}

impl std::fmt::Display for UpdateUsageMeterRequestType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl rt::serde::Serialize for UpdateUsageMeterRequestType {
    fn serialize<S: rt::serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        rt::serialize_enum(self, serializer)
    }
}

impl<'de> rt::serde::Deserialize<'de> for UpdateUsageMeterRequestType {
    fn deserialize<D: rt::serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        rt::deserialize_enum(deserializer)
    }
}
