//! The `CreateEntitySetting` model.
/// Represents a setting
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
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
#[allow(deprecated)]
impl<'de> serde::Deserialize<'de> for CreateEntitySetting {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        const FIELDS: &[&str] = &["id", "value", "namespace", "name", "dataType"];
        struct CreateEntitySettingVisitor;
        impl<'de> serde::de::Visitor<'de> for CreateEntitySettingVisitor {
            type Value = CreateEntitySetting;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("struct CreateEntitySetting")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<CreateEntitySetting, A::Error> {
                let mut f0: Option<String> = None;
                let mut f1: Option<String> = None;
                let mut f2: Option<String> = None;
                let mut f3: Option<String> = None;
                let mut f4: Option<crate::models::SettingDataType> = None;
                while let Some(key) = map.next_key_seed(crate::runtime::FieldSeed(FIELDS))? {
                    match key {
                        0 => crate::runtime::field(&mut map, &mut f0, "id"),
                        1 => crate::runtime::field(&mut map, &mut f1, "value"),
                        2 => crate::runtime::field(&mut map, &mut f2, "namespace"),
                        3 => crate::runtime::field(&mut map, &mut f3, "name"),
                        4 => crate::runtime::field(&mut map, &mut f4, "dataType"),
                        _ => crate::runtime::skip(&mut map),
                    }?;
                }
                Ok(CreateEntitySetting {
                    id: crate::runtime::required(f0, "id")?,
                    value: crate::runtime::required(f1, "value")?,
                    namespace: crate::runtime::required(f2, "namespace")?,
                    name: crate::runtime::required(f3, "name")?,
                    data_type: crate::runtime::required(f4, "dataType")?,
                })
            }
        }
        deserializer.deserialize_struct("CreateEntitySetting", FIELDS, CreateEntitySettingVisitor)
    }
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
