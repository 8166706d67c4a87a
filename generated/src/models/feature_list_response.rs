//! The `FeatureListResponse` model.
/// Represents a Feature for List Response
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct FeatureListResponse {
    /// `id`
    pub id: String,
    /// `name`
    pub name: String,
    /// `billableName`
    #[serde(
        rename = "billableName",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub billable_name: Option<String>,
    /// Display name of feature. This is an auto-generated field which contains billableName of feature.
    /// If billableName is not provided, name will be used as display name.
    #[serde(rename = "displayName")]
    pub display_name: String,
    /// `schemaCount`
    #[serde(rename = "schemaCount")]
    pub schema_count: i32,
    /// `createdAt`
    #[serde(
        rename = "createdAt",
        deserialize_with = "crate::runtime::datetime::deserialize"
    )]
    pub created_at: chrono::DateTime<chrono::Utc>,
    /// `updatedAt`
    #[serde(
        rename = "updatedAt",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::datetime::deserialize_option"
    )]
    pub updated_at: Option<chrono::DateTime<chrono::Utc>>,
}
impl FeatureListResponse {
    /// Creates a `FeatureListResponse` from its required fields; optional fields start empty.
    #[allow(deprecated)]
    pub fn new(
        id: String,
        name: String,
        display_name: String,
        schema_count: i32,
        created_at: chrono::DateTime<chrono::Utc>,
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
