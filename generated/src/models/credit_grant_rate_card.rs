//! The `CreditGrantRateCard` model.

use togai_codegen_runtime as rt;

/// Credit grant rate card
#[derive(Debug, Clone, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
#[non_exhaustive]
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
    CreditGrantRateCard {
        0 id "id" required,
        1 display_name "displayName" optional,
        2 name "name" optional,
        3 tag "tag" optional,
        4 grant_details "grantDetails" required,
        5 rate_details "rateDetails" required,
        6 invoice_timing "invoiceTiming" optional,
        7 r#type "type" optional,
        8 recurrence_config "recurrenceConfig" optional,
    }
}
impl CreditGrantRateCard {
    /// A new value from the required fields; set the others with the `with_` methods.
    pub fn new(
        id: impl Into<String>,
        grant_details: impl Into<crate::models::GrantDetails>,
        rate_details: impl Into<crate::models::CreditRateDetails>,
    ) -> Self {
        Self {
            id: id.into(),
            display_name: None,
            name: None,
            tag: None,
            grant_details: grant_details.into(),
            rate_details: rate_details.into(),
            invoice_timing: None,
            r#type: None,
            recurrence_config: None,
        }
    }

    /// Sets `display_name` (`displayName`); until set, it is left out.
    pub fn with_display_name(mut self, value: impl Into<String>) -> Self {
        self.display_name = Some(value.into());
        self
    }

    /// Sets `name`; until set, it is left out.
    pub fn with_name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }

    /// Sets `tag`; until set, it is left out.
    pub fn with_tag(mut self, value: impl Into<String>) -> Self {
        self.tag = Some(value.into());
        self
    }

    /// Sets `invoice_timing` (`invoiceTiming`); until set, it is left out.
    pub fn with_invoice_timing(mut self, value: impl Into<crate::models::InvoiceTiming>) -> Self {
        self.invoice_timing = Some(value.into());
        self
    }

    /// Sets `type`; until set, it is left out.
    pub fn with_type(mut self, value: impl Into<crate::models::CreditGrantType>) -> Self {
        self.r#type = Some(value.into());
        self
    }

    /// Sets `recurrence_config` (`recurrenceConfig`); until set, it is left out.
    pub fn with_recurrence_config(
        mut self,
        value: impl Into<crate::models::RecurrenceConfig>,
    ) -> Self {
        self.recurrence_config = Some(value.into());
        self
    }
}
