//! The `UpdateCustomerRequest` model.
/// Payload to update customer
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct UpdateCustomerRequest {
    /// Name of the Customer
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Primary email of the customer
    #[serde(
        rename = "primaryEmail",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub primary_email: Option<String>,
    /// `address`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub address: Option<crate::models::Address>,
}
