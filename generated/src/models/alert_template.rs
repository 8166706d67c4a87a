//! The `AlertTemplate` model.

use togai_codegen_runtime as rt;

/// The `AlertTemplate` schema.
#[derive(Debug, Clone, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
pub struct AlertTemplate {
    /// Alert Template ID
    pub id: String,
    /// Alert Template Name
    pub name: String,
    /// Alert Template Description
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Cron Interval
    pub interval: i64,
    /// Entity Schema
    #[serde(rename = "entitySchema", skip_serializing_if = "Option::is_none")]
    pub entity_schema: Option<String>,
    /// Entity Type
    #[serde(rename = "entityType", skip_serializing_if = "Option::is_none")]
    pub entity_type: Option<String>,
    /// Owner Schema
    #[serde(rename = "ownerSchema", skip_serializing_if = "Option::is_none")]
    pub owner_schema: Option<String>,
    /// Owner Type
    #[serde(rename = "ownerType", skip_serializing_if = "Option::is_none")]
    pub owner_type: Option<String>,
    /// Parameters Schema
    #[serde(rename = "parametersSchema", skip_serializing_if = "Option::is_none")]
    pub parameters_schema: Option<String>,
    /// Created At
    #[serde(rename = "createdAt")]
    pub created_at: rt::chrono::DateTime<rt::chrono::Utc>,
    /// Updated At
    #[serde(rename = "updatedAt", skip_serializing_if = "Option::is_none")]
    pub updated_at: Option<rt::chrono::DateTime<rt::chrono::Utc>>,
}

rt::deserialize_struct! {
    AlertTemplate { 0 id "id" required, 1 name "name" required, 2 description
    "description" optional, 3 interval "interval" required, 4 entity_schema
    "entitySchema" optional, 5 entity_type "entityType" optional, 6 owner_schema
    "ownerSchema" optional, 7 owner_type "ownerType" optional, 8 parameters_schema
    "parametersSchema" optional, 9 created_at "createdAt" required rt::datetime::Seed, 10
    updated_at "updatedAt" optional rt::datetime::OptionSeed, }
}

impl AlertTemplate {
    /// Creates a `AlertTemplate` from its required fields; optional fields start empty.
    #[allow(deprecated)]
    pub fn new(
        id: String,
        name: String,
        interval: i64,
        created_at: rt::chrono::DateTime<rt::chrono::Utc>,
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
