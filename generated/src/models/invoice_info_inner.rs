//! The `InvoiceInfoInner` model.

use togai_codegen_runtime as rt;

/// The `InvoiceInfoInner` schema.
#[derive(Debug, Clone, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
#[non_exhaustive]
pub struct InvoiceInfoInner {
    /// Type of the information
    pub r#type: String,
    /// Value of the information
    pub value: String,
}

rt::deserialize_struct! {
    InvoiceInfoInner {
        0 r#type "type" required,
        1 value "value" required,
    }
}
impl InvoiceInfoInner {
    /// A new value from the required fields; set the others with the `with_` methods.
    pub fn new(r#type: impl Into<String>, value: impl Into<String>) -> Self {
        Self {
            r#type: r#type.into(),
            value: value.into(),
        }
    }
}
