//! The `FeatureListResponse` model.

use togai_codegen_runtime as rt;

/// Represents a Feature for List Response
#[derive(Debug, Clone, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
#[non_exhaustive]
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
    FeatureListResponse {
        0 id "id" required,
        1 name "name" required,
        2 billable_name "billableName" optional,
        3 display_name "displayName" required,
        4 schema_count "schemaCount" required,
        5 created_at "createdAt" required rt::datetime::Seed,
        6 updated_at "updatedAt" optional rt::datetime::OptionSeed,
    }
}
impl FeatureListResponse {
    /// A new value from the required fields; set the others with the `with_` methods.
    pub fn new(
        id: impl Into<String>,
        name: impl Into<String>,
        display_name: impl Into<String>,
        schema_count: impl Into<i32>,
        created_at: impl Into<rt::chrono::DateTime<rt::chrono::Utc>>,
    ) -> Self {
        Self {
            id: id.into(),
            name: name.into(),
            billable_name: None,
            display_name: display_name.into(),
            schema_count: schema_count.into(),
            created_at: created_at.into(),
            updated_at: None,
        }
    }

    /// Sets `billable_name` (`billableName`); until set, it is left out.
    pub fn with_billable_name(mut self, value: impl Into<String>) -> Self {
        self.billable_name = Some(value.into());
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
