//! The `LicenseUpdate` model.
/// License update
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct LicenseUpdate {
    /// `licenseId`
    #[serde(rename = "licenseId")]
    pub license_id: String,
    /// `accountId`
    #[serde(rename = "accountId")]
    pub account_id: String,
    /// Absolute quantity of the license
    pub quantity: f64,
    /// `effectiveFrom`
    #[serde(
        rename = "effectiveFrom",
        deserialize_with = "crate::runtime::datetime::deserialize"
    )]
    pub effective_from: chrono::DateTime<chrono::Utc>,
    /// `metadata`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub metadata: Option<std::collections::BTreeMap<String, String>>,
}
impl LicenseUpdate {
    /// Creates a `LicenseUpdate` from its required fields; optional fields start empty.
    #[allow(deprecated)]
    pub fn new(
        license_id: String,
        account_id: String,
        quantity: f64,
        effective_from: chrono::DateTime<chrono::Utc>,
    ) -> Self {
        Self {
            license_id,
            account_id,
            quantity,
            effective_from,
            metadata: None,
        }
    }
}
