//! The `EntitlementOverageRevenueSummary` model.
/// The `EntitlementOverageRevenueSummary` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct EntitlementOverageRevenueSummary {
    /// `revenue`
    pub revenue: f64,
}
#[allow(deprecated)]
impl<'de> serde::Deserialize<'de> for EntitlementOverageRevenueSummary {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        const FIELDS: &[&str] = &["revenue"];
        struct EntitlementOverageRevenueSummaryVisitor;
        impl<'de> serde::de::Visitor<'de> for EntitlementOverageRevenueSummaryVisitor {
            type Value = EntitlementOverageRevenueSummary;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("struct EntitlementOverageRevenueSummary")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<EntitlementOverageRevenueSummary, A::Error> {
                let mut f0: Option<f64> = None;
                while let Some(key) = map.next_key_seed(crate::runtime::FieldSeed(FIELDS))? {
                    match key {
                        0 => crate::runtime::field(&mut map, &mut f0, "revenue"),
                        _ => crate::runtime::skip(&mut map),
                    }?;
                }
                Ok(EntitlementOverageRevenueSummary {
                    revenue: crate::runtime::required(f0, "revenue")?,
                })
            }
        }
        deserializer.deserialize_struct(
            "EntitlementOverageRevenueSummary",
            FIELDS,
            EntitlementOverageRevenueSummaryVisitor,
        )
    }
}
impl EntitlementOverageRevenueSummary {
    /// Creates a `EntitlementOverageRevenueSummary` from its required fields; optional fields start empty.
    #[allow(deprecated)]
    pub fn new(revenue: f64) -> Self {
        Self { revenue }
    }
}
