//! The `UsageMeter` model and the types inlined in it.
/// Structure of usage meter
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
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
    pub created_at: Option<chrono::DateTime<chrono::Utc>>,
    /// `lastActivatedAt`
    #[serde(rename = "lastActivatedAt", skip_serializing_if = "Option::is_none")]
    pub last_activated_at: Option<chrono::DateTime<chrono::Utc>>,
    /// `updatedAt`
    #[serde(rename = "updatedAt", skip_serializing_if = "Option::is_none")]
    pub updated_at: Option<chrono::DateTime<chrono::Utc>>,
}
#[allow(deprecated)]
impl<'de> serde::Deserialize<'de> for UsageMeter {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        const FIELDS: &[&str] = &[
            "id",
            "name",
            "billableName",
            "displayName",
            "description",
            "filters",
            "type",
            "status",
            "aggregation",
            "computations",
            "eventSchema",
            "createdAt",
            "lastActivatedAt",
            "updatedAt",
        ];
        struct UsageMeterVisitor;
        impl<'de> serde::de::Visitor<'de> for UsageMeterVisitor {
            type Value = UsageMeter;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("struct UsageMeter")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<UsageMeter, A::Error> {
                let mut f0: Option<String> = None;
                let mut f1: Option<String> = None;
                let mut f2: Option<Option<String>> = None;
                let mut f3: Option<String> = None;
                let mut f4: Option<Option<String>> = None;
                let mut f5: Option<Option<Vec<crate::models::UsageMeterFilterEntry>>> = None;
                let mut f6: Option<crate::models::UsageMeterType> = None;
                let mut f7: Option<Option<crate::models::UsageMeterStatus>> = None;
                let mut f8: Option<crate::models::UsageMeterAggregation> = None;
                let mut f9: Option<Option<Vec<crate::models::Computation>>> = None;
                let mut f10: Option<Option<crate::models::EventSchema>> = None;
                let mut f11: Option<Option<chrono::DateTime<chrono::Utc>>> = None;
                let mut f12: Option<Option<chrono::DateTime<chrono::Utc>>> = None;
                let mut f13: Option<Option<chrono::DateTime<chrono::Utc>>> = None;
                while let Some(key) = map.next_key_seed(crate::runtime::FieldSeed(FIELDS))? {
                    match key {
                        0 => crate::runtime::field(&mut map, &mut f0, "id"),
                        1 => crate::runtime::field(&mut map, &mut f1, "name"),
                        2 => crate::runtime::field(&mut map, &mut f2, "billableName"),
                        3 => crate::runtime::field(&mut map, &mut f3, "displayName"),
                        4 => crate::runtime::field(&mut map, &mut f4, "description"),
                        5 => crate::runtime::field(&mut map, &mut f5, "filters"),
                        6 => crate::runtime::field(&mut map, &mut f6, "type"),
                        7 => crate::runtime::field(&mut map, &mut f7, "status"),
                        8 => crate::runtime::field(&mut map, &mut f8, "aggregation"),
                        9 => crate::runtime::field(&mut map, &mut f9, "computations"),
                        10 => crate::runtime::field(&mut map, &mut f10, "eventSchema"),
                        11 => crate::runtime::field_seed(
                            &mut map,
                            &mut f11,
                            "createdAt",
                            crate::runtime::datetime::OptionSeed,
                        ),
                        12 => crate::runtime::field_seed(
                            &mut map,
                            &mut f12,
                            "lastActivatedAt",
                            crate::runtime::datetime::OptionSeed,
                        ),
                        13 => crate::runtime::field_seed(
                            &mut map,
                            &mut f13,
                            "updatedAt",
                            crate::runtime::datetime::OptionSeed,
                        ),
                        _ => crate::runtime::skip(&mut map),
                    }?;
                }
                Ok(UsageMeter {
                    id: crate::runtime::required(f0, "id")?,
                    name: crate::runtime::required(f1, "name")?,
                    billable_name: f2.unwrap_or_default(),
                    display_name: crate::runtime::required(f3, "displayName")?,
                    description: f4.unwrap_or_default(),
                    filters: f5.unwrap_or_default(),
                    r#type: crate::runtime::required(f6, "type")?,
                    status: f7.unwrap_or_default(),
                    aggregation: crate::runtime::required(f8, "aggregation")?,
                    computations: f9.unwrap_or_default(),
                    event_schema: f10.unwrap_or_default(),
                    created_at: f11.unwrap_or_default(),
                    last_activated_at: f12.unwrap_or_default(),
                    updated_at: f13.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("UsageMeter", FIELDS, UsageMeterVisitor)
    }
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
impl crate::runtime::StringEnum for UsageMeterType {
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
impl serde::Serialize for UsageMeterType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::runtime::serialize_enum(self, serializer)
    }
}
impl<'de> serde::Deserialize<'de> for UsageMeterType {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::deserialize_enum(deserializer)
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
impl crate::runtime::StringEnum for UsageMeterStatus {
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
impl serde::Serialize for UsageMeterStatus {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::runtime::serialize_enum(self, serializer)
    }
}
impl<'de> serde::Deserialize<'de> for UsageMeterStatus {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::deserialize_enum(deserializer)
    }
}
