//! The `CreditGrantRevenueSummary` model.
/// The `CreditGrantRevenueSummary` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct CreditGrantRevenueSummary {
    /// `revenue`
    pub revenue: f64,
}
#[allow(deprecated)]
impl<'de> serde::Deserialize<'de> for CreditGrantRevenueSummary {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        const FIELDS: &[&str] = &["revenue"];
        struct CreditGrantRevenueSummaryVisitor;
        impl<'de> serde::de::Visitor<'de> for CreditGrantRevenueSummaryVisitor {
            type Value = CreditGrantRevenueSummary;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("struct CreditGrantRevenueSummary")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<CreditGrantRevenueSummary, A::Error> {
                let mut f0: Option<f64> = None;
                while let Some(key) = map.next_key_seed(crate::runtime::FieldSeed(FIELDS))? {
                    match key {
                        0 => crate::runtime::field(&mut map, &mut f0, "revenue"),
                        _ => crate::runtime::skip(&mut map),
                    }?;
                }
                Ok(CreditGrantRevenueSummary {
                    revenue: crate::runtime::required(f0, "revenue")?,
                })
            }
        }
        deserializer.deserialize_struct(
            "CreditGrantRevenueSummary",
            FIELDS,
            CreditGrantRevenueSummaryVisitor,
        )
    }
}
impl CreditGrantRevenueSummary {
    /// Creates a `CreditGrantRevenueSummary` from its required fields; optional fields start empty.
    #[allow(deprecated)]
    pub fn new(revenue: f64) -> Self {
        Self { revenue }
    }
}
