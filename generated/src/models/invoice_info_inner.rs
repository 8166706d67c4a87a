//! The `InvoiceInfoInner` model.

use togai_codegen_runtime as rt;

/// The `InvoiceInfoInner` schema.
#[derive(Debug, Clone, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
pub struct InvoiceInfoInner {
    /// Type of the information
    pub r#type: String,
    /// Value of the information
    pub value: String,
}

rt::deserialize_struct! {
    InvoiceInfoInner { 0 r#type "type" required, 1 value "value" required, }
}

impl InvoiceInfoInner {
    /// Creates a `InvoiceInfoInner` from its required fields; optional fields start empty.
    #[allow(deprecated)]
    pub fn new(r#type: String, value: String) -> Self {
        Self { r#type, value }
    }
}
