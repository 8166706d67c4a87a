//! The `UpdateSettingRequest` model.

use togai_codegen_runtime as rt;

/// Update Settings
#[derive(Debug, Clone, Default, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
pub struct UpdateSettingRequest {
    /// `name`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// `value`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub value: Option<String>,
    /// `dataType`
    #[serde(rename = "dataType", skip_serializing_if = "Option::is_none")]
    pub data_type: Option<crate::models::SettingDataType>,
}

rt::deserialize_struct! {
    UpdateSettingRequest { 0 name "name" optional, 1 value "value" optional, 2 data_type
    "dataType" optional, }
}
