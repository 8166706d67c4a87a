//! The `LicenseRateCard` model.

use togai_codegen_runtime as rt;

/// The `LicenseRateCard` schema.
#[derive(Debug, Clone, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
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
    LicenseRateCard { 0 id "id" required, 1 r#type "type" optional, 2 display_name
    "displayName" optional, 3 name "name" optional, 4 tag "tag" optional, 5
    invoice_timing "invoiceTiming" optional, 6 usage_cycle "usageCycle" optional, 7
    enable_proration "enableProration" required, 8 config "config" optional, 9 rate_plan
    "ratePlan" required, 10 rate_values "rateValues" required, 11 prorated_refund_mode
    "proratedRefundMode" optional, }
}

impl LicenseRateCard {
    /// Creates a `LicenseRateCard` from its required fields; optional fields start empty.
    #[allow(deprecated)]
    pub fn new(
        id: String,
        enable_proration: bool,
        rate_plan: crate::models::RatePlan,
        rate_values: Vec<crate::models::RateValue>,
    ) -> Self {
        Self {
            id,
            r#type: None,
            display_name: None,
            name: None,
            tag: None,
            invoice_timing: None,
            usage_cycle: None,
            enable_proration,
            config: None,
            rate_plan,
            rate_values,
            prorated_refund_mode: None,
        }
    }
}
