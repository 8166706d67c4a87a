//! The `GetCustomerPortalDelegateTokenRequest` model.

use togai_codegen_runtime as rt;

/// Request to get delegate token for customer portal
#[derive(Debug, Clone, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
pub struct GetCustomerPortalDelegateTokenRequest {
    /// Identifier of the customer
    #[serde(rename = "customerId")]
    pub customer_id: String,
    /// Identifier of the accounts under the customer for which access is requested. Maximum of 5 account ids can be provided
    #[serde(rename = "accountIds", skip_serializing_if = "Option::is_none")]
    pub account_ids: Option<Vec<String>>,
    /// Flag to specify if access for every account under the customer is required
    #[serde(rename = "allAccountsAccess", skip_serializing_if = "Option::is_none")]
    pub all_accounts_access: Option<bool>,
    /// Expiry in seconds from the time of generation.
    /// If not provided, generated token will have the expiry of the token used for requesting.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub expiry: Option<i64>,
}

rt::deserialize_struct! {
    GetCustomerPortalDelegateTokenRequest { 0 customer_id "customerId" required, 1
    account_ids "accountIds" optional, 2 all_accounts_access "allAccountsAccess"
    optional, 3 expiry "expiry" optional, }
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
