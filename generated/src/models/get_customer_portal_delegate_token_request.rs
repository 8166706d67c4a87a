//! The `GetCustomerPortalDelegateTokenRequest` model.
/// Request to get delegate token for customer portal
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
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
#[allow(deprecated)]
impl<'de> serde::Deserialize<'de> for GetCustomerPortalDelegateTokenRequest {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        const FIELDS: &[&str] = &["customerId", "accountIds", "allAccountsAccess", "expiry"];
        struct GetCustomerPortalDelegateTokenRequestVisitor;
        impl<'de> serde::de::Visitor<'de> for GetCustomerPortalDelegateTokenRequestVisitor {
            type Value = GetCustomerPortalDelegateTokenRequest;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("struct GetCustomerPortalDelegateTokenRequest")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<GetCustomerPortalDelegateTokenRequest, A::Error> {
                let mut f0: Option<String> = None;
                let mut f1: Option<Option<Vec<String>>> = None;
                let mut f2: Option<Option<bool>> = None;
                let mut f3: Option<Option<i64>> = None;
                while let Some(key) = map.next_key_seed(crate::runtime::FieldSeed(FIELDS))? {
                    match key {
                        0 => crate::runtime::field(&mut map, &mut f0, "customerId"),
                        1 => crate::runtime::field(&mut map, &mut f1, "accountIds"),
                        2 => crate::runtime::field(&mut map, &mut f2, "allAccountsAccess"),
                        3 => crate::runtime::field(&mut map, &mut f3, "expiry"),
                        _ => crate::runtime::skip(&mut map),
                    }?;
                }
                Ok(GetCustomerPortalDelegateTokenRequest {
                    customer_id: crate::runtime::required(f0, "customerId")?,
                    account_ids: f1.unwrap_or_default(),
                    all_accounts_access: f2.unwrap_or_default(),
                    expiry: f3.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct(
            "GetCustomerPortalDelegateTokenRequest",
            FIELDS,
            GetCustomerPortalDelegateTokenRequestVisitor,
        )
    }
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
