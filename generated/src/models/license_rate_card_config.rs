//! The `LicenseRateCardConfig` model.
/// The `LicenseRateCardConfig` schema.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct LicenseRateCardConfig {
    /// Max allowed quantity for a particular license in a price plan
    #[serde(
        rename = "maxQuantity",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub max_quantity: Option<i64>,
    /// `maxQuantityBreachAction`
    #[serde(
        rename = "maxQuantityBreachAction",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub max_quantity_breach_action: Option<crate::models::MaxQuantityBreachAction>,
}
