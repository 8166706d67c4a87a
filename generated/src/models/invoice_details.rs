//! The `InvoiceDetails` model.

use togai_codegen_runtime as rt;

/// The `InvoiceDetails` schema.
#[derive(Debug, Clone, Default, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
pub struct InvoiceDetails {
    /// `customer`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub customer: Option<crate::models::InvoiceDetailsCustomer>,
    /// `account`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub account: Option<crate::models::InvoiceDetailsAccount>,
    /// `pricePlanName`
    #[serde(rename = "pricePlanName", skip_serializing_if = "Option::is_none")]
    pub price_plan_name: Option<String>,
    /// `invoiceGroup`
    #[serde(rename = "invoiceGroup", skip_serializing_if = "Option::is_none")]
    pub invoice_group: Option<crate::models::InvoiceDetailsInvoiceGroup>,
    /// `organization`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub organization: Option<crate::models::InvoiceDetailsOrganization>,
    /// `logoUrl`
    #[serde(rename = "logoUrl", skip_serializing_if = "Option::is_none")]
    pub logo_url: Option<String>,
}

rt::deserialize_struct! {
    InvoiceDetails { 0 customer "customer" optional, 1 account "account" optional, 2
    price_plan_name "pricePlanName" optional, 3 invoice_group "invoiceGroup" optional, 4
    organization "organization" optional, 5 logo_url "logoUrl" optional, }
}
