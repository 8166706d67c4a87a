//! The `GetEntitlementValuesResponse` model.
/// The `GetEntitlementValuesResponse` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct GetEntitlementValuesResponse {
    /// `data`
    pub data: Vec<crate::models::GetEntitlementValuesResponseDataInner>,
}
#[allow(deprecated)]
impl<'de> serde::Deserialize<'de> for GetEntitlementValuesResponse {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        const FIELDS: &[&str] = &["data"];
        struct GetEntitlementValuesResponseVisitor;
        impl<'de> serde::de::Visitor<'de> for GetEntitlementValuesResponseVisitor {
            type Value = GetEntitlementValuesResponse;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("struct GetEntitlementValuesResponse")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<GetEntitlementValuesResponse, A::Error> {
                let mut f0: Option<Vec<crate::models::GetEntitlementValuesResponseDataInner>> =
                    None;
                while let Some(key) = map.next_key_seed(crate::runtime::FieldSeed(FIELDS))? {
                    match key {
                        0 => crate::runtime::field(&mut map, &mut f0, "data"),
                        _ => crate::runtime::skip(&mut map),
                    }?;
                }
                Ok(GetEntitlementValuesResponse {
                    data: crate::runtime::required(f0, "data")?,
                })
            }
        }
        deserializer.deserialize_struct(
            "GetEntitlementValuesResponse",
            FIELDS,
            GetEntitlementValuesResponseVisitor,
        )
    }
}
impl GetEntitlementValuesResponse {
    /// Creates a `GetEntitlementValuesResponse` from its required fields; optional fields start empty.
    #[allow(deprecated)]
    pub fn new(data: Vec<crate::models::GetEntitlementValuesResponseDataInner>) -> Self {
        Self { data }
    }
}
