//! The `AlertTemplate` model.

use togai_codegen_runtime as rt;

/// The `AlertTemplate` schema.
#[derive(Debug, Clone, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
#[non_exhaustive]
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
    AlertTemplate {
        0 id "id" required,
        1 name "name" required,
        2 description "description" optional,
        3 interval "interval" required,
        4 entity_schema "entitySchema" optional,
        5 entity_type "entityType" optional,
        6 owner_schema "ownerSchema" optional,
        7 owner_type "ownerType" optional,
        8 parameters_schema "parametersSchema" optional,
        9 created_at "createdAt" required rt::datetime::Seed,
        10 updated_at "updatedAt" optional rt::datetime::OptionSeed,
    }
}
impl AlertTemplate {
    /// A new value from the required fields; set the others with the `with_` methods.
    pub fn new(
        id: impl Into<String>,
        name: impl Into<String>,
        interval: impl Into<i64>,
        created_at: impl Into<rt::chrono::DateTime<rt::chrono::Utc>>,
    ) -> Self {
        Self {
            id: id.into(),
            name: name.into(),
            description: None,
            interval: interval.into(),
            entity_schema: None,
            entity_type: None,
            owner_schema: None,
            owner_type: None,
            parameters_schema: None,
            created_at: created_at.into(),
            updated_at: None,
        }
    }

    /// Sets `description`; until set, it is left out.
    pub fn with_description(mut self, value: impl Into<String>) -> Self {
        self.description = Some(value.into());
        self
    }

    /// Sets `entity_schema` (`entitySchema`); until set, it is left out.
    pub fn with_entity_schema(mut self, value: impl Into<String>) -> Self {
        self.entity_schema = Some(value.into());
        self
    }

    /// Sets `entity_type` (`entityType`); until set, it is left out.
    pub fn with_entity_type(mut self, value: impl Into<String>) -> Self {
        self.entity_type = Some(value.into());
        self
    }

    /// Sets `owner_schema` (`ownerSchema`); until set, it is left out.
    pub fn with_owner_schema(mut self, value: impl Into<String>) -> Self {
        self.owner_schema = Some(value.into());
        self
    }

    /// Sets `owner_type` (`ownerType`); until set, it is left out.
    pub fn with_owner_type(mut self, value: impl Into<String>) -> Self {
        self.owner_type = Some(value.into());
        self
    }

    /// Sets `parameters_schema` (`parametersSchema`); until set, it is left out.
    pub fn with_parameters_schema(mut self, value: impl Into<String>) -> Self {
        self.parameters_schema = Some(value.into());
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
