//! The `CreateEntitySetting` model.

use togai_codegen_runtime as rt;

/// Represents a setting
#[derive(Debug, Clone, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
pub struct CreateEntitySetting {
    /// `id`
    pub id: String,
    /// `value`
    pub value: String,
    /// `namespace`
    pub namespace: String,
    /// `name`
    pub name: String,
    /// `dataType`
    #[serde(rename = "dataType")]
    pub data_type: crate::models::SettingDataType,
}

rt::deserialize_struct! {
    CreateEntitySetting { 0 id "id" required, 1 value "value" required, 2 namespace
    "namespace" required, 3 name "name" required, 4 data_type "dataType" required, }
}

impl CreateEntitySetting {
    /// Creates a `CreateEntitySetting` from its required fields; optional fields start empty.
    #[allow(deprecated)]
    pub fn new(
        id: String,
        value: String,
        namespace: String,
        name: String,
        data_type: crate::models::SettingDataType,
    ) -> Self {
        Self {
            id,
            value,
            namespace,
            name,
            data_type,
        }
    }
}
