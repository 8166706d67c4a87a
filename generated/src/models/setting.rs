//! The `Setting` model.

use togai_codegen_runtime as rt;

/// Represents a setting
#[derive(Debug, Clone, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
#[non_exhaustive]
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
    Setting {
        0 id "id" required,
        1 value "value" required,
        2 entity_type "entityType" required,
        3 entity_id "entityId" required,
        4 namespace "namespace" required,
        5 name "name" required,
        6 data_type "dataType" required,
    }
}
impl Setting {
    /// A new value from the required fields; set the others with the `with_` methods.
    pub fn new(
        id: impl Into<String>,
        value: impl Into<String>,
        entity_type: impl Into<String>,
        entity_id: impl Into<String>,
        namespace: impl Into<String>,
        name: impl Into<String>,
        data_type: impl Into<crate::models::SettingDataType>,
    ) -> Self {
        Self {
            id: id.into(),
            value: value.into(),
            entity_type: entity_type.into(),
            entity_id: entity_id.into(),
            namespace: namespace.into(),
            name: name.into(),
            data_type: data_type.into(),
        }
    }
}
