//! The `FixedFeeRateCard` model.
/// The `FixedFeeRateCard` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct FixedFeeRateCard {
    /// Unique Identifier of the attached AddOn
    pub id: String,
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
    /// A tag string to group fixedFeeRateCards
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tag: Option<String>,
    /// `invoiceTiming`
    #[serde(
        rename = "invoiceTiming",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub invoice_timing: Option<crate::models::InvoiceTiming>,
    /// `type`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<crate::models::FixedFeeType>,
    /// `rateValues`
    #[serde(rename = "rateValues")]
    pub rate_values: Vec<crate::models::CurrencyRateValue>,
    /// `enableProration`
    #[serde(rename = "enableProration")]
    pub enable_proration: bool,
    /// `recurrenceConfig`
    #[serde(
        rename = "recurrenceConfig",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub recurrence_config: Option<crate::models::RecurrenceConfig>,
}
impl FixedFeeRateCard {
    /// Creates a `FixedFeeRateCard` from its required fields; optional fields start empty.
    #[allow(deprecated)]
    pub fn new(
        id: String,
        rate_values: Vec<crate::models::CurrencyRateValue>,
        enable_proration: bool,
    ) -> Self {
        Self {
            id,
            display_name: None,
            name: None,
            tag: None,
            invoice_timing: None,
            r#type: None,
            rate_values,
            enable_proration,
            recurrence_config: None,
        }
    }
}
