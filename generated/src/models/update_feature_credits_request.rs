//! The `UpdateFeatureCreditsRequest` model.
/// The `UpdateFeatureCreditsRequest` schema.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
pub struct UpdateFeatureCreditsRequest {
    /// Expiry date-time for a feature credits entry
    #[serde(rename = "effectiveUntil", skip_serializing_if = "Option::is_none")]
    pub effective_until: Option<chrono::DateTime<chrono::Utc>>,
    /// Granted units for a feature credits entry
    #[serde(skip_serializing_if = "Option::is_none")]
    pub granted: Option<f64>,
}
#[allow(deprecated)]
impl<'de> serde::Deserialize<'de> for UpdateFeatureCreditsRequest {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        const FIELDS: &[&str] = &["effectiveUntil", "granted"];
        struct UpdateFeatureCreditsRequestVisitor;
        impl<'de> serde::de::Visitor<'de> for UpdateFeatureCreditsRequestVisitor {
            type Value = UpdateFeatureCreditsRequest;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("struct UpdateFeatureCreditsRequest")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<UpdateFeatureCreditsRequest, A::Error> {
                let mut f0: Option<Option<chrono::DateTime<chrono::Utc>>> = None;
                let mut f1: Option<Option<f64>> = None;
                while let Some(key) = map.next_key_seed(crate::runtime::FieldSeed(FIELDS))? {
                    match key {
                        0 => crate::runtime::field_seed(
                            &mut map,
                            &mut f0,
                            "effectiveUntil",
                            crate::runtime::datetime::OptionSeed,
                        ),
                        1 => crate::runtime::field(&mut map, &mut f1, "granted"),
                        _ => crate::runtime::skip(&mut map),
                    }?;
                }
                Ok(UpdateFeatureCreditsRequest {
                    effective_until: f0.unwrap_or_default(),
                    granted: f1.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct(
            "UpdateFeatureCreditsRequest",
            FIELDS,
            UpdateFeatureCreditsRequestVisitor,
        )
    }
}
