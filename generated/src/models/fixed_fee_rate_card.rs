//! The `FixedFeeRateCard` model.

use togai_codegen_runtime as rt;

/// The `FixedFeeRateCard` schema.
#[derive(Debug, Clone, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
pub struct FixedFeeRateCard {
    /// Unique Identifier of the attached AddOn
    pub id: String,
    /// Name of the attached AddOn
    #[serde(rename = "displayName", skip_serializing_if = "Option::is_none")]
    pub display_name: Option<String>,
    /// Unique identifier for the rate card in a price plan. If left null it is auto-generated.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// A tag string to group fixedFeeRateCards
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tag: Option<String>,
    /// `invoiceTiming`
    #[serde(rename = "invoiceTiming", skip_serializing_if = "Option::is_none")]
    pub invoice_timing: Option<crate::models::InvoiceTiming>,
    /// `type`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub r#type: Option<crate::models::FixedFeeType>,
    /// `rateValues`
    #[serde(rename = "rateValues")]
    pub rate_values: Vec<crate::models::CurrencyRateValue>,
    /// `enableProration`
    #[serde(rename = "enableProration")]
    pub enable_proration: bool,
    /// `recurrenceConfig`
    #[serde(rename = "recurrenceConfig", skip_serializing_if = "Option::is_none")]
    pub recurrence_config: Option<crate::models::RecurrenceConfig>,
}

rt::deserialize_struct! {
    FixedFeeRateCard { 0 id "id" required, 1 display_name "displayName" optional, 2 name
    "name" optional, 3 tag "tag" optional, 4 invoice_timing "invoiceTiming" optional, 5
    r#type "type" optional, 6 rate_values "rateValues" required, 7 enable_proration
    "enableProration" required, 8 recurrence_config "recurrenceConfig" optional, }
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
