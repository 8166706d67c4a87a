//! The `PricingSchedulePaginatedResponse` model.

use togai_codegen_runtime as rt;

/// The `PricingSchedulePaginatedResponse` schema.
#[derive(Debug, Clone, Default, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
#[non_exhaustive]
pub struct PricingSchedulePaginatedResponse {
    /// `data`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub data: Option<Vec<crate::models::PricingScheduleWithPricePlanId>>,
    /// `nextToken`
    #[serde(rename = "nextToken", skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
    /// `previousToken`
    #[serde(rename = "previousToken", skip_serializing_if = "Option::is_none")]
    pub previous_token: Option<String>,
}

rt::deserialize_struct! {
    PricingSchedulePaginatedResponse {
        0 data "data" optional,
        1 next_token "nextToken" optional,
        2 previous_token "previousToken" optional,
    }
}
impl PricingSchedulePaginatedResponse {
    /// A new value with every field empty (the `Default`); set them with the `with_` methods.
    pub fn new() -> Self {
        Self::default()
    }

    /// Sets `data`; until set, it is left out.
    pub fn with_data(
        mut self,
        value: impl Into<Vec<crate::models::PricingScheduleWithPricePlanId>>,
    ) -> Self {
        self.data = Some(value.into());
        self
    }

    /// Sets `next_token` (`nextToken`); until set, it is left out.
    pub fn with_next_token(mut self, value: impl Into<String>) -> Self {
        self.next_token = Some(value.into());
        self
    }

    /// Sets `previous_token` (`previousToken`); until set, it is left out.
    pub fn with_previous_token(mut self, value: impl Into<String>) -> Self {
        self.previous_token = Some(value.into());
        self
    }
}
