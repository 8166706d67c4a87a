//! The `EventPipelineInfoRevenueDetails` model.

use togai_codegen_runtime as rt;

/// The `EventPipelineInfoRevenueDetails` schema.
#[derive(Debug, Clone, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
#[non_exhaustive]
pub struct EventPipelineInfoRevenueDetails {
    /// `usageMeterId`
    #[serde(rename = "usageMeterId")]
    pub usage_meter_id: String,
    /// `revenueBaseCurrency`
    #[serde(rename = "revenueBaseCurrency")]
    pub revenue_base_currency: f64,
    /// `revenueInvoiceCurrency`
    #[serde(rename = "revenueInvoiceCurrency")]
    pub revenue_invoice_currency: f64,
}

rt::deserialize_struct! {
    EventPipelineInfoRevenueDetails {
        0 usage_meter_id "usageMeterId" required,
        1 revenue_base_currency "revenueBaseCurrency" required,
        2 revenue_invoice_currency "revenueInvoiceCurrency" required,
    }
}
impl EventPipelineInfoRevenueDetails {
    /// A new value from the required fields; set the others with the `with_` methods.
    pub fn new(
        usage_meter_id: impl Into<String>,
        revenue_base_currency: impl Into<f64>,
        revenue_invoice_currency: impl Into<f64>,
    ) -> Self {
        Self {
            usage_meter_id: usage_meter_id.into(),
            revenue_base_currency: revenue_base_currency.into(),
            revenue_invoice_currency: revenue_invoice_currency.into(),
        }
    }
}
