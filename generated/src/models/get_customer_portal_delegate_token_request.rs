//! The `GetCustomerPortalDelegateTokenRequest` model.

use togai_codegen_runtime as rt;

/// Request to get delegate token for customer portal
#[derive(Debug, Clone, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
#[non_exhaustive]
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
    GetCustomerPortalDelegateTokenRequest {
        0 customer_id "customerId" required,
        1 account_ids "accountIds" optional,
        2 all_accounts_access "allAccountsAccess" optional,
        3 expiry "expiry" optional,
    }
}
impl GetCustomerPortalDelegateTokenRequest {
    /// A new value from the required fields; set the others with the `with_` methods.
    pub fn new(customer_id: impl Into<String>) -> Self {
        Self {
            customer_id: customer_id.into(),
            account_ids: None,
            all_accounts_access: None,
            expiry: None,
        }
    }

    /// Sets `account_ids` (`accountIds`); until set, it is left out.
    pub fn with_account_ids(mut self, value: impl Into<Vec<String>>) -> Self {
        self.account_ids = Some(value.into());
        self
    }

    /// Sets `all_accounts_access` (`allAccountsAccess`); until set, it is left out.
    pub fn with_all_accounts_access(mut self, value: impl Into<bool>) -> Self {
        self.all_accounts_access = Some(value.into());
        self
    }

    /// Sets `expiry`; until set, it is left out.
    pub fn with_expiry(mut self, value: impl Into<i64>) -> Self {
        self.expiry = Some(value.into());
        self
    }
}
