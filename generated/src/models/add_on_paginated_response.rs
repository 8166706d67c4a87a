//! The `AddOnPaginatedResponse` model.
/// The `AddOnPaginatedResponse` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct AddOnPaginatedResponse {
    /// `data`
    pub data: Vec<crate::models::AddOn>,
    /// `nextToken`
    #[serde(rename = "nextToken", skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
    /// `context`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub context: Option<crate::models::PaginationOptions>,
}
#[allow(deprecated)]
impl<'de> serde::Deserialize<'de> for AddOnPaginatedResponse {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        const FIELDS: &[&str] = &["data", "nextToken", "context"];
        struct AddOnPaginatedResponseVisitor;
        impl<'de> serde::de::Visitor<'de> for AddOnPaginatedResponseVisitor {
            type Value = AddOnPaginatedResponse;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("struct AddOnPaginatedResponse")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<AddOnPaginatedResponse, A::Error> {
                let mut f0: Option<Vec<crate::models::AddOn>> = None;
                let mut f1: Option<Option<String>> = None;
                let mut f2: Option<Option<crate::models::PaginationOptions>> = None;
                while let Some(key) = map.next_key_seed(crate::runtime::FieldSeed(FIELDS))? {
                    match key {
                        0 => crate::runtime::field(&mut map, &mut f0, "data"),
                        1 => crate::runtime::field(&mut map, &mut f1, "nextToken"),
                        2 => crate::runtime::field(&mut map, &mut f2, "context"),
                        _ => crate::runtime::skip(&mut map),
                    }?;
                }
                Ok(AddOnPaginatedResponse {
                    data: crate::runtime::required(f0, "data")?,
                    next_token: f1.unwrap_or_default(),
                    context: f2.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct(
            "AddOnPaginatedResponse",
            FIELDS,
            AddOnPaginatedResponseVisitor,
        )
    }
}
impl AddOnPaginatedResponse {
    /// Creates a `AddOnPaginatedResponse` from its required fields; optional fields start empty.
    #[allow(deprecated)]
    pub fn new(data: Vec<crate::models::AddOn>) -> Self {
        Self {
            data,
            next_token: None,
            context: None,
        }
    }
}
