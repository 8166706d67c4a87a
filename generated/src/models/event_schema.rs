//! The `EventSchema` model and the types inlined in it.
/// Structure of an event schema
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
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
    pub created_at: Option<chrono::DateTime<chrono::Utc>>,
    /// `updatedAt`
    #[serde(rename = "updatedAt", skip_serializing_if = "Option::is_none")]
    pub updated_at: Option<chrono::DateTime<chrono::Utc>>,
}
#[allow(deprecated)]
impl<'de> serde::Deserialize<'de> for EventSchema {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        const FIELDS: &[&str] = &[
            "name",
            "description",
            "version",
            "status",
            "attributes",
            "dimensions",
            "filterFields",
            "featureDetails",
            "enrichments",
            "eventIdTemplate",
            "eventLevelRevenue",
            "createdAt",
            "updatedAt",
        ];
        struct EventSchemaVisitor;
        impl<'de> serde::de::Visitor<'de> for EventSchemaVisitor {
            type Value = EventSchema;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("struct EventSchema")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<EventSchema, A::Error> {
                let mut f0: Option<String> = None;
                let mut f1: Option<Option<String>> = None;
                let mut f2: Option<i32> = None;
                let mut f3: Option<Option<crate::models::EventSchemaStatus>> = None;
                let mut f4: Option<Option<Vec<crate::models::EventAttributeSchema>>> = None;
                let mut f5: Option<Option<Vec<crate::models::DimensionsSchema>>> = None;
                let mut f6: Option<Option<Vec<String>>> = None;
                let mut f7: Option<Option<crate::models::FeatureDetails>> = None;
                let mut f8: Option<Option<crate::models::Enrichments>> = None;
                let mut f9: Option<Option<String>> = None;
                let mut f10: Option<Option<bool>> = None;
                let mut f11: Option<Option<chrono::DateTime<chrono::Utc>>> = None;
                let mut f12: Option<Option<chrono::DateTime<chrono::Utc>>> = None;
                while let Some(key) = map.next_key_seed(crate::runtime::FieldSeed(FIELDS))? {
                    match key {
                        0 => crate::runtime::field(&mut map, &mut f0, "name"),
                        1 => crate::runtime::field(&mut map, &mut f1, "description"),
                        2 => crate::runtime::field(&mut map, &mut f2, "version"),
                        3 => crate::runtime::field(&mut map, &mut f3, "status"),
                        4 => crate::runtime::field(&mut map, &mut f4, "attributes"),
                        5 => crate::runtime::field(&mut map, &mut f5, "dimensions"),
                        6 => crate::runtime::field(&mut map, &mut f6, "filterFields"),
                        7 => crate::runtime::field(&mut map, &mut f7, "featureDetails"),
                        8 => crate::runtime::field(&mut map, &mut f8, "enrichments"),
                        9 => crate::runtime::field(&mut map, &mut f9, "eventIdTemplate"),
                        10 => crate::runtime::field(&mut map, &mut f10, "eventLevelRevenue"),
                        11 => crate::runtime::field_seed(
                            &mut map,
                            &mut f11,
                            "createdAt",
                            crate::runtime::datetime::OptionSeed,
                        ),
                        12 => crate::runtime::field_seed(
                            &mut map,
                            &mut f12,
                            "updatedAt",
                            crate::runtime::datetime::OptionSeed,
                        ),
                        _ => crate::runtime::skip(&mut map),
                    }?;
                }
                Ok(EventSchema {
                    name: crate::runtime::required(f0, "name")?,
                    description: f1.unwrap_or_default(),
                    version: crate::runtime::required(f2, "version")?,
                    status: f3.unwrap_or_default(),
                    attributes: f4.unwrap_or_default(),
                    dimensions: f5.unwrap_or_default(),
                    filter_fields: f6.unwrap_or_default(),
                    feature_details: f7.unwrap_or_default(),
                    enrichments: f8.unwrap_or_default(),
                    event_id_template: f9.unwrap_or_default(),
                    event_level_revenue: f10.unwrap_or_default(),
                    created_at: f11.unwrap_or_default(),
                    updated_at: f12.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("EventSchema", FIELDS, EventSchemaVisitor)
    }
}
impl EventSchema {
    /// Creates a `EventSchema` from its required fields; optional fields start empty.
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
/// [`EventSchemaStatus::Unknown`] and serialise back unchanged.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
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
impl crate::runtime::StringEnum for EventSchemaStatus {
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
impl serde::Serialize for EventSchemaStatus {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::runtime::serialize_enum(self, serializer)
    }
}
impl<'de> serde::Deserialize<'de> for EventSchemaStatus {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::deserialize_enum(deserializer)
    }
}
