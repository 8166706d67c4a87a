//! The `Setting` model.
/// Represents a setting
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
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
#[allow(deprecated)]
impl<'de> serde::Deserialize<'de> for Setting {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        const FIELDS: &[&str] = &[
            "id",
            "value",
            "entityType",
            "entityId",
            "namespace",
            "name",
            "dataType",
        ];
        struct SettingVisitor;
        impl<'de> serde::de::Visitor<'de> for SettingVisitor {
            type Value = Setting;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("struct Setting")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<Setting, A::Error> {
                let mut f0: Option<String> = None;
                let mut f1: Option<String> = None;
                let mut f2: Option<String> = None;
                let mut f3: Option<String> = None;
                let mut f4: Option<String> = None;
                let mut f5: Option<String> = None;
                let mut f6: Option<crate::models::SettingDataType> = None;
                while let Some(key) = map.next_key_seed(crate::runtime::FieldSeed(FIELDS))? {
                    match key {
                        0 => crate::runtime::field(&mut map, &mut f0, "id"),
                        1 => crate::runtime::field(&mut map, &mut f1, "value"),
                        2 => crate::runtime::field(&mut map, &mut f2, "entityType"),
                        3 => crate::runtime::field(&mut map, &mut f3, "entityId"),
                        4 => crate::runtime::field(&mut map, &mut f4, "namespace"),
                        5 => crate::runtime::field(&mut map, &mut f5, "name"),
                        6 => crate::runtime::field(&mut map, &mut f6, "dataType"),
                        _ => crate::runtime::skip(&mut map),
                    }?;
                }
                Ok(Setting {
                    id: crate::runtime::required(f0, "id")?,
                    value: crate::runtime::required(f1, "value")?,
                    entity_type: crate::runtime::required(f2, "entityType")?,
                    entity_id: crate::runtime::required(f3, "entityId")?,
                    namespace: crate::runtime::required(f4, "namespace")?,
                    name: crate::runtime::required(f5, "name")?,
                    data_type: crate::runtime::required(f6, "dataType")?,
                })
            }
        }
        deserializer.deserialize_struct("Setting", FIELDS, SettingVisitor)
    }
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
