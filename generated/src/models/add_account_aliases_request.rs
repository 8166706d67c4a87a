//! The `AddAccountAliasesRequest` model.

use togai_codegen_runtime as rt;

/// Payload to add aliases from account
#[derive(Debug, Clone, Default, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
#[non_exhaustive]
pub struct AddAccountAliasesRequest {
    /// List of aliases to add
    #[serde(skip_serializing_if = "Option::is_none")]
    pub aliases: Option<Vec<String>>,
    /// List of account aliases to add
    #[serde(rename = "accountAliases", skip_serializing_if = "Option::is_none")]
    pub account_aliases: Option<Vec<crate::models::CreateAccountAliasRequest>>,
}

rt::deserialize_struct! {
    AddAccountAliasesRequest {
        0 aliases "aliases" optional,
        1 account_aliases "accountAliases" optional,
    }
}
impl AddAccountAliasesRequest {
    /// A new value with every field empty (the `Default`); set them with the `with_` methods.
    pub fn new() -> Self {
        Self::default()
    }

    /// Sets `aliases`; until set, it is left out.
    pub fn with_aliases(mut self, value: impl Into<Vec<String>>) -> Self {
        self.aliases = Some(value.into());
        self
    }

    /// Sets `account_aliases` (`accountAliases`); until set, it is left out.
    pub fn with_account_aliases(
        mut self,
        value: impl Into<Vec<crate::models::CreateAccountAliasRequest>>,
    ) -> Self {
        self.account_aliases = Some(value.into());
        self
    }
}
