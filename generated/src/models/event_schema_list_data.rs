//! The `EventSchemaListData` model and the types inlined in it.

use togai_codegen_runtime as rt;

/// The `EventSchemaListData` schema.
#[derive(Debug, Clone, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
pub struct EventSchemaListData {
    /// Name of the event. Must be unique for an organization.
    pub name: String,
    /// Description of the event
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Version of event schema
    pub version: i32,
    /// Status of event schema
    /// * DRAFT - Schema is in draft state
    /// * ACTIVE - Schema is currently active
    /// * INACTIVE - Schema is currently inactive
    /// * ARCHIVED - Older version of event schema
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<crate::models::EventSchemaListDataStatus>,
    /// `attributes`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub attributes: Option<Vec<crate::models::EventAttributeSchema>>,
    /// `dimensions`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub dimensions: Option<Vec<crate::models::DimensionsSchema>>,
    /// `filterFields`
    #[serde(rename = "filterFields", skip_serializing_if = "Option::is_none")]
    pub filter_fields: Option<Vec<String>>,
    /// `featureDetails`
    #[serde(rename = "featureDetails", skip_serializing_if = "Option::is_none")]
    pub feature_details: Option<crate::models::FeatureDetails>,
    /// `enrichments`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub enrichments: Option<crate::models::Enrichments>,
    /// Template used to generate event id based on event payload
    #[serde(rename = "eventIdTemplate", skip_serializing_if = "Option::is_none")]
    pub event_id_template: Option<String>,
    /// `eventLevelRevenue`
    #[serde(rename = "eventLevelRevenue", skip_serializing_if = "Option::is_none")]
    pub event_level_revenue: Option<bool>,
    /// `createdAt`
    #[serde(rename = "createdAt", skip_serializing_if = "Option::is_none")]
    pub created_at: Option<rt::chrono::DateTime<rt::chrono::Utc>>,
    /// `updatedAt`
    #[serde(rename = "updatedAt", skip_serializing_if = "Option::is_none")]
    pub updated_at: Option<rt::chrono::DateTime<rt::chrono::Utc>>,
    /// `usageMetersCount`
    #[serde(rename = "usageMetersCount", skip_serializing_if = "Option::is_none")]
    pub usage_meters_count: Option<i64>,
}

rt::deserialize_struct! {
    EventSchemaListData { 0 name "name" required, 1 description "description" optional, 2
    version "version" required, 3 status "status" optional, 4 attributes "attributes"
    optional, 5 dimensions "dimensions" optional, 6 filter_fields "filterFields"
    optional, 7 feature_details "featureDetails" optional, 8 enrichments "enrichments"
    optional, 9 event_id_template "eventIdTemplate" optional, 10 event_level_revenue
    "eventLevelRevenue" optional, 11 created_at "createdAt" optional
    rt::datetime::OptionSeed, 12 updated_at "updatedAt" optional
    rt::datetime::OptionSeed, 13 usage_meters_count "usageMetersCount" optional, }
}

impl EventSchemaListData {
    /// Creates a `EventSchemaListData` from its required fields; optional fields start empty.
    #[allow(deprecated)]
    pub fn new(name: String, version: i32) -> Self {
        Self {
            name,
            description: None,
            version,
            status: None,
            attributes: None,
            dimensions: None,
            filter_fields: None,
            feature_details: None,
            enrichments: None,
            event_id_template: None,
            event_level_revenue: None,
            created_at: None,
            updated_at: None,
            usage_meters_count: None,
        }
    }
}

/// Status of event schema
/// * DRAFT - Schema is in draft state
/// * ACTIVE - Schema is currently active
/// * INACTIVE - Schema is currently inactive
/// * ARCHIVED - Older version of event schema
///
/// Values this version of the crate does not know decode into
/// [`EventSchemaListDataStatus::Unknown`] and serialise back unchanged.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum EventSchemaListDataStatus {
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

impl EventSchemaListDataStatus {
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

impl From<&str> for EventSchemaListDataStatus {
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

impl rt::StringEnum for EventSchemaListDataStatus {
    fn as_str(&self) -> &str {
        EventSchemaListDataStatus::as_str(self)
    }

    fn from_wire(value: &str) -> Self {
        value.into()
    }
}

impl std::fmt::Display for EventSchemaListDataStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl rt::serde::Serialize for EventSchemaListDataStatus {
    fn serialize<S: rt::serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        rt::serialize_enum(self, serializer)
    }
}

impl<'de> rt::serde::Deserialize<'de> for EventSchemaListDataStatus {
    fn deserialize<D: rt::serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        rt::deserialize_enum(deserializer)
    }
}
