//! The `ValidateEntitlementValueRequest` model.
/// The `ValidateEntitlementValueRequest` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ValidateEntitlementValueRequest {
    /// Value of the entitlement
    pub value: String,
}
impl ValidateEntitlementValueRequest {
    /// Creates a `ValidateEntitlementValueRequest` from its required fields; optional fields start empty.
    #[allow(deprecated)]
    pub fn new(value: String) -> Self {
        Self { value }
    }
}
