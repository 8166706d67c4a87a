//! The `CreateAddOnRequest` model.

use togai_codegen_runtime as rt;

/// Request to create an addon
#[derive(Debug, Clone, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
#[non_exhaustive]
pub struct CreateAddOnRequest {
    /// Name of addon
    pub name: String,
    /// `type`
    pub r#type: crate::models::AddOnType,
    /// Billable name of addon. Billable name takes precedence over name to display in invoice.
    #[serde(rename = "billableName", skip_serializing_if = "Option::is_none")]
    pub billable_name: Option<String>,
}

rt::deserialize_struct! {
    CreateAddOnRequest {
        0 name "name" required,
        1 r#type "type" required,
        2 billable_name "billableName" optional,
    }
}
impl CreateAddOnRequest {
    /// A new value from the required fields; set the others with the `with_` methods.
    pub fn new(name: impl Into<String>, r#type: impl Into<crate::models::AddOnType>) -> Self {
        Self {
            name: name.into(),
            r#type: r#type.into(),
            billable_name: None,
        }
    }

    /// Sets `billable_name` (`billableName`); until set, it is left out.
    pub fn with_billable_name(mut self, value: impl Into<String>) -> Self {
        self.billable_name = Some(value.into());
        self
    }
}
