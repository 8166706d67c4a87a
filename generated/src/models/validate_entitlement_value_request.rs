//! The `ValidateEntitlementValueRequest` model.

use togai_codegen_runtime as rt;

/// The `ValidateEntitlementValueRequest` schema.
#[derive(Debug, Clone, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
#[non_exhaustive]
pub struct ValidateEntitlementValueRequest {
    /// Value of the entitlement
    pub value: String,
}

rt::deserialize_struct! {
    ValidateEntitlementValueRequest {
        0 value "value" required,
    }
}
impl ValidateEntitlementValueRequest {
    /// A new value from the required fields; set the others with the `with_` methods.
    pub fn new(value: impl Into<String>) -> Self {
        Self {
            value: value.into(),
        }
    }
}
