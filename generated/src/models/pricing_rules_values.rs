//! The `PricingRulesValues` model.

use togai_codegen_runtime as rt;

/// The `PricingRulesValues` schema.
#[derive(Debug, Clone, Default, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
#[non_exhaustive]
pub struct PricingRulesValues {
    /// `name`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// `value`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub value: Option<String>,
}

rt::deserialize_struct! {
    PricingRulesValues {
        0 name "name" optional,
        1 value "value" optional,
    }
}
impl PricingRulesValues {
    /// A new value with every field empty (the `Default`); set them with the `with_` methods.
    pub fn new() -> Self {
        Self::default()
    }

    /// Sets `name`; until set, it is left out.
    pub fn with_name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }

    /// Sets `value`; until set, it is left out.
    pub fn with_value(mut self, value: impl Into<String>) -> Self {
        self.value = Some(value.into());
        self
    }
}
