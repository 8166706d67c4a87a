//! The `LicenseRateCard` model.
/// The `LicenseRateCard` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct LicenseRateCard {
    /// Unique Identifier of the attached AddOn
    pub id: String,
    /// `type`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<crate::models::AddOnType>,
    /// Name of the attached AddOn
    #[serde(
        rename = "displayName",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub display_name: Option<String>,
    /// Unique identifier for the rate card in a price plan. If left null it is auto-generated.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// A tag string to group licenseRateCards
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tag: Option<String>,
    /// `invoiceTiming`
    #[serde(
        rename = "invoiceTiming",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub invoice_timing: Option<crate::models::InvoiceTiming>,
    /// `usageCycle`
    #[serde(
        rename = "usageCycle",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub usage_cycle: Option<crate::models::UsageCycleInterval>,
    /// `enableProration`
    #[serde(rename = "enableProration")]
    pub enable_proration: bool,
    /// `config`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub config: Option<crate::models::LicenseRateCardConfig>,
    /// `ratePlan`
    #[serde(rename = "ratePlan")]
    pub rate_plan: crate::models::RatePlan,
    /// `rateValues`
    #[serde(rename = "rateValues")]
    pub rate_values: Vec<crate::models::RateValue>,
    /// `proratedRefundMode`
    #[serde(
        rename = "proratedRefundMode",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub prorated_refund_mode: Option<crate::models::ProratedRefundMode>,
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
