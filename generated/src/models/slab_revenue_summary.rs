//! The `SlabRevenueSummary` model.
/// The `SlabRevenueSummary` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct SlabRevenueSummary {
    /// `order`
    pub order: i64,
    /// `usage`
    pub usage: f64,
    /// `revenue`
    pub revenue: f64,
    /// `metadata`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub metadata: Option<crate::models::SlabRevenueMetadata>,
}
#[allow(deprecated)]
impl<'de> serde::Deserialize<'de> for SlabRevenueSummary {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        const FIELDS: &[&str] = &["order", "usage", "revenue", "metadata"];
        struct SlabRevenueSummaryVisitor;
        impl<'de> serde::de::Visitor<'de> for SlabRevenueSummaryVisitor {
            type Value = SlabRevenueSummary;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("struct SlabRevenueSummary")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<SlabRevenueSummary, A::Error> {
                let mut f0: Option<i64> = None;
                let mut f1: Option<f64> = None;
                let mut f2: Option<f64> = None;
                let mut f3: Option<Option<crate::models::SlabRevenueMetadata>> = None;
                while let Some(key) = map.next_key_seed(crate::runtime::FieldSeed(FIELDS))? {
                    match key {
                        0 => crate::runtime::field(&mut map, &mut f0, "order"),
                        1 => crate::runtime::field(&mut map, &mut f1, "usage"),
                        2 => crate::runtime::field(&mut map, &mut f2, "revenue"),
                        3 => crate::runtime::field(&mut map, &mut f3, "metadata"),
                        _ => crate::runtime::skip(&mut map),
                    }?;
                }
                Ok(SlabRevenueSummary {
                    order: crate::runtime::required(f0, "order")?,
                    usage: crate::runtime::required(f1, "usage")?,
                    revenue: crate::runtime::required(f2, "revenue")?,
                    metadata: f3.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("SlabRevenueSummary", FIELDS, SlabRevenueSummaryVisitor)
    }
}
impl SlabRevenueSummary {
    /// Creates a `SlabRevenueSummary` from its required fields; optional fields start empty.
    #[allow(deprecated)]
    pub fn new(order: i64, usage: f64, revenue: f64) -> Self {
        Self {
            order,
            usage,
            revenue,
            metadata: None,
        }
    }
}
