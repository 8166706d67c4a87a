//! The `LicenseRateCardConfig` model.

use togai_codegen_runtime as rt;

/// The `LicenseRateCardConfig` schema.
#[derive(Debug, Clone, Default, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
#[non_exhaustive]
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
    LicenseRateCardConfig {
        0 max_quantity "maxQuantity" optional,
        1 max_quantity_breach_action "maxQuantityBreachAction" optional,
    }
}
impl LicenseRateCardConfig {
    /// A new value with every field empty (the `Default`); set them with the `with_` methods.
    pub fn new() -> Self {
        Self::default()
    }

    /// Sets `max_quantity` (`maxQuantity`); until set, it is left out.
    pub fn with_max_quantity(mut self, value: impl Into<i64>) -> Self {
        self.max_quantity = Some(value.into());
        self
    }

    /// Sets `max_quantity_breach_action` (`maxQuantityBreachAction`); until set, it is left out.
    pub fn with_max_quantity_breach_action(
        mut self,
        value: impl Into<crate::models::MaxQuantityBreachAction>,
    ) -> Self {
        self.max_quantity_breach_action = Some(value.into());
        self
    }
}
