//! The `FeatureListResponse` model.

use togai_codegen_runtime as rt;

/// Represents a Feature for List Response
#[derive(Debug, Clone, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
pub struct FeatureListResponse {
    /// `id`
    pub id: String,
    /// `name`
    pub name: String,
    /// `billableName`
    #[serde(rename = "billableName", skip_serializing_if = "Option::is_none")]
    pub billable_name: Option<String>,
    /// Display name of feature. This is an auto-generated field which contains billableName of feature.
    /// If billableName is not provided, name will be used as display name.
    #[serde(rename = "displayName")]
    pub display_name: String,
    /// `schemaCount`
    #[serde(rename = "schemaCount")]
    pub schema_count: i32,
    /// `createdAt`
    #[serde(rename = "createdAt")]
    pub created_at: rt::chrono::DateTime<rt::chrono::Utc>,
    /// `updatedAt`
    #[serde(rename = "updatedAt", skip_serializing_if = "Option::is_none")]
    pub updated_at: Option<rt::chrono::DateTime<rt::chrono::Utc>>,
}

rt::deserialize_struct! {
    FeatureListResponse { 0 id "id" required, 1 name "name" required, 2 billable_name
    "billableName" optional, 3 display_name "displayName" required, 4 schema_count
    "schemaCount" required, 5 created_at "createdAt" required rt::datetime::Seed, 6
    updated_at "updatedAt" optional rt::datetime::OptionSeed, }
}

impl FeatureListResponse {
    /// Creates a `FeatureListResponse` from its required fields; optional fields start empty.
    #[allow(deprecated)]
    pub fn new(
        id: String,
        name: String,
        display_name: String,
        schema_count: i32,
        created_at: rt::chrono::DateTime<rt::chrono::Utc>,
    ) -> Self {
        Self {
            id,
            name,
            billable_name: None,
            display_name,
            schema_count,
            created_at,
            updated_at: None,
        }
    }
}
