//! The `CreateCreditRequest` model.
/// payload to create credits
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct CreateCreditRequest {
    /// `creditRequests`
    #[serde(rename = "creditRequests")]
    pub credit_requests: Vec<crate::models::CreditRequest>,
}
#[allow(deprecated)]
impl<'de> serde::Deserialize<'de> for CreateCreditRequest {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        const FIELDS: &[&str] = &["creditRequests"];
        struct CreateCreditRequestVisitor;
        impl<'de> serde::de::Visitor<'de> for CreateCreditRequestVisitor {
            type Value = CreateCreditRequest;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("struct CreateCreditRequest")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<CreateCreditRequest, A::Error> {
                let mut f0: Option<Vec<crate::models::CreditRequest>> = None;
                while let Some(key) = map.next_key_seed(crate::runtime::FieldSeed(FIELDS))? {
                    match key {
                        0 => crate::runtime::field(&mut map, &mut f0, "creditRequests"),
                        _ => crate::runtime::skip(&mut map),
                    }?;
                }
                Ok(CreateCreditRequest {
                    credit_requests: crate::runtime::required(f0, "creditRequests")?,
                })
            }
        }
        deserializer.deserialize_struct("CreateCreditRequest", FIELDS, CreateCreditRequestVisitor)
    }
}
impl CreateCreditRequest {
    /// Creates a `CreateCreditRequest` from its required fields; optional fields start empty.
    #[allow(deprecated)]
    pub fn new(credit_requests: Vec<crate::models::CreditRequest>) -> Self {
        Self { credit_requests }
    }
}
