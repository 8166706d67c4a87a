//! The `UpdateCustomerRequest` model.

use togai_codegen_runtime as rt;

/// Payload to update customer
#[derive(Debug, Clone, Default, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
#[non_exhaustive]
pub struct UpdateCustomerRequest {
    /// Name of the Customer
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Primary email of the customer
    #[serde(rename = "primaryEmail", skip_serializing_if = "Option::is_none")]
    pub primary_email: Option<String>,
    /// `address`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub address: Option<crate::models::Address>,
}

rt::deserialize_struct! {
    UpdateCustomerRequest {
        0 name "name" optional,
        1 primary_email "primaryEmail" optional,
        2 address "address" optional,
    }
}
impl UpdateCustomerRequest {
    /// A new value with every field empty (the `Default`); set them with the `with_` methods.
    pub fn new() -> Self {
        Self::default()
    }

    /// Sets `name`; until set, it is left out.
    pub fn with_name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }

    /// Sets `primary_email` (`primaryEmail`); until set, it is left out.
    pub fn with_primary_email(mut self, value: impl Into<String>) -> Self {
        self.primary_email = Some(value.into());
        self
    }

    /// Sets `address`; until set, it is left out.
    pub fn with_address(mut self, value: impl Into<crate::models::Address>) -> Self {
        self.address = Some(value.into());
        self
    }
}
