//! The `CreateEntitySetting` model.
/// Represents a setting
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
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
