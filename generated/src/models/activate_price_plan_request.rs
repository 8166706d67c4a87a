//! The `ActivatePricePlanRequest` model.
use crate::runtime as rt;
/// Request to activate currencies of a price plan
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct ActivatePricePlanRequest {
    /// List of currencies to activate
    pub currencies: Vec<String>,
}
rt::deserialize_struct! {
    ActivatePricePlanRequest { 0 currencies "currencies" required, }
}
impl ActivatePricePlanRequest {
    /// Creates a `ActivatePricePlanRequest` from its required fields; optional fields start empty.
    #[allow(deprecated)]
    pub fn new(currencies: Vec<String>) -> Self {
        Self { currencies }
    }
}
