//! The `CreditGrantRateCard` model.
/// Credit grant rate card
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct CreditGrantRateCard {
    /// `id`
    pub id: String,
    /// `displayName`
    #[serde(
        rename = "displayName",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub display_name: Option<String>,
    /// Unique identifier for the rate card in a price plan. If left null it is auto-generated.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// A tag string to group creditGrantRateCard
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tag: Option<String>,
    /// `grantDetails`
    #[serde(rename = "grantDetails")]
    pub grant_details: crate::models::GrantDetails,
    /// `rateDetails`
    #[serde(rename = "rateDetails")]
    pub rate_details: crate::models::CreditRateDetails,
    /// `invoiceTiming`
    #[serde(
        rename = "invoiceTiming",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub invoice_timing: Option<crate::models::InvoiceTiming>,
    /// `type`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<crate::models::CreditGrantType>,
    /// `recurrenceConfig`
    #[serde(
        rename = "recurrenceConfig",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub recurrence_config: Option<crate::models::RecurrenceConfig>,
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
