//! The `GetFeatureCreditsResponse` model.
/// Get feature credits response
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct GetFeatureCreditsResponse {
    /// `accountId`
    #[serde(rename = "accountId")]
    pub account_id: String,
    /// `featureId`
    #[serde(rename = "featureId")]
    pub feature_id: String,
    /// `granted`
    pub granted: f64,
    /// `balance`
    pub balance: f64,
    /// `overageLimit`
    #[serde(rename = "overageLimit", skip_serializing_if = "Option::is_none")]
    pub overage_limit: Option<f64>,
    /// `usedOverage`
    #[serde(rename = "usedOverage")]
    pub used_overage: f64,
}
#[allow(deprecated)]
impl<'de> serde::Deserialize<'de> for GetFeatureCreditsResponse {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        const FIELDS: &[&str] = &[
            "accountId",
            "featureId",
            "granted",
            "balance",
            "overageLimit",
            "usedOverage",
        ];
        struct GetFeatureCreditsResponseVisitor;
        impl<'de> serde::de::Visitor<'de> for GetFeatureCreditsResponseVisitor {
            type Value = GetFeatureCreditsResponse;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("struct GetFeatureCreditsResponse")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<GetFeatureCreditsResponse, A::Error> {
                let mut f0: Option<String> = None;
                let mut f1: Option<String> = None;
                let mut f2: Option<f64> = None;
                let mut f3: Option<f64> = None;
                let mut f4: Option<Option<f64>> = None;
                let mut f5: Option<f64> = None;
                while let Some(key) = map.next_key_seed(crate::runtime::FieldSeed(FIELDS))? {
                    match key {
                        0 => crate::runtime::field(&mut map, &mut f0, "accountId"),
                        1 => crate::runtime::field(&mut map, &mut f1, "featureId"),
                        2 => crate::runtime::field(&mut map, &mut f2, "granted"),
                        3 => crate::runtime::field(&mut map, &mut f3, "balance"),
                        4 => crate::runtime::field(&mut map, &mut f4, "overageLimit"),
                        5 => crate::runtime::field(&mut map, &mut f5, "usedOverage"),
                        _ => crate::runtime::skip(&mut map),
                    }?;
                }
                Ok(GetFeatureCreditsResponse {
                    account_id: crate::runtime::required(f0, "accountId")?,
                    feature_id: crate::runtime::required(f1, "featureId")?,
                    granted: crate::runtime::required(f2, "granted")?,
                    balance: crate::runtime::required(f3, "balance")?,
                    overage_limit: f4.unwrap_or_default(),
                    used_overage: crate::runtime::required(f5, "usedOverage")?,
                })
            }
        }
        deserializer.deserialize_struct(
            "GetFeatureCreditsResponse",
            FIELDS,
            GetFeatureCreditsResponseVisitor,
        )
    }
}
impl GetFeatureCreditsResponse {
    /// Creates a `GetFeatureCreditsResponse` from its required fields; optional fields start empty.
    #[allow(deprecated)]
    pub fn new(
        account_id: String,
        feature_id: String,
        granted: f64,
        balance: f64,
        used_overage: f64,
    ) -> Self {
        Self {
            account_id,
            feature_id,
            granted,
            balance,
            overage_limit: None,
            used_overage,
        }
    }
}
