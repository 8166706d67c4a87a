//! The `EntitlementOverageRateCard` model.

use togai_codegen_runtime as rt;

/// The `EntitlementOverageRateCard` schema.
#[derive(Debug, Clone, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
#[non_exhaustive]
pub struct EntitlementOverageRateCard {
    /// Unique Identifier of the attached Feature
    #[serde(rename = "featureId")]
    pub feature_id: String,
    /// Name to be displayed during invoice
    #[serde(rename = "displayName", skip_serializing_if = "Option::is_none")]
    pub display_name: Option<String>,
    /// Unique identifier for the rate card in a price plan. If left null it is auto-generated.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// A tag string to group rate cards
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tag: Option<String>,
    /// Maximum quantity allowed for the feature, if not specified, unlimited quantity is allowed
    #[serde(rename = "maxQuantity", skip_serializing_if = "Option::is_none")]
    pub max_quantity: Option<f64>,
    /// `ratePlan`
    #[serde(rename = "ratePlan")]
    pub rate_plan: crate::models::RatePlan,
    /// `rateValues`
    #[serde(rename = "rateValues")]
    pub rate_values: Vec<crate::models::RateValue>,
    /// `billingConfig`
    #[serde(rename = "billingConfig", skip_serializing_if = "Option::is_none")]
    pub billing_config: Option<crate::models::BillingConfig>,
}

rt::deserialize_struct! {
    EntitlementOverageRateCard {
        0 feature_id "featureId" required,
        1 display_name "displayName" optional,
        2 name "name" optional,
        3 tag "tag" optional,
        4 max_quantity "maxQuantity" optional,
        5 rate_plan "ratePlan" required,
        6 rate_values "rateValues" required,
        7 billing_config "billingConfig" optional,
    }
}
impl EntitlementOverageRateCard {
    /// A new value from the required fields; set the others with the `with_` methods.
    pub fn new(
        feature_id: impl Into<String>,
        rate_plan: impl Into<crate::models::RatePlan>,
        rate_values: impl Into<Vec<crate::models::RateValue>>,
    ) -> Self {
        Self {
            feature_id: feature_id.into(),
            display_name: None,
            name: None,
            tag: None,
            max_quantity: None,
            rate_plan: rate_plan.into(),
            rate_values: rate_values.into(),
            billing_config: None,
        }
    }

    /// Sets `display_name` (`displayName`); until set, it is left out.
    pub fn with_display_name(mut self, value: impl Into<String>) -> Self {
        self.display_name = Some(value.into());
        self
    }

    /// Sets `name`; until set, it is left out.
    pub fn with_name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }

    /// Sets `tag`; until set, it is left out.
    pub fn with_tag(mut self, value: impl Into<String>) -> Self {
        self.tag = Some(value.into());
        self
    }

    /// Sets `max_quantity` (`maxQuantity`); until set, it is left out.
    pub fn with_max_quantity(mut self, value: impl Into<f64>) -> Self {
        self.max_quantity = Some(value.into());
        self
    }

    /// Sets `billing_config` (`billingConfig`); until set, it is left out.
    pub fn with_billing_config(mut self, value: impl Into<crate::models::BillingConfig>) -> Self {
        self.billing_config = Some(value.into());
        self
    }
}
