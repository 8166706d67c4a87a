//! The `RateCardData` model.

use togai_codegen_runtime as rt;

/// Request to create a rate card
#[derive(Debug, Clone, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
#[non_exhaustive]
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
    RateCardData {
        0 billable_id "billableId" required,
        1 r#type "type" required,
        2 display_name "displayName" optional,
        3 invoice_timing "invoiceTiming" required,
        4 rate_card_details "rateCardDetails" required,
        5 tag "tag" optional,
    }
}
impl RateCardData {
    /// A new value from the required fields; set the others with the `with_` methods.
    pub fn new(
        billable_id: impl Into<String>,
        r#type: impl Into<crate::models::RateCardType>,
        invoice_timing: impl Into<crate::models::InvoiceTiming>,
        rate_card_details: impl Into<crate::models::RateCardDetails>,
    ) -> Self {
        Self {
            billable_id: billable_id.into(),
            r#type: r#type.into(),
            display_name: None,
            invoice_timing: invoice_timing.into(),
            rate_card_details: rate_card_details.into(),
            tag: None,
        }
    }

    /// Sets `display_name` (`displayName`); until set, it is left out.
    pub fn with_display_name(mut self, value: impl Into<String>) -> Self {
        self.display_name = Some(value.into());
        self
    }

    /// Sets `tag`; until set, it is left out.
    pub fn with_tag(mut self, value: impl Into<String>) -> Self {
        self.tag = Some(value.into());
        self
    }
}
