//! The `UpdateAddOnRequest` model.
/// Request to update an addon
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct UpdateAddOnRequest {
    /// Name of addon
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Billable name of addon. Billable name takes precedence over name to display in invoice.
    #[serde(
        rename = "billableName",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub billable_name: Option<String>,
}
impl UpdateAddOnRequest {
    /// Creates a `UpdateAddOnRequest` from its required fields; optional fields start empty.
    #[allow(deprecated)]
    pub fn new() -> Self {
        Self {
            name: None,
            billable_name: None,
        }
    }
}
