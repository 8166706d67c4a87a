//! The `FeatureDetails` model.
/// details of feature associated with event schema with attribute name
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct FeatureDetails {
    /// `featureId`
    #[serde(rename = "featureId")]
    pub feature_id: String,
    /// `attributeName`
    #[serde(rename = "attributeName")]
    pub attribute_name: String,
}
#[allow(deprecated)]
impl<'de> serde::Deserialize<'de> for FeatureDetails {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        const FIELDS: &[&str] = &["featureId", "attributeName"];
        struct FeatureDetailsVisitor;
        impl<'de> serde::de::Visitor<'de> for FeatureDetailsVisitor {
            type Value = FeatureDetails;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("struct FeatureDetails")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<FeatureDetails, A::Error> {
                let mut f0: Option<String> = None;
                let mut f1: Option<String> = None;
                while let Some(key) = map.next_key_seed(crate::runtime::FieldSeed(FIELDS))? {
                    match key {
                        0 => crate::runtime::field(&mut map, &mut f0, "featureId"),
                        1 => crate::runtime::field(&mut map, &mut f1, "attributeName"),
                        _ => crate::runtime::skip(&mut map),
                    }?;
                }
                Ok(FeatureDetails {
                    feature_id: crate::runtime::required(f0, "featureId")?,
                    attribute_name: crate::runtime::required(f1, "attributeName")?,
                })
            }
        }
        deserializer.deserialize_struct("FeatureDetails", FIELDS, FeatureDetailsVisitor)
    }
}
impl FeatureDetails {
    /// Creates a `FeatureDetails` from its required fields; optional fields start empty.
    #[allow(deprecated)]
    pub fn new(feature_id: String, attribute_name: String) -> Self {
        Self {
            feature_id,
            attribute_name,
        }
    }
}
