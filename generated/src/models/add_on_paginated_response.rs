//! The `AddOnPaginatedResponse` model.

use togai_codegen_runtime as rt;

/// The `AddOnPaginatedResponse` schema.
#[derive(Debug, Clone, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
#[non_exhaustive]
pub struct AddOnPaginatedResponse {
    /// `data`
    pub data: Vec<crate::models::AddOn>,
    /// `nextToken`
    #[serde(rename = "nextToken", skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
    /// `context`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub context: Option<crate::models::PaginationOptions>,
}

rt::deserialize_struct! {
    AddOnPaginatedResponse {
        0 data "data" required,
        1 next_token "nextToken" optional,
        2 context "context" optional,
    }
}
impl AddOnPaginatedResponse {
    /// A new value from the required fields; set the others with the `with_` methods.
    pub fn new(data: impl Into<Vec<crate::models::AddOn>>) -> Self {
        Self {
            data: data.into(),
            next_token: None,
            context: None,
        }
    }

    /// Sets `next_token` (`nextToken`); until set, it is left out.
    pub fn with_next_token(mut self, value: impl Into<String>) -> Self {
        self.next_token = Some(value.into());
        self
    }

    /// Sets `context`; until set, it is left out.
    pub fn with_context(mut self, value: impl Into<crate::models::PaginationOptions>) -> Self {
        self.context = Some(value.into());
        self
    }
}
