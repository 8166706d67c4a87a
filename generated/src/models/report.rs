//! The `Report` model.

use togai_codegen_runtime as rt;

/// Represents a Report
#[derive(Debug, Clone, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
#[non_exhaustive]
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
    pub created_at: rt::chrono::DateTime<rt::chrono::Utc>,
    /// `updatedAt`
    #[serde(rename = "updatedAt")]
    pub updated_at: rt::chrono::DateTime<rt::chrono::Utc>,
    /// `preSignedUrl`
    #[serde(rename = "preSignedUrl", skip_serializing_if = "Option::is_none")]
    pub pre_signed_url: Option<String>,
    /// `type`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub r#type: Option<crate::models::ReportType>,
}

rt::deserialize_struct! {
    Report {
        0 id "id" required,
        1 name "name" required,
        2 account_id "account_id" optional,
        3 status "status" required,
        4 file_id "fileId" optional,
        5 query_input "queryInput" optional,
        6 report_template_id "reportTemplateId" optional,
        7 created_at "createdAt" required rt::datetime::Seed,
        8 updated_at "updatedAt" required rt::datetime::Seed,
        9 pre_signed_url "preSignedUrl" optional,
        10 r#type "type" optional,
    }
}
impl Report {
    /// A new value from the required fields; set the others with the `with_` methods.
    pub fn new(
        id: impl Into<String>,
        name: impl Into<String>,
        status: impl Into<crate::models::ReportStatus>,
        created_at: impl Into<rt::chrono::DateTime<rt::chrono::Utc>>,
        updated_at: impl Into<rt::chrono::DateTime<rt::chrono::Utc>>,
    ) -> Self {
        Self {
            id: id.into(),
            name: name.into(),
            account_id: None,
            status: status.into(),
            file_id: None,
            query_input: None,
            report_template_id: None,
            created_at: created_at.into(),
            updated_at: updated_at.into(),
            pre_signed_url: None,
            r#type: None,
        }
    }

    /// Sets `account_id`; until set, it is left out.
    pub fn with_account_id(mut self, value: impl Into<String>) -> Self {
        self.account_id = Some(value.into());
        self
    }

    /// Sets `file_id` (`fileId`); until set, it is left out.
    pub fn with_file_id(mut self, value: impl Into<String>) -> Self {
        self.file_id = Some(value.into());
        self
    }

    /// Sets `query_input` (`queryInput`); until set, it is left out.
    pub fn with_query_input(mut self, value: impl Into<crate::models::QueryInput>) -> Self {
        self.query_input = Some(value.into());
        self
    }

    /// Sets `report_template_id` (`reportTemplateId`); until set, it is left out.
    pub fn with_report_template_id(mut self, value: impl Into<String>) -> Self {
        self.report_template_id = Some(value.into());
        self
    }

    /// Sets `pre_signed_url` (`preSignedUrl`); until set, it is left out.
    pub fn with_pre_signed_url(mut self, value: impl Into<String>) -> Self {
        self.pre_signed_url = Some(value.into());
        self
    }

    /// Sets `type`; until set, it is left out.
    pub fn with_type(mut self, value: impl Into<crate::models::ReportType>) -> Self {
        self.r#type = Some(value.into());
        self
    }
}
