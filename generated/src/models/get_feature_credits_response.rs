//! The `GetFeatureCreditsResponse` model.

use togai_codegen_runtime as rt;

/// Get feature credits response
#[derive(Debug, Clone, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
#[non_exhaustive]
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
    GetFeatureCreditsResponse {
        0 account_id "accountId" required,
        1 feature_id "featureId" required,
        2 granted "granted" required,
        3 balance "balance" required,
        4 overage_limit "overageLimit" optional,
        5 used_overage "usedOverage" required,
    }
}
impl GetFeatureCreditsResponse {
    /// A new value from the required fields; set the others with the `with_` methods.
    pub fn new(
        account_id: impl Into<String>,
        feature_id: impl Into<String>,
        granted: impl Into<f64>,
        balance: impl Into<f64>,
        used_overage: impl Into<f64>,
    ) -> Self {
        Self {
            account_id: account_id.into(),
            feature_id: feature_id.into(),
            granted: granted.into(),
            balance: balance.into(),
            overage_limit: None,
            used_overage: used_overage.into(),
        }
    }

    /// Sets `overage_limit` (`overageLimit`); until set, it is left out.
    pub fn with_overage_limit(mut self, value: impl Into<f64>) -> Self {
        self.overage_limit = Some(value.into());
        self
    }
}
