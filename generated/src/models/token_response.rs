//! The `TokenResponse` model.
/// The `TokenResponse` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct TokenResponse {
    /// `token`
    pub token: String,
}
#[allow(deprecated)]
impl<'de> serde::Deserialize<'de> for TokenResponse {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        const FIELDS: &[&str] = &["token"];
        struct TokenResponseVisitor;
        impl<'de> serde::de::Visitor<'de> for TokenResponseVisitor {
            type Value = TokenResponse;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("struct TokenResponse")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<TokenResponse, A::Error> {
                let mut f0: Option<String> = None;
                while let Some(key) = map.next_key_seed(crate::runtime::FieldSeed(FIELDS))? {
                    match key {
                        0 => crate::runtime::field(&mut map, &mut f0, "token"),
                        _ => crate::runtime::skip(&mut map),
                    }?;
                }
                Ok(TokenResponse {
                    token: crate::runtime::required(f0, "token")?,
                })
            }
        }
        deserializer.deserialize_struct("TokenResponse", FIELDS, TokenResponseVisitor)
    }
}
impl TokenResponse {
    /// Creates a `TokenResponse` from its required fields; optional fields start empty.
    #[allow(deprecated)]
    pub fn new(token: String) -> Self {
        Self { token }
    }
}
