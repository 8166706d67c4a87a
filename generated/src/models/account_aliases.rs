//! The `AccountAliases` model.
/// The `AccountAliases` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct AccountAliases {
    /// `alias`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub alias: Option<String>,
}
impl AccountAliases {
    /// Creates a `AccountAliases` from its required fields; optional fields start empty.
    #[allow(deprecated)]
    pub fn new() -> Self {
        Self { alias: None }
    }
}
