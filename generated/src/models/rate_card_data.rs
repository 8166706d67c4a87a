//! The `RateCardData` model.

use togai_codegen_runtime as rt;

/// Request to create a rate card
#[derive(Debug, Clone, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
pub struct RateCardData {
    /// Billable identifier
    #[serde(rename = "billableId")]
    pub billable_id: String,
    /// `type`
    pub r#type: crate::models::RateCardType,
    /// Display name of the rate card
    #[serde(rename = "displayName", skip_serializing_if = "Option::is_none")]
    pub display_name: Option<String>,
    /// `invoiceTiming`
    #[serde(rename = "invoiceTiming")]
    pub invoice_timing: crate::models::InvoiceTiming,
    /// `rateCardDetails`
    #[serde(rename = "rateCardDetails")]
    pub rate_card_details: crate::models::RateCardDetails,
    /// Tag for rate card
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tag: Option<String>,
}

rt::deserialize_struct! {
    RateCardData { 0 billable_id "billableId" required, 1 r#type "type" required, 2
    display_name "displayName" optional, 3 invoice_timing "invoiceTiming" required, 4
    rate_card_details "rateCardDetails" required, 5 tag "tag" optional, }
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
