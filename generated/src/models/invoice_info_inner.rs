//! The `InvoiceInfoInner` model.
/// The `InvoiceInfoInner` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct InvoiceInfoInner {
    /// Type of the information
    pub r#type: String,
    /// Value of the information
    pub value: String,
}
impl InvoiceInfoInner {
    /// Creates a `InvoiceInfoInner` from its required fields; optional fields start empty.
    #[allow(deprecated)]
    pub fn new(r#type: String, value: String) -> Self {
        Self { r#type, value }
    }
}
