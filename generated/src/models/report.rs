//! The `Report` model.
/// Represents a Report
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct Report {
    /// `id`
    pub id: String,
    /// `name`
    pub name: String,
    /// `account_id`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub account_id: Option<String>,
    /// `status`
    pub status: crate::models::ReportStatus,
    /// `fileId`
    #[serde(rename = "fileId", skip_serializing_if = "Option::is_none")]
    pub file_id: Option<String>,
    /// `queryInput`
    #[serde(rename = "queryInput", skip_serializing_if = "Option::is_none")]
    pub query_input: Option<crate::models::QueryInput>,
    /// `reportTemplateId`
    #[serde(rename = "reportTemplateId", skip_serializing_if = "Option::is_none")]
    pub report_template_id: Option<String>,
    /// `createdAt`
    #[serde(rename = "createdAt")]
    pub created_at: chrono::DateTime<chrono::Utc>,
    /// `updatedAt`
    #[serde(rename = "updatedAt")]
    pub updated_at: chrono::DateTime<chrono::Utc>,
    /// `preSignedUrl`
    #[serde(rename = "preSignedUrl", skip_serializing_if = "Option::is_none")]
    pub pre_signed_url: Option<String>,
    /// `type`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub r#type: Option<crate::models::ReportType>,
}
#[allow(deprecated)]
impl<'de> serde::Deserialize<'de> for Report {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        const FIELDS: &[&str] = &[
            "id",
            "name",
            "account_id",
            "status",
            "fileId",
            "queryInput",
            "reportTemplateId",
            "createdAt",
            "updatedAt",
            "preSignedUrl",
            "type",
        ];
        struct ReportVisitor;
        impl<'de> serde::de::Visitor<'de> for ReportVisitor {
            type Value = Report;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("struct Report")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<Report, A::Error> {
                let mut f0: Option<String> = None;
                let mut f1: Option<String> = None;
                let mut f2: Option<Option<String>> = None;
                let mut f3: Option<crate::models::ReportStatus> = None;
                let mut f4: Option<Option<String>> = None;
                let mut f5: Option<Option<crate::models::QueryInput>> = None;
                let mut f6: Option<Option<String>> = None;
                let mut f7: Option<chrono::DateTime<chrono::Utc>> = None;
                let mut f8: Option<chrono::DateTime<chrono::Utc>> = None;
                let mut f9: Option<Option<String>> = None;
                let mut f10: Option<Option<crate::models::ReportType>> = None;
                while let Some(key) = map.next_key_seed(crate::runtime::FieldSeed(FIELDS))? {
                    match key {
                        0 => crate::runtime::field(&mut map, &mut f0, "id"),
                        1 => crate::runtime::field(&mut map, &mut f1, "name"),
                        2 => crate::runtime::field(&mut map, &mut f2, "account_id"),
                        3 => crate::runtime::field(&mut map, &mut f3, "status"),
                        4 => crate::runtime::field(&mut map, &mut f4, "fileId"),
                        5 => crate::runtime::field(&mut map, &mut f5, "queryInput"),
                        6 => crate::runtime::field(&mut map, &mut f6, "reportTemplateId"),
                        7 => crate::runtime::field_seed(
                            &mut map,
                            &mut f7,
                            "createdAt",
                            crate::runtime::datetime::Seed,
                        ),
                        8 => crate::runtime::field_seed(
                            &mut map,
                            &mut f8,
                            "updatedAt",
                            crate::runtime::datetime::Seed,
                        ),
                        9 => crate::runtime::field(&mut map, &mut f9, "preSignedUrl"),
                        10 => crate::runtime::field(&mut map, &mut f10, "type"),
                        _ => crate::runtime::skip(&mut map),
                    }?;
                }
                Ok(Report {
                    id: crate::runtime::required(f0, "id")?,
                    name: crate::runtime::required(f1, "name")?,
                    account_id: f2.unwrap_or_default(),
                    status: crate::runtime::required(f3, "status")?,
                    file_id: f4.unwrap_or_default(),
                    query_input: f5.unwrap_or_default(),
                    report_template_id: f6.unwrap_or_default(),
                    created_at: crate::runtime::required(f7, "createdAt")?,
                    updated_at: crate::runtime::required(f8, "updatedAt")?,
                    pre_signed_url: f9.unwrap_or_default(),
                    r#type: f10.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("Report", FIELDS, ReportVisitor)
    }
}
impl Report {
    /// Creates a `Report` from its required fields; optional fields start empty.
    #[allow(deprecated)]
    pub fn new(
        id: String,
        name: String,
        status: crate::models::ReportStatus,
        created_at: chrono::DateTime<chrono::Utc>,
        updated_at: chrono::DateTime<chrono::Utc>,
    ) -> Self {
        Self {
            id,
            name,
            account_id: None,
            status,
            file_id: None,
            query_input: None,
            report_template_id: None,
            created_at,
            updated_at,
            pre_signed_url: None,
            r#type: None,
        }
    }
}
