//! The `UpdateAddOnRequest` model.
/// Request to update an addon
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
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
