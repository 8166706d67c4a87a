//! The `AlertTemplate` model.
/// The `AlertTemplate` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct AlertTemplate {
    /// Alert Template ID
    pub id: String,
    /// Alert Template Name
    pub name: String,
    /// Alert Template Description
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Cron Interval
    pub interval: i64,
    /// Entity Schema
    #[serde(
        rename = "entitySchema",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub entity_schema: Option<String>,
    /// Entity Type
    #[serde(
        rename = "entityType",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub entity_type: Option<String>,
    /// Owner Schema
    #[serde(
        rename = "ownerSchema",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub owner_schema: Option<String>,
    /// Owner Type
    #[serde(rename = "ownerType", default, skip_serializing_if = "Option::is_none")]
    pub owner_type: Option<String>,
    /// Parameters Schema
    #[serde(
        rename = "parametersSchema",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub parameters_schema: Option<String>,
    /// Created At
    #[serde(
        rename = "createdAt",
        deserialize_with = "crate::runtime::datetime::deserialize"
    )]
    pub created_at: chrono::DateTime<chrono::Utc>,
    /// Updated At
    #[serde(
        rename = "updatedAt",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::datetime::deserialize_option"
    )]
    pub updated_at: Option<chrono::DateTime<chrono::Utc>>,
}
impl AlertTemplate {
    /// Creates a `AlertTemplate` from its required fields; optional fields start empty.
    #[allow(deprecated)]
    pub fn new(
        id: String,
        name: String,
        interval: i64,
        created_at: chrono::DateTime<chrono::Utc>,
    ) -> Self {
        Self {
            id,
            name,
            description: None,
            interval,
            entity_schema: None,
            entity_type: None,
            owner_schema: None,
            owner_type: None,
            parameters_schema: None,
            created_at,
            updated_at: None,
        }
    }
}
