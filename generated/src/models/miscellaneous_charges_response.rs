//! The `MiscellaneousChargesResponse` model.
/// Miscellaneous charges response
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct MiscellaneousChargesResponse {
    /// `data`
    pub data: Vec<crate::models::MiscellaneousCharge>,
}
impl MiscellaneousChargesResponse {
    /// Creates a `MiscellaneousChargesResponse` from its required fields; optional fields start empty.
    #[allow(deprecated)]
    pub fn new(data: Vec<crate::models::MiscellaneousCharge>) -> Self {
        Self { data }
    }
}
