//! The `LicenseRateCardConfig` model.

use togai_codegen_runtime as rt;

/// The `LicenseRateCardConfig` schema.
#[derive(Debug, Clone, Default, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
pub struct LicenseRateCardConfig {
    /// Max allowed quantity for a particular license in a price plan
    #[serde(rename = "maxQuantity", skip_serializing_if = "Option::is_none")]
    pub max_quantity: Option<i64>,
    /// `maxQuantityBreachAction`
    #[serde(
        rename = "maxQuantityBreachAction",
        skip_serializing_if = "Option::is_none"
    )]
    pub max_quantity_breach_action: Option<crate::models::MaxQuantityBreachAction>,
}

rt::deserialize_struct! {
    LicenseRateCardConfig { 0 max_quantity "maxQuantity" optional, 1
    max_quantity_breach_action "maxQuantityBreachAction" optional, }
}
