//! The `Alert` model.
/// The `Alert` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct Alert {
    /// Alert ID
    pub id: String,
    /// Alert Version
    pub version: i64,
    /// Alert Description
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// `status`
    pub status: crate::models::AlertStatus,
    /// Validity of the alert in minutes, if null then alert will be valid forever
    #[serde(skip_serializing_if = "Option::is_none")]
    pub validity: Option<i64>,
    /// Alert Template Id
    #[serde(rename = "alertTemplateId")]
    pub alert_template_id: String,
    /// Interval
    pub interval: i64,
    /// `entityDetails`
    #[serde(rename = "entityDetails", skip_serializing_if = "Option::is_none")]
    pub entity_details: Option<serde_json::Value>,
    /// `ownerDetails`
    #[serde(rename = "ownerDetails", skip_serializing_if = "Option::is_none")]
    pub owner_details: Option<serde_json::Value>,
    /// `parameters`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub parameters: Option<serde_json::Value>,
    /// Created At
    #[serde(rename = "createdAt")]
    pub created_at: chrono::DateTime<chrono::Utc>,
    /// Updated At
    #[serde(rename = "updatedAt", skip_serializing_if = "Option::is_none")]
    pub updated_at: Option<chrono::DateTime<chrono::Utc>>,
}
#[allow(deprecated)]
impl<'de> serde::Deserialize<'de> for Alert {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        const FIELDS: &[&str] = &[
            "id",
            "version",
            "description",
            "status",
            "validity",
            "alertTemplateId",
            "interval",
            "entityDetails",
            "ownerDetails",
            "parameters",
            "createdAt",
            "updatedAt",
        ];
        struct AlertVisitor;
        impl<'de> serde::de::Visitor<'de> for AlertVisitor {
            type Value = Alert;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("struct Alert")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<Alert, A::Error> {
                let mut f0: Option<String> = None;
                let mut f1: Option<i64> = None;
                let mut f2: Option<Option<String>> = None;
                let mut f3: Option<crate::models::AlertStatus> = None;
                let mut f4: Option<Option<i64>> = None;
                let mut f5: Option<String> = None;
                let mut f6: Option<i64> = None;
                let mut f7: Option<Option<serde_json::Value>> = None;
                let mut f8: Option<Option<serde_json::Value>> = None;
                let mut f9: Option<Option<serde_json::Value>> = None;
                let mut f10: Option<chrono::DateTime<chrono::Utc>> = None;
                let mut f11: Option<Option<chrono::DateTime<chrono::Utc>>> = None;
                while let Some(key) = map.next_key_seed(crate::runtime::FieldSeed(FIELDS))? {
                    match key {
                        0 => crate::runtime::field(&mut map, &mut f0, "id"),
                        1 => crate::runtime::field(&mut map, &mut f1, "version"),
                        2 => crate::runtime::field(&mut map, &mut f2, "description"),
                        3 => crate::runtime::field(&mut map, &mut f3, "status"),
                        4 => crate::runtime::field(&mut map, &mut f4, "validity"),
                        5 => crate::runtime::field(&mut map, &mut f5, "alertTemplateId"),
                        6 => crate::runtime::field(&mut map, &mut f6, "interval"),
                        7 => crate::runtime::field(&mut map, &mut f7, "entityDetails"),
                        8 => crate::runtime::field(&mut map, &mut f8, "ownerDetails"),
                        9 => crate::runtime::field(&mut map, &mut f9, "parameters"),
                        10 => crate::runtime::field_seed(
                            &mut map,
                            &mut f10,
                            "createdAt",
                            crate::runtime::datetime::Seed,
                        ),
                        11 => crate::runtime::field_seed(
                            &mut map,
                            &mut f11,
                            "updatedAt",
                            crate::runtime::datetime::OptionSeed,
                        ),
                        _ => crate::runtime::skip(&mut map),
                    }?;
                }
                Ok(Alert {
                    id: crate::runtime::required(f0, "id")?,
                    version: crate::runtime::required(f1, "version")?,
                    description: f2.unwrap_or_default(),
                    status: crate::runtime::required(f3, "status")?,
                    validity: f4.unwrap_or_default(),
                    alert_template_id: crate::runtime::required(f5, "alertTemplateId")?,
                    interval: crate::runtime::required(f6, "interval")?,
                    entity_details: f7.unwrap_or_default(),
                    owner_details: f8.unwrap_or_default(),
                    parameters: f9.unwrap_or_default(),
                    created_at: crate::runtime::required(f10, "createdAt")?,
                    updated_at: f11.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("Alert", FIELDS, AlertVisitor)
    }
}
impl Alert {
    /// Creates a `Alert` from its required fields; optional fields start empty.
    #[allow(deprecated)]
    pub fn new(
        id: String,
        version: i64,
        status: crate::models::AlertStatus,
        alert_template_id: String,
        interval: i64,
        created_at: chrono::DateTime<chrono::Utc>,
    ) -> Self {
        Self {
            id,
            version,
            description: None,
            status,
            validity: None,
            alert_template_id,
            interval,
            entity_details: None,
            owner_details: None,
            parameters: None,
            created_at,
            updated_at: None,
        }
    }
}
