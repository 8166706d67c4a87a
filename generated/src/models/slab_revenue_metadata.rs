//! The `SlabRevenueMetadata` model.

use togai_codegen_runtime as rt;

/// The `SlabRevenueMetadata` schema.
#[derive(Debug, Clone, Default, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
#[non_exhaustive]
pub struct SlabRevenueMetadata {
    /// `minimumRateApplied`
    #[serde(rename = "minimumRateApplied", skip_serializing_if = "Option::is_none")]
    pub minimum_rate_applied: Option<bool>,
    /// `maximumRateApplied`
    #[serde(rename = "maximumRateApplied", skip_serializing_if = "Option::is_none")]
    pub maximum_rate_applied: Option<bool>,
    /// `packageQuantity`
    #[serde(rename = "packageQuantity", skip_serializing_if = "Option::is_none")]
    pub package_quantity: Option<i64>,
}

rt::deserialize_struct! {
    SlabRevenueMetadata {
        0 minimum_rate_applied "minimumRateApplied" optional,
        1 maximum_rate_applied "maximumRateApplied" optional,
        2 package_quantity "packageQuantity" optional,
    }
}
impl SlabRevenueMetadata {
    /// A new value with every field empty (the `Default`); set them with the `with_` methods.
    pub fn new() -> Self {
        Self::default()
    }

    /// Sets `minimum_rate_applied` (`minimumRateApplied`); until set, it is left out.
    pub fn with_minimum_rate_applied(mut self, value: impl Into<bool>) -> Self {
        self.minimum_rate_applied = Some(value.into());
        self
    }

    /// Sets `maximum_rate_applied` (`maximumRateApplied`); until set, it is left out.
    pub fn with_maximum_rate_applied(mut self, value: impl Into<bool>) -> Self {
        self.maximum_rate_applied = Some(value.into());
        self
    }

    /// Sets `package_quantity` (`packageQuantity`); until set, it is left out.
    pub fn with_package_quantity(mut self, value: impl Into<i64>) -> Self {
        self.package_quantity = Some(value.into());
        self
    }
}
