//! The `ErrorResponse` model.
/// The `ErrorResponse` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct ErrorResponse {
    /// error description
    pub message: String,
}
#[allow(deprecated)]
impl<'de> serde::Deserialize<'de> for ErrorResponse {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        const FIELDS: &[&str] = &["message"];
        struct ErrorResponseVisitor;
        impl<'de> serde::de::Visitor<'de> for ErrorResponseVisitor {
            type Value = ErrorResponse;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("struct ErrorResponse")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<ErrorResponse, A::Error> {
                let mut f0: Option<String> = None;
                while let Some(key) = map.next_key_seed(crate::runtime::FieldSeed(FIELDS))? {
                    match key {
                        0 => crate::runtime::field(&mut map, &mut f0, "message"),
                        _ => crate::runtime::skip(&mut map),
                    }?;
                }
                Ok(ErrorResponse {
                    message: crate::runtime::required(f0, "message")?,
                })
            }
        }
        deserializer.deserialize_struct("ErrorResponse", FIELDS, ErrorResponseVisitor)
    }
}
impl ErrorResponse {
    /// Creates a `ErrorResponse` from its required fields; optional fields start empty.
    #[allow(deprecated)]
    pub fn new(message: String) -> Self {
        Self { message }
    }
}
