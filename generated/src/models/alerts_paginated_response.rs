//! The `AlertsPaginatedResponse` model.

use togai_codegen_runtime as rt;

/// The `AlertsPaginatedResponse` schema.
#[derive(Debug, Clone, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
#[non_exhaustive]
pub struct AlertsPaginatedResponse {
    /// `data`
    pub data: Vec<crate::models::Alert>,
    /// `nextToken`
    #[serde(rename = "nextToken", skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
}

rt::deserialize_struct! {
    AlertsPaginatedResponse {
        0 data "data" required,
        1 next_token "nextToken" optional,
    }
}
impl AlertsPaginatedResponse {
    /// A new value from the required fields; set the others with the `with_` methods.
    pub fn new(data: impl Into<Vec<crate::models::Alert>>) -> Self {
        Self {
            data: data.into(),
            next_token: None,
        }
    }

    /// Sets `next_token` (`nextToken`); until set, it is left out.
    pub fn with_next_token(mut self, value: impl Into<String>) -> Self {
        self.next_token = Some(value.into());
        self
    }
}
