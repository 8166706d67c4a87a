//! The `BaseSuccessResponse` model.
/// The `BaseSuccessResponse` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct BaseSuccessResponse {
    /// `success`
    pub success: bool,
}
#[allow(deprecated)]
impl<'de> serde::Deserialize<'de> for BaseSuccessResponse {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        const FIELDS: &[&str] = &["success"];
        struct BaseSuccessResponseVisitor;
        impl<'de> serde::de::Visitor<'de> for BaseSuccessResponseVisitor {
            type Value = BaseSuccessResponse;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("struct BaseSuccessResponse")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<BaseSuccessResponse, A::Error> {
                let mut f0: Option<bool> = None;
                while let Some(key) = map.next_key_seed(crate::runtime::FieldSeed(FIELDS))? {
                    match key {
                        0 => crate::runtime::field(&mut map, &mut f0, "success"),
                        _ => crate::runtime::skip(&mut map),
                    }?;
                }
                Ok(BaseSuccessResponse {
                    success: crate::runtime::required(f0, "success")?,
                })
            }
        }
        deserializer.deserialize_struct("BaseSuccessResponse", FIELDS, BaseSuccessResponseVisitor)
    }
}
impl BaseSuccessResponse {
    /// Creates a `BaseSuccessResponse` from its required fields; optional fields start empty.
    #[allow(deprecated)]
    pub fn new(success: bool) -> Self {
        Self { success }
    }
}
