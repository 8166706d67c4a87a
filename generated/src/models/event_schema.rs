//! The `EventSchema` model and the types inlined in it.

use togai_codegen_runtime as rt;

/// Structure of an event schema
#[derive(Debug, Clone, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
#[non_exhaustive]
pub struct EventSchema {
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
    pub status: Option<crate::models::EventSchemaStatus>,
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
}

rt::deserialize_struct! {
    EventSchema {
        0 name "name" required,
        1 description "description" optional,
        2 version "version" required,
        3 status "status" optional,
        4 attributes "attributes" optional,
        5 dimensions "dimensions" optional,
        6 filter_fields "filterFields" optional,
        7 feature_details "featureDetails" optional,
        8 enrichments "enrichments" optional,
        9 event_id_template "eventIdTemplate" optional,
        10 event_level_revenue "eventLevelRevenue" optional,
        11 created_at "createdAt" optional rt::datetime::OptionSeed,
        12 updated_at "updatedAt" optional rt::datetime::OptionSeed,
    }
}
impl EventSchema {
    /// A new value from the required fields; set the others with the `with_` methods.
    pub fn new(name: impl Into<String>, version: impl Into<i32>) -> Self {
        Self {
            name: name.into(),
            description: None,
            version: version.into(),
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
        }
    }

    /// Sets `description`; until set, it is left out.
    pub fn with_description(mut self, value: impl Into<String>) -> Self {
        self.description = Some(value.into());
        self
    }

    /// Sets `status`; until set, it is left out.
    pub fn with_status(mut self, value: impl Into<crate::models::EventSchemaStatus>) -> Self {
        self.status = Some(value.into());
        self
    }

    /// Sets `attributes`; until set, it is left out.
    pub fn with_attributes(
        mut self,
        value: impl Into<Vec<crate::models::EventAttributeSchema>>,
    ) -> Self {
        self.attributes = Some(value.into());
        self
    }

    /// Sets `dimensions`; until set, it is left out.
    pub fn with_dimensions(
        mut self,
        value: impl Into<Vec<crate::models::DimensionsSchema>>,
    ) -> Self {
        self.dimensions = Some(value.into());
        self
    }

    /// Sets `filter_fields` (`filterFields`); until set, it is left out.
    pub fn with_filter_fields(mut self, value: impl Into<Vec<String>>) -> Self {
        self.filter_fields = Some(value.into());
        self
    }

    /// Sets `feature_details` (`featureDetails`); until set, it is left out.
    pub fn with_feature_details(mut self, value: impl Into<crate::models::FeatureDetails>) -> Self {
        self.feature_details = Some(value.into());
        self
    }

    /// Sets `enrichments`; until set, it is left out.
    pub fn with_enrichments(mut self, value: impl Into<crate::models::Enrichments>) -> Self {
        self.enrichments = Some(value.into());
        self
    }

    /// Sets `event_id_template` (`eventIdTemplate`); until set, it is left out.
    pub fn with_event_id_template(mut self, value: impl Into<String>) -> Self {
        self.event_id_template = Some(value.into());
        self
    }

    /// Sets `event_level_revenue` (`eventLevelRevenue`); until set, it is left out.
    pub fn with_event_level_revenue(mut self, value: impl Into<bool>) -> Self {
        self.event_level_revenue = Some(value.into());
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

    /// Sets `updated_at` (`updatedAt`); until set, it is left out.
    pub fn with_updated_at(
        mut self,
        value: impl Into<rt::chrono::DateTime<rt::chrono::Utc>>,
    ) -> Self {
        self.updated_at = Some(value.into());
        self
    }
}

/// Status of event schema
/// * DRAFT - Schema is in draft state
/// * ACTIVE - Schema is currently active
/// * INACTIVE - Schema is currently inactive
/// * ARCHIVED - Older version of event schema
///
/// Values this version of the crate does not know decode into
/// [`EventSchemaStatus::Unknown`] and serialise back unchanged. Values are ordered by their
/// wire value, so that values added to the API do not reorder them.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum EventSchemaStatus {
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

impl EventSchemaStatus {
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

impl From<&str> for EventSchemaStatus {
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

impl PartialOrd for EventSchemaStatus {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for EventSchemaStatus {
    /// By wire value (a value this crate does not know after the known one it spells).
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        let unknown = |v: &Self| matches!(v, Self::Unknown(_));
        self.as_str()
            .cmp(other.as_str())
            .then_with(|| unknown(self).cmp(&unknown(other)))
    }
}

impl rt::StringEnum for EventSchemaStatus {
    fn as_str(&self) -> &str {
        EventSchemaStatus::as_str(self)
    }

    fn from_wire(value: &str) -> Self {
        value.into()
    }
}

impl std::fmt::Display for EventSchemaStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl rt::serde::Serialize for EventSchemaStatus {
    fn serialize<S: rt::serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        rt::serialize_enum(self, serializer)
    }
}

impl<'de> rt::serde::Deserialize<'de> for EventSchemaStatus {
    fn deserialize<D: rt::serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        rt::deserialize_enum(deserializer)
    }
}
