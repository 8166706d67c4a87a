//! The `ListInvoicesResponse` model.
/// List invoices response
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct ListInvoicesResponse {
    /// `data`
    pub data: Vec<crate::models::InvoiceSummary>,
    /// `nextToken`
    #[serde(rename = "nextToken", skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
}
#[allow(deprecated)]
impl<'de> serde::Deserialize<'de> for ListInvoicesResponse {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        const FIELDS: &[&str] = &["data", "nextToken"];
        struct ListInvoicesResponseVisitor;
        impl<'de> serde::de::Visitor<'de> for ListInvoicesResponseVisitor {
            type Value = ListInvoicesResponse;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("struct ListInvoicesResponse")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<ListInvoicesResponse, A::Error> {
                let mut f0: Option<Vec<crate::models::InvoiceSummary>> = None;
                let mut f1: Option<Option<String>> = None;
                while let Some(key) = map.next_key_seed(crate::runtime::FieldSeed(FIELDS))? {
                    match key {
                        0 => crate::runtime::field(&mut map, &mut f0, "data"),
                        1 => crate::runtime::field(&mut map, &mut f1, "nextToken"),
                        _ => crate::runtime::skip(&mut map),
                    }?;
                }
                Ok(ListInvoicesResponse {
                    data: crate::runtime::required(f0, "data")?,
                    next_token: f1.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("ListInvoicesResponse", FIELDS, ListInvoicesResponseVisitor)
    }
}
impl ListInvoicesResponse {
    /// Creates a `ListInvoicesResponse` from its required fields; optional fields start empty.
    #[allow(deprecated)]
    pub fn new(data: Vec<crate::models::InvoiceSummary>) -> Self {
        Self {
            data,
            next_token: None,
        }
    }
}
