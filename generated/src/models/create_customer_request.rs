//! The `CreateCustomerRequest` model.
/// Payload to create customer
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct CreateCustomerRequest {
    /// Customer identifier
    pub id: String,
    /// Name of the Customer
    pub name: String,
    /// Primary email of the customer
    #[serde(rename = "primaryEmail")]
    pub primary_email: String,
    /// `address`
    pub address: crate::models::Address,
    /// `settings`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub settings: Option<Vec<crate::models::CreateEntitySetting>>,
    /// `account`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub account: Option<crate::models::CreateAccountRequestWithoutCustomerId>,
}
impl CreateCustomerRequest {
    /// Creates a `CreateCustomerRequest` from its required fields; optional fields start empty.
    #[allow(deprecated)]
    pub fn new(
        id: String,
        name: String,
        primary_email: String,
        address: crate::models::Address,
    ) -> Self {
        Self {
            id,
            name,
            primary_email,
            address,
            settings: None,
            account: None,
        }
    }
}
