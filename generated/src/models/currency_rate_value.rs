//! The `CurrencyRateValue` model.

use togai_codegen_runtime as rt;

/// The `CurrencyRateValue` schema.
#[derive(Debug, Clone, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
#[non_exhaustive]
pub struct CurrencyRateValue {
    /// `currency`
    pub currency: String,
    /// `rate`
    pub rate: f64,
}

rt::deserialize_struct! {
    CurrencyRateValue {
        0 currency "currency" required,
        1 rate "rate" required,
    }
}
impl CurrencyRateValue {
    /// A new value from the required fields; set the others with the `with_` methods.
    pub fn new(currency: impl Into<String>, rate: impl Into<f64>) -> Self {
        Self {
            currency: currency.into(),
            rate: rate.into(),
        }
    }
}
