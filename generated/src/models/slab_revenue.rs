//! The `SlabRevenue` model.
/// The `SlabRevenue` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct SlabRevenue {
    /// `order`
    pub order: i32,
    /// `usage`
    pub usage: f64,
    /// `revenue`
    pub revenue: f64,
}
#[allow(deprecated)]
impl<'de> serde::Deserialize<'de> for SlabRevenue {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        const FIELDS: &[&str] = &["order", "usage", "revenue"];
        struct SlabRevenueVisitor;
        impl<'de> serde::de::Visitor<'de> for SlabRevenueVisitor {
            type Value = SlabRevenue;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("struct SlabRevenue")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<SlabRevenue, A::Error> {
                let mut f0: Option<i32> = None;
                let mut f1: Option<f64> = None;
                let mut f2: Option<f64> = None;
                while let Some(key) = map.next_key_seed(crate::runtime::FieldSeed(FIELDS))? {
                    match key {
                        0 => crate::runtime::field(&mut map, &mut f0, "order"),
                        1 => crate::runtime::field(&mut map, &mut f1, "usage"),
                        2 => crate::runtime::field(&mut map, &mut f2, "revenue"),
                        _ => crate::runtime::skip(&mut map),
                    }?;
                }
                Ok(SlabRevenue {
                    order: crate::runtime::required(f0, "order")?,
                    usage: crate::runtime::required(f1, "usage")?,
                    revenue: crate::runtime::required(f2, "revenue")?,
                })
            }
        }
        deserializer.deserialize_struct("SlabRevenue", FIELDS, SlabRevenueVisitor)
    }
}
impl SlabRevenue {
    /// Creates a `SlabRevenue` from its required fields; optional fields start empty.
    #[allow(deprecated)]
    pub fn new(order: i32, usage: f64, revenue: f64) -> Self {
        Self {
            order,
            usage,
            revenue,
        }
    }
}
