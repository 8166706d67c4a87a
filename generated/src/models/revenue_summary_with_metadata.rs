//! The `RevenueSummaryWithMetadata` model.
/// The `RevenueSummaryWithMetadata` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct RevenueSummaryWithMetadata {
    /// `revenue`
    pub revenue: f64,
    /// Field: revenue is computed for all rate cards
    /// Field: slabRevenues is supported for only usage/license
    /// Field: metadata is populated based on application of rateConfig('minimumRate', 'maximumRate')
    #[serde(rename = "revenueSummary", skip_serializing_if = "Option::is_none")]
    pub revenue_summary: Option<Vec<crate::models::RevenueSummaryWithMetadata>>,
    /// `slabRevenues`
    #[serde(rename = "slabRevenues", skip_serializing_if = "Option::is_none")]
    pub slab_revenues: Option<Vec<crate::models::SlabRevenueWithMetadata>>,
    /// `metadata`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub metadata: Option<std::collections::BTreeMap<String, String>>,
}
#[allow(deprecated)]
impl<'de> serde::Deserialize<'de> for RevenueSummaryWithMetadata {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        const FIELDS: &[&str] = &["revenue", "revenueSummary", "slabRevenues", "metadata"];
        struct RevenueSummaryWithMetadataVisitor;
        impl<'de> serde::de::Visitor<'de> for RevenueSummaryWithMetadataVisitor {
            type Value = RevenueSummaryWithMetadata;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("struct RevenueSummaryWithMetadata")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<RevenueSummaryWithMetadata, A::Error> {
                let mut f0: Option<f64> = None;
                let mut f1: Option<Option<Vec<crate::models::RevenueSummaryWithMetadata>>> = None;
                let mut f2: Option<Option<Vec<crate::models::SlabRevenueWithMetadata>>> = None;
                let mut f3: Option<Option<std::collections::BTreeMap<String, String>>> = None;
                while let Some(key) = map.next_key_seed(crate::runtime::FieldSeed(FIELDS))? {
                    match key {
                        0 => crate::runtime::field(&mut map, &mut f0, "revenue"),
                        1 => crate::runtime::field(&mut map, &mut f1, "revenueSummary"),
                        2 => crate::runtime::field(&mut map, &mut f2, "slabRevenues"),
                        3 => crate::runtime::field(&mut map, &mut f3, "metadata"),
                        _ => crate::runtime::skip(&mut map),
                    }?;
                }
                Ok(RevenueSummaryWithMetadata {
                    revenue: crate::runtime::required(f0, "revenue")?,
                    revenue_summary: f1.unwrap_or_default(),
                    slab_revenues: f2.unwrap_or_default(),
                    metadata: f3.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct(
            "RevenueSummaryWithMetadata",
            FIELDS,
            RevenueSummaryWithMetadataVisitor,
        )
    }
}
impl RevenueSummaryWithMetadata {
    /// Creates a `RevenueSummaryWithMetadata` from its required fields; optional fields start empty.
    #[allow(deprecated)]
    pub fn new(revenue: f64) -> Self {
        Self {
            revenue,
            revenue_summary: None,
            slab_revenues: None,
            metadata: None,
        }
    }
}
