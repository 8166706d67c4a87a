//! The `Setting` model.
/// Represents a setting
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
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
