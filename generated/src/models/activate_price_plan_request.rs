//! The `ActivatePricePlanRequest` model.

use togai_codegen_runtime as rt;

/// Request to activate currencies of a price plan
#[derive(Debug, Clone, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
#[non_exhaustive]
pub struct ActivatePricePlanRequest {
    /// List of currencies to activate
    pub currencies: Vec<String>,
}

rt::deserialize_struct! {
    ActivatePricePlanRequest {
        0 currencies "currencies" required,
    }
}
impl ActivatePricePlanRequest {
    /// A new value from the required fields; set the others with the `with_` methods.
    pub fn new(currencies: impl Into<Vec<String>>) -> Self {
        Self {
            currencies: currencies.into(),
        }
    }
}
