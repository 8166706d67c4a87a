//! The `GetFeatureCreditEntriesPaginatedResponse` model.

use togai_codegen_runtime as rt;

/// The `GetFeatureCreditEntriesPaginatedResponse` schema.
#[derive(Debug, Clone, Default, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
pub struct GetFeatureCreditEntriesPaginatedResponse {
    /// `data`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub data: Option<Vec<crate::models::FeatureCreditEntry>>,
    /// `nextToken`
    #[serde(rename = "nextToken", skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
}

rt::deserialize_struct! {
    GetFeatureCreditEntriesPaginatedResponse { 0 data "data" optional, 1 next_token
    "nextToken" optional, }
}
