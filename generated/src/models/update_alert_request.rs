//! The `UpdateAlertRequest` model.
/// The `UpdateAlertRequest` schema.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
pub struct UpdateAlertRequest {
    /// `description`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// `status`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<crate::models::AlertStatus>,
    /// `interval`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub interval: Option<i64>,
    /// `validity`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub validity: Option<i64>,
    /// `parameters`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub parameters: Option<serde_json::Value>,
}
#[allow(deprecated)]
impl<'de> serde::Deserialize<'de> for UpdateAlertRequest {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        const FIELDS: &[&str] = &[
            "description",
            "status",
            "interval",
            "validity",
            "parameters",
        ];
        struct UpdateAlertRequestVisitor;
        impl<'de> serde::de::Visitor<'de> for UpdateAlertRequestVisitor {
            type Value = UpdateAlertRequest;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("struct UpdateAlertRequest")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<UpdateAlertRequest, A::Error> {
                let mut f0: Option<Option<String>> = None;
                let mut f1: Option<Option<crate::models::AlertStatus>> = None;
                let mut f2: Option<Option<i64>> = None;
                let mut f3: Option<Option<i64>> = None;
                let mut f4: Option<Option<serde_json::Value>> = None;
                while let Some(key) = map.next_key_seed(crate::runtime::FieldSeed(FIELDS))? {
                    match key {
                        0 => crate::runtime::field(&mut map, &mut f0, "description"),
                        1 => crate::runtime::field(&mut map, &mut f1, "status"),
                        2 => crate::runtime::field(&mut map, &mut f2, "interval"),
                        3 => crate::runtime::field(&mut map, &mut f3, "validity"),
                        4 => crate::runtime::field(&mut map, &mut f4, "parameters"),
                        _ => crate::runtime::skip(&mut map),
                    }?;
                }
                Ok(UpdateAlertRequest {
                    description: f0.unwrap_or_default(),
                    status: f1.unwrap_or_default(),
                    interval: f2.unwrap_or_default(),
                    validity: f3.unwrap_or_default(),
                    parameters: f4.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("UpdateAlertRequest", FIELDS, UpdateAlertRequestVisitor)
    }
}
