//! The `CreateAlertRequest` model.
/// The `CreateAlertRequest` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct CreateAlertRequest {
    /// `alertTemplateId`
    #[serde(rename = "alertTemplateId")]
    pub alert_template_id: String,
    /// `interval`
    pub interval: i64,
    /// Validity of the alert in minutes, if null then alert will be valid forever
    #[serde(skip_serializing_if = "Option::is_none")]
    pub validity: Option<i64>,
    /// `description`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// `entityDetails`
    #[serde(rename = "entityDetails", skip_serializing_if = "Option::is_none")]
    pub entity_details: Option<serde_json::Value>,
    /// `ownerDetails`
    #[serde(rename = "ownerDetails", skip_serializing_if = "Option::is_none")]
    pub owner_details: Option<serde_json::Value>,
    /// `parameters`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub parameters: Option<serde_json::Value>,
    /// `status`
    pub status: crate::models::AlertStatus,
}
#[allow(deprecated)]
impl<'de> serde::Deserialize<'de> for CreateAlertRequest {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        const FIELDS: &[&str] = &[
            "alertTemplateId",
            "interval",
            "validity",
            "description",
            "entityDetails",
            "ownerDetails",
            "parameters",
            "status",
        ];
        struct CreateAlertRequestVisitor;
        impl<'de> serde::de::Visitor<'de> for CreateAlertRequestVisitor {
            type Value = CreateAlertRequest;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("struct CreateAlertRequest")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<CreateAlertRequest, A::Error> {
                let mut f0: Option<String> = None;
                let mut f1: Option<i64> = None;
                let mut f2: Option<Option<i64>> = None;
                let mut f3: Option<Option<String>> = None;
                let mut f4: Option<Option<serde_json::Value>> = None;
                let mut f5: Option<Option<serde_json::Value>> = None;
                let mut f6: Option<Option<serde_json::Value>> = None;
                let mut f7: Option<crate::models::AlertStatus> = None;
                while let Some(key) = map.next_key_seed(crate::runtime::FieldSeed(FIELDS))? {
                    match key {
                        0 => crate::runtime::field(&mut map, &mut f0, "alertTemplateId"),
                        1 => crate::runtime::field(&mut map, &mut f1, "interval"),
                        2 => crate::runtime::field(&mut map, &mut f2, "validity"),
                        3 => crate::runtime::field(&mut map, &mut f3, "description"),
                        4 => crate::runtime::field(&mut map, &mut f4, "entityDetails"),
                        5 => crate::runtime::field(&mut map, &mut f5, "ownerDetails"),
                        6 => crate::runtime::field(&mut map, &mut f6, "parameters"),
                        7 => crate::runtime::field(&mut map, &mut f7, "status"),
                        _ => crate::runtime::skip(&mut map),
                    }?;
                }
                Ok(CreateAlertRequest {
                    alert_template_id: crate::runtime::required(f0, "alertTemplateId")?,
                    interval: crate::runtime::required(f1, "interval")?,
                    validity: f2.unwrap_or_default(),
                    description: f3.unwrap_or_default(),
                    entity_details: f4.unwrap_or_default(),
                    owner_details: f5.unwrap_or_default(),
                    parameters: f6.unwrap_or_default(),
                    status: crate::runtime::required(f7, "status")?,
                })
            }
        }
        deserializer.deserialize_struct("CreateAlertRequest", FIELDS, CreateAlertRequestVisitor)
    }
}
impl CreateAlertRequest {
    /// Creates a `CreateAlertRequest` from its required fields; optional fields start empty.
    #[allow(deprecated)]
    pub fn new(
        alert_template_id: String,
        interval: i64,
        status: crate::models::AlertStatus,
    ) -> Self {
        Self {
            alert_template_id,
            interval,
            validity: None,
            description: None,
            entity_details: None,
            owner_details: None,
            parameters: None,
            status,
        }
    }
}
