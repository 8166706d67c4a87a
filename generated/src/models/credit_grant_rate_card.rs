//! The `CreditGrantRateCard` model.

use togai_codegen_runtime as rt;

/// Credit grant rate card
#[derive(Debug, Clone, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
pub struct CreditGrantRateCard {
    /// `id`
    pub id: String,
    /// `displayName`
    #[serde(rename = "displayName", skip_serializing_if = "Option::is_none")]
    pub display_name: Option<String>,
    /// Unique identifier for the rate card in a price plan. If left null it is auto-generated.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// A tag string to group creditGrantRateCard
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tag: Option<String>,
    /// `grantDetails`
    #[serde(rename = "grantDetails")]
    pub grant_details: crate::models::GrantDetails,
    /// `rateDetails`
    #[serde(rename = "rateDetails")]
    pub rate_details: crate::models::CreditRateDetails,
    /// `invoiceTiming`
    #[serde(rename = "invoiceTiming", skip_serializing_if = "Option::is_none")]
    pub invoice_timing: Option<crate::models::InvoiceTiming>,
    /// `type`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub r#type: Option<crate::models::CreditGrantType>,
    /// `recurrenceConfig`
    #[serde(rename = "recurrenceConfig", skip_serializing_if = "Option::is_none")]
    pub recurrence_config: Option<crate::models::RecurrenceConfig>,
}

rt::deserialize_struct! {
    CreditGrantRateCard { 0 id "id" required, 1 display_name "displayName" optional, 2
    name "name" optional, 3 tag "tag" optional, 4 grant_details "grantDetails" required,
    5 rate_details "rateDetails" required, 6 invoice_timing "invoiceTiming" optional, 7
    r#type "type" optional, 8 recurrence_config "recurrenceConfig" optional, }
}

impl CreditGrantRateCard {
    /// Creates a `CreditGrantRateCard` from its required fields; optional fields start empty.
    #[allow(deprecated)]
    pub fn new(
        id: String,
        grant_details: crate::models::GrantDetails,
        rate_details: crate::models::CreditRateDetails,
    ) -> Self {
        Self {
            id,
            display_name: None,
            name: None,
            tag: None,
            grant_details,
            rate_details,
            invoice_timing: None,
            r#type: None,
            recurrence_config: None,
        }
    }
}
