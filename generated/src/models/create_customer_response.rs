//! The `CreateCustomerResponse` model.

use togai_codegen_runtime as rt;

/// The `CreateCustomerResponse` schema.
#[derive(Debug, Clone, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
#[non_exhaustive]
pub struct CreateCustomerResponse {
    /// Identifier of customer
    pub id: String,
    /// Unique identifier of customer
    #[serde(rename = "togaiCustomerId")]
    pub togai_customer_id: String,
    /// Name of the Customer
    pub name: String,
    /// Primary email of the customer
    #[serde(rename = "primaryEmail")]
    pub primary_email: String,
    /// `billingAddress`
    #[serde(rename = "billingAddress", skip_serializing_if = "Option::is_none")]
    pub billing_address: Option<String>,
    /// `address`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub address: Option<crate::models::Address>,
    /// `settings`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub settings: Option<Vec<crate::models::CreateEntitySetting>>,
    /// `account`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub account: Option<crate::models::Account>,
}

rt::deserialize_struct! {
    CreateCustomerResponse {
        0 id "id" required,
        1 togai_customer_id "togaiCustomerId" required,
        2 name "name" required,
        3 primary_email "primaryEmail" required,
        4 billing_address "billingAddress" optional,
        5 address "address" optional,
        6 settings "settings" optional,
        7 account "account" optional,
    }
}
impl CreateCustomerResponse {
    /// A new value from the required fields; set the others with the `with_` methods.
    pub fn new(
        id: impl Into<String>,
        togai_customer_id: impl Into<String>,
        name: impl Into<String>,
        primary_email: impl Into<String>,
    ) -> Self {
        Self {
            id: id.into(),
            togai_customer_id: togai_customer_id.into(),
            name: name.into(),
            primary_email: primary_email.into(),
            billing_address: None,
            address: None,
            settings: None,
            account: None,
        }
    }

    /// Sets `billing_address` (`billingAddress`); until set, it is left out.
    pub fn with_billing_address(mut self, value: impl Into<String>) -> Self {
        self.billing_address = Some(value.into());
        self
    }

    /// Sets `address`; until set, it is left out.
    pub fn with_address(mut self, value: impl Into<crate::models::Address>) -> Self {
        self.address = Some(value.into());
        self
    }

    /// Sets `settings`; until set, it is left out.
    pub fn with_settings(
        mut self,
        value: impl Into<Vec<crate::models::CreateEntitySetting>>,
    ) -> Self {
        self.settings = Some(value.into());
        self
    }

    /// Sets `account`; until set, it is left out.
    pub fn with_account(mut self, value: impl Into<crate::models::Account>) -> Self {
        self.account = Some(value.into());
        self
    }
}
