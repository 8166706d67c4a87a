//! The `CreateAccountAliasRequest` model.
/// An alternative account identifier for event ingestion with a defined effective duration.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct CreateAccountAliasRequest {
    /// `value`
    pub value: String,
    /// Effective from date, if not provided, it will be set to -infinity
    #[serde(
        rename = "effectiveFrom",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::datetime::deserialize_option"
    )]
    pub effective_from: Option<chrono::DateTime<chrono::Utc>>,
    /// Effective until date, if not provided, it will be set to +infinity
    #[serde(
        rename = "effectiveUntil",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::datetime::deserialize_option"
    )]
    pub effective_until: Option<chrono::DateTime<chrono::Utc>>,
}
impl CreateAccountAliasRequest {
    /// Creates a `CreateAccountAliasRequest` from its required fields; optional fields start empty.
    #[allow(deprecated)]
    pub fn new(value: String) -> Self {
        Self {
            value,
            effective_from: None,
            effective_until: None,
        }
    }
}
