//! The `ActivatePricePlanRequest` model.

use togai_codegen_runtime as rt;

/// Request to activate currencies of a price plan
#[derive(Debug, Clone, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
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
