//! The `CreditGrantRevenueSummary` model.

use togai_codegen_runtime as rt;

/// The `CreditGrantRevenueSummary` schema.
#[derive(Debug, Clone, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
#[non_exhaustive]
pub struct CreditGrantRevenueSummary {
    /// `revenue`
    pub revenue: f64,
}

rt::deserialize_struct! {
    CreditGrantRevenueSummary {
        0 revenue "revenue" required,
    }
}
impl CreditGrantRevenueSummary {
    /// A new value from the required fields; set the others with the `with_` methods.
    pub fn new(revenue: impl Into<f64>) -> Self {
        Self {
            revenue: revenue.into(),
        }
    }
}
