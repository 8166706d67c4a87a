//! The `CurrencyRateValue` model.
/// The `CurrencyRateValue` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct CurrencyRateValue {
    /// `currency`
    pub currency: String,
    /// `rate`
    pub rate: f64,
}
impl CurrencyRateValue {
    /// Creates a `CurrencyRateValue` from its required fields; optional fields start empty.
    #[allow(deprecated)]
    pub fn new(currency: String, rate: f64) -> Self {
        Self { currency, rate }
    }
}
