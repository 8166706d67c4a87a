//! The `FeaturePaginatedListData` model.

use togai_codegen_runtime as rt;

/// The `FeaturePaginatedListData` schema.
#[derive(Debug, Clone, Default, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
#[non_exhaustive]
pub struct FeaturePaginatedListData {
    /// `data`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub data: Option<Vec<crate::models::FeatureListResponse>>,
    /// `nextToken`
    #[serde(rename = "nextToken", skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
    /// `context`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub context: Option<crate::models::PaginationOptions>,
}

rt::deserialize_struct! {
    FeaturePaginatedListData {
        0 data "data" optional,
        1 next_token "nextToken" optional,
        2 context "context" optional,
    }
}
impl FeaturePaginatedListData {
    /// A new value with every field empty (the `Default`); set them with the `with_` methods.
    pub fn new() -> Self {
        Self::default()
    }

    /// Sets `data`; until set, it is left out.
    pub fn with_data(mut self, value: impl Into<Vec<crate::models::FeatureListResponse>>) -> Self {
        self.data = Some(value.into());
        self
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
