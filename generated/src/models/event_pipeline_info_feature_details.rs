//! The `EventPipelineInfoFeatureDetails` model.
/// The `EventPipelineInfoFeatureDetails` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct EventPipelineInfoFeatureDetails {
    /// `featureId`
    #[serde(rename = "featureId")]
    pub feature_id: String,
    /// `mappedAttribute`
    #[serde(rename = "mappedAttribute")]
    pub mapped_attribute: String,
    /// `overageInCycle`
    #[serde(rename = "overageInCycle", skip_serializing_if = "Option::is_none")]
    pub overage_in_cycle: Option<f64>,
    /// `overageInEvent`
    #[serde(rename = "overageInEvent", skip_serializing_if = "Option::is_none")]
    pub overage_in_event: Option<f64>,
}
#[allow(deprecated)]
impl<'de> serde::Deserialize<'de> for EventPipelineInfoFeatureDetails {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        const FIELDS: &[&str] = &[
            "featureId",
            "mappedAttribute",
            "overageInCycle",
            "overageInEvent",
        ];
        struct EventPipelineInfoFeatureDetailsVisitor;
        impl<'de> serde::de::Visitor<'de> for EventPipelineInfoFeatureDetailsVisitor {
            type Value = EventPipelineInfoFeatureDetails;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("struct EventPipelineInfoFeatureDetails")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<EventPipelineInfoFeatureDetails, A::Error> {
                let mut f0: Option<String> = None;
                let mut f1: Option<String> = None;
                let mut f2: Option<Option<f64>> = None;
                let mut f3: Option<Option<f64>> = None;
                while let Some(key) = map.next_key_seed(crate::runtime::FieldSeed(FIELDS))? {
                    match key {
                        0 => crate::runtime::field(&mut map, &mut f0, "featureId"),
                        1 => crate::runtime::field(&mut map, &mut f1, "mappedAttribute"),
                        2 => crate::runtime::field(&mut map, &mut f2, "overageInCycle"),
                        3 => crate::runtime::field(&mut map, &mut f3, "overageInEvent"),
                        _ => crate::runtime::skip(&mut map),
                    }?;
                }
                Ok(EventPipelineInfoFeatureDetails {
                    feature_id: crate::runtime::required(f0, "featureId")?,
                    mapped_attribute: crate::runtime::required(f1, "mappedAttribute")?,
                    overage_in_cycle: f2.unwrap_or_default(),
                    overage_in_event: f3.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct(
            "EventPipelineInfoFeatureDetails",
            FIELDS,
            EventPipelineInfoFeatureDetailsVisitor,
        )
    }
}
impl EventPipelineInfoFeatureDetails {
    /// Creates a `EventPipelineInfoFeatureDetails` from its required fields; optional fields start empty.
    #[allow(deprecated)]
    pub fn new(feature_id: String, mapped_attribute: String) -> Self {
        Self {
            feature_id,
            mapped_attribute,
            overage_in_cycle: None,
            overage_in_event: None,
        }
    }
}
