//! The `ReportsPaginatedResponse` model.

use togai_codegen_runtime as rt;

/// Represents a list response for reports
#[derive(Debug, Clone, Default, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
pub struct ReportsPaginatedResponse {
    /// `data`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub data: Option<Vec<crate::models::Report>>,
    /// `nextToken`
    #[serde(rename = "nextToken", skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
}

rt::deserialize_struct! {
    ReportsPaginatedResponse { 0 data "data" optional, 1 next_token "nextToken" optional,
    }
}
