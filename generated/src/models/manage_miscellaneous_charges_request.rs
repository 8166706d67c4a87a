//! The `ManageMiscellaneousChargesRequest` model.
/// Payload to update custom line items
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ManageMiscellaneousChargesRequest {
    /// `items`
    pub items: Vec<crate::models::MiscellaneousCharge>,
}
impl ManageMiscellaneousChargesRequest {
    /// Creates a `ManageMiscellaneousChargesRequest` from its required fields; optional fields start empty.
    #[allow(deprecated)]
    pub fn new(items: Vec<crate::models::MiscellaneousCharge>) -> Self {
        Self { items }
    }
}
