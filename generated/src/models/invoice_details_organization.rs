//! The `InvoiceDetailsOrganization` model.

use togai_codegen_runtime as rt;

/// The `InvoiceDetailsOrganization` schema.
#[derive(Debug, Clone, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
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
    InvoiceDetailsOrganization { 0 business_name "businessName" required, 1 address
    "address" required, 2 primary_email "primaryEmail" required, 3 metadata "metadata"
    optional, }
}

impl InvoiceDetailsOrganization {
    /// Creates a `InvoiceDetailsOrganization` from its required fields; optional fields start empty.
    #[allow(deprecated)]
    pub fn new(
        business_name: String,
        address: crate::models::Address,
        primary_email: String,
    ) -> Self {
        Self {
            business_name,
            address,
            primary_email,
            metadata: None,
        }
    }
}
