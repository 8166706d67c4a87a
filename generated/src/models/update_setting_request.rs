//! The `UpdateSettingRequest` model.

use togai_codegen_runtime as rt;

/// Update Settings
#[derive(Debug, Clone, Default, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
#[non_exhaustive]
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
    UpdateSettingRequest {
        0 name "name" optional,
        1 value "value" optional,
        2 data_type "dataType" optional,
    }
}
impl UpdateSettingRequest {
    /// A new value with every field empty (the `Default`); set them with the `with_` methods.
    pub fn new() -> Self {
        Self::default()
    }

    /// Sets `name`; until set, it is left out.
    pub fn with_name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }

    /// Sets `value`; until set, it is left out.
    pub fn with_value(mut self, value: impl Into<String>) -> Self {
        self.value = Some(value.into());
        self
    }

    /// Sets `data_type` (`dataType`); until set, it is left out.
    pub fn with_data_type(mut self, value: impl Into<crate::models::SettingDataType>) -> Self {
        self.data_type = Some(value.into());
        self
    }
}
