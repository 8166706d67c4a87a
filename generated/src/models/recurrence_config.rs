//! The `RecurrenceConfig` model.

use togai_codegen_runtime as rt;

/// The `RecurrenceConfig` schema.
#[derive(Debug, Clone, Default, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
#[non_exhaustive]
pub struct RecurrenceConfig {
    /// Represents the number of pricing cycles after which the rate card will be charged
    #[serde(skip_serializing_if = "Option::is_none")]
    pub interval: Option<i64>,
    /// Represents the offset for pricing cycles after which the rate card will be charged
    #[serde(skip_serializing_if = "Option::is_none")]
    pub offset: Option<i64>,
}

rt::deserialize_struct! {
    RecurrenceConfig {
        0 interval "interval" optional,
        1 offset "offset" optional,
    }
}
impl RecurrenceConfig {
    /// A new value with every field empty (the `Default`); set them with the `with_` methods.
    pub fn new() -> Self {
        Self::default()
    }

    /// Sets `interval`; until set, it is left out.
    pub fn with_interval(mut self, value: impl Into<i64>) -> Self {
        self.interval = Some(value.into());
        self
    }

    /// Sets `offset`; until set, it is left out.
    pub fn with_offset(mut self, value: impl Into<i64>) -> Self {
        self.offset = Some(value.into());
        self
    }
}
