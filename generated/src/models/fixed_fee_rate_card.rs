//! The `FixedFeeRateCard` model.

use togai_codegen_runtime as rt;

/// The `FixedFeeRateCard` schema.
#[derive(Debug, Clone, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
#[non_exhaustive]
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
    FixedFeeRateCard {
        0 id "id" required,
        1 display_name "displayName" optional,
        2 name "name" optional,
        3 tag "tag" optional,
        4 invoice_timing "invoiceTiming" optional,
        5 r#type "type" optional,
        6 rate_values "rateValues" required,
        7 enable_proration "enableProration" required,
        8 recurrence_config "recurrenceConfig" optional,
    }
}
impl FixedFeeRateCard {
    /// A new value from the required fields; set the others with the `with_` methods.
    pub fn new(
        id: impl Into<String>,
        rate_values: impl Into<Vec<crate::models::CurrencyRateValue>>,
        enable_proration: impl Into<bool>,
    ) -> Self {
        Self {
            id: id.into(),
            display_name: None,
            name: None,
            tag: None,
            invoice_timing: None,
            r#type: None,
            rate_values: rate_values.into(),
            enable_proration: enable_proration.into(),
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
    pub fn with_type(mut self, value: impl Into<crate::models::FixedFeeType>) -> Self {
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
