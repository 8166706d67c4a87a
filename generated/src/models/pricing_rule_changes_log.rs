//! The `PricingRuleChangesLog` model.

use togai_codegen_runtime as rt;

/// Pricing Rules Logs Changes
#[derive(Debug, Clone, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
#[non_exhaustive]
pub struct PricingRuleChangesLog {
    /// `key`
    pub key: String,
    /// `keyName`
    #[serde(rename = "keyName", skip_serializing_if = "Option::is_none")]
    pub key_name: Option<String>,
    /// `oldRevenue`
    #[serde(rename = "oldRevenue")]
    pub old_revenue: f64,
    /// `newRevenue`
    #[serde(rename = "newRevenue")]
    pub new_revenue: f64,
    /// `oldUsage`
    #[serde(rename = "oldUsage", skip_serializing_if = "Option::is_none")]
    pub old_usage: Option<f64>,
    /// `newUsage`
    #[serde(rename = "newUsage", skip_serializing_if = "Option::is_none")]
    pub new_usage: Option<f64>,
    /// `errorMessage`
    #[serde(rename = "errorMessage", skip_serializing_if = "Option::is_none")]
    pub error_message: Option<String>,
}

rt::deserialize_struct! {
    PricingRuleChangesLog {
        0 key "key" required,
        1 key_name "keyName" optional,
        2 old_revenue "oldRevenue" required,
        3 new_revenue "newRevenue" required,
        4 old_usage "oldUsage" optional,
        5 new_usage "newUsage" optional,
        6 error_message "errorMessage" optional,
    }
}
impl PricingRuleChangesLog {
    /// A new value from the required fields; set the others with the `with_` methods.
    pub fn new(
        key: impl Into<String>,
        old_revenue: impl Into<f64>,
        new_revenue: impl Into<f64>,
    ) -> Self {
        Self {
            key: key.into(),
            key_name: None,
            old_revenue: old_revenue.into(),
            new_revenue: new_revenue.into(),
            old_usage: None,
            new_usage: None,
            error_message: None,
        }
    }

    /// Sets `key_name` (`keyName`); until set, it is left out.
    pub fn with_key_name(mut self, value: impl Into<String>) -> Self {
        self.key_name = Some(value.into());
        self
    }

    /// Sets `old_usage` (`oldUsage`); until set, it is left out.
    pub fn with_old_usage(mut self, value: impl Into<f64>) -> Self {
        self.old_usage = Some(value.into());
        self
    }

    /// Sets `new_usage` (`newUsage`); until set, it is left out.
    pub fn with_new_usage(mut self, value: impl Into<f64>) -> Self {
        self.new_usage = Some(value.into());
        self
    }

    /// Sets `error_message` (`errorMessage`); until set, it is left out.
    pub fn with_error_message(mut self, value: impl Into<String>) -> Self {
        self.error_message = Some(value.into());
        self
    }
}
