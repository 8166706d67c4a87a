//! The `Report` model.
/// Represents a Report
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Report {
    /// `id`
    pub id: String,
    /// `name`
    pub name: String,
    /// `account_id`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub account_id: Option<String>,
    /// `status`
    pub status: crate::models::ReportStatus,
    /// `fileId`
    #[serde(rename = "fileId", default, skip_serializing_if = "Option::is_none")]
    pub file_id: Option<String>,
    /// `queryInput`
    #[serde(
        rename = "queryInput",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub query_input: Option<crate::models::QueryInput>,
    /// `reportTemplateId`
    #[serde(
        rename = "reportTemplateId",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub report_template_id: Option<String>,
    /// `createdAt`
    #[serde(
        rename = "createdAt",
        deserialize_with = "crate::runtime::datetime::deserialize"
    )]
    pub created_at: chrono::DateTime<chrono::Utc>,
    /// `updatedAt`
    #[serde(
        rename = "updatedAt",
        deserialize_with = "crate::runtime::datetime::deserialize"
    )]
    pub updated_at: chrono::DateTime<chrono::Utc>,
    /// `preSignedUrl`
    #[serde(
        rename = "preSignedUrl",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub pre_signed_url: Option<String>,
    /// `type`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<crate::models::ReportType>,
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
