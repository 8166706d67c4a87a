//! The `GetEntitlementValuesResponse` model.

use togai_codegen_runtime as rt;

/// The `GetEntitlementValuesResponse` schema.
#[derive(Debug, Clone, PartialEq, rt::serde::Serialize)]
#[serde(crate = "rt::serde")]
#[non_exhaustive]
pub struct GetEntitlementValuesResponse {
    /// `data`
    pub data: Vec<crate::models::GetEntitlementValuesResponseDataInner>,
}

rt::deserialize_struct! {
    GetEntitlementValuesResponse {
        0 data "data" required,
    }
}
impl GetEntitlementValuesResponse {
    /// A new value from the required fields; set the others with the `with_` methods.
    pub fn new(data: impl Into<Vec<crate::models::GetEntitlementValuesResponseDataInner>>) -> Self {
        Self { data: data.into() }
    }
}
