//! The `ListPaymentResponse` model.
/// List payments response
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct ListPaymentResponse {
    /// `data`
    pub data: Vec<crate::models::Payment>,
    /// `nextToken`
    #[serde(rename = "nextToken", skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
}
#[allow(deprecated)]
impl<'de> serde::Deserialize<'de> for ListPaymentResponse {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        const FIELDS: &[&str] = &["data", "nextToken"];
        struct ListPaymentResponseVisitor;
        impl<'de> serde::de::Visitor<'de> for ListPaymentResponseVisitor {
            type Value = ListPaymentResponse;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("struct ListPaymentResponse")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<ListPaymentResponse, A::Error> {
                let mut f0: Option<Vec<crate::models::Payment>> = None;
                let mut f1: Option<Option<String>> = None;
                while let Some(key) = map.next_key_seed(crate::runtime::FieldSeed(FIELDS))? {
                    match key {
                        0 => crate::runtime::field(&mut map, &mut f0, "data"),
                        1 => crate::runtime::field(&mut map, &mut f1, "nextToken"),
                        _ => crate::runtime::skip(&mut map),
                    }?;
                }
                Ok(ListPaymentResponse {
                    data: crate::runtime::required(f0, "data")?,
                    next_token: f1.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("ListPaymentResponse", FIELDS, ListPaymentResponseVisitor)
    }
}
impl ListPaymentResponse {
    /// Creates a `ListPaymentResponse` from its required fields; optional fields start empty.
    #[allow(deprecated)]
    pub fn new(data: Vec<crate::models::Payment>) -> Self {
        Self {
            data,
            next_token: None,
        }
    }
}
