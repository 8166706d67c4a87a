//! The `AccountAliases` model.

use togai_codegen_runtime as rt;

/// The `AccountAliases` schema.
#[derive(Debug, Clone, Default, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
#[non_exhaustive]
pub struct AccountAliases {
    /// `alias`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub alias: Option<String>,
}

rt::deserialize_struct! {
    AccountAliases {
        0 alias "alias" optional,
    }
}
impl AccountAliases {
    /// A new value with every field empty (the `Default`); set them with the `with_` methods.
    pub fn new() -> Self {
        Self::default()
    }

    /// Sets `alias`; until set, it is left out.
    pub fn with_alias(mut self, value: impl Into<String>) -> Self {
        self.alias = Some(value.into());
        self
    }
}
