//! The `CreditBalanceResponse` model.
/// Credit Balance response
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct CreditBalanceResponse {
    /// `activeCredits`
    #[serde(rename = "activeCredits")]
    pub active_credits: f64,
    /// `availableBalance`
    #[serde(rename = "availableBalance")]
    pub available_balance: f64,
    /// `runningBalance`
    #[serde(rename = "runningBalance")]
    pub running_balance: f64,
    /// `inapplicableCredits`
    #[serde(rename = "inapplicableCredits")]
    pub inapplicable_credits: f64,
    /// `unit`
    pub unit: String,
    /// `lastUpdatedAt`
    #[serde(rename = "lastUpdatedAt")]
    pub last_updated_at: chrono::DateTime<chrono::Utc>,
}
#[allow(deprecated)]
impl<'de> serde::Deserialize<'de> for CreditBalanceResponse {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        const FIELDS: &[&str] = &[
            "activeCredits",
            "availableBalance",
            "runningBalance",
            "inapplicableCredits",
            "unit",
            "lastUpdatedAt",
        ];
        struct CreditBalanceResponseVisitor;
        impl<'de> serde::de::Visitor<'de> for CreditBalanceResponseVisitor {
            type Value = CreditBalanceResponse;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("struct CreditBalanceResponse")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<CreditBalanceResponse, A::Error> {
                let mut f0: Option<f64> = None;
                let mut f1: Option<f64> = None;
                let mut f2: Option<f64> = None;
                let mut f3: Option<f64> = None;
                let mut f4: Option<String> = None;
                let mut f5: Option<chrono::DateTime<chrono::Utc>> = None;
                while let Some(key) = map.next_key_seed(crate::runtime::FieldSeed(FIELDS))? {
                    match key {
                        0 => crate::runtime::field(&mut map, &mut f0, "activeCredits"),
                        1 => crate::runtime::field(&mut map, &mut f1, "availableBalance"),
                        2 => crate::runtime::field(&mut map, &mut f2, "runningBalance"),
                        3 => crate::runtime::field(&mut map, &mut f3, "inapplicableCredits"),
                        4 => crate::runtime::field(&mut map, &mut f4, "unit"),
                        5 => crate::runtime::field_seed(
                            &mut map,
                            &mut f5,
                            "lastUpdatedAt",
                            crate::runtime::datetime::Seed,
                        ),
                        _ => crate::runtime::skip(&mut map),
                    }?;
                }
                Ok(CreditBalanceResponse {
                    active_credits: crate::runtime::required(f0, "activeCredits")?,
                    available_balance: crate::runtime::required(f1, "availableBalance")?,
                    running_balance: crate::runtime::required(f2, "runningBalance")?,
                    inapplicable_credits: crate::runtime::required(f3, "inapplicableCredits")?,
                    unit: crate::runtime::required(f4, "unit")?,
                    last_updated_at: crate::runtime::required(f5, "lastUpdatedAt")?,
                })
            }
        }
        deserializer.deserialize_struct(
            "CreditBalanceResponse",
            FIELDS,
            CreditBalanceResponseVisitor,
        )
    }
}
impl CreditBalanceResponse {
    /// Creates a `CreditBalanceResponse` from its required fields; optional fields start empty.
    #[allow(deprecated)]
    pub fn new(
        active_credits: f64,
        available_balance: f64,
        running_balance: f64,
        inapplicable_credits: f64,
        unit: String,
        last_updated_at: chrono::DateTime<chrono::Utc>,
    ) -> Self {
        Self {
            active_credits,
            available_balance,
            running_balance,
            inapplicable_credits,
            unit,
            last_updated_at,
        }
    }
}
