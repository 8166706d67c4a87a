//! The `EventPipelineInfoRevenueDetails` model.
/// The `EventPipelineInfoRevenueDetails` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
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
#[allow(deprecated)]
impl<'de> serde::Deserialize<'de> for EventPipelineInfoRevenueDetails {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        const FIELDS: &[&str] = &[
            "usageMeterId",
            "revenueBaseCurrency",
            "revenueInvoiceCurrency",
        ];
        struct EventPipelineInfoRevenueDetailsVisitor;
        impl<'de> serde::de::Visitor<'de> for EventPipelineInfoRevenueDetailsVisitor {
            type Value = EventPipelineInfoRevenueDetails;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("struct EventPipelineInfoRevenueDetails")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<EventPipelineInfoRevenueDetails, A::Error> {
                let mut f0: Option<String> = None;
                let mut f1: Option<f64> = None;
                let mut f2: Option<f64> = None;
                while let Some(key) = map.next_key_seed(crate::runtime::FieldSeed(FIELDS))? {
                    match key {
                        0 => crate::runtime::field(&mut map, &mut f0, "usageMeterId"),
                        1 => crate::runtime::field(&mut map, &mut f1, "revenueBaseCurrency"),
                        2 => crate::runtime::field(&mut map, &mut f2, "revenueInvoiceCurrency"),
                        _ => crate::runtime::skip(&mut map),
                    }?;
                }
                Ok(EventPipelineInfoRevenueDetails {
                    usage_meter_id: crate::runtime::required(f0, "usageMeterId")?,
                    revenue_base_currency: crate::runtime::required(f1, "revenueBaseCurrency")?,
                    revenue_invoice_currency: crate::runtime::required(
                        f2,
                        "revenueInvoiceCurrency",
                    )?,
                })
            }
        }
        deserializer.deserialize_struct(
            "EventPipelineInfoRevenueDetails",
            FIELDS,
            EventPipelineInfoRevenueDetailsVisitor,
        )
    }
}
impl EventPipelineInfoRevenueDetails {
    /// Creates a `EventPipelineInfoRevenueDetails` from its required fields; optional fields start empty.
    #[allow(deprecated)]
    pub fn new(
        usage_meter_id: String,
        revenue_base_currency: f64,
        revenue_invoice_currency: f64,
    ) -> Self {
        Self {
            usage_meter_id,
            revenue_base_currency,
            revenue_invoice_currency,
        }
    }
}
