//! The `FeatureConfig` model.
/// Feature configuration object
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct FeatureConfig {
    /// `effectiveFrom`
    #[serde(rename = "effectiveFrom", skip_serializing_if = "Option::is_none")]
    pub effective_from: Option<String>,
    /// `effectiveUntil`
    #[serde(rename = "effectiveUntil")]
    pub effective_until: String,
    /// `featureCreditLimit`
    #[serde(rename = "featureCreditLimit")]
    pub feature_credit_limit: f64,
}
#[allow(deprecated)]
impl<'de> serde::Deserialize<'de> for FeatureConfig {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        const FIELDS: &[&str] = &["effectiveFrom", "effectiveUntil", "featureCreditLimit"];
        struct FeatureConfigVisitor;
        impl<'de> serde::de::Visitor<'de> for FeatureConfigVisitor {
            type Value = FeatureConfig;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("struct FeatureConfig")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<FeatureConfig, A::Error> {
                let mut f0: Option<Option<String>> = None;
                let mut f1: Option<String> = None;
                let mut f2: Option<f64> = None;
                while let Some(key) = map.next_key_seed(crate::runtime::FieldSeed(FIELDS))? {
                    match key {
                        0 => crate::runtime::field(&mut map, &mut f0, "effectiveFrom"),
                        1 => crate::runtime::field(&mut map, &mut f1, "effectiveUntil"),
                        2 => crate::runtime::field(&mut map, &mut f2, "featureCreditLimit"),
                        _ => crate::runtime::skip(&mut map),
                    }?;
                }
                Ok(FeatureConfig {
                    effective_from: f0.unwrap_or_default(),
                    effective_until: crate::runtime::required(f1, "effectiveUntil")?,
                    feature_credit_limit: crate::runtime::required(f2, "featureCreditLimit")?,
                })
            }
        }
        deserializer.deserialize_struct("FeatureConfig", FIELDS, FeatureConfigVisitor)
    }
}
impl FeatureConfig {
    /// Creates a `FeatureConfig` from its required fields; optional fields start empty.
    #[allow(deprecated)]
    pub fn new(effective_until: String, feature_credit_limit: f64) -> Self {
        Self {
            effective_from: None,
            effective_until,
            feature_credit_limit,
        }
    }
}
