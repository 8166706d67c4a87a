//! The `TopupWalletRequest` model.
/// Payload to topup wallet of an account
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct TopupWalletRequest {
    /// `topupAmount`
    #[serde(rename = "topupAmount")]
    pub topup_amount: f64,
}
#[allow(deprecated)]
impl<'de> serde::Deserialize<'de> for TopupWalletRequest {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        const FIELDS: &[&str] = &["topupAmount"];
        struct TopupWalletRequestVisitor;
        impl<'de> serde::de::Visitor<'de> for TopupWalletRequestVisitor {
            type Value = TopupWalletRequest;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("struct TopupWalletRequest")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<TopupWalletRequest, A::Error> {
                let mut f0: Option<f64> = None;
                while let Some(key) = map.next_key_seed(crate::runtime::FieldSeed(FIELDS))? {
                    match key {
                        0 => crate::runtime::field(&mut map, &mut f0, "topupAmount"),
                        _ => crate::runtime::skip(&mut map),
                    }?;
                }
                Ok(TopupWalletRequest {
                    topup_amount: crate::runtime::required(f0, "topupAmount")?,
                })
            }
        }
        deserializer.deserialize_struct("TopupWalletRequest", FIELDS, TopupWalletRequestVisitor)
    }
}
impl TopupWalletRequest {
    /// Creates a `TopupWalletRequest` from its required fields; optional fields start empty.
    #[allow(deprecated)]
    pub fn new(topup_amount: f64) -> Self {
        Self { topup_amount }
    }
}
