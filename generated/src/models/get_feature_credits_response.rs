//! The `GetFeatureCreditsResponse` model.

use togai_codegen_runtime as rt;

/// Get feature credits response
#[derive(Debug, Clone, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
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

rt::deserialize_struct! {
    GetFeatureCreditsResponse { 0 account_id "accountId" required, 1 feature_id
    "featureId" required, 2 granted "granted" required, 3 balance "balance" required, 4
    overage_limit "overageLimit" optional, 5 used_overage "usedOverage" required, }
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
