//! The `UpdateSettingRequest` model.
/// Update Settings
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
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
#[allow(deprecated)]
impl<'de> serde::Deserialize<'de> for UpdateSettingRequest {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        const FIELDS: &[&str] = &["name", "value", "dataType"];
        struct UpdateSettingRequestVisitor;
        impl<'de> serde::de::Visitor<'de> for UpdateSettingRequestVisitor {
            type Value = UpdateSettingRequest;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("struct UpdateSettingRequest")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<UpdateSettingRequest, A::Error> {
                let mut f0: Option<Option<String>> = None;
                let mut f1: Option<Option<String>> = None;
                let mut f2: Option<Option<crate::models::SettingDataType>> = None;
                while let Some(key) = map.next_key_seed(crate::runtime::FieldSeed(FIELDS))? {
                    match key {
                        0 => crate::runtime::field(&mut map, &mut f0, "name"),
                        1 => crate::runtime::field(&mut map, &mut f1, "value"),
                        2 => crate::runtime::field(&mut map, &mut f2, "dataType"),
                        _ => crate::runtime::skip(&mut map),
                    }?;
                }
                Ok(UpdateSettingRequest {
                    name: f0.unwrap_or_default(),
                    value: f1.unwrap_or_default(),
                    data_type: f2.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("UpdateSettingRequest", FIELDS, UpdateSettingRequestVisitor)
    }
}
