//! The `Setting` model.

use togai_codegen_runtime as rt;

/// Represents a setting
#[derive(Debug, Clone, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
pub struct Setting {
    /// `id`
    pub id: String,
    /// `value`
    pub value: String,
    /// `entityType`
    #[serde(rename = "entityType")]
    pub entity_type: String,
    /// `entityId`
    #[serde(rename = "entityId")]
    pub entity_id: String,
    /// `namespace`
    pub namespace: String,
    /// `name`
    pub name: String,
    /// `dataType`
    #[serde(rename = "dataType")]
    pub data_type: crate::models::SettingDataType,
}

rt::deserialize_struct! {
    Setting { 0 id "id" required, 1 value "value" required, 2 entity_type "entityType"
    required, 3 entity_id "entityId" required, 4 namespace "namespace" required, 5 name
    "name" required, 6 data_type "dataType" required, }
}

impl Setting {
    /// Creates a `Setting` from its required fields; optional fields start empty.
    #[allow(deprecated)]
    pub fn new(
        id: String,
        value: String,
        entity_type: String,
        entity_id: String,
        namespace: String,
        name: String,
        data_type: crate::models::SettingDataType,
    ) -> Self {
        Self {
            id,
            value,
            entity_type,
            entity_id,
            namespace,
            name,
            data_type,
        }
    }
}
