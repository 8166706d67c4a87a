//! The `CreateAddOnRequest` model.
/// Request to create an addon
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct CreateAddOnRequest {
    /// Name of addon
    pub name: String,
    /// `type`
    pub r#type: crate::models::AddOnType,
    /// Billable name of addon. Billable name takes precedence over name to display in invoice.
    #[serde(
        rename = "billableName",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub billable_name: Option<String>,
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
