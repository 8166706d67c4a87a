//! The `RateCardData` model.
/// Request to create a rate card
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct RateCardData {
    /// Billable identifier
    #[serde(rename = "billableId")]
    pub billable_id: String,
    /// `type`
    pub r#type: crate::models::RateCardType,
    /// Display name of the rate card
    #[serde(
        rename = "displayName",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub display_name: Option<String>,
    /// `invoiceTiming`
    #[serde(rename = "invoiceTiming")]
    pub invoice_timing: crate::models::InvoiceTiming,
    /// `rateCardDetails`
    #[serde(rename = "rateCardDetails")]
    pub rate_card_details: crate::models::RateCardDetails,
    /// Tag for rate card
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tag: Option<String>,
}
impl RateCardData {
    /// Creates a `RateCardData` from its required fields; optional fields start empty.
    #[allow(deprecated)]
    pub fn new(
        billable_id: String,
        r#type: crate::models::RateCardType,
        invoice_timing: crate::models::InvoiceTiming,
        rate_card_details: crate::models::RateCardDetails,
    ) -> Self {
        Self {
            billable_id,
            r#type,
            display_name: None,
            invoice_timing,
            rate_card_details,
            tag: None,
        }
    }
}
