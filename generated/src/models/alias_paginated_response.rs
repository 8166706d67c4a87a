//! The `AliasPaginatedResponse` model.

use togai_codegen_runtime as rt;

/// Represents for list response of alias
#[derive(Debug, Clone, Default, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
pub struct AliasPaginatedResponse {
    /// `data`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub data: Option<Vec<crate::models::Alias>>,
    /// `nextToken`
    #[serde(rename = "nextToken", skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
}

rt::deserialize_struct! {
    AliasPaginatedResponse { 0 data "data" optional, 1 next_token "nextToken" optional, }
}
