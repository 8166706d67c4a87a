//! The `GetCustomerPortalDelegateTokenRequest` model.
/// Request to get delegate token for customer portal
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct GetCustomerPortalDelegateTokenRequest {
    /// Identifier of the customer
    #[serde(rename = "customerId")]
    pub customer_id: String,
    /// Identifier of the accounts under the customer for which access is requested. Maximum of 5 account ids can be provided
    #[serde(
        rename = "accountIds",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub account_ids: Option<Vec<String>>,
    /// Flag to specify if access for every account under the customer is required
    #[serde(
        rename = "allAccountsAccess",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub all_accounts_access: Option<bool>,
    /// Expiry in seconds from the time of generation.
    /// If not provided, generated token will have the expiry of the token used for requesting.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expiry: Option<i64>,
}
impl GetCustomerPortalDelegateTokenRequest {
    /// Creates a `GetCustomerPortalDelegateTokenRequest` from its required fields; optional fields start empty.
    #[allow(deprecated)]
    pub fn new(customer_id: String) -> Self {
        Self {
            customer_id,
            account_ids: None,
            all_accounts_access: None,
            expiry: None,
        }
    }
}
