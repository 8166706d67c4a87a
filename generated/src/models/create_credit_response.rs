//! The `CreateCreditResponse` model.
/// The `CreateCreditResponse` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct CreateCreditResponse {
    /// `credits`
    pub credits: Vec<crate::models::Credit>,
}
#[allow(deprecated)]
impl<'de> serde::Deserialize<'de> for CreateCreditResponse {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        const FIELDS: &[&str] = &["credits"];
        struct CreateCreditResponseVisitor;
        impl<'de> serde::de::Visitor<'de> for CreateCreditResponseVisitor {
            type Value = CreateCreditResponse;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("struct CreateCreditResponse")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<CreateCreditResponse, A::Error> {
                let mut f0: Option<Vec<crate::models::Credit>> = None;
                while let Some(key) = map.next_key_seed(crate::runtime::FieldSeed(FIELDS))? {
                    match key {
                        0 => crate::runtime::field(&mut map, &mut f0, "credits"),
                        _ => crate::runtime::skip(&mut map),
                    }?;
                }
                Ok(CreateCreditResponse {
                    credits: crate::runtime::required(f0, "credits")?,
                })
            }
        }
        deserializer.deserialize_struct("CreateCreditResponse", FIELDS, CreateCreditResponseVisitor)
    }
}
impl CreateCreditResponse {
    /// Creates a `CreateCreditResponse` from its required fields; optional fields start empty.
    #[allow(deprecated)]
    pub fn new(credits: Vec<crate::models::Credit>) -> Self {
        Self { credits }
    }
}
