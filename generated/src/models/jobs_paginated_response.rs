//! The `JobsPaginatedResponse` model.

use togai_codegen_runtime as rt;

/// The `JobsPaginatedResponse` schema.
#[derive(Debug, Clone, Default, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
pub struct JobsPaginatedResponse {
    /// `data`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub data: Option<Vec<crate::models::JobsWithoutStatusInfoResponse>>,
    /// `nextToken`
    #[serde(rename = "nextToken", skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
    /// `context`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub context: Option<crate::models::PaginationOptions>,
}

rt::deserialize_struct! {
    JobsPaginatedResponse { 0 data "data" optional, 1 next_token "nextToken" optional, 2
    context "context" optional, }
}
