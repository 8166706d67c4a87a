//! The `SlabRevenueWithMetadata` model.
/// The `SlabRevenueWithMetadata` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct SlabRevenueWithMetadata {
    /// `order`
    pub order: i32,
    /// `usage`
    pub usage: f64,
    /// `revenue`
    pub revenue: f64,
    /// `metadata`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub metadata: Option<std::collections::BTreeMap<String, String>>,
}
#[allow(deprecated)]
impl<'de> serde::Deserialize<'de> for SlabRevenueWithMetadata {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        const FIELDS: &[&str] = &["order", "usage", "revenue", "metadata"];
        struct SlabRevenueWithMetadataVisitor;
        impl<'de> serde::de::Visitor<'de> for SlabRevenueWithMetadataVisitor {
            type Value = SlabRevenueWithMetadata;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("struct SlabRevenueWithMetadata")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<SlabRevenueWithMetadata, A::Error> {
                let mut f0: Option<i32> = None;
                let mut f1: Option<f64> = None;
                let mut f2: Option<f64> = None;
                let mut f3: Option<Option<std::collections::BTreeMap<String, String>>> = None;
                while let Some(key) = map.next_key_seed(crate::runtime::FieldSeed(FIELDS))? {
                    match key {
                        0 => crate::runtime::field(&mut map, &mut f0, "order"),
                        1 => crate::runtime::field(&mut map, &mut f1, "usage"),
                        2 => crate::runtime::field(&mut map, &mut f2, "revenue"),
                        3 => crate::runtime::field(&mut map, &mut f3, "metadata"),
                        _ => crate::runtime::skip(&mut map),
                    }?;
                }
                Ok(SlabRevenueWithMetadata {
                    order: crate::runtime::required(f0, "order")?,
                    usage: crate::runtime::required(f1, "usage")?,
                    revenue: crate::runtime::required(f2, "revenue")?,
                    metadata: f3.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct(
            "SlabRevenueWithMetadata",
            FIELDS,
            SlabRevenueWithMetadataVisitor,
        )
    }
}
impl SlabRevenueWithMetadata {
    /// Creates a `SlabRevenueWithMetadata` from its required fields; optional fields start empty.
    #[allow(deprecated)]
    pub fn new(order: i32, usage: f64, revenue: f64) -> Self {
        Self {
            order,
            usage,
            revenue,
            metadata: None,
        }
    }
}
