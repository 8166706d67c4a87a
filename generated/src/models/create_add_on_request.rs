//! The `CreateAddOnRequest` model.

use togai_codegen_runtime as rt;

/// Request to create an addon
#[derive(Debug, Clone, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
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
    CreateAddOnRequest { 0 name "name" required, 1 r#type "type" required, 2
    billable_name "billableName" optional, }
}

impl CreateAddOnRequest {
    /// Creates a `CreateAddOnRequest` from its required fields; optional fields start empty.
    #[allow(deprecated)]
    pub fn new(name: String, r#type: crate::models::AddOnType) -> Self {
        Self {
            name,
            r#type,
            billable_name: None,
        }
    }
}
