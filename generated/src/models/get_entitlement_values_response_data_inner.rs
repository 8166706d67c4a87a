//! The `GetEntitlementValuesResponseDataInner` model.
/// The `GetEntitlementValuesResponseDataInner` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct GetEntitlementValuesResponseDataInner {
    /// Feature ID
    #[serde(rename = "featureId")]
    pub feature_id: String,
    /// Value of the feature
    pub value: String,
}
#[allow(deprecated)]
impl<'de> serde::Deserialize<'de> for GetEntitlementValuesResponseDataInner {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        const FIELDS: &[&str] = &["featureId", "value"];
        struct GetEntitlementValuesResponseDataInnerVisitor;
        impl<'de> serde::de::Visitor<'de> for GetEntitlementValuesResponseDataInnerVisitor {
            type Value = GetEntitlementValuesResponseDataInner;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("struct GetEntitlementValuesResponseDataInner")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<GetEntitlementValuesResponseDataInner, A::Error> {
                let mut f0: Option<String> = None;
                let mut f1: Option<String> = None;
                while let Some(key) = map.next_key_seed(crate::runtime::FieldSeed(FIELDS))? {
                    match key {
                        0 => crate::runtime::field(&mut map, &mut f0, "featureId"),
                        1 => crate::runtime::field(&mut map, &mut f1, "value"),
                        _ => crate::runtime::skip(&mut map),
                    }?;
                }
                Ok(GetEntitlementValuesResponseDataInner {
                    feature_id: crate::runtime::required(f0, "featureId")?,
                    value: crate::runtime::required(f1, "value")?,
                })
            }
        }
        deserializer.deserialize_struct(
            "GetEntitlementValuesResponseDataInner",
            FIELDS,
            GetEntitlementValuesResponseDataInnerVisitor,
        )
    }
}
impl GetEntitlementValuesResponseDataInner {
    /// Creates a `GetEntitlementValuesResponseDataInner` from its required fields; optional fields start empty.
    #[allow(deprecated)]
    pub fn new(feature_id: String, value: String) -> Self {
        Self { feature_id, value }
    }
}
