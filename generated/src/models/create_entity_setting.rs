//! The `CreateEntitySetting` model.

use togai_codegen_runtime as rt;

/// Represents a setting
#[derive(Debug, Clone, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
#[non_exhaustive]
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
    CreateEntitySetting {
        0 id "id" required,
        1 value "value" required,
        2 namespace "namespace" required,
        3 name "name" required,
        4 data_type "dataType" required,
    }
}
impl CreateEntitySetting {
    /// A new value from the required fields; set the others with the `with_` methods.
    pub fn new(
        id: impl Into<String>,
        value: impl Into<String>,
        namespace: impl Into<String>,
        name: impl Into<String>,
        data_type: impl Into<crate::models::SettingDataType>,
    ) -> Self {
        Self {
            id: id.into(),
            value: value.into(),
            namespace: namespace.into(),
            name: name.into(),
            data_type: data_type.into(),
        }
    }
}
