//! The `CurrencyRateValue` model.
/// The `CurrencyRateValue` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct CurrencyRateValue {
    /// `currency`
    pub currency: String,
    /// `rate`
    pub rate: f64,
}
#[allow(deprecated)]
impl<'de> serde::Deserialize<'de> for CurrencyRateValue {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        const FIELDS: &[&str] = &["currency", "rate"];
        struct CurrencyRateValueVisitor;
        impl<'de> serde::de::Visitor<'de> for CurrencyRateValueVisitor {
            type Value = CurrencyRateValue;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("struct CurrencyRateValue")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<CurrencyRateValue, A::Error> {
                let mut f0: Option<String> = None;
                let mut f1: Option<f64> = None;
                while let Some(key) = map.next_key_seed(crate::runtime::FieldSeed(FIELDS))? {
                    match key {
                        0 => crate::runtime::field(&mut map, &mut f0, "currency"),
                        1 => crate::runtime::field(&mut map, &mut f1, "rate"),
                        _ => crate::runtime::skip(&mut map),
                    }?;
                }
                Ok(CurrencyRateValue {
                    currency: crate::runtime::required(f0, "currency")?,
                    rate: crate::runtime::required(f1, "rate")?,
                })
            }
        }
        deserializer.deserialize_struct("CurrencyRateValue", FIELDS, CurrencyRateValueVisitor)
    }
}
impl CurrencyRateValue {
    /// Creates a `CurrencyRateValue` from its required fields; optional fields start empty.
    #[allow(deprecated)]
    pub fn new(currency: String, rate: f64) -> Self {
        Self { currency, rate }
    }
}
