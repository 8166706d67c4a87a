//! The `CreditRateDetails` model.
/// Amount to be credited
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct CreditRateDetails {
    /// `pricingModel`
    #[serde(rename = "pricingModel")]
    pub pricing_model: crate::models::PricingModel,
    /// `currencySlabRateDetails`
    #[serde(rename = "currencySlabRateDetails")]
    pub currency_slab_rate_details: Vec<crate::models::CurrencySlabRateDetail>,
}
#[allow(deprecated)]
impl<'de> serde::Deserialize<'de> for CreditRateDetails {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        const FIELDS: &[&str] = &["pricingModel", "currencySlabRateDetails"];
        struct CreditRateDetailsVisitor;
        impl<'de> serde::de::Visitor<'de> for CreditRateDetailsVisitor {
            type Value = CreditRateDetails;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("struct CreditRateDetails")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<CreditRateDetails, A::Error> {
                let mut f0: Option<crate::models::PricingModel> = None;
                let mut f1: Option<Vec<crate::models::CurrencySlabRateDetail>> = None;
                while let Some(key) = map.next_key_seed(crate::runtime::FieldSeed(FIELDS))? {
                    match key {
                        0 => crate::runtime::field(&mut map, &mut f0, "pricingModel"),
                        1 => crate::runtime::field(&mut map, &mut f1, "currencySlabRateDetails"),
                        _ => crate::runtime::skip(&mut map),
                    }?;
                }
                Ok(CreditRateDetails {
                    pricing_model: crate::runtime::required(f0, "pricingModel")?,
                    currency_slab_rate_details: crate::runtime::required(
                        f1,
                        "currencySlabRateDetails",
                    )?,
                })
            }
        }
        deserializer.deserialize_struct("CreditRateDetails", FIELDS, CreditRateDetailsVisitor)
    }
}
impl CreditRateDetails {
    /// Creates a `CreditRateDetails` from its required fields; optional fields start empty.
    #[allow(deprecated)]
    pub fn new(
        pricing_model: crate::models::PricingModel,
        currency_slab_rate_details: Vec<crate::models::CurrencySlabRateDetail>,
    ) -> Self {
        Self {
            pricing_model,
            currency_slab_rate_details,
        }
    }
}
