//! The `LicenseRateCard` model.

use togai_codegen_runtime as rt;

/// The `LicenseRateCard` schema.
#[derive(Debug, Clone, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
#[non_exhaustive]
pub struct LicenseRateCard {
    /// Unique Identifier of the attached AddOn
    pub id: String,
    /// `type`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub r#type: Option<crate::models::AddOnType>,
    /// Name of the attached AddOn
    #[serde(rename = "displayName", skip_serializing_if = "Option::is_none")]
    pub display_name: Option<String>,
    /// Unique identifier for the rate card in a price plan. If left null it is auto-generated.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// A tag string to group licenseRateCards
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tag: Option<String>,
    /// `invoiceTiming`
    #[serde(rename = "invoiceTiming", skip_serializing_if = "Option::is_none")]
    pub invoice_timing: Option<crate::models::InvoiceTiming>,
    /// `usageCycle`
    #[serde(rename = "usageCycle", skip_serializing_if = "Option::is_none")]
    pub usage_cycle: Option<crate::models::UsageCycleInterval>,
    /// `enableProration`
    #[serde(rename = "enableProration")]
    pub enable_proration: bool,
    /// `config`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub config: Option<crate::models::LicenseRateCardConfig>,
    /// `ratePlan`
    #[serde(rename = "ratePlan")]
    pub rate_plan: crate::models::RatePlan,
    /// `rateValues`
    #[serde(rename = "rateValues")]
    pub rate_values: Vec<crate::models::RateValue>,
    /// `proratedRefundMode`
    #[serde(rename = "proratedRefundMode", skip_serializing_if = "Option::is_none")]
    pub prorated_refund_mode: Option<crate::models::ProratedRefundMode>,
}

rt::deserialize_struct! {
    LicenseRateCard {
        0 id "id" required,
        1 r#type "type" optional,
        2 display_name "displayName" optional,
        3 name "name" optional,
        4 tag "tag" optional,
        5 invoice_timing "invoiceTiming" optional,
        6 usage_cycle "usageCycle" optional,
        7 enable_proration "enableProration" required,
        8 config "config" optional,
        9 rate_plan "ratePlan" required,
        10 rate_values "rateValues" required,
        11 prorated_refund_mode "proratedRefundMode" optional,
    }
}
impl LicenseRateCard {
    /// A new value from the required fields; set the others with the `with_` methods.
    pub fn new(
        id: impl Into<String>,
        enable_proration: impl Into<bool>,
        rate_plan: impl Into<crate::models::RatePlan>,
        rate_values: impl Into<Vec<crate::models::RateValue>>,
    ) -> Self {
        Self {
            id: id.into(),
            r#type: None,
            display_name: None,
            name: None,
            tag: None,
            invoice_timing: None,
            usage_cycle: None,
            enable_proration: enable_proration.into(),
            config: None,
            rate_plan: rate_plan.into(),
            rate_values: rate_values.into(),
            prorated_refund_mode: None,
        }
    }

    /// Sets `type`; until set, it is left out.
    pub fn with_type(mut self, value: impl Into<crate::models::AddOnType>) -> Self {
        self.r#type = Some(value.into());
        self
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

    /// Sets `invoice_timing` (`invoiceTiming`); until set, it is left out.
    pub fn with_invoice_timing(mut self, value: impl Into<crate::models::InvoiceTiming>) -> Self {
        self.invoice_timing = Some(value.into());
        self
    }

    /// Sets `usage_cycle` (`usageCycle`); until set, it is left out.
    pub fn with_usage_cycle(mut self, value: impl Into<crate::models::UsageCycleInterval>) -> Self {
        self.usage_cycle = Some(value.into());
        self
    }

    /// Sets `config`; until set, it is left out.
    pub fn with_config(mut self, value: impl Into<crate::models::LicenseRateCardConfig>) -> Self {
        self.config = Some(value.into());
        self
    }

    /// Sets `prorated_refund_mode` (`proratedRefundMode`); until set, it is left out.
    pub fn with_prorated_refund_mode(
        mut self,
        value: impl Into<crate::models::ProratedRefundMode>,
    ) -> Self {
        self.prorated_refund_mode = Some(value.into());
        self
    }
}
