//! The `WalletEntriesPaginatedResponse` model.
/// List wallet entries response
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct WalletEntriesPaginatedResponse {
    /// `data`
    pub data: Vec<crate::models::WalletEntry>,
    /// `nextToken`
    #[serde(rename = "nextToken", skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
}
#[allow(deprecated)]
impl<'de> serde::Deserialize<'de> for WalletEntriesPaginatedResponse {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        const FIELDS: &[&str] = &["data", "nextToken"];
        struct WalletEntriesPaginatedResponseVisitor;
        impl<'de> serde::de::Visitor<'de> for WalletEntriesPaginatedResponseVisitor {
            type Value = WalletEntriesPaginatedResponse;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("struct WalletEntriesPaginatedResponse")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<WalletEntriesPaginatedResponse, A::Error> {
                let mut f0: Option<Vec<crate::models::WalletEntry>> = None;
                let mut f1: Option<Option<String>> = None;
                while let Some(key) = map.next_key_seed(crate::runtime::FieldSeed(FIELDS))? {
                    match key {
                        0 => crate::runtime::field(&mut map, &mut f0, "data"),
                        1 => crate::runtime::field(&mut map, &mut f1, "nextToken"),
                        _ => crate::runtime::skip(&mut map),
                    }?;
                }
                Ok(WalletEntriesPaginatedResponse {
                    data: crate::runtime::required(f0, "data")?,
                    next_token: f1.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct(
            "WalletEntriesPaginatedResponse",
            FIELDS,
            WalletEntriesPaginatedResponseVisitor,
        )
    }
}
impl WalletEntriesPaginatedResponse {
    /// Creates a `WalletEntriesPaginatedResponse` from its required fields; optional fields start empty.
    #[allow(deprecated)]
    pub fn new(data: Vec<crate::models::WalletEntry>) -> Self {
        Self {
            data,
            next_token: None,
        }
    }
}
