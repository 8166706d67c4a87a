//! The `Incident` model.
/// The `Incident` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct Incident {
    /// Incident ID
    pub id: String,
    /// Alert ID
    #[serde(rename = "alertId")]
    pub alert_id: String,
    /// Alert Version
    #[serde(rename = "alertVersion")]
    pub alert_version: i64,
    /// Alert Template Id
    #[serde(rename = "alertTemplateId")]
    pub alert_template_id: String,
    /// `validUntil`
    #[serde(rename = "validUntil", skip_serializing_if = "Option::is_none")]
    pub valid_until: Option<chrono::DateTime<chrono::Utc>>,
    /// `reportData`
    #[serde(rename = "reportData", skip_serializing_if = "Option::is_none")]
    pub report_data: Option<serde_json::Value>,
    /// Incident Status
    pub status: String,
    /// Last Checked At
    #[serde(rename = "lastCheckedAt", skip_serializing_if = "Option::is_none")]
    pub last_checked_at: Option<chrono::DateTime<chrono::Utc>>,
    /// Created At
    #[serde(rename = "createdAt")]
    pub created_at: chrono::DateTime<chrono::Utc>,
    /// Updated At
    #[serde(rename = "updatedAt", skip_serializing_if = "Option::is_none")]
    pub updated_at: Option<chrono::DateTime<chrono::Utc>>,
}
#[allow(deprecated)]
impl<'de> serde::Deserialize<'de> for Incident {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        const FIELDS: &[&str] = &[
            "id",
            "alertId",
            "alertVersion",
            "alertTemplateId",
            "validUntil",
            "reportData",
            "status",
            "lastCheckedAt",
            "createdAt",
            "updatedAt",
        ];
        struct IncidentVisitor;
        impl<'de> serde::de::Visitor<'de> for IncidentVisitor {
            type Value = Incident;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("struct Incident")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<Incident, A::Error> {
                let mut f0: Option<String> = None;
                let mut f1: Option<String> = None;
                let mut f2: Option<i64> = None;
                let mut f3: Option<String> = None;
                let mut f4: Option<Option<chrono::DateTime<chrono::Utc>>> = None;
                let mut f5: Option<Option<serde_json::Value>> = None;
                let mut f6: Option<String> = None;
                let mut f7: Option<Option<chrono::DateTime<chrono::Utc>>> = None;
                let mut f8: Option<chrono::DateTime<chrono::Utc>> = None;
                let mut f9: Option<Option<chrono::DateTime<chrono::Utc>>> = None;
                while let Some(key) = map.next_key_seed(crate::runtime::FieldSeed(FIELDS))? {
                    match key {
                        0 => crate::runtime::field(&mut map, &mut f0, "id"),
                        1 => crate::runtime::field(&mut map, &mut f1, "alertId"),
                        2 => crate::runtime::field(&mut map, &mut f2, "alertVersion"),
                        3 => crate::runtime::field(&mut map, &mut f3, "alertTemplateId"),
                        4 => crate::runtime::field_seed(
                            &mut map,
                            &mut f4,
                            "validUntil",
                            crate::runtime::datetime::OptionSeed,
                        ),
                        5 => crate::runtime::field(&mut map, &mut f5, "reportData"),
                        6 => crate::runtime::field(&mut map, &mut f6, "status"),
                        7 => crate::runtime::field_seed(
                            &mut map,
                            &mut f7,
                            "lastCheckedAt",
                            crate::runtime::datetime::OptionSeed,
                        ),
                        8 => crate::runtime::field_seed(
                            &mut map,
                            &mut f8,
                            "createdAt",
                            crate::runtime::datetime::Seed,
                        ),
                        9 => crate::runtime::field_seed(
                            &mut map,
                            &mut f9,
                            "updatedAt",
                            crate::runtime::datetime::OptionSeed,
                        ),
                        _ => crate::runtime::skip(&mut map),
                    }?;
                }
                Ok(Incident {
                    id: crate::runtime::required(f0, "id")?,
                    alert_id: crate::runtime::required(f1, "alertId")?,
                    alert_version: crate::runtime::required(f2, "alertVersion")?,
                    alert_template_id: crate::runtime::required(f3, "alertTemplateId")?,
                    valid_until: f4.unwrap_or_default(),
                    report_data: f5.unwrap_or_default(),
                    status: crate::runtime::required(f6, "status")?,
                    last_checked_at: f7.unwrap_or_default(),
                    created_at: crate::runtime::required(f8, "createdAt")?,
                    updated_at: f9.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("Incident", FIELDS, IncidentVisitor)
    }
}
impl Incident {
    /// Creates a `Incident` from its required fields; optional fields start empty.
    #[allow(deprecated)]
    pub fn new(
        id: String,
        alert_id: String,
        alert_version: i64,
        alert_template_id: String,
        status: String,
        created_at: chrono::DateTime<chrono::Utc>,
    ) -> Self {
        Self {
            id,
            alert_id,
            alert_version,
            alert_template_id,
            valid_until: None,
            report_data: None,
            status,
            last_checked_at: None,
            created_at,
            updated_at: None,
        }
    }
}
