//! The `ListCreditsResponse` model.

use togai_codegen_runtime as rt;

/// List credits response
#[derive(Debug, Clone, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
pub struct ListCreditsResponse {
    /// `data`
    pub data: Vec<crate::models::Credit>,
    /// `nextToken`
    #[serde(rename = "nextToken", skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
}

rt::deserialize_struct! {
    ListCreditsResponse { 0 data "data" required, 1 next_token "nextToken" optional, }
}

impl ListCreditsResponse {
    /// Creates a `ListCreditsResponse` from its required fields; optional fields start empty.
    #[allow(deprecated)]
    pub fn new(data: Vec<crate::models::Credit>) -> Self {
        Self {
            data,
            next_token: None,
        }
    }
}
