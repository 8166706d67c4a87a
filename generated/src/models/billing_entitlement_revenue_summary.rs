//! The `BillingEntitlementRevenueSummary` model.
/// The `BillingEntitlementRevenueSummary` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct BillingEntitlementRevenueSummary {
    /// `revenue`
    pub revenue: f64,
}
#[allow(deprecated)]
impl<'de> serde::Deserialize<'de> for BillingEntitlementRevenueSummary {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        const FIELDS: &[&str] = &["revenue"];
        struct BillingEntitlementRevenueSummaryVisitor;
        impl<'de> serde::de::Visitor<'de> for BillingEntitlementRevenueSummaryVisitor {
            type Value = BillingEntitlementRevenueSummary;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("struct BillingEntitlementRevenueSummary")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<BillingEntitlementRevenueSummary, A::Error> {
                let mut f0: Option<f64> = None;
                while let Some(key) = map.next_key_seed(crate::runtime::FieldSeed(FIELDS))? {
                    match key {
                        0 => crate::runtime::field(&mut map, &mut f0, "revenue"),
                        _ => crate::runtime::skip(&mut map),
                    }?;
                }
                Ok(BillingEntitlementRevenueSummary {
                    revenue: crate::runtime::required(f0, "revenue")?,
                })
            }
        }
        deserializer.deserialize_struct(
            "BillingEntitlementRevenueSummary",
            FIELDS,
            BillingEntitlementRevenueSummaryVisitor,
        )
    }
}
impl BillingEntitlementRevenueSummary {
    /// Creates a `BillingEntitlementRevenueSummary` from its required fields; optional fields start empty.
    #[allow(deprecated)]
    pub fn new(revenue: f64) -> Self {
        Self { revenue }
    }
}
