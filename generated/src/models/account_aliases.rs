//! The `AccountAliases` model.
/// The `AccountAliases` schema.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct AccountAliases {
    /// `alias`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub alias: Option<String>,
}
