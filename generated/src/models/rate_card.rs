//! The `RateCard` model.

use togai_codegen_runtime as rt;

/// The `RateCard` schema.
#[derive(Debug, Clone, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
pub struct RateCard {
    /// Billable identifier
    #[serde(rename = "billableId")]
    pub billable_id: String,
    /// `type`
    pub r#type: crate::models::RateCardType,
    /// Display name of the rate card
    #[serde(rename = "displayName")]
    pub display_name: String,
    /// `invoiceTiming`
    #[serde(rename = "invoiceTiming")]
    pub invoice_timing: crate::models::InvoiceTiming,
    /// `rateCardDetails`
    #[serde(rename = "rateCardDetails")]
    pub rate_card_details: crate::models::RateCardDetails,
    /// Tag for rate card
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tag: Option<String>,
    /// `name`
    pub name: String,
    /// `referenceId`
    #[serde(rename = "referenceId")]
    pub reference_id: String,
    /// `referenceType`
    #[serde(rename = "referenceType")]
    pub reference_type: String,
    /// List of currencies supported by the rate card
    #[serde(skip_serializing_if = "Option::is_none")]
    pub currencies: Option<Vec<String>>,
    /// Price plan identifier
    #[serde(rename = "pricePlanId")]
    pub price_plan_id: String,
    /// Account identifier
    #[serde(rename = "accountId", skip_serializing_if = "Option::is_none")]
    pub account_id: Option<String>,
}

rt::deserialize_struct! {
    RateCard { 0 billable_id "billableId" required, 1 r#type "type" required, 2
    display_name "displayName" required, 3 invoice_timing "invoiceTiming" required, 4
    rate_card_details "rateCardDetails" required, 5 tag "tag" optional, 6 name "name"
    required, 7 reference_id "referenceId" required, 8 reference_type "referenceType"
    required, 9 currencies "currencies" optional, 10 price_plan_id "pricePlanId"
    required, 11 account_id "accountId" optional, }
}

impl RateCard {
    /// Creates a `RateCard` from its required fields; optional fields start empty.
    #[allow(clippy::too_many_arguments)]
    #[allow(deprecated)]
    pub fn new(
        billable_id: String,
        r#type: crate::models::RateCardType,
        display_name: String,
        invoice_timing: crate::models::InvoiceTiming,
        rate_card_details: crate::models::RateCardDetails,
        name: String,
        reference_id: String,
        reference_type: String,
        price_plan_id: String,
    ) -> Self {
        Self {
            billable_id,
            r#type,
            display_name,
            invoice_timing,
            rate_card_details,
            tag: None,
            name,
            reference_id,
            reference_type,
            currencies: None,
            price_plan_id,
            account_id: None,
        }
    }
}
