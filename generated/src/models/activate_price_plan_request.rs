//! The `ActivatePricePlanRequest` model.
/// Request to activate currencies of a price plan
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ActivatePricePlanRequest {
    /// List of currencies to activate
    pub currencies: Vec<String>,
}
impl ActivatePricePlanRequest {
    /// Creates a `ActivatePricePlanRequest` from its required fields; optional fields start empty.
    #[allow(deprecated)]
    pub fn new(currencies: Vec<String>) -> Self {
        Self { currencies }
    }
}
