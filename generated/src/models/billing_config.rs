//! The `BillingConfig` model.

use togai_codegen_runtime as rt;

/// The `BillingConfig` schema.
#[derive(Debug, Clone, Default, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
#[non_exhaustive]
pub struct BillingConfig {
    /// Represents the number of pricing cycles after which the rate card will be billed
    #[serde(skip_serializing_if = "Option::is_none")]
    pub interval: Option<i64>,
    /// Represents the offset for pricing cycles after which the rate card will be billed
    #[serde(rename = "startOffset", skip_serializing_if = "Option::is_none")]
    pub start_offset: Option<i64>,
}

rt::deserialize_struct! {
    BillingConfig {
        0 interval "interval" optional,
        1 start_offset "startOffset" optional,
    }
}
impl BillingConfig {
    /// A new value with every field empty (the `Default`); set them with the `with_` methods.
    pub fn new() -> Self {
        Self::default()
    }

    /// Sets `interval`; until set, it is left out.
    pub fn with_interval(mut self, value: impl Into<i64>) -> Self {
        self.interval = Some(value.into());
        self
    }

    /// Sets `start_offset` (`startOffset`); until set, it is left out.
    pub fn with_start_offset(mut self, value: impl Into<i64>) -> Self {
        self.start_offset = Some(value.into());
        self
    }
}
