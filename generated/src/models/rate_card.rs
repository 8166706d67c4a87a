//! The `RateCard` model.

use togai_codegen_runtime as rt;

/// The `RateCard` schema.
#[derive(Debug, Clone, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
#[non_exhaustive]
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
    RateCard {
        0 billable_id "billableId" required,
        1 r#type "type" required,
        2 display_name "displayName" required,
        3 invoice_timing "invoiceTiming" required,
        4 rate_card_details "rateCardDetails" required,
        5 tag "tag" optional,
        6 name "name" required,
        7 reference_id "referenceId" required,
        8 reference_type "referenceType" required,
        9 currencies "currencies" optional,
        10 price_plan_id "pricePlanId" required,
        11 account_id "accountId" optional,
    }
}
impl RateCard {
    /// A new value from the required fields; set the others with the `with_` methods.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        billable_id: impl Into<String>,
        r#type: impl Into<crate::models::RateCardType>,
        display_name: impl Into<String>,
        invoice_timing: impl Into<crate::models::InvoiceTiming>,
        rate_card_details: impl Into<crate::models::RateCardDetails>,
        name: impl Into<String>,
        reference_id: impl Into<String>,
        reference_type: impl Into<String>,
        price_plan_id: impl Into<String>,
    ) -> Self {
        Self {
            billable_id: billable_id.into(),
            r#type: r#type.into(),
            display_name: display_name.into(),
            invoice_timing: invoice_timing.into(),
            rate_card_details: rate_card_details.into(),
            tag: None,
            name: name.into(),
            reference_id: reference_id.into(),
            reference_type: reference_type.into(),
            currencies: None,
            price_plan_id: price_plan_id.into(),
            account_id: None,
        }
    }

    /// Sets `tag`; until set, it is left out.
    pub fn with_tag(mut self, value: impl Into<String>) -> Self {
        self.tag = Some(value.into());
        self
    }

    /// Sets `currencies`; until set, it is left out.
    pub fn with_currencies(mut self, value: impl Into<Vec<String>>) -> Self {
        self.currencies = Some(value.into());
        self
    }

    /// Sets `account_id` (`accountId`); until set, it is left out.
    pub fn with_account_id(mut self, value: impl Into<String>) -> Self {
        self.account_id = Some(value.into());
        self
    }
}
