//! The `UpdateUsageMeterRequest` model and the types inlined in it.
/// Request to update usage meter
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
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
#[allow(deprecated)]
impl<'de> serde::Deserialize<'de> for UpdateUsageMeterRequest {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        const FIELDS: &[&str] = &[
            "name",
            "billableName",
            "description",
            "eventSchemaName",
            "type",
            "aggregation",
            "computations",
            "filters",
        ];
        struct UpdateUsageMeterRequestVisitor;
        impl<'de> serde::de::Visitor<'de> for UpdateUsageMeterRequestVisitor {
            type Value = UpdateUsageMeterRequest;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("struct UpdateUsageMeterRequest")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<UpdateUsageMeterRequest, A::Error> {
                let mut f0: Option<Option<String>> = None;
                let mut f1: Option<Option<String>> = None;
                let mut f2: Option<Option<String>> = None;
                let mut f3: Option<Option<String>> = None;
                let mut f4: Option<Option<crate::models::UpdateUsageMeterRequestType>> = None;
                let mut f5: Option<Option<crate::models::UsageMeterAggregation>> = None;
                let mut f6: Option<Option<Vec<crate::models::Computation>>> = None;
                let mut f7: Option<Option<Vec<crate::models::UsageMeterFilterEntry>>> = None;
                while let Some(key) = map.next_key_seed(crate::runtime::FieldSeed(FIELDS))? {
                    match key {
                        0 => crate::runtime::field(&mut map, &mut f0, "name"),
                        1 => crate::runtime::field(&mut map, &mut f1, "billableName"),
                        2 => crate::runtime::field(&mut map, &mut f2, "description"),
                        3 => crate::runtime::field(&mut map, &mut f3, "eventSchemaName"),
                        4 => crate::runtime::field(&mut map, &mut f4, "type"),
                        5 => crate::runtime::field(&mut map, &mut f5, "aggregation"),
                        6 => crate::runtime::field(&mut map, &mut f6, "computations"),
                        7 => crate::runtime::field(&mut map, &mut f7, "filters"),
                        _ => crate::runtime::skip(&mut map),
                    }?;
                }
                Ok(UpdateUsageMeterRequest {
                    name: f0.unwrap_or_default(),
                    billable_name: f1.unwrap_or_default(),
                    description: f2.unwrap_or_default(),
                    event_schema_name: f3.unwrap_or_default(),
                    r#type: f4.unwrap_or_default(),
                    aggregation: f5.unwrap_or_default(),
                    computations: f6.unwrap_or_default(),
                    filters: f7.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct(
            "UpdateUsageMeterRequest",
            FIELDS,
            UpdateUsageMeterRequestVisitor,
        )
    }
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
impl crate::runtime::StringEnum for UpdateUsageMeterRequestType {
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
impl serde::Serialize for UpdateUsageMeterRequestType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::runtime::serialize_enum(self, serializer)
    }
}
impl<'de> serde::Deserialize<'de> for UpdateUsageMeterRequestType {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::deserialize_enum(deserializer)
    }
}
