//! The `CurrencySlabRateDetail` model.
/// The association of a currency along with its slab detail
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct CurrencySlabRateDetail {
    /// `currency`
    pub currency: String,
    /// The amount of credit that needs to be credited
    #[serde(rename = "creditAmount")]
    pub credit_amount: f64,
    /// `slabDetails`
    #[serde(rename = "slabDetails")]
    pub slab_details: Vec<crate::models::SlabDetail>,
    /// `rateConfig`
    #[serde(rename = "rateConfig", skip_serializing_if = "Option::is_none")]
    pub rate_config: Option<std::collections::BTreeMap<String, String>>,
}
#[allow(deprecated)]
impl<'de> serde::Deserialize<'de> for CurrencySlabRateDetail {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        const FIELDS: &[&str] = &["currency", "creditAmount", "slabDetails", "rateConfig"];
        struct CurrencySlabRateDetailVisitor;
        impl<'de> serde::de::Visitor<'de> for CurrencySlabRateDetailVisitor {
            type Value = CurrencySlabRateDetail;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("struct CurrencySlabRateDetail")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<CurrencySlabRateDetail, A::Error> {
                let mut f0: Option<String> = None;
                let mut f1: Option<f64> = None;
                let mut f2: Option<Vec<crate::models::SlabDetail>> = None;
                let mut f3: Option<Option<std::collections::BTreeMap<String, String>>> = None;
                while let Some(key) = map.next_key_seed(crate::runtime::FieldSeed(FIELDS))? {
                    match key {
                        0 => crate::runtime::field(&mut map, &mut f0, "currency"),
                        1 => crate::runtime::field(&mut map, &mut f1, "creditAmount"),
                        2 => crate::runtime::field(&mut map, &mut f2, "slabDetails"),
                        3 => crate::runtime::field(&mut map, &mut f3, "rateConfig"),
                        _ => crate::runtime::skip(&mut map),
                    }?;
                }
                Ok(CurrencySlabRateDetail {
                    currency: crate::runtime::required(f0, "currency")?,
                    credit_amount: crate::runtime::required(f1, "creditAmount")?,
                    slab_details: crate::runtime::required(f2, "slabDetails")?,
                    rate_config: f3.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct(
            "CurrencySlabRateDetail",
            FIELDS,
            CurrencySlabRateDetailVisitor,
        )
    }
}
impl CurrencySlabRateDetail {
    /// Creates a `CurrencySlabRateDetail` from its required fields; optional fields start empty.
    #[allow(deprecated)]
    pub fn new(
        currency: String,
        credit_amount: f64,
        slab_details: Vec<crate::models::SlabDetail>,
    ) -> Self {
        Self {
            currency,
            credit_amount,
            slab_details,
            rate_config: None,
        }
    }
}
