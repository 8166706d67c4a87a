//! The `InvoiceDetails` model.
/// The `InvoiceDetails` schema.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct InvoiceDetails {
    /// `customer`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub customer: Option<crate::models::InvoiceDetailsCustomer>,
    /// `account`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub account: Option<crate::models::InvoiceDetailsAccount>,
    /// `pricePlanName`
    #[serde(
        rename = "pricePlanName",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub price_plan_name: Option<String>,
    /// `invoiceGroup`
    #[serde(
        rename = "invoiceGroup",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub invoice_group: Option<crate::models::InvoiceDetailsInvoiceGroup>,
    /// `organization`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub organization: Option<crate::models::InvoiceDetailsOrganization>,
    /// `logoUrl`
    #[serde(rename = "logoUrl", default, skip_serializing_if = "Option::is_none")]
    pub logo_url: Option<String>,
}
