//! The `CurrencyRateValue` model.

use togai_codegen_runtime as rt;

/// The `CurrencyRateValue` schema.
#[derive(Debug, Clone, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
pub struct CurrencyRateValue {
    /// `currency`
    pub currency: String,
    /// `rate`
    pub rate: f64,
}

rt::deserialize_struct! {
    CurrencyRateValue { 0 currency "currency" required, 1 rate "rate" required, }
}

impl CurrencyRateValue {
    /// Creates a `CurrencyRateValue` from its required fields; optional fields start empty.
    #[allow(deprecated)]
    pub fn new(currency: String, rate: f64) -> Self {
        Self { currency, rate }
    }
}
