//! The `WalletTopupDetails` model.
/// Information related to wallet topup purchase
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct WalletTopupDetails {
    /// Specifies the amount to be paid to top up wallet with the specified top up amount.
    /// If left null, purchase amount will be same as top up amount
    #[serde(rename = "purchaseAmount", skip_serializing_if = "Option::is_none")]
    pub purchase_amount: Option<f64>,
    /// Specifies the value to be topped up in the wallet
    #[serde(rename = "topupAmount")]
    pub topup_amount: f64,
}
#[allow(deprecated)]
impl<'de> serde::Deserialize<'de> for WalletTopupDetails {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        const FIELDS: &[&str] = &["purchaseAmount", "topupAmount"];
        struct WalletTopupDetailsVisitor;
        impl<'de> serde::de::Visitor<'de> for WalletTopupDetailsVisitor {
            type Value = WalletTopupDetails;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("struct WalletTopupDetails")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<WalletTopupDetails, A::Error> {
                let mut f0: Option<Option<f64>> = None;
                let mut f1: Option<f64> = None;
                while let Some(key) = map.next_key_seed(crate::runtime::FieldSeed(FIELDS))? {
                    match key {
                        0 => crate::runtime::field(&mut map, &mut f0, "purchaseAmount"),
                        1 => crate::runtime::field(&mut map, &mut f1, "topupAmount"),
                        _ => crate::runtime::skip(&mut map),
                    }?;
                }
                Ok(WalletTopupDetails {
                    purchase_amount: f0.unwrap_or_default(),
                    topup_amount: crate::runtime::required(f1, "topupAmount")?,
                })
            }
        }
        deserializer.deserialize_struct("WalletTopupDetails", FIELDS, WalletTopupDetailsVisitor)
    }
}
impl WalletTopupDetails {
    /// Creates a `WalletTopupDetails` from its required fields; optional fields start empty.
    #[allow(deprecated)]
    pub fn new(topup_amount: f64) -> Self {
        Self {
            purchase_amount: None,
            topup_amount,
        }
    }
}
