//! The `UpdateSettingRequest` model.
/// Update Settings
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct UpdateSettingRequest {
    /// `name`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// `value`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value: Option<String>,
    /// `dataType`
    #[serde(rename = "dataType", default, skip_serializing_if = "Option::is_none")]
    pub data_type: Option<crate::models::SettingDataType>,
}
