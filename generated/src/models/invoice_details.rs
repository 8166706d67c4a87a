//! The `InvoiceDetails` model.

use togai_codegen_runtime as rt;

/// The `InvoiceDetails` schema.
#[derive(Debug, Clone, Default, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
#[non_exhaustive]
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
    InvoiceDetails {
        0 customer "customer" optional,
        1 account "account" optional,
        2 price_plan_name "pricePlanName" optional,
        3 invoice_group "invoiceGroup" optional,
        4 organization "organization" optional,
        5 logo_url "logoUrl" optional,
    }
}
impl InvoiceDetails {
    /// A new value with every field empty (the `Default`); set them with the `with_` methods.
    pub fn new() -> Self {
        Self::default()
    }

    /// Sets `customer`; until set, it is left out.
    pub fn with_customer(
        mut self,
        value: impl Into<crate::models::InvoiceDetailsCustomer>,
    ) -> Self {
        self.customer = Some(value.into());
        self
    }

    /// Sets `account`; until set, it is left out.
    pub fn with_account(mut self, value: impl Into<crate::models::InvoiceDetailsAccount>) -> Self {
        self.account = Some(value.into());
        self
    }

    /// Sets `price_plan_name` (`pricePlanName`); until set, it is left out.
    pub fn with_price_plan_name(mut self, value: impl Into<String>) -> Self {
        self.price_plan_name = Some(value.into());
        self
    }

    /// Sets `invoice_group` (`invoiceGroup`); until set, it is left out.
    pub fn with_invoice_group(
        mut self,
        value: impl Into<crate::models::InvoiceDetailsInvoiceGroup>,
    ) -> Self {
        self.invoice_group = Some(value.into());
        self
    }

    /// Sets `organization`; until set, it is left out.
    pub fn with_organization(
        mut self,
        value: impl Into<crate::models::InvoiceDetailsOrganization>,
    ) -> Self {
        self.organization = Some(value.into());
        self
    }

    /// Sets `logo_url` (`logoUrl`); until set, it is left out.
    pub fn with_logo_url(mut self, value: impl Into<String>) -> Self {
        self.logo_url = Some(value.into());
        self
    }
}
