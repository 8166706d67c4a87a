//! The `InvoiceDetailsOrganization` model.

use togai_codegen_runtime as rt;

/// The `InvoiceDetailsOrganization` schema.
#[derive(Debug, Clone, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
#[non_exhaustive]
pub struct InvoiceDetailsOrganization {
    /// `businessName`
    #[serde(rename = "businessName")]
    pub business_name: String,
    /// `address`
    pub address: crate::models::Address,
    /// `primaryEmail`
    #[serde(rename = "primaryEmail")]
    pub primary_email: String,
    /// `metadata`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub metadata: Option<std::collections::BTreeMap<String, String>>,
}

rt::deserialize_struct! {
    InvoiceDetailsOrganization {
        0 business_name "businessName" required,
        1 address "address" required,
        2 primary_email "primaryEmail" required,
        3 metadata "metadata" optional,
    }
}
impl InvoiceDetailsOrganization {
    /// A new value from the required fields; set the others with the `with_` methods.
    pub fn new(
        business_name: impl Into<String>,
        address: impl Into<crate::models::Address>,
        primary_email: impl Into<String>,
    ) -> Self {
        Self {
            business_name: business_name.into(),
            address: address.into(),
            primary_email: primary_email.into(),
            metadata: None,
        }
    }

    /// Sets `metadata`; until set, it is left out.
    pub fn with_metadata(
        mut self,
        value: impl Into<std::collections::BTreeMap<String, String>>,
    ) -> Self {
        self.metadata = Some(value.into());
        self
    }
}
