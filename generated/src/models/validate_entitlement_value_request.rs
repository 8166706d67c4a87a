//! The `ValidateEntitlementValueRequest` model.

use togai_codegen_runtime as rt;

/// The `ValidateEntitlementValueRequest` schema.
#[derive(Debug, Clone, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
pub struct ValidateEntitlementValueRequest {
    /// Value of the entitlement
    pub value: String,
}

rt::deserialize_struct! {
    ValidateEntitlementValueRequest { 0 value "value" required, }
}

impl ValidateEntitlementValueRequest {
    /// Creates a `ValidateEntitlementValueRequest` from its required fields; optional fields start empty.
    #[allow(deprecated)]
    pub fn new(value: String) -> Self {
        Self { value }
    }
}
