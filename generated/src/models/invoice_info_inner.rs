//! The `InvoiceInfoInner` model.
/// The `InvoiceInfoInner` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct InvoiceInfoInner {
    /// Type of the information
    pub r#type: String,
    /// Value of the information
    pub value: String,
}
#[allow(deprecated)]
impl<'de> serde::Deserialize<'de> for InvoiceInfoInner {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        const FIELDS: &[&str] = &["type", "value"];
        struct InvoiceInfoInnerVisitor;
        impl<'de> serde::de::Visitor<'de> for InvoiceInfoInnerVisitor {
            type Value = InvoiceInfoInner;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("struct InvoiceInfoInner")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<InvoiceInfoInner, A::Error> {
                let mut f0: Option<String> = None;
                let mut f1: Option<String> = None;
                while let Some(key) = map.next_key_seed(crate::runtime::FieldSeed(FIELDS))? {
                    match key {
                        0 => crate::runtime::field(&mut map, &mut f0, "type"),
                        1 => crate::runtime::field(&mut map, &mut f1, "value"),
                        _ => crate::runtime::skip(&mut map),
                    }?;
                }
                Ok(InvoiceInfoInner {
                    r#type: crate::runtime::required(f0, "type")?,
                    value: crate::runtime::required(f1, "value")?,
                })
            }
        }
        deserializer.deserialize_struct("InvoiceInfoInner", FIELDS, InvoiceInfoInnerVisitor)
    }
}
impl InvoiceInfoInner {
    /// Creates a `InvoiceInfoInner` from its required fields; optional fields start empty.
    #[allow(deprecated)]
    pub fn new(r#type: String, value: String) -> Self {
        Self { r#type, value }
    }
}
