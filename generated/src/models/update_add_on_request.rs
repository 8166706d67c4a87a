//! The `UpdateAddOnRequest` model.

use togai_codegen_runtime as rt;

/// Request to update an addon
#[derive(Debug, Clone, Default, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
#[non_exhaustive]
pub struct UpdateAddOnRequest {
    /// Name of addon
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Billable name of addon. Billable name takes precedence over name to display in invoice.
    #[serde(rename = "billableName", skip_serializing_if = "Option::is_none")]
    pub billable_name: Option<String>,
}

rt::deserialize_struct! {
    UpdateAddOnRequest {
        0 name "name" optional,
        1 billable_name "billableName" optional,
    }
}
impl UpdateAddOnRequest {
    /// A new value with every field empty (the `Default`); set them with the `with_` methods.
    pub fn new() -> Self {
        Self::default()
    }

    /// Sets `name`; until set, it is left out.
    pub fn with_name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }

    /// Sets `billable_name` (`billableName`); until set, it is left out.
    pub fn with_billable_name(mut self, value: impl Into<String>) -> Self {
        self.billable_name = Some(value.into());
        self
    }
}
